"""Links between a statement and other actors: sources, senders and addressees.

"According to X" either names the source of another cue's statement in its sentence
(``reported_by``, and the aside is cut from that statement's content) or, with no such cue,
makes X the speaker of the rest of the sentence. A message "from Biden to Xi" or a statement
"on behalf of" someone gives ``on_behalf_of`` and ``addressee``.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.model import SpeechAct
from newsevents.statements._document import _SENTENCE_END, _Draft, _subtree_range
from newsevents.statements._speakers import _Speakers

# Words that link a sentence to the one before and say nothing: "And", "But", "however".
_LINKING_TAGS = frozenset({"CCONJ"})
_LINKING_WORDS = frozenset(
    {"also", "however", "meanwhile", "moreover", "furthermore", "yet", "still", "then", "so"}
)


# Words that set a clause of the writer's against the source's after an "according to" aside.
_JOINING_WORDS = frozenset({"but", "while", "whereas", "yet"})


class _Links(_Speakers):
    """Finds "according to" sources and who a message is from and to."""

    def _find_roles(self, draft: _Draft, verb: Token) -> None:
        """Set who a message is from and to: "conveyed a message from Biden to Xi"."""
        for prep in verb.children:
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if prep.lower_ == "on" and pobj is not None and pobj.lower_ == "behalf":
                of = next((c for c in pobj.children if c.lower_ == "of"), None)
                whom = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
                draft.on_behalf_of = draft.on_behalf_of or whom
        if draft.act is not SpeechAct.CONVEY:
            return
        message = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if message is None:
            return
        # The parser hangs "to Xi" on the verb, "message" or "Biden": all mean the same.
        for prep in [*message.subtree, *verb.children]:
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if prep.dep_ != "prep" or pobj is None:
                continue
            if prep.lower_ == "from" and draft.on_behalf_of is None:
                draft.on_behalf_of = pobj
            elif prep.lower_ == "to" and draft.addressee is None:
                draft.addressee = pobj

    def _preposition_cue(self, token: Token) -> SpeechAct | None:
        for words, act in self.lexicon.prepositions.items():
            if token.lower_ != words[0] or token.i + len(words) > len(self.tokens):
                continue
            if all(self.tokens[token.i + k].lower_ == word for k, word in enumerate(words)):
                return act
        return None

    def _preposition_object(self, token: Token) -> Token | None:
        last = self.tokens[token.i + 1] if token.i + 1 < len(self.tokens) else token
        for candidate in (last, token):
            pobj = next((c for c in candidate.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
        return None

    def _says_something(self, start: int, end: int) -> bool:
        """Whether tokens ``[start, end)`` hold more than a linking word ("And", "But also")."""
        return any(
            not (t.is_punct or t.is_space)
            and t.pos_ not in _LINKING_TAGS
            and t.lower_ not in _LINKING_WORDS
            for t in self.tokens[start:end]
        )

    def _new_clause(self, start: int, end: int) -> bool:
        """Whether tokens ``[start, end)`` open with "but" or "while" and a clause of its own."""
        index = start
        while index < end and self.tokens[index].is_punct:
            index += 1
        if index >= end or self.tokens[index].lower_ not in _JOINING_WORDS:
            return False
        joint = self.tokens[index].head
        verb = next(
            (c for c in joint.rights if c.dep_ == "conj" and index < c.i < end),
            None,
        )
        return (
            verb is not None
            and verb.pos_ in ("VERB", "AUX")
            and any(c.dep_ in ("nsubj", "nsubjpass") and c.i > index for c in verb.children)
        )

    def _according(self, token: Token, reporter: Token | None, act: SpeechAct) -> None:
        """Handle "according to X": X reports another cue's statement, or speaks itself."""
        if reporter is None or reporter.lemma_.lower() in self.lexicon.not_sources:
            return  # "according to the plan"
        mention = self._mention(reporter, (token.i, token.i + 2))
        # The aside runs to the end of the source's phrase, "who spoke on condition of
        # anonymity" included, but not into a cue the parser hung on it.
        phrase_end = reporter.i + 1
        for child in reporter.rights:
            inside = (self.drafts.get(head) for head in range(*_subtree_range(child)))
            if any(draft is not None and draft.content for draft in inside):
                break
            phrase_end = child.right_edge.i + 1
        phrase_end = max(phrase_end, mention[1], token.i + 2)
        sentence = token.sent
        candidates = [
            draft
            for draft in self.drafts.values()
            if sentence.start <= draft.head < sentence.end
            and not token.i <= draft.head < phrase_end
            and draft.content
        ]
        if candidates:
            governing = [d for d in candidates if d.head in {a.i for a in token.ancestors}]
            chosen = (governing or sorted(candidates, key=lambda d: abs(d.head - token.i)))[0]
            if chosen.reported_by is None:
                # "according to a report by Reuters": the report's author reported it.
                document = self._is_document(reporter)
                chosen.reported_by = self._author(reporter) if document else reporter
            # "said ..., according to Xinhua": the source is no part of what was said.
            last = self.tokens[phrase_end - 1]
            self._cut(chosen, token.idx, last.idx + len(last.text))
            return
        draft = _Draft(cue=(token.i, token.i + 2), act=act)
        self._set_speaker(draft, reporter)
        end = sentence.end
        while end > sentence.start and (
            self.tokens[end - 1].is_space or self.tokens[end - 1].text in _SENTENCE_END
        ):
            end -= 1
        spans = [(sentence.start, token.i), (phrase_end, end)]
        if self._says_something(*spans[0]) and self._new_clause(phrase_end, end):
            # "Hundreds are in jail, according to rights groups, but leaders speak out":
            # the clause joined after the aside is the writer's, not the source's.
            spans.pop()
        draft.content = [self._chars(span) for span in spans if self._says_something(*span)]
        if draft.content:
            self.drafts[draft.head] = draft
