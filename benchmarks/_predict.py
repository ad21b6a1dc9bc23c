"""What the prediction scripts share: reading scorer-format records, writing predictions.

``predict_quotes.py`` and ``predict_meetings.py`` differ only in how a Document becomes a
prediction line; reading the gold file, annotating its texts and writing the output file
whole or not at all happen here.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from newsevents import Document, annotate_many


def read_records(path: str) -> Iterator[dict[str, Any]]:
    """Yield ``{"id", "text"[, "date"]}`` for each line of a scorer-format JSONL file."""
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
            item = {"id": str(record.get("id", number)), "text": record["text"]}
            if isinstance(record.get("date"), str):
                item["date"] = record["date"]
            yield item


def run(
    argv: Sequence[str] | None,
    *,
    description: str,
    key: str,
    convert: Callable[[Document, argparse.Namespace], list[dict[str, Any]]],
    add_arguments: Callable[[argparse.ArgumentParser], None] | None = None,
) -> int:
    """Annotate the gold file's texts and write ``{"id", key: convert(document, args)}`` lines.

    ``add_arguments`` adds a script's own options to the shared ones; ``convert`` sees them
    all in ``args``.
    """
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("gold", help=f"{key}-format JSONL file (id, text)")
    parser.add_argument("-o", "--output", required=True, help="where to write the predictions")
    parser.add_argument("--model", default=None, help="spaCy pipeline to use")
    parser.add_argument("--n-process", type=int, default=1)
    if add_arguments is not None:
        add_arguments(parser)
    args = parser.parse_args(argv)

    records = list(read_records(args.gold))
    started = time.perf_counter()
    folder = os.path.dirname(os.path.abspath(args.output))
    handle, temporary = tempfile.mkstemp(dir=folder, suffix=".part")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            documents = annotate_many(records, pipeline=args.model, n_process=args.n_process)
            for document in documents:
                line = {"id": document.id, key: convert(document, args)}
                out.write(json.dumps(line, ensure_ascii=False) + "\n")
        os.replace(temporary, args.output)
    except BaseException:
        os.unlink(temporary)
        raise
    seconds = time.perf_counter() - started
    print(f"{len(records)} documents in {seconds:.1f} s -> {args.output}", file=sys.stderr)
    return 0
