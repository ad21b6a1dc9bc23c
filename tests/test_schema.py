"""The JSON Schema: well formed, documented, and describing exactly the attrs model."""

from __future__ import annotations

import datetime as dt
import enum
import types
import typing
from collections.abc import Iterator
from typing import Any

import attrs
import pytest
from cattrs.errors import ClassValidationError
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema
from jsonschema import Draft202012Validator

from newsevents import (
    Actor,
    ActorKind,
    Document,
    DocumentError,
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
    dumps,
    from_dict,
    loads,
    schema,
    to_dict,
)
from newsevents.serialize import converter

DEFINED = (Span, Location, Actor, Meeting, Statement, Topic, Provenance)
JSON_TYPES = {str: "string", int: "integer", float: "number", tuple: "array"}


def definition(cls: type) -> dict[str, Any]:
    """Return the schema object that describes ``cls`` (the root describes Document)."""
    whole = schema()
    if cls is Document:
        return whole
    described: dict[str, Any] = whole["$defs"][cls.__name__]
    return described


def walk(node: Any, path: str = "#") -> Iterator[tuple[str, dict[str, Any]]]:
    """Yield every sub-schema of ``node`` that is an object, with where it is."""
    if isinstance(node, dict):
        yield path, node
        for key, value in node.items():
            yield from walk(value, f"{path}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from walk(value, f"{path}/{index}")


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    """The shipped schema is itself valid under the draft 2020-12 meta-schema."""
    document_schema = schema()
    assert document_schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(document_schema)


def test_schema_identifier_is_never_fetched() -> None:
    """The $id is a URN, and every $ref points inside the schema: nothing is fetched."""
    document_schema = schema()
    assert document_schema["$id"] == "urn:newsevents:schema:document:1.0"
    refs = [node["$ref"] for _, node in walk(document_schema) if "$ref" in node]
    assert refs
    assert all(ref.startswith("#/$defs/") for ref in refs)


def test_schema_returns_a_fresh_copy() -> None:
    """Changing the dict schema() returned does not change the next one."""
    first = schema()
    first["$defs"]["Span"]["properties"].clear()
    assert schema()["$defs"]["Span"]["properties"]


def test_every_property_has_a_description_and_objects_are_closed() -> None:
    """Every property is described; every object with properties forbids unknown keys."""
    for path, node in walk(schema()):
        if "properties" not in node or not isinstance(node["properties"], dict):
            continue
        assert node.get("additionalProperties") is False, path
        assert node.get("description"), path
        for name, prop in node["properties"].items():
            assert isinstance(prop.get("description"), str), f"{path}/{name}"
            assert len(prop["description"]) > 10, f"{path}/{name}"


def test_schema_defines_the_model_classes() -> None:
    """$defs has one definition per model class (Document is the root)."""
    assert sorted(schema()["$defs"]) == sorted(cls.__name__ for cls in DEFINED)
    for cls in DEFINED:
        assert definition(cls)["title"] == cls.__name__


def full_instance(cls: type) -> Any:
    """Return an instance of ``cls`` with every optional field set too."""
    span = Span(start=0, end=5, text="Kerry")
    values: dict[type, Any] = {
        Span: span,
        Location: Location(name="Beijing", span=span, country="CHN"),
        Provenance: Provenance(
            tool="newsevents", version="0.1", pipeline="en_core_web_sm", created="2023-07-19"
        ),
        Actor: Actor(
            id="a1",
            kind=ActorKind.PERSON,
            name="John Kerry",
            mentions=[span],
            titles=["envoy"],
            country="USA",
            affiliation="a2",
            confidence=0.5,
        ),
        Meeting: Meeting(
            id="m1",
            kind=MeetingKind.MEETING,
            trigger=span,
            participants=["a1"],
            host="a1",
            location=Location(name="Beijing"),
            date="2023-07-19",
            date_text=span,
            status=MeetingStatus.OCCURRED,
            topics=["t1"],
            evidence=span,
            confidence=0.5,
        ),
        Statement: Statement(
            id="s1",
            speaker="a1",
            cue=span,
            content=[span],
            kind=StatementKind.DIRECT,
            speaker_mention=span,
            act=SpeechAct.ASSERT,
            addressee="a1",
            on_behalf_of="a1",
            reported_by="a1",
            meeting="m1",
            topics=["t1"],
            confidence=0.5,
        ),
        Topic: Topic(
            id="t1",
            label="climate",
            mentions=[span],
            category=TopicCategory.ENVIRONMENT,
            confidence=0.5,
        ),
    }
    if cls is Document:
        return Document(
            id="d1",
            text="Kerry",
            actors=[values[Actor]],
            meetings=[values[Meeting]],
            statements=[values[Statement]],
            topics=[values[Topic]],
            date="2023-07-19",
            title="t",
            source="s",
            url="https://example.org/a",
            language="en",
            provenance=values[Provenance],
        )
    return values[cls]


def required_in_json(cls: type) -> set[str]:
    """Find, by trying, the fields the converter refuses to go without."""
    full = converter.unstructure(full_instance(cls), cls)
    required = set()
    for name in full:
        partial = {key: value for key, value in full.items() if key != name}
        try:
            if cls is Document:
                from_dict(partial)
            else:
                converter.structure(partial, cls)
        except (DocumentError, ClassValidationError):
            required.add(name)
    return required


def optional_parts(hint: Any) -> tuple[bool, Any]:
    """Split ``X | None`` into (True, X); anything else into (False, hint)."""
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        parts = [part for part in typing.get_args(hint) if part is not type(None)]
        return True, parts[0]
    return False, hint


def value_schema(prop: dict[str, Any]) -> tuple[bool, dict[str, Any]]:
    """Split a property schema into (accepts null, the schema of its non-null values)."""
    if "anyOf" in prop:
        branches = prop["anyOf"]
        assert {"type": "null"} in branches
        others = [branch for branch in branches if branch != {"type": "null"}]
        assert len(others) == 1
        return True, others[0]
    return False, prop


@pytest.mark.parametrize("cls", [*DEFINED, Document], ids=lambda cls: cls.__name__)
def test_schema_and_attrs_class_describe_the_same_fields(cls: type) -> None:
    """Properties, required fields, nullability, types and enum values match the attrs class."""
    described = definition(cls)
    fields = attrs.fields(cls)
    hints = typing.get_type_hints(cls)
    assert list(described["properties"]) == [field.name for field in fields]
    assert set(described["required"]) == required_in_json(cls)
    for field in fields:
        prop = described["properties"][field.name]
        nullable, value = value_schema(prop)
        optional, python_type = optional_parts(hints[field.name])
        assert nullable == optional, field.name
        if attrs.has(python_type):
            assert value["$ref"] == f"#/$defs/{python_type.__name__}", field.name
            continue
        if typing.get_origin(python_type) is tuple:
            assert value["type"] == "array", field.name
            (item_type, _) = typing.get_args(python_type)
            items = value["items"]
            if attrs.has(item_type):
                assert items == {"$ref": f"#/$defs/{item_type.__name__}"}, field.name
            else:
                assert items["type"] == JSON_TYPES[item_type], field.name
            continue
        if isinstance(python_type, type) and issubclass(python_type, enum.Enum):
            assert value["type"] == "string", field.name
            assert value["enum"] == [member.value for member in python_type], field.name
            continue
        assert value["type"] == JSON_TYPES[python_type], field.name
        assert "enum" not in value, field.name


def test_schema_version_is_pinned() -> None:
    """schema_version accepts "1.0" only."""
    assert schema()["properties"]["schema_version"]["const"] == "1.0"


# --- Hypothesis: every model-valid document is schema-valid and round-trips ------------------

ids = st.text(min_size=1, max_size=4)
words = st.text(max_size=12)
spans = st.builds(
    lambda start, length, text: Span(start=start, end=start + length, text=text),
    st.integers(0, 10_000),
    st.integers(0, 50),
    words,
)
iso_dates = st.dates().map(dt.date.isoformat)
countries = st.from_regex(r"[A-Z]{3}", fullmatch=True)
confidences = st.none() | st.floats(0, 1)
id_lists = st.lists(ids, max_size=3, unique=True)


def optional(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """Return ``strategy`` or None."""
    return st.none() | strategy


locations = st.builds(Location, name=ids, span=optional(spans), country=optional(countries))
actors = st.builds(
    Actor,
    id=ids,
    kind=st.sampled_from(ActorKind),
    name=ids,
    mentions=st.lists(spans, max_size=3),
    titles=st.lists(words, max_size=2),
    country=optional(countries),
    affiliation=optional(ids),
    confidence=confidences,
)
meetings = st.builds(
    Meeting,
    id=ids,
    kind=st.sampled_from(MeetingKind),
    trigger=spans,
    participants=id_lists,
    host=optional(ids),
    location=optional(locations),
    date=optional(iso_dates),
    date_text=optional(spans),
    status=optional(st.sampled_from(MeetingStatus)),
    topics=id_lists,
    evidence=optional(spans),
    confidence=confidences,
)
statements = st.builds(
    Statement,
    id=ids,
    speaker=optional(ids),
    cue=spans,
    content=st.lists(spans, max_size=2),
    kind=st.sampled_from(StatementKind),
    speaker_mention=optional(spans),
    act=optional(st.sampled_from(SpeechAct)),
    addressee=optional(ids),
    on_behalf_of=optional(ids),
    reported_by=optional(ids),
    meeting=optional(ids),
    topics=id_lists,
    confidence=confidences,
)
topics = st.builds(
    Topic,
    id=ids,
    label=ids,
    mentions=st.lists(spans, max_size=2),
    category=optional(st.sampled_from(TopicCategory)),
    confidence=confidences,
)
provenances = st.builds(
    Provenance,
    tool=ids,
    version=ids,
    pipeline=optional(words),
    created=optional(
        st.datetimes(timezones=st.none() | st.just(dt.UTC)).map(dt.datetime.isoformat)
    ),
)
documents = st.builds(
    Document,
    id=ids,
    text=st.text(max_size=60),
    actors=st.lists(actors, max_size=3),
    meetings=st.lists(meetings, max_size=2),
    statements=st.lists(statements, max_size=2),
    topics=st.lists(topics, max_size=2),
    date=optional(iso_dates),
    title=optional(words),
    source=optional(words),
    url=optional(st.sampled_from(["https://example.org/news/1", "urn:isbn:0451450523"])),
    language=optional(st.sampled_from(["en", "en-GB", "zh-Hans"])),
    provenance=optional(provenances),
)

SCHEMA_VALIDATOR = Draft202012Validator(
    schema(), format_checker=Draft202012Validator.FORMAT_CHECKER
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents)
def test_documents_round_trip_and_satisfy_the_schema(document: Document) -> None:
    """For any model-valid Document: from_dict(to_dict(d)) == d and the schema accepts it."""
    data = to_dict(document)
    assert from_dict(data) == document
    assert loads(dumps(document)) == document
    errors = [f"{error.json_path}: {error.message}" for error in SCHEMA_VALIDATOR.iter_errors(data)]
    assert errors == []


def inline_refs(node: Any, defs: dict[str, Any]) -> Any:
    """Replace every local $ref by the definition it names (for hypothesis-jsonschema)."""
    if isinstance(node, dict):
        if "$ref" in node:
            target = defs[node["$ref"].removeprefix("#/$defs/")]
            rest = {key: value for key, value in node.items() if key != "$ref"}
            return {**inline_refs(target, defs), **rest}
        return {
            key: inline_refs(value, defs)
            for key, value in node.items()
            if key not in ("$defs", "$id")
        }
    if isinstance(node, list):
        return [inline_refs(value, defs) for value in node]
    return node


def schema_instances() -> st.SearchStrategy[Any]:
    """Dicts the schema accepts, generated from the schema itself."""
    document_schema = schema()
    return from_schema(inline_refs(document_schema, document_schema["$defs"]))


@settings(
    max_examples=15,  # drawing from the schema is slow; the model-side test above runs 150
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(schema_instances())
def test_what_the_schema_accepts_the_converter_reads(data: dict[str, Any]) -> None:
    """The converter reads every schema-valid dict, except spans ending before they start."""
    try:
        from_dict(data)
    except DocumentError as exc:
        others = [problem for problem in exc.problems if "must not be before start" not in problem]
        assert others == []
