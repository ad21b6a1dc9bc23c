"""The strict converter: dicts, JSON text and JSON Lines files, and back."""

from __future__ import annotations

import copy
import io
import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from newsevents import (
    Actor,
    ActorKind,
    Document,
    DocumentError,
    JSONLineError,
    Provenance,
    Span,
    dumps,
    from_dict,
    loads,
    read_jsonl,
    to_dict,
    write_jsonl,
)


def small_dict() -> dict[str, Any]:
    """Return a small valid document as a dict, as it comes out of JSON."""
    return {
        "schema_version": "1.0",
        "id": "d1",
        "text": "Kerry met Li in Zürich’s old town.",
        "actors": [
            {
                "id": "a1",
                "kind": "person",
                "name": "John Kerry",
                "mentions": [{"start": 0, "end": 5, "text": "Kerry"}],
                "titles": ["climate envoy"],
                "country": "USA",
            }
        ],
        "meetings": [],
        "statements": [],
        "topics": [],
        "date": "2023-07-19",
    }


@pytest.fixture
def gold(seed_gold_path: Path) -> dict[str, Any]:
    """Return the seed article's gold annotation as a dict."""
    data: dict[str, Any] = json.loads(seed_gold_path.read_text(encoding="utf-8"))
    return data


def test_gold_round_trips_to_the_same_dict(gold: dict[str, Any]) -> None:
    """from_dict then to_dict gives back the gold file's dict, keys in the same order."""
    document = from_dict(gold)
    again = to_dict(document)
    assert again == gold
    assert json.dumps(again) == json.dumps(gold)


def test_gold_round_trips_through_json_text(gold: dict[str, Any]) -> None:
    """loads(dumps(document)) gives an equal Document."""
    document = from_dict(gold)
    assert loads(dumps(document)) == document
    assert loads(dumps(document, indent=2).encode("utf-8")) == document


def test_to_dict_holds_plain_json_values() -> None:
    """Enum members come out as plain strings and sequences as lists: ready for any encoder."""
    data = to_dict(from_dict(small_dict()))
    kind = data["actors"][0]["kind"]
    assert type(kind) is str
    assert kind == "person"
    assert type(data["actors"][0]["mentions"]) is list


def test_keys_follow_the_data_model_order() -> None:
    """Output keys come in field order whatever the input order: output is deterministic."""
    shuffled = dict(reversed(list(small_dict().items())))
    data = to_dict(from_dict(shuffled))
    assert list(data) == [
        "schema_version",
        "id",
        "text",
        "actors",
        "meetings",
        "statements",
        "topics",
        "date",
    ]
    assert list(data["actors"][0]) == ["id", "kind", "name", "mentions", "titles", "country"]
    assert dumps(from_dict(shuffled)) == dumps(from_dict(small_dict()))


def test_unset_optional_fields_are_left_out_but_required_lists_kept() -> None:
    """None-valued optional fields are omitted; the four annotation lists always appear."""
    data = to_dict(Document(id="d1", text=""))
    assert data == {
        "schema_version": "1.0",
        "id": "d1",
        "text": "",
        "actors": [],
        "meetings": [],
        "statements": [],
        "topics": [],
    }


def test_null_optional_fields_read_as_absent() -> None:
    """An optional field given as null reads as unset."""
    data = small_dict()
    data["title"] = None
    assert from_dict(data).title is None


def test_non_ascii_text_is_kept_unescaped(tmp_path: Path) -> None:
    """JSON text and JSON Lines files keep ü and ’ as UTF-8 characters, not as escapes."""
    document = from_dict(small_dict())
    text = dumps(document)
    assert "Zürich’s" in text
    assert "\\u" not in text
    path = tmp_path / "out.jsonl"
    write_jsonl([document], path)
    assert "Zürich’s".encode() in path.read_bytes()


def corrupt(change: Callable[[dict[str, Any]], object]) -> dict[str, Any]:
    """Return the small document with ``change`` applied to it."""
    data = copy.deepcopy(small_dict())
    change(data)
    return data


def first_mention(data: dict[str, Any]) -> dict[str, Any]:
    """Return the first mention of the first actor (to corrupt it)."""
    mention: dict[str, Any] = data["actors"][0]["mentions"][0]
    return mention


