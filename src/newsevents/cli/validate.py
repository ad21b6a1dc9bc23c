"""``newsevents validate FILE...``: check annotation files against the schema and their text.

Each ``FILE`` is a ``.json`` file (one document), a ``.jsonl`` file (one document a line,
read a line at a time so that files of any size fit in memory: only document ids are
kept), or ``-`` for standard input (JSON Lines, or one JSON document spread over several
lines). Every problem is printed on standard output as ``FILE:LINE: JSON-PATH: message``;
``LINE`` is the line of the record in a ``.jsonl`` file and the line where the offending
value starts in a ``.json`` file. A document whose ``id`` an earlier document of the same
call already has (in the same ``.jsonl`` file or in another file) is reported at its
``$.id``, with where the id was first seen. A summary (``N documents, M invalid``) goes to
standard error.

Exit code: ``0`` every document is valid, ``1`` some are invalid (or a line is not JSON),
``2`` a file cannot be read at all (the other files are still checked).
"""

from __future__ import annotations

import argparse
import bisect
import contextlib
import json
import re
import sys
from collections.abc import Iterable, Iterator
from typing import IO, Any, TextIO

import attrs

from newsevents.cli import EXIT_INVALID, EXIT_OK, EXIT_USAGE
from newsevents.reader import JSONL_SUFFIXES
from newsevents.serialize import DEFAULT_MAX_LINE_BYTES, iter_lines
from newsevents.validation import Problem, _string_id, validate

__all__ = ["add_parser", "run"]

_JSON_SUFFIXES = (".json",)
_STDIN = "-"
_STDIN_NAME = "<stdin>"
# json gives up on deep nesting ([[[[...) with RecursionError, not a decode error.
_TOO_DEEP = Problem("$", "malformed JSON: nested too deeply")


def add_parser(subparsers: Any) -> None:
    """Add the ``validate`` sub-command to ``subparsers``."""
    parser = subparsers.add_parser(
        "validate",
        help="check annotation files against the JSON Schema and their text",
        description=(
            "Check annotation files: the JSON Schema, then that every span repeats the text at "
            "its offsets, that ids are unique and that references point to existing "
            "annotations of the right type, and that no two documents of the files share an "
            "id. Prints every problem as FILE:LINE: JSON-PATH: message. Exit code 0 when all "
            "documents are valid, 1 when some are not, 2 when a file cannot be read."
        ),
    )
    parser.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help=".json (one document), .jsonl (one document a line), or - for standard input",
    )
    parser.add_argument(
        "-q", "--quiet", action="store_true", help="print nothing; only the exit code tells"
    )
    parser.set_defaults(func=run)


@attrs.define
class _Report:
    """Counts documents and prints problems as they are found."""

    quiet: bool
    documents: int = 0
    invalid: int = 0
    unreadable: int = 0
    # Where each document id was first seen, across all the files of the call. Memory grows
    # by one small entry a document (its id, a file name shared by all its lines, a line
    # number), never with the size of the documents.
    first_seen: dict[str, tuple[str, int]] = attrs.Factory(dict)

    def duplicate_id(self, document_id: str, name: str, line: int) -> Problem | None:
        """Remember where ``document_id`` is; return a problem if it was seen before."""
        first = self.first_seen.get(document_id)
        if first is None:
            self.first_seen[document_id] = (name, line)
            return None
        first_name, first_line = first
        return Problem(
            "$.id",
            f"duplicate document id {document_id!r} (first on {first_name}:{first_line})",
        )

    def document(self, name: str, problems: Iterable[tuple[int, Problem]]) -> None:
        self.documents += 1
        found = False
        for line, problem in problems:
            found = True
            if not self.quiet:
                _print(f"{name}:{line}: {problem.path}: {problem.message}", sys.stdout)
        if found:
            self.invalid += 1

    def cannot_read(self, name: str, reason: str) -> None:
        self.unreadable += 1
        if not self.quiet:
            _print(f"newsevents validate: error: {name}: {reason}", sys.stderr)

    def summary(self) -> None:
        if self.quiet:
            return
        documents = "document" if self.documents == 1 else "documents"
        text = f"{self.documents} {documents}, {self.invalid} invalid"
        if self.unreadable:
            files = "file" if self.unreadable == 1 else "files"
            text += f", {self.unreadable} {files} not read"
        print(text, file=sys.stderr)

    def exit_code(self) -> int:
        if self.unreadable:
            return EXIT_USAGE
        return EXIT_INVALID if self.invalid else EXIT_OK


