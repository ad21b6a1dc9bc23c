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
import json
from collections.abc import Iterable
from typing import IO, Any

from newsevents.cli._files import Problems, check_inputs, iter_documents, write_atomically
from newsevents.tables import COLUMNS, TABLES, Table, rows

__all__ = ["add_parser", "run"]


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
    return problems.finish("export", f"{written} {table} row(s)", args.output)


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