STRICTNESS_CASES = [
    pytest.param(
        lambda d: first_mention(d).update(start="5"),
        "$.actors[0].mentions[0].start: expected an integer, got string",
        id="string-for-int",
    ),
    pytest.param(
        lambda d: first_mention(d).update(end=True),
        "$.actors[0].mentions[0].end: expected an integer, got boolean",
        id="bool-for-int",
    ),
    pytest.param(
        lambda d: first_mention(d).update(start=0.0),
        "$.actors[0].mentions[0].start: expected an integer, got number",
        id="float-for-int",
    ),
    pytest.param(
        lambda d: d["actors"][0].update(mentions="Kerry"),
        "$.actors[0].mentions: expected an array, got string",
        id="string-for-list",
    ),
    pytest.param(
        lambda d: d["actors"][0].update(titles="climate envoy"),
        "$.actors[0].titles: expected an array, got string",
        id="string-for-list-of-strings",
    ),
    pytest.param(
        lambda d: d["actors"][0].update(kind="alien"),
        "$.actors[0].kind: 'alien' is not one of 'person', 'organization', 'country', 'group'",
        id="unknown-enum-value",
    ),
    pytest.param(
        lambda d: d["actors"][0].update(colour="red"),
        "$.actors[0]: unknown key(s): colour",
        id="unknown-key-nested",
    ),
    pytest.param(
        lambda d: d.update(colour="red"),
        "$: unknown key(s): colour",
        id="unknown-key-top",
    ),
    pytest.param(
        lambda d: d["actors"][0].pop("name"),
        "$.actors[0]: required field missing: name",
        id="missing-field",
    ),
    pytest.param(
        lambda d: d.pop("topics"),
        "$: required field missing: topics",
        id="missing-list-with-python-default",
    ),
    pytest.param(
        lambda d: d["actors"].append(7),
        "$.actors[1]: expected an object, got integer",
        id="number-for-object",
    ),
    pytest.param(
        lambda d: d.update(date=20230719),
        "$.date: expected a string, got integer",
        id="int-for-string",
    ),
    pytest.param(
        lambda d: first_mention(d).update(start=3, end=1),
        "$.actors[0].mentions[0]: Span: end (1) must not be before start (3)",
        id="model-check",
    ),
    pytest.param(
        lambda d: first_mention(d).update(colour="red"),
        "$.actors[0].mentions[0]: unknown key(s): colour",
        id="unknown-key-in-span",
    ),
    pytest.param(
        lambda d: first_mention(d).update(text=5),
        "$.actors[0].mentions[0].text: expected a string, got integer",
        id="int-for-span-text",
    ),
]


@pytest.mark.parametrize(("change", "problem"), STRICTNESS_CASES)
def test_from_dict_is_strict_and_names_the_json_path(
    change: Callable[[dict[str, Any]], object], problem: str
) -> None:
    """Wrong types, unknown keys and values, missing fields: refused, each with its JSON path."""
    with pytest.raises(DocumentError) as caught:
        from_dict(corrupt(change))
    assert caught.value.problems == (problem,)


def test_every_problem_is_reported_at_once() -> None:
    """Several problems in one document are all listed, not only the first."""

    def change(data: dict[str, Any]) -> None:
        first_mention(data).update(start="0")
        data["actors"][0].update(kind="alien")

    with pytest.raises(DocumentError) as caught:
        from_dict(corrupt(change))
    assert sorted(caught.value.problems) == [
        "$.actors[0].kind: 'alien' is not one of 'person', 'organization', 'country', 'group'",
        "$.actors[0].mentions[0].start: expected an integer, got string",
    ]


def test_document_error_is_a_value_error_and_names_the_source() -> None:
    """DocumentError subclasses ValueError; ``source`` is put in front of the message."""
    with pytest.raises(ValueError, match=r"^gold\.json: \$: expected an object, got array$"):
        from_dict([], source="gold.json")  # type: ignore[arg-type]


def test_loads_reports_malformed_json() -> None:
    """Malformed JSON text raises DocumentError, not json.JSONDecodeError."""
    with pytest.raises(DocumentError, match=r"\$: malformed JSON: Expecting"):
        loads('{"id": ')


def jsonl_bytes(*lines: str) -> io.BytesIO:
    """Return a binary stream holding ``lines``, one a line."""
    return io.BytesIO("".join(line + "\n" for line in lines).encode("utf-8"))


def test_read_jsonl_goes_on_past_bad_lines_with_on_error() -> None:
    """A malformed line and an invalid document in the middle are reported; the rest is read."""
    good = json.dumps(small_dict(), ensure_ascii=False)
    invalid = json.dumps(corrupt(lambda d: d["actors"][0].update(kind="alien")))
    stream = jsonl_bytes(good, "{not json", invalid, "", good)
    errors: list[JSONLineError] = []
    documents = list(read_jsonl(stream, on_error=errors.append))
    assert [document.id for document in documents] == ["d1", "d1"]
    assert [error.line for error in errors] == [2, 3]
    assert errors[0].problems[0].startswith("$: malformed JSON")
    assert errors[1].problems == (
        "$.actors[0].kind: 'alien' is not one of 'person', 'organization', 'country', 'group'",
    )
    assert str(errors[1]).startswith("<stream>:3: ")


