r"""Long articles: cut a text into pieces a pipeline accepts, and merge their annotations.

A spaCy pipeline refuses texts longer than its ``max_length``. newsevents annotates them
anyway: :func:`split_text` cuts the text at paragraph boundaries (a blank line, else a line
break, else the end of a sentence, else a space, and only as a last resort anywhere), each
piece is annotated on its own, and :func:`merge_annotations` puts the pieces back together:
every span is shifted by the offset of its piece, ids are renumbered (``a1, a2, ...``) and
every reference rewritten, and actors with the same name and kind (topics with the same
label and category) in several pieces become one, with all their mentions.

>>> text = "Kerry met Li.\n\nLi met Kerry."
>>> [text[start:end] for start, end in split_text(text, 20)]
['Kerry met Li.\n\n', 'Li met Kerry.']
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import attrs

from newsevents._doctext import BLANK_LINE
from newsevents.model import Actor, Location, Meeting, Span, Statement, Topic

__all__ = ["Annotations", "merge_annotations", "split_text"]

# Where to cut, best first: after a blank line, a line break, a sentence, a space.
_BOUNDARIES = (
    BLANK_LINE,
    re.compile(r"\n"),
    re.compile(r"[.!?][\"'”’)\]]*\s"),
    re.compile(r"\s"),
)


@attrs.frozen(kw_only=True)
class Annotations:
    """The four kinds of annotation of one text (or of one piece of it)."""

    actors: tuple[Actor, ...] = ()
    topics: tuple[Topic, ...] = ()
    meetings: tuple[Meeting, ...] = ()
    statements: tuple[Statement, ...] = ()


def split_text(text: str, limit: int) -> list[tuple[int, int]]:
    """Return ``(start, end)`` bounds of consecutive pieces of ``text``, each ``<= limit`` long.

    The pieces cover the whole text, in order, with nothing left out. A piece is cut at the
    best boundary in the second half of its window, so no piece is shorter than half the
    limit except the last one.

    >>> split_text("aaaa bbbb", 5)
    [(0, 5), (5, 9)]
    >>> split_text("short", 100)
    [(0, 5)]
    """
    if limit < 1:
        raise ValueError(f"limit must be at least 1, got {limit}")
    bounds: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > limit:
        end = _cut(text, start, start + limit)
        bounds.append((start, end))
        start = end
    bounds.append((start, len(text)))
    return bounds


def _cut(text: str, start: int, stop: int) -> int:
    """Return where to end the piece that starts at ``start`` and may not pass ``stop``."""
    earliest = start + max(1, (stop - start) // 2)
    for boundary in _BOUNDARIES:
        last = None
        for last in boundary.finditer(text, earliest, stop):  # noqa: B007 - keep the last one
            pass
        if last is not None:
            return last.end()
    return stop


def _shift(span: Span, offset: int) -> Span:
    return Span(start=span.start + offset, end=span.end + offset, text=span.text)


def _shift_optional(span: Span | None, offset: int) -> Span | None:
    return None if span is None else _shift(span, offset)


def _one(ids: dict[str, str], old: str | None) -> str | None:
    # A reference to an id the piece does not define cannot be rewritten: drop it.
    return None if old is None else ids.get(old)


def _many(ids: dict[str, str], olds: Iterable[str]) -> tuple[str, ...]:
    new = (ids.get(old) for old in olds)
    return tuple(dict.fromkeys(item for item in new if item is not None))


@attrs.define
class _MergedActor:
    id: str
    first: Actor
    mentions: list[Span] = attrs.Factory(list)
    titles: list[str] = attrs.Factory(list)
    country: str | None = None
    affiliation: str | None = None
    confidence: float | None = None


@attrs.define
class _MergedTopic:
    id: str
    first: Topic
    mentions: list[Span] = attrs.Factory(list)
    confidence: float | None = None


def _in_order(spans: Iterable[Span]) -> list[Span]:
    return sorted(set(spans), key=lambda span: (span.start, span.end))


def _merged_confidence(old: float | None, new: float | None) -> float | None:
    if old is None or new is None:
        return old if new is None else new
    return max(old, new)


def merge_annotations(parts: Sequence[tuple[int, Annotations]]) -> Annotations:
    """Merge the annotations of consecutive pieces of one text into annotations of the text.

    ``parts`` holds ``(offset of the piece in the text, its annotations)``.

    >>> from newsevents.model import ActorKind
    >>> def kerry(start):
    ...     span = Span(start=start, end=start + 5, text="Kerry")
    ...     return Actor(id="a1", kind=ActorKind.PERSON, name="John Kerry", mentions=[span])
    >>> merged = merge_annotations([(0, Annotations(actors=(kerry(0),))),
    ...                             (15, Annotations(actors=(kerry(0),)))])
    >>> [(m.start, m.end) for m in merged.actors[0].mentions]
    [(0, 5), (15, 20)]
    """
    actors: dict[tuple[str, str], _MergedActor] = {}
    topics: dict[tuple[str, str | None], _MergedTopic] = {}
    meetings: list[Meeting] = []
    statements: list[Statement] = []
    for offset, part in parts:
        actor_ids = _merge_actors(actors, part.actors, offset)
        topic_ids = _merge_topics(topics, part.topics, offset)
        meeting_ids: dict[str, str] = {}
        for meeting in part.meetings:
            meeting_ids[meeting.id] = new_id = f"m{len(meetings) + 1}"
            meetings.append(_move_meeting(meeting, new_id, offset, actor_ids, topic_ids))
        for statement in part.statements:
            new_id = f"s{len(statements) + 1}"
            ids = (actor_ids, topic_ids, meeting_ids)
            statements.append(_move_statement(statement, new_id, offset, *ids))
    return Annotations(
        actors=tuple(_finish_actor(merged) for merged in actors.values()),
        topics=tuple(_finish_topic(merged) for merged in topics.values()),
        meetings=tuple(meetings),
        statements=tuple(statements),
    )


def _merge_actors(
    merged: dict[tuple[str, str], _MergedActor], actors: Iterable[Actor], offset: int
) -> dict[str, str]:
    ids: dict[str, str] = {}
    for actor in actors:
        key = (actor.name, actor.kind.value)
        if key not in merged:
            merged[key] = _MergedActor(id=f"a{len(merged) + 1}", first=actor)
        ids[actor.id] = merged[key].id
    for actor in actors:
        target = merged[(actor.name, actor.kind.value)]
        target.mentions.extend(_shift(span, offset) for span in actor.mentions)
        target.titles.extend(title for title in actor.titles if title not in target.titles)
        target.country = target.country or actor.country
        target.affiliation = target.affiliation or _one(ids, actor.affiliation)
        target.confidence = _merged_confidence(target.confidence, actor.confidence)
    return ids


def _finish_actor(merged: _MergedActor) -> Actor:
    affiliation = None if merged.affiliation == merged.id else merged.affiliation
    return attrs.evolve(
        merged.first,
        id=merged.id,
        mentions=_in_order(merged.mentions),
        titles=merged.titles,
        country=merged.country,
        affiliation=affiliation,
        confidence=merged.confidence,
    )


def _merge_topics(
    merged: dict[tuple[str, str | None], _MergedTopic], topics: Iterable[Topic], offset: int
) -> dict[str, str]:
    ids: dict[str, str] = {}
    for topic in topics:
        key = (topic.label, None if topic.category is None else topic.category.value)
        if key not in merged:
            merged[key] = _MergedTopic(id=f"t{len(merged) + 1}", first=topic)
        target = merged[key]
        target.mentions.extend(_shift(span, offset) for span in topic.mentions)
        target.confidence = _merged_confidence(target.confidence, topic.confidence)
        ids[topic.id] = target.id
    return ids


def _finish_topic(merged: _MergedTopic) -> Topic:
    return attrs.evolve(
        merged.first,
        id=merged.id,
        mentions=_in_order(merged.mentions),
        confidence=merged.confidence,
    )


def _move_meeting(
    meeting: Meeting,
    new_id: str,
    offset: int,
    actor_ids: dict[str, str],
    topic_ids: dict[str, str],
) -> Meeting:
    location = meeting.location
    if location is not None and location.span is not None:
        location = Location(
            name=location.name, span=_shift(location.span, offset), country=location.country
        )
    return attrs.evolve(
        meeting,
        id=new_id,
        trigger=_shift(meeting.trigger, offset),
        participants=_many(actor_ids, meeting.participants),
        host=_one(actor_ids, meeting.host),
        location=location,
        date_text=_shift_optional(meeting.date_text, offset),
        topics=_many(topic_ids, meeting.topics),
        evidence=_shift_optional(meeting.evidence, offset),
    )


def _move_statement(
    statement: Statement,
    new_id: str,
    offset: int,
    actor_ids: dict[str, str],
    topic_ids: dict[str, str],
    meeting_ids: dict[str, str],
) -> Statement:
    return attrs.evolve(
        statement,
        id=new_id,
        speaker=_one(actor_ids, statement.speaker),
        cue=_shift(statement.cue, offset),
        content=tuple(_shift(span, offset) for span in statement.content),
        speaker_mention=_shift_optional(statement.speaker_mention, offset),
        addressee=_one(actor_ids, statement.addressee),
        on_behalf_of=_one(actor_ids, statement.on_behalf_of),
        reported_by=_one(actor_ids, statement.reported_by),
        meeting=_one(meeting_ids, statement.meeting),
        topics=_many(topic_ids, statement.topics),
    )
