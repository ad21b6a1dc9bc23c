"""Meetings: who met whom, where, when, and whether it happened or is planned.

:func:`extract_meetings` reads a parsed spaCy ``Doc`` whose actors are already known
(``token._.newsevents_actor``, set by the ``newsevents_actors`` component) and finds the
encounters the text reports: meetings, visits, talks, calls, summits and negotiations.

Triggers come from the ``meeting_triggers`` lexicon: verbs ("met", "visited", "hosted",
"received"), nouns ("meeting", "talks", "visit", "summit", "negotiations", "phone call")
and phrases ("sat down with", "spoke by phone", "on the sidelines of"). A trigger becomes a
meeting only when the syntax around it names who took part:

* the subject and object of a verb, "with" and "between" phrases, coordination
  ("Kerry and Wang met"), "the two ministers";
* the possessor of a noun ("his meeting with Wang": he takes part), the subject of a verb
  that governs it ("held talks", "attended the summit"), or of the clause it frames
  ("During a meeting with officials, Kerry said ..."): Kerry takes part;
* for visits, the visitor and the host ("Kerry's visit to China": China hosts).

A generic noun with no participants ("meetings are useful") is not a meeting, nor is a
press conference. A definite mention with no new participants ("the talks", "the
discussions") refers back to the most recent meeting and adds its topics to it.

The shipped lexicon is loaded once; a user replaces it with a file of the same shape:

>>> lexicon = MeetingLexicon.load()
>>> lexicon.verbs["meet"].value, lexicon.nouns["summit"].value
('meeting', 'summit')
>>> MeetingLexicon.from_data({"verbs": {"meet": "party"}}, source="my.json")
Traceback (most recent call last):
...
newsevents.errors.InputError: my.json: $.verbs.meet: unknown meeting kind 'party'; ...
"""

from __future__ import annotations

import bisect
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date
from functools import cache
from typing import Any

import attrs
from spacy.attrs import LEMMA, POS
from spacy.language import Language
from spacy.parts_of_speech import NOUN, VERB
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newsevents.countries import country_code
from newsevents.dates import resolve_date, resolve_period
from newsevents.errors import InputError
from newsevents.extensions import (
    DOC_ACTORS,
    DOC_DATE,
    DOC_MEETINGS,
    DOC_TOPICS,
    TOKEN_ACTOR,
    register_extensions,
)
from newsevents.lexicons import load_lexicon
from newsevents.model import Location, Meeting, MeetingKind, MeetingStatus, Span
from newsevents.serialize import converter

__all__ = [
    "MeetingLexicon",
    "MeetingsComponent",
    "extract_meetings",
    "make_meetings_component",
]

_LEXICON = "meeting_triggers"

_LIST_SECTIONS = (
    "plural_only_nouns",
    "country_only_nouns",
    "needs_participant_verbs",
    "phone_words",
    "phone_verbs",
    "phone_nouns",
    "sideline_nouns",
    "frame_prepositions",
    "weak_frame_prepositions",
    "event_part_nouns",
    "quantity_nouns",
    "negative_verbs",
    "contact_verbs",
    "speech_to_verbs",
    "cancel_verbs",
    "planning_verbs",
    "planned_modifiers",
    "ongoing_modifiers",
    "past_modifiers",
    "excluded_modifiers",
    "person_nouns",
    "pair_words",
    "press_nouns",
    "venue_nouns",
    "discussion_verbs",
)
_ROLES = ("participant", "host")

# Kinds a definite "the meeting" / "the talks" may refer back to.
_COMPATIBLE = {
    MeetingKind.MEETING: {
        MeetingKind.MEETING,
        MeetingKind.TALKS,
        MeetingKind.NEGOTIATION,
        MeetingKind.SUMMIT,
    },
    MeetingKind.TALKS: {
        MeetingKind.MEETING,
        MeetingKind.TALKS,
        MeetingKind.NEGOTIATION,
        MeetingKind.CALL,
        MeetingKind.SUMMIT,
    },
    MeetingKind.NEGOTIATION: {MeetingKind.MEETING, MeetingKind.TALKS, MeetingKind.NEGOTIATION},
    MeetingKind.SUMMIT: {MeetingKind.SUMMIT},
    MeetingKind.CALL: {MeetingKind.CALL},
    MeetingKind.VISIT: {MeetingKind.VISIT},
}

_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_OBJECTS = ("dobj", "obj", "dative")
_PLACE_LABELS = ("GPE", "LOC", "FAC")
_NAME_LABELS = ("GPE", "LOC", "FAC", "ORG")
_PERSONAL_PRONOUNS = {"i", "we", "you", "he", "she", "they", "me", "us", "him", "her", "them"}
_DEFINITE = {"the", "this", "that", "these", "those"}
# "could take place", "said they would meet": not yet held.
_FUTURE_AUX = {"will", "shall", "'ll", "wo", "’ll", "could", "may", "might", "would"}
_PROGRESSIVE_BE = {"is", "are", "am", "'s", "'re", "’s", "’re"}
_CANDIDATE_POS = (VERB, NOUN)
# How many earlier meetings "the meeting" may skip to find the one it refers back to.
_ANTECEDENTS = 3
# How far (in sentences) discourse about one meeting is followed to find who else spoke.
_DISCOURSE_WINDOW = 5


def _kind(value: Any, where: str, source: str) -> MeetingKind:
    try:
        return MeetingKind(value)
    except ValueError:
        known = ", ".join(kind.value for kind in MeetingKind)
        raise InputError(
            f"{source}: {where}: unknown meeting kind {value!r}; known kinds: {known}"
        ) from None


def _kind_table(data: Mapping[str, Any], section: str, source: str) -> dict[str, MeetingKind]:
    entries = data.get(section, {})
    if not isinstance(entries, Mapping):
        raise InputError(f"{source}: $.{section}: expected an object of word -> meeting kind")
    return {str(key): _kind(value, f"$.{section}.{key}", source) for key, value in entries.items()}


def _word_set(data: Mapping[str, Any], section: str, source: str) -> frozenset[str]:
    entries = data.get(section, [])
    if not isinstance(entries, list) or not all(isinstance(item, str) for item in entries):
        raise InputError(f"{source}: $.{section}: expected a list of words")
    return frozenset(item.casefold() for item in entries)


