"""A typed tour of the public API: ``mypy --strict`` must accept every line of it.

Not a test module: the type checker reads it (``mypy src tests/typing``), so that a change of
a public signature that would break users' type-checked code is caught.
"""

from __future__ import annotations

import io
from typing import Any

import newsevents
from newsevents import (
    Actor,
    ActorKind,
    Document,
    DocumentError,
    Location,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Problem,
    Provenance,
    Span,
    SpeechAct,
    Statement,
    StatementKind,
    Topic,
    TopicCategory,
)

TEXT = "Kerry met Li in Beijing. Li said cooperation on climate change matters."


def build() -> Document:
    """Build a document with one annotation of each type."""
    kerry = Actor(
        id="a1",
        kind=ActorKind.PERSON,
        name="John Kerry",
        mentions=[Span(start=0, end=5, text="Kerry")],
        titles=("climate envoy",),
        country="USA",
    )
    li = Actor(
        id="a2",
        kind=ActorKind.PERSON,
        name="Li Qiang",
        mentions=(Span(start=10, end=12, text="Li"), Span(start=25, end=27, text="Li")),
        confidence=0.9,
    )
    topic = Topic(
        id="t1",
        label="climate change",
        mentions=[Span(start=53, end=67, text="climate change")],
        category=TopicCategory.ENVIRONMENT,
    )
    meeting = Meeting(
        id="m1",
        kind=MeetingKind.MEETING,
        trigger=Span(start=6, end=9, text="met"),
        participants=[kerry.id, li.id],
        location=Location(name="Beijing", span=Span(start=16, end=23, text="Beijing")),
        status=MeetingStatus.OCCURRED,
        topics=[topic.id],
    )
    statement = Statement(
        id="s1",
        speaker=li.id,
        cue=Span(start=28, end=32, text="said"),
        content=[Span(start=33, end=75, text=TEXT[33:75])],
        kind=StatementKind.INDIRECT,
        act=SpeechAct.ASSERT,
        meeting=meeting.id,
    )
    return Document(
        id="example",
        text=TEXT,
        actors=[kerry, li],
        meetings=[meeting],
        statements=[statement],
        topics=[topic],
        date="2023-07-19",
        provenance=Provenance(tool="newsevents", version=newsevents.__version__),
    )


def round_trip(document: Document) -> Document:
    """Go through a dict, JSON text and JSON Lines, and come back."""
    data: dict[str, Any] = newsevents.to_dict(document)
    again: Document = newsevents.from_dict(data, source="example.json")
    text: str = newsevents.dumps(again, indent=2)
    parsed: Document = newsevents.loads(text)
    stream = io.StringIO()
    count: int = newsevents.write_jsonl([parsed], stream)
    assert count == 1
    lines = io.BytesIO(stream.getvalue().encode("utf-8"))
    documents: list[Document] = list(newsevents.read_jsonl(lines, on_error=print))
    return documents[0]


def check(document: Document | dict[str, Any]) -> list[str]:
    """Validate and describe the problems."""
    problems: list[Problem] = newsevents.validate(document)
    return [f"{problem.path}: {problem.message}" for problem in problems]


def read(text: str) -> Document | tuple[str, ...]:
    """Parse JSON text, or return why it is not a document."""
    try:
        return newsevents.loads(text)
    except DocumentError as error:
        return error.problems


schema: dict[str, Any] = newsevents.schema()
document = round_trip(build())
first_actor: Actor = document.actors[0]
kind: ActorKind = first_actor.kind
speaker: str | None = document.statements[0].speaker
messages: list[str] = check(document) + check(newsevents.to_dict(document))
maybe: Document | tuple[str, ...] = read("{}")
