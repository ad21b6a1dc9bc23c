"""Turning the drafts of one document into :class:`~newsevents.model.Statement` objects.

:func:`extract_statements` runs the extractor, then gives each draft its character spans,
its kind (direct, indirect or mixed, by how much of its content lies in quotation marks), its
speaker's and links' actor ids, its meeting and its topics, and numbers the statements.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.tokens import Doc

from newsevents._doctext import doc_text
from newsevents.extensions import register_extensions
from newsevents.model import Span, Statement, StatementKind
from newsevents.quotes import Quote
from newsevents.statements._context import _MeetingLinker, _topics_in
from newsevents.statements._extractor import _Extractor
from newsevents.statements._lexicon import CueLexicon


def _kind(content: Sequence[tuple[int, int]], quoted: bytearray, text: str) -> StatementKind:
    """Direct when every word lies in quotation marks, mixed when some do, else indirect."""
    # Runs of the mask, not characters one by one: most content has no quotation at all.
    inside = False
    outside = []
    for start, end in content:
        index = start
        while index < end:
            opening = quoted.find(1, index, end)
            stop = end if opening < 0 else opening
            outside.append(text[index:stop])
            if opening < 0:
                break
            closing = quoted.find(0, opening, end)
            index = end if closing < 0 else closing
            inside = inside or any(char.isalnum() for char in text[opening:index])
    if not inside:
        return StatementKind.INDIRECT
    words = "".join(char for part in outside for char in part if char.isalnum())
    if not words or words.lower() == "that":
        return StatementKind.DIRECT
    return StatementKind.MIXED


def _quoted_mask(quotes: Sequence[Quote], length: int) -> bytearray:
    """Return one byte per character of the text: 1 inside a quotation."""
    mask = bytearray(length)
    for quote in quotes:
        for start, end in quote.parts:
            mask[start:end] = b"\x01" * (end - start)
    return mask


def _span(text: str, start: int, end: int) -> Span:
    # Punctuation was trimmed by token; quotation parts keep theirs ('“... ahead of us.').
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    words = text[start:end]
    if end < len(text) and text[end] == ")" and words.count("(") > words.count(")"):
        end += 1  # "ties with the Alliance of Sahel States (AES)": the bracket it opened
    return Span(start=start, end=end, text=text[start:end])


def extract_statements(doc: Doc, lexicon: CueLexicon | None = None) -> list[Statement]:
    """Return the statements of a parsed ``doc``, in text order, with ids ``s1``, ``s2``, ...

    Speakers are actor ids read from ``token._.newsevents_actor`` (set by the actors
    component); without it, ``speaker`` stays null and ``speaker_mention`` still says who.

    >>> from newsevents import load_pipeline
    >>> doc = load_pipeline()("Li, according to Xinhua, called on rich nations to take the lead.")
    >>> [(s.speaker_mention.text, s.cue.text, s.content[0].text) for s in extract_statements(doc)]
    [('Li', 'called on', 'rich nations to take the lead')]
    """
    register_extensions()
    lexicon = lexicon or CueLexicon.load()
    text = doc_text(doc)
    extractor = _Extractor(doc, lexicon, text)
    drafts = extractor.run()
    meetings = _MeetingLinker(doc, extractor)
    quoted = _quoted_mask(extractor.quotes, len(text))
    statements: list[Statement] = []
    for draft in drafts:
        cue = doc[draft.cue[0] : draft.cue[1]]
        content = tuple(_span(text, start, end) for start, end in draft.content)
        content = tuple(span for span in content if span.end > span.start)
        mention = None
        if draft.mention is not None:
            words = doc[draft.mention[0] : draft.mention[1]]
            # the text cut from the doc's: ``Span.text`` makes a ``Token`` per word
            mention = Span(
                start=words.start_char,
                end=words.end_char,
                text=text[words.start_char : words.end_char],
            )
            # A nickname quoted inside the speaker's name ('Ann "Red" Lowe') is not said.
            content = tuple(
                span
                for span in content
                if not (mention.start <= span.start and span.end <= mention.end)
            )
        if not content or meetings.is_visit(cue):
            continue  # nothing said; or "called on the Crown Prince", a courtesy call
        spans = [(span.start, span.end) for span in content]
        # Through ``Any``: mypy's attrs plugin reads the model's generic tuple converter as
        # wanting ``Iterable[_T]`` and rejects every sequence given to it.
        sequences: dict[str, Any] = {"content": content, "topics": _topics_in(doc, spans)}
        speaker = extractor.speaker_actor(draft)
        addressee = extractor.actor(draft.addressee)
        if addressee is not None and addressee == speaker:
            # '"You targeted the weak," the judge told her', with "her" read as the judge:
            # no one is told what they say themselves
            addressee = None
        statements.append(
            Statement(
                id=f"s{len(statements) + 1}",  # numbered as kept: no gaps
                speaker=speaker,
                cue=Span(
                    start=cue.start_char, end=cue.end_char, text=text[cue.start_char : cue.end_char]
                ),
                kind=(
                    StatementKind.INDIRECT
                    if draft.nested
                    else StatementKind.DIRECT
                    if draft.verbatim
                    else _kind(spans, quoted, text)
                ),
                speaker_mention=mention,
                act=draft.act,
                addressee=addressee,
                on_behalf_of=extractor.actor(draft.on_behalf_of) or draft.principal_id,
                reported_by=extractor.actor(draft.reported_by) or draft.reporter_id,
                meeting=meetings.link(cue, speaker, addressee, spans),
                **sequences,
            )
        )
    return statements