@attrs.frozen(kw_only=True)
class MeetingLexicon:
    """The words behind the meeting rules, read from a ``meeting_triggers`` lexicon file.

    ``verbs`` and ``nouns`` map a lemma to the kind of meeting it reports;
    ``particle_verbs`` maps "verb particle" ("sit down") to a kind; ``support_verbs`` maps a
    verb that governs a trigger noun ("hold talks", "host a summit") to the role its subject
    plays (``participant`` or ``host``). The other fields are word lists (see the shipped
    file for what each one does).
    """

    verbs: Mapping[str, MeetingKind]
    particle_verbs: Mapping[tuple[str, str], MeetingKind]
    nouns: Mapping[str, MeetingKind]
    support_verbs: Mapping[str, str]
    plural_only_nouns: frozenset[str] = frozenset()
    country_only_nouns: frozenset[str] = frozenset()
    needs_participant_verbs: frozenset[str] = frozenset()
    phone_words: frozenset[str] = frozenset()
    phone_verbs: frozenset[str] = frozenset()
    phone_nouns: frozenset[str] = frozenset()
    sideline_nouns: frozenset[str] = frozenset()
    frame_prepositions: frozenset[str] = frozenset()
    weak_frame_prepositions: frozenset[str] = frozenset()
    event_part_nouns: frozenset[str] = frozenset()
    quantity_nouns: frozenset[str] = frozenset()
    negative_verbs: frozenset[str] = frozenset()
    contact_verbs: frozenset[str] = frozenset()
    speech_to_verbs: frozenset[str] = frozenset()
    cancel_verbs: frozenset[str] = frozenset()
    planning_verbs: frozenset[str] = frozenset()
    planned_modifiers: frozenset[str] = frozenset()
    ongoing_modifiers: frozenset[str] = frozenset()
    past_modifiers: frozenset[str] = frozenset()
    excluded_modifiers: frozenset[str] = frozenset()
    person_nouns: frozenset[str] = frozenset()
    pair_words: frozenset[str] = frozenset()
    press_nouns: frozenset[str] = frozenset()
    venue_nouns: frozenset[str] = frozenset()
    discussion_verbs: frozenset[str] = frozenset()
    #: The string hashes of every lemma that may start a mention (as written and
    #: capitalised), checked before any rule runs.
    candidate_hashes: frozenset[int] = attrs.field(init=False)

    @candidate_hashes.default
    def _candidate_hashes(self) -> frozenset[int]:
        lemmas = (
            *self.verbs,
            *self.nouns,
            *(verb for verb, _ in self.particle_verbs),
            *self.phone_verbs,
            *self.phone_nouns,
            *self.sideline_nouns,
        )
        return frozenset(
            get_string_id(form) for lemma in lemmas for form in (lemma, lemma.capitalize())
        )

    @classmethod
    def from_data(cls, data: Any, *, source: str = _LEXICON) -> MeetingLexicon:
        """Check the parsed JSON of a lexicon file and build the lexicon from it.

        >>> MeetingLexicon.from_data({"nouns": {"talk": "talks"}}).nouns
        {'talk': <MeetingKind.TALKS: 'talks'>}
        """
        if not isinstance(data, Mapping):
            raise InputError(f"{source}: $: expected an object of lexicon sections")
        particles = {}
        for phrase, kind in _kind_table(data, "particle_verbs", source).items():
            verb, _, particle = phrase.partition(" ")
            if not particle:
                raise InputError(f"{source}: $.particle_verbs.{phrase}: expected 'verb particle'")
            particles[(verb.casefold(), particle.casefold())] = kind
        support = data.get("support_verbs", {})
        if not isinstance(support, Mapping) or not all(role in _ROLES for role in support.values()):
            raise InputError(
                f"{source}: $.support_verbs: expected an object of verb -> "
                f"{' or '.join(repr(role) for role in _ROLES)}"
            )
        lists = {section: _word_set(data, section, source) for section in _LIST_SECTIONS}
        return cls(
            verbs=_kind_table(data, "verbs", source),
            particle_verbs=particles,
            nouns=_kind_table(data, "nouns", source),
            support_verbs={str(verb): str(role) for verb, role in support.items()},
            **lists,
        )

    @classmethod
    def load(cls, path: str | os.PathLike[str] | None = None) -> MeetingLexicon:
        """Return the shipped lexicon (built once per process), or the one in the file ``path``.

        >>> MeetingLexicon.load() is MeetingLexicon.load()
        True
        """
        if path is None:
            return _shipped_lexicon()
        return cls.from_data(load_lexicon(_LEXICON, path), source=os.fspath(path))


@cache
def _shipped_lexicon() -> MeetingLexicon:
    return MeetingLexicon.from_data(load_lexicon(_LEXICON))


@cache
def _places() -> Mapping[str, str]:
    table: Mapping[str, str] = load_lexicon("places")["places"]
    return {name.casefold(): code for name, code in table.items()}


def _place_country(name: str) -> str | None:
    """Return the country of a place name: a country itself, or a well-known city in one."""
    code = country_code(name)
    if code is not None:
        return code
    key = " ".join(name.replace("’", "'").split()).casefold()
    key = key.removeprefix("the ").removesuffix("'s").rstrip(".")
    return _places().get(key)


@attrs.define
class _Mention:
    """One trigger and what its sentence says about the encounter."""

    trigger: Token
    kind: MeetingKind
    participants: list[str]
    # Whether a participant phrase was there at all, resolved to an actor or not
    # ("a meeting between militia commanders" is a meeting, "meetings are useful" is not).
    attended: bool = False
    host: str | None = None
    location: Location | None = None
    date: str | None = None
    date_text: Span | None = None
    status: MeetingStatus = MeetingStatus.OCCURRED
    definite: bool = False
    vague: bool = False
    named: bool = False
    scope: Token | None = None
    anchor: Token | None = None


@attrs.define
class _Draft:
    """A meeting being assembled from one or more coreferent mentions."""

    first: _Mention
    mentions: list[_Mention]
    participants: list[str]

    @property
    def kind(self) -> MeetingKind:
        return self.first.kind


@attrs.define
class _Who:
    """The participants found so far, and which participant phrases were seen."""

    ids: list[str] = attrs.Factory(list)
    seen: bool = False
    # Unresolved pronouns ("We had productive discussions") point back to a meeting
    # already told; other unresolved phrases ("militia commanders") do not.
    vague: bool = True


