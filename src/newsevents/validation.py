"""Validating documents: the JSON Schema first, then the checks a schema cannot express.

:func:`validate` takes a :class:`~newsevents.Document` or a dict straight from JSON and
returns every :class:`Problem` it finds (an empty list when the document is valid), each
with the JSON path of the culprit. A dict is checked against the JSON Schema
(:func:`schema`); when its structure is sound, the semantic checks follow:

- every span lies within ``text`` and repeats ``text[start:end]`` exactly;
- ids are unique across the document's actors, meetings, statements and topics;
- every reference (``speaker``, ``participants``, ``host``, ``addressee``, ``on_behalf_of``,
  ``reported_by``, ``meeting``, ``topics``, ``affiliation``) names an existing annotation of
  the right type;
- country codes are ISO 3166-1 alpha-3 codes that exist.

>>> from newsevents import Actor, ActorKind, Document, Span
>>> li = Actor(id="a1", kind=ActorKind.PERSON, name="Li Qiang",
...            mentions=[Span(start=9, end=11, text="Li")])
>>> [problem] = validate(Document(id="d1", text="Kerry met Li.", actors=[li]))
>>> problem.path
'$.actors[0].mentions[0]'
>>> problem.message
"span text 'Li' does not match text[9:11], which is ' L'; that text is at 10:12"
>>> validate({"schema_version": "1.0", "id": "d1", "text": "", "actors": [],
...           "meetings": [], "statements": [], "topics": [], "colour": "red"})
[Problem(path='$', message='unknown key(s): colour')]
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterable, Iterator, Mapping
from functools import cache
from importlib import resources
from typing import Any, cast

import attrs
import pycountry
from jsonschema import Draft202012Validator, ValidationError
from referencing import Registry, Resource

from newsevents.errors import DocumentError
from newsevents.model import SCHEMA_VERSION, Document
from newsevents.serialize import from_dict, to_dict

__all__ = ["KNOWN_SCHEMA_VERSIONS", "Problem", "schema", "validate", "validate_many"]

#: The schema versions this version of newsevents can validate.
KNOWN_SCHEMA_VERSIONS: tuple[str, ...] = (SCHEMA_VERSION,)

_SCHEMA_FILE = f"newsevents-{SCHEMA_VERSION}.schema.json"

# What a value failing one of the schema's patterns or formats should have been.
_EXPECTED_FORMATS = {
    "date": "an ISO date (YYYY-MM-DD)",
    "uri": "an absolute URI",
}
_EXPECTED_PATTERNS = {
    "^[0-9]{4}-[0-9]{2}-[0-9]{2}$": "an ISO date (YYYY-MM-DD)",
    "^[A-Z]{3}$": "an ISO 3166-1 alpha-3 country code (three capital letters, e.g. USA)",
    "^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$": "a BCP 47 language tag (e.g. en)",
    "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]*$": "an absolute URI without spaces",
}
_JSON_TYPES = {
    "object": "an object",
    "array": "an array",
    "string": "a string",
    "integer": "an integer",
    "number": "a number",
    "boolean": "a boolean",
    "null": "null",
}
_LONGEST_QUOTE = 60


@attrs.frozen
class Problem:
    """One thing wrong with a document: where (a JSON path such as ``$.actors[0].id``) and what.

    >>> print(Problem("$.statements[2].speaker", "no actor has id 'a9'"))
    $.statements[2].speaker: no actor has id 'a9'
    """

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@cache
def _schema() -> dict[str, Any]:
    text = resources.files("newsevents.data").joinpath(_SCHEMA_FILE).read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def schema() -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) of a newsevents document, as a fresh dict.

    The same schema is printed by ``newsevents schema``; hand it to any JSON Schema tool.

    >>> schema()["$id"]
    'urn:newsevents:schema:document:1.0'
    >>> sorted(schema()["$defs"])[:3]
    ['Actor', 'Location', 'Meeting']
    """
    return copy.deepcopy(_schema())


@cache
def _validator() -> Draft202012Validator:
    """Build the validator once; ``$ref`` resolves inside the schema only, never over a network."""
    contents = _schema()
    registry: Registry[Any] = Registry().with_resource(
        contents["$id"], Resource.from_contents(contents)
    )
    return Draft202012Validator(
        contents, registry=registry, format_checker=Draft202012Validator.FORMAT_CHECKER
    )


