r"""Reading articles: plain-text files, folders of them, JSON Lines records, standard input.

Every reader yields :class:`Article` objects lazily, one at a time, so that a corpus of any
size is read in constant memory. The text of an article is kept exactly as it was read (no
stripping, no newline translation), because annotations point into it by character offsets.

Input forms:

``.txt`` file
    UTF-8 text (a leading byte-order mark is dropped). An optional header at the very start,
    ``" date 2023-07-19 "`` (optional spaces, the word ``date``, an ISO date, then a space or a
    line break), gives the publication date and is not part of the text: the body starts right
    after it, on the same line. The article id is the file name without its suffix.
folder
    Its ``.txt`` files, in sorted order; hidden files (``.name``) are skipped. Not recursive
    unless ``recursive=True``, in which case the id is the path below the folder without its
    suffix (``2023/07/kerry``).
``.jsonl`` (or ``.ndjson``) file
    One JSON object a line: ``text`` (required), ``id``, ``date`` (``YYYY-MM-DD``),
    ``title``, ``url``, ``source``; other keys are ignored. Blank lines are skipped. A record
    without an id gets ``<file stem>-<line>``.
``-``
    Standard input, read as plain text (one article, id ``stdin``) or as JSON Lines; with
    ``stdin_format="auto"`` it is JSON Lines when its first non-blank line starts with ``{``.

Problems (an undecodable file, a malformed line, a record without text, a duplicate id) are
:class:`~newsevents.InputError`\ s whose message starts with ``FILE:LINE:``. Readers raise
them, or, given ``on_error``, pass them to it and go on with the next article.

>>> import io
>>> records = io.BytesIO(b'{"id": "a", "text": "Kerry met Li."}\n{"id": "b"}\n')
>>> problems = []
>>> [a.id for a in read_jsonl(records, on_error=problems.append)]
['a']
>>> print(problems[0])
<stream>:2: record has no 'text'
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any, Literal

import attrs

from newsevents.errors import InputError
from newsevents.serialize import DEFAULT_MAX_LINE_BYTES, iter_lines

__all__ = [
    "JSONL_SUFFIXES",
    "STDIN",
    "Article",
    "ErrorHandler",
    "StdinFormat",
    "article_from_mapping",
    "parse_header",
    "read_articles",
    "read_folder",
    "read_jsonl",
    "read_stream",
    "read_text",
    "sniff_stream",
]

#: The input name that stands for standard input.
STDIN = "-"

#: Files with these suffixes hold JSON Lines records; other files are plain text.
JSONL_SUFFIXES = (".jsonl", ".ndjson")

#: Receives a problem instead of having it raised.
ErrorHandler = Callable[[InputError], None]

StdinFormat = Literal["auto", "text", "jsonl"]

_HEADER = re.compile(r"[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})(?:[ \t]|\r?\n|\Z)")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_ABSOLUTE_URI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:\S*")
# A lone surrogate, which no Unicode text holds (JSON may escape one: "\\ud800").
LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_BOM = "\ufeff"
_METADATA = ("date", "title", "url", "source")


def _check_date(instance: object, attribute: attrs.Attribute[str | None], value: Any) -> None:
    if value is None:
        return
    if not isinstance(value, str) or not _is_iso_date(value):
        raise ValueError(f"{attribute.name} must be a date written YYYY-MM-DD, got {value!r}")


def _is_iso_date(value: str) -> bool:
    if not _ISO_DATE.fullmatch(value):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _check_url(instance: object, attribute: attrs.Attribute[str | None], value: Any) -> None:
    if value is None:
        return
    if not isinstance(value, str) or not _ABSOLUTE_URI.fullmatch(value):
        raise ValueError(f"{attribute.name} must be an absolute URI without spaces, got {value!r}")


def _non_empty_str(instance: object, attribute: attrs.Attribute[str], value: Any) -> None:
    if not isinstance(value, str) or not value:
        raise ValueError(f"{attribute.name} must be a non-empty string, got {value!r}")


_optional_str = attrs.validators.optional(attrs.validators.instance_of(str))


@attrs.frozen(kw_only=True)
class Article:
    """One article to annotate: its id, text and metadata, and where it was read from.

    ``origin`` (a file name, or ``<stdin>``) and ``line`` (for JSON Lines records) only serve
    messages about the article; they do not reach the annotation.

    >>> article = Article(id="kerry", text="Kerry met Li.", date="2023-07-19")
    >>> article.where
    'kerry'
    >>> Article(id="x", text="", date="19 July 2023")
    Traceback (most recent call last):
    ...
    ValueError: date must be a date written YYYY-MM-DD, got '19 July 2023'
    """

    id: str = attrs.field(validator=_non_empty_str)
    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    date: str | None = attrs.field(default=None, validator=_check_date)
    title: str | None = attrs.field(default=None, validator=_optional_str)
    url: str | None = attrs.field(default=None, validator=_check_url)
    source: str | None = attrs.field(default=None, validator=_optional_str)
    origin: str | None = attrs.field(default=None, eq=False)
    line: int | None = attrs.field(default=None, eq=False)

    @property
    def where(self) -> str:
        """``FILE:LINE``, ``FILE``, or the id when the article was not read from a file."""
        if self.origin is None:
            return self.id
        return self.origin if self.line is None else f"{self.origin}:{self.line}"


def parse_header(text: str) -> tuple[str | None, str]:
    r"""Split an optional leading ``date YYYY-MM-DD`` header from ``text``.

    Returns ``(date, body)``; without a header (or with an impossible date) the date is
    ``None`` and the body is ``text`` unchanged. The single space or line break that ends
    the header is not part of the body.

    >>> parse_header(" date 2023-07-19 During a meeting")
    ('2023-07-19', 'During a meeting')
    >>> parse_header("date 2023-07-19\nKerry met Li.")
    ('2023-07-19', 'Kerry met Li.')
    >>> parse_header("Kerry met Li.")
    (None, 'Kerry met Li.')
    """
    match = _HEADER.match(text)
    if match is None or not _is_iso_date(match.group(1)):
        return None, text
    return match.group(1), text[match.end() :]


def _decode(data: bytes, name: str) -> str:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from None
    return text.removeprefix(_BOM)


def _text_article(data: bytes, *, id: str, name: str) -> Article:
    date, body = parse_header(_decode(data, name))
    return Article(id=id, text=body, date=date, origin=name)


def read_text(path: str | os.PathLike[str], *, id: str | None = None) -> Article:
    """Read one plain-text article; its id is the file name without suffix unless given.

    Raises :class:`~newsevents.InputError` when the file cannot be read or is not UTF-8.

    >>> article = read_text("seeds/000_0f433a46f915af16.txt")
    >>> article.id, article.date, article.text[:6]
    ('000_0f433a46f915af16', '2023-07-19', 'During')
    """
    name = os.fspath(path)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise InputError(f"{name}: cannot read: {exc.strerror or exc}") from None
    return _text_article(data, id=id if id is not None else Path(path).stem, name=name)


def _report(error: InputError, on_error: ErrorHandler | None) -> None:
    if on_error is None:
        raise error
    on_error(error)


def read_folder(
    folder: str | os.PathLike[str],
    *,
    recursive: bool = False,
    on_error: ErrorHandler | None = None,
) -> Iterator[Article]:
    """Read the ``.txt`` files of ``folder`` in sorted order, one article each.

    Hidden files and folders are skipped. With ``recursive=True`` sub-folders are read too,
    and an article's id is its path below ``folder`` without suffix, so ids stay unique.

    >>> [article.id for article in read_folder("seeds")]
    ['000_0f433a46f915af16']
    """
    root = Path(folder)
    for path in _text_files(root, recursive, on_error):
        relative = path.relative_to(root).with_suffix("")
        try:
            yield read_text(path, id=relative.as_posix())
        except InputError as error:
            _report(error, on_error)


def _text_files(
    root: Path, recursive: bool, on_error: ErrorHandler | None, visited: set[Path] | None = None
) -> Iterator[Path]:
    # Folders already read (by their real path): a symbolic link back up is not followed.
    visited = set() if visited is None else visited
    visited.add(root.resolve())
    try:
        entries = sorted(entry for entry in root.iterdir() if not entry.name.startswith("."))
    except OSError as exc:
        _report(InputError(f"{root}: cannot list the folder: {exc.strerror or exc}"), on_error)
        return
    for entry in entries:
        if entry.is_dir():
            if recursive and entry.resolve() not in visited:
                yield from _text_files(entry, recursive, on_error, visited)
        elif entry.suffix == ".txt":
            yield entry


def article_from_mapping(record: Mapping[str, Any], *, default_id: str) -> Article:
    """Build an :class:`Article` from a mapping with ``text`` and optional metadata.

    ``id`` may be a string or an integer (written in decimal); without one the article gets
    ``default_id``. Keys other than ``id``, ``text``, ``date``, ``title``, ``url`` and
    ``source`` are ignored. Raises :class:`~newsevents.InputError` on a missing or
    non-string text, a bad id, or a metadata value of the wrong type.

    >>> article_from_mapping({"id": 7, "text": "Hi", "lang": "en"}, default_id="x").id
    '7'
    >>> article_from_mapping({"text": 3}, default_id="x")
    Traceback (most recent call last):
    ...
    newsevents.errors.InputError: 'text' must be a string, got int
    """
    if "text" not in record:
        raise InputError("record has no 'text'")
    text = record["text"]
    if not isinstance(text, str):
        raise InputError(f"'text' must be a string, got {type(text).__name__}")
    identifier = record.get("id")
    if identifier is None:
        identifier = default_id
    elif isinstance(identifier, int) and not isinstance(identifier, bool):
        identifier = str(identifier)
    elif not isinstance(identifier, str) or not identifier:
        raise InputError(f"'id' must be a non-empty string or an integer, got {identifier!r}")
    metadata: dict[str, str] = {}
    for key in _METADATA:
        value = record.get(key)
        if value is None:
            continue
        if not isinstance(value, str):
            raise InputError(f"{key!r} must be a string, got {type(value).__name__}")
        metadata[key] = value
    for key, value in (("text", text), ("id", identifier), *metadata.items()):
        if LONE_SURROGATE.search(value):
            raise InputError(f"{key!r} holds a lone surrogate (\\ud800-\\udfff): not Unicode text")
    try:
        return Article(
            id=identifier,
            text=text,
            date=metadata.get("date"),
            title=metadata.get("title"),
            url=metadata.get("url"),
            source=metadata.get("source"),
        )
    except (TypeError, ValueError) as exc:
        raise InputError(str(exc)) from None


def _records(
    lines: Iterable[tuple[int, bytes | None]],
    name: str,
    stem: str,
    seen: set[str],
    on_error: ErrorHandler | None,
    max_line_bytes: int,
) -> Iterator[Article]:
    for number, raw in lines:
        try:
            if raw is None:
                raise InputError(f"line longer than {max_line_bytes} bytes, not read")
            if not raw.strip():
                continue
            try:
                record = json.loads(raw)
            except UnicodeDecodeError as exc:
                raise InputError(f"not UTF-8 text: {exc.reason}") from None
            except ValueError as exc:
                raise InputError(f"malformed JSON: {exc}") from None
            except RecursionError:
                raise InputError("malformed JSON: nested too deeply") from None
            if not isinstance(record, dict):
                raise InputError(f"expected a JSON object, got {type(record).__name__}")
            article = article_from_mapping(record, default_id=f"{stem}-{number}")
            _claim(article.id, seen)
        except InputError as exc:
            _report(InputError(f"{name}:{number}: {exc}"), on_error)
            continue
        yield attrs.evolve(article, origin=name, line=number)


def _claim(identifier: str, seen: set[str]) -> None:
    if identifier in seen:
        raise InputError(f"duplicate id {identifier!r}: an earlier article has it")
    seen.add(identifier)


def read_jsonl(
    source: str | os.PathLike[str] | IO[bytes],
    *,
    on_error: ErrorHandler | None = None,
    max_line_bytes: int = DEFAULT_MAX_LINE_BYTES,
) -> Iterator[Article]:
    """Read article records from a JSON Lines file or binary stream, one line at a time.

    A malformed line, a record without a string ``text``, a bad metadata value or an id seen
    before is an :class:`~newsevents.InputError` naming the file and line; with ``on_error``
    the record is reported and skipped, and reading goes on.

    >>> import io
    >>> [a.text for a in read_jsonl(io.BytesIO(b'{"text": "Kerry met Li."}'))]
    ['Kerry met Li.']
    """
    return _jsonl_articles(source, set(), on_error, max_line_bytes)


def _jsonl_articles(
    source: str | os.PathLike[str] | IO[bytes],
    seen: set[str],
    on_error: ErrorHandler | None,
    max_line_bytes: int,
) -> Iterator[Article]:
    if not isinstance(source, str | os.PathLike):
        name = str(getattr(source, "name", "<stream>"))
        lines = iter_lines(source, max_line_bytes)
        yield from _records(lines, name, Path(name).stem, seen, on_error, max_line_bytes)
        return
    name = os.fspath(source)
    try:
        stream = open(source, "rb")  # noqa: SIM115 - closed by the with below
    except OSError as exc:
        _report(InputError(f"{name}: cannot read: {exc.strerror or exc}"), on_error)
        return
    with stream:
        lines = iter_lines(stream, max_line_bytes)
        yield from _records(lines, name, Path(name).stem, seen, on_error, max_line_bytes)


def read_stream(
    stream: IO[bytes],
    *,
    format: StdinFormat = "auto",
    name: str = "<stdin>",
    id: str = "stdin",
    on_error: ErrorHandler | None = None,
    max_line_bytes: int = DEFAULT_MAX_LINE_BYTES,
) -> Iterator[Article]:
    r"""Read standard input (or any binary stream): one plain-text article, or JSON Lines.

    ``format="auto"`` reads JSON Lines when the first non-blank line starts with ``{``, plain
    text otherwise. Plain text may start with the ``date`` header, and gets the id ``id``;
    a record without an id gets ``<id>-<line>``.

    >>> import io
    >>> [a.date for a in read_stream(io.BytesIO(b" date 2023-07-19 Kerry met Li."))]
    ['2023-07-19']
    >>> [a.id for a in read_stream(io.BytesIO(b'\n{"id": "k", "text": "Kerry met Li."}\n'))]
    ['k']
    """
    return _stream_articles(stream, format, name, id, set(), on_error, max_line_bytes)


def sniff_stream(
    stream: IO[bytes], *, max_line_bytes: int = DEFAULT_MAX_LINE_BYTES
) -> tuple[Literal["text", "jsonl"], IO[bytes]]:
    r"""Tell whether ``stream`` holds JSON Lines or plain text, without losing a byte of it.

    It is JSON Lines when its first non-blank line starts with ``{``. Returns the verdict and
    a stream that gives everything ``stream`` held, from its first byte (the lines read to
    decide are replayed).

    >>> import io
    >>> format, stream = sniff_stream(io.BytesIO(b'\n {"text": "Hi"}\n'))
    >>> format, stream.read()
    ('jsonl', b'\n {"text": "Hi"}\n')
    """
    head: list[bytes] = []
    while line := stream.readline(max_line_bytes):
        head.append(line)
        if line.strip():
            break
    first = head[-1].lstrip() if head else b""
    format: Literal["text", "jsonl"] = "jsonl" if first.startswith(b"{") else "text"
    return format, io.BufferedReader(_Replay(b"".join(head), stream))


class _Replay(io.RawIOBase):
    """A raw stream that gives ``head`` and then the rest of ``stream``."""

    def __init__(self, head: bytes, stream: IO[bytes]) -> None:
        super().__init__()
        self._head = head
        self._stream = stream
        self.name = getattr(stream, "name", "<stream>")

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        if self._head:
            size = min(len(view), len(self._head))
            view[:size] = self._head[:size]
            self._head = self._head[size:]
            return size
        read1 = getattr(self._stream, "read1", self._stream.read)
        data = read1(len(view))
        view[: len(data)] = data
        return len(data)


def _stream_articles(
    stream: IO[bytes],
    format: StdinFormat,
    name: str,
    id: str,
    seen: set[str],
    on_error: ErrorHandler | None,
    max_line_bytes: int,
) -> Iterator[Article]:
    if format == "auto":
        format, stream = sniff_stream(stream, max_line_bytes=max_line_bytes)
    if format == "jsonl":
        lines = iter_lines(stream, max_line_bytes)
        yield from _records(lines, name, id, seen, on_error, max_line_bytes)
        return
    try:
        article = _text_article(stream.read(), id=id, name=name)
        _claim(article.id, seen)
    except InputError as error:
        _report(error, on_error)
        return
    yield article


def read_articles(
    inputs: Iterable[str | os.PathLike[str]],
    *,
    recursive: bool = False,
    stdin: IO[bytes] | None = None,
    stdin_format: StdinFormat = "auto",
    on_error: ErrorHandler | None = None,
    max_line_bytes: int = DEFAULT_MAX_LINE_BYTES,
) -> Iterator[Article]:
    """Read the articles of several inputs in turn: files, folders, ``.jsonl`` files, ``-``.

    A path ending in ``.jsonl`` or ``.ndjson`` holds records, a folder holds ``.txt`` files,
    ``-`` is ``stdin`` (default: the process's standard input) and any other path is one
    plain-text article. Ids must be unique across all inputs: a later article with an id
    seen before is reported and skipped.

    >>> [article.id for article in read_articles(["seeds", "seeds"], on_error=print)]
    seeds/000_0f433a46f915af16.txt: duplicate id '000_0f433a46f915af16': an earlier article has it
    ['000_0f433a46f915af16']
    """
    seen: set[str] = set()
    for item in inputs:
        name = os.fspath(item)
        if name == STDIN:
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from _stream_articles(
                stream, stdin_format, "<stdin>", "stdin", seen, on_error, max_line_bytes
            )
        elif Path(name).is_dir():
            articles = read_folder(name, recursive=recursive, on_error=on_error)
            yield from _unique(articles, seen, on_error)
        elif name.endswith(JSONL_SUFFIXES):
            yield from _jsonl_articles(name, seen, on_error, max_line_bytes)
        else:
            try:
                article = read_text(name)
            except InputError as error:
                _report(error, on_error)
                continue
            yield from _unique([article], seen, on_error)


def _unique(
    articles: Iterable[Article], seen: set[str], on_error: ErrorHandler | None
) -> Iterator[Article]:
    for article in articles:
        try:
            _claim(article.id, seen)
        except InputError as exc:
            _report(InputError(f"{article.where}: {exc}"), on_error)
            continue
        yield article
