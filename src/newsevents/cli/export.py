"""``newsevents export``: flat tables (CSV or JSON Lines) from annotation files.

Reads ``.json`` files (one document) and ``.jsonl`` files (one document a line, ``-`` for
standard input) as a stream, and writes one row per actor, meeting, statement or topic (see
:mod:`newsevents.tables`). A document that cannot be read is reported as ``FILE:LINE: ...``
and skipped; the rest is written and the exit code is 1. The output file is written to a
temporary file beside it and renamed at the end: it is complete or absent.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from newsevents._atomic import AtomicFile
from newsevents.cli import EXIT_INVALID, EXIT_OK
from newsevents.errors import DocumentError, InputError, JSONLineError
from newsevents.model import Document
from newsevents.serialize import DEFAULT_MAX_LINE_BYTES, loads, read_jsonl
from newsevents.tables import COLUMNS, TABLES, Table, rows

__all__ = ["add_parser", "check_inputs", "iter_documents", "run", "write_atomically"]

_JSONL_SUFFIXES = (".jsonl", ".ndjson")
_SUFFIXES = (".json", *_JSONL_SUFFIXES)


class Problems:
    """Prints problems with input documents on stderr and counts them."""

    def __init__(self) -> None:
        self.count = 0

    def report(self, where: str, problems: Sequence[str]) -> None:
        """Print each problem as ``WHERE: problem``."""
        self.count += 1
        for problem in problems:
            print(f"{where}: {problem}", file=sys.stderr)

    def line_error(self, error: JSONLineError) -> None:
        """Report a bad line of a JSON Lines file (the ``on_error`` of ``read_jsonl``)."""
        self.report(error.source or "<jsonl>", error.problems)


def check_inputs(inputs: Sequence[str]) -> None:
    """Raise :class:`~newsevents.InputError` unless every input is a readable annotation file.

    Checked before anything is written, so that a typo costs no output.
    """
    for name in inputs:
        if name == "-":
            continue
        path = Path(name)
        if path.suffix not in _SUFFIXES:
            raise InputError(f"{name}: expected a .json, .jsonl or .ndjson annotation file")
        if not path.is_file():
            raise InputError(f"{name}: no such file")
        if not os.access(path, os.R_OK):
            raise InputError(f"{name}: permission denied")


def iter_documents(
    inputs: Sequence[str], problems: Problems, *, max_bytes: int = DEFAULT_MAX_LINE_BYTES
) -> Iterator[Document]:
    """Yield the documents of ``.json``/``.jsonl`` files lazily; report and skip bad ones."""
    for name in inputs:
        if name == "-":
            yield from read_jsonl(
                sys.stdin.buffer, on_error=problems.line_error, max_line_bytes=max_bytes
            )
        elif name.endswith(_JSONL_SUFFIXES):
            yield from read_jsonl(name, on_error=problems.line_error, max_line_bytes=max_bytes)
        else:
            document = _read_json(name, problems, max_bytes)
            if document is not None:
                yield document


def _read_json(name: str, problems: Problems, max_bytes: int) -> Document | None:
    with open(name, "rb") as stream:
        # Read at most one byte over the limit: a huge file is refused, not swallowed.
        data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        problems.report(name, [f"$: file longer than {max_bytes} bytes, not read"])
        return None
    try:
        return loads(data)
    except DocumentError as exc:
        problems.report(name, exc.problems)
        return None


def write_atomically(output: str | None, write: Callable[[IO[str]], None]) -> None:
    """Call ``write`` with a text stream for ``output`` (``None`` or ``-``: standard output).

    A file is written beside its final name and renamed into place once complete.
    """
    if output is None or output == "-":
        write(sys.stdout)
        sys.stdout.flush()
        return
    with AtomicFile(output) as raw, io.TextIOWrapper(raw, encoding="utf-8", newline="") as text:
        write(text)


def _write_csv(table_rows: Iterable[dict[str, Any]], table: Table, stream: IO[str]) -> int:
    writer = csv.DictWriter(stream, fieldnames=COLUMNS[table], lineterminator="\n")
    writer.writeheader()
    count = 0
    for row in table_rows:
        writer.writerow(row)
        count += 1
    return count


def _write_jsonl(table_rows: Iterable[dict[str, Any]], stream: IO[str]) -> int:
    count = 0
    for row in table_rows:
        stream.write(json.dumps(row, ensure_ascii=False))
        stream.write("\n")
        count += 1
    return count


def run(args: argparse.Namespace) -> int:
    """Export one table of the input documents; return the exit code."""
    check_inputs(args.inputs)
    problems = Problems()
    documents = iter_documents(args.inputs, problems)
    table: Table = args.table
    written = 0

    def write(stream: IO[str]) -> None:
        nonlocal written
        table_rows = rows(documents, table)
        if args.format == "csv":
            written = _write_csv(table_rows, table, stream)
        else:
            written = _write_jsonl(table_rows, stream)

    write_atomically(args.output, write)
    target = args.output if args.output not in (None, "-") else "standard output"
    skipped = f", {problems.count} input(s) skipped" if problems.count else ""
    print(f"newsevents export: {written} {table} row(s) to {target}{skipped}", file=sys.stderr)
    return EXIT_INVALID if problems.count else EXIT_OK


def add_parser(subparsers: Any) -> None:
    """Add the ``export`` sub-command."""
    parser = subparsers.add_parser(
        "export",
        help="write one table (actors, meetings, statements, topics) as CSV or JSON Lines",
        description=(
            "Write one row per annotation of the chosen table, read from annotation files "
            "(.json, .jsonl, or - for JSON Lines on standard input). Bad documents are "
            "reported as FILE:LINE and skipped (exit code 1)."
        ),
    )
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help=".json or .jsonl files, or -")
    parser.add_argument("--table", required=True, choices=TABLES, help="which table to write")
    parser.add_argument(
        "--format", choices=("csv", "jsonl"), default="csv", help="output format (default: csv)"
    )
    parser.add_argument(
        "-o", "--output", metavar="OUT", help="output file (default: standard output)"
    )
    parser.set_defaults(func=run)