def _print(line: str, stream: TextIO) -> None:
    """Print ``line``, escaping what the stream's encoding cannot show (an ASCII terminal)."""
    try:
        print(line, file=stream)
    except UnicodeEncodeError:
        encoding = stream.encoding or "ascii"
        print(line.encode(encoding, "backslashreplace").decode(encoding), file=stream)


def run(args: argparse.Namespace) -> int:
    """Validate every file of ``args.files``; return the exit code."""
    report = _Report(quiet=args.quiet)
    for name in args.files:
        if name == _STDIN:
            _check_stdin(report)
            continue
        lowered = name.lower()
        if not lowered.endswith(_JSON_SUFFIXES + JSONL_SUFFIXES):
            report.cannot_read(name, "unknown file type (expected .json or .jsonl)")
            continue
        try:
            with open(name, "rb") as stream:
                if lowered.endswith(JSONL_SUFFIXES):
                    _check_jsonl(name, stream, report)
                else:
                    _check_json_stream(name, b"", stream, report)
        except OSError as exc:
            report.cannot_read(name, f"cannot read: {exc.strerror or exc}")
    report.summary()
    return report.exit_code()


def _check_stdin(report: _Report) -> None:
    """Check standard input: JSON Lines, or one JSON document running over several lines.

    A first line that opens a value without closing it starts a multi-line document, unless
    the next non-blank line is a complete JSON value on its own: then the input is JSON Lines
    whose first record is broken, and every other record is still checked.
    """
    stream = sys.stdin.buffer
    lines = iter_lines(stream, DEFAULT_MAX_LINE_BYTES)
    for number, raw in lines:
        if raw is not None and not raw.strip():
            continue
        if raw is not None and _starts_multiline_document(raw):
            _check_stdin_after_open_line(number, raw, lines, stream, report)
            return
        _check_line(_STDIN_NAME, number, raw, report)
        break
    _check_lines(_STDIN_NAME, lines, report)


def _check_stdin_after_open_line(
    number: int,
    raw: bytes,
    lines: Iterator[tuple[int, bytes | None]],
    stream: IO[bytes],
    report: _Report,
) -> None:
    """Tell a multi-line document from JSON Lines with a broken first record, and check it."""
    read: list[tuple[int, bytes | None]] = [(number, raw)]
    for later, line in lines:
        read.append((later, line))
        if line is not None and not line.strip():
            continue
        if line is not None and _is_complete_json(line):
            for seen, seen_raw in read:
                _check_line(_STDIN_NAME, seen, seen_raw, report)
            _check_lines(_STDIN_NAME, lines, report)
            return
        break
    if any(line is None for _, line in read):
        problem = Problem("$", f"document longer than {DEFAULT_MAX_LINE_BYTES} bytes, not read")
        report.document(_STDIN_NAME, [(number, problem)])
        return
    head = b"\n" * (number - 1) + b"".join(line for _, line in read if line is not None)
    _check_json_stream(_STDIN_NAME, head, stream, report)


def _is_complete_json(raw: bytes) -> bool:
    """Whether ``raw`` holds one whole JSON value."""
    try:
        json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError, RecursionError):
        return False
    return True


def _starts_multiline_document(raw: bytes) -> bool:
    """Whether ``raw`` is the start of a JSON value that goes on past the end of the line."""
    try:
        json.loads(raw)
    except json.JSONDecodeError as exc:
        return exc.pos >= len(exc.doc.rstrip())
    except (UnicodeDecodeError, RecursionError):
        return False
    return False


def _check_jsonl(name: str, stream: IO[bytes], report: _Report) -> None:
    _check_lines(name, iter_lines(stream, DEFAULT_MAX_LINE_BYTES), report)


def _check_lines(name: str, lines: Iterator[tuple[int, bytes | None]], report: _Report) -> None:
    for number, raw in lines:
        _check_line(name, number, raw, report)


def _check_line(name: str, number: int, raw: bytes | None, report: _Report) -> None:
    if raw is None:
        problem = Problem("$", f"line longer than {DEFAULT_MAX_LINE_BYTES} bytes, not read")
        report.document(name, [(number, problem)])
        return
    if not raw.strip():
        return
    try:
        data = json.loads(raw.rstrip(b"\r\n"))
    except UnicodeDecodeError as exc:
        problem = Problem("$", f"not UTF-8 text: {exc.reason} at byte {exc.start + 1}")
        report.document(name, [(number, problem)])
        return
    except json.JSONDecodeError as exc:
        problem = Problem("$", _malformed(exc))
        report.document(name, [(number, problem)])
        return
    except RecursionError:
        report.document(name, [(number, _TOO_DEEP)])
        return
    problems = [(number, problem) for problem in validate(data)]
    document_id = _string_id(data)
    if document_id is not None:
        duplicate = report.duplicate_id(document_id, name, number)
        if duplicate is not None:
            problems.append((number, duplicate))
    report.document(name, problems)


