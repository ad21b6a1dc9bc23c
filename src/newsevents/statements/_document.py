"""The state of the work on one doc, and the helpers that every step of it uses.

A statement is put together as a :class:`_Draft` (token ranges and character spans, turned
into a :class:`~newsevents.model.Statement` at the end). :class:`_Document` holds what the
steps share on one doc: its tokens (each made once), the quotations of its
text, the actors' mentions, and the drafts found so far keyed by their cue's first token. Each
step is a subclass that adds the methods of its concern (reported speech, speakers, links,
cues, direct quotations), and ``_Extractor`` in :mod:`newsevents.statements._extractor`
combines them and runs them.
"""

from __future__ import annotations

import abc
import bisect
import re
from collections.abc import Iterator, Mapping, Sequence

import attrs
import numpy as np
import numpy.typing as npt
from spacy.attrs import IDX, LEMMA, LOWER
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newsevents._arrays import found_in, id_array
from newsevents._doctext import BLANK_LINE, heading_end
from newsevents._syntax import Children, Sentences, conjuncts, doc_children
from newsevents.extensions import DOC_ACTORS, token_actors
from newsevents.model import SpeechAct
from newsevents.paragraphs import dateline_end
from newsevents.quotes import Quote, find_quotes
from newsevents.statements._lexicon import CueLexicon

_SENTENCE_END = frozenset({".", "!", "?"})
# Verbs that quote someone: "Lavrov was quoted by RIA Novosti as saying", "cited a source".
_QUOTING_VERBS = frozenset({"quote", "cite"})
# The end of a dateline's agency credit: "Bogotá, Dec 12 (EFE).- ", "KABUL (Reuters) - ".
_DATELINE_END = re.compile(r"\)\s*\.?\s*(?:--|-|–|—)\s*")
# A dateline whose region is not in capitals: "KABUL, Afghanistan, May 3 (Xinhua) --".
_MIXED_DATELINE = re.compile(
    r"[A-Z][A-Z.'’ -]*[A-Z.],(?: [A-Z][A-Za-z.]+)+"
    r"(?:, [A-Z][a-z]{2,8}\.? \d{1,2})?(?: \([A-Z][A-Za-z. ]{0,30}\))? (?:—|–|--|-) "
)


@attrs.define
class _Draft:
    """A statement being put together: token ranges and char spans, resolved at the end."""

    cue: tuple[int, int]  # token range
    act: SpeechAct
    speaker: Token | None = None
    mention: tuple[int, int] | None = None  # token range of the speaker as written
    content: list[tuple[int, int]] = attrs.Factory(list)  # char spans
    takes_quote: bool = False
    addressee: Token | None = None
    on_behalf_of: Token | None = None
    reported_by: Token | None = None
    from_quotes: bool = False  # content so far comes only from quotation marks
    takes_clause: bool = False
    # The subject is a document or medium ("the report said"): the speaker is its author.
    document: bool = False
    author: Token | None = None
    # A cue inside another speaker's quotation: '"The guards told us to leave," the farmer said'.
    nested: bool = False
    # The actor an unresolved "it" stands for: "The ministry said ... It added ...".
    actor_id: str | None = None
    # Whom a spokesperson speaks for, as an actor id: "Kremlin spokesman Dmitry Peskov".
    principal_id: str | None = None
    # The outlet that reported the statement, as an actor id: "..., Xinhua said".
    reporter_id: str | None = None
    # The content is the speaker's own words, without quotation marks: an interview's answer.
    verbatim: bool = False
    # The cue is a name set apart, no heading: a label line above a quotation (a factbox),
    # or the name after a headline's colon ("...: Scindia").
    label: bool = False

    @property
    def head(self) -> int:
        return self.cue[0]

    def end(self) -> int:
        """Return the last character the statement covers (to find floating quotations)."""
        return max([end for _, end in self.content], default=0)


def _subtree_range(token: Token) -> tuple[int, int]:
    return token.left_edge.i, token.right_edge.i + 1


