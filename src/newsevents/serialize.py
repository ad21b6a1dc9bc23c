"""Turning documents into JSON-ready dicts, JSON text and JSON Lines files, and back.

One cattrs converter owns all of it. It is strict: unknown keys, wrong types and unknown
enum values are rejected with the JSON path of the culprit, and nothing is coerced
(``"5"`` is not an offset). Output is deterministic (keys in the order of the data model),
UTF-8 and not ASCII-escaped; optional fields that are unset are left out.

>>> from newsevents import Document
>>> doc = Document(id="d1", text="Kerry met Li.")
>>> print(dumps(doc, indent=1)[:66])
{
 "schema_version": "1.0",
 "id": "d1",
 "text": "Kerry met Li.",
>>> loads(dumps(doc)) == doc
True
>>> from_dict({"id": "d1", "text": "", "actors": 3})
Traceback (most recent call last):
...
newsevents.errors.DocumentError: $: required field missing: schema_version; ...
"""

from __future__ import annotations

import io
import json
import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from enum import Enum
from typing import IO, Any, TypeVar

import cattrs
from cattrs.errors import (
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override
from cattrs.preconf.json import make_converter

from newsevents._atomic import AtomicFile
from newsevents.errors import DocumentError, JSONLineError
from newsevents.model import (
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

__all__ = [
    "DEFAULT_MAX_LINE_BYTES",
    "converter",
    "dumps",
    "from_dict",
    "iter_lines",
    "loads",
    "read_jsonl",
    "to_dict",
    "write_jsonl",
]

#: Lines longer than this are refused by :func:`read_jsonl` without being read into memory.
DEFAULT_MAX_LINE_BYTES = 32 * 1024 * 1024

_MODEL_CLASSES: tuple[type, ...] = (
    Span,
    Location,
    Actor,
    Meeting,
    Statement,
    Topic,
    Provenance,
    Document,
)
_ENUMS: tuple[type[Enum], ...] = (
    ActorKind,
    MeetingKind,
    MeetingStatus,
    SpeechAct,
    StatementKind,
    TopicCategory,
)
_REQUIRED_WITH_DEFAULT: dict[type, tuple[str, ...]] = {
    # Fields that have a Python default for convenience but are required in JSON.
    Document: ("schema_version", "actors", "meetings", "statements", "topics"),
}

_DOCUMENT_REQUIRED = ("schema_version", "id", "text", "actors", "meetings", "statements", "topics")

_E = TypeVar("_E", bound=Enum)
_T = TypeVar("_T")

PathOrFile = str | os.PathLike[str] | IO[str]


def _type_name(value: Any) -> str:
    if value is None:
        return "null"
    names = {dict: "object", list: "array", str: "string", bool: "boolean", int: "integer"}
    return names.get(type(value), "number" if isinstance(value, float) else type(value).__name__)


def _strict_str(value: Any, _: type) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected a string, got {_type_name(value)}")
    return value


def _strict_int(value: Any, _: type) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"expected an integer, got {_type_name(value)}")
    return value


def _strict_float(value: Any, _: type) -> float:
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise TypeError(f"expected a number, got {_type_name(value)}")
    return float(value)


def _strict_enum(value: Any, enum_type: type[_E]) -> _E:
    try:
        return enum_type(value)
    except ValueError:
        allowed = ", ".join(repr(member.value) for member in enum_type)
        raise ValueError(f"{value!r} is not one of {allowed}") from None


def _is_tuple(type_: Any) -> bool:
    return getattr(type_, "__origin__", None) is tuple


def _make_tuple_hook(converter: cattrs.Converter, type_: Any) -> Callable[[Any, Any], Any]:
    (item_type, _ellipsis) = type_.__args__

    def structure(value: Any, _: Any) -> tuple[Any, ...]:
        if not isinstance(value, list | tuple):
            raise TypeError(f"expected an array, got {_type_name(value)}")
        items = []
        errors: list[Exception] = []
        for index, item in enumerate(value):
            try:
                items.append(converter.structure(item, item_type))
            except Exception as exc:  # collected with its index, re-raised as a group below
                note = IterableValidationNote(f"Structuring @ index {index}", index, item_type)
                exc.__notes__ = [*getattr(exc, "__notes__", []), note]
                errors.append(exc)
        if errors:
            raise IterableValidationError("while structuring an array", errors, type_)
        return tuple(items)

    return structure


def _make_converter() -> cattrs.Converter:
    conv = make_converter(forbid_extra_keys=True, detailed_validation=True)
    conv.register_structure_hook(str, _strict_str)
    conv.register_structure_hook(int, _strict_int)
    conv.register_structure_hook(float, _strict_float)
    for enum_type in _ENUMS:
        # Registered one by one: the enums are also str subclasses, and the str hook would win
        # (when unstructuring too: dicts must hold plain strings, not enum members).
        conv.register_structure_hook(enum_type, _strict_enum)
        conv.register_unstructure_hook(enum_type, _enum_value)
    conv.register_structure_hook_factory(_is_tuple, lambda t: _make_tuple_hook(conv, t))
    for cls in _MODEL_CLASSES:
        keep: dict[str, Any] = {
            name: override(omit_if_default=False) for name in _REQUIRED_WITH_DEFAULT.get(cls, ())
        }
        conv.register_unstructure_hook(
            cls, make_dict_unstructure_fn(cls, conv, _cattrs_omit_if_default=True, **keep)
        )
        structure: Callable[[Any, Any], Any] = _objects_only(
            make_dict_structure_fn(cls, conv, _cattrs_forbid_extra_keys=True)
        )
        if cls is Span:
            structure = _span_fast_path(structure)
        conv.register_structure_hook(cls, structure)
    return conv


def _span_fast_path(general: Callable[[Any, Any], Span]) -> Callable[[Any, Any], Span]:
    """Build spans from plain, valid dicts directly; leave anything else to ``general``.

    Spans are most of what a document holds. A dict of exactly ``start``, ``end`` and
    ``text`` with exactly their types gives the span the general hook would give, without
    its bookkeeping; any other value, and any span the class refuses, goes the general way,
    which reports the problem.
    """

    def structure_span(value: Any, type_: Any) -> Span:
        if type(value) is dict and len(value) == 3:
            start, end, text = value.get("start"), value.get("end"), value.get("text")
            if type(start) is int and type(end) is int and type(text) is str:
                try:
                    return Span(start=start, end=end, text=text)
                except ValueError:
                    pass
        return general(value, type_)

    return structure_span


def _enum_value(member: Enum) -> Any:
    return member.value


def _objects_only(structure: Callable[[Any, Any], _T]) -> Callable[[Any, Any], _T]:
    """Refuse anything but a JSON object before cattrs tries to read keys from it."""

    def structure_object(value: Any, type_: Any) -> _T:
        if not isinstance(value, Mapping):
            raise TypeError(f"expected an object, got {_type_name(value)}")
        return structure(value, type_)

    return structure_object


#: The converter that owns (un)structuring. Use it to (un)structure single model objects:
#: ``converter.unstructure(span)``, ``converter.structure(data, Actor)``.
converter = _make_converter()


def _format_problems(exc: Exception) -> list[str]:
    def describe(error: BaseException, type_: Any) -> str:
        if isinstance(error, ForbiddenExtraKeysError):
            return "unknown key(s): " + ", ".join(sorted(error.extra_fields))
        if isinstance(error, KeyError):
            return "required field missing"
        return str(error) or type(error).__name__

    messages = cattrs.transform_error(exc, path="$", format_exception=describe)
    problems = []
    for message in messages:
        text, _, path = message.rpartition(" @ ")
        if text == "required field missing" and "." in path:
            # cattrs puts the missing field in the path; name it instead, at its parent.
            parent, _, field = path.rpartition(".")
            problems.append(f"{parent}: required field missing: {field}")
        else:
            problems.append(f"{path}: {text}")
    return problems


def to_dict(document: Document) -> dict[str, Any]:
    """Return ``document`` as a JSON-ready dict, keys in the order of the data model.

    >>> from newsevents import Document
    >>> to_dict(Document(id="d1", text="Hi", date="2023-07-19"))["date"]
    '2023-07-19'
    """
    result: dict[str, Any] = converter.unstructure(document, Document)
    return result


def from_dict(data: Mapping[str, Any], *, source: str | None = None) -> Document:
    """Build a :class:`~newsevents.Document` from a dict as :func:`to_dict` makes it.

    Raises :class:`~newsevents.DocumentError` listing every problem with its JSON path;
    ``source`` (a file name) is put in front of the message.

    >>> from_dict({"schema_version": "1.0", "id": "d1", "text": "Hi", "actors": [],
    ...            "meetings": [], "statements": [], "topics": []}).id
    'd1'
    """
    if not isinstance(data, Mapping):
        raise DocumentError([f"$: expected an object, got {_type_name(data)}"], source=source)
    missing = [key for key in _DOCUMENT_REQUIRED if key not in data]
    if missing:
        # The Python class gives these defaults for convenience; a JSON document must say them.
        raise DocumentError([f"$: required field missing: {key}" for key in missing], source=source)
    try:
        return converter.structure(dict(data), Document)
    except (ClassValidationError, IterableValidationError) as exc:
        raise DocumentError(_format_problems(exc), source=source) from None
    except (TypeError, ValueError) as exc:
        raise DocumentError([f"$: {exc}"], source=source) from None


def dumps(document: Document, *, indent: int | None = None) -> str:
    """Return ``document`` as JSON text (UTF-8 characters kept, not escaped).

    >>> from newsevents import Document
    >>> dumps(Document(id="d1", text="Zürich"), indent=None).count("Zürich")
    1
    """
    return json.dumps(to_dict(document), ensure_ascii=False, indent=indent)


def loads(text: str | bytes, *, source: str | None = None) -> Document:
    """Parse JSON text into a :class:`~newsevents.Document`.

    Malformed JSON and invalid documents both raise :class:`~newsevents.DocumentError`.

    >>> loads("{not json")
    Traceback (most recent call last):
    ...
    newsevents.errors.DocumentError: $: malformed JSON: Expecting property name ...
    """
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DocumentError([f"$: malformed JSON: {exc}"], source=source) from None
    except UnicodeDecodeError as exc:
        raise DocumentError([f"$: not UTF-8 text: {exc}"], source=source) from None
    except RecursionError:
        # json gives up on deep nesting ([[[[...) with RecursionError, not a decode error.
        raise DocumentError(["$: malformed JSON: nested too deeply"], source=source) from None
    return from_dict(data, source=source)


#: Lines are read in pieces of at most this many bytes: ``readline(n)`` may briefly hold
#: twice ``n``, so one call for the whole limit would cost twice the limit in memory.
_READ_CHUNK = 1 << 20


def iter_lines(
    stream: IO[bytes], max_line_bytes: int = DEFAULT_MAX_LINE_BYTES
) -> Iterator[tuple[int, bytes | None]]:
    r"""Yield ``(line number, raw line)`` of a binary stream, in bounded memory.

    A line longer than ``max_line_bytes`` comes out as ``None`` and is skipped in chunks,
    never held whole: readers report it by its number and go on with the next line.

    >>> import io
    >>> list(iter_lines(io.BytesIO(b"short\n" + b"x" * 20 + b"\nok"), max_line_bytes=10))
    [(1, b'short\n'), (2, None), (3, b'ok')]
    """
    number = 0
    while True:
        piece = stream.readline(min(_READ_CHUNK, max_line_bytes + 1))
        if not piece:
            return
        number += 1
        pieces, size = [piece], len(piece)
        while not piece.endswith(b"\n") and size <= max_line_bytes:
            piece = stream.readline(min(_READ_CHUNK, max_line_bytes + 1 - size))
            if not piece:
                break
            pieces.append(piece)
            size += len(piece)
        if size > max_line_bytes and not piece.endswith(b"\n"):
            # Too long: drop what was read and skip the rest in bounded chunks.
            pieces.clear()
            while piece and not piece.endswith(b"\n"):
                piece = stream.readline(_READ_CHUNK)
            yield number, None
            continue
        yield number, pieces[0] if len(pieces) == 1 else b"".join(pieces)


def read_jsonl(
    source: str | os.PathLike[str] | IO[bytes],
    *,
    on_error: Callable[[JSONLineError], None] | None = None,
    max_line_bytes: int = DEFAULT_MAX_LINE_BYTES,
) -> Iterator[Document]:
    r"""Read documents from a JSON Lines file lazily, one line at a time (constant memory).

    Blank lines are skipped. A bad line (malformed JSON, not UTF-8, an invalid document, or
    longer than ``max_line_bytes``) raises :class:`~newsevents.JSONLineError` naming the
    file and line; pass ``on_error`` to receive those errors instead and go on reading.

    >>> import io
    >>> data = io.BytesIO(b'{"oops"\n')
    >>> errors = []
    >>> list(read_jsonl(data, on_error=errors.append)), errors[0].line
    ([], 1)
    """
    if isinstance(source, str | os.PathLike):
        with open(source, "rb") as stream:
            yield from _read_jsonl_stream(stream, os.fspath(source), on_error, max_line_bytes)
    else:
        name = str(getattr(source, "name", "<stream>"))
        yield from _read_jsonl_stream(source, name, on_error, max_line_bytes)


def _read_jsonl_stream(
    stream: IO[bytes],
    name: str,
    on_error: Callable[[JSONLineError], None] | None,
    max_line_bytes: int,
) -> Iterator[Document]:
    for number, raw in iter_lines(stream, max_line_bytes):
        try:
            if raw is None:
                raise DocumentError([f"$: line longer than {max_line_bytes} bytes, not read"])
            if not raw.strip():
                continue
            yield loads(raw)
        except DocumentError as exc:
            error = JSONLineError(exc.problems, source=name, line=number)
            if on_error is None:
                raise error from None
            on_error(error)


def write_jsonl(documents: Iterable[Document], target: PathOrFile) -> int:
    """Write documents as JSON Lines and return how many were written.

    Given a path, the file is written to a temporary file beside it and renamed into place at
    the end, so it is complete or absent, never half-written. Given an open text stream, the
    lines are written to it as they come.

    >>> import io
    >>> from newsevents import Document
    >>> out = io.StringIO()
    >>> write_jsonl([Document(id="a", text=""), Document(id="b", text="")], out)
    2
    """
    if not isinstance(target, str | os.PathLike):
        return _write_lines(documents, target)
    with AtomicFile(target) as raw, io.TextIOWrapper(raw, encoding="utf-8", newline="\n") as text:
        return _write_lines(documents, text)


def _write_lines(documents: Iterable[Document], stream: IO[str]) -> int:
    count = 0
    for document in documents:
        stream.write(dumps(document))
        stream.write("\n")
        count += 1
    return count
