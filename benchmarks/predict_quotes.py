"""Predict statements for a quotes-format JSONL file, for the quotes scorer.

    python benchmarks/predict_quotes.py GOLD.jsonl -o PRED.jsonl [--model NAME] [--n-process N]

Each input line needs ``id`` and ``text`` (other keys are ignored). Each output line is
``{"id", "quotes": [{"speaker", "cue", "content", "speaker_name", "kind", "act"}]}`` with
``[start, end)`` character spans: ``speaker`` is the speaker as written, the noun phrase
with its titles and appositions ("US climate envoy John Kerry", "Pablo Ortega, the trade
commissioner"; ``Statement.speaker_mention``; null when the text names nobody, as for "the
report said" without an author), ``speaker_name`` the name of the resolved actor, if any.
The output file is written whole or not at all.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

import _predict

from newsevents import Document


def quotes_of(document: Document, options: argparse.Namespace) -> list[dict[str, Any]]:
    names = {actor.id: actor.name for actor in document.actors}
    quotes = []
    for statement in document.statements:
        mention = statement.speaker_mention
        quotes.append(
            {
                "speaker": [mention.start, mention.end] if mention else None,
                "cue": [statement.cue.start, statement.cue.end],
                "content": [[span.start, span.end] for span in statement.content],
                "speaker_name": names.get(statement.speaker) if statement.speaker else None,
                "kind": statement.kind.value,
                "act": statement.act.value if statement.act else None,
            }
        )
    return quotes


def main(argv: list[str] | None = None) -> int:
    return _predict.run(argv, description=__doc__.splitlines()[0], key="quotes", convert=quotes_of)


if __name__ == "__main__":
    sys.exit(main())
