"""The attrs data model: construction checks, enums, immutability."""

from __future__ import annotations

import attrs
import pytest

from newsevents import (
    SCHEMA_VERSION,
    Actor,
    ActorKind,
    Document,
    Location,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Provenance,
    Span,
    SpeechAct,
    Statement,
    StatementKind,
    Topic,
    TopicCategory,
)

KERRY = Span(start=0, end=5, text="Kerry")


def make_actor(**changes: object) -> Actor:
    """Return a valid actor, with ``changes`` applied."""
    fields: dict[str, object] = {
        "id": "a1",
        "kind": ActorKind.PERSON,
        "name": "John Kerry",
        "mentions": [KERRY],
    }
    fields.update(changes)
    return Actor(**fields)  # type: ignore[arg-type]


def make_statement(**changes: object) -> Statement:
    """Return a valid statement, with ``changes`` applied."""
    fields: dict[str, object] = {
        "id": "s1",
        "speaker": "a1",
        "cue": Span(start=6, end=10, text="said"),
        "content": [Span(start=11, end=13, text="hi")],
        "kind": StatementKind.INDIRECT,
    }
    fields.update(changes)
    return Statement(**fields)  # type: ignore[arg-type]


def test_span_accepts_an_empty_stretch() -> None:
    """A zero-length span (start == end) is allowed: an empty insertion point."""
    assert Span(start=3, end=3, text="").end == 3


def test_span_rejects_a_negative_start() -> None:
    """Offsets are string indices from 0: a negative start is refused."""
    with pytest.raises(ValueError, match=r"start must be >= 0, got -1"):
        Span(start=-1, end=2, text="ab")


def test_span_rejects_end_before_start() -> None:
    """The end offset may not come before the start offset."""
    with pytest.raises(ValueError, match=r"end \(2\) must not be before start \(5\)"):
        Span(start=5, end=2, text="")


def test_classes_are_keyword_only() -> None:
    """Positional arguments are refused, so that field order is never a contract."""
    with pytest.raises(TypeError):
        Span(0, 5, "Kerry")  # type: ignore[misc]


@pytest.mark.parametrize(
    "instance",
    [
        KERRY,
        make_actor(),
        make_statement(),
        Document(id="d1", text="Kerry"),
        Provenance(tool="newsevents", version="0.1.0"),
    ],
)
def test_instances_are_frozen(instance: object) -> None:
    """Setting an attribute of any model object raises: annotations are immutable values."""
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        instance.id = "other"  # type: ignore[attr-defined]


def test_sequences_are_stored_as_tuples() -> None:
    """Lists given to sequence fields become tuples, so that instances are hashable."""
    actor = make_actor(titles=["climate envoy"])
    assert actor.mentions == (KERRY,)
    assert actor.titles == ("climate envoy",)
    document = Document(id="d1", text="Kerry", actors=[actor])
    assert isinstance(document.actors, tuple)
    assert hash(document) == hash(Document(id="d1", text="Kerry", actors=(actor,)))


@pytest.mark.parametrize("field", ["mentions", "titles"])
def test_a_bare_string_is_not_a_sequence(field: str) -> None:
    """A string where a list belongs is refused instead of being split into characters."""
    with pytest.raises(TypeError, match="expected a sequence of items, got a str"):
        make_actor(**{field: "Kerry"})


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: make_actor(id=""), "Actor: id must not be empty"),
        (lambda: make_actor(name=""), "Actor: name must not be empty"),
        (lambda: make_actor(affiliation=""), "Actor: affiliation must be null or a non-empty id"),
        (lambda: make_statement(speaker=""), "Statement: speaker must be null or a non-empty id"),
        (lambda: make_statement(topics=["t1", ""]), "Statement: topics holds an empty id"),
        (lambda: Location(name=""), "Location: name must not be empty"),
        (lambda: Provenance(tool="x", version=""), "Provenance: version must not be empty"),
        (lambda: Document(id="", text=""), "Document: id must not be empty"),
    ],
)
def test_empty_ids_and_names_are_refused(build: object, message: str) -> None:
    """Ids, names and labels must not be empty strings."""
    with pytest.raises(ValueError, match=message):
        build()  # type: ignore[operator]


