"""``newsevents export``: flat tables (CSV or JSON Lines) from annotation files.

Reads ``.json`` files (one document) and ``.jsonl`` files (one document a line, ``-`` for
standard input) as a stream, and writes one row per actor, meeting, statement or topic (see
:mod:`newsevents.tables`). A document that cannot be read is reported as ``FILE:LINE: ...``
and skipped; the rest is written and the exit code is 1. The output file is written to a
temporary file beside it and renamed at the end: it is complete or absent.

``--escape-formulas`` (CSV only) puts a ``'`` before every cell that a spreadsheet program
would take for a formula (one starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return), as OWASP advises for CSV files opened in spreadsheets. It changes those cells, so
leave it off for files read back by pandas or other programs.
"""

from __future__ import annotations

import argparse
import csv
import json
from collections.abc import Iterable
from typing import IO, Any

from newsevents.cli._files import Problems, check_inputs, iter_documents, write_atomically
from newsevents.errors import InputError
from newsevents.tables import COLUMNS, TABLES, Table, rows

__all__ = ["add_parser", "run"]


#: What a spreadsheet program may read as the start of a formula.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _escape_formula(value: Any) -> Any:
    """Put ``'`` before a text that a spreadsheet would take for a formula.

    >>> _escape_formula("=SUM(A1:A3)"), _escape_formula("-5 degrees"), _escape_formula(3)
    ("'=SUM(A1:A3)", "'-5 degrees", 3)
    >>> _escape_formula("Kerry")
    'Kerry'
    """
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def _write_csv(
    table_rows: Iterable[dict[str, Any]], table: Table, stream: IO[str], *, escape: bool
) -> int:
    writer = csv.DictWriter(stream, fieldnames=COLUMNS[table], lineterminator="\n")
    writer.writeheader()
    count = 0
    for row in table_rows:
        if escape:
            row = {column: _escape_formula(value) for column, value in row.items()}
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
    if args.escape_formulas and args.format != "csv":
        raise InputError("--escape-formulas applies to --format csv only")
    problems = Problems()
    documents = iter_documents(args.inputs, problems)
    table: Table = args.table
    written = 0

    def write(stream: IO[str]) -> None:
        nonlocal written
        table_rows = rows(documents, table)
        if args.format == "csv":
            written = _write_csv(table_rows, table, stream, escape=args.escape_formulas)
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
        "--escape-formulas",
        action="store_true",
        help="put ' before CSV cells a spreadsheet would take for a formula (=, +, -, @)",
    )
    parser.add_argument(
        "-o", "--output", metavar="OUT", help="output file (default: standard output)"
    )
    parser.set_defaults(func=run)