class _Reader:
    """Everything one document needs for the rules: actor ids per token, topics, anchor date."""

    def __init__(self, doc: Doc, lexicon: MeetingLexicon) -> None:
        self.doc = doc
        self.lex = lexicon
        self._actor_of: dict[int, str | None] = {}
        actors = doc._.get(DOC_ACTORS) or []
        self.kind_of: dict[str, str] = {item["id"]: item["kind"] for item in actors}
        self.country_of: dict[str, str | None] = {
            item["id"]: item.get("country") for item in actors
        }
        # Actor mentions in text order, for "the two leaders" and "their meeting".
        self.actor_starts: list[tuple[int, str]] = sorted(
            (mention["start"], item["id"]) for item in actors for mention in item["mentions"]
        )
        self.topic_starts: list[tuple[int, int, str]] = sorted(
            (mention["start"], mention["end"], topic["id"])
            for topic in doc._.get(DOC_TOPICS) or []
            for mention in topic["mentions"]
        )
        self.anchor = _anchor_date(doc._.get(DOC_DATE))

    # -- who -----------------------------------------------------------------------------

    def actor(self, token: Token) -> str | None:
        """Return the id of the actor ``token`` refers to, or None (looked up once)."""
        # Reading a token extension is slow; the rules ask about few tokens, so ask lazily.
        try:
            return self._actor_of[token.i]
        except KeyError:
            found: str | None = token._.get(TOKEN_ACTOR)
            self._actor_of[token.i] = found
            return found

    def is_animate(self, token: Token) -> bool:
        """Whether ``token`` heads a phrase that can take part in a meeting."""
        if token.ent_type_ in ("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY"):
            return False
        if self.actor(token) is not None:
            return True
        if token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
            return True
        if token.pos_ == "PRON":
            return token.lower_ in _PERSONAL_PRONOUNS or token.lower_ in ("who", "whom")
        lemma = token.lemma_.casefold()
        if lemma in self.lex.person_nouns:
            return True
        if lemma in self.lex.quantity_nouns:
            return any(self.is_animate(member) for member in _prep_objects(token, "of"))
        return False

    def take(self, who: _Who, token: Token, *, animate_only: bool = False) -> list[str]:
        """Add the actors of the phrase headed by ``token`` to ``who``; return them."""
        animate = self.is_animate(token)
        if animate_only and not animate:
            return []
        found = self.actors(token)
        _add(who.ids, found)
        who.seen = who.seen or animate or bool(found)
        if found or (animate and token.pos_ != "PRON"):
            who.vague = False
        return found

    def actors(self, head: Token) -> list[str]:
        """Return the actor ids a participant phrase headed by ``head`` refers to."""
        found: list[str] = []
        for token in (head, *head.conjuncts):
            _add(found, self._head_actors(token))
        return found

    def _head_actors(self, token: Token) -> list[str]:
        if token.lower_ in ("who", "whom", "that", "which") and token.head.dep_ == "relcl":
            token = token.head.head
        own = self.actor(token)
        if own is not None:
            if self.kind_of.get(own) != "group":
                return [own]
            # "the foreign ministers of Japan and South Korea": the countries take part too.
            group = [own]
            for member in _prep_objects(token, "of", "from"):
                _add(
                    group,
                    (
                        actor
                        for actor in self.actors(member)
                        if self.kind_of.get(actor) in ("country", "organization")
                    ),
                )
            return group
        for child in token.children:
            named_head = token.pos_ == "PROPN" or child.dep_ == "appos"
            if child.dep_ in ("appos", "compound", "flat") and named_head:
                named = self.actor(child)
                if named is not None:
                    return [named]
        lemma = token.lemma_.casefold()
        if lemma in self.lex.quantity_nouns:
            # "a series of foreign ambassadors", "a group of senators"
            found: list[str] = []
            for member in _prep_objects(token, "of"):
                _add(found, self.actors(member))
            return found
        pair = self._pair(token)
        if pair:
            return pair
        if token.pos_ in ("NOUN", "PROPN") and lemma in self.lex.person_nouns:
            # "the US and Chinese delegations", "representatives from Iran": the nations
            # (or organisations) they stand for.
            proxies: list[str] = []
            for child in token.children:
                if child.dep_ in ("amod", "compound", "nmod", "poss"):
                    for member in (child, *child.conjuncts):
                        actor = self.actor(member)
                        if actor is not None and self.kind_of.get(actor) != "person":
                            _add(proxies, [actor])
            for member in _prep_objects(token, "from", "of"):
                for actor in self.actors(member):
                    if self.kind_of.get(actor) != "person":
                        _add(proxies, [actor])
            for member in _prep_objects(token, "including", "like"):
                _add(proxies, self.actors(member))  # "party leaders, including Paul Ryan"
            return proxies
        return []

    def _pair(self, token: Token) -> list[str]:
        """Resolve "the two leaders", "both sides" to the last two actors named before."""
        if token.tag_ not in ("NNS", "NNPS"):
            return []
        if not any(child.lower_ in self.lex.pair_words for child in token.children):
            return []
        people = token.lemma_.casefold() not in ("country", "nation", "side", "government")
        wanted = {"person"} if people else {"country", "organization", "group"}
        return self.last_actors(token.idx, wanted, token.sent.start_char - 1500)

    def last_actors(self, before: int, kinds: set[str], since: int) -> list[str]:
        """Return the last two distinct actors of ``kinds`` mentioned in ``[since, before)``."""
        position = bisect.bisect_left(self.actor_starts, (before, ""))
        found: list[str] = []
        for start, actor in reversed(self.actor_starts[:position]):
            if start < since:
                break
            if self.kind_of.get(actor) in kinds and actor not in found:
                found.append(actor)
                if len(found) == 2:
                    return found[::-1]
        return []

    def subjects(self, verb: Token) -> list[Token]:
        """Return the subject phrases of ``verb``, inherited through control and coordination."""
        for _ in range(5):
            own = [child for child in verb.children if child.dep_ in _SUBJECTS]
            if own:
                return own
            head = verb.head
            if head is verb:
                return []
            if verb.dep_ == "relcl" or (verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN")):
                if head.dep_ == "attr" and head.head.lemma_ == "be":
                    # "he is the third official to visit Beijing": he visits.
                    return self.subjects(head.head)
                if self.is_animate(head):
                    return [head]
                verb = head.head if head.dep_ in ("appos", "dobj", "attr") else head
                continue
            if verb.dep_ == "xcomp":
                objects = [child for child in head.children if child.dep_ in _OBJECTS]
                animate = [child for child in objects if self.is_animate(child)]
                if animate:
                    return animate  # "Biden invited Xi to visit": Xi visits.
                verb = head
                continue
            if verb.dep_ in ("conj", "advcl", "ccomp", "acomp", "prep", "pcomp"):
                verb = head
                continue
            return []
        return []

    def doers(self, verb: Token) -> list[Token]:
        """Who does what ``verb`` says: the subject, or the agent of a passive."""
        if any(child.dep_ == "nsubjpass" for child in verb.children):
            agents = _prep_objects(verb, "by")
            if agents:
                return agents
            return []
        return self.subjects(verb)

    # -- topics --------------------------------------------------------------------------

    def topics_in(self, start: int, end: int) -> list[str]:
        """Return the ids of topics with a mention inside ``[start, end)``, in text order."""
        found: list[str] = []
        position = bisect.bisect_left(self.topic_starts, (start, 0, ""))
        for mention_start, mention_end, topic in self.topic_starts[position:]:
            if mention_start >= end:
                break
            if mention_end <= end and topic not in found:
                found.append(topic)
        return found


def _anchor_date(value: Any) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _span(doc: Doc, start: int, end: int) -> Span:
    """Return a model ``Span`` for the characters ``[start, end)`` of ``doc``."""
    return Span(start=start, end=end, text=doc.text[start:end])


def _token_span(tokens: Sequence[Token]) -> Span:
    doc = tokens[0].doc
    return _span(doc, tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))


def _sentence_span(sent: SpacySpan) -> Span:
    text = sent.text
    start = sent.start_char + (len(text) - len(text.lstrip()))
    end = sent.start_char + len(text.rstrip())
    return _span(sent.doc, start, max(start, end))


def _children(token: Token, *deps: str) -> Iterator[Token]:
    return (child for child in token.children if child.dep_ in deps)