def validate(document: Document | Mapping[str, Any]) -> list[Problem]:
    """Return every problem of ``document`` (a Document or a dict from JSON); ``[]`` if valid.

    A dict is first checked against the JSON Schema; the semantic checks (spans match the
    text, ids are unique, references resolve) run once its structure is sound. A Document
    gets both, as its structure is sound by construction.

    >>> validate({"schema_version": "1.0", "id": "d1", "text": "Hi", "actors": [],
    ...           "meetings": [], "statements": [], "topics": []})
    []
    >>> [str(problem) for problem in validate({"schema_version": "9.9"})]
    ["$.schema_version: unknown schema version '9.9' (known: '1.0')"]
    """
    if isinstance(document, Document):
        data: Any = to_dict(document)
        return _schema_problems(data) + _semantic_problems(data)
    data = document
    if isinstance(data, Mapping) and "schema_version" in data:
        version = data["schema_version"]
        if not isinstance(version, str) or version not in KNOWN_SCHEMA_VERSIONS:
            # The rules of another version are unknown here: checking against 1.0 would be noise.
            known = ", ".join(repr(known) for known in KNOWN_SCHEMA_VERSIONS)
            return [
                Problem("$.schema_version", f"unknown schema version {version!r} (known: {known})")
            ]
    problems = _schema_problems(data)
    if problems:
        return problems
    problems = _semantic_problems(data)
    if problems:
        return problems
    try:
        from_dict(data)
    except DocumentError as exc:
        # Whatever the model refuses and the checks above let through (a NaN confidence...).
        return [Problem(*problem.split(": ", 1)) for problem in exc.problems]
    return []


def validate_many(
    documents: Iterable[Document | Mapping[str, Any]],
) -> Iterator[tuple[int, list[Problem]]]:
    """Validate a stream of documents: :func:`validate` each, and flag reused document ids.

    Yields ``(index, problems)`` for every document, in order (``index`` counts from 0), so
    that a batch is checked as the ``newsevents validate`` command checks a JSON Lines file:
    a document whose ``id`` an earlier one already has gets a problem at ``$.id``. Only the
    ids are kept between documents, so a stream of any length fits in memory.

    >>> docs = [{"schema_version": "1.0", "id": "d1", "text": "", "actors": [],
    ...          "meetings": [], "statements": [], "topics": []}] * 2
    >>> [(index, [str(problem) for problem in problems]) for index, problems in validate_many(docs)]
    [(0, []), (1, ["$.id: duplicate document id 'd1' (first at index 0)"])]
    """
    first_seen: dict[str, int] = {}
    for index, document in enumerate(documents):
        problems = validate(document)
        document_id = document.id if isinstance(document, Document) else _string_id(document)
        if document_id is not None:
            first = first_seen.setdefault(document_id, index)
            if first != index:
                message = f"duplicate document id {document_id!r} (first at index {first})"
                problems.append(Problem("$.id", message))
        yield index, problems


def _string_id(data: Any) -> str | None:
    """Return the ``id`` of a dict from JSON when it is a string, else None."""
    if isinstance(data, Mapping):
        document_id = data.get("id")
        if isinstance(document_id, str):
            return document_id
    return None


# --- the JSON Schema -------------------------------------------------------------------------


def _schema_problems(data: Any) -> list[Problem]:
    described = [item for error in _validator().iter_errors(data) for item in _describe(error)]
    # A date can fail both its format and the pattern that spells it out for other tools.
    formats = {problem.path for keyword, problem in described if keyword == "format"}
    unique: dict[Problem, None] = {}
    for keyword, problem in described:
        if not (keyword == "pattern" and problem.path in formats):
            unique[problem] = None
    return list(unique)