def _malformed(error: json.JSONDecodeError) -> str:
    # "Unterminated string starting at" is the one json message that ends in "at".
    return f"malformed JSON: {error.msg.removesuffix(' at')} at column {error.colno}"


def _check_json_stream(name: str, head: bytes, stream: IO[bytes], report: _Report) -> None:
    """Check one JSON document: ``head`` and the rest of ``stream``, refused if too long."""
    # Read at most one byte over the limit: a huge file is refused, not swallowed whole.
    raw = head + stream.read(max(DEFAULT_MAX_LINE_BYTES + 1 - len(head), 0))
    if len(raw) > DEFAULT_MAX_LINE_BYTES:
        problem = Problem("$", f"document longer than {DEFAULT_MAX_LINE_BYTES} bytes, not read")
        report.document(name, [(1, problem)])
        return
    _check_json(name, raw, report)


def _check_json(name: str, raw: bytes, report: _Report) -> None:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        problem = Problem("$", f"not UTF-8 text: {exc.reason} at byte {exc.start + 1}")
        report.document(name, [(line, problem)])
        return
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        problem = Problem("$", _malformed(exc))
        report.document(name, [(exc.lineno, problem)])
        return
    except RecursionError:
        report.document(name, [(1, _TOO_DEEP)])
        return
    problems = validate(data)
    document_id = _string_id(data)
    if not problems and document_id is None:
        report.document(name, [])
        return
    finder = _LineFinder(text)
    found = [(finder.line(problem.path), problem) for problem in problems]
    if document_id is not None:
        line = finder.line("$.id")
        duplicate = report.duplicate_id(document_id, name, line)
        if duplicate is not None:
            found.append((line, duplicate))
    report.document(name, found)


_WHITESPACE = re.compile(r"[ \t\n\r]*")
_PATH_PART = re.compile(r"\.([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]|\['((?:[^'\\]|\\.)*)'\]")

_Path = tuple[str | int, ...]


class _LineFinder:
    """Finds the line where the value at a JSON path starts in a (valid) JSON text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts: dict[_Path, int] = {}
        self.newlines = [match.start() for match in re.finditer("\n", text)]
        # On a surprise keep what was found: the rest falls back to an enclosing value.
        with contextlib.suppress(RecursionError, ValueError, IndexError):
            self._value(0, ())

    def line(self, json_path: str) -> int:
        """Return the line of the value at ``json_path`` (or of the nearest enclosing value)."""
        path = _parse_path(json_path)
        while path not in self.starts and path:
            path = path[:-1]
        offset = self.starts.get(path, 0)
        return bisect.bisect_left(self.newlines, offset) + 1

    def _skip(self, index: int) -> int:
        match = _WHITESPACE.match(self.text, index)
        return match.end() if match else index

    def _value(self, index: int, path: _Path) -> int:
        """Record where the value at ``path`` starts; return the offset just past it."""
        text = self.text
        index = self._skip(index)
        self.starts[path] = index
        if text[index] == "{":
            index = self._skip(index + 1)
            while text[index] != "}":
                key, index = _DECODER.raw_decode(text, index)
                index = self._skip(index) + 1  # past the colon
                index = self._skip(self._value(index, (*path, key)))
                if text[index] == ",":
                    index = self._skip(index + 1)
            return index + 1
        if text[index] == "[":
            index = self._skip(index + 1)
            position = 0
            while text[index] != "]":
                index = self._skip(self._value(index, (*path, position)))
                position += 1
                if text[index] == ",":
                    index += 1
            return index + 1
        _, end = _DECODER.raw_decode(text, index)
        return end


_DECODER = json.JSONDecoder()


def _parse_path(json_path: str) -> _Path:
    """``$.actors[0].mentions`` -> ``("actors", 0, "mentions")``."""
    parts: list[str | int] = []
    for name, index, quoted in _PATH_PART.findall(json_path.removeprefix("$")):
        if index:
            parts.append(int(index))
        else:
            parts.append(name or quoted)
    return tuple(parts)