def _prep_objects(token: Token, *preps: str) -> list[Token]:
    """Objects of ``token``'s prepositions ``preps`` ("with" -> the people met)."""
    found: list[Token] = []
    for child in token.children:
        if child.dep_ in ("prep", "agent") and child.lower_ in preps:
            found.extend(_children(child, "pobj"))
    return found


def _objects(verb: Token) -> list[Token]:
    """Direct objects of ``verb``, without adverbial ones ("met midweek", "met Friday")."""
    return [
        child
        for child in verb.children
        if child.dep_ in _OBJECTS
        and child.pos_ not in ("ADV", "NUM")
        and child.ent_type_ not in ("DATE", "TIME")
    ]


def _add(target: list[str], actors: Iterable[str]) -> None:
    for actor in actors:
        if actor not in target:
            target.append(actor)


class _Finder:
    """Finds the meeting mentions of one document."""

    def __init__(self, reader: _Reader) -> None:
        self.r = reader
        self.lex = reader.lex

    # -- triggers ------------------------------------------------------------------------

    def trigger_kind(self, token: Token) -> MeetingKind | None:
        """Return the kind of meeting ``token`` reports, or None when it is no trigger."""
        lemma = token.lemma_.casefold()
        if token.pos_ == "VERB":
            for child in token.children:
                if child.dep_ == "prt":
                    kind = self.lex.particle_verbs.get((lemma, child.lower_))
                    if kind is not None:
                        return kind
            if lemma in self.lex.phone_verbs and self._by_phone(token):
                return MeetingKind.CALL
            return self.lex.verbs.get(lemma)
        if token.pos_ != "NOUN" or token.dep_ == "compound":
            return None
        if any(child.dep_ in ("nsubj", "aux", "neg") for child in token.children) or (
            token.dep_ == "ROOT"
            and not any(child.dep_ in ("det", "poss") for child in token.children)
            and any(c.dep_ == "compound" and c.ent_type_ == "PERSON" for c in token.children)
        ):
            return None  # a verb the tagger took for a noun: "Rabbani talks with Aziz"
        phoned = any(
            child.dep_ in ("compound", "amod", "nmod")
            and child.lemma_.casefold() in self.lex.phone_words
            for child in token.children
        )
        if phoned and lemma in self.lex.phone_nouns:
            return MeetingKind.CALL
        kind = self.lex.nouns.get(lemma)
        if kind is None:
            return None
        if lemma in self.lex.plural_only_nouns and token.tag_ != "NNS":
            return None
        if kind is MeetingKind.VISIT and token.tag_ == "NNS":
            return None  # "trips to the US", "in past visits": habits, not one visit
        if any(
            child.dep_ in ("compound", "amod", "nmod")
            and child.lower_ in self.lex.excluded_modifiers
            for child in token.children
        ):
            return None
        return kind

    def _by_phone(self, verb: Token) -> bool:
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ in ("by", "over", "on", "via"):
                for obj in _children(child, "pobj"):
                    if obj.lemma_.casefold() in self.lex.phone_words:
                        return True
        return False

    def mentions(self, doc: Doc) -> Iterator[_Mention]:
        """Yield the meeting mentions of ``doc`` in text order."""
        # Look at lemma hashes first: making a Token object for every word costs more than
        # all the rules together.
        wanted = self.lex.candidate_hashes
        rows = doc.to_array([LEMMA, POS]).tolist() if len(doc) else []
        for index, (lemma, pos) in enumerate(rows):
            if pos not in _CANDIDATE_POS or lemma not in wanted:
                continue
            token = doc[index]
            kind = self.trigger_kind(token)
            mention: _Mention | None = None
            if kind is not None:
                if token.pos_ == "VERB":
                    mention = self.verb_mention(token, kind)
                else:
                    mention = self.noun_mention(token, kind)
            elif token.pos_ == "NOUN" and token.lemma_.casefold() in self.lex.sideline_nouns:
                mention = self.sideline_mention(token)
            if mention is not None:
                self.complete(mention)
                yield mention

    # -- verbs ---------------------------------------------------------------------------

    def verb_mention(self, verb: Token, kind: MeetingKind) -> _Mention | None:
        """Read who met whom around a trigger verb; None when it is no meeting."""
        if self._negated(verb):
            return None
        lemma = verb.lemma_.casefold()
        passive = any(child.dep_ in ("nsubjpass", "auxpass") for child in verb.children)
        subjects = self.r.subjects(verb)
        agents = _prep_objects(verb, "by") if passive else []
        objects = _objects(verb)
        if not objects and not passive:
            objects = self._relative_object(verb)
        partners = _prep_objects(verb, "with", "between", "among")
        if kind is MeetingKind.CALL:
            partners += _prep_objects(verb, "to")
        if lemma == "meet" and not self._meets_someone(verb, objects, partners):
            return None
        who = _Who()
        host: str | None = None
        location: Location | None = None
        if kind is MeetingKind.VISIT:
            targets = subjects if passive else objects
            for visitor in agents if passive else subjects:
                self.r.take(who, visitor)
            for target in targets:
                hosts = self._host_actors(target)
                if hosts:
                    host = host or hosts[0]
                    _add(who.ids, hosts)
                    if self._is_place(target):
                        location = location or self.location_at(target)
                elif self._is_place(target):
                    location = location or self.location_at(target)
                else:
                    return None  # visited the front lines, visited a website
            if not targets and self._location(verb, [verb]) is None:
                return None  # "Clinton visited Sunday": where to, the sentence does not say
        elif lemma in self.lex.needs_participant_verbs:
            guests = [
                guest
                for guest in (subjects if passive else objects)
                if self.r.actors(guest) and not self._crowd(guest)
            ]
            hosts_found = [self.r.actors(token) for token in (agents if passive else subjects)]
            if not guests or not any(hosts_found):
                return None  # received a letter, hosts refugees, crowds welcome a leader
            host = next(found[0] for found in hosts_found if found)
            for found in hosts_found:
                _add(who.ids, found)
            for guest in guests:
                self.r.take(who, guest)
        else:
            for token in (*subjects, *agents):
                self.r.take(who, token)
            for token in (*objects, *partners):
                self.r.take(who, token, animate_only=True)
        two_sided = (
            bool(partners)
            or len(who.ids) >= 2
            or any(token.tag_ in ("NNS", "NNPS") for token in subjects)
        )
        if kind in (MeetingKind.NEGOTIATION, MeetingKind.TALKS) and not two_sided:
            return None  # negotiated a deal: no counterpart named
        if kind is MeetingKind.CALL and len(who.ids) < 2:
            return None  # "speaking by phone from Oman", "phoned the hotline": no one named
        return _Mention(
            trigger=verb,
            kind=kind,
            participants=who.ids,
            attended=who.seen,
            host=host,
            location=location,
            scope=verb,
            anchor=verb,
        )

    def _meets_someone(self, verb: Token, objects: list[Token], partners: list[Token]) -> bool:
        """Tell "met the minister" from "met the requirements", "met with criticism"."""
        if objects and not any(self.r.is_animate(obj) for obj in objects):
            return False
        if partners and not objects and not any(self.r.is_animate(p) for p in partners):
            return False
        near = {verb.i} | {child.i for child in verb.children if child.dep_ == "prep"}
        for token in verb.subtree:
            if token.lower_ in ("halfway", "middle") and token.head.i in near:
                return False  # meet someone halfway, in the middle
        return True

    def _relative_object(self, verb: Token) -> list[Token]:
        """Return what a relative clause is about: "the conditions Tehran would have to meet"."""
        token = verb
        for _ in range(3):
            if token.dep_ == "relcl":
                has_subject = any(c.dep_ in _SUBJECTS for c in token.children)
                if has_subject and not any(c.dep_ in _OBJECTS for c in token.children):
                    return [token.head]
                return []
            if token.dep_ != "xcomp":
                return []
            token = token.head
        return []

    def _crowd(self, token: Token) -> bool:
        """Tell a crowd ("600,000 refugees", "thousands of supporters") from a guest."""
        return any(
            child.dep_ == "nummod"
            and child.like_num
            and child.text.replace(",", "").isdigit()
            and int(child.text.replace(",", "")) > 100
            for child in token.children
        ) or token.lemma_.casefold() in ("thousand", "hundred", "million", "crowd")

    def _host_actors(self, target: Token) -> list[str]:
        """Actors a visit goes to: a person, an organisation, or a country (not a city)."""
        found = []
        for actor in self.r.actors(target):
            kind = self.r.kind_of.get(actor)
            if (
                kind != "country"
                or country_code(target.text) is not None
                or (target.ent_type_ not in _PLACE_LABELS)
            ):
                found.append(actor)
        return found

    def _negated(self, token: Token) -> bool:
        """Whether ``token`` or the verbs above it negate it ("did not meet", "refused to")."""
        for _ in range(4):
            if any(child.dep_ == "neg" for child in token.children):
                return True
            if token.lemma_.casefold() in self.lex.negative_verbs and token.pos_ == "VERB":
                particle = next((c.lower_ for c in token.children if c.dep_ == "prt"), "")
                if token.lemma_ != "rule" or particle == "out":
                    return True
            if token.dep_ not in ("xcomp", "ccomp", "acomp") or token.head is token:
                return False
            token = token.head
        return False

    # -- nouns ---------------------------------------------------------------------------

    def noun_mention(self, noun: Token, kind: MeetingKind) -> _Mention | None:
        """Read who took part around a trigger noun; None when it is no meeting."""
        if any(child.dep_ == "det" and child.lower_ == "no" for child in noun.children):
            return None
        who = _Who()
        host: str | None = None
        location: Location | None = None
        # "the talks", "their meeting" may refer back; "the Iran nuclear talks" names others.
        definite = any(
            child.dep_ == "poss" or (child.dep_ == "det" and child.lower_ in _DEFINITE)
            for child in noun.children
        ) and not any(child.dep_ in ("compound", "nmod") for child in noun.children)
        named = self._named(noun)
        lemma = noun.lemma_.casefold()
        if named and kind in (MeetingKind.TALKS, MeetingKind.MEETING) and lemma != "meeting":
            kind = MeetingKind.SUMMIT
        plural_possessor = False
        for child in noun.children:
            if child.dep_ != "poss":
                continue
            if not self.r.take(who, child) and child.lower_ in ("their", "our"):
                plural_possessor = True
        _add(who.ids, self._modifier_actors(noun, kind))
        if kind is MeetingKind.VISIT:
            for visitor in _prep_objects(noun, "by", "of"):
                self.r.take(who, visitor)
            targets = _prep_objects(noun, "to")
            for target in targets:
                hosts = self._host_actors(target)
                if hosts:
                    host = host or hosts[0]
                    _add(who.ids, hosts)
                if self._is_place(target):
                    location = location or self.location_at(target)
            if lemma in self.lex.country_only_nouns and not self._abroad(
                targets, [p for p in who.ids if p != host], location
            ):
                return None  # a trip to the beach, a candidate's trip to Washington
        else:
            for partner in _prep_objects(noun, "with", "between", "among"):
                self.r.take(who, partner, animate_only=True)
            for member in _prep_objects(noun, "of"):
                self.r.take(who, member, animate_only=True)
        own = bool(who.ids) or who.seen
        anchor, role, weak, negated = self._governor(noun)
        if negated:
            return None
        if anchor is not None:
            partners = _prep_objects(anchor, "with")
            anchor_lemma = anchor.lemma_.casefold()
            if anchor_lemma in self.lex.contact_verbs:
                partners += _objects(anchor)
            if anchor_lemma in self.lex.speech_to_verbs:
                partners += _prep_objects(anchor, "to")
            # "told reporters after the meeting": the press hears of it, it did not attend.
            partners = [
                partner
                for partner in partners
                if self.r.is_animate(partner)
                and partner.lemma_.casefold() not in self.lex.press_nouns
            ]
            # "before the summit" says when, not who: the subject takes part only when the
            # meeting is theirs ("before their meeting") or they meet someone around it.
            if not weak or own or plural_possessor or partners:
                for doer in self.r.doers(anchor):
                    found = self.r.take(who, doer)
                    if role == "host" and found:
                        host = host or found[0]
                for partner in partners:
                    self.r.take(who, partner)
        if plural_possessor and len(who.ids) < 2:
            _add(who.ids, self.r.last_actors(noun.idx, {"person"}, noun.sent.start_char - 1500))
            who.seen = True
        if kind is MeetingKind.CALL and len(who.ids) < 2:
            return None  # "made a phone call", "a call for restraint": no one on the line
        scope = anchor if anchor is not None else self._subject_clause(noun)
        return _Mention(
            trigger=noun,
            kind=kind,
            participants=who.ids,
            attended=who.seen,
            host=host,
            location=location,
            definite=definite,
            vague=who.seen and who.vague and not who.ids,
            named=named,
            scope=scope,
            anchor=anchor,
        )

    def _abroad(
        self, targets: Sequence[Token], travellers: Sequence[str], location: Location | None
    ) -> bool:
        """Whether a trip goes to another country: a country, or a city abroad."""
        for target in targets:
            if country_code(target.text) is not None:
                return True
            if self.r.kind_of.get(self.r.actor(target) or "") == "country":
                return True
        if location is None or location.country is None:
            return False
        homes = {self.r.country_of.get(actor) for actor in travellers} - {None}
        return bool(homes) and location.country not in homes

    def _subject_clause(self, noun: Token) -> Token:
        """Return the clause a noun speaks for: the verb it is the subject of, or itself."""
        if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX"):
            return noun.head
        return noun

    def _modifier_actors(self, noun: Token, kind: MeetingKind) -> list[str]:
        """Actors in "US-China talks", "the U.S.-Turkey meeting", "the NATO summit"."""
        found: list[str] = []
        kinds: list[str] = []
        for child in noun.children:
            if child.dep_ in ("compound", "nmod", "amod") and child.i < noun.i:
                for token in child.subtree:
                    actor = self.r.actor(token)
                    if actor is not None and actor not in found:
                        found.append(actor)
                        kinds.append(self.r.kind_of.get(actor, ""))
        if len(found) >= 2:
            return found
        organised = found and kinds[0] in ("organization", "group")
        if organised and kind in (MeetingKind.SUMMIT, MeetingKind.MEETING):
            return found  # "a UEFA meeting", "the NATO summit"
        return []  # "the Iran nuclear talks": Iran is what is talked about

    def _named(self, noun: Token) -> bool:
        """Whether a trigger noun names one gathering ("the COP28 talks", "the G20 summit")."""
        if noun.ent_type_ == "EVENT":
            return True
        for child in noun.children:
            if child.dep_ in ("compound", "nmod") and child.pos_ == "PROPN":
                if child.ent_type_ in ("GPE", "NORP", "PERSON"):
                    continue
                if self.r.actor(child) is None or any(ch.isdigit() for ch in child.text):
                    return True
        return False

    def _governor(self, noun: Token) -> tuple[Token | None, str, bool, bool]:
        """Find the word whose subject takes part in the meeting a noun names.

        Returns that word (a verb, or an adjective in "McCain, following a meeting"), the
        role its subject plays, whether it only frames the time ("before the summit"), and
        whether it negates the meeting ("will not attend the summit").
        """
        token = noun
        for _ in range(5):
            if token.dep_ in _OBJECTS and token.head.pos_ in ("VERB", "AUX"):
                verb = token.head
                lemma = verb.lemma_.casefold()
                if lemma in self.lex.cancel_verbs:
                    return verb, "participant", False, False
                role = self.lex.support_verbs.get(lemma)
                if role is None:
                    return None, "participant", False, False
                return verb, role, False, self._negated(verb)
            if token.dep_ != "pobj":
                break
            prep = token.head
            governor = prep.head
            preposition = prep.lower_
            if governor.pos_ in ("VERB", "AUX", "ADJ"):
                framed = preposition in self.lex.frame_prepositions or (
                    governor.lemma_.casefold() in self.lex.support_verbs
                )
                if not framed:
                    return None, "participant", False, False
                weak = preposition in self.lex.weak_frame_prepositions
                return governor, "participant", weak, self._negated(governor)
            if governor.pos_ == "ADP" and governor.dep_ in ("prep", "pcomp"):
                token = governor  # "ahead of the summit", "prior to the talks"
                continue
            if governor.pos_ not in ("NOUN", "PROPN"):
                break
            part = governor.lemma_.casefold() in self.lex.event_part_nouns
            if part and preposition != "of":
                break
            if not part and (
                preposition not in self.lex.frame_prepositions
                or self.trigger_kind(governor) is not None
            ):
                break
            # "the start of a meeting", "a new round of talks", "a conference after their
            # meeting": the phrase stands for the meeting.
            token = governor
        return None, "participant", False, False

    # -- "on the sidelines of" -----------------------------------------------------------

    def sideline_mention(self, noun: Token) -> _Mention | None:
        """Read "On the sidelines of the summit, Biden and Xi discussed trade": they met."""
        if noun.dep_ != "pobj" or noun.head.lower_ not in ("on", "at"):
            return None
        governor = noun.head.head
        if governor.pos_ not in ("VERB", "AUX") or self.trigger_kind(governor) is not None:
            return None
        if self._negated(governor):
            return None
        who = _Who()
        for doer in self.r.doers(governor):
            self.r.take(who, doer)
        for partner in _prep_objects(governor, "with"):
            self.r.take(who, partner, animate_only=True)
        if governor.lemma_.casefold() in self.lex.contact_verbs:
            for obj in _objects(governor):
                self.r.take(who, obj, animate_only=True)
        if len(who.ids) < 2:
            return None
        return _Mention(
            trigger=noun,
            kind=MeetingKind.MEETING,
            participants=who.ids,
            attended=True,
            scope=governor,
            anchor=governor,
        )

    # -- where, when, whether ------------------------------------------------------------

    def complete(self, mention: _Mention) -> None:
        """Fill in the location, date and status of a mention."""
        trigger = mention.trigger
        clause = mention.anchor if mention.anchor is not None else mention.scope
        chain = self._verb_chain(clause if clause is not None else trigger)
        if mention.location is None:
            mention.location = self._location(trigger, chain)
        status = self._grammatical_status(mention, chain)
        # "Macron travels to China on Friday": the present tense with a weekday is ahead.
        ahead = status is MeetingStatus.PLANNED or (
            status is None and any(verb.tag_ in ("VBZ", "VBP") for verb in chain)
        )
        date_text, resolved, period = self._date(trigger, chain, ahead)
        mention.date_text = date_text
        mention.date = resolved
        if period is not None and self.r.anchor is not None and status is None:
            first, last = period
            if first > self.r.anchor:
                status = MeetingStatus.PLANNED
            elif last < self.r.anchor:
                status = MeetingStatus.OCCURRED
        mention.status = status or MeetingStatus.OCCURRED

    def _verb_chain(self, token: Token) -> list[Token]:
        """Return the trigger (or the verb governing a trigger noun) and the verbs above it.

        "is due to hold a meeting": hold, due, is; "flew to Berlin to meet": meet, flew.
        """
        chain = [token]
        current = token
        for _ in range(4):
            if current.dep_ not in ("xcomp", "advcl", "conj", "acomp", "ccomp", "acl"):
                break
            if current.dep_ in ("advcl", "acl") and not any(
                child.dep_ == "aux" and child.lower_ == "to" for child in current.children
            ):
                break
            current = current.head
            chain.append(current)
        # "Netanyahu is due in Washington for a meeting": the adjective carries the clause.
        chain.extend(
            child
            for child in current.children
            if child.dep_ == "acomp" and child.lemma_.casefold() in self.lex.planning_verbs
        )
        return chain

    @staticmethod
    def _controls(chain: Sequence[Token], index: int) -> bool:
        """Whether ``chain[index]`` takes the event as its complement ("plans to meet")."""
        return index > 0 and chain[index - 1].dep_ in ("xcomp", "acomp", "ccomp")

    def _grammatical_status(
        self, mention: _Mention, chain: Sequence[Token]
    ) -> MeetingStatus | None:
        trigger = mention.trigger
        modifiers = {child.lower_ for child in trigger.children if child.dep_ in ("amod", "advmod")}
        for verb in chain:
            lemma = verb.lemma_.casefold()
            particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), "")
            if lemma in self.lex.cancel_verbs or f"{lemma} {particle}" in self.lex.cancel_verbs:
                return MeetingStatus.CANCELLED
        if modifiers & self.lex.planned_modifiers:
            return MeetingStatus.PLANNED
        if modifiers & self.lex.past_modifiers:
            return MeetingStatus.OCCURRED
        if modifiers & self.lex.ongoing_modifiers:
            return MeetingStatus.ONGOING
        for index, verb in enumerate(chain):
            auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
            if any(aux.lower_ in _FUTURE_AUX for aux in auxiliaries):
                return MeetingStatus.PLANNED
            lemma = verb.lemma_.casefold()
            controls = self._controls(chain, index) or verb.dep_ == "acomp"
            if controls and lemma in self.lex.planning_verbs:
                return MeetingStatus.PLANNED
            if (
                verb is not trigger
                and trigger.pos_ == "NOUN"
                and trigger.dep_ in _OBJECTS
                and lemma in self.lex.planning_verbs
            ):
                return MeetingStatus.PLANNED
            if verb.tag_ == "VBG" and any(aux.lower_ in _PROGRESSIVE_BE for aux in auxiliaries):
                if lemma == "go" and index > 0:
                    return MeetingStatus.PLANNED  # "is going to meet"
                return MeetingStatus.ONGOING
            if verb.tag_ in ("VBD", "VBN"):
                return MeetingStatus.OCCURRED
        if len(chain) > 1 and chain[-1].tag_ in ("VBZ", "VBP") and chain[0].tag_ == "VB":
            return MeetingStatus.PLANNED  # "He is in London to meet Cameron"
        return None

    def _date(
        self, trigger: Token, chain: Sequence[Token], ahead: bool
    ) -> tuple[Span | None, str | None, tuple[date, date] | None]:
        """Return the date phrase on the trigger or its verbs, and what it resolves to."""
        heads = {token.i for token in chain} | {trigger.i}
        for ent in trigger.sent.ents:
            if ent.label_ != "DATE":
                continue
            if not self._dates(ent.root, heads):
                continue
            text = ent.text
            resolved = resolve_date(text, self.r.anchor, prefer_future=ahead)
            period = resolve_period(text, self.r.anchor, prefer_future=ahead)
            if resolved is None and period is None:
                continue
            return _span(trigger.doc, ent.start_char, ent.end_char), resolved, period
        return None, None, None

    def _dates(self, token: Token, heads: set[int]) -> bool:
        """Whether a date phrase says when one of ``heads`` happened.

        "met on Monday", "met Monday", "Tuesday's meeting", "met in Donetsk, May 12"; not
        "a trip to Beijing in June" for a meeting that trip is the subject of.
        """
        if token.head.i in heads:
            return True
        head = token.head
        if token.dep_ in ("appos", "npadvmod") and self._is_place(head):
            head = head.head  # a caption's "in Donetsk, May 12, 2014"
        if head.pos_ == "ADP":
            head = head.head
        return head.i in heads and head is not token

    def _is_place(self, token: Token) -> bool:
        if token.ent_type_ in _PLACE_LABELS:
            return True
        actor = self.r.actor(token)
        if actor is not None and self.r.kind_of.get(actor) == "country":
            return True
        if token.lemma_.casefold() in self.lex.venue_nouns:
            return token.pos_ in ("NOUN", "PROPN")
        return token.pos_ == "PROPN" and _place_country(token.text) is not None

    def _location(self, trigger: Token, chain: Sequence[Token]) -> Location | None:
        # "met with ambassadors in Ankara": the place may hang on the people met.
        if trigger.pos_ == "VERB":
            partners = [*_prep_objects(trigger, "with"), *_objects(trigger)]
        else:
            partners = _prep_objects(trigger, "with", "between", "of")
        for token in (trigger, *chain, *partners):
            for place in _prep_objects(token, "in", "at", "inside"):
                if self._is_place(place):
                    return self.location_at(place)
        # "head to the White House to meet Obama", "travel to China for talks"
        for token in chain[1:] if trigger.pos_ == "VERB" else chain:
            for place in _prep_objects(token, "to"):
                if self._is_place(place):
                    return self.location_at(place)
        return None

    def location_at(self, place: Token) -> Location:
        """Return the Location a place phrase names, the most specific named place first."""
        candidates = [place]
        queue = [place]
        while queue and len(candidates) < 6:
            current = queue.pop(0)
            for child in current.children:
                if child.dep_ in ("appos", "npadvmod", "conj") and child.pos_ == "PROPN":
                    candidates.append(child)
                    queue.append(child)
                elif child.dep_ == "prep" and child.lower_ in ("in", "of", "at", "near"):
                    for obj in _children(child, "pobj"):
                        if self._is_place(obj) or obj.ent_type_ in _NAME_LABELS:
                            candidates.append(obj)
                            queue.append(obj)
        named = next(
            (
                token
                for token in candidates
                if token.ent_type_ in _NAME_LABELS or (token.pos_ == "PROPN" and token is place)
            ),
            None,
        )
        chosen = named if named is not None else place
        tokens = self._place_tokens(chosen)
        span = _token_span(tokens)
        country: str | None = None
        for token in (chosen, *candidates):
            country = self._country_near(token)
            if country is not None:
                break
        return Location(name=span.text, span=span, country=country)

    def _place_tokens(self, head: Token) -> list[Token]:
        """Return the words that name a place: its entity, without possessor or article."""
        excluded: set[int] = set()
        for child in head.children:
            if child.dep_ in ("poss", "det", "punct", "appos", "relcl", "acl", "npadvmod") or (
                child.dep_ == "prep" and child.lower_ != "of"
            ):
                excluded.update(token.i for token in child.subtree)
        tokens = {token.i for token in head.subtree if token.i not in excluded}
        if head.ent_type_:
            same = {i for i in tokens if head.doc[i].ent_type_ == head.ent_type_}
            if head.i in same:
                tokens = same
        # Keep one contiguous run around the head.
        run = [head]
        left = head.i - 1
        while left in tokens:
            run.insert(0, head.doc[left])
            left -= 1
        right = head.i + 1
        while right in tokens:
            run.append(head.doc[right])
            right += 1
        while len(run) > 1 and (run[-1].is_punct or run[-1].is_space):
            run.pop()
        while len(run) > 1 and (run[0].is_punct or run[0].lower_ == "the"):
            run.pop(0)
        return run

    def _country_near(self, token: Token) -> str | None:
        """Return the country a place names or belongs to ("China's Great Hall", "Cairo")."""
        actor = self.r.actor(token)
        if actor is not None and self.r.kind_of.get(actor) == "country":
            country = self.r.country_of.get(actor)
            if country is not None:
                return country
        for child in token.children:
            if child.dep_ == "poss":
                found = self._country_near(child)
                if found is not None:
                    return found
        if token.pos_ != "PROPN" and token.ent_type_ not in _NAME_LABELS:
            return None
        return _place_country(_token_span(self._place_tokens(token)).text)


