"""The newsevents data model (schema 1.0): frozen, typed attrs classes.

Everything is stand-off: each annotation points into :attr:`Document.text` by character
offsets (Python ``str`` indices, ``end`` exclusive) and repeats the text it covers, so a
reader can always check ``document.text[span.start:span.end] == span.text``.

The classes know nothing of JSON; :mod:`newsevents.serialize` turns them into dicts and
back. Construction checks only what is cheap and local (offsets are ordered, ids are not
empty, confidences lie in ``[0, 1]``); checks that need the whole document (a span matches
the text, a reference points to an existing annotation) live in :mod:`newsevents.validation`.

>>> span = Span(start=0, end=5, text="Kerry")
>>> actor = Actor(id="a1", kind=ActorKind.PERSON, name="John Kerry", mentions=(span,))
>>> actor.kind.value
'person'
>>> Span(start=5, end=2, text="")
Traceback (most recent call last):
...
ValueError: Span: end (2) must not be before start (5)
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import Any, TypeVar

import attrs

__all__ = [
    "SCHEMA_VERSION",
    "Actor",
    "ActorKind",
    "Document",
    "Location",
    "Meeting",
    "MeetingKind",
    "MeetingStatus",
    "Provenance",
    "Span",
    "SpeechAct",
    "Statement",
    "StatementKind",
    "Topic",
    "TopicCategory",
]

#: The version of the data model and of the JSON Schema that describes it.
SCHEMA_VERSION = "1.0"

_T = TypeVar("_T")


class ActorKind(StrEnum):
    """What sort of actor an :class:`Actor` is.

    >>> ActorKind("country") is ActorKind.COUNTRY
    True
    """

    PERSON = "person"
    ORGANIZATION = "organization"
    COUNTRY = "country"
    GROUP = "group"


class MeetingKind(StrEnum):
    """What sort of encounter a :class:`Meeting` is.

    >>> [kind.value for kind in MeetingKind][:3]
    ['meeting', 'visit', 'talks']
    """

    MEETING = "meeting"
    VISIT = "visit"
    TALKS = "talks"
    CALL = "call"
    SUMMIT = "summit"
    NEGOTIATION = "negotiation"


class MeetingStatus(StrEnum):
    """Whether a meeting took place, is planned, is going on, or was called off.

    >>> MeetingStatus.PLANNED == "planned"
    True
    """

    OCCURRED = "occurred"
    PLANNED = "planned"
    ONGOING = "ongoing"
    CANCELLED = "cancelled"


class StatementKind(StrEnum):
    """How a statement is reported: quoted, paraphrased, or both.

    >>> StatementKind("direct").name
    'DIRECT'
    """

    DIRECT = "direct"
    INDIRECT = "indirect"
    MIXED = "mixed"


class SpeechAct(StrEnum):
    """What the speaker does with a statement.

    >>> SpeechAct.REQUEST.value
    'request'
    """

    ASSERT = "assert"
    EXPRESS = "express"
    REQUEST = "request"
    ACKNOWLEDGE = "acknowledge"
    COMMIT = "commit"
    DENY = "deny"
    CRITICIZE = "criticize"
    PRAISE = "praise"
    CONVEY = "convey"


class TopicCategory(StrEnum):
    """The fixed vocabulary of topic categories.

    >>> TopicCategory("human rights") is TopicCategory.HUMAN_RIGHTS
    True
    """

    ENVIRONMENT = "environment"
    ENERGY = "energy"
    ECONOMY = "economy"
    TRADE = "trade"
    DIPLOMACY = "diplomacy"
    SECURITY = "security"
    TERRITORY = "territory"
    NUCLEAR = "nuclear"
    HEALTH = "health"
    HUMAN_RIGHTS = "human rights"
    TECHNOLOGY = "technology"
    POLITICS = "politics"
    SOCIETY = "society"
    OTHER = "other"


# A tuple of types, not ``str | bytes``: that makes a new union object on every check.
_TEXT_TYPES = (str, bytes)


def _tuple(items: Iterable[_T]) -> tuple[_T, ...]:
    """Store sequences as tuples so that frozen instances are really immutable."""
    if isinstance(items, _TEXT_TYPES):
        # A bare string is almost always a mistake for a one-element list.
        raise TypeError(f"expected a sequence of items, got a {type(items).__name__}")
    return tuple(items)


# One converter per item type, because type checkers cannot infer a generic converter's type
# parameter from the field: with ``_tuple`` itself, ``Actor(mentions=[span])`` fails to check.
def _strings(items: Iterable[str]) -> tuple[str, ...]:
    return _tuple(items)


def _spans(items: Iterable[Span]) -> tuple[Span, ...]:
    return _tuple(items)


def _actors(items: Iterable[Actor]) -> tuple[Actor, ...]:
    return _tuple(items)


def _meetings(items: Iterable[Meeting]) -> tuple[Meeting, ...]:
    return _tuple(items)


def _statements(items: Iterable[Statement]) -> tuple[Statement, ...]:
    return _tuple(items)


def _topics(items: Iterable[Topic]) -> tuple[Topic, ...]:
    return _tuple(items)


def _check_start(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 0:
        raise ValueError(f"Span: start must be >= 0, got {value}")


def _check_end(instance: Any, attribute: attrs.Attribute[int], value: int) -> None:
    if value < instance.start:
        raise ValueError(f"Span: end ({value}) must not be before start ({instance.start})")


def _non_empty(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not value:
        raise ValueError(f"{type(instance).__name__}: {attribute.name} must not be empty")


def _optional_non_empty(
    instance: object, attribute: attrs.Attribute[str | None], value: str | None
) -> None:
    if value is not None and not value:
        raise ValueError(
            f"{type(instance).__name__}: {attribute.name} must be null or a non-empty id"
        )


def _confidence(
    instance: object, attribute: attrs.Attribute[float | None], value: float | None
) -> None:
    if value is not None and not 0.0 <= value <= 1.0:
        raise ValueError(
            f"{type(instance).__name__}: {attribute.name} must lie in [0, 1], got {value!r}"
        )


def _ids(instance: object, attribute: attrs.Attribute[tuple[str, ...]], value: Any) -> None:
    for item in value:
        if not item:
            raise ValueError(f"{type(instance).__name__}: {attribute.name} holds an empty id")


@attrs.frozen(kw_only=True)
class Span:
    """A stretch of the document's text: ``text[start:end]``, ``end`` exclusive.

    >>> text = "Kerry met Shoukry in Cairo."
    >>> span = Span(start=10, end=17, text="Shoukry")
    >>> text[span.start : span.end] == span.text
    True
    """

    start: int = attrs.field(validator=_check_start)
    end: int = attrs.field(validator=_check_end)
    text: str


@attrs.frozen(kw_only=True)
class Location:
    """Where a meeting took place: a name, where the text says it, and its country.

    >>> Location(name="Cairo", span=Span(start=21, end=26, text="Cairo"), country="EG").country
    'EG'
    """

    name: str = attrs.field(validator=_non_empty)
    span: Span | None = None
    country: str | None = None


@attrs.frozen(kw_only=True)
class Actor:
    """A person, organisation, country or group, with every mention of it in the text.

    >>> kerry = Actor(
    ...     id="a1",
    ...     kind=ActorKind.PERSON,
    ...     name="John Kerry",
    ...     mentions=[Span(start=0, end=5, text="Kerry")],
    ...     titles=["Secretary of State"],
    ... )
    >>> kerry.mentions  # sequences are stored as tuples
    (Span(start=0, end=5, text='Kerry'),)
    """

    id: str = attrs.field(validator=_non_empty)
    kind: ActorKind
    name: str = attrs.field(validator=_non_empty)
    mentions: tuple[Span, ...] = attrs.field(converter=_spans)
    titles: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    country: str | None = None
    affiliation: str | None = attrs.field(default=None, validator=_optional_non_empty)
    confidence: float | None = attrs.field(default=None, validator=_confidence)


@attrs.frozen(kw_only=True)
class Meeting:
    """An encounter between actors: a meeting, visit, talks, call, summit or negotiation.

    ``participants``, ``host`` and ``topics`` hold the ids of the document's actors and topics.

    >>> meeting = Meeting(
    ...     id="m1",
    ...     kind=MeetingKind.MEETING,
    ...     trigger=Span(start=6, end=9, text="met"),
    ...     participants=["a1", "a2"],
    ...     status=MeetingStatus.OCCURRED,
    ... )
    >>> meeting.participants
    ('a1', 'a2')
    """

    id: str = attrs.field(validator=_non_empty)
    kind: MeetingKind
    trigger: Span
    participants: tuple[str, ...] = attrs.field(converter=_strings, validator=_ids)
    host: str | None = attrs.field(default=None, validator=_optional_non_empty)
    location: Location | None = None
    date: str | None = None
    date_text: Span | None = None
    status: MeetingStatus | None = None
    topics: tuple[str, ...] = attrs.field(default=(), converter=_strings, validator=_ids)
    evidence: Span | None = None
    confidence: float | None = attrs.field(default=None, validator=_confidence)


@attrs.frozen(kw_only=True)
class Statement:
    """Who said, called for or expressed what: speaker, cue and content.

    >>> text = '"We agreed," Kerry said.'
    >>> statement = Statement(
    ...     id="s1",
    ...     speaker="a1",
    ...     cue=Span(start=19, end=23, text="said"),
    ...     content=[Span(start=1, end=10, text="We agreed")],
    ...     kind=StatementKind.DIRECT,
    ... )
    >>> text[statement.cue.start : statement.cue.end]
    'said'
    """

    id: str = attrs.field(validator=_non_empty)
    speaker: str | None = attrs.field(validator=_optional_non_empty)
    cue: Span
    content: tuple[Span, ...] = attrs.field(converter=_spans)
    kind: StatementKind
    speaker_mention: Span | None = None
    act: SpeechAct | None = None
    addressee: str | None = attrs.field(default=None, validator=_optional_non_empty)
    on_behalf_of: str | None = attrs.field(default=None, validator=_optional_non_empty)
    reported_by: str | None = attrs.field(default=None, validator=_optional_non_empty)
    meeting: str | None = attrs.field(default=None, validator=_optional_non_empty)
    topics: tuple[str, ...] = attrs.field(default=(), converter=_strings, validator=_ids)
    confidence: float | None = attrs.field(default=None, validator=_confidence)


@attrs.frozen(kw_only=True)
class Topic:
    """A subject discussed in the article, with a normalised label and its mentions.

    >>> Topic(
    ...     id="t1",
    ...     label="climate change",
    ...     mentions=[Span(start=0, end=7, text="climate")],
    ...     category=TopicCategory.ENVIRONMENT,
    ... ).category.value
    'environment'
    """

    id: str = attrs.field(validator=_non_empty)
    label: str = attrs.field(validator=_non_empty)
    mentions: tuple[Span, ...] = attrs.field(converter=_spans)
    category: TopicCategory | None = None
    confidence: float | None = attrs.field(default=None, validator=_confidence)


@attrs.frozen(kw_only=True)
class Provenance:
    """Which tool (and which spaCy pipeline) made an annotation, and when.

    >>> Provenance(tool="newsevents", version="1.0.0", pipeline="en_core_web_sm").tool
    'newsevents'
    """

    tool: str = attrs.field(validator=_non_empty)
    version: str = attrs.field(validator=_non_empty)
    pipeline: str | None = None
    created: str | None = None


@attrs.frozen(kw_only=True)
class Document:
    """One article and all its annotations.

    >>> document = Document(id="doc-1", text="Kerry met Shoukry.", date="2023-07-19")
    >>> document.schema_version, document.actors
    ('1.0', ())
    """

    schema_version: str = SCHEMA_VERSION
    id: str = attrs.field(validator=_non_empty)
    text: str
    actors: tuple[Actor, ...] = attrs.field(default=(), converter=_actors)
    meetings: tuple[Meeting, ...] = attrs.field(default=(), converter=_meetings)
    statements: tuple[Statement, ...] = attrs.field(default=(), converter=_statements)
    topics: tuple[Topic, ...] = attrs.field(default=(), converter=_topics)
    date: str | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    language: str | None = None
    provenance: Provenance | None = None
