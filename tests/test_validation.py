"""validate(): the JSON Schema, then spans, ids and references, on the seed's gold file."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pytest

from newsevents import (
    Actor,
    ActorKind,
    Document,
    Problem,
    Span,
    from_dict,
    validate,
    validate_many,
)
from newsevents import validation as validation_module
from newsevents.countries import country_code

Change = Callable[[dict[str, Any]], object]


@pytest.fixture(scope="module")
def gold_data(seed_gold_path: Path) -> dict[str, Any]:
    """Return the gold annotation of the seed article, as a dict (do not change it)."""
    data: dict[str, Any] = json.loads(seed_gold_path.read_text(encoding="utf-8"))
    return data


def corrupted(gold: dict[str, Any], change: Change) -> dict[str, Any]:
    """Return a deep copy of ``gold`` with ``change`` applied."""
    data = copy.deepcopy(gold)
    change(data)
    return data


def shift(span: dict[str, Any], by: int) -> None:
    """Move a span's offsets by ``by`` characters, leaving its text as it was."""
    span["start"] += by
    span["end"] += by


def test_gold_is_valid(gold_data: dict[str, Any]) -> None:
    """The hand-made gold annotation passes every check, as a dict and as a Document."""
    assert validate(gold_data) == []
    assert validate(from_dict(gold_data)) == []


def test_kosovo_as_the_extractors_write_it_is_valid(gold_data: dict[str, Any]) -> None:
    """Kosovo has no ISO code; the shipped lexicon gives XKX, the one in common use."""
    assert country_code("Kosovo") == "XKX"
    data = corrupted(gold_data, lambda d: d["actors"][0].update(country="XKX"))
    assert validate(data) == []


def test_problem_is_a_frozen_value() -> None:
    """Problem prints as "path: message", compares by value and cannot be changed."""
    problem = Problem("$.actors[0].id", "must not be empty")
    assert str(problem) == "$.actors[0].id: must not be empty"
    assert problem == Problem(path="$.actors[0].id", message="must not be empty")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        problem.path = "$"  # type: ignore[misc]