def _describe(error: ValidationError) -> list[tuple[str, Problem]]:
    """Turn one jsonschema error into problems phrased like the converter's messages."""
    keyword = str(error.validator)
    if keyword == "anyOf":
        # An optional field: a value or null. Report the value's own errors when it has the
        # right type; otherwise say which types would do.
        branches = error.context or []
        inner = [sub for sub in branches if not (sub.validator == "type" and not sub.path)]
        if inner:
            return [item for sub in inner for item in _describe(sub)]
        types = [cast(str, sub.validator_value) for sub in branches if sub.validator == "type"]
        expected = " or ".join(_JSON_TYPES.get(type_, type_) for type_ in types)
        message = f"expected {expected}, got {_json_type(error.instance)}"
        return [(keyword, Problem(error.json_path, message))]
    return [(keyword, Problem(error.json_path, message)) for message in _messages(error)]


def _messages(error: ValidationError) -> list[str]:
    keyword = error.validator
    expected, instance = cast(Any, error.validator_value), cast(Any, error.instance)
    if keyword == "required":
        return [f"required field missing: {name}" for name in expected if name not in instance]
    if keyword == "additionalProperties":
        known = error.schema.get("properties", {}) if isinstance(error.schema, dict) else {}
        return ["unknown key(s): " + ", ".join(sorted(key for key in instance if key not in known))]
    if keyword == "type":
        return [f"expected {_JSON_TYPES.get(expected, expected)}, got {_json_type(instance)}"]
    if keyword == "enum":
        return [f"{instance!r} is not one of " + ", ".join(repr(value) for value in expected)]
    if keyword == "minLength" and expected == 1:
        return ["must not be empty"]
    if keyword == "uniqueItems":
        repeated = next(item for index, item in enumerate(instance) if item in instance[:index])
        return [f"{repeated!r} is listed more than once"]
    if keyword == "format" and expected in _EXPECTED_FORMATS:
        return [f"{instance!r} is not {_EXPECTED_FORMATS[expected]}"]
    if keyword == "pattern" and expected in _EXPECTED_PATTERNS:
        return [f"{instance!r} is not {_EXPECTED_PATTERNS[expected]}"]
    return [error.message]


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, Mapping):
        return "object"
    return type(value).__name__


# --- the semantic checks ---------------------------------------------------------------------

_SECTIONS = {"actors": "actor", "meetings": "meeting", "statements": "statement", "topics": "topic"}


def _semantic_problems(data: Mapping[str, Any]) -> list[Problem]:
    """Check a document whose structure the schema has accepted."""
    checker = _Checker(data)
    for index, actor in enumerate(data["actors"]):
        path = f"$.actors[{index}]"
        checker.unique_id(path, actor)
        checker.spans(f"{path}.mentions", actor["mentions"])
        checker.country(f"{path}.country", actor.get("country"))
        checker.reference(f"{path}.affiliation", actor.get("affiliation"), "actor")
        if actor.get("affiliation") == actor["id"]:
            checker.problem(f"{path}.affiliation", "an actor cannot be affiliated with itself")
    for index, meeting in enumerate(data["meetings"]):
        path = f"$.meetings[{index}]"
        checker.unique_id(path, meeting)
        checker.span(f"{path}.trigger", meeting["trigger"])
        checker.references(f"{path}.participants", meeting["participants"], "actor")
        checker.reference(f"{path}.host", meeting.get("host"), "actor")
        location = meeting.get("location")
        if location is not None:
            checker.span(f"{path}.location.span", location.get("span"))
            checker.country(f"{path}.location.country", location.get("country"))
        checker.span(f"{path}.date_text", meeting.get("date_text"))
        checker.references(f"{path}.topics", meeting.get("topics", ()), "topic")
        checker.span(f"{path}.evidence", meeting.get("evidence"))
    for index, statement in enumerate(data["statements"]):
        path = f"$.statements[{index}]"
        checker.unique_id(path, statement)
        checker.reference(f"{path}.speaker", statement["speaker"], "actor")
        checker.span(f"{path}.cue", statement["cue"])
        checker.spans(f"{path}.content", statement["content"])
        checker.span(f"{path}.speaker_mention", statement.get("speaker_mention"))
        for field in ("addressee", "on_behalf_of", "reported_by"):
            checker.reference(f"{path}.{field}", statement.get(field), "actor")
        checker.reference(f"{path}.meeting", statement.get("meeting"), "meeting")
        checker.references(f"{path}.topics", statement.get("topics", ()), "topic")
    for index, topic in enumerate(data["topics"]):
        path = f"$.topics[{index}]"
        checker.unique_id(path, topic)
        checker.spans(f"{path}.mentions", topic["mentions"])
    return checker.problems


