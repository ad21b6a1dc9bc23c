"""``newsevents evaluate GOLD PRED``: score one annotation file against another.

Prints micro-averaged precision, recall and F1 for every metric of
:mod:`newsevents.evaluate`, then F1 per document; ``--json`` prints the whole report as
JSON instead. Exit code ``0`` when every document was paired with the same text, ``1``
when a document is missing on one side or its text differs (the report is still
printed), ``2`` when a file cannot be read or holds invalid annotations.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from newsevents.cli import EXIT_INVALID, EXIT_OK, EXIT_USAGE
from newsevents.errors import InputError
from newsevents.evaluate import evaluate_documents, read_annotations

__all__ = ["add_parser", "run"]


def add_parser(subparsers: Any) -> None:
    """Add the ``evaluate`` sub-command to ``subparsers``."""
    parser = subparsers.add_parser(
        "evaluate",
        help="score predicted annotations against gold annotations",
        description=(
            "Score PRED against GOLD (.json: one document, .jsonl: one per line), pairing "
            "documents by id: precision, recall and F1 of actors, statements, meetings and "
            "topics, in total (micro-averaged) and per document."
        ),
    )
    parser.add_argument("gold", metavar="GOLD", help="the reference annotations")
    parser.add_argument("pred", metavar="PRED", help="the annotations to score")
    parser.add_argument(
        "--json", action="store_true", help="print the full report as JSON instead of a table"
    )
    parser.add_argument(
        "--no-documents",
        dest="per_document",
        action="store_false",
        help="leave the per-document table out of the plain-text report",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Evaluate ``args.pred`` against ``args.gold`` and print the report."""
    try:
        gold = read_annotations(args.gold)
        pred = read_annotations(args.pred)
    except InputError as exc:
        for line in str(exc).splitlines():
            print(f"newsevents evaluate: error: {line}", file=sys.stderr)
        return EXIT_USAGE
    report = evaluate_documents(gold, pred)
    if args.json:
        print(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))
    else:
        print(report.format_table(per_document=args.per_document))
    if not report.complete:
        return EXIT_INVALID
    return EXIT_OK
