"""Persons referred to by what the text said of them: "the new champion", "the 38-year-old".

News names a person once and then calls them by what it told of them:

- a noun in apposition to the name ("Luca Moretti, the new champion," ... "the champion
  said"), or right before it ("striker Harry Kane" ... "the striker");
- an age set off after the name ("Gareth Pryce, 44," ... "the 44-year-old");
- a nationality ("Ukrainian Andriy Kovalenko" ... "the Ukrainian"), as the person's country.

A singular noun phrase with "the" that says the same, and is no name's title or predicate,
refers to that person when exactly one person named before it fits. Titles of the lexicon
("the minister") are read by :mod:`newsevents.actors._descriptions` first; a description
that fits several persons, or nobody, is left alone.

An outlet is called by what it is: "The Yorkshire Post reported ... the paper said" (see
:meth:`_Epithets._find_outlets_again`).
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import DEP, TAG
from spacy.strings import get_string_id
from spacy.tokens import Token

from newsevents._arrays import found_in, id_array
from newsevents._syntax import SUBJECT_DEPS
from newsevents.actors._descriptions import _GENERIC_HEADS, _PREDICATE_DEPS
from newsevents.actors._doc import _DocState, _Draft
from newsevents.actors._lexicon import _key
from newsevents.model import ActorKind

_SINGULAR_TAGS = frozenset({"NN", "NNP", "JJ"})
# Where an epithet stands: a subject, or the source of "according to".
_EPITHET_DEPS = frozenset({"nsubj", "nsubjpass", "pobj"})
# Their string ids as the doc's arrays hold them (a label spaCy knows as a symbol, such as
# "nsubj", has the symbol's id, not its hash).
_SINGULAR_TAG_IDS = frozenset(get_string_id(tag) for tag in _SINGULAR_TAGS)
_EPITHET_DEP_IDS = frozenset(get_string_id(dep) for dep in _EPITHET_DEPS)
# Nouns by which news calls an outlet it has named: "the paper said".
_OUTLET_NOUNS = frozenset({
    "newspaper", "paper", "daily", "broadcaster", "network", "channel", "magazine", "tabloid",
    "outlet", "station", "website", "weekly",
})  # fmt: skip
# Words of outlets' names ("The Yorkshire Post", "Sky News").
_OUTLET_NAME_WORDS = frozenset({
    "times", "post", "journal", "news", "herald", "tribune", "gazette", "chronicle",
    "telegraph", "inquirer", "guardian", "observer", "express", "mail", "mirror", "star",
    "standard", "independent", "tv", "radio", "television", "broadcasting", "press",
})  # fmt: skip
# Verbs whose subject is an outlet at work: "Al Jazeera reported".
_REPORTING_VERBS = frozenset({"report", "publish", "broadcast", "air", "reveal"})


class _Epithets(_DocState):
    """Attach "the champion", "the 44-year-old" and "the Ukrainian" to the person meant."""

    def _find_epithets(self) -> None:
        self._find_outlets_again()
        persons = [draft for draft in self.persons if draft.kind is ActorKind.PERSON]
        if not persons:
            return
        given: dict[int, set[str]] = {}  # what the text says of each person, when needed
        # The singular words where an epithet stands, picked in the doc's arrays.
        rows = self.doc.to_array([TAG, DEP]).astype(np.uint64, copy=False)  # as stored
        fits = found_in(rows[:, 0], id_array(_SINGULAR_TAG_IDS))
        fits &= found_in(rows[:, 1], id_array(_EPITHET_DEP_IDS))
        for i in np.flatnonzero(fits).tolist():
            token = self.tokens[i]
            if i in self.token_owner or not self._refers_as_epithet(token):
                continue
            keys = self._epithet_keys(token)
            if not keys:
                continue
            if not given:
                given = {id(draft): self._epithets_of(draft) for draft in persons}
            ages = {key for key in keys if key.startswith("age:")}
            fitting = [
                draft
                for draft in persons
                if draft.mentions
                and min(mention.start for mention in draft.mentions) < i
                and keys & given[id(draft)]
                and ages <= given[id(draft)]  # an age must fit: "the 89-year-old leader"
            ]
            if len(fitting) == 1:
                self._attach_epithet(fitting[0], token)

    def _epithets_of(self, draft: _Draft) -> set[str]:
        """Return what the text says of a person by their name, as keys of :meth:`_epithet_keys`."""
        found: set[str] = set()
        if draft.country is not None:
            found.add(f"country:{draft.country}")
        lower = self.lower
        for mention in draft.mentions:
            if mention.pronoun or mention.description:
                continue
            head = self.tokens[self._head(mention.start, mention.end)]
            end = mention.end
            for child in head.rights:
                # "Luca Moretti, the new champion,": a noun set off right after the name
                if (
                    child.dep_ == "appos"
                    and child.pos_ == "NOUN"
                    and child.i not in self.token_owner
                    and end < len(lower)
                    and lower[end] == ","
                    and child.left_edge.i == end + 1
                    and self._plain_noun(child)
                ):
                    found.add(f"noun:{child.lemma_.lower()}")
            before = mention.start - 1
            if (
                before >= 0
                and self.pos[before] == "NOUN"
                and self.words[before].islower()
                and self.tokens[before].dep_ == "compound"
                and self._plain_noun(self.tokens[before])
            ):
                found.add(f"noun:{self.tokens[before].lemma_.lower()}")  # "striker Harry Kane"
            if (
                end + 2 < len(lower)
                and lower[end] == ","
                and lower[end + 2] in (",", ".", ";")
                and self.tokens[end + 1].is_digit
                and 0 < int(self.words[end + 1]) < 120
            ):
                found.add(f"age:{int(self.words[end + 1])}")  # "Gareth Pryce, 44,"
        return found

    def _plain_noun(self, token: Token) -> bool:
        """Whether a noun is no title of the lexicon: those are descriptions' to resolve."""
        lemma = token.lemma_.lower()
        return _key(lemma) not in self.lexicon.titles and lemma not in _GENERIC_HEADS

    def _refers_as_epithet(self, token: Token) -> bool:
        """Whether ``token`` heads a short definite subject or source: "the champion said".

        A phrase with words after its head ("the wife of a man called Shaker") describes
        someone anew; a predicate or a name's title ("the striker Harry Kane") says who
        someone is.
        """
        if token.dep_ in _PREDICATE_DEPS or not any(
            child.dep_ == "det" and child.lower_ == "the" for child in token.lefts
        ):
            return False
        if any(not child.is_punct for child in token.rights):
            return False
        if token.i + 1 < len(self.tokens) and self.pos[token.i + 1] == "PROPN":
            return False
        if token.dep_ in SUBJECT_DEPS:
            return True
        # "according to the prosecutor"
        head = token.head
        return token.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according"

    def _epithet_keys(self, token: Token) -> set[str]:
        """Return what the noun phrase headed by ``token`` says of whom it refers to."""
        keys: set[str] = set()
        start = token.left_edge.i
        words = self.lower[start : token.i + 1]
        # "the 44-year-old (mechanic)": the number before "-year-old"
        for j in range(len(words) - 3):
            if words[j + 1 : j + 4] == ["-", "year", "-"] and words[j].isdigit():
                keys.add(f"age:{int(words[j])}")
        if token.pos_ == "NOUN" and token.text.islower():
            keys.add(f"noun:{token.lemma_.lower()}")
        elif self._is_capitalised(token.i) and token.ent_type_ in ("", "NORP", "GPE"):
            match = self._country_match(token.text)
            if match is not None and match.demonym:
                keys.add(f"country:{match.code}")  # "the Ukrainian"
        return keys

    def _attach_epithet(self, draft: _Draft, token: Token) -> None:
        """Make the noun phrase headed by ``token``, from its "the", a mention of ``draft``."""
        start = next(child.i for child in token.lefts if child.dep_ == "det")
        start += 1  # the words after "the", as descriptions are written
        if any(j in self.token_owner for j in range(start, token.i + 1)):
            return
        mention = self._mention(start, token.i + 1)
        mention.description = True  # not a name: no entity of its own
        draft.mentions.append(mention)
        draft.last_token = max(draft.last_token, token.i)
        self._own(draft, range(start, token.i + 1))
        self.person_mentions.append((token.i, draft))

    def _find_outlets_again(self) -> None:
        """Make "the paper" a mention of the outlet named last before it.

        An organisation is an outlet when its name has a word of outlets' names ("The
        Yorkshire Post"), it is the subject of "reported" ("Al Jazeera reported") or it holds
        an interview ("in an interview with Der Spiegel"); one named with an outlet's noun
        ("the magazine Der Spiegel") is that noun's. Only a
        bare "the paper", "the broadcaster": "the local paper" may be another.
        """
        # (first token, outlet, the outlet nouns it is named with or None for any), in text
        # order: "the magazine Der Spiegel" is "the magazine", "the rights network IFEX" no
        # newspaper
        outlets: list[tuple[int, _Draft, frozenset[str] | None]] = []
        for draft in self.drafts:
            if draft.kind is not ActorKind.ORGANIZATION:
                continue
            nouns: frozenset[str] | None = None
            if not self._is_outlet(draft):
                nouns = frozenset(
                    word
                    for title in draft.titles
                    for word in title.lower().split()
                    if word in _OUTLET_NOUNS
                )
                if not nouns:
                    continue
            outlets.extend((mention.start, draft, nouns) for mention in draft.mentions)
        if not outlets:
            return
        outlets.sort(key=lambda item: item[0])
        for i, word in enumerate(self.lower):
            if word not in _OUTLET_NOUNS or i in self.token_owner or self.pos[i] != "NOUN":
                continue
            lefts = [child.i for child in self.tokens[i].lefts]
            if i == 0 or self.lower[i - 1] != "the" or lefts != [i - 1]:
                continue
            if i + 1 < len(self.tokens) and (
                i + 1 in self.token_owner or self.pos[i + 1] == "PROPN"
            ):
                continue  # "The newspaper Al-Shorouk reported": named, not named again
            before = [
                draft
                for start, draft, nouns in outlets
                if start < i and (nouns is None or word in nouns)
            ]
            if before:
                draft = before[-1]
                draft.mentions.append(self._mention(i - 1, i + 1))
                self._own(draft, (i - 1, i))

    def _is_outlet(self, draft: _Draft) -> bool:
        if any(word in _OUTLET_NAME_WORDS for key in draft.key for word in key.split()):
            return True
        for mention in draft.mentions:
            head = self.tokens[self._head(mention.start, mention.end)]
            if head.dep_ == "nsubj" and head.head.lemma_.lower() in _REPORTING_VERBS:
                return True
            if self._interviewer(head):
                return True
        return False

    def _interviewer(self, head: Token) -> bool:
        """Whether ``head`` is the object of "with" after an interview: "with Der Spiegel"."""
        prep = head.head
        return (
            head.dep_ == "pobj"
            and prep.lower_ == "with"
            and prep.head.lemma_.lower() == "interview"
            and prep.head.pos_ == "NOUN"
        )