CORRUPTIONS = [
    pytest.param(
        lambda d: shift(d["actors"][0]["mentions"][1], 1),
        "$.actors[0].mentions[1]",
        "span text 'Kerry' does not match text[265:270], which is 'erry’'; that text is at 264:269",
        id="span-offset-moved-by-one",
    ),
    pytest.param(
        lambda d: d["statements"][3].update(speaker="a99"),
        "$.statements[3].speaker",
        "no actor has id 'a99'",
        id="speaker-that-does-not-exist",
    ),
    pytest.param(
        lambda d: d["statements"][3].update(speaker="m3"),
        "$.statements[3].speaker",
        "'m3' is the id of a meeting ($.meetings[2]), not of an actor",
        id="speaker-that-is-a-meeting",
    ),
    pytest.param(
        lambda d: d["actors"][2].pop("kind"),
        "$.actors[2]",
        "required field missing: kind",
        id="missing-required-field",
    ),
    pytest.param(
        lambda d: d["statements"][0].pop("speaker"),
        "$.statements[0]",
        "required field missing: speaker",
        id="missing-nullable-speaker",
    ),
    pytest.param(
        lambda d: d["topics"][0].update(colour="green"),
        "$.topics[0]",
        "unknown key(s): colour",
        id="unknown-key",
    ),
    pytest.param(
        lambda d: d["meetings"][2].update(status="postponed"),
        "$.meetings[2].status",
        "'postponed' is not one of 'occurred', 'planned', 'ongoing', 'cancelled'",
        id="unknown-enum-value",
    ),
    pytest.param(
        lambda d: d["actors"].append(copy.deepcopy(d["actors"][0])),
        "$.actors[13].id",
        "duplicate id 'a1' (already used by $.actors[0])",
        id="duplicated-id",
    ),
    pytest.param(
        lambda d: d["meetings"][0]["participants"].append("a42"),
        "$.meetings[0].participants[2]",
        "no actor has id 'a42'",
        id="participant-that-does-not-exist",
    ),
    pytest.param(
        lambda d: d["meetings"][1].update(host="t1"),
        "$.meetings[1].host",
        "'t1' is the id of a topic ($.topics[0]), not of an actor",
        id="host-that-is-a-topic",
    ),
    pytest.param(
        lambda d: d["meetings"][0]["topics"].append("a1"),
        "$.meetings[0].topics[2]",
        "'a1' is the id of an actor ($.actors[0]), not of a topic",
        id="meeting-topic-that-is-an-actor",
    ),
    pytest.param(
        lambda d: d["statements"][0].update(meeting="m99"),
        "$.statements[0].meeting",
        "no meeting has id 'm99'",
        id="statement-meeting-that-does-not-exist",
    ),
    pytest.param(
        lambda d: d["statements"][7].update(addressee="s1"),
        "$.statements[7].addressee",
        "'s1' is the id of a statement ($.statements[0]), not of an actor",
        id="addressee-that-is-a-statement",
    ),
    pytest.param(
        lambda d: d["statements"][11].update(on_behalf_of="a0"),
        "$.statements[11].on_behalf_of",
        "no actor has id 'a0'",
        id="on-behalf-of-that-does-not-exist",
    ),
    pytest.param(
        lambda d: d["statements"][7].update(reported_by="m1"),
        "$.statements[7].reported_by",
        "'m1' is the id of a meeting ($.meetings[0]), not of an actor",
        id="reported-by-that-is-a-meeting",
    ),
    pytest.param(
        lambda d: d["statements"][0]["topics"].append("t99"),
        "$.statements[0].topics[2]",
        "no topic has id 't99'",
        id="statement-topic-that-does-not-exist",
    ),
    pytest.param(
        lambda d: d["actors"][9].update(affiliation="t1"),
        "$.actors[9].affiliation",
        "'t1' is the id of a topic ($.topics[0]), not of an actor",
        id="affiliation-that-is-a-topic",
    ),
    pytest.param(
        lambda d: d["actors"][9].update(affiliation="a10"),
        "$.actors[9].affiliation",
        "an actor cannot be affiliated with itself",
        id="affiliation-to-itself",
    ),
    pytest.param(
        lambda d: d["meetings"][0]["participants"].append("a1"),
        "$.meetings[0].participants",
        "'a1' is listed more than once",
        id="participant-listed-twice",
    ),
    pytest.param(
        lambda d: d["statements"][0]["cue"].update(end=len(d["text"]) + 4),
        "$.statements[0].cue.end",
        "end 2558 is past the end of the text (2554)",
        id="span-past-the-end",
    ),
    pytest.param(
        lambda d: d["statements"][0]["cue"].update(start=90, end=80),
        "$.statements[0].cue.end",
        "end (80) must not be before start (90)",
        id="span-ending-before-it-starts",
    ),
    pytest.param(
        lambda d: d["actors"][0]["mentions"][0].update(start="65"),
        "$.actors[0].mentions[0].start",
        "expected an integer, got string",
        id="string-for-offset",
    ),
    pytest.param(
        lambda d: d["actors"][0]["mentions"][0].update(start=-1),
        "$.actors[0].mentions[0].start",
        "-1 is less than the minimum of 0",
        id="negative-offset",
    ),
    pytest.param(
        lambda d: d["statements"][0].update(speaker=7),
        "$.statements[0].speaker",
        "expected a string or null, got integer",
        id="number-for-speaker",
    ),
    pytest.param(
        lambda d: d["meetings"][1].update(location="Beijing"),
        "$.meetings[1].location",
        "expected an object or null, got string",
        id="string-for-location",
    ),
    pytest.param(
        lambda d: d["meetings"][1]["location"].update(name=""),
        "$.meetings[1].location.name",
        "must not be empty",
        id="empty-location-name",
    ),
    pytest.param(
        lambda d: d.update(date="19 July 2023"),
        "$.date",
        "'19 July 2023' is not an ISO date (YYYY-MM-DD)",
        id="date-not-iso",
    ),
    pytest.param(
        lambda d: d.update(date="2023-02-30"),
        "$.date",
        "'2023-02-30' is not an ISO date (YYYY-MM-DD)",
        id="date-that-does-not-exist",
    ),
    pytest.param(
        lambda d: d["actors"][0].update(country="us"),
        "$.actors[0].country",
        "'us' is not an ISO 3166-1 alpha-3 country code (three capital letters, e.g. USA)",
        id="country-not-alpha-3",
    ),
    pytest.param(
        lambda d: d["meetings"][1]["location"].update(country="XYZ"),
        "$.meetings[1].location.country",
        "'XYZ' is not an ISO 3166-1 alpha-3 country code",
        id="country-that-does-not-exist",
    ),
    pytest.param(
        lambda d: d["topics"][0].update(confidence=1.5),
        "$.topics[0].confidence",
        "1.5 is greater than the maximum of 1",
        id="confidence-above-one",
    ),
    pytest.param(
        lambda d: d["topics"][0].update(confidence=float("nan")),
        "$.topics[0]",
        "Topic: confidence must lie in [0, 1], got nan",
        id="confidence-nan",
    ),
    pytest.param(
        lambda d: d["actors"].__setitem__(1, "Li Qiang"),
        "$.actors[1]",
        "expected an object, got string",
        id="string-for-actor",
    ),
]


@pytest.mark.parametrize(("change", "path", "message"), CORRUPTIONS)
def test_each_corruption_is_reported_with_its_path(
    gold_data: dict[str, Any], change: Change, path: str, message: str
) -> None:
    """Every corruption of the gold file gives a problem naming its JSON path, and no other."""
    problems = validate(corrupted(gold_data, change))
    assert problems == [Problem(path, message)]