# -- assembling ------------------------------------------------------------------------------


def _attach(drafts: list[_Draft], mention: _Mention) -> None:
    """Add ``mention`` to the meeting it refers back to, or start a new meeting."""
    anchor = mention.anchor
    if anchor is not None and anchor is not mention.trigger:
        # "Erdogan will host Putin for talks", "met Wang for talks": the talks are the
        # meeting the verb reports.
        for draft in reversed(drafts):
            if any(item.trigger.i == anchor.i for item in draft.mentions):
                draft.mentions.append(mention)
                _add(draft.participants, mention.participants)
                return
            if draft.first.trigger.sent.start != mention.trigger.sent.start:
                break
    if mention.kind is MeetingKind.VISIT and mention.participants:
        for draft in reversed(drafts):
            if draft.kind is MeetingKind.VISIT:
                visitors = [p for p in draft.participants if p != draft.first.host]
                new = [p for p in mention.participants if p != mention.host]
                if new and set(new) <= set(visitors) and _same_place(draft, mention):
                    draft.mentions.append(mention)
                    _add(draft.participants, mention.participants)
                    return
                break
    refers_back = mention.definite and mention.trigger.pos_ == "NOUN"
    if refers_back or (mention.vague and not mention.participants):
        compatible = [d for d in reversed(drafts) if d.kind in _COMPATIBLE[mention.kind]]
        for draft in compatible[:_ANTECEDENTS]:
            if set(mention.participants) <= set(draft.participants):
                draft.mentions.append(mention)
                return
    if mention.participants or mention.attended or mention.named:
        drafts.append(
            _Draft(first=mention, mentions=[mention], participants=list(mention.participants))
        )