def test_read_jsonl_raises_at_the_bad_line_without_on_error(tmp_path: Path) -> None:
    """Without on_error the first bad line raises JSONLineError naming the file and line."""
    path = tmp_path / "docs.jsonl"
    path.write_text(json.dumps(small_dict()) + "\n[1, 2\n", encoding="utf-8")
    documents = read_jsonl(path)
    assert next(documents).id == "d1"
    with pytest.raises(JSONLineError, match=r"docs\.jsonl:2: \$: malformed JSON") as caught:
        next(documents)
    assert caught.value.line == 2


def test_read_jsonl_is_lazy() -> None:
    """Documents are read one line at a time: after the first, the stream is at line two."""
    first = json.dumps(small_dict())
    stream = jsonl_bytes(first, first, first)
    documents = read_jsonl(stream)
    next(documents)
    assert stream.tell() == len(first.encode("utf-8")) + 1


def test_read_jsonl_skips_overlong_lines_unread() -> None:
    """A line over max_line_bytes is reported with its number; the next line is still read."""
    good = json.dumps(small_dict())
    stream = jsonl_bytes('{"id": "' + "x" * 5000 + '"}', good)
    errors: list[JSONLineError] = []
    documents = list(read_jsonl(stream, on_error=errors.append, max_line_bytes=len(good) + 1))
    assert len(documents) == 1
    assert errors[0].line == 1
    assert "line longer than" in errors[0].problems[0]


def test_write_jsonl_then_read_jsonl_round_trips(tmp_path: Path) -> None:
    """Documents written as JSON Lines read back equal, in order, and the count is returned."""
    documents = [from_dict(small_dict()), Document(id="d2", text="")]
    path = tmp_path / "docs.jsonl"
    assert write_jsonl(documents, path) == 2
    assert list(read_jsonl(path)) == documents
    assert path.read_text(encoding="utf-8").count("\n") == 2


def failing_documents() -> Iterator[Document]:
    """Yield one document, then fail as a broken extractor would."""
    yield Document(id="d1", text="")
    raise RuntimeError("extractor failed")


def test_write_jsonl_leaves_no_file_when_interrupted(tmp_path: Path) -> None:
    """An exception mid-stream leaves neither the target nor a temporary file behind."""
    path = tmp_path / "out.jsonl"
    with pytest.raises(RuntimeError, match="extractor failed"):
        write_jsonl(failing_documents(), path)
    assert list(tmp_path.iterdir()) == []


def test_write_jsonl_keeps_the_old_file_when_interrupted(tmp_path: Path) -> None:
    """A failed rewrite leaves the previous complete file untouched."""
    path = tmp_path / "out.jsonl"
    write_jsonl([Document(id="old", text="")], path)
    before = path.read_bytes()
    with pytest.raises(RuntimeError):
        write_jsonl(failing_documents(), path)
    assert path.read_bytes() == before
    assert [entry.name for entry in tmp_path.iterdir()] == ["out.jsonl"]


def test_write_jsonl_file_gets_the_usual_permissions(tmp_path: Path) -> None:
    """The written file is not left private to its owner: it follows the umask like open()."""
    mask = os.umask(0o022)
    try:
        path = tmp_path / "out.jsonl"
        write_jsonl([Document(id="d1", text="")], path)
        assert path.stat().st_mode & 0o777 == 0o644
    finally:
        os.umask(mask)


def test_write_jsonl_to_a_stream() -> None:
    """Given a text stream, write_jsonl writes one compact line per document."""
    out = io.StringIO()
    actor = Actor(id="a1", kind=ActorKind.GROUP, name="delegations", mentions=[])
    document = Document(
        id="d1",
        text="",
        actors=[actor],
        provenance=Provenance(tool="newsevents", version="0.1.0"),
    )
    write_jsonl([document, document], out)
    lines = out.getvalue().splitlines()
    assert len(lines) == 2
    assert loads(lines[1]) == document


def test_spans_keep_offsets_and_text() -> None:
    """A span survives the round trip with its offsets and text unchanged."""
    span = Span(start=16, end=22, text="Zürich")
    document = from_dict(small_dict())
    assert document.text[span.start : span.end] == span.text
    assert from_dict(to_dict(document)).actors[0].mentions[0] == Span(start=0, end=5, text="Kerry")