def test_unknown_schema_version_is_the_only_problem(gold_data: dict[str, Any]) -> None:
    """A document of an unknown schema version is not checked against the rules of 1.0."""
    data = corrupted(gold_data, lambda d: d.update(schema_version="2.0", extra=1))
    assert validate(data) == [
        Problem("$.schema_version", "unknown schema version '2.0' (known: '1.0')")
    ]


def test_every_problem_is_returned(gold_data: dict[str, Any]) -> None:
    """Several semantic problems in one document are all reported, in document order."""

    def change(data: dict[str, Any]) -> None:
        shift(data["actors"][0]["mentions"][0], -1)
        data["meetings"][0]["participants"].append("a42")
        data["statements"][3]["speaker"] = "a99"
        data["topics"][1]["mentions"][0]["text"] = "climate"

    paths = [problem.path for problem in validate(corrupted(gold_data, change))]
    assert paths == [
        "$.actors[0].mentions[0]",
        "$.meetings[0].participants[2]",
        "$.statements[3].speaker",
        "$.topics[1].mentions[0]",
    ]


def test_every_schema_problem_is_returned(gold_data: dict[str, Any]) -> None:
    """Several structural problems are all reported, not only the first."""

    def change(data: dict[str, Any]) -> None:
        data["actors"][2].pop("kind")
        data["topics"][0]["colour"] = "green"
        data["meetings"][2]["status"] = "postponed"
        del data["id"]

    problems = validate(corrupted(gold_data, change))
    assert sorted(map(str, problems)) == sorted(
        [
            "$: required field missing: id",
            "$.actors[2]: required field missing: kind",
            "$.meetings[2].status: 'postponed' is not one of 'occurred', 'planned', 'ongoing', "
            "'cancelled'",
            "$.topics[0]: unknown key(s): colour",
        ]
    )


def test_documents_are_checked_as_well_as_dicts() -> None:
    """A Document gets the schema checks (dates) and the semantic checks (spans) too."""
    document = Document(id="d1", text="Kerry met Li.", date="July 2023")
    assert validate(document) == [Problem("$.date", "'July 2023' is not an ISO date (YYYY-MM-DD)")]
    assert validate(attrs.evolve(document, date="2023-07-19")) == []


def test_a_document_span_that_does_not_match_is_reported() -> None:
    """validate(Document) compares each span with the text at its offsets."""
    actor = Actor(
        id="a1",
        kind=ActorKind.PERSON,
        name="Li Qiang",
        mentions=[Span(start=10, end=12, text="Li"), Span(start=9, end=11, text="Li")],
    )
    problems = validate(Document(id="d1", text="Kerry met Li.", actors=[actor]))
    assert problems == [  # the first mention is right, the second is one character off
        Problem(
            "$.actors[0].mentions[1]",
            "span text 'Li' does not match text[9:11], which is ' L'; that text is at 10:12",
        )
    ]


def test_anything_but_an_object_is_refused() -> None:
    """A JSON array or string at the top is reported, not raised."""
    assert validate([]) == [Problem("$", "expected an object, got array")]  # type: ignore[arg-type]
    assert validate("{}") == [Problem("$", "expected an object, got string")]  # type: ignore[arg-type]


def test_the_validator_is_built_once() -> None:
    """The jsonschema validator is cached and reused, not rebuilt for each document."""
    assert validation_module._validator() is validation_module._validator()


def test_validate_many_flags_reused_ids_and_keeps_checking(gold_data: dict[str, Any]) -> None:
    """``validate_many`` reports each document's problems and every later reuse of an id."""
    broken = copy.deepcopy(gold_data)
    broken["id"] = "other"
    broken["topics"][0]["colour"] = "green"
    as_document = from_dict(gold_data)
    results = list(validate_many([gold_data, broken, as_document, {"id": "other"}]))
    assert [index for index, _ in results] == [0, 1, 2, 3]
    assert results[0][1] == []
    assert [str(problem) for problem in results[1][1]] == ["$.topics[0]: unknown key(s): colour"]
    duplicate = f"$.id: duplicate document id {gold_data['id']!r} (first at index 0)"
    assert [str(problem) for problem in results[2][1]] == [duplicate]
    assert "$.id: duplicate document id 'other' (first at index 1)" in [
        str(problem) for problem in results[3][1]
    ]


def test_validate_many_is_lazy() -> None:
    """``validate_many`` takes documents one at a time from its input."""
    taken: list[int] = []

    def documents() -> Any:
        for number in range(3):
            taken.append(number)
            yield {"id": f"d{number}"}

    results = validate_many(documents())
    next(results)
    assert taken == [0]
