"""Speakers named "they": the group or the people named just before.

"They said ...", "they told reporters ...": the plural pronoun stands for the most recent
plural that can speak, found the way the actors component finds a "he" or "she" (see
:mod:`newsevents.actors._pronouns`): in the pronoun's own sentence, the subject before it
of the highest clause; in the sentences before (three at most), the subject of the main
clause, else the latest subject, else the latest plural named at all; in its own sentence,
a source named by "according to" comes before any subject. Outside quotation
marks, a plural named only inside them is never taken.

A plural that can speak is a plural noun of the lexicon's people and groups ("officials",
"the ministers", "protesters", a plural demonym), a subject in the singular that the
lexicon's groups name ("the family", "the crowd"), or names joined by "and" ("Biden and Xi
met ..."), or an earlier "they". The statement's speaker is the actor on it: the group, or
for joined names the first one, as for "Britain and France said"; "the two companies said"
and "both leaders said" take two joined names the same way, of the kind the noun names
("both countries" two countries, "the two sides" never two persons). A plural that is no actor
("Protesters gathered ...", "The two spoke by phone") still stops the search, and the
speaker stays unknown: a wrong speaker is worse than none. Things ("the talks", "prices")
are no antecedents.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from newsevents._syntax import SUBJECT_DEPS, clause_depth, is_caption
from newsevents.lexicons import load_lexicon
from newsevents.statements._document import _Document, _Draft

# How many sentences back "they" looks for its antecedent (as for "he" and "she").
_PLURAL_WINDOW = 3
# How many earlier "they" one "they" may go back through.
_CHAIN_DEPTH = 4
# Actors of these kinds may be named by a plural: groups, organisations used in the plural.
_PLURAL_KINDS = frozenset({"group", "organization"})
# Nouns of "the two ..." that name countries, companies, and sides of other kinds.
_COUNTRY_NOUNS = frozenset({"country", "nation"})
_COMPANY_NOUNS = frozenset({"company", "firm", "organization", "organisation", "agency"})
_SIDE_NOUNS = frozenset(
    {"side", "government", "delegation", "party", "team", "camp", "faction", "group", "body"}
)
# Actors of these kinds may be joined by "and" into a plural antecedent.
_JOINED_KINDS = frozenset({"person", "organization", "country", "group"})


@cache
def _speaking_nouns() -> tuple[frozenset[str], frozenset[str]]:
    """Return the plural group nouns and the singular person words of the ``titles`` lexicon.

    "officials", "protesters" (as written), and "minister", "witness", "father" (lemmas of
    a plural: "ministers", "witnesses").
    """
    lists = load_lexicon("titles")
    groups = frozenset(word.lower() for word in lists.get("group_nouns", []))
    people = frozenset(
        word.lower()
        for key in ("person_nouns", "kinship_nouns", "titles")
        for word in lists.get(key, [])
        if " " not in word
    )
    return groups, people


class _Plurals(_Document):
    """Give a speaker "they" the actor it stands for."""

    def _resolve_they(self, drafts: list[_Draft]) -> None:
        """Set the actor of each statement whose speaker is an unresolved "they"."""
        self._they: dict[int, str | None] = {}
        for draft in sorted(drafts, key=lambda d: d.cue):
            speaker = self._unresolved_speaker(draft)
            if speaker is None or speaker.lower_ != "they" or self._touches_quote(speaker):
                continue
            draft.actor_id = self._enclosing_plural(speaker, drafts) or self._plural_antecedent(
                speaker, 0
            )

    def _enclosing_plural(self, pronoun: Token, drafts: list[_Draft]) -> str | None:
        """Return the plural speaker whose reported words hold "they", if it is an actor.

        "police said ... the march, which they described as peaceful": the police, not the
        organisers who spoke first in the sentence.
        """
        at = pronoun.idx
        # the innermost: the speaker nearest before it whose words hold it
        holders = [
            other.speaker
            for other in drafts
            if other.speaker is not None
            and other.speaker.i < pronoun.i
            and any(start <= at < end for start, end in other.content)
        ]
        if not holders:
            return None
        outer = max(holders, key=lambda token: token.i)
        return self.actor(outer) if outer.tag_ in ("NNS", "NNPS") else None

    def _unresolved_speaker(self, draft: _Draft) -> Token | None:
        """Return the speaker of a statement of its own that no actor covers, if any."""
        speaker = draft.speaker
        if (
            speaker is None
            or draft.nested
            or draft.document
            or draft.actor_id is not None
            or self.actor(speaker) is not None
        ):
            return None
        return speaker

    def _resolve_pairs(self, drafts: list[_Draft]) -> None:
        """Set the actor of each statement said by "the two companies", "both leaders".

        The nearest plural before it that can speak must be two names joined by "and"
        ("Northwind Logistics and Calder Shipping have agreed to merge, the two companies
        said"); the speaker is the first, as for "they". Any other plural stops the search.
        """
        for draft in drafts:
            speaker = self._unresolved_speaker(draft)
            if speaker is None or speaker.tag_ != "NNS" or not _a_pair(speaker):
                continue
            sentence = self._sentence(speaker)
            scopes = [(sentence.start, speaker.i)]
            start = sentence.start
            for _ in range(_PLURAL_WINDOW):
                if start == 0:
                    break
                earlier = self.sentences.of(start - 1)
                start = earlier.start
                scopes.append((earlier.start, earlier.end))
            wanted = _pair_kinds(speaker)
            for low, high in scopes:
                found = [
                    pair
                    for pair in self._candidates(low, high, 0)
                    if wanted is None or self._may_be(pair, wanted)
                ]
                if not found:
                    continue
                token, actor = found[-1]
                subjects = [pair for pair in found if _is_subject(pair[0])]
                if subjects:
                    token, actor = subjects[-1]
                if self._joined(token) is not None:
                    draft.actor_id = actor
                break
            else:
                if wanted is not None and "person" in wanted:
                    draft.actor_id = self._only_pair_of_persons(start)

    def _only_pair_of_persons(self, end: int) -> str | None:
        """Return the first of the one pair of persons joined by "and" before ``end``.

        "Gov. Diane Whitmore and Sen. Rosa Castellano debated ... (four sentences on) Both
        candidates pledged ...": past the window, "both" or "the two" with a noun of people
        is the pair the story joined, when it joined only one pair of persons before.
        """
        firsts = {
            first
            for token, actor in self._candidates(0, end, 0)
            if actor is not None
            and self.actor_kinds.get(actor) == "person"
            and (first := self._joined(token)) is not None
        }
        return firsts.pop() if len(firsts) == 1 else None

    def _may_be(self, candidate: tuple[Token, str | None], wanted: frozenset[str]) -> bool:
        """Whether a plural found before "the two countries" may be of the ``wanted`` kinds.

        An actor of another kind ("Iwaya and Manalo" for "both countries") is passed
        over, and so is a plural of people no actor covers when no persons are wanted
        ("Protesters gathered"); any other plural stops the search.
        """
        token, actor = candidate
        if actor is not None:
            return self.actor_kinds.get(actor) in wanted
        if "person" in wanted or token.lower_ == "they":
            return True
        groups, people = _speaking_nouns()
        return not (token.lower_ in groups or token.lemma_.lower() in people)

    def _plural_antecedent(self, pronoun: Token, depth: int) -> str | None:
        """Return the actor of the plural "they" at ``pronoun`` refers to, if it is one."""
        if pronoun.i in self._they:
            return self._they[pronoun.i]
        self._they[pronoun.i] = None  # no cycle through itself
        found = self._antecedent(pronoun, depth)
        self._they[pronoun.i] = found
        return found

    def _antecedent(self, pronoun: Token, depth: int) -> str | None:
        sentence = self._sentence(pronoun)
        before = self._candidates(sentence.start, pronoun.i, depth)
        for token, actor in before:
            if (
                token.dep_ == "pobj"
                and token.head.lower_ == "to"
                and (token.head.head.lower_ == "according")
            ):
                # "According to residents, the men were shot, except a girl who they said
                # survived": the source of the sentence, not its subject
                return actor
        subjects = [(token, actor) for token, actor in before if _is_subject(token)]
        if subjects:
            # The subject of the highest clause, the nearest of those.
            token, actor = min(reversed(subjects), key=lambda pair: clause_depth(pair[0]))
            return actor
        if before:
            return before[-1][1]
        fallback: tuple[str | None] | None = None
        start = sentence.start
        for _ in range(_PLURAL_WINDOW):
            if start == 0:
                break
            earlier = self.sentences.of(start - 1)
            start = earlier.start
            if is_caption(earlier, self.sentences):
                continue  # a photo caption interrupts the story
            found = self._candidates(earlier.start, earlier.end, depth)
            subjects = [(token, actor) for token, actor in found if _is_subject(token)]
            for token, actor in subjects:
                if _main_clause(token):
                    return actor
            if subjects:
                return subjects[-1][1]
            if found and fallback is None:
                fallback = (found[-1][1],)
        return fallback[0] if fallback is not None else None

    def _candidates(self, start: int, end: int, depth: int) -> list[tuple[Token, str | None]]:
        """Return the plurals that can speak in tokens ``[start, end)``, with their actors."""
        groups, people = _speaking_nouns()
        found: list[tuple[Token, str | None]] = []
        for index in range(start, end):
            token = self.tokens[index]
            if token.is_punct or token.is_space or self.quote_of[index] >= 0:
                continue
            if token.lower_ == "they" and token.pos_ == "PRON":
                actor = self.actor(token)
                if actor is None and depth < _CHAIN_DEPTH and not self._touches_quote(token):
                    actor = self._plural_antecedent(token, depth + 1)
                found.append((token, actor))
                continue
            joined = self._joined(token)
            if joined is not None:
                found.append((token, joined))
                continue
            if token.dep_ in SUBJECT_DEPS and (
                token.lower_ == "both"
                or (token.tag_ == "CD" and any(c.lower_ == "the" for c in token.lefts))
            ):
                found.append((token, None))  # "The two spoke by phone": who, unnamed here
                continue
            if token.tag_ == "NN" and token.dep_ in SUBJECT_DEPS and token.lower_ in groups:
                # "The suspect's family said ... . They said": a body of people in the
                # singular stands for them, though no actor covers it
                actor = self.actor(token)
                if actor is not None and self.actor_kinds.get(actor) not in _PLURAL_KINDS:
                    actor = None
                found.append((token, actor))
                continue
            if token.tag_ not in ("NNS", "NNPS") or token.dep_ in ("compound", "amod", "poss"):
                continue
            actor = self.actor(token)
            kind = self.actor_kinds.get(actor) if actor is not None else None
            if kind in _PLURAL_KINDS:
                found.append((token, actor))
            elif actor is None and (token.lower_ in groups or token.lemma_.lower() in people):
                found.append((token, None))  # "Protesters gathered": no actor, but a plural
        return found

    def _joined(self, token: Token) -> str | None:
        """Return the first actor of names joined by "and" that ``token`` heads, if any."""
        if token.dep_ == "conj" or token.dep_ == "compound":
            return None
        conjuncts = [c for c in token.rights if c.dep_ == "conj"]
        if not any(
            c.dep_ == "cc" and c.lower_ in ("and", "&")
            for word in (token, *conjuncts)
            for c in word.rights
        ):
            return None  # "Biden or Xi" is no plural
        first = self.actor(token)
        if first is None or self.actor_kinds.get(first) not in _JOINED_KINDS:
            return None
        for conjunct in conjuncts:
            other = self.actor(conjunct)
            if other is not None and other != first:
                return first
        return None


def _a_pair(noun: Token) -> bool:
    """Whether a plural noun is "the two ..." or "both ..."."""
    children = list(noun.lefts)
    two = any(c.dep_ == "nummod" and c.lower_ == "two" for c in children) and any(
        c.dep_ == "det" and c.lower_ == "the" for c in children
    )
    return two or any(c.lower_ == "both" and c.dep_ in ("det", "predet") for c in children)


def _pair_kinds(noun: Token) -> frozenset[str] | None:
    """Return the kinds of actor "the two ..." or "both ..." may stand for, None for any.

    "the two countries" are countries; "both companies" organisations; "the two sides" (a
    government, a delegation, a party ...) countries, organisations or groups, never two
    persons; "the two leaders", "both ministers" (a person word of the titles lexicon)
    persons, or a group the story names by them.
    """
    lemma = noun.lemma_.lower()
    if lemma in _COUNTRY_NOUNS:
        return frozenset({"country"})
    if lemma in _COMPANY_NOUNS:
        return frozenset({"organization"})
    if lemma in _SIDE_NOUNS:
        return frozenset({"country", "organization", "group"})
    groups, people = _speaking_nouns()
    if lemma in people or noun.lower_ in groups:
        return frozenset({"person", "group"})
    return None


def _is_subject(token: Token) -> bool:
    """Whether ``token`` is a subject, or the people of one: "hundreds of farmers gathered"."""
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.dep_ == "prep":
        token = token.head.head
    return token.dep_ in SUBJECT_DEPS


def _main_clause(subject: Token) -> bool:
    """Whether ``subject`` is the subject of its sentence's main verb (or of one joined to it)."""
    if subject.dep_ == "pobj" and subject.head.lower_ == "of":
        subject = subject.head.head
    verb = subject.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return bool(verb.dep_ == "ROOT")
