"""Personal pronouns resolved to the persons they refer to.

"he", "his", "him", "she", "her" attach to the most salient person of a compatible gender:
in a fronted phrase before the main clause's subject, that subject ("In his meeting with
Wang Yi, Kerry said"); for a subject pronoun, the nearest subject before it in the
sentence, else the main clause's subject of a recent sentence ("Although Li doubted what
Kerry said, he later agreed" is Li); for a possessive or object, the nearest person before
it in the sentence (not the subject of its own verb for "him"/"her").
"""

from __future__ import annotations

from bisect import insort
from collections.abc import Mapping, Sequence
from typing import Any

from newsevents.actors._doc import _SUBJECT_DEPS, _DocState, _Draft
from newsevents.model import ActorKind

_FRONTED_DEPS = frozenset({"prep", "advcl", "npadvmod", "advmod", "pcomp"})
_NAME_LINK_DEPS = frozenset({"conj", "appos", "compound", "flat"})
_MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
_FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
_SUBJECT_PRONOUNS = frozenset({"he", "she"})
_OBJECT_PRONOUNS = frozenset({"him", "her"})
_REFLEXIVE_PRONOUNS = frozenset({"himself", "herself"})
# How many sentences back a pronoun looks for its antecedent.
_PRONOUN_WINDOW = 3


class _Pronouns(_DocState):
    """Attach each personal pronoun to its antecedent, a person found by name."""

    def _resolve_pronouns(self) -> None:
        if not self.person_mentions:
            return
        doc = self.doc
        by_sentence: dict[int, list[tuple[int, int, _Draft]]] = {}
        for head, draft in self.person_mentions:
            insort(by_sentence.setdefault(self._sentence(head), []), (head, id(draft), draft))
        pronouns = _MALE_PRONOUNS | _FEMALE_PRONOUNS
        for i, word in enumerate(self.lower):
            if word not in pronouns or i in self.token_owner:
                continue
            token = doc[i]
            if token.pos_ != "PRON":
                continue
            gender = "male" if word in _MALE_PRONOUNS else "female"
            antecedent = self._antecedent(token, word, gender, by_sentence)
            if antecedent is None:
                continue
            antecedent.mentions.append(self._mention(i, i + 1, pronoun=True))
            antecedent.gender = antecedent.gender or gender
            self._own(antecedent, (i,))
            insort(by_sentence.setdefault(self._sentence(i), []), (i, id(antecedent), antecedent))

    def _antecedent(
        self,
        token: Any,
        word: str,
        gender: str,
        by_sentence: Mapping[int, Sequence[tuple[int, int, _Draft]]],
    ) -> _Draft | None:
        i = token.i
        sentence = self._sentence(i)

        def compatible(draft: _Draft) -> bool:
            return draft.gender in (None, gender)

        before = [
            (head, draft)
            for head, _, draft in by_sentence.get(sentence, ())
            if head < i and compatible(draft)
        ]
        if not before:
            cataphora = self._main_subject_after(token)
            if cataphora is not None and compatible(cataphora):
                return cataphora
        verb = token.head
        if word in _REFLEXIVE_PRONOUNS:
            for head, draft in reversed(before):
                if self._role(head) == "subject" and self.doc[head].head.i == verb.i:
                    return draft
        if word in _OBJECT_PRONOUNS and token.dep_ not in ("poss",):
            # "Kerry thanked him": not the subject of the same verb.
            before = [
                (head, draft)
                for head, draft in before
                if not (self.doc[head].head.i == verb.i and self._role(head) == "subject")
            ]
        if word in _SUBJECT_PRONOUNS:
            subjects = [draft for head, draft in before if self._role(head) == "subject"]
            if subjects:
                return subjects[-1]
            if before:
                return before[-1][1]
        elif before:
            return before[-1][1]
        # Earlier sentences: the subject of the main clause, else the latest subject, else the
        # latest person ("declared Eldon Elliott, recalling when McVeigh entered his shop. He
        # said ..." is Elliott).
        fallback: _Draft | None = None
        for back in range(1, _PRONOUN_WINDOW + 1):
            mentions = [
                (head, draft)
                for head, _, draft in by_sentence.get(sentence - back, ())
                if compatible(draft)
            ]
            earlier = [(head, draft) for head, draft in mentions if self._role(head) == "subject"]
            for head, draft in earlier:
                if self._is_main_clause_subject(head):
                    return draft
            if earlier:
                return earlier[-1][1]
            if mentions and fallback is None:
                fallback = mentions[-1][1]
        return fallback

    def _is_main_clause_subject(self, head: int) -> bool:
        """Whether the subject mention headed by token ``head`` is its sentence's main subject."""
        token = self.doc[head]
        while token.dep_ in _NAME_LINK_DEPS or token.dep_ == "poss":
            if token.head.i == token.i:
                break
            token = token.head
        verb = token.head
        while verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head
        return bool(verb.dep_ == "ROOT")

    def _role(self, head: int) -> str:
        """Whether the mention headed by token ``head`` is a subject (or owns the subject)."""
        token = self.doc[head]
        while token.dep_ in _NAME_LINK_DEPS and token.head.i != token.i:
            token = token.head
        if token.dep_ in _SUBJECT_DEPS:
            return "subject"
        if token.dep_ == "poss" and token.head.dep_ in _SUBJECT_DEPS:
            return "subject"
        return "other"

    def _main_subject_after(self, token: Any) -> _Draft | None:
        """Return the person subject of the main clause when ``token`` is in a phrase before it."""
        root = token.sent.root
        subject = next((child for child in root.children if child.dep_ in _SUBJECT_DEPS), None)
        if subject is None or subject.i < token.i:
            return None
        branch = token
        while branch.head.i != root.i and branch.head.i != branch.i:
            branch = branch.head
        # Only a fronted adjunct ("In his meeting ..., Kerry"), not a quotation before
        # "said X" ("'I saw him,' said X": "him" is someone else).
        if branch.dep_ not in _FRONTED_DEPS:
            return None
        if branch.i == subject.i or branch.i > subject.i or branch.i == root.i:
            return None
        owner = self.token_owner.get(subject.i)
        if owner is not None and owner.kind is ActorKind.PERSON:
            return owner
        return None
