"""Direct quotations: attaching the quotations of the text to statements.

A quotation inside a cue's content joins it. Otherwise it goes to the cue that frames it:
after it ('"...," he said', '"...," said Kerry'), before it ('He said: "..."'), or a short
name before a colon ('Kerry: "..."'). A quotation that starts a sentence and stands alone
right after a statement is that statement's speaker's too (a floating quotation), and so is
one right after a sentence of what someone quoted before does ('Marsh takes a long time to
answer. "..."'). Reported words that end at a colon go on into the quotation after it.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from functools import cache

from spacy.tokens import Token

from newsevents._syntax import SUBJECT_DEPS
from newsevents.lexicons import load_lexicon
from newsevents.model import SpeechAct
from newsevents.quotes import Quote
from newsevents.statements._document import (
    _QUOTING_VERBS,
    _SENTENCE_END,
    _Document,
    _Draft,
    _subtree_range,
)

# Verbs that report someone else's words: '"...," the minister was quoted as saying'.
# The longest stretch, in tokens, between a quotation and the cue that frames it.
_FRAME_LIMIT = 40
# The most words of a label's name and title, and of what is set off after them.
_LABEL_NAME_WORDS = 8
_LABEL_WORDS = 20


@cache
def _person_titles() -> frozenset[str]:
    """Titles and nouns of a person, of the shipped ``titles`` lexicon ("prime minister")."""
    titles = load_lexicon("titles")
    words = [*titles["titles"], *titles["portfolio_titles"], *titles["person_nouns"]]
    return frozenset(word.lower() for word in words)


class _Quotations(_Document):
    """Attaches direct quotations to the statements they belong to."""

    def _quote_tokens(self, quote: Quote) -> tuple[int, int] | None:
        span = self.doc.char_span(quote.start, quote.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        return span.start, span.end

    def _attach_quotes(self) -> None:
        for draft in self.drafts.values():
            self._said(draft)
        covered_by: dict[int, list[_Draft]] = {}
        for draft in self.drafts.values():
            for start, end in draft.content:
                for index in self._quotes_overlapping(start, end):
                    covered_by.setdefault(index, []).append(draft)
        for index, quote in enumerate(self.quotes):
            tokens = self._quote_tokens(quote)
            if index in covered_by:
                framing = self._framing_cue_after(tokens[1]) if tokens else None
                for covering in covered_by[index]:
                    if (
                        covering is framing
                        and covering.content[0][0] < quote.start
                        and not self._continues_clause(quote)
                    ):
                        # '... recipients: "You can earn it," she says': the parse took in
                        # what comes before the quotation; the quotation is what was said.
                        covering.content = [c for c in covering.content if self._quoted(*c)]
                    self._add_quote(covering, quote)
                continue
            if tokens is None:
                continue
            starts_sentence = not self._frame_before(tokens[0])
            found = self._framing_cue_after(tokens[1])
            if found is None and not starts_sentence:
                found = self._framing_cue_before(tokens[0])
            if found is None and not starts_sentence:
                found = self._colon_speaker(tokens[0])
            if found is None and starts_sentence:
                found = self._label_speaker(quote, tokens)
            if found is not None:
                self._add_quote(found, quote, framed=True)
                self._subject_before_aside(found, tokens[0])
            elif starts_sentence:
                before = len(self.drafts)
                self._floating(quote, tokens)
                if len(self.drafts) == before:
                    # 'What brought her back, Mbeki explains, was routine. "I made ..."': the
                    # statement before may get its content only later
                    self.unattached.append((quote, tokens))

    def _subject_before_aside(self, draft: _Draft, first: int) -> None:
        """Take in the subject before a cue set in the clause the quotation goes on with.

        'The Kremlin, he said, "talks about peace and sends drones"': the parser hangs the
        cue on the quoted verb, whose subject stands before the cue; the clause is said
        whole, its subject too (mixed), not the quotation alone.
        """
        verb = self.tokens[draft.head]
        head = verb.head
        if verb.dep_ != "parataxis" or head.i < first or not self._in_quote(head):
            return
        if draft.speaker is None:
            return
        own = verb.left_edge.i
        if self.tokens[own].text != ",":
            own -= 1
        if not draft.speaker.i < verb.i or own < 1 or self.tokens[own].text != ",":
            return
        subjects = [c for c in self._children(head) if c.dep_ in SUBJECT_DEPS and c.i < own]
        if len(subjects) != 1:
            return
        start = subjects[0].left_edge.i
        sentence = self._sentence(verb).start
        words = self.tokens[start:own]
        if (
            start < sentence
            or any(t.i != start and self.tokens[t.i - 1].text in _SENTENCE_END for t in words)
            or any(self._touches_quote(t) or t.pos_ in ("VERB", "AUX") for t in words)
            or not self._has_words(start, own)
        ):
            return
        draft.content = _merge_spans([self._chars((start, own)), *draft.content])
        draft.from_quotes = False

    def _continues_clause(self, quote: Quote) -> bool:
        """Whether a quotation goes on from a word of its sentence: 'were "just cowards"'.

        Then the words before it are said too ('Fans were "just cowards," he added'), unlike
        after a colon or another mark ('... recipients: "You can earn it," she says').
        """
        index = quote.start - 1
        text = self.text
        while index >= 0 and text[index] in " \t":
            index -= 1
        return index >= 0 and text[index].isalnum()

    def _quotes_overlapping(self, start: int, end: int) -> Iterator[int]:
        # Quotations do not overlap, so their ends are sorted too.
        index = bisect.bisect_right(self.quote_ends, start)
        while index < len(self.quotes) and self.quotes[index].start < end:
            if any(a < end and start < b for a, b in self.quotes[index].parts):
                yield index
            index += 1

    def _add_quote(self, draft: _Draft, quote: Quote, *, framed: bool = False) -> None:
        overlaps = any(a < quote.end and quote.start < b for a, b in draft.content)
        if (
            framed
            and draft.content
            and not draft.from_quotes
            and not overlaps
            and not (
                self._text_before_close(quote).endswith(",")
                and all(self._quoted(start, end) for start, end in draft.content)
            )
        ):
            # Content from the parse already; the quotation belongs to it only if they overlap,
            # or if it is the first part of a quotation split around the cue, the parse having
            # found a piece of the second: '"...," said X, "..."'.
            return
        draft.content = _merge_spans([*draft.content, *quote.parts])
        # Content inside quotation marks only (the parse found a piece of the quotation).
        draft.from_quotes = all(self._quoted(start, end) for start, end in draft.content)
        self._said(draft)

    def _text_before_close(self, quote: Quote) -> str:
        """Return the quotation's text without its closing mark and trailing spaces."""
        end = quote.end - (1 if quote.closed else 0)
        return self.text[quote.start : end].rstrip()

    def _frame_before(self, first: int) -> list[Token]:
        """Return the tokens between a quotation and what precedes it in its sentence."""
        frame: list[Token] = []
        index = first - 1
        while index >= 0 and len(frame) < _FRAME_LIMIT:
            token = self.tokens[index]
            if (
                self._paragraph_break(token)
                and not frame
                and index > 0
                and self.tokens[index - 1].text == ":"
            ):
                # 'Mayor Colin Ferreira said:' and the quotation as a paragraph of its own
                index -= 1
                continue
            if self._in_quote(token) or self._paragraph_break(token):
                break
            if token.text in _SENTENCE_END:
                break
            frame.append(token)
            index -= 1
        frame.reverse()
        return [t for t in frame if not (t.is_space or t.is_punct)] and frame

    def _frame_after(self, last: int) -> list[Token]:
        frame: list[Token] = []
        index = last
        while index < len(self.tokens) and len(frame) < _FRAME_LIMIT:
            token = self.tokens[index]
            if self._in_quote(token) or self._paragraph_break(token):
                break
            frame.append(token)
            if token.text in _SENTENCE_END:
                break
            index += 1
        return frame

    def _framing_cue_after(self, last: int) -> _Draft | None:
        """Find the cue after a quotation: '"...," he said', '"...," said Kerry'."""
        seen: list[Token] = []
        for token in self._frame_after(last):
            draft = self.drafts.get(token.i)
            if draft is None or not draft.takes_quote:
                seen.append(token)
                continue
            # Before the cue: nothing but its speaker ("a diplomat who knows the file").
            lo, hi = (token.i, token.i)
            if draft.speaker is not None and draft.speaker.i < token.i:
                lo, hi = _subtree_range(draft.speaker)
            # A capitalised name the parser split off the speaker's phrase: '"...," Human
            # Rights Watch researcher Belkis Wille told VOA' ("Watch" read as a verb).
            named = draft.speaker is not None and draft.speaker.pos_ == "PROPN"
            quoting = _quoting_frame(token)
            if all(
                t.is_punct
                or t.is_space
                or t.pos_ == "ADV"
                or lo <= t.i < hi
                or (t.i == lo - 1 and t.pos_ == "DET")  # "the" the parser hung on the cue
                or (named and t.i < lo and (t.is_title or t.is_upper))
                or t.i in quoting
                # '"...," as one aide put it': the cue's "as"
                or (t.lower_ == "as" and t.dep_ == "mark" and t.head.i == token.i)
                for t in seen
            ) and not self._colon_after(draft):
                return draft
            return None
        return None

    def _colon_after(self, draft: _Draft) -> bool:
        """Whether a colon follows the cue: it introduces what comes next ('She added: "...').

        Such a cue frames no quotation before it; a quoted sentence there floats back to the
        statement before.
        """
        index = self._word_from(draft.cue[1])
        return index < len(self.tokens) and self.tokens[index].text == ":"

    def _framing_cue_before(self, first: int) -> _Draft | None:
        """Find the cue before a quotation: 'He said: "..."', 'Kerry told reporters, "..."'."""
        frame = self._frame_before(first)
        if self._named_in_quotes(frame):
            return None
        for token in reversed(frame):
            if token.is_punct or token.is_space:
                continue
            draft = self.drafts.get(token.i)
            if draft is not None and draft.takes_quote:
                after = [t for t in frame if t.i >= draft.cue[1]]
                own = {t.i for t in self.tokens[draft.head].subtree}
                if all(t.is_punct or t.is_space or t.i in own for t in after):
                    return draft
                return None
            if (
                token.tag_ == "VBG"
                and token.dep_ == "advcl"
                and token.head.i < token.i
                and self.drafts.get(token.head.i) is not None
                and [t.text for t in frame if not t.is_space][-1:] == [","]
            ):
                continue  # '"We think," Marchetti said, pausing for applause, "that ..."'
            if token.pos_ in ("VERB", "AUX") and token.dep_ != "amod":
                return None  # a verb of its own ("the following statement" is none)
        return None

    def _carry_past_colons(self) -> None:
        """Join a quotation to the statement whose content a colon carries on into it.

        'Tourism, he warned, is seasonal and pays poorly: "I can employ four people in
        July."': what he warned ends at the colon, and the quotation no other statement
        took goes on with it. (Run once the contents of reported speech are read.)
        """
        ends: dict[int, _Draft] = {}
        for draft in self.drafts.values():
            if draft.speaker is not None and draft.content:
                ends.setdefault(max(last for _, last in draft.content), draft)
        if not ends:
            return
        taken = [span for draft in self.drafts.values() for span in draft.content]
        for quote in self.quotes:
            before = self.text[: quote.start].rstrip()
            if not before.endswith(":") or any(a < quote.end and quote.start < b for a, b in taken):
                continue
            colon = len(before) - 1
            end = colon
            while end > 0 and self.text[end - 1].isspace():
                end -= 1
            carrier = ends.get(end)
            if carrier is not None:
                carrier.content = _merge_spans([*carrier.content, *quote.parts])
                self._said(carrier)

    def _named_in_quotes(self, frame: list[Token]) -> bool:
        """Whether a quotation after ``frame`` is a name in a phrase of place or medium.

        'said on NBC's "Meet the Press"', 'spoke at the "Summit of Hope"': a title in
        quotation marks after a preposition that is no part of a cue ("asked for", "called
        it") or a possessive, not what was said.
        """
        words = [t for t in frame if not t.is_space]
        if not words:
            return False
        last = words[-1]
        if last.tag_ == "DT" and len(words) > 1:
            last = words[-2]
        elif last.tag_ != "POS":
            return False if last.pos_ != "ADP" else self._cue_at(last) is None
        if last.tag_ == "POS":
            return True
        return last.pos_ == "ADP" and self._cue_at(last) is None

    def _cue_at(self, token: Token) -> _Draft | None:
        """Return the draft whose cue covers or ends right before ``token`` ("asked for")."""
        for index in range(token.i, max(token.i - 3, -1), -1):
            draft = self.drafts.get(index)
            if draft is not None and draft.cue[0] <= token.i <= draft.cue[1]:
                return draft
        return None

    def _colon_speaker(self, first: int) -> _Draft | None:
        """Attribute 'Kerry: "..."': a short name before a colon, the colon as cue."""
        frame = self._frame_before(first)
        words = [t for t in frame if not (t.is_punct or t.is_space)]
        colon = next((t for t in reversed(frame) if not t.is_space), None)
        if colon is None or colon.text != ":" or not words:
            return None
        if any(t.pos_ in ("VERB", "AUX") for t in words):
            return self._clause_before_colon(colon, words)
        if len(words) > 6:
            return None
        head = words[-1]
        if head.pos_ != "PROPN" and self.actor(head) is None:
            return None
        draft = _Draft(cue=(colon.i, colon.i + 1), act=SpeechAct.ASSERT, takes_quote=True)
        draft.speaker = head
        draft.mention = self.within_line(self._trim_tokens(words[0].i, head.i + 1), head)
        draft.from_quotes = True
        self.drafts[colon.i] = draft
        return draft

    def _label_speaker(self, quote: Quote, tokens: tuple[int, int]) -> _Draft | None:
        """Attribute a quotation paragraph to the person the label line above it names.

        A factbox: 'CANADIAN PRIME MINISTER MARK CARNEY' (or 'Mark Carney, Canada's prime
        minister', or 'MEXICAN PRESIDENT CLAUDIA SHEINBAUM, speaking at her daily news
        conference') on a line of its own, and the next paragraph only a quotation. The
        label's name, before any comma, is a person's: a person actor, a person's name, or
        a name with a person's title; the label line is the cue. A heading with a verb
        ("Trump Vows Retaliation"), a section title or an organisation's name is no label.
        """
        text = self.text
        line_start = text.rfind("\n", 0, quote.start) + 1
        line_end = text.find("\n", quote.end)
        if line_end < 0:
            line_end = len(text)  # the quotation ends the text
        if text[line_start : quote.start].strip() or text[quote.end : line_end].strip():
            return None  # not a paragraph that is only the quotation
        index = tokens[0] - 1
        if index < 0 or not self._paragraph_break(self.tokens[index]):
            return None
        label: list[Token] = []
        index -= 1
        while index >= 0 and not (self.tokens[index].is_space and "\n" in self.tokens[index].text):
            label.append(self.tokens[index])
            index -= 1
        label.reverse()
        words = [t for t in label if not t.is_space]
        if not words or len(words) > _LABEL_WORDS:
            return None
        if words[-1].text in _SENTENCE_END or words[-1].is_punct or words[-1].is_quote:
            return None  # a sentence, or a frame ending in a colon
        if any(self._in_quote(t) or t.is_quote or t.text in _SENTENCE_END for t in words):
            return None
        comma = next((k for k, t in enumerate(words) if t.text in (",", "—", "–")), len(words))
        name = words[:comma]
        if not name or len(name) > _LABEL_NAME_WORDS or name[0].pos_ == "ADP":
            return None  # "By Lisa Baertlein": a by-line names the writer
        if any(
            not (t.text[:1].isupper() or t.lower_ in ("of", "for", "the", "and", "'s", "de"))
            or t.pos_ in ("VERB", "AUX")
            or self.lexicon.is_cue(t.lower_)
            or t.lower_ in self.lexicon.verb_forms
            for t in name
        ):
            return None  # a heading that says something, or a sentence cut short
        head = name[-1]
        if not head.is_alpha:
            return None
        actor = self.actor(head)
        kind = self.actor_kinds.get(actor) if actor is not None else None
        lowers = [t.lower_ for t in words]
        titled = any(
            " ".join(lowers[k : k + n]) in _person_titles()
            for n in (1, 2, 3)
            for k in range(len(lowers))
        )
        person = (
            kind == "person"
            or (kind is None and head.ent_type_ == "PERSON")
            or (titled and kind in (None, "organization"))
        )
        if not person or any(
            draft.content and words[0].i <= key <= words[-1].i for key, draft in self.drafts.items()
        ):
            return None
        for key in range(words[0].i, words[-1].i + 1):
            self.drafts.pop(key, None)  # "told reporters in Canberra": no cue of its own
        draft = _Draft(cue=(words[0].i, words[-1].i + 1), act=SpeechAct.ASSERT, takes_quote=True)
        # An organisation the name was taken for ("URSULA VON DER LEYEN") does not speak.
        draft.speaker = head if kind in (None, "person") else None
        draft.mention = (name[0].i, head.i + 1)
        draft.from_quotes = True
        draft.label = True
        self.drafts[words[0].i] = draft
        return draft

    def _clause_before_colon(self, colon: Token, words: list[Token]) -> _Draft | None:
        """Attribute 'Lopez was not convinced: "..."' to the subject of the short clause.

        A clause of a dozen words at most (a phrase set off before it by a comma aside: "On
        the criticism from her own party's left wing, Rebelo was blunt:"), with no cue of
        its own and no object (but "put it bluntly"), whose subject is an actor, a person or
        "he", "she" or "they": the colon is the cue.
        """
        commas = [i for i in range(words[0].i, colon.i) if self.tokens[i].text == ","]
        if commas and words[0].pos_ == "ADP":
            # the fronted phrase is no part of the clause
            words = [t for t in words if t.i > commas[-1]]
        if not words or len(words) > 12:
            return None
        # The clause's verb: the one of its words that hangs outside them (the parser may
        # hang it from the quotation after the colon)
        first = words[0].i
        root = next(
            (
                t
                for t in words
                if t.pos_ in ("VERB", "AUX")
                and (t.head.i == t.i or not first <= t.head.i < colon.i)
            ),
            None,
        )
        if root is None:
            return None
        if any(c.dep_ == "dobj" for c in self._children(root)) and root.lemma_ != "put":
            return None  # "Police found a note: '...'": what was found, not what they said
        subject = next(
            (c for c in self._children(root) if c.dep_ in SUBJECT_DEPS and c.i < colon.i),
            None,
        )
        if subject is None or subject.i < words[0].i:
            return None
        speaks = (
            self.actor(subject) is not None
            or subject.ent_type_ == "PERSON"
            or subject.lower_ in ("he", "she", "they")
        )
        if not speaks:
            return None
        draft = _Draft(cue=(colon.i, colon.i + 1), act=SpeechAct.ASSERT, takes_quote=True)
        draft.speaker = subject
        draft.mention = self._trim_tokens(subject.left_edge.i, subject.i + 1)
        draft.from_quotes = True
        self.drafts[colon.i] = draft
        return draft

    def _float_again(self, drafts: list[_Draft]) -> None:
        """Try the quotations no statement took again, after ``drafts`` got their content."""
        for draft in drafts:
            self._said(draft)
        pending, self.unattached = self.unattached, []
        for quote, tokens in pending:
            self._floating(quote, tokens)

    def _floating(self, quote: Quote, tokens: tuple[int, int]) -> None:
        """Attribute a quotation standing alone right after a statement to its speaker."""
        words = sum(1 for t in self.tokens[tokens[0] : tokens[1]] if t.is_alpha)
        inside = self.text[quote.start : quote.end].rstrip("\"”’'» ")
        # a sentence of its own may be short ("Let's go."); a word or two alone is a term
        if words < 2 or (words < 3 and not inside.endswith((".", "!", "?"))):
            return
        if (
            not inside.endswith((".", "!", "?", ",", ";", ":", "…"))
            and not any(t.pos_ in ("VERB", "AUX") for t in self.tokens[tokens[0] : tokens[1]])
            and self._has_words(tokens[1], self.sentences.of(tokens[0]).end)
        ):
            return  # '"The Salt Years" opens in February': a title in a sentence, not said
        index = bisect.bisect_right(self.said_ends, (quote.start, len(self.said_ends))) - 1
        if index < 0:
            return
        told_last = self.said_by_end[self.said_ends[index][1]]
        last = self._main_statement(told_last)
        # Nothing but the statement's own sentence may stand between it and the quotation
        # (nor the background statement's after it: 'as supporters shouted "Elena! Elena!"').
        said_in = self.sentences.of(last.head) if last.head >= 0 else None
        gap_start = max(self._token_at(last.end()), said_in.end if said_in else 0)
        if told_last is not last:
            gap_start = max(gap_start, self._token_at(told_last.end()))
        if self._has_words(gap_start, tokens[0]) and not self._speaker_acts(
            last, gap_start, tokens[0]
        ):
            self._after_a_beat(quote, tokens[0])
            return
        answered = self.replies.get(id(last))
        if answered is not None:
            # "...," Ahmet said. / "Write what?" / "What Memet said.": the turns alternate
            last = answered
        elif self._reply_turn(last, quote, tokens):
            # '"Green or black?" she asked. / "Black, please."': the other one answers,
            # whom the text does not name; the speaker stays unknown
            reply = _Draft(
                cue=last.cue,
                act=SpeechAct.ASSERT,
                content=list(quote.parts),
                from_quotes=True,
                addressee=last.speaker if self.actor(last.speaker) is not None else None,
            )
            self.drafts[self._free_key(tokens[0])] = reply
            self.replies[id(reply)] = last
            bisect.insort(self.said_ends, (reply.end(), len(self.said_by_end)))
            self.said_by_end.append(reply)
            return
        floating = _Draft(
            cue=last.cue,
            act=last.act,
            speaker=last.speaker,
            mention=last.mention,
            content=list(quote.parts),
            from_quotes=True,
            document=last.document,
            author=last.author,
            addressee=last.addressee,  # the same cue: "the governor told reporters"
            label=last.label,
        )
        self.drafts[self._free_key(tokens[0])] = floating
        self._said(floating)

    def _opens_paragraph(self, first: int) -> bool:
        """Whether the token at ``first`` opens its paragraph."""
        return first == 0 or self._paragraph_break(self.tokens[first - 1])

    def _turn_alone(self, tokens: tuple[int, int]) -> bool:
        """Whether the quotation at ``tokens`` is a paragraph of its own, nothing else in it."""
        first, last = tokens
        before = self._opens_paragraph(first)
        rest = self._word_from(last)
        after = rest >= len(self.tokens) or (
            rest > 0 and self._paragraph_break(self.tokens[rest - 1])
        )
        return before and after

    def _reply_turn(self, last: _Draft, quote: Quote, tokens: tuple[int, int]) -> bool:
        """Whether a quotation standing alone answers the quoted turn before it.

        In a dialogue, '"Green or black?" she asked. / "Black, please."' or '"You should not
        write that," Ahmet said. / "Write what?"': a paragraph that is nothing but a short
        quotation, after a paragraph that is nothing but one quoted turn and its cue, with
        a question on one side only and a word of the turn taken up again, is the other
        one's answer. News that goes on quoting one speaker ('"We will fight," he said. /
        "We have no choice."') takes up no word and asks nothing.
        """
        if last.speaker is None or not last.content or not self._turn_alone(tokens):
            return False
        said = self.text[last.content[0][0] : last.content[-1][1]]
        if not said.lstrip().startswith(('"', "“", "'", "‘")):
            return False
        turn = self._token_at(last.content[0][0])
        if not self._opens_paragraph(turn):
            return False  # the turn before opens its paragraph
        if last.head < turn or any(self._paragraph_break(t) for t in self.tokens[turn : last.head]):
            return False  # and its cue comes after it in the paragraph
        if self._has_words(self.sentences.of(last.head).end, tokens[0]):
            return False  # with nothing more
        words = [t for t in self.tokens[tokens[0] : tokens[1]] if t.is_alpha]
        if len(words) > 4:
            return False
        answer = self.text[quote.start : quote.end].rstrip("\"”’'» ")
        asked = said.rstrip("\"”’'» ,").endswith("?")
        if asked == answer.endswith("?"):
            return False
        taken_up = {t.lemma_.lower() for t in words if not t.is_stop}
        return any(
            t.lemma_.lower() in taken_up
            for t in self.tokens[turn : self._token_at(last.content[-1][1] - 1) + 1]
            if t.is_alpha and not t.is_stop
        )

    def _main_statement(self, last: _Draft) -> _Draft:
        """Return the statement a floating quotation continues, given the last one before it.

        '"...," Moreno said, as the crowd chanted "Elena!". "It was about ..."': a cue in a
        clause of time ("as", "while", "when") hung on another statement's cue is the
        background; the quotation after goes on with the main statement.
        """
        if last.head < 0:
            return last
        cue = self.tokens[last.head]
        if cue.dep_ != "advcl" or not any(
            c.dep_ == "mark" and c.lower_ in ("as", "while", "when") for c in self._children(cue)
        ):
            return last
        main = self.drafts.get(cue.head.i)
        return main if main is not None and main.speaker is not None and main.content else last

    def _after_a_beat(self, quote: Quote, first: int) -> None:
        """Attribute a quotation after a sentence of what someone quoted before does.

        'Marsh shrugs when the statement is read to her. "Tom has to say that."': in a
        profile or interview, a sentence of one person's gesture or pause (with no words
        reported and no quotation of its own) introduces what that person says next; its
        verb is the cue. Only a person who has spoken earlier in the text, and only in
        the same paragraph.
        """
        if self._opens_paragraph(first):
            return
        sentence = self.tokens[first - 1].sent
        root = sentence.root
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
        actor = self.actor(subject) if subject is not None else None
        if (
            subject is None
            or actor is None
            or self.actor_kinds.get(actor) != "person"
            or root.pos_ != "VERB"
        ):
            return
        # (a quotation may end just before: '"No. Well, maybe a little." She smiles. "..."')
        end = min(sentence.end, first)  # the parser may run the two sentences together
        if any(self.quote_of[i] >= 0 for i in range(subject.i, end)) or any(
            sentence.start <= head < end and draft.content for head, draft in self.drafts.items()
        ):
            return
        if not any(
            self.actor(draft.speaker) == actor and draft.end() < quote.start
            for draft in self.said_by_end
        ):
            return
        draft = _Draft(
            cue=(root.i, root.i + 1),
            act=SpeechAct.ASSERT,
            speaker=subject,
            mention=self._trim_tokens(subject.left_edge.i, subject.i + 1),
            content=list(quote.parts),
            from_quotes=True,
        )
        self.drafts[self._free_key(first)] = draft
        self._said(draft)

    def _speaker_acts(self, last: _Draft, start: int, end: int) -> bool:
        """Whether tokens ``[start, end)`` are one sentence in which the last speaker acts.

        In 'Asked to point him out, Elliott gestured to the table. "Right over there."',
        the quotation is still Elliott's: the sentence between is about what he did, with
        him as its subject, and reports nobody's words.
        """
        speaker = self.actor(last.speaker)
        if speaker is None:
            return False
        while start < end and self.tokens[start].is_space:
            start += 1
        if start >= end:
            return True
        sentence = self.sentences.of(start)
        if sentence.start != start or self._has_words(sentence.end, end):
            return False
        if any(
            start <= head < end and draft.speaker is not None for head, draft in self.drafts.items()
        ) or any(self.quote_of[i] >= 0 for i in range(start, end)):
            return False
        # the root or a clause joined to it: "Some in the crowd booed, and he raised a hand"
        verbs = [sentence.root, *(c for c in self._children(sentence.root) if c.dep_ == "conj")]
        return any(
            c.dep_ == "nsubj" and self.actor(c) == speaker
            for verb in verbs
            for c in self._children(verb)
        )

    def _said(self, draft: _Draft) -> None:
        """Note where a statement with a speaker ends, for floating quotations after it."""
        if draft.speaker is not None and draft.content:
            bisect.insort(self.said_ends, (draft.end(), len(self.said_by_end)))
            self.said_by_end.append(draft)

    def _free_key(self, index: int) -> int:
        """Return a draft key for a statement without a cue of its own."""
        key = -(index + 1)
        while key in self.drafts:
            key -= len(self.tokens) + 1
        return key


def _quoting_frame(cue: Token) -> set[int]:
    """Return the words "was quoted as" before a cue: '"...," she was quoted as saying'."""
    words: set[int] = set()
    head = cue.head
    if head.lower_ == "as" and head.dep_ == "prep":
        words.add(head.i)
        head = head.head
    if head.lemma_.lower() in _QUOTING_VERBS and head.i < cue.i:
        words.add(head.i)
        children = list(head.children)
        words.update(c.i for c in children if c.dep_ in ("aux", "auxpass"))
        # who quotes: '"...," Lavrov was quoted by RIA Novosti as saying', '"...," TASS
        # cited the source as saying'
        quoted_by = [c for c in children if c.dep_ == "agent"]
        if any(c.dep_ == "dobj" for c in children):
            quoted_by += [c for c in children if c.dep_ == "nsubj"]
        words.update(t.i for c in quoted_by if c.i < cue.i for t in c.subtree)
        return words
    return set()


def _merge_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged
