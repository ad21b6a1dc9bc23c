"""Flat tables of annotations: one row per actor, meeting, statement or topic.

Each row is a plain dict whose keys are the columns of its table, always in the same order
(:data:`COLUMNS`). References are resolved next to the ids they hold (``speaker`` and
``speaker_name``, ``participants`` and ``participant_names``), spans are given as their text
with ``_start`` and ``_end`` offsets, lists of ids are joined with ``;``, and every row names
its document (``document_id``, ``document_date``). The tables are described in
``docs/tables.md``.

>>> from newsevents import Actor, ActorKind, Document, Span
>>> doc = Document(id="d1", text="Kerry spoke.", actors=[
...     Actor(id="a1", kind=ActorKind.PERSON, name="John Kerry",
...           mentions=[Span(start=0, end=5, text="Kerry")])])
>>> row = next(rows([doc], "actors"))
>>> row["actor_id"], row["name"], row["mention_starts"]
('a1', 'John Kerry', '0')

:func:`to_frames` gives the same tables as :mod:`pandas` data frames (``pip install
"newsevents[pandas]"``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final, Literal

from newsevents.model import Actor, Document, Meeting, Span, Statement, Topic

if TYPE_CHECKING:
    import pandas

__all__ = ["COLUMNS", "DTYPES", "LIST_SEPARATOR", "TABLES", "Table", "rows", "to_frames"]

#: The names of the tables.
Table = Literal["actors", "meetings", "statements", "topics"]
TABLES: Final[tuple[Table, ...]] = ("actors", "meetings", "statements", "topics")

#: Joins lists of ids, names, titles and offsets into one cell.
LIST_SEPARATOR: Final = ";"

#: Joins the texts of the several spans of a statement's content.
CONTENT_SEPARATOR: Final = " ... "

_DOCUMENT_COLUMNS = {"document_id": "string", "document_date": "string"}

#: The columns of each table and their pandas dtype, in order.
DTYPES: Final[Mapping[Table, Mapping[str, str]]] = {
    "actors": {
        **_DOCUMENT_COLUMNS,
        "actor_id": "string",
        "kind": "string",
        "name": "string",
        "titles": "string",
        "country": "string",
        "affiliation": "string",
        "affiliation_name": "string",
        "mention_count": "Int64",
        "mentions": "string",
        "mention_starts": "string",
        "mention_ends": "string",
        "first_start": "Int64",
        "first_end": "Int64",
        "confidence": "Float64",
    },
    "meetings": {
        **_DOCUMENT_COLUMNS,
        "meeting_id": "string",
        "kind": "string",
        "status": "string",
        "trigger": "string",
        "trigger_start": "Int64",
        "trigger_end": "Int64",
        "participants": "string",
        "participant_names": "string",
        "host": "string",
        "host_name": "string",
        "location": "string",
        "location_country": "string",
        "location_start": "Int64",
        "location_end": "Int64",
        "date": "string",
        "date_text": "string",
        "date_text_start": "Int64",
        "date_text_end": "Int64",
        "topics": "string",
        "topic_labels": "string",
        "evidence": "string",
        "evidence_start": "Int64",
        "evidence_end": "Int64",
        "confidence": "Float64",
    },
    "statements": {
        **_DOCUMENT_COLUMNS,
        "statement_id": "string",
        "kind": "string",
        "act": "string",
        "speaker": "string",
        "speaker_name": "string",
        "speaker_mention": "string",
        "speaker_mention_start": "Int64",
        "speaker_mention_end": "Int64",
        "cue": "string",
        "cue_start": "Int64",
        "cue_end": "Int64",
        "content": "string",
        "content_start": "Int64",
        "content_end": "Int64",
        "content_starts": "string",
        "content_ends": "string",
        "addressee": "string",
        "addressee_name": "string",
        "on_behalf_of": "string",
        "on_behalf_of_name": "string",
        "reported_by": "string",
        "reported_by_name": "string",
        "meeting": "string",
        "topics": "string",
        "topic_labels": "string",
        "confidence": "Float64",
    },
    "topics": {
        **_DOCUMENT_COLUMNS,
        "topic_id": "string",
        "label": "string",
        "category": "string",
        "mention_count": "Int64",
        "mentions": "string",
        "mention_starts": "string",
        "mention_ends": "string",
        "first_start": "Int64",
        "first_end": "Int64",
        "confidence": "Float64",
    },
}

#: The columns of each table, in order.
COLUMNS: Final[Mapping[Table, tuple[str, ...]]] = {
    table: tuple(columns) for table, columns in DTYPES.items()
}

Row = dict[str, Any]


class _Names:
    """Looks up the display name of an actor or the label of a topic by id."""

    def __init__(self, document: Document) -> None:
        self.actors = {actor.id: actor.name for actor in document.actors}
        self.topics = {topic.id: topic.label for topic in document.topics}

    def actor(self, actor_id: str | None) -> str | None:
        return None if actor_id is None else self.actors.get(actor_id)

    def actor_list(self, ids: Sequence[str]) -> str | None:
        return _join(self.actors.get(item, "") for item in ids) if ids else None

    def topic_list(self, ids: Sequence[str]) -> str | None:
        return _join(self.topics.get(item, "") for item in ids) if ids else None


def _join(items: Iterable[object]) -> str | None:
    joined = LIST_SEPARATOR.join(str(item) for item in items)
    return joined or None


def _ids(ids: Sequence[str]) -> str | None:
    return _join(ids) if ids else None


def _span(prefix: str, span: Span | None) -> Row:
    if span is None:
        return {prefix: None, f"{prefix}_start": None, f"{prefix}_end": None}
    return {prefix: span.text, f"{prefix}_start": span.start, f"{prefix}_end": span.end}


def _mentions(mentions: Sequence[Span]) -> Row:
    first = min(mentions, key=lambda span: (span.start, span.end)) if mentions else None
    return {
        "mention_count": len(mentions),
        "mentions": _join(span.text for span in mentions) if mentions else None,
        "mention_starts": _join(span.start for span in mentions) if mentions else None,
        "mention_ends": _join(span.end for span in mentions) if mentions else None,
        "first_start": first.start if first else None,
        "first_end": first.end if first else None,
    }


def _actor_row(document: Document, names: _Names, actor: Actor) -> Row:
    return {
        "actor_id": actor.id,
        "kind": actor.kind.value,
        "name": actor.name,
        "titles": _join(actor.titles) if actor.titles else None,
        "country": actor.country,
        "affiliation": actor.affiliation,
        "affiliation_name": names.actor(actor.affiliation),
        **_mentions(actor.mentions),
        "confidence": actor.confidence,
    }


def _meeting_row(document: Document, names: _Names, meeting: Meeting) -> Row:
    location = meeting.location
    place = location.span if location else None
    return {
        "meeting_id": meeting.id,
        "kind": meeting.kind.value,
        "status": meeting.status.value if meeting.status else None,
        **_span("trigger", meeting.trigger),
        "participants": _ids(meeting.participants),
        "participant_names": names.actor_list(meeting.participants),
        "host": meeting.host,
        "host_name": names.actor(meeting.host),
        "location": location.name if location else None,
        "location_country": location.country if location else None,
        "location_start": place.start if place else None,
        "location_end": place.end if place else None,
        "date": meeting.date,
        **_span("date_text", meeting.date_text),
        "topics": _ids(meeting.topics),
        "topic_labels": names.topic_list(meeting.topics),
        **_span("evidence", meeting.evidence),
        "confidence": meeting.confidence,
    }


def _statement_row(document: Document, names: _Names, statement: Statement) -> Row:
    content = statement.content
    return {
        "statement_id": statement.id,
        "kind": statement.kind.value,
        "act": statement.act.value if statement.act else None,
        "speaker": statement.speaker,
        "speaker_name": names.actor(statement.speaker),
        **_span("speaker_mention", statement.speaker_mention),
        **_span("cue", statement.cue),
        "content": CONTENT_SEPARATOR.join(span.text for span in content) if content else None,
        "content_start": min(span.start for span in content) if content else None,
        "content_end": max(span.end for span in content) if content else None,
        "content_starts": _join(span.start for span in content) if content else None,
        "content_ends": _join(span.end for span in content) if content else None,
        "addressee": statement.addressee,
        "addressee_name": names.actor(statement.addressee),
        "on_behalf_of": statement.on_behalf_of,
        "on_behalf_of_name": names.actor(statement.on_behalf_of),
        "reported_by": statement.reported_by,
        "reported_by_name": names.actor(statement.reported_by),
        "meeting": statement.meeting,
        "topics": _ids(statement.topics),
        "topic_labels": names.topic_list(statement.topics),
        "confidence": statement.confidence,
    }


def _topic_row(document: Document, names: _Names, topic: Topic) -> Row:
    return {
        "topic_id": topic.id,
        "label": topic.label,
        "category": topic.category.value if topic.category else None,
        **_mentions(topic.mentions),
        "confidence": topic.confidence,
    }


_ROW_MAKERS: Final[Mapping[Table, Callable[[Document, _Names, Any], Row]]] = {
    "actors": _actor_row,
    "meetings": _meeting_row,
    "statements": _statement_row,
    "topics": _topic_row,
}


def rows(documents: Iterable[Document], table: Table) -> Iterator[Row]:
    """Yield one row per annotation of ``table`` in ``documents``, lazily, in document order.

    Every row has the keys of ``COLUMNS[table]`` in that order; a missing value is ``None``.
    Raises :class:`ValueError` for an unknown table name.

    >>> from newsevents import Document, Span, Statement, StatementKind
    >>> doc = Document(id="d1", text="It rained, Li said.", date="2023-07-19", statements=[
    ...     Statement(id="s1", speaker=None, cue=Span(start=14, end=18, text="said"),
    ...               content=[Span(start=0, end=9, text="It rained")],
    ...               kind=StatementKind.INDIRECT)])
    >>> row = next(rows([doc], "statements"))
    >>> row["document_date"], row["cue"], row["cue_start"], row["content"]
    ('2023-07-19', 'said', 14, 'It rained')
    """
    if table not in _ROW_MAKERS:
        raise ValueError(f"unknown table {table!r}; expected one of {', '.join(TABLES)}")
    make_row = _ROW_MAKERS[table]
    for document in documents:
        names = _Names(document)
        annotations: Sequence[Any] = getattr(document, table)
        for annotation in annotations:
            row: Row = {"document_id": document.id, "document_date": document.date}
            row.update(make_row(document, names, annotation))
            yield row


def to_frames(documents: Iterable[Document]) -> dict[str, pandas.DataFrame]:
    """Return the four tables as pandas data frames, keyed by table name.

    Columns come in the order of :data:`COLUMNS`, with nullable dtypes (:data:`DTYPES`):
    missing values are ``<NA>``. Needs the optional ``pandas`` extra.

    >>> from newsevents import Document
    >>> frames = to_frames([Document(id="d1", text="")])
    >>> sorted(frames)
    ['actors', 'meetings', 'statements', 'topics']
    >>> len(frames["actors"]), list(frames["topics"].columns)[:3]
    (0, ['document_id', 'document_date', 'topic_id'])
    """
    try:
        import pandas
    except ImportError:
        raise ImportError(
            'newsevents.to_frames needs pandas: pip install "newsevents[pandas]"'
        ) from None
    collected: dict[Table, list[Row]] = {table: [] for table in TABLES}
    for document in documents:
        for table in TABLES:
            collected[table].extend(rows([document], table))
    return {
        table: pandas.DataFrame.from_records(collected[table], columns=list(COLUMNS[table])).astype(
            dict(DTYPES[table])
        )
        for table in TABLES
    }