def _same_place(draft: _Draft, mention: _Mention) -> bool:
    before = draft.first.location
    now = mention.location
    if before is None or now is None:
        return True
    return before.country is None or now.country is None or before.country == now.country


def extract_meetings(doc: Doc, lexicon: MeetingLexicon | None = None) -> list[Meeting]:
    """Return the meetings of a parsed ``doc`` whose actors are known, in text order.

    ``doc`` must have gone through the parser and the ``newsevents_actors`` component (and,
    for topic links, ``newsevents_topics``); ``doc._.newsevents_date`` anchors relative
    dates. Participants are actor ids: a participant the actors component did not find is
    left out.

    >>> from newsevents import load_pipeline
    >>> nlp = load_pipeline()
    >>> doc = nlp("US envoy John Kerry met Premier Li Qiang in Beijing. The talks covered coal.")
    >>> [actor["name"] for actor in doc._.newsevents_actors]
    ['John Kerry', 'Li Qiang']
    >>> (meeting,) = extract_meetings(doc)
    >>> meeting.kind.value, meeting.trigger.text, meeting.participants
    ('meeting', 'met', ('a1', 'a2'))
    >>> meeting.location.name, meeting.location.country, meeting.topics
    ('Beijing', 'CHN', ('t1',))
    """
    reader = _Reader(doc, lexicon or MeetingLexicon.load())
    finder = _Finder(reader)
    drafts: list[_Draft] = []
    for mention in finder.mentions(doc):
        _attach(drafts, mention)
    return [_finish(reader, draft, number) for number, draft in enumerate(drafts, start=1)]


