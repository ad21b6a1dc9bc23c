"""``newsevents render``: an HTML page showing annotated documents, for checking them by eye.

Every document of every input goes into one self-contained page, one section per document,
in input order (see :mod:`newsevents.render`). Documents are read and written as a stream.
A document that cannot be read is reported as ``FILE:LINE: ...`` and skipped (exit code 1);
when no document at all can be read, no page is written. The page is written beside its
final name and renamed into place at the end: it is complete or absent.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from itertools import chain
from typing import IO, Any

from newsevents.cli import EXIT_INVALID
from newsevents.cli._files import Problems, check_inputs, iter_documents, write_atomically
from newsevents.model import Document
from newsevents.render import render_page

__all__ = ["add_parser", "run"]


class _NothingToRender(Exception):
    """Raised inside the writer to abandon the output when no document could be read."""


def run(args: argparse.Namespace) -> int:
    """Render the input documents into one HTML page; return the exit code."""
    check_inputs(args.inputs)
    problems = Problems()
    documents = iter_documents(args.inputs, problems)
    count = 0

    def counted() -> Iterator[Document]:
        nonlocal count
        for document in documents:
            count += 1
            yield document

    def write(stream: IO[str]) -> None:
        stream_of_documents = counted()
        first = next(stream_of_documents, None)
        if first is None:
            raise _NothingToRender
        for piece in render_page(chain([first], stream_of_documents), title=args.title):
            stream.write(piece)

    try:
        write_atomically(args.output, write)
    except _NothingToRender:
        print("newsevents render: error: no document to render", file=sys.stderr)
        return EXIT_INVALID
    return problems.finish("render", f"{count} document(s)", args.output)


def add_parser(subparsers: Any) -> None:
    """Add the ``render`` sub-command."""
    parser = subparsers.add_parser(
        "render",
        help="show annotated documents as one self-contained HTML page",
        description=(
            "Write one HTML page with every document of the inputs (.json, .jsonl, or - for "
            "JSON Lines on standard input), its annotations highlighted in the text and "
            "listed beside it. Bad documents are reported as FILE:LINE and skipped (exit "
            "code 1)."
        ),
    )
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help=".json or .jsonl files, or -")
    parser.add_argument(
        "-o", "--output", metavar="OUT.html", help="the page to write (default: standard output)"
    )
    parser.add_argument(
        "--title", default="newsevents", help="the page title (default: newsevents)"
    )
    parser.set_defaults(func=run)
