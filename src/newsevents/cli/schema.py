"""``newsevents schema``: print the JSON Schema (draft 2020-12) of a newsevents document.

The output is UTF-8 JSON, indented, ready for any JSON Schema tool
(``newsevents schema > newsevents.schema.json``).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from newsevents.cli import EXIT_OK
from newsevents.validation import schema

__all__ = ["add_parser", "run"]


def add_parser(subparsers: Any) -> None:
    """Add the ``schema`` sub-command to ``subparsers``."""
    parser = subparsers.add_parser(
        "schema",
        help="print the JSON Schema of an annotation document",
        description=(
            "Print the JSON Schema (draft 2020-12) that every newsevents annotation document "
            "follows, as UTF-8 JSON on standard output."
        ),
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print the schema on standard output, encoded as UTF-8 whatever the locale says."""
    text = json.dumps(schema(), indent=2, ensure_ascii=False) + "\n"
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(text)
    else:
        sys.stdout.flush()
        buffer.write(text.encode("utf-8"))
        buffer.flush()
    return EXIT_OK
