"""An HTML view of annotated documents, for reading and checking annotations by eye.

The article text is shown with every annotated span highlighted: actor mentions, statement
cues, statement contents, meeting triggers, topic mentions, meeting places and dates, each
in its own style. Spans may nest and overlap: the text is cut at every span boundary and
each piece carries the classes of all the spans that cover it (hover a piece to see them).
Beside the text are the statements (speaker — cue — content), the meetings (kind,
participants, place, date, status), the actors and the topics.

The page is self-contained: inline CSS, no script, no font or image from the network, and a
Content-Security-Policy that forbids both. Every piece of text from the document is escaped.

>>> from newsevents import Actor, ActorKind, Document, Span
>>> doc = Document(id="d1", text="<b>Kerry</b> spoke.", actors=[
...     Actor(id="a1", kind=ActorKind.PERSON, name="John Kerry",
...           mentions=[Span(start=3, end=8, text="Kerry")])])
>>> page = render_html(doc)
>>> "&lt;b&gt;" in page and "<b>Kerry" not in page
True
>>> '<span class="ne-actor" title="actor a1: John Kerry">Kerry</span>' in page
True
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from html import escape
from itertools import pairwise
from typing import Final

import attrs

from newsevents.model import Document, Meeting, Span, Statement

__all__ = ["LAYERS", "render_html", "render_page"]


@attrs.frozen
class _Layer:
    name: str
    label: str
    description: str


#: The kinds of highlighted span, in the order their classes are written and their styles
#: applied (a later layer's background wins where two overlap).
LAYERS: Final[tuple[_Layer, ...]] = (
    _Layer("content", "statement content", "what was said (quoted or reported)"),
    _Layer("cue", "cue", "the words that report speech: said, called on, according to"),
    _Layer("trigger", "meeting trigger", "the word that names a meeting: met, talks, visit"),
    _Layer("actor", "actor", "a mention of a person, organisation, country or group"),
    _Layer("topic", "topic", "a mention of a topic"),
    _Layer("place", "meeting place", "where a meeting took place"),
    _Layer("date", "meeting date", "when a meeting took place"),
)
_ORDER = {layer.name: index for index, layer in enumerate(LAYERS)}

_CSS: Final = """
body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0;
  padding: 1.5rem 2rem; color: #1d1d1f; background: #fafafa; }
h1 { font-size: 1.4rem; margin: 0 0 .3rem; }
h2 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
.ne-document { background: #fff; border: 1px solid #ddd; border-radius: 6px;
  padding: 1rem 1.5rem; margin-bottom: 2rem; }
