"""Predict statements for a quotes-format JSONL file, for the quotes scorer.

    python benchmarks/predict_quotes.py GOLD.jsonl -o PRED.jsonl [--model NAME] [--n-process N]

Each input line needs ``id`` and ``text`` (other keys are ignored). Each output line is
``{"id", "quotes": [{"speaker", "cue", "content", "speaker_name", "kind", "act"}]}`` with
``[start, end)`` character spans: ``speaker`` is the speaker as written
(``Statement.speaker_mention``), ``speaker_name`` the name of the resolved actor, if any.
The output file is written whole or not at all.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Iterator
from typing import Any

from newsevents import Document, annotate_many


def read_records(path: str) -> Iterator[dict[str, Any]]:
    with open(path, encoding="utf-8") as stream:
        for number, line in enumerate(stream, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise SystemExit(f"{path}:{number}: invalid JSON ({exc.msg})") from None
            if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                raise SystemExit(f"{path}:{number}: expected an object with a 'text' string")
            yield {"id": str(record.get("id", number)), "text": record["text"]}


def quotes_of(document: Document) -> list[dict[str, Any]]:
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
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", help="quotes-format JSONL file (id, text)")
    parser.add_argument("-o", "--output", required=True, help="where to write the predictions")
    parser.add_argument("--model", default=None, help="spaCy pipeline to use")
    parser.add_argument("--n-process", type=int, default=1)
    args = parser.parse_args(argv)

    records = list(read_records(args.gold))
    started = time.perf_counter()
    folder = os.path.dirname(os.path.abspath(args.output))
    handle, temporary = tempfile.mkstemp(dir=folder, suffix=".part")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            documents = annotate_many(records, pipeline=args.model, n_process=args.n_process)
            for document in documents:
                line = {"id": document.id, "quotes": quotes_of(document)}
                out.write(json.dumps(line, ensure_ascii=False) + "\n")
        os.replace(temporary, args.output)
    except BaseException:
        os.unlink(temporary)
        raise
    seconds = time.perf_counter() - started
    print(f"{len(records)} documents in {seconds:.1f} s -> {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
