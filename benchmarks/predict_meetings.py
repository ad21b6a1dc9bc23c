"""Predict meetings for a meetings-format JSONL file, for the meetings scorer.

    python benchmarks/predict_meetings.py GOLD.jsonl -o PRED.jsonl [--model NAME] [--n-process N]

Each input line needs ``id`` and ``text`` (``date``, if present, anchors relative dates; other
keys are ignored). Each output line is ``{"id", "meetings": [{"trigger", "participants",
"place", "kind", "status"}]}`` with ``[start, end)`` character spans: ``participants`` are the
mentions of the meeting's participants inside its evidence sentence(s) (or, when a participant
is not named there, its mention nearest before the trigger), ``place`` the span of its
location. The output file is written whole or not at all.
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

from newsevents import Document, Meeting, annotate_many


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
            item = {"id": str(record.get("id", number)), "text": record["text"]}
            if isinstance(record.get("date"), str):
                item["date"] = record["date"]
            yield item


def participant_spans(document: Document, meeting: Meeting) -> list[list[int]]:
    """The mentions of each participant inside the evidence, else the nearest one before."""
    evidence = meeting.evidence or meeting.trigger
    mentions = {actor.id: actor.mentions for actor in document.actors}
    spans: list[list[int]] = []
    for actor in meeting.participants:
        inside = [
            [span.start, span.end]
            for span in mentions.get(actor, ())
            if evidence.start <= span.start and span.end <= evidence.end
        ]
        if not inside:
            before = [span for span in mentions.get(actor, ()) if span.end <= meeting.trigger.start]
            inside = [[before[-1].start, before[-1].end]] if before else []
        spans.extend(inside)
    return spans


def meetings_of(document: Document) -> list[dict[str, Any]]:
    found = []
    for meeting in document.meetings:
        location = meeting.location
        found.append(
            {
                "trigger": [meeting.trigger.start, meeting.trigger.end],
                "participants": participant_spans(document, meeting),
                "place": [[location.span.start, location.span.end]]
                if location is not None and location.span is not None
                else [],
                "kind": meeting.kind.value,
                "status": meeting.status.value if meeting.status else None,
            }
        )
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", help="meetings-format JSONL file (id, text)")
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
                line = {"id": document.id, "meetings": meetings_of(document)}
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