class _Document(abc.ABC):
    """One pass over one document: its state and the helpers every step uses."""

    def __init__(self, doc: Doc, lexicon: CueLexicon, text: str) -> None:
        self.doc = doc
        # A list, made once: spaCy makes a new ``Token`` on every ``doc[i]``.
        self.tokens: list[Token] = list(doc)
        # One array pass instead of a Token per word: most words are never looked at, and
        # their hashes are compared in the array (see ``_words_with``), never made Python ints.
        rows = doc.to_array([LEMMA, LOWER, IDX]).astype(np.uint64, copy=False)  # as stored
        self.lemmas: npt.NDArray[np.uint64] = rows[:, 0]
        self.lowers: npt.NDArray[np.uint64] = rows[:, 1]
        self.token_starts: list[int] = rows[:, 2].tolist()
        self.sentences = Sentences(doc)
        self._children_of: Children | None = None  # each token's children, indexed once
        self._children_known: dict[int, tuple[Token, ...]] = {}  # by token, once asked for
        self.lexicon = lexicon
        self.text = text
        self.heading_end = heading_end(text)  # where a headline ends, 0 when there is none
        # As in find_quotes: paragraphs end at blank lines, or at line breaks in texts without.
        self.blank_lines = BLANK_LINE.search(text) is not None
        # A quotation never closed within its paragraph is more often a stray mark than speech,
        # unless a comma or colon opens it: 'said Baynes, "I think better of the law.'
        self.quotes = [
            q
            for q in find_quotes(self.text)
            if q.closed or len(q.parts) > 1 or _introduced(text, q.start)
        ]
        self.quote_ends = [quote.end for quote in self.quotes]
        self.quote_of = self._quote_of_tokens()
        self.drafts: dict[int, _Draft] = {}  # cue head token -> draft
        # Verbs being read as cues of their own, so that a parse which makes each of two
        # verbs a clause of the other's speaker is read once, not forever.
        self.cues_in_reading: set[int] = set()
        self.mentions = sorted(_actor_mentions(doc))
        self.actor_records: dict[str, Mapping[str, object]] = {
            actor["id"]: actor
            for actor in doc._.get(DOC_ACTORS) or []
            if isinstance(actor, Mapping) and isinstance(actor.get("id"), str)
        }
        self.actor_kinds = {key: actor.get("kind") for key, actor in self.actor_records.items()}
        self.token_actors = token_actors(doc)  # ``token._.newsevents_actor``, by offset
        self.mention_starts = [start for start, _, _ in self.mentions]
        # (end, number) of every statement with a speaker; a statement that grows is noted
        # again, and quotations come in text order, so the last end before one is current.
        self.said_ends: list[tuple[int, int]] = []
        self.said_by_end: list[_Draft] = []
        # quotations standing alone that no statement before them took (yet)
        self.unattached: list[tuple[Quote, tuple[int, int]]] = []
        # a dialogue's reply by someone the text does not name, by the turn it answers
        self.replies: dict[int, _Draft] = {}

    def _words_with(
        self, lemmas: frozenset[int], lowers: frozenset[int] = frozenset()
    ) -> list[int]:
        """Return, in text order, the tokens whose lemma or lower-case form has one of the ids."""
        found = found_in(self.lemmas, id_array(lemmas))
        if lowers:
            found |= found_in(self.lowers, id_array(lowers))
        indices: list[int] = np.flatnonzero(found).tolist()
        return indices

    def _conjunct_within(self, start: int, end: int) -> bool:
        """Whether a token of ``[start, end)`` is a conjunct (``dep_`` "conj").

        From the doc's conjuncts, found once in its array of dependencies: a rule that
        looks for a cue joined to a clause need not walk the clause when there is none.
        """
        found = conjuncts(self.doc)
        at = bisect.bisect_left(found, start)
        return at < len(found) and found[at] < end

    def _quote_of_tokens(self) -> list[int]:
        """For each token, the index of the quotation it lies in, or -1."""
        parts = sorted(
            (start, end, index)
            for index, quote in enumerate(self.quotes)
            for start, end in quote.parts
        )
        result = [-1] * len(self.token_starts)
        cursor = 0
        for index, start in enumerate(self.token_starts):
            while cursor < len(parts) and parts[cursor][1] <= start:
                cursor += 1
            if cursor == len(parts):
                break  # past the last quotation: the rest lie in none
            if parts[cursor][0] <= start < parts[cursor][1]:
                result[index] = parts[cursor][2]
        return result

    def _token_at(self, char: int) -> int:
        """Return the index of the first token starting at or after ``char``."""
        return bisect.bisect_left(self.token_starts, char)

    def _sentence(self, token: Token) -> SpacySpan:
        """Return the sentence of ``token`` (``token.sent``, from an index made once)."""
        return self.sentences.of(token.i)

    def _children(self, token: Token) -> Sequence[Token]:
        """Return ``token.children``, from an index of the doc's heads made once.

        The rules read the children of the same few words many times: each word's are kept,
        as a tuple, which no caller can change for the others.
        """
        known = self._children_known.get(token.i)
        if known is not None:
            return known
        children = self._children_of
        if children is None:
            children = self._children_of = doc_children(self.doc)
        tokens = self.tokens
        found = self._children_known[token.i] = tuple([tokens[i] for i in children.of(token.i)])
        return found

    def _in_quote(self, token: Token) -> bool:
        return self.quote_of[token.i] >= 0

    def _touches_quote(self, token: Token) -> bool:
        """Whether any character of ``token`` lies in a quotation (a glued '-"We' too)."""
        if self.quote_of[token.i] >= 0:
            return True
        start, end = token.idx, token.idx + len(token.text)
        index = bisect.bisect_right(self.quote_ends, start)
        return index < len(self.quotes) and any(
            a < end and start < b for a, b in self.quotes[index].parts
        )

    def _quoted(self, start: int, end: int) -> bool:
        index = bisect.bisect_right(self.quote_ends, start)
        if index >= len(self.quotes):
            return False
        return any(a <= start and end <= b for a, b in self.quotes[index].parts)

    def _lemma(self, verb: Token) -> str:
        """Return the verb's lemma, mended from its form when the lemmatizer missed it."""
        lemma = verb.lemma_.lower()
        if self.lexicon.is_cue(lemma):
            return lemma
        return self.lexicon.verb_forms.get(verb.lower_, lemma)

    def _cue_as_written(self, verb: Token) -> bool:
        """Whether ``verb`` is a cue as it stands: alone, or with the particle of its phrase.

        "fire" speaks only as "fire back": "the ships had blocked and fired water cannon"
        tells no second statement, "he fired back that ..." does. A verb whose phrases name
        an object instead ("expressed concern") is taken at its lemma, as before.
        """
        lemma = self._lemma(verb)
        if not self.lexicon.is_cue(lemma):
            return False
        if lemma in self.lexicon.verbs:
            return True
        phrases = self.lexicon.phrases.get(lemma, ())
        if not phrases or any(phrase.particle is None for phrase in phrases):
            return True
        particles = {phrase.particle for phrase in phrases}
        return any(c.i > verb.i and c.lower_ in particles for c in self._children(verb))

    def actor(self, token: Token | None) -> str | None:
        """Return the actor id on ``token``, or on the name it heads ("Xinhua news agency")."""
        if token is None:
            return None
        found = self._actor_id(token)
        if found is None and not token.ent_type_:
            # "told the broadcaster Sky Italia": the name in apposition
            for child in self._children(token):  # (``token.rights``, from the index)
                if child.i > token.i and child.dep_ == "appos" and child.left_edge.i == token.i + 1:
                    return self._actor_id(child)
        if found is not None or not token.ent_type_:
            return found
        for child in self._children(token):  # (``token.lefts``, from the index)
            if child.i > token.i:
                break
            if child.dep_ in ("compound", "flat") and child.ent_type_ == token.ent_type_:
                found = self._actor_id(child)
                if found is not None:
                    return found
        return None

    def _actor_id(self, token: Token) -> str | None:
        """Return ``token._.newsevents_actor`` when it is an actor id."""
        value = self.token_actors.get(token.idx)
        return value if isinstance(value, str) and value else None

    def _cut(self, draft: _Draft, start: int, end: int) -> None:
        """Remove the characters ``[start, end)`` from inside the draft's non-quoted content.

        A span that lies wholly inside them goes too, quoted or not, and so does one left
        without a letter or digit.
        """
        spans = []
        for a, b in draft.content:
            if start <= a and b <= end:
                continue
            if a < start < b and not self._quoted(a, b):
                spans.append((a, self._trim_chars(a, start)))
                if end < b:
                    spans.append((self._trim_chars(end, b, left=True), b))
            else:
                spans.append((a, b))
        text = self.text
        # Nothing but the marks closing a quotation cut off: '."' is no content.
        draft.content = [(a, b) for a, b in spans if any(ch.isalnum() for ch in text[a:b])]

    def _trim_chars(self, start: int, end: int, *, left: bool = False) -> int:
        """Return the end (or, with ``left``, the start) of ``[start, end)`` without commas."""
        text = self.text
        if left:
            while start < end and (text[start].isspace() or text[start] in ",;—–-"):
                start += 1
            return start
        while end > start and (text[end - 1].isspace() or text[end - 1] in ",;—–-"):
            end -= 1
        return end

    def _paragraph_break(self, token: Token) -> bool:
        """Whether ``token`` ends a paragraph: a blank line, or a line break in texts without."""
        if not token.is_space:
            return False
        return token.text.count("\n") >= 2 if self.blank_lines else "\n" in token.text

    def _word_from(self, index: int) -> int:
        """Return the first token at or after ``index`` that is no white space (or the end)."""
        tokens = self.tokens
        while index < len(tokens) and tokens[index].is_space:
            index += 1
        return index

    def _has_words(self, start: int, end: int) -> bool:
        return any(not (t.is_punct or t.is_space) for t in self.tokens[start:end])

    def _chars(self, tokens: tuple[int, int]) -> tuple[int, int]:
        start, end = self._one_paragraph(*tokens)
        start, end = self._trim_tokens(*self._without_trailing_date(start, end))
        start, end = self._trim_tokens(start, self._without_citation(start, end))
        end = self._closing_mark_after(start, end)
        last = self.tokens[end - 1]
        return self.tokens[start].idx, last.idx + len(last.text)

    def _without_citation(self, start: int, end: int) -> int:
        """Return the end of ``[start, end)`` before a reference in brackets that ends it.

        "said Iran had asked for warheads (7096)", "... by 2030 (6920, 6819)", "... (Lowe,
        51)": the numbers of the sources a chronology cites, or an author and a page, are
        no words of the speaker ("said it would join the alliance (NATO)" keeps its name).
        """
        tokens = self.tokens
        opening = next((i for i in range(end - 1, start, -1) if tokens[i].text == "("), None)
        if opening is None or not self._has_words(start, opening):
            return end
        inside = [t for t in tokens[opening + 1 : end] if not t.is_space]
        if inside and inside[-1].text == ")":
            inside.pop()
        if not inside or any(t.text in "()" for t in inside):
            return end
        if inside[-1] is tokens[end - 1] and end + 1 < len(tokens) and tokens[end].text == ",":
            # "... (Lowe" where the content stopped at the comma before the page
            inside += tokens[end : end + 2]
        words = [t for t in inside if t.text not in (",", ";")]
        numbers = [t for t in words if t.like_num]
        author = (
            len(words) - len(numbers) == 1
            and words[0].is_title
            and words[0].pos_ == "PROPN"
            and len(inside) > 1
            and inside[1].text == ","
        )
        if numbers and (len(numbers) == len(words) or author):
            return opening
        return end

    def _closing_mark_after(self, start: int, end: int) -> int:
        """Take in the closing mark of a quotation opened in ``[start, end)`` and left open.

        'As one diplomat puts it, the delta "is losing an argument it was never invited
        to."': the sentence's full stop and the mark after it close the quoted words.
        """
        tokens = self.tokens
        if sum(t.is_quote for t in tokens[start:end]) % 2 == 0:
            return end
        after = end
        while after < len(tokens) and after - end < 2 and tokens[after].text in (".", "!", "?"):
            after += 1
        closing = after < len(tokens) and tokens[after].is_quote
        # a mark that closes, not one glued to the next words it opens
        if closing and (
            after + 1 == len(tokens) or tokens[after].whitespace_ or not tokens[after + 1].is_alpha
        ):
            return after + 1
        return end

    def _one_paragraph(self, start: int, end: int) -> tuple[int, int]:
        """Keep of tokens ``[start, end)`` the paragraph next to their cue.

        The parser may join two paragraphs. What follows a cue ends with the first of them;
        what comes before it ("..., police said") starts with the last, after a headline or
        a dateline glued to it. With words of the sentence on both sides, the paragraph that
        holds the head of the phrase is kept.
        """
        opening, closing = self.tokens[start], self.tokens[end - 1]
        if "\n" not in self.text[opening.idx : closing.idx + len(closing.text)]:
            return start, end  # one line: no paragraph to choose (most phrases)
        breaks = [
            index
            for index in range(start, end)
            if self._paragraph_break(self.tokens[index]) and self._has_words(start, index)
        ]
        if not breaks:
            return start, end
        sentence = self.sentences.of(start)
        cue_before = self._has_words(sentence.start, start)
        cue_after = self._has_words(end, sentence.end)
        if cue_after and not cue_before:
            head = end - 1
        elif cue_before and not cue_after:
            head = start
        else:
            head = next(
                (
                    token.i
                    for token in self.tokens[start:end]
                    if not (token.is_punct or token.is_space)
                    and (token.head.i == token.i or not start <= token.head.i < end)
                ),
                start,
            )
        before = [index for index in breaks if index < head]
        after = [index for index in breaks if index > head]
        if before and self._has_words(before[-1] + 1, after[0] if after else end):
            start = before[-1] + 1
            first = self.tokens[start].idx
            body = dateline_end(self.text, first)
            if body is None and (match := _MIXED_DATELINE.match(self.text, first)):
                body = match.end()
            if body is not None:
                start = next((t.i for t in self.tokens[start:end] if t.idx >= body), start)
        return start, after[0] if after else end

    def _without_trailing_date(self, start: int, end: int) -> tuple[int, int]:
        """Drop a date the parser hung on the content: "... as an old friend on Tuesday"."""
        last = end - 1
        while last > start and (self.tokens[last].is_punct or self.tokens[last].is_space):
            last -= 1
        # "rejected the idea at the time": a time no tagger marks as a date
        then = (
            last - 2 > start
            and self.tokens[last].lower_ == "time"
            and self.tokens[last - 1].lower_ in ("the", "that")
            and self.tokens[last - 2].lower_ == "at"
        )
        if (self.tokens[last].ent_type_ not in ("DATE", "TIME") and not then) or self._in_quote(
            self.tokens[last]
        ):
            return start, end
        attached_to = self.tokens[last].head
        if then:
            attached_to = self.tokens[last - 2].head
        elif attached_to.pos_ == "ADP":
            attached_to = attached_to.head
        if attached_to.pos_ not in ("NOUN", "PROPN") and (
            attached_to.i >= start or self.tokens[last].dep_ not in ("pobj", "npadvmod", "tmod")
        ):
            # "will resume next week": the date belongs to the clause; "called a
            # 13-year-old": no date at all; only the cue's own date goes ("announced
            # the measures on Tuesday")
            return start, end
        first = last - 1 if then else last
        while first > start and self.tokens[first - 1].ent_type_ in ("DATE", "TIME"):
            first -= 1
        if first > start and self.tokens[first - 1].pos_ == "ADP":
            first -= 1
        if first <= start or not self._has_words(start, first):
            return start, end
        if attached_to.pos_ in ("NOUN", "PROPN") and self._date_of_clause(
            attached_to, first, start, end
        ):
            return start, end
        return start, first

    def _date_of_clause(self, noun: Token, first: int, start: int, end: int) -> bool:
        """Whether a date hung on a noun of the content belongs to a verb of it.

        In "had raised rates four times this year" or "would cut jobs by the end of the
        year", the noun is in a clause of the content, and so is the date; not a date set
        off by a comma ("in Canberra, Jan. 30") or brackets ("to Iran (7198)").
        """
        if self.tokens[first - 1].text in (",", "(") or (
            end < len(self.tokens) and self.tokens[end].text == ")"
        ):
            return False
        head = noun
        while start <= head.i < end and head.head.i != head.i:
            head = head.head
            if start <= head.i < end and head.pos_ in ("VERB", "AUX"):
                return True
        return False

    def within_line(self, span: tuple[int, int], head: Token) -> tuple[int, int]:
        """Return the speaker's phrase ``span`` from the line and dateline ``head`` is in.

        A time stamp on the line above ("15:20 GMT / Sunak: ...") or a dateline's credit
        ("Bogotá, Dec 12 (EFE).- Gov. Diane Whitmore said") is no part of who speaks,
        however the parser joined them to the name.
        """
        start, end = span
        if not start < head.i < end:
            return span
        first = start
        for index in range(start, head.i):
            if self.tokens[index].is_space and "\n" in self.tokens[index].text:
                first = index + 1
        low, high = self.tokens[first].idx, self.tokens[head.i].idx
        for found in _DATELINE_END.finditer(self.text, low, high):
            first = max(first, bisect.bisect_left(self.token_starts, found.end()))
        return self._trim_tokens(first, end) if first > start else span

    def _trim_tokens(self, start: int, end: int) -> tuple[int, int]:
        while start < end - 1 and (self.tokens[start].is_punct or self.tokens[start].is_space):
            start += 1
        if (
            start < end - 2
            and self.tokens[start].lower_ in ("only", "simply", "merely", "just")
            and self.tokens[start + 1].lower_ == "that"
        ):
            start += 1  # "saying only that the case would follow": how little, not what
        while end - 1 > start and _loose_end(self.tokens[end - 1]):
            last = self.tokens[end - 1]
            if last.is_quote and sum(t.is_quote for t in self.tokens[start : end - 1]) % 2:
                break  # 'were declared "persona non grata"': the mark closes one opened inside
            end -= 1
        return start, end

    @abc.abstractmethod
    def _verb_cue(self, verb: Token) -> _Draft | None:
        """Return the statement ``verb`` is the cue of (in :mod:`newsevents.statements._cues`)."""


def _introduced(text: str, start: int) -> bool:
    """Whether the quotation mark at ``start`` follows a comma or colon ('said, "...')."""
    before = text[max(0, start - 3) : start].rstrip(" ")
    return before.endswith((",", ":"))


def _actor_mentions(doc: Doc) -> Iterator[tuple[int, int, str]]:
    """Yield ``(start, end, actor id)`` for every actor mention the actors component listed."""
    for actor in doc._.get(DOC_ACTORS) or []:
        if not isinstance(actor, Mapping) or not isinstance(actor.get("id"), str):
            continue
        for mention in actor.get("mentions") or []:
            if isinstance(mention, Mapping):
                start, end = mention.get("start"), mention.get("end")
                if isinstance(start, int) and isinstance(end, int) and start < end:
                    yield start, end, actor["id"]


# Signs the tokenizer counts as punctuation that belong to the number before them.
_UNIT_SIGNS = frozenset({"%", "‰", "°"})


def _loose_end(token: Token) -> bool:
    """Whether a phrase may lose ``token`` at its end: punctuation, not "41%"'s sign."""
    if token.is_space:
        return True
    return token.is_punct and token.text not in _UNIT_SIGNS