def _finish(reader: _Reader, draft: _Draft, number: int) -> Meeting:
    first = draft.first
    participants = list(draft.participants)
    _add(participants, _discourse_speakers(reader, draft))
    topics: list[str] = []
    for mention in draft.mentions:
        scope = mention.scope if mention.scope is not None else mention.trigger
        start = scope.left_edge.idx
        end = scope.right_edge.idx + len(scope.right_edge.text)
        _add(topics, reader.topics_in(start, end))
    _add(topics, _following_topics(reader, draft, participants))
    date_text = next((m.date_text for m in draft.mentions if m.date_text is not None), None)
    resolved = next((m.date for m in draft.mentions if m.date is not None), None)
    location = next((m.location for m in draft.mentions if m.location is not None), None)
    host = next((m.host for m in draft.mentions if m.host is not None), None)
    return Meeting(
        id=f"m{number}",
        kind=first.kind,
        trigger=_token_span([first.trigger]),
        participants=tuple(participants),
        host=host,
        location=location,
        date=resolved,
        date_text=date_text,
        status=first.status,
        topics=tuple(topics),
        evidence=_sentence_span(first.trigger.sent),
    )


def _discourse_speakers(reader: _Reader, draft: _Draft) -> list[str]:
    """People who act in the sentences between a meeting's first and last mention.

    "In a meeting at the Great Hall, Kerry said ... Li Qiang expressed doubt ... The
    discussions covered ...": Li took part in the meeting the discussions refer back to.
    """
    first_sent = draft.first.trigger.sent
    last_sent = draft.mentions[-1].trigger.sent
    if last_sent.start <= first_sent.start:
        return []
    doc = reader.doc
    sentences: list[SpacySpan] = []
    sent = first_sent
    while sent.end < last_sent.end and len(sentences) < _DISCOURSE_WINDOW:
        sent = doc[sent.end].sent
        sentences.append(sent)
    if sent.start != last_sent.start:
        return []
    found: list[str] = []
    for sentence in sentences:
        for token in sentence:
            if token.dep_ == "nsubj" and token.head.pos_ == "VERB":
                actor = reader.actor(token)
                if actor is not None and reader.kind_of.get(actor) == "person":
                    _add(found, [actor])
    return found