.ne-meta { color: #555; font-size: .9rem; margin: 0 0 .8rem; }
.ne-body { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 2rem; }
.ne-text { white-space: pre-wrap; line-height: 1.9; font-family: Georgia, "Times New Roman",
  serif; font-size: 1.02rem; overflow-wrap: anywhere; }
.ne-side { font-size: .88rem; line-height: 1.45; }
.ne-side ol, .ne-side ul { padding-left: 1.3rem; margin: .2rem 0; }
.ne-side li { margin-bottom: .45rem; }
.ne-side .ne-id { color: #888; font-family: ui-monospace, monospace; font-size: .8rem; }
.ne-side .ne-sub { color: #555; }
.ne-legend { display: flex; flex-wrap: wrap; gap: .4rem 1rem; margin: .2rem 0 1rem;
  padding: .5rem .8rem; background: #f3f3f3; border-radius: 4px; font-size: .85rem; }
.ne-legend-item { white-space: nowrap; }
.ne-warning { color: #8a1c1c; background: #fde8e8; padding: .4rem .6rem; border-radius: 4px; }
.ne-content { background: #fff0a0; }
.ne-cue { background: #ffbdbd; font-weight: 600; }
.ne-trigger { background: #a8e6b8; font-weight: 600; }
.ne-actor { color: #0b3d91; font-weight: 700; }
.ne-topic { text-decoration: underline 3px #a05cd6; text-underline-offset: 4px;
  text-decoration-skip-ink: none; }
.ne-place { outline: 2px dashed #e07b00; outline-offset: 1px; }
.ne-date { outline: 2px dotted #008b94; outline-offset: 1px; }
@media (max-width: 800px) { .ne-body { grid-template-columns: 1fr; } }
"""

# No script may run and nothing may be fetched: the page only needs its own inline style.
_POLICY: Final = "default-src 'none'; style-src 'unsafe-inline'"


@attrs.frozen
class _Mark:
    start: int
    end: int
    layer: str
    note: str


def _text(value: object) -> str:
    return escape(str(value), quote=True)


def _collect_marks(document: Document) -> tuple[list[_Mark], int]:
    """Return every highlighted span, and how many spans do not match the text."""
    marks: list[_Mark] = []
    mismatched = 0
    length = len(document.text)

    def add(span: Span | None, layer: str, note: str) -> None:
        nonlocal mismatched
        if span is None:
            return
        if document.text[span.start : span.end] != span.text:
            mismatched += 1
        # Offsets outside the text (an invalid document) are clipped, not trusted.
        start, end = min(span.start, length), min(span.end, length)
        if end > start:
            marks.append(_Mark(start, end, layer, note))

    for actor in document.actors:
        for mention in actor.mentions:
            add(mention, "actor", f"actor {actor.id}: {actor.name}")
    for topic in document.topics:
        for mention in topic.mentions:
            add(mention, "topic", f"topic {topic.id}: {topic.label}")
    for meeting in document.meetings:
        add(meeting.trigger, "trigger", f"meeting {meeting.id}: {meeting.kind.value}")
        if meeting.location is not None:
            add(meeting.location.span, "place", f"place of {meeting.id}: {meeting.location.name}")
        add(meeting.date_text, "date", f"date of {meeting.id}: {meeting.date or '?'}")
    for statement in document.statements:
        add(statement.cue, "cue", f"cue of {statement.id}")
        for part in statement.content:
            add(part, "content", f"content of {statement.id}")
    return marks, mismatched


def _highlight(text: str, marks: Sequence[_Mark]) -> str:
    """Cut ``text`` at every mark boundary and wrap each piece in the marks that cover it."""
    boundaries = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    by_start = sorted(marks, key=lambda m: (m.start, -m.end, _ORDER[m.layer]))
    active: list[_Mark] = []
    next_mark = 0
    pieces: list[str] = []
    for start, end in pairwise(boundaries):
        active = [mark for mark in active if mark.end > start]
        while next_mark < len(by_start) and by_start[next_mark].start <= start:
            active.append(by_start[next_mark])
            next_mark += 1
        piece = _text(text[start:end])
        if not active:
            pieces.append(piece)
            continue
        covering = sorted(active, key=lambda m: (_ORDER[m.layer], m.start, m.end))
        classes = " ".join(dict.fromkeys(f"ne-{mark.layer}" for mark in covering))
        note = "; ".join(dict.fromkeys(mark.note for mark in covering))
        pieces.append(f'<span class="{classes}" title="{_text(note)}">{piece}</span>')
    return "".join(pieces)


def _names(document: Document) -> dict[str, str]:
    return {actor.id: actor.name for actor in document.actors}


def _actor(names: dict[str, str], actor_id: str | None) -> str:
    if actor_id is None:
        return "<i>unknown</i>"
    return _text(names.get(actor_id, actor_id))


def _statement_item(statement: Statement, names: dict[str, str]) -> str:
    content = " … ".join(f"“{_text(part.text)}”" for part in statement.content) or "<i>none</i>"
    details = [statement.kind.value]
    if statement.act is not None:
        details.append(statement.act.value)
    for label, reference in (
        ("to", statement.addressee),
        ("on behalf of", statement.on_behalf_of),
        ("reported by", statement.reported_by),
    ):
        if reference is not None:
            details.append(f"{label} {_actor(names, reference)}")
    if statement.meeting is not None:
        details.append(f"in {_text(statement.meeting)}")
    return (
        f'<li><span class="ne-id">{_text(statement.id)}</span> '
        f"<b>{_actor(names, statement.speaker)}</b> — "
        f'<span class="ne-cue">{_text(statement.cue.text)}</span> — {content} '
        f'<span class="ne-sub">({", ".join(details)})</span></li>'
    )


def _meeting_item(meeting: Meeting, names: dict[str, str]) -> str:
    participants = ", ".join(_actor(names, item) for item in meeting.participants)
    details = [f"participants: {participants or '<i>none</i>'}"]
    if meeting.host is not None:
        details.append(f"host: {_actor(names, meeting.host)}")
    if meeting.location is not None:
        country = f" ({_text(meeting.location.country)})" if meeting.location.country else ""
        details.append(f"place: {_text(meeting.location.name)}{country}")
    date = meeting.date or (meeting.date_text.text if meeting.date_text else None)
    if date is not None:
        details.append(f"date: {_text(date)}")
    details.append(f"status: {_text(meeting.status.value if meeting.status else 'unknown')}")
    return (
        f'<li><span class="ne-id">{_text(meeting.id)}</span> '
        f'<b>{_text(meeting.kind.value)}</b> “<span class="ne-trigger">'
        f'{_text(meeting.trigger.text)}</span>” <span class="ne-sub">'
        f"{'; '.join(details)}</span></li>"
    )


def _legend(marks: Sequence[_Mark]) -> str:
    counts = {layer.name: 0 for layer in LAYERS}
    for mark in marks:
        counts[mark.layer] += 1
    items = "".join(
        f'<span class="ne-legend-item" title="{_text(layer.description)}">'
        f'<span class="ne-{layer.name}">{_text(layer.label)}</span> ({counts[layer.name]})'
        "</span>"
        for layer in LAYERS
    )
    return f'<div class="ne-legend" role="list" aria-label="legend">{items}</div>'


def _section(document: Document, index: int) -> str:
    marks, mismatched = _collect_marks(document)
    names = _names(document)
    meta = [f"id {_text(document.id)}"]
    for label, value in (
        ("date", document.date),
        ("source", document.source),
        ("url", document.url),
    ):
        if value:
            meta.append(f"{label} {_text(value)}")
    warning = (
        f'<p class="ne-warning">{mismatched} span(s) do not match the text at their offsets; '
        "run <code>newsevents validate</code> for details.</p>"
        if mismatched
        else ""
    )
    statements = "".join(_statement_item(s, names) for s in document.statements)
    meetings = "".join(_meeting_item(m, names) for m in document.meetings)
    actors = "".join(
        f'<li><span class="ne-id">{_text(a.id)}</span> <b>{_text(a.name)}</b> '
        f'<span class="ne-sub">{_text(a.kind.value)}'
        f"{', ' + _text(a.country) if a.country else ''}"
        f"{', ' + _text('; '.join(a.titles)) if a.titles else ''}"
        f", {len(a.mentions)} mention(s)</span></li>"
        for a in document.actors
    )
    topics = "".join(
        f'<li><span class="ne-id">{_text(t.id)}</span> <b>{_text(t.label)}</b> '
        f'<span class="ne-sub">{_text(t.category.value) if t.category else "uncategorised"}, '
        f"{len(t.mentions)} mention(s)</span></li>"
        for t in document.topics
    )

    def block(title: str, tag: str, items: str, count: int) -> str:
        body = f"<{tag}>{items}</{tag}>" if items else "<p><i>none</i></p>"
        return f"<h2>{title} ({count})</h2>{body}"

    title = document.title or document.id
    return (
        f'<section class="ne-document" id="document-{index + 1}">'
        f"<h1>{_text(title)}</h1>"
        f'<p class="ne-meta">{" · ".join(meta)}</p>{warning}{_legend(marks)}'
        f'<div class="ne-body"><article class="ne-text">'
        f"{_highlight(document.text, marks)}</article>"
        f'<aside class="ne-side">'
        f"{block('Statements', 'ol', statements, len(document.statements))}"
        f"{block('Meetings', 'ol', meetings, len(document.meetings))}"
        f"{block('Actors', 'ul', actors, len(document.actors))}"
        f"{block('Topics', 'ul', topics, len(document.topics))}"
        "</aside></div></section>\n"
    )


def render_page(documents: Iterable[Document], *, title: str = "newsevents") -> Iterator[str]:
    """Yield one HTML page, piece by piece, showing every document in turn.

    The documents are read lazily, so a large JSON Lines file can be rendered without holding
    it in memory; join the pieces or write them to a file as they come.

    >>> from newsevents import Document
    >>> page = "".join(render_page([Document(id="a", text="One."), Document(id="b", text="Two.")]))
    >>> page.count('<section class="ne-document"')
    2
    """
    yield (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{_POLICY}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_text(title)}</title><style>{_CSS}</style></head><body>\n"
    )
    for index, document in enumerate(documents):
        yield _section(document, index)
    yield "</body></html>\n"


def render_html(document: Document) -> str:
    """Return a self-contained HTML page showing ``document`` and its annotations.

    >>> from newsevents import Document
    >>> page = render_html(Document(id="d1", text="<script>alert(1)</script>"))
    >>> "<script>" in page, "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    (False, True)
    """
    return "".join(render_page([document], title=document.title or document.id))