class _Checker:
    """Collects the problems of one document; knows its text and which id names what."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.text: str = data["text"]
        self.problems: list[Problem] = []
        # The first annotation with an id owns it; later ones are reported as duplicates.
        self.owners: dict[str, tuple[str, str]] = {}
        for section, kind in _SECTIONS.items():
            for index, annotation in enumerate(data[section]):
                self.owners.setdefault(annotation["id"], (kind, f"$.{section}[{index}]"))

    def problem(self, path: str, message: str) -> None:
        self.problems.append(Problem(path, message))

    def unique_id(self, path: str, annotation: Mapping[str, Any]) -> None:
        identifier = annotation["id"]
        _, owner = self.owners[identifier]
        if owner != path:
            self.problem(f"{path}.id", f"duplicate id {identifier!r} (already used by {owner})")

    def reference(self, path: str, identifier: str | None, kind: str) -> None:
        if identifier is None:
            return
        found = self.owners.get(identifier)
        if found is None:
            self.problem(path, f"no {kind} has id {identifier!r}")
        elif found[0] != kind:
            owner, where = found
            message = f"{identifier!r} is the id of {_a(owner)} ({where}), not of {_a(kind)}"
            self.problem(path, message)

    def references(self, path: str, identifiers: Iterable[str], kind: str) -> None:
        for index, identifier in enumerate(identifiers):
            self.reference(f"{path}[{index}]", identifier, kind)

    def spans(self, path: str, spans: Iterable[Mapping[str, Any]]) -> None:
        for index, span in enumerate(spans):
            self.span(f"{path}[{index}]", span)

    def span(self, path: str, span: Mapping[str, Any] | None) -> None:
        if span is None:
            return
        start, end, claimed = span["start"], span["end"], span["text"]
        length = len(self.text)
        if start > length:
            self.problem(f"{path}.start", f"start {start} is past the end of the text ({length})")
        if end > length:
            self.problem(f"{path}.end", f"end {end} is past the end of the text ({length})")
        if end < start:
            self.problem(f"{path}.end", f"end ({end}) must not be before start ({start})")
        if start > length or end > length or end < start:
            return
        found = self.text[start:end]
        if found != claimed:
            message = (
                f"span text {_quote(claimed)} does not match text[{start}:{end}], "
                f"which is {_quote(found)}"
            )
            nearest = _nearest(self.text, claimed, start)
            if nearest is not None:
                message += f"; that text is at {nearest}:{nearest + len(claimed)}"
            self.problem(path, message)

    def country(self, path: str, code: str | None) -> None:
        if code is not None and code not in _country_codes():
            self.problem(path, f"{code!r} is not an ISO 3166-1 alpha-3 country code")


def _a(noun: str) -> str:
    return f"an {noun}" if noun[0] in "aeiou" else f"a {noun}"


def _quote(text: str) -> str:
    if len(text) <= _LONGEST_QUOTE:
        return repr(text)
    return repr(text[: _LONGEST_QUOTE - 10]) + f"... ({len(text)} characters)"


def _nearest(text: str, wanted: str, start: int) -> int | None:
    """Where ``wanted`` occurs in ``text`` closest to ``start``, if it occurs at all."""
    if not wanted:
        return None
    after = text.find(wanted, start)
    before = text.rfind(wanted, 0, start + len(wanted) - 1)
    found = [offset for offset in (before, after) if offset >= 0]
    return min(found, key=lambda offset: abs(offset - start)) if found else None


@cache
def _country_codes() -> frozenset[str]:
    """ISO 3166-1 alpha-3 codes, current and withdrawn (a historical article may use SUN).

    And XKX, the user-assigned code for Kosovo, which has no ISO code but is in the news
    (the code the European Commission and the World Bank use).
    """
    current = {country.alpha_3 for country in pycountry.countries}
    withdrawn = {country.alpha_3 for country in pycountry.historic_countries}
    return frozenset(current | withdrawn | _USER_ASSIGNED)


# User-assigned alpha-3 codes in common use for places ISO 3166-1 leaves out.
_USER_ASSIGNED = frozenset({"XKX"})