def _following_topics(reader: _Reader, draft: _Draft, participants: Sequence[str]) -> list[str]:
    """Topics of the next sentence when it says what was discussed ("They discussed trade")."""
    last = draft.mentions[-1].trigger.sent
    if last.end >= len(reader.doc):
        return []
    following = reader.doc[last.end].sent
    root = following.root
    if root.lemma_.casefold() not in reader.lex.discussion_verbs:
        return []
    subjects = [child for child in root.children if child.dep_ in _SUBJECTS]
    if not subjects:
        return []
    subject = subjects[0]
    actors = reader.actors(subject)
    refers_back = subject.pos_ == "PRON" or bool(actors and set(actors) <= set(participants))
    if not refers_back:
        return []
    return reader.topics_in(following.start_char, following.end_char)


class MeetingsComponent:
    """Runs :func:`extract_meetings` and stores the result on ``doc._.newsevents_meetings``."""

    def __init__(self, lexicon: MeetingLexicon | None = None) -> None:
        """Use ``lexicon``, or the shipped one."""
        self.lexicon = lexicon or MeetingLexicon.load()

    def __call__(self, doc: Doc) -> Doc:
        """Annotate ``doc`` in place and return it."""
        found = extract_meetings(doc, self.lexicon)
        doc._.set(DOC_MEETINGS, [converter.unstructure(item, Meeting) for item in found])
        return doc


@Language.factory(
    "newsevents_meetings",
    assigns=["doc._.newsevents_meetings"],
    requires=["doc._.newsevents_actors"],
    default_config={"lexicon": None},
)
def make_meetings_component(
    nlp: Language, name: str, lexicon: str | None = None
) -> MeetingsComponent:
    """Create the ``newsevents_meetings`` component (``nlp.add_pipe("newsevents_meetings")``).

    ``lexicon`` is the path of a trigger lexicon that replaces the shipped one
    (``config={"lexicon": "my_triggers.json"}``).
    """
    register_extensions()
    return MeetingsComponent(MeetingLexicon.load(lexicon))