def test_a_statement_may_have_no_speaker() -> None:
    """``speaker`` is required but may be None when the text does not say who spoke."""
    assert make_statement(speaker=None).speaker is None


@pytest.mark.parametrize("confidence", [-0.01, 1.01, float("nan")])
def test_confidence_outside_zero_one_is_refused(confidence: float) -> None:
    """Confidences lie in [0, 1]; NaN is not a confidence either."""
    with pytest.raises(ValueError, match=r"confidence must lie in \[0, 1\]"):
        make_actor(confidence=confidence)


@pytest.mark.parametrize("confidence", [0.0, 0.5, 1.0])
def test_confidence_bounds_are_included(confidence: float) -> None:
    """0 and 1 themselves are valid confidences."""
    assert make_actor(confidence=confidence).confidence == confidence


def test_meeting_participants_may_be_empty_but_not_blank() -> None:
    """A meeting whose participants the text does not name is allowed; a blank id is not."""
    trigger = Span(start=0, end=5, text="talks")
    meeting = Meeting(id="m1", kind=MeetingKind.TALKS, trigger=trigger, participants=[])
    assert meeting.participants == ()
    with pytest.raises(ValueError, match="participants holds an empty id"):
        Meeting(id="m1", kind=MeetingKind.TALKS, trigger=trigger, participants=["a1", ""])


def test_document_defaults() -> None:
    """A new Document has the current schema version and no annotations."""
    document = Document(id="d1", text="Kerry met Li.")
    assert document.schema_version == SCHEMA_VERSION == "1.0"
    assert (document.actors, document.meetings, document.statements, document.topics) == (
        (),
        (),
        (),
        (),
    )
    assert document.date is None
    assert document.provenance is None


def test_equal_documents_compare_equal() -> None:
    """Model objects are values: equal fields make equal objects."""
    first = Document(id="d1", text="Kerry", actors=[make_actor()], topics=[])
    second = Document(id="d1", text="Kerry", actors=(make_actor(),))
    assert first == second
    assert first != attrs.evolve(second, text="Li")


@pytest.mark.parametrize(
    ("enum", "values"),
    [
        (ActorKind, ["person", "organization", "country", "group"]),
        (MeetingKind, ["meeting", "visit", "talks", "call", "summit", "negotiation"]),
        (MeetingStatus, ["occurred", "planned", "ongoing", "cancelled"]),
        (StatementKind, ["direct", "indirect", "mixed"]),
        (
            SpeechAct,
            [
                "assert",
                "express",
                "request",
                "acknowledge",
                "commit",
                "deny",
                "criticize",
                "praise",
                "convey",
            ],
        ),
    ],
)
def test_enum_vocabularies_are_the_documented_ones(enum: type, values: list[str]) -> None:
    """The fixed vocabularies are a contract: exactly the documented values, in order."""
    assert [member.value for member in enum] == values  # type: ignore[attr-defined]


def test_topic_categories_include_the_documented_ones() -> None:
    """Every topic category the design names exists; "human rights" keeps its space."""
    documented = {
        "environment",
        "energy",
        "economy",
        "trade",
        "diplomacy",
        "security",
        "territory",
        "nuclear",
        "health",
        "human rights",
        "technology",
    }
    assert documented <= {category.value for category in TopicCategory}
    assert TopicCategory("human rights") is TopicCategory.HUMAN_RIGHTS


def test_enums_are_strings_and_refuse_unknown_values() -> None:
    """Enum members compare equal to their string value; an unknown value raises."""
    assert ActorKind.PERSON == "person"
    assert ActorKind("country") is ActorKind.COUNTRY
    with pytest.raises(ValueError, match="'Person' is not a valid ActorKind"):
        ActorKind("Person")


def test_topic_and_location_hold_their_fields() -> None:
    """Optional fields of Topic and Location default to None and keep what they are given."""
    topic = Topic(id="t1", label="climate finance", mentions=[])
    assert topic.category is None
    place = Location(name="Beijing", country="CHN")
    assert (place.span, place.country) == (None, "CHN")
