"""Predict meetings for a meetings-format JSONL file, for the meetings scorer.

    python benchmarks/predict_meetings.py GOLD.jsonl -o PRED.jsonl [--model NAME] [--n-process N]
        [--kinds KIND,...]

Each input line needs ``id`` and ``text`` (``date``, if present, anchors relative dates; other
keys are ignored). Each output line is ``{"id", "meetings": [{"trigger", "participants",
"place", "kind", "status"}]}`` with ``[start, end)`` character spans: ``participants`` hold one
mention of each participant: inside its evidence sentence(s), a name before a pronoun and the
nearest to the trigger first (or, when a participant is not named there, its mention nearest
before the trigger), ``place`` the span of its
location. The output file is written whole or not at all.

The dev files' gold follows ACE's Contact:Meet, which counts face-to-face encounters only: a
phone or video call is another event type there (Contact:Phone-Write). So by default calls
are left out of the predictions (``--kinds`` names the meeting kinds to write;
``--kinds all`` writes every meeting, calls too). The library itself reports calls as
meetings of kind ``call``.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

import _predict

from newsevents import Document, Meeting, MeetingKind

_PRONOUNS = frozenset(
    (
        *("i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his"),
        *("she", "her", "they", "them", "their", "it", "its", "who", "whom"),
    )
)


def participant_spans(document: Document, meeting: Meeting) -> list[list[int]]:
    """One mention of each participant: the one inside the evidence nearest the trigger.

    A name or description beats a pronoun ("Obama ... he ... him" is one participant, written
    once); a participant not named inside the evidence gets its nearest mention before the
    trigger.
    """
    evidence = meeting.evidence or meeting.trigger
    trigger = meeting.trigger
    mentions = {actor.id: actor.mentions for actor in document.actors}
    spans: list[list[int]] = []
    for actor in meeting.participants:
        inside = [
            span
            for span in mentions.get(actor, ())
            if evidence.start <= span.start and span.end <= evidence.end
        ]
        if not inside:
            inside = [span for span in mentions.get(actor, ()) if span.end <= trigger.start][-1:]
        if not inside:
            continue
        best = min(
            inside,
            key=lambda span: (
                span.text.casefold() in _PRONOUNS,
                min(abs(span.start - trigger.end), abs(trigger.start - span.end)),
            ),
        )
        spans.append([best.start, best.end])
    return spans


FACE_TO_FACE = tuple(kind.value for kind in MeetingKind if kind is not MeetingKind.CALL)


def kinds_option(value: str) -> frozenset[str]:
    """Parse ``--kinds``: "all" or meeting kinds separated by commas."""
    if value.strip() == "all":
        return frozenset(kind.value for kind in MeetingKind)
    kinds = frozenset(word.strip() for word in value.split(",") if word.strip())
    unknown = kinds - {kind.value for kind in MeetingKind}
    if unknown or not kinds:
        known = ", ".join(kind.value for kind in MeetingKind)
        raise argparse.ArgumentTypeError(f"expected 'all' or kinds among {known}: {value!r}")
    return kinds


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--kinds",
        type=kinds_option,
        default=frozenset(FACE_TO_FACE),
        help=f"meeting kinds to write, or 'all' (default: {','.join(FACE_TO_FACE)})",
    )


def meetings_of(document: Document, options: argparse.Namespace) -> list[dict[str, Any]]:
    found = []
    for meeting in document.meetings:
        if meeting.kind.value not in options.kinds:
            continue
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
    return _predict.run(
        argv,
        description=__doc__.splitlines()[0],
        key="meetings",
        convert=meetings_of,
        add_arguments=add_arguments,
    )


if __name__ == "__main__":
    sys.exit(main())
