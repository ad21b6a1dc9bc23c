"""Finding the mentions of meetings: trigger words and who takes part around them.

Internal to :mod:`newsevents.meetings`: :class:`MentionFinder` looks at every word whose
lemma the trigger lexicon knows, decides from the syntax around it whether it reports an
encounter (subject and object, "with" and "between", possessors, governing verbs, framing
clauses), and yields one :class:`~newsevents.meetings._reader.Mention` per trigger.

>>> from newsevents import load_pipeline
>>> from newsevents.meetings._reader import DocumentReader
>>> from newsevents.meetings import MeetingLexicon
>>> doc = load_pipeline()("John Kerry met Li Qiang. Kerry will visit Japan. Meetings help.")
>>> finder = MentionFinder(DocumentReader(doc, MeetingLexicon.load()))
>>> for mention in finder.mentions(doc):
...     print(mention.trigger.text, mention.kind.value, mention.participants, mention.host,
...           mention.status.value)
met meeting ['a1', 'a2'] None occurred
visit visit ['a1', 'a3'] a3 planned
Meetings meeting [] None occurred

The last mention names no one; :func:`newsevents.meetings.extract_meetings` drops it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from functools import cache

import attrs
import numpy as np
from spacy.attrs import LEMMA, POS
from spacy.parts_of_speech import ADJ, NOUN, PROPN, VERB
from spacy.tokens import Doc, Token

from newsevents._arrays import found_in, id_array
from newsevents._doctext import doc_text
from newsevents._syntax import SUBJECT_DEPS, glued_prefix
from newsevents._words import DEMONSTRATIVES, HYPHENS, LATER_WORDS
from newsevents.countries import country_code
from newsevents.lexicons import load_lexicon
from newsevents.meetings._circumstances import Circumstances
from newsevents.meetings._reader import (
    OBJECTS,
    REPORTING_VERBS,
    SUBJECTS,
    DocumentReader,
    Mention,
    Who,
    add_new,
    cancels,
    children_with,
    compound_name,
    counted,
    direct_objects,
    hosting_clauses,
    noun_lemma,
    prep_objects,
    pulled_out_of,
    verb_read_as_noun,
)
from newsevents.model import Location, MeetingKind
from newsevents.places import PLACE_LABELS, city_country, place_country

__all__ = ["MentionFinder"]

# Titles of those who grant an audience: "King Charles held an audience with Browne".
_AUDIENCE_HOSTS = frozenset(
    {"king", "queen", "pope", "emir", "amir", "sultan", "emperor", "empress", "monarch"}
    | {"prince", "princess", "sheikh", "pontiff"}
)
# Determiners of a meeting that may be one told before: "the talks", "these talks".
_DEFINITE = DEMONSTRATIVES | {"the"}
# "met separately with A and B", "held separate talks with A and B": one meeting each.
_SEPARATELY = frozenset({"separately", "individually"})
#: Plural nouns of those who meet in a contest: teams, sides, players ("the sides met in May").
_TEAM_NOUNS = frozenset({"team", "side", "player", "athlete", "nation", "country"})
_SEPARATE = frozenset({"separate", "individual"})
# The sides of talks met one by one by a third party: "met each delegation separately".
_EACH_SIDE_NOUNS = frozenset({"side", "delegation", "team", "camp", "party"})
# The prepositions of the time of a last meeting: "have not met since August", "met in August".
_SINCE_IN = frozenset({"since", "in", "on"})
# Words of a meeting of two sides, which in the plural are one meeting with each one met.
_BILATERAL = frozenset({"bilateral", "one-on-one"})
# Prepositions whose phrase says when something happened, not what it was for: "during".
_CIRCUMSTANCE_PREPOSITIONS = frozenset(
    {
        "during",
        "after",
        "before",
        "following",
        "throughout",
        "amid",
        "upon",
        "ahead",
        "prior",
        "since",
    }
)
# Verbs whose subject receives a guest "for" a visit or talks ("welcomed Xi for a visit").
# Verbs of being told or telling about a meeting: "officials briefed on the talks".
_TOLD_ABOUT_VERBS = frozenset({"brief", "inform", "update", "comment", "report", "testify"})
_GUEST_VERBS = frozenset({"welcome", "host", "receive", "invite"})
# Verbs that turn down the meeting they take as object ("rejected talks with the rebels",
# "ruled out a meeting"); "rule" only with "out".
_REFUSING_VERBS = frozenset({"refuse", "reject", "decline", "rule", "shun"})
# Adjectives of reluctance that take the meeting's infinitive ("is reluctant to meet",
# "appears unwilling to resume talks"): a meeting turned down, like one refused.
_UNWILLING_ADJECTIVES = frozenset(
    {"reluctant", "unwilling", "loath", "loth", "hesitant", "disinclined", "averse"}
)
# Verbs of "slammed the door on talks", "closed the door on resuming negotiations".
_DOOR_VERBS = frozenset({"close", "slam", "shut"})
# Verbs of leading a delegation somewhere, which is visiting it with them: "led a delegation
# of 40 executives to India".
DELEGATION_LEADING = frozenset({"lead", "head"})
_DELEGATION_NOUNS = frozenset({"delegation"})
# Verbs whose subject holds a gathering named by a partner noun ("held a retreat").
_GATHERING_HOLDERS = frozenset({"hold", "host", "convene", "wrap", "conclude"})
# Verbs of seeing that report a meeting between two named people: "also saw Fidan".
SEEING_VERBS = frozenset({"see"})
# Nouns of a body's gathering that are no meeting words of their own ("Congress" is also a
# legislature): a gathering only when held.
BODY_GATHERINGS = frozenset({"congress", "convention"})
# Verbs of going back and forth between parties, which is mediating talks between them:
# "mediators shuttled between the Israeli and Hamas delegations".
SHUTTLING_VERBS = frozenset({"shuttle"})
# Prepositions of a way taken: "a retreat from Kherson", "across the river", "towards the
# border" is an army's, no gathering.
_WAYS = ("from", "across", "towards", "toward", "into")


@cache
def _intergovernmental() -> frozenset[str]:
    """Return the names of groupings of states that hold talks (the titles' alliances)."""
    return frozenset(load_lexicon("titles").get("alliances", [])) | {"United Nations"}


@cache
def _outlet_words() -> tuple[frozenset[str], frozenset[str]]:
    """Return the names and the words of news outlets of the cues lexicon ("Reuters", "news")."""
    outlets = load_lexicon("cues").get("outlets", {})
    names = frozenset(name.casefold() for name in outlets.get("names", []))
    return names, frozenset(word.casefold() for word in outlets.get("words", []))


@cache
def _rank_words() -> frozenset[str]:
    """Return the one-word titles of the titles lexicon ("commander", "minister")."""
    return frozenset(
        title.lower() for title in load_lexicon("titles").get("titles", []) if " " not in title
    )


# Verbs of an attempt: what one "tried" or "attempted" to do, told in the past, was not done.
_TRYING_VERBS = frozenset({"try", "attempt"})

_WORDS = re.compile(r"[a-z]+(?:-[a-z]+)*")
# Verbs of taking part in a meeting others hold, which one may do by video link.
_TAKING_PART = frozenset({"join", "attend"})
# A score in a sports report: "drew 1-1", "won 3-0".
_SCORE = re.compile(r"(?<![\d-])\d{1,2}-\d{1,2}(?![\d-])")
# Words that make a plural meeting noun with no one of its own any meetings at all.
# Words that order a round in its series: "the previous round", "a new round".
_ROUND_ORDER = frozenset(
    {
        "previous", "prior", "earlier", "another", "subsequent", "next", "new", "fresh",
        "following", "further", "last", "latest", "final",
    }
)  # fmt: skip

# Verbs that hold a round, of which it is the object: "will hold a sixth round in May" (not
# "won the second round").
_ROUND_HOLDING = frozenset(
    {"hold", "have", "schedule", "plan", "convene", "open", "begin", "start", "launch", "end"}
)

_COUNTLESS = frozenset({"many", "countless", "endless", "numerous", "innumerable"})


def _stopover(verb: Token, particle: str) -> bool:
    """Whether "stop" is a stop on a journey: "stop in Tokyo", "stop off in Rome"."""
    if verb.lemma_.casefold() != "stop":
        return False
    return particle in ("off", "over", "by") or any(
        child.dep_ == "prep" and child.lower_ in ("in", "at") for child in verb.children
    )


def _unwilling_to(verb: Token) -> bool:
    """Whether ``verb`` is the infinitive of an adjective of reluctance ("reluctant to meet")."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.casefold() in _UNWILLING_ADJECTIVES


def _under_no(token: Token) -> bool:
    """Whether ``token`` says what a noun with "no" denies: "no plans to meet", "no intention".

    "There are no plans for a meeting", "has no intention of visiting": no meeting.
    """
    if token.dep_ == "acl":
        noun = token.head
    elif token.dep_ in ("pobj", "pcomp") and token.head.dep_ == "prep":
        noun = token.head.head
    else:
        return False
    return noun.pos_ == "NOUN" and any(
        child.dep_ == "det" and child.lower_ == "no" for child in noun.children
    )


# How many sentences after "X spoke with Y" may go on about it as "the call".
_CALL_TOLD_WITHIN = 5


def _at_a_point(date: Token) -> bool:
    """Whether a date is the object of "in" or "on": a point in time, not a span."""
    head = date
    while head.dep_ != "pobj" and head.head.i != head.i and head.head.ent_type_ == "DATE":
        head = head.head
    return head.dep_ == "pobj" and head.head.lower_ in ("in", "on")


# Verbs of how long talks have gone on: "which began in 2002", "which have dragged on".
_LASTING_VERBS = frozenset({"begin", "start", "drag", "last", "continue", "run", "stall", "go"})


# Prepositions of a sitting one is at, comes from or leaves: "during a consultation with".
_SITTING_PREPOSITIONS = frozenset({"at", "during", "after", "before", "from"})


class MentionFinder:
    """Finds the meeting mentions of one document."""

    def __init__(self, reader: DocumentReader) -> None:
        """Find mentions with ``reader``'s document and lexicon."""
        self.r = reader
        self.lex = reader.lex
        self.where = Circumstances(reader)
        self._sporting: bool | None = None  # whether the text reports sport, read once
        self._countries_told: frozenset[str] | None = None  # the countries the text names

    # -- triggers ------------------------------------------------------------------------

    def _phoned(self, noun: Token) -> bool:
        """Whether a noun is modified by a word of the phone: "a phone conversation"."""
        return any(
            child.dep_ in ("compound", "amod", "nmod")
            and child.lemma_.casefold() in self.lex.phone_words
            for child in noun.children
        )

    def _opening_noun(self, token: Token) -> str | None:
        """Return the lemma of a meeting noun the tagger took for a name at a sentence's start.

        "LONDON, Feb 6 (Reuters) - Talks between Iran and the United States have
        collapsed": after a dateline's dash, or opening a sentence, a capitalised word of the
        lexicon's nouns, in no entity, before a word in lower case ("between").
        """
        text = token.text
        if (
            token.ent_type_
            or not text[:1].isupper()
            or not text[1:].islower()
            or token.i + 1 >= len(token.doc)
            or not token.doc[token.i + 1].is_lower
            or not (token.is_sent_start or token.nbor(-1).text in ("-", "\u2014", "\u2013"))
        ):
            return None
        lower = text.lower()
        for lemma in (lower, lower.removesuffix("s")):
            if lemma in self.lex.nouns:
                return lemma
        return None

    def trigger_kind(self, token: Token) -> MeetingKind | None:
        """Return the kind of meeting ``token`` reports, or None when it is no trigger."""
        lemma = token.lemma_.casefold()
        noun_as_verb = self.noun_tagged_verb(token)
        if token.pos_ == "VERB" and not noun_as_verb:
            for child in token.children:
                if child.dep_ == "prt":
                    kind = self.lex.particle_verbs.get((lemma, child.lower_))
                    if kind is not None:
                        return kind
                key = self._phrase_key(token, child) if child.dep_ in OBJECTS else None
                if key is not None:
                    if self._phoned(child) and child.lemma_.casefold() in self.lex.phone_nouns:
                        return MeetingKind.CALL  # "held a phone conversation with Orbán"
                    return self.lex.object_phrase_verbs[key]
            if lemma in self.lex.phone_verbs and (
                self._by_phone(token)
                or self._call_told_next(token)
                or self._with_counterpart(token)
            ):
                return MeetingKind.CALL
            if lemma in self.lex.calling_verbs and self._called_someone(token):
                return MeetingKind.CALL  # "Biden called Netanyahu on Sunday"
            if lemma in self.lex.calling_verbs and self._called_on(token):
                return MeetingKind.VISIT  # "Jaishankar called on the Crown Prince"
            if lemma in DELEGATION_LEADING and self._led_abroad(token):
                return MeetingKind.VISIT  # "led a delegation of executives to India"
            if lemma in SEEING_VERBS and self._saw_someone(token):
                return MeetingKind.MEETING  # "Sharaa also saw Foreign Minister Fidan"
            if lemma in SHUTTLING_VERBS and self._shuttled_between(token):
                return MeetingKind.TALKS  # "mediators shuttled between the delegations"
            kind = self.lex.verbs.get(lemma)
            if kind is MeetingKind.MEETING and lemma == "meet" and self._by_phone(token):
                return MeetingKind.CALL  # "met with Zelensky via video link"
            return kind
        if lemma in BODY_GATHERINGS and _held_as_subject(token):
            # "The 76th FIFA Congress will be held in Vancouver": a body's congress that is
            # held or takes place is a gathering (a legislature is never held)
            return MeetingKind.SUMMIT
        if token.pos_ == "PROPN":
            # "attended the World Economic Forum": a gathering's name, headed by its noun
            if lemma in self.lex.gathering_names and token.dep_ != "compound":
                return MeetingKind.SUMMIT
            opening = self._opening_noun(token)
            return None if opening is None else self.lex.nouns.get(opening)
        if (
            token.pos_ != "NOUN" and not noun_as_verb and not self._adjective_as_noun(token)
        ) or token.dep_ == "compound":
            return None
        if (
            not noun_as_verb
            and any(child.dep_ in ("nsubj", "aux", "neg") for child in token.children)
        ) or (
            token.dep_ == "ROOT"
            and not any(child.dep_ in ("det", "poss") for child in token.children)
            and any(c.dep_ == "compound" and c.ent_type_ == "PERSON" for c in token.children)
            and self._verb_read_as_modifier(token) is None  # "[Ahn Gyu-back held] talks"
        ):
            return None  # a verb the tagger took for a noun: "Rabbani talks with Aziz"
        if self._phoned(token) and lemma in self.lex.phone_nouns:
            return MeetingKind.CALL
        if lemma == "round":
            # "The previous round, held in Asuncion": a round of the talks told before
            return self._round_of_talks(token)
        kind = self.lex.nouns.get(lemma)
        if kind is None:
            # "returned to the bargaining table": a noun that reports a meeting with its
            # modifier only
            kind = next(
                (
                    self.lex.compound_nouns[(child.lower_, lemma)]
                    for child in token.children
                    if child.dep_ in ("compound", "amod", "nmod")
                    and (child.lower_, lemma) in self.lex.compound_nouns
                ),
                None,
            )
        if kind is None:
            return None
        if self._adverbial_noun(token):
            return None  # "met one-on-one", "spoke tête-à-tête": how they met, no noun
        if kind is MeetingKind.VISIT and lemma not in self.lex.nouns and token.dep_ in SUBJECTS:
            return None  # "Vietnam's trade mission in Washington said": an office
        if kind is MeetingKind.CALL and self._call_on(token):
            return MeetingKind.VISIT  # "paid a courtesy call on the president"
        if kind is MeetingKind.CALL and self._means_of_joining(token):
            return None  # "joined the meeting by videoconference": how one took part
        if kind in (MeetingKind.TALKS, MeetingKind.MEETING) and (
            self._by_phone(token)
            or (
                token.dep_ in OBJECTS
                and self._by_phone(token.head)
                # not "joined the meeting by videoconference": one took part from afar
                and token.head.lemma_.casefold() not in _TAKING_PART
            )
        ):
            kind = MeetingKind.CALL  # "held talks by video link"
        if (
            lemma in self.lex.plural_only_nouns
            and token.tag_ != "NNS"
            and not noun_as_verb
            and not self._one_sitting_with(token)
        ):
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

    def _round_of_talks(self, noun: Token) -> MeetingKind | None:
        """Return the kind of the talks a bare "round" told in its series is a round of.

        "The previous round, held in Asuncion in November", "A sixth round is planned for
        May", after talks or negotiations told before: a round of them, ordered in their
        series, subject of its verb or held (not "the second round of voting", "a funding
        round", "won the second round").
        """
        held = noun.dep_ in SUBJECT_DEPS or (
            noun.dep_ == "dobj" and noun.head.lemma_.casefold() in _ROUND_HOLDING
        )
        if (
            not held
            or noun.tag_ != "NN"
            or any(
                child.dep_ in ("compound", "nmod", "poss")
                or (child.dep_ == "prep" and child.lower_ == "of")
                for child in noun.children
            )
        ):
            return None
        if not any(
            child.dep_ in ("amod", "det", "advmod")
            and (
                child.lower_ in _ROUND_ORDER
                or (child.ent_type_ == "ORDINAL" and child.lower_ not in ("first", "1st"))
            )
            for child in noun.children
        ):
            return None
        told = [
            kind
            for token in noun.doc[: noun.i]
            if token.pos_ == "NOUN"
            and token.tag_ == "NNS"
            and (kind := self.lex.nouns.get(token.lemma_.casefold()))
            in (MeetingKind.TALKS, MeetingKind.NEGOTIATION)
        ]
        return told[-1] if told else None

    def _one_sitting_with(self, noun: Token) -> bool:
        """Whether a noun of talks in the singular tells one sitting with a party named.

        "walked out of a consultation with Ofcom", "during a discussion with Scholz": a
        sitting one is at, comes from or leaves, with an actor, held even if left early. Not
        "in consultation with allies" (working together), nor a consultation one launches,
        a process of the public.
        """
        if noun.dep_ != "pobj" or not any(
            child.dep_ == "det" and child.lower_ in ("a", "the") for child in noun.children
        ):
            return False
        preposition = noun.head
        sitting = preposition.lower_ in _SITTING_PREPOSITIONS or (
            preposition.lower_ == "of"
            and any(c.lower_ == "out" for c in (preposition.head, *preposition.head.children))
        )
        return sitting and any(
            self.r.actor(party) is not None for party in prep_objects(noun, "with")
        )

    def _saw_someone(self, verb: Token) -> bool:
        """Whether "saw" reports a meeting: a person saw a person named, and nothing else.

        "Sharaa also saw Foreign Minister Fidan": one named person sees another. Not what
        one sees someone do or be ("saw Fidan speak", "saw him as a partner"), nor seeing
        someone on a screen ("saw Trump on television"), nor a pronoun or a crowd seen.
        """
        # "On Tuesday Scholz saw Macron", read with "Tuesday Scholz" as one name
        dated = self.r.subject_in_time(verb)
        if any(
            child.dep_ in ("ccomp", "xcomp", "oprd", "neg", "advcl")
            or (child.dep_ == "prep" and child.lower_ in ("as", "via", "through"))
            # "on television", not "on Friday"
            or (
                child.dep_ == "prep"
                and child.lower_ == "on"
                and any(
                    obj.ent_type_ not in ("DATE", "TIME") and obj not in dated
                    for obj in prep_objects(verb, "on")
                )
            )
            for child in verb.children
        ):
            return False
        subjects = [child for child in verb.children if child.dep_ == "nsubj"] or dated
        if not subjects and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
            # "Sharaa saw Erdogan and also saw Fidan": the joined verb shares the subject
            subjects = [child for child in verb.head.children if child.dep_ == "nsubj"]
        seen = [child for child in verb.children if child.dep_ == "dobj"]
        if len(subjects) != 1 or len(seen) != 1 or seen[0].pos_ != "PROPN":
            return False
        if any(child.dep_ in ("acl", "relcl") for child in seen[0].children):
            return False  # "saw Fidan speaking", "saw Fidan, who ..."
        people = [self.r.actor(token) for token in (subjects[0], seen[0])]
        return (
            all(actor is not None and self.r.kind_of.get(actor) == "person" for actor in people)
            and len(set(people)) == 2
        )

    def _shuttled_between(self, verb: Token) -> bool:
        """Whether someone went back and forth between parties the story names.

        "Qatari and Egyptian mediators shuttled between Israeli and Hamas delegations": the
        go-betweens hold indirect talks with both sides. Not "shuttled between Paris and
        London" (places, not parties) nor "with mediators shuttling between the two rooms".
        """
        if not any(self.r.is_animate(s) and self.r.actors(s) for s in self.r.subjects(verb)):
            return False
        sides = [
            actor
            for party in prep_objects(verb, "between")
            if not self.where.is_place(party)
            for actor in self.r.actors(party)
        ]
        return bool(sides)

    def _delegation_led(self, verb: Token) -> list[Token]:
        """Return the delegation ``verb`` leads, as its object: "led a delegation"."""
        return [
            obj
            for obj in children_with(verb, "dobj")
            if obj.lemma_.casefold() in _DELEGATION_NOUNS and obj.tag_ == "NN"
        ]

    def _led_to(self, verb: Token) -> list[Token]:
        """Return the places a delegation ``verb`` leads goes "to", on the verb or on it."""
        return [
            place
            for holder in (verb, *self._delegation_led(verb))
            for place in prep_objects(holder, "to")
            if self.where.is_place(place) or self._host_actors(place)
        ]

    def _led_abroad(self, verb: Token) -> bool:
        """Whether someone led a delegation to a place: "led a delegation to India".

        Its leader visits the place with it (not "led the delegation to the talks", "led
        the delegation to victory").
        """
        return (
            bool(self._delegation_led(verb))
            and any(self.r.is_animate(s) for s in self.r.subjects(verb))
            and bool(self._led_to(verb))
        )

    def _adverbial_noun(self, token: Token) -> bool:
        """Whether a hyphenated meeting noun of the lexicon says how one met: "met one-on-one".

        With no determiner, possessor or modifier, and not plural, "one-on-one" and
        "tête-à-tête" are adverbs, whatever the tagger says ("a one-on-one" is a meeting).
        """
        lemma = token.lemma_.casefold()
        return (
            "-" in lemma
            and lemma in self.lex.nouns
            and token.tag_ != "NNS"
            and not any(c.dep_ in ("det", "poss", "amod", "nummod") for c in token.children)
        )

    def _called_someone(self, verb: Token) -> bool:
        """Whether one person "called" another, with nothing said of the callee.

        "Biden called Netanyahu on Sunday to urge restraint" is a call; "called him a
        liar", "called Biden weak", "called Cohen to the stand", "called for talks" are not.
        """

        def person(token: Token) -> bool:
            return self.r.kind_of.get(self.r.actor(token) or "") == "person"

        def called(token: Token) -> bool:
            # a person, or a group of people: "called Democratic senators on Sunday"
            return self.r.kind_of.get(self.r.actor(token) or "") in ("person", "group")

        callee = self._callee_read_as_name(verb)
        callee_at = callee.i if callee is not None else -1
        people = [
            child
            for child in verb.children
            if (child.dep_ in SUBJECTS and person(child))
            or (child.dep_ == "dobj" and called(child))
        ]
        if callee is not None:
            people.append(callee)
            if verb.dep_ == "acl" and person(verb.head):
                people.append(verb.head)  # "[John Thune called Donald Trump]" read as a name
        if len({self.r.actor(p) for p in people}) != 2 or not any(
            p.dep_ == "dobj" or p.i == callee_at for p in people
        ):
            return False
        if any(
            child.dep_ in ("oprd", "attr", "acomp", "ccomp", "xcomp", "dative", "prt")
            and child.i != callee_at
            # "called the sultan late on Wednesday": an adverb of time, not what one is called
            and not (child.dep_ == "oprd" and child.pos_ == "ADV")
            for child in verb.children
        ):
            return False
        return not prep_objects(verb, "to", "for", "as", "into", "before")

    def _callee_read_as_name(self, verb: Token) -> Token | None:
        """Return a person the parser made what someone is "called", with no object named.

        "Thune had called Trump on Tuesday night" is parsed as if Thune had named someone
        Trump; with no object before it, the name is who was phoned.
        """
        if verb.tag_ not in ("VBD", "VBN") or any(c.dep_ == "dobj" for c in verb.children):
            return None
        for child in verb.children:
            if child.dep_ == "oprd" and child.i > verb.i:
                actor = self.r.actor(child)
                if actor is not None and self.r.kind_of.get(actor) == "person":
                    return child
        return None

    def _called_on(self, verb: Token) -> bool:
        """Whether one "called on" a person: a courtesy call, a visit paid to them.

        "Jaishankar called on the Crown Prince": someone on whom one calls, with nothing
        asked of them ("called on Putin to withdraw", "called on Israel for restraint" are
        appeals).
        """
        if any(
            child.dep_ in ("xcomp", "ccomp", "advcl", "dobj")
            or (child.dep_ == "prep" and child.lower_ == "for")
            for child in verb.children
        ):
            return False
        callees = self._called_on_whom(verb)
        callers = {self.r.actor(subject) for subject in self.r.subjects(verb)}
        called = [self.r.actors(callee) for callee in callees]
        return bool(callees) and all(
            found
            and all(self.r.kind_of.get(one) == "person" and one not in callers for one in found)
            and not any(c.dep_ in ("acl", "xcomp") for c in callee.children)
            for callee, found in zip(callees, called, strict=True)
        )

    @staticmethod
    def _called_on_whom(verb: Token) -> list[Token]:
        """Return whom a verb "called on": its objects of "on" but a day ("on Sunday").

        The parser may read "on" as the verb's particle and hang the person on it ("Modi
        called on Martin Menem on Saturday").
        """
        found = prep_objects(verb, "on")
        found += [
            callee
            for particle in children_with(verb, "prt")
            if particle.lower_ == "on"
            for callee in children_with(particle, "pobj")
        ]
        return [c for c in found if c.ent_type_ not in ("DATE", "TIME")]

    def _call_on(self, noun: Token) -> bool:
        """Whether a "call" is a visit: "paid a courtesy call on the president".

        Only a courtesy call, or a call someone pays, goes "on" a person; "a call on Israel
        to halt" is an appeal.
        """
        paid = noun.dep_ in OBJECTS and noun.head.lemma_.casefold() == "pay"
        courtesy = any(child.lower_ == "courtesy" for child in noun.lefts)
        return (paid or courtesy) and any(
            self.r.is_animate(target) for target in prep_objects(noun, "on")
        )

    def _phrase_object(self, verb: Token, obj: Token) -> bool:
        """Whether ``obj`` belongs to the verb's phrase ("shook hands"), not to who met."""
        return self._phrase_key(verb, obj) is not None

    def _phrase_key(self, verb: Token, obj: Token) -> tuple[str, str] | None:
        """Return the ``object_phrase_verbs`` entry of a verb and its object, if any.

        The object is its lemma ("shake hand"), or its lemma with the noun it is "of"
        ("present letter of credence": "presented his letters of credence to Zardari").
        """
        lemma = verb.lemma_.casefold()
        noun = obj.lemma_.casefold()
        keys = [(lemma, noun)]
        keys += [(lemma, f"{noun} of {of.lemma_.casefold()}") for of in prep_objects(obj, "of")]
        return next((key for key in keys if key in self.lex.object_phrase_verbs), None)

    def _handed_to(self, verb: Token) -> list[Token]:
        """Return whom a phrase's object is handed "to": "presented his credentials to Zardari".

        The one it is presented to receives, and hosts, the one who presents it; a phrase
        of another verb ("shook hands with X", "held a conversation") hands nothing over.
        """
        if verb.lemma_.casefold() != "present":
            return []
        if not any(c.dep_ in OBJECTS and self._phrase_object(verb, c) for c in verb.children):
            return []
        return [to for to in prep_objects(verb, "to") if self.r.is_animate(to)]

    def _with_counterpart(self, verb: Token) -> bool:
        """Whether "X spoke with his counterpart" tells a call between the two.

        "Baerbock spoke with her French counterpart on Monday": one who holds an office
        speaks with the one holding it on the other side, which news tells of a call (not
        "spoke with reporters").
        """
        return any(
            partner.lemma_.casefold() in self.lex.counterpart_nouns
            or any(
                child.dep_ == "appos" and child.lemma_.casefold() in self.lex.counterpart_nouns
                for child in partner.children
            )
            or any(
                child.dep_ == "compound" and child.lemma_.casefold() in self.lex.counterpart_nouns
                for child in partner.children
            )
            for partner in prep_objects(verb, "with", "to")
        )

    def _call_told_next(self, verb: Token) -> bool:
        """Whether "X spoke with Y" is the call the sentences after it go on about.

        "President Biden spoke with President Lula of Brazil. The call, which lasted about
        40 minutes, ...": two persons speak, and the subject of one of the next few
        sentences is "the call" (or "the conversation"; not "the call for ...").
        """
        kinds = self.r.kind_of
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or kinds.get(self.r.actor(subject) or "") != "person":
            return False
        partners = prep_objects(verb, "with", "to")
        if not any(kinds.get(self.r.actor(p) or "") == "person" for p in partners):
            return False
        sentence = self.r.sentence(verb)
        doc = verb.doc
        for _ in range(_CALL_TOLD_WITHIN):
            if sentence.end >= len(doc):
                return False
            sentence = self.r.sentence(doc[sentence.end])
            if any(
                token.dep_ in SUBJECT_DEPS
                and token.lemma_.casefold() in ("call", "conversation")
                and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in token.children)
                and not any(c.dep_ == "prep" and c.lower_ == "for" for c in token.children)
                for token in sentence
            ):
                return True
        return False

    def _means_of_joining(self, token: Token) -> bool:
        """Whether a call noun is how someone took part in a meeting the verb's object names.

        "joined the meeting by videoconference", "attended the summit via video link": the
        meeting is the object; the call is no encounter of its own.
        """
        means = token.head
        if token.dep_ != "pobj" or means.lower_ not in ("by", "via", "over"):
            return False
        return any(
            obj.lemma_.casefold() in self.lex.nouns and obj.i < token.i
            for obj in direct_objects(means.head)
        )

    def _by_phone(self, verb: Token) -> bool:
        return bool(self._phone_means(verb))

    def _phone_means(self, token: Token) -> list[Token]:
        """Return the means of speaking by phone or video under a word ("by video link")."""
        found = []
        for child in token.children:
            # ("spoke by telephone": the parser may read "by" as a passive's agent)
            if child.dep_ in ("prep", "agent") and child.lower_ in ("by", "over", "on", "via"):
                for obj in children_with(child, "pobj"):
                    # "by telephone", "by video link", "over a secure phone line"
                    if obj.lemma_.casefold() in self.lex.phone_words or any(
                        modifier.dep_ in ("compound", "amod", "nmod")
                        and modifier.lemma_.casefold() in self.lex.phone_words
                        for modifier in obj.children
                    ):
                        found.append(obj)
        return found

    def _adjective_as_noun(self, token: Token) -> bool:
        """Whether an adjective of the noun lexicon stands alone as a noun: "a bilateral".

        "Starmer held a 45-minute bilateral with Li Qiang": the tagger keeps "bilateral" an
        adjective, but with an article or a possessor and no noun to qualify it is the
        meeting itself ("a bilateral meeting" is the meeting's adjective, no second word).
        """
        return (
            token.pos_ == "ADJ"
            and token.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "attr", "conj")
            and token.lemma_.casefold() in self.lex.nouns
            and any(child.dep_ in ("det", "poss") for child in token.children)
        )

    @staticmethod
    def noun_tagged_verb(token: Token) -> bool:
        """Whether a word tagged as a verb is the subject of another: "Ceasefire talks ... resumed".

        A verb in the third person ("talks") takes no subject's place; the tagger reads
        "ceasefire talks" as a sentence of its own.
        """
        return (
            token.tag_ == "VBZ"
            and token.dep_ in SUBJECT_DEPS
            and token.head.i > token.i
            and token.head.pos_ in ("VERB", "AUX")
        )

    def mentions(self, doc: Doc) -> Iterator[Mention]:
        """Yield the meeting mentions of ``doc`` in text order."""
        # Look at lemma hashes first: making a Token object for every word costs more than
        # all the rules together.
        rows = doc.to_array([LEMMA, POS]).astype(np.uint64, copy=False)  # as stored
        pos = rows[:, 1]
        wanted = (pos == VERB) | (pos == NOUN) | (pos == PROPN) | (pos == ADJ)
        wanted &= found_in(rows[:, 0], id_array(self.lex.candidate_hashes))
        indices: list[int] = np.flatnonzero(wanted).tolist()
        for index in indices:
            token = doc[index]
            kind = self.trigger_kind(token)
            mention: Mention | None = None
            if kind is not None:
                sides = self._verb_read_as_adjective(token)
                if sides is not None:
                    mention = self.verb_mention(token, kind, sides=sides)
                elif token.pos_ == "VERB" and not self.noun_tagged_verb(token):
                    mention = self.verb_mention(token, kind)
                else:
                    mention = self.noun_mention(token, kind)
            elif token.pos_ == "NOUN" and token.lemma_.casefold() in self.lex.sideline_nouns:
                mention = self.sideline_mention(token)
            elif token.pos_ == "NOUN" and self._verb_tagged_noun(token):
                # "If Putin and Zelensky meet, the war could end": a verb with a subject and
                # a conjunction of its clause, whatever its tag
                mention = self.verb_mention(token, self.lex.verbs[token.lemma_.casefold()])
            elif token.pos_ == "NOUN":
                mention = self.caption_mention(token)
            if mention is not None:
                self.where.complete(mention)
                if self._power_only(mention):
                    continue
                yield mention

    def _verb_tagged_noun(self, token: Token) -> bool:
        """Whether a meeting verb the tagger read as a noun heads a clause of its own.

        "If Putin and Zelensky meet, the war could end": the bare present after a plural
        subject may be tagged a noun; a conjunction of a clause ("if", "when") and a
        subject of its own make it the clause's verb.
        """
        return (
            token.tag_ == "NN"
            and token.lemma_.casefold() in self.lex.verbs
            and token.dep_ == "advcl"
            and any(child.dep_ == "mark" for child in token.children)
            and any(child.dep_ == "nsubj" and child.i < token.i for child in token.children)
        )

    def _verb_read_as_adjective(self, verb: Token) -> tuple[list[Token], list[Token]] | None:
        """Return who met whom around a verb the parser read as an adjective, if it is one.

        "Sudan's army chief Abdel Fattah al-Burhan hosted RSF leader Mohamed Hamdan Dagalo":
        after a long titled subject the small model may make "hosted" a modifier of the
        noun after it; a name right before it and a name after it are who met. So are the
        subject and the name after a past tense it reads as a piece of that name.
        """
        if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN"):
            return None
        if verb.i == 0 or verb.head.i <= verb.i:
            return None
        subject = verb.doc[verb.i - 1]
        if verb.dep_ == "compound" and verb.tag_ == "VBD":
            # "Salah, 34, whose deal expires in June, met manager Arne Slot": after a long
            # subject the parser may make the verb a piece of the name after it, and keep
            # its subject
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), verb)
            if subject is verb:
                return None
        elif verb.dep_ != "amod":
            return None
        if subject.pos_ != "PROPN" or self.r.kind_of.get(self.r.actor(subject) or "") != "person":
            return None
        guest = verb.head
        for _ in range(4):
            if guest.dep_ != "compound" or guest.head.i <= guest.i:
                break
            guest = guest.head
        if guest.pos_ != "PROPN" or self.r.kind_of.get(self.r.actor(guest) or "") != "person":
            return None
        if self.r.actor(guest) == self.r.actor(subject):
            return None
        return [subject], [guest]

    def _power_only(self, mention: Mention) -> bool:
        """Whether a meeting noun tells only what a body can do, no meeting told.

        "The JMMC can recommend changes and convene a full OPEC+ meeting", "The committee
        can convene a meeting of the council at any time": what the body is able to do, with
        no day; not "will convene a meeting on June 1", nor what a person "can" do ("Putin
        can hold talks with Zelensky"), which may be a meeting in the offing.
        """
        noun = mention.trigger
        if noun.pos_ == "VERB" or noun.dep_ != "dobj" or mention.date_text is not None:
            return False
        verbs = [noun.head]
        if noun.head.dep_ == "conj":
            verbs.append(noun.head.head)  # "can recommend changes and convene a meeting"
        if not any(
            c.dep_ == "aux" and c.lower_ in ("can", "ca") for v in verbs for c in v.children
        ):
            return False
        subject = next((c for v in verbs for c in v.children if c.dep_ in SUBJECT_DEPS), None)
        return subject is not None and not any(
            self.r.kind_of.get(actor) == "person" for actor in self.r.actors(subject)
        )

    # -- verbs ---------------------------------------------------------------------------

    def verb_mention(
        self,
        verb: Token,
        kind: MeetingKind,
        *,
        sides: tuple[list[Token], list[Token]] | None = None,
    ) -> Mention | None:
        """Read who met whom around a trigger verb; None when it is no meeting.

        ``sides`` gives the subjects and objects when the parse does not (a caption's verb
        the tagger took for a noun).
        """
        if self._negated(verb) or self._visiting_guest(verb) or self._contest(verb):
            return None
        if glued_prefix(verb):
            return None  # "will hold a meet-and-greet": a word of a compound, no verb
        lemma = verb.lemma_.casefold()
        if lemma in self.lex.testimony_verbs:
            return self.testimony_mention(verb, kind)
        if (
            kind is MeetingKind.MEETING
            and not direct_objects(verb)
            and not prep_objects(verb, "with")
            and any(
                self.lex.nouns.get(place.lemma_.casefold()) is MeetingKind.SUMMIT
                and any(
                    (c.dep_ == "det" and c.lower_ in ("a", "an"))
                    or (c.dep_ == "poss" and c.lower_ == "their")
                    for c in place.children
                )
                for place in prep_objects(verb, "at", "for")
            )
        ):
            # "NATO leaders will meet at a summit in The Hague", "will meet in Abuja for an
            # ordinary summit", "met in Baghdad for their fifth trilateral summit": the
            # summit is the meeting;
            # not "met Xi at the summit" or "Biden and Xi met at the G20 summit", a meeting of
            # two at a summit told as such
            kind = MeetingKind.SUMMIT
        passive = any(child.dep_ in ("nsubjpass", "auxpass") for child in verb.children)
        if sides is not None:
            subjects, objects = sides
        else:
            subjects = self.r.subjects(verb)
            if self._habitual(verb, subjects):
                return None
            objects = [
                obj
                for obj in direct_objects(verb)
                if not self._phrase_object(verb, obj) and not self._adverbial_noun(obj)
            ]
            # "met Xi one-on-one": the parser may take the one met for the adverb's modifier
            objects += [
                child
                for obj in direct_objects(verb)
                if self._adverbial_noun(obj)
                for child in children_with(obj, "compound")
                if self.r.actor(child) is not None
            ]
            if kind is MeetingKind.VISIT and lemma in DELEGATION_LEADING:
                # "led a delegation of executives to India": the leader and the delegation
                # visit the place
                subjects = [*subjects, *self._delegation_led(verb)]
                objects = self._led_to(verb)
            if kind is MeetingKind.CALL and lemma in self.lex.calling_verbs:
                callee = self._callee_read_as_name(verb)
                objects += [callee] if callee is not None else []
            late = [token for token in subjects if token.i > verb.i]
            if not passive and objects == [] and late:
                # "Lula, center, welcomes Petro at the palace": the small model may take
                # the person welcomed for a second subject, or the first for the subject
                # of "left".
                early = [token for token in subjects if token.i < verb.i]
                captioned = self._caption_subject(verb)
                if not early and captioned is not None:
                    early = [captioned]
                if early:
                    subjects, objects = early, late
        # "will host the next Manama Dialogue": the gathering named is the meeting, no guest
        objects = [
            obj
            for obj in objects
            if not (obj.pos_ == "PROPN" and self.trigger_kind(obj) is MeetingKind.SUMMIT)
        ]
        objects = [self._thanker_meant(verb, obj) for obj in objects]
        agents = prep_objects(verb, "by") if passive else []
        phrase = any(self._phrase_object(verb, child) for child in verb.children)
        if not objects and not passive and not phrase:
            objects = self._relative_object(verb)
        if not objects and not passive and not phrase and lemma in _GUEST_VERBS:
            objects = self._guest_after_place(verb)
        if not objects and not passive and lemma == "meet":
            # "left Rome on Monday after meeting Meloni": the small model may take the
            # person met, right after the verb, for an adverb
            objects = [
                child
                for child in verb.children
                if child.dep_ == "npadvmod"
                and child.pos_ == "PROPN"
                and child.left_edge.i == verb.i + 1
                and self.r.kind_of.get(self.r.actor(child) or "") == "person"
            ]
        if not objects and kind is MeetingKind.VISIT and lemma in self.lex.calling_verbs:
            objects = self._called_on_whom(verb)  # "called on the Crown Prince on Sunday"
        if not objects and kind is MeetingKind.VISIT:
            # "Modi visits Washington": the small model may take the place for an adverb.
            objects = [
                child
                for child in verb.children
                if child.dep_ == "npadvmod" and child.ent_type_ in ("GPE", "LOC")
            ]
        partners = prep_objects(verb, "with", "between", "among")
        # "held a separate conversation with Bessent", "shook hands with Xi": "with" may
        # hang on the phrase's object
        partners += [
            partner
            for child in verb.children
            if child.dep_ in OBJECTS and self._phrase_object(verb, child)
            for partner in prep_objects(child, "with")
        ]
        received = self._handed_to(verb)  # "presented his credentials to Zardari"
        partners += received
        if kind is MeetingKind.NEGOTIATION:
            # "negotiated a new contract with Canada Post": the parser hangs "with" on what
            # was negotiated
            partners += [p for obj in objects for p in prep_objects(obj, "with")]
        # "hosted Reeves and Ivey, along with FEMA Administrator Karen Evans"
        partners += [
            partner
            for along in verb.children
            if along.dep_ == "prep" and along.lower_ == "along"
            for partner in prep_objects(along, "with")
        ]
        for clause in (
            *verb.children,
            *(c for prep in verb.children if prep.lower_ == "with" for c in prep.children),
        ):
            if self._visiting_guest(clause):
                # "met visiting Chancellor Scholz": the guest is met; "received visiting
                # President Lula": the guest is received
                guests = [c for c in clause.children if c.dep_ in OBJECTS]
                if lemma in self.lex.needs_participant_verbs and not objects and not passive:
                    objects = guests
                else:
                    partners += guests
        if objects or partners:
            # "met with lawmakers on Capitol Hill, including Senate Majority Leader John
            # Thune": those met, named, the parser hanging "including" on the verb
            partners += prep_objects(verb, "including")
        if kind is MeetingKind.CALL:
            partners += prep_objects(verb, "to")
            # "spoke by telephone with Putin", "via video link with Carney": the small model
            # may hang "with" on the phone
            for means in self._phone_means(verb):
                partners += prep_objects(means, "with")
        if objects or partners:
            # "meets with Kerry, center, and Sameh Shoukry": a name cannot be a conjunct of
            # a verb; the small model hangs a coordinated partner there after an aside.
            partners += [
                child
                for child in verb.children
                if child.dep_ == "conj"
                and child.pos_ == "PROPN"
                and child.i > verb.i
                and self.r.actor(child) is not None
            ]
            # "meets with Kishida, left, and Marcos": or on the caption's position word
            partners += [
                child
                for position in verb.children
                if position.i > verb.i and position.lower_ in self.lex.caption_positions
                for child in position.children
                if child.dep_ == "conj"
                and child.pos_ == "PROPN"
                and self.r.actor(child) is not None
            ]
        if lemma == "meet" and not self._meets_someone(verb, objects, partners):
            return None
        if (
            lemma in ("meet", "convene")
            and not self._actor_present(subjects, agents, objects, partners)
            and len(self._the_two(verb)) < 2  # "Blinken and Lavrov arrived. The two met"
        ):
            return None  # "met the woman of his dreams": no one the story names
        if lemma == "convene" and any(noun_lemma(obj) in self.lex.nouns for obj in objects):
            return None  # "convened a meeting of the council": the noun is the meeting
        if lemma == "convene" and not self._convening_body([*subjects, *objects, *partners]):
            return None  # "before delegates convene", "groups will convene to watch the ..."
        who = Who()
        mediators: list[str] = []
        separately: list[list[str]] = []  # "met separately with A and B": one meeting each
        own_side: list[str] = []
        host: str | None = None
        location: Location | None = None
        gathered = False  # "Warsaw welcomed the leaders": a city hosts a gathering
        where_held: Location | None = None  # the host city, unless a venue is named
        if kind is MeetingKind.VISIT:
            targets = subjects if passive else objects
            for visitor in agents if passive else subjects:
                self.r.take(who, visitor)
            for target in targets:
                hosts = self._host_actors(target)
                if hosts:
                    # "to visit German troops", "visited flood victims": a group visited
                    # takes part but hosts no one; a country, a body or a person does
                    host = host or next(
                        (h for h in hosts if self.r.kind_of.get(h) != "group"), None
                    )
                    add_new(who.ids, hosts)
                    if self.where.is_place(target):
                        location = location or self.where.location_at(target)
                elif self.where.is_place(target) and not self._mere_venue(target):
                    location = location or self.where.location_at(target)
                elif self._city_read_as_name(target):
                    location = location or self._city_visited(target)
                else:
                    # visited the front lines, a website, or a refugee center no one hosts
                    return None
            if not targets and self.where.find_location(verb, [verb]) is None:
                return None  # "Clinton visited Sunday": where to, the sentence does not say
            if targets and host is None and all(self._site(t) for t in targets):
                return None  # "visited the old shrines": a sight, not an encounter
        elif lemma in self.lex.needs_participant_verbs:
            hosting = agents if passive else subjects
            hosts_found = [self.r.actors(token, governments=True) for token in hosting]
            guests = [
                guest
                for guest in (subjects if passive else objects)
                if (self.r.actors(guest) or self._named_guests(guest, hosting, verb))
                and not self._crowd(guest)
            ]
            cities = [token for token in hosting if self._host_city(token)]
            if cities and not any(hosts_found):
                # "Doha hosted US and Taliban negotiators": the city is where they met
                if sum(len(self.r.actors(guest)) for guest in guests) < 2 and not any(
                    guest.tag_ in ("NNS", "NNPS") for guest in guests
                ):
                    return None
                where_held = self.where.location_at(cities[0])
                gathered = True
            elif not guests or not any(hosts_found):
                return None  # received a letter, hosts refugees, crowds welcome a leader
            host = next((found[0] for found in hosts_found if found), None)
            capitals = [token for token in hosting if self.r.government(token) is not None]
            if capitals:
                where_held = self.where.location_at(capitals[0])  # "Beijing hosted Putin"
            for found in hosts_found:
                add_new(who.ids, found)
            for guest in guests:
                self.r.take(who, guest)
            for partner in partners:
                self.r.take(who, partner, animate_only=True)  # "hosted A, along with B"
        else:
            for token in (*subjects, *agents):
                self.r.take(who, token)
            own_side = list(who.ids)
            each_side = [token for token in (*objects, *partners) if _each_side(token)]
            if lemma in SHUTTLING_VERBS or (each_side and own_side):
                # go-betweens: a third party of the talks; "mediators met each delegation
                # separately": the sides of the talks told, met in turn by their mediators
                mediators = list(own_side)
            for token in (*objects, *partners):
                if token not in each_side:
                    self.r.take(who, token, animate_only=True)
            if host is None and len(own_side) == 1 and self._visiting(*objects, *partners):
                host = own_side[0]  # "met visiting President Lukashenko": his host
            host = host or self._host_named((*objects, *partners))
            if host is None and received:
                host = self.r.actor(received[0])  # credentials presented to a head of state
            # "met separately with A and B", "met A and B in separate meetings"
            if any(child.lower_ in _SEPARATELY for child in children_with(verb, "advmod")) or any(
                modifier.lower_ in _SEPARATE
                for frame in prep_objects(verb, "in", "during", "at")
                for modifier in children_with(frame, "amod")
            ):
                separately = self._one_by_one(who.ids, own_side, verb)
                others = [actor for actor in who.ids if actor not in own_side]
                people = [a for a in own_side if self.r.kind_of.get(a) == "person"]
                if not separately and others and len(people) >= 2 and len(people) == len(own_side):
                    # "Li Qiang and Zhao Leji met separately with Luong Cuong": each of them
                    # met him
                    separately, own_side = [[person] for person in people], others
            later = self._with_later(verb)
            if later and own_side:
                # "spoke by phone with Putin on Sunday and then with Zelenskiy": one call each
                first = [actor for actor in who.ids if actor not in own_side]
                for token in later:
                    self.r.take(who, token, animate_only=True)
                others = [actor for actor in who.ids if actor not in own_side]
                if first and len(others) > len(first):
                    separately = [[other] for other in others]
        two_sided = (
            bool(partners)
            or len(who.ids) >= 2
            or any(token.tag_ in ("NNS", "NNPS") for token in subjects)
        )
        if kind in (MeetingKind.NEGOTIATION, MeetingKind.TALKS) and not two_sided:
            return None  # negotiated a deal: no counterpart named
        if (
            kind is MeetingKind.NEGOTIATION
            and not partners
            and len(who.ids) < 2
            and any(self.r.actor(obj) is None for obj in direct_objects(verb))
        ):
            return None  # "the Conservatives had negotiated a deal": what, not with whom
        particle = any(
            child.dep_ == "prt" and (lemma, child.lower_) in self.lex.particle_verbs
            for child in verb.children
        )
        if particle and not two_sided:
            return None  # "please sit down": no one to sit down with
        pair = self._they(who, verb) or ([] if who.ids else self._the_two(verb))
        if kind is MeetingKind.CALL and not self._two_ends(who) and len(pair) < 2:
            # "speaking by phone from Oman", "phoned the hotline": no one named; but "they
            # spoke by phone", "the two will speak by phone" are the last two named
            return None
        if (phrase or lemma in self.lex.encounter_verbs) and len(who.ids) < 2 and not gathered:
            return None  # "shook hands with supporters": no one the story names on one side
        if self._fixture(verb, who):
            return None  # "Arsenal meet Chelsea on Sunday", "The two sides last met in March"
        return Mention(
            trigger=verb,
            kind=kind,
            participants=who.ids,
            attended=who.seen or len(pair) == 2,
            host=host,
            location=location,
            where_held=where_held,
            scope=verb,
            anchor=verb,
            they=pair,
            own_side=own_side if separately else [],
            separately=separately,
            mediators=mediators,
        )

    def _group_led_around(self, noun: Token) -> Token | None:
        """Return the group whose "led by" (or "headed by") phrase the parser hung the noun in.

        "A Hamas delegation headed by Khalil al-Hayya held talks with Egyptian officials":
        the parser may read "al-Hayya held talks" as the object of "by", leaving the
        delegation, which holds the talks with its leader, outside their clause.
        """
        for ancestor in noun.ancestors:
            clause = ancestor.head
            if (
                ancestor.dep_ == "agent"
                and clause.dep_ == "acl"
                and clause.lemma_.casefold() in ("lead", "head")
                and self.r.kind_of.get(self.r.actor(clause.head) or "") == "group"
            ):
                return clause.head
        return None

    @staticmethod
    def _with_later(verb: Token) -> list[Token]:
        """Return whom "and then with" adds after the verb's first partner.

        "spoke by telephone with Putin on Sunday and then with Zelenskiy": the parser joins
        the second "with" to another phrase of the verb; "then" says it came after.
        """
        found: list[Token] = []
        for phrase in children_with(verb, "prep"):
            for prep in children_with(phrase, "conj"):
                if prep.lower_ == "with" and any(c.lower_ in LATER_WORDS for c in prep.children):
                    found += children_with(prep, "pobj")
        return found

    def _one_by_one(
        self, participants: Sequence[str], own_side: Sequence[str], near: Token
    ) -> list[list[str]]:
        """Return the people met one by one ("met separately with A and B"), or nothing.

        Only two or more people, each met by the same side, split a meeting in two; a
        nation or an organisation among them keeps it whole, and a group beside them is
        the people named ("several leaders, including A and B"). Each is a list: people
        whose names touch in the sentence of ``near`` are one name the actors found in
        pieces ("Mohammed bin Abdulrahman Al Thani"), met once.
        """
        others = [actor for actor in participants if actor not in own_side]
        people = [actor for actor in others if self.r.kind_of.get(actor) == "person"]
        if not own_side or len(people) < 2:
            return []
        # "with several leaders, including A, B and C": the group is the people named
        if any(self.r.kind_of.get(actor) not in ("person", "group") for actor in others):
            return []
        groups = self._name_pieces(people, near)
        return groups if len(groups) >= 2 else []

    def _name_pieces(self, people: Sequence[str], near: Token) -> list[list[str]]:
        """Group the people whose names touch in ``near``'s sentence: pieces of one name."""
        groups: list[list[str]] = [[person] for person in people]
        previous: str | None = None
        for token in self.r.sentence(near):
            actor = self.r.actor(token)
            if actor is not None and previous is not None and actor != previous:
                first = next((g for g in groups if previous in g), None)
                second = next((g for g in groups if actor in g), None)
                if first is not None and second is not None and first is not second:
                    first.extend(second)
                    groups.remove(second)
            previous = actor
        return groups

    @staticmethod
    def _two_ends(who: Who) -> bool:
        """Whether a call has someone at both ends, at least one of them a known actor.

        "The prime minister held a phone call with Zelensky": the prime minister is on the
        line even when no actor stands for him.
        """
        return len(who.ids) >= 2 or (bool(who.ids) and len(who.heads) >= 2)

    @staticmethod
    def _two_sided(phrase: Token) -> bool:
        """Whether a plural phrase names two sides: "Ukrainian and US officials"."""
        return phrase.tag_ in ("NNS", "NNPS") and any(
            child.dep_ in ("amod", "compound", "nmod")
            and child.i < phrase.i
            and any(c.dep_ == "cc" for c in child.children)
            for child in phrase.children
        )

    def _they(self, who: Who, trigger: Token) -> list[str]:
        """Return the last two people named before a meeting whose only participant is "they"."""
        they = who.they
        if they is None or who.ids:
            return []
        pair = self.r.last_actors(they.idx, {"person"}, self.r.sentence(trigger).start_char - 1500)
        if not pair:
            return []
        # "After buyers contact her, they meet": people named by a plural noun since, or a
        # plural subject, are whom "they" stands for
        doc = they.doc
        since = self.r.sentences.of(max(self.r.sentence(they).start - 1, 0)).start
        for token in doc[since : they.i]:
            if token.tag_ not in ("NNS", "NNPS"):
                continue
            if token.dep_ not in SUBJECT_DEPS and not self.r.is_animate(token):
                continue  # "they" stands for a plural subject ("buyers contact her, they")
            named = set(self.r.actors(token))
            if not named or not named <= set(pair):
                return []
        return pair

    def _convening_body(self, sides: Sequence[Token]) -> bool:
        """Whether those who convene are a body or people the story names.

        An organisation, country or person ("Parliament will convene"), or a group named
        after a body or nation ("EU foreign ministers", "Brazilian lawmakers"); not a crowd
        of delegates or supporters, who gather rather than meet.
        """
        for token in sides:
            for actor in self.r.actors(token):
                if self.r.kind_of.get(actor) in ("organization", "country", "person"):
                    return True
                words = self.r.name_of.get(actor, "").replace("-", " ").split()
                if any(
                    (len(word) > 1 and word.isupper()) or country_code(word) is not None
                    for word in words
                ):
                    return True
        return False

    def _pair_between(self, noun: Token, who: Who) -> list[str]:
        """Return the last two people named before "between the two" or "between them".

        "Goyal met Greer on Sunday. A second meeting between the two is planned": the two
        named last, when the meeting names no one else.
        """
        if who.ids:
            return []
        for partner in prep_objects(noun, "between"):
            if _is_the_two(partner) or partner.lower_ == "them":
                return self._last_two_before(partner)
        return []

    def _the_two(self, verb: Token) -> list[str]:
        """Return the last two people named before "the two" that is the verb's subject.

        Also the subject of the verb an infinitive completes: "The two are due to meet", "The
        two are expected to meet".
        """
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        head = verb
        for _ in range(3):
            if subject is not None or head.dep_ not in ("xcomp", "acomp") or head.head.i == head.i:
                break
            head = head.head
            subject = next((c for c in head.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None or not _is_the_two(subject):
            return []
        return self._last_two_before(subject)

    def _last_two_before(self, token: Token) -> list[str]:
        """Return the last two people named before ``token``, in its sentence or just before."""
        start = self.r.sentence(token).start_char - 1500
        return self.r.last_actors(token.idx, {"person"}, start)

    def _fixture(self, verb: Token, who: Who) -> bool:
        """Whether teams "meet" in a sports report: a club or no one on a side, no "with".

        A sports report has a score ("drew 1-1") and at least three words of the lexicon's
        ``sport_words``; club owners who "met with league officials" still meet.
        """
        if verb.lemma_.casefold() not in ("meet", "face") or prep_objects(verb, "with"):
            return False
        sides = [*children_with(verb, *SUBJECTS), *direct_objects(verb)]
        words = {side.lemma_.casefold() for side in sides}
        if (
            sides
            and all(side.tag_ == "NNS" for side in sides)
            and words <= self.lex.person_nouns
            and not words & (_TEAM_NOUNS | self.lex.crowd_nouns)
        ):
            return False  # "club owners met in London": people meet ("players met fans" play)
        kinds = {self.r.kind_of.get(actor) for actor in who.ids}
        if "country" in kinds or ("person" in kinds and kinds <= {"person", "group"}):
            # people who meet still meet, also a group ("the minister will meet the
            # players"); a team the model takes for one does not
            return False
        if self._sporting is None:
            doc = verb.doc
            # the text's words, read from the string: no Token made for each word
            # (the score first: most texts have none, and it is the cheaper test)
            text = doc_text(doc)
            self._sporting = _SCORE.search(text) is not None and (
                len(set(_WORDS.findall(text.lower())) & self.lex.sport_words) >= 3
            )
        return self._sporting

    def _guest_after_place(self, verb: Token) -> list[Token]:
        """Return the person received after the place, whom the parser made part of it.

        "received today at Al-Yamamah Palace in Riyadh Pakistani Prime Minister Shehbaz
        Sharif": the guest, written after where he was received, is hung on "in" as if a
        place; no person is a place.
        """
        found: list[Token] = []
        places = [p for p in verb.children if p.dep_ == "prep" and p.lower_ in ("at", "in")]
        for _ in range(3):
            if not places:
                break
            prep = places.pop()
            for place in children_with(prep, "pobj"):
                if self.r.kind_of.get(self.r.actor(place) or "") == "person":
                    found.append(place)
                else:
                    places += [p for p in place.children if p.dep_ == "prep" and p.lower_ == "in"]
        return found

    def _contest(self, verb: Token) -> bool:
        """Whether ``verb`` meets an opponent: "will meet Arsenal in the final".

        The contest may hang on the opponent ("will meet Burkina Faso in the semifinal"), and
        the tokenizer splits a hyphenated one ("in the semi-final": "semi", "-", "final").
        """
        targets = prep_objects(verb, "in", "at", "for")
        for opponent in direct_objects(verb):
            targets += prep_objects(opponent, "in")
        contests = self.lex.contest_nouns
        for target in targets:
            word = _hyphenated(target)
            if (
                target.lemma_.casefold() in contests
                or word in contests
                or word.removesuffix("s") in contests
            ):
                return True
        return False

    def _host_named(self, partners: Sequence[Token]) -> str | None:
        """Return the partner told as the guest's host: "held talks with his host, X"."""
        for partner in partners:
            if noun_lemma(partner) == "host" and any(
                child.dep_ == "poss" for child in partner.children
            ):
                named = self.r.actors(partner)
                if len(named) == 1 and self.r.kind_of.get(named[0]) != "group":
                    return named[0]
        return None

    @staticmethod
    def _visiting(*guests: Token) -> bool:
        """Whether one of ``guests`` is written as "visiting": "visiting President X"."""
        return any(
            guest.lower_ == "visiting"
            or (guest.head.lower_ == "visiting" and guest.head.i < guest.i)
            or any(t.lower_ == "visiting" and t.i < guest.i for t in guest.subtree)
            for guest in guests
        )

    def _visiting_guest(self, token: Token) -> bool:
        """Whether "visiting" describes a person met ("met visiting Chancellor Scholz").

        The small model reads such a "visiting" as a verb whose object is the guest.
        """
        if token.lower_ != "visiting" or any(c.dep_ in SUBJECTS for c in token.children):
            return False
        if token.dep_ not in ("advcl", "pcomp", "xcomp", "acl", "amod", "conj"):
            return False
        guests = [c for c in token.children if c.dep_ in OBJECTS]
        return any(
            guest.left_edge.i == token.i + 1
            and self.r.kind_of.get(self.r.actor(guest) or "") == "person"
            for guest in guests
        )

    def _actor_present(
        self,
        subjects: Sequence[Token],
        agents: Sequence[Token],
        objects: Sequence[Token],
        partners: Sequence[Token],
    ) -> bool:
        """Whether an actor meets, or a group meets among itself ("the commanders met").

        "Met the woman of his dreams", with no one named on either side, is a private
        encounter, not news of a meeting.
        """
        sides = [*subjects, *agents, *objects, *partners]
        if any(self.r.actors(token, governments=True) for token in sides):
            return True
        plural = any(
            token.tag_ in ("NNS", "NNPS") or token.lower_ in ("they", "we")
            for token in (*subjects, *agents)
        )
        return plural and not objects and not partners

    def _meets_someone(self, verb: Token, objects: list[Token], partners: list[Token]) -> bool:
        """Tell "met the minister" from "met the requirements", "met with criticism".

        Nor is meeting someone "with tear gas".
        """
        if objects and not any(self.r.is_animate(obj) for obj in objects):
            return False
        if any(
            token.lemma_.casefold() in self.lex.rebuff_nouns for token in prep_objects(verb, "with")
        ):
            return False
        if partners and not objects and not any(self.r.is_animate(p) for p in partners):
            return False
        for token in verb.doc[verb.i + 1 : verb.i + 7]:
            # "meet someone halfway", "somewhere in the middle"; not "in the middle of the
            # summit", "halfway through the talks"
            following = token.nbor().lower_ if token.i + 1 < len(token.doc) else ""
            idiom = (token.lower_ == "middle" and following != "of") or (
                token.lower_ == "halfway" and following not in ("through", "into", "across")
            )
            if idiom and verb.is_ancestor(token):
                return False
        return True

    def _relative_object(self, verb: Token) -> list[Token]:
        """Return what a relative clause is about: "the conditions Tehran would have to meet"."""
        token = verb
        for _ in range(3):
            if any(c.dep_ == "advmod" and c.lower_ in ("where", "when") for c in token.children):
                return []  # "a meeting of ministers, where she plans to meet Haddad": a place
            if token.dep_ == "relcl":
                has_subject = any(c.dep_ in SUBJECTS for c in token.children)
                if has_subject and not any(c.dep_ in OBJECTS for c in token.children):
                    return [token.head]
                return []
            if token.dep_ != "xcomp":
                return []
            token = token.head
        return []

    @staticmethod
    def _habitual(verb: Token, subjects: Sequence[Token]) -> bool:
        """Whether a verb tells what people of a kind do, not a meeting.

        Its subject is a plural noun with no article, number or owner ("Presidents have
        welcomed teams ... for decades", "Champions visiting the White House is a
        tradition"), and it lasts years or is itself what something "is"; not "The
        presidents met for two hours", "Officials met on Monday".
        """

        def bare(noun: Token) -> bool:
            return (
                noun.tag_ == "NNS"
                and not noun.ent_type_
                and not any(c.dep_ in ("det", "poss", "nummod") for c in noun.children)
            )

        if verb.dep_ == "acl" and verb.tag_ == "VBG":
            noun = verb.head
            return bare(noun) and noun.dep_ == "nsubj" and noun.head.lemma_ == "be"
        if not subjects or not all(bare(subject) for subject in subjects):
            return False
        if verb.dep_ == "csubj" and verb.tag_ == "VBG":
            return verb.head.lemma_ == "be"  # "Leaders visiting Kyiv is a sign of support"
        return any(
            word.lemma_.casefold() in ("year", "decade", "century", "generation")
            and word.tag_ == "NNS"
            and not any(c.dep_ == "nummod" for c in word.children)
            for prep in children_with(verb, "prep")
            if prep.lower_ in ("for", "over")
            for word in children_with(prep, "pobj")
        )

    def _named_guests(self, guest: Token, hosting: Sequence[Token], verb: Token) -> bool:
        """Whether a person hosts a team or a delegation no actor covers, at a place.

        "King Charles III hosted the Lionesses at Buckingham Palace", "received the Spanish
        basketball team at the Zarzuela Palace": a meeting of the host, though the guests
        are no actor; not "hosts refugees", "received the report", "hosted the Olympics".
        """
        if not any(
            self.r.kind_of.get(actor) == "person"
            for token in hosting
            for actor in self.r.actors(token)
        ):
            return False
        if not any(
            c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in guest.children
        ):
            return False
        group = (guest.tag_ == "NNPS" and not guest.ent_type_) or (
            guest.pos_ == "NOUN" and noun_lemma(guest) in self.lex.person_nouns
        )
        return group and self.where.find_location(verb, [verb]) is not None

    def _crowd(self, token: Token) -> bool:
        """Tell a crowd ("600,000 refugees", "thousands of supporters") from a guest."""
        return any(
            child.dep_ == "nummod"
            and child.like_num
            and child.text.replace(",", "").isdigit()
            and int(child.text.replace(",", "")) > 100
            for child in token.children
        ) or token.lemma_.casefold() in (
            *("thousand", "hundred", "million"),
            *self.lex.crowd_nouns,
            *self.lex.press_nouns,
        )

    def _host_actors(self, target: Token) -> list[str]:
        """Actors a visit goes to: a person, an organisation, or a country (not a city)."""
        if self._site(target) or target.ent_type_ in ("FAC", "LOC"):
            return []  # a building or a landmark is where a visit goes, not who receives it
        if self._city_read_as_name(target):
            return []  # "visited Pune", the city tagged as a person: where the visit went
        found = []
        # The name the target heads, with its compounds: "North Korea", not "Korea".
        first = min((c.i for c in target.lefts if c.dep_ == "compound"), default=target.i)
        name = target.doc[first : target.i + 1].text
        for actor in self.r.actors(target):
            kind = self.r.kind_of.get(actor)
            if (
                kind != "country"
                or country_code(name) is not None
                or (target.ent_type_ not in PLACE_LABELS)
            ):
                found.append(actor)
        return found

    def _city_read_as_name(self, target: Token) -> bool:
        """Whether a visited name the model made a person or an organisation is a city.

        "visited Pune": an actor named by nothing but the name of a listed city, with no
        title, is the city visited. A person named in full ("Ketanji Brown Jackson ...
        visited Jackson") keeps the full name and stays a person.
        """
        actor = self.r.actor(target)
        if actor is None or self.r.kind_of.get(actor) not in ("person", "organization"):
            return False
        name = self.r.name_of.get(actor, "")
        if self.r.title_words.get(actor) or compound_name(target) != name:
            return False
        # many people bear the name of some town ("visited Mandela"): only a city of a
        # country the text names otherwise, by an actor's or a place's country
        return city_country(name) in self._countries_named()

    def _countries_named(self) -> frozenset[str]:
        """Return the countries of the document's actors and of the places it names."""
        if self._countries_told is None:
            places = (
                place_country(ent.text) or city_country(ent.text)
                for ent in self.r.doc.ents
                if ent.label_ in PLACE_LABELS
            )
            self._countries_told = frozenset(
                code for code in (*self.r.country_of.values(), *places) if isinstance(code, str)
            )
        return self._countries_told

    def _city_visited(self, target: Token) -> Location:
        """Return the place a visit goes to, with the country of a city read as a name."""
        place = self.where.location_at(target)
        if place.country is None and self._city_read_as_name(target):
            return attrs.evolve(place, country=city_country(place.name))
        return place

    def _hosting_place(self, token: Token) -> bool:
        """Whether a host is a place: a city, a capital or a country ("hosted by Qatar")."""
        actor = self.r.actor(token)
        if actor is not None:
            return self.r.kind_of.get(actor) == "country"
        return self._host_city(token) or self.r.government(token) is not None

    def _host_city(self, token: Token) -> bool:
        """Whether a host is a city no actor covers ("Warsaw welcomed the leaders")."""
        return (
            token.ent_type_ not in ("PERSON", "ORG", "NORP")
            and token.pos_ == "PROPN"
            and self.r.actor(token) is None
            and self.r.government(token) is None
            and self.where.is_place(token)
        )

    def _negated(self, token: Token) -> bool:
        """Whether ``token`` or the verbs above it negate it ("did not meet", "refused to")."""
        for _ in range(4):
            if any(child.dep_ == "neg" for child in token.children):
                # "will not meet as planned": a meeting set and called off is one
                return not self.r.called_off(token)
            if _under_no(token):
                return True  # "had no plans to meet Sanders"
            if (
                token.dep_ == "pcomp"
                and token.head.lower_ == "on"
                and _closes_door(token.head.head)
            ):
                return True  # "slammed the door on resuming talks"
            if any(
                child.dep_ in SUBJECT_DEPS
                and any(d.dep_ == "det" and d.lower_ in ("neither", "no") for d in child.children)
                for child in token.children
            ):
                return True  # "neither country would negotiate with Washington"
            if any(child.dep_ == "mark" and child.lower_ == "whether" for child in token.children):
                return True  # "comment on whether Wang would also visit Munich": unknown
            if (
                token.lemma_.casefold() in _TRYING_VERBS
                and token.tag_ in ("VBD", "VBN")
                and token.i < next((c.i for c in token.children if c.dep_ == "xcomp"), -1)
            ):
                return True  # "had tried for months to meet Sandhu": an attempt, no meeting
            if _unwilling_to(token):
                return True  # "is reluctant to meet Zelensky", "appears unwilling to meet"
            if token.lemma_.casefold() in self.lex.negative_verbs and token.pos_ == "VERB":
                particle = next((c.lower_ for c in token.children if c.dep_ == "prt"), "")
                if _stopover(token, particle):
                    return False  # "will stop in Tokyo for a meeting": a stop on a trip
                if token.lemma_ != "rule" or particle == "out":
                    return True
            if (
                token.dep_ == "acl"
                and token.head.pos_ == "NOUN"
                and token.head.dep_ == "dobj"
                and token.lemma_.casefold() in self.lex.verbs
            ):
                # "refused an invitation to meet him", "rejected an offer to meet": the verb
                # that takes the noun says whether the meeting is on (not whether a summit
                # one declined to attend took place)
                token = token.head.head
                continue
            if token.dep_ not in ("xcomp", "ccomp", "acomp") or token.head.i == token.i:
                return False
            token = token.head
        return False

    def caption_mention(self, token: Token) -> Mention | None:
        """Read a caption's verb that the tagger took for a noun.

        "Scholz, left, greets Lula at the chancellery": after a name and a position between
        commas, "greets" is the caption's verb; who stands before it met who follows it.
        """
        kind = self.lex.verbs.get(token.lemma_.casefold())
        if kind is None or token.tag_ != "NNS" or not token.lower_.endswith("s"):
            return None
        doc = token.doc
        i = token.i
        captioned = self._caption_subject(token)
        if captioned is not None:
            subjects = [captioned]
        else:
            # "Ruto greets King Charles": a sentence read as one noun phrase hangs the
            # subject on the verb as a modifier
            deps = (*SUBJECTS, "nmod", "compound") if token.dep_ == "ROOT" else SUBJECTS
            subjects = [
                child
                for child in token.lefts
                if child.dep_ in deps and self.r.actor(child) is not None
            ]
        if not subjects:
            return None
        objects: list[Token] = []
        for following in doc[i + 1 : min(i + 9, self.r.sentence(token).end)]:
            if following.pos_ in ("ADP", "VERB", "AUX") or following.is_punct:
                break
            actor = self.r.actor(following)
            if actor is None:
                continue
            end = following
            while end.i + 1 < len(doc) and self.r.actor(doc[end.i + 1]) == actor:
                end = doc[end.i + 1]
            if end.i + 1 < len(doc) and doc[end.i + 1].tag_ == "POS":
                continue  # "Saudi Arabia's Foreign Minister ...": the minister is met
            objects.append(following)
            break
        if not objects:
            return None
        mention = self.verb_mention(token, kind, sides=(subjects, objects))
        if mention is not None and mention.location is None:
            # "greets Duda in Kyiv, Ukraine, Feb. 3": the caption's place follows the names
            for following in doc[objects[0].i + 1 : self.r.sentence(token).end]:
                if following.pos_ in ("VERB", "AUX"):
                    break
                if following.dep_ == "prep" and following.lower_ in ("in", "at"):
                    places = [
                        obj for obj in children_with(following, "pobj") if self.where.is_place(obj)
                    ]
                    if places:
                        mention.location = self.where.location_at(places[0])
                        break
        return mention

    def _caption_subject(self, token: Token) -> Token | None:
        """Return the named actor before a caption's position ("Duda, left, welcomes")."""
        doc = token.doc
        i = token.i
        positioned = (
            i >= 4
            and doc[i - 1].text == ","
            and doc[i - 2].lower_ in self.lex.caption_positions
            and doc[i - 3].text == ","
        )
        if positioned and self.r.actor(doc[i - 4]) is not None:
            return doc[i - 4]
        return None

    def testimony_mention(self, verb: Token, kind: MeetingKind) -> Mention | None:
        """Read "testified before the Senate committee", "testify at a House hearing".

        Testimony is a meeting with a legislative body; a witness in court is not one.
        """
        bodies: list[str] = []
        location: Location | None = None
        legislative = False
        for target in prep_objects(verb, "before", "to"):
            if self._legislative(target):
                legislative = True
                add_new(bodies, self.r.actors(target))
        for hearing in prep_objects(verb, "at", "in", "during"):
            if self._legislative_hearing(hearing):
                legislative = True
                add_new(bodies, self._legislative_actors(hearing))
                location = location or self.where.find_location(hearing, [hearing])
        if not legislative:
            return None
        who = Who()
        for subject in self.r.subjects(verb):
            self.r.take(who, subject)
        if not who.seen:
            return None  # "the bill appeared before the Senate": no witness
        add_new(who.ids, bodies)
        return Mention(
            trigger=verb,
            kind=kind,
            participants=who.ids,
            attended=True,
            location=location,
            scope=verb,
            anchor=verb,
        )

    def _legislative(self, token: Token) -> bool:
        """Whether a phrase names a legislative body ("the Senate committee", "a House panel").

        Not a court, a tribunal or an arbitration body, whatever it is called ("the Central
        Arbitration Committee", "an appeals panel").
        """
        words = [token, *(child for child in token.children if child.dep_ != "prep")]
        words += [t for child in token.children if child.dep_ == "compound" for t in child.subtree]
        if self._judicial(words):
            return False
        return any(word.lower_ in self.lex.legislative_words for word in words)

    def _judicial(self, words: Sequence[Token]) -> bool:
        """Whether one of ``words`` is a word of a court, a tribunal or arbitration."""
        return any(word.lower_ in self.lex.judicial_words for word in words)

    def _legislative_hearing(self, hearing: Token) -> bool:
        """Whether a noun is a legislature's hearing ("a congressional hearing")."""
        if hearing.lemma_.casefold() not in self.lex.legislative_nouns:
            return False
        if self._judicial([c for c in hearing.children if c.dep_ in ("compound", "amod", "nmod")]):
            return False  # "an arbitration hearing", "a court hearing", "a bail hearing"
        members = [
            *prep_objects(hearing, "of", "before", "by"),
            *self._hearing_holders(hearing),
        ]
        return self._legislative(hearing) or any(self._legislative(m) for m in members)

    def _legislative_hearing_told_before(self, noun: Token) -> bool:
        """Whether a legislature's hearing, or testimony before one, is told before ``noun``.

        "Zuckerberg testified before the Senate Judiciary Committee. The hearing was chaired
        by Senator Grassley": the hearing is the one testified at. A hearing told after a
        court's or a tribunal's is none.
        """
        last: Token | None = None
        for token in noun.doc[: self.r.sentence(noun).start]:
            lemma = token.lemma_.casefold()
            if lemma in self.lex.legislative_nouns or (
                lemma in self.lex.testimony_verbs and token.pos_ == "VERB"
            ):
                last = token
        if last is None:
            return False
        if last.lemma_.casefold() in self.lex.legislative_nouns:
            return self._legislative_hearing(last)
        return any(
            self._legislative(target) for target in prep_objects(last, "before", "to")
        ) or any(
            self._legislative_hearing(hearing)
            for hearing in prep_objects(last, "at", "in", "during")
        )

    def _hearing_holders(self, hearing: Token) -> list[Token]:
        """Return the named body that holds a hearing ("The Senate committee held a hearing").

        Not an unnamed one ("the committee").
        """
        verb = hearing.head
        if hearing.dep_ != "dobj" or verb.lemma_.casefold() not in _GATHERING_HOLDERS:
            return []
        return [child for child in verb.children if child.dep_ == "nsubj" and self.r.actors(child)]

    def _legislative_actors(self, hearing: Token) -> list[str]:
        """Return the legislative bodies that hold a hearing (modifiers, possessor, "of")."""
        found: list[str] = []
        for child in hearing.children:
            if child.dep_ in ("compound", "nmod", "amod", "poss") and child.i < hearing.i:
                heads = [child] if self.r.actor(child) is not None else list(child.subtree)
                for token in heads:
                    if self._legislative(token) or self._legislative(child):
                        add_new(found, self.r.actors(token))
        for member in (
            *prep_objects(hearing, "of", "before", "by"),
            *self._hearing_holders(hearing),
        ):
            if self._legislative(member):
                add_new(found, self.r.actors(member))
        return found

    # -- nouns ---------------------------------------------------------------------------

    @staticmethod
    def _held_gathering(noun: Token) -> bool:
        """Whether a partner noun is held, convened or wrapped up by its subject, going nowhere.

        "The ministers held a closed-door retreat", "the group will hold a session", "the
        leaders wrapped up a retreat": the subject's meeting; not "the army's retreat from
        the city".
        """
        verb = noun.head
        # "..., wrapping up a closed-door retreat": the subject of the clause it is set in
        holder = verb.head if verb.dep_ == "advcl" and verb.tag_ == "VBG" else verb
        return (
            noun.dep_ == "dobj"
            and verb.lemma_.casefold() in _GATHERING_HOLDERS
            and any(child.dep_ in SUBJECTS for child in holder.children)
            and not prep_objects(verb, *_WAYS)
            and not prep_objects(noun, *_WAYS)
        )

    def noun_mention(self, noun: Token, kind: MeetingKind) -> Mention | None:
        """Read who took part around a trigger noun; None when it is no meeting."""
        if any(child.dep_ == "det" and child.lower_ == "no" for child in noun.children):
            return None
        if kind in (MeetingKind.NEGOTIATION, MeetingKind.TALKS) and self._years_long(noun):
            return None  # "negotiations ..., which have dragged on for three years": a process
        if kind is MeetingKind.CALL and self._briefing_call(noun):
            return None  # "said on a call with analysts": a briefing, like a press conference
        who = Who()
        own_side: list[str] = []  # who the governing verb's subject brings
        host: str | None = None
        location: Location | None = None
        where_held: Location | None = None  # the host city or country, unless a venue is named
        # "the talks", "their meeting" may refer back; "the Iran nuclear talks" names others.
        definite = any(
            child.dep_ == "poss"
            or (child.dep_ == "det" and child.lower_ in _DEFINITE)
            or (child.dep_ in ("predet", "amod") and child.lower_ == "such")  # "such a meeting"
            for child in noun.children
        ) and not any(self._names_other(child) for child in noun.children)
        # "The Munich Security Conference will be held in February": a gathering's name
        named = self._named(noun) or (noun.pos_ == "PROPN" and _held_as_subject(noun))
        lemma = noun.lemma_.casefold()
        if lemma in self.lex.partner_nouns and prep_objects(noun, *_WAYS):
            return None  # "Russian forces' retreat from Kherson": a way out, no meeting
        if (
            lemma in self.lex.partner_nouns
            and not prep_objects(noun, "with", "between")
            and not any(
                child.dep_ in ("compound", "poss") and self.r.actor(child) is not None
                for child in noun.children
            )
            and not (
                # attended, or joined someone for, not a time told by it ("before the
                # opening session of the convention")
                (noun.dep_ == "dobj" or (noun.dep_ == "pobj" and noun.head.lower_ in ("for", "at")))
                and any(
                    self.r.kind_of.get(self.r.actor(part) or "") == "organization"
                    for body in prep_objects(noun, "of")
                    if body.pos_ == "PROPN"
                    for part in body.doc[body.left_edge.i : body.i + 1]
                )
            )
            and not self._held_gathering(noun)
        ):
            # "addressed the audience", "a session of parliament"; but a body's own session
            # ("attended the NATO-Ukraine Council session", "a session of the UN Security
            # Council") is its meeting, and so is one held ("ASEAN foreign ministers held a
            # closed-door retreat")
            return None
        bodies: list[str] = []
        if lemma in self.lex.legislative_nouns:
            # "a Senate committee hearing": a court's hearing is not a meeting; "the hearing"
            # after testimony before a legislature is that one, told again
            if not self._legislative_hearing(noun) and not (
                definite and self._legislative_hearing_told_before(noun)
            ):
                return None
            bodies = self._legislative_actors(noun)
            named = False
        if named and kind in (MeetingKind.TALKS, MeetingKind.MEETING) and lemma != "meeting":
            kind = MeetingKind.SUMMIT
        plural_possessor = False
        for child in noun.children:
            if child.dep_ != "poss":
                continue
            if self.r.take(who, child):
                continue
            if child.lower_ in ("its", "their") and self._fronted_possessor(noun, who):
                continue  # "At its November meeting, the committee voted": the committee's
            if child.lower_ in ("their", "our"):
                plural_possessor = True
        add_new(who.ids, self._modifier_actors(noun, kind))
        holder = self._name_holder(noun)
        if holder is not None and kind in (MeetingKind.SUMMIT, MeetingKind.MEETING):
            add_new(who.ids, [self.r.actor(holder) or ""])  # "the Group of 20 summit"
        venues = [child for child in noun.children if self._venue_name(child)]
        if venues:
            location = self.where.location_at(venues[0])
        add_new(who.ids, bodies)
        if not who.ids and self._country_pair(noun):
            who.seen = True  # "US-China talks" whose countries are no actors of the story
        travel: Token | None = None
        if kind is MeetingKind.VISIT:
            for visitor in prep_objects(noun, "by", "of", "from"):
                self.r.take(who, visitor)  # "a visit by Obama", "a visit from Lula"
            targets = prep_objects(noun, "to")
            if not targets and noun.dep_ == "dobj":
                # "canceled his trip to Tonga", with "to Tonga" hung on the verb
                targets = [t for t in prep_objects(noun.head, "to") if self.where.is_place(t)]
            if self._call_on(noun):
                targets += prep_objects(noun, "on")  # a courtesy call on someone
            travel = self._travel_named(noun)
            if travel is not None and not any(self.where.is_place(t) for t in targets):
                # "will travel to Beijing in November, the first such visit since 2016"
                targets += self._destinations(travel)
            elif travel is not None:
                # "arrived in Kyiv on Monday, her fourth visit to Ukraine": the city is
                # where, the country is whom she visits
                places = [t for t in self._destinations(travel) if self.where.is_place(t)]
                location = self.where.location_at(places[0]) if places else None
            for target in targets:
                hosts = self._host_actors(target)
                if hosts:
                    # "to visit German troops", "visited flood victims": a group visited
                    # takes part but hosts no one; a country, a body or a person does
                    host = host or next(
                        (h for h in hosts if self.r.kind_of.get(h) != "group"), None
                    )
                    add_new(who.ids, hosts)
                if self.where.is_place(target) or self._city_read_as_name(target):
                    reached = self._city_visited(target)
                    if location is not None and location.country != reached.country:
                        location = None  # the city arrived in is in another country
                    location = location or reached
            if (
                targets
                and host is None
                and all(self._mere_venue(t) or self._site(t) for t in targets)
            ):
                return None  # "a visit to the refugee center": a tour, no one receives
            if lemma in self.lex.country_only_nouns and not self._abroad(
                targets, [p for p in who.ids if p != host], location
            ):
                return None  # a trip to the beach, a candidate's trip to Washington
        else:
            for partner in prep_objects(noun, "with", "between", "among"):
                self.r.take(who, partner, animate_only=True)
            # "held talks via video link with Carney": "with" hung on the link
            for means in self._phone_means(noun):
                for partner in prep_objects(means, "with"):
                    self.r.take(who, partner, animate_only=True)
            # "is in talks to merge with CareBridge": the other side of what the talks are for
            for clause in children_with(noun, "acl"):
                if any(aux.dep_ == "aux" and aux.lower_ == "to" for aux in clause.children):
                    for partner in prep_objects(clause, "with"):
                        self.r.take(who, partner, animate_only=True)
            for member in prep_objects(noun, "of"):
                if self.r.is_animate(member):
                    self.r.take(who, member, animate_only=True)
                    continue
                # "a meeting of Gulf and Egyptian leaders": a region's name the parser made
                # the first of a list, where it qualifies the people listed after it
                for listed in member.conjuncts:
                    if listed.i > member.i:
                        self.r.take(who, listed, animate_only=True)
            if kind is MeetingKind.CALL:
                # "received a call from Macron", "a phone call to Biden": the other end
                for end in prep_objects(noun, "from", "to"):
                    self.r.take(who, end, animate_only=True)
                if noun.dep_ == "dobj":
                    # "received a phone call on Saturday from Macron": "from" hung on the verb
                    for end in prep_objects(noun.head, "from", "to"):
                        self.r.take(who, end, animate_only=True)
            if prep_objects(noun, "with"):
                # "a call with Ontario Premier Doug Ford", the name read as the call's
                # apposition
                for apposed in children_with(noun, "appos"):
                    self.r.take(who, apposed, animate_only=True)
        # who the noun's own phrases name, before a verb says whom it brought together
        # ("The two-hour meeting ... brought together the heads of A and B" after "Laurent
        # hosted technology chief executives": those at the meeting told) or who hosted it
        named_by_noun = bool(who.ids) or who.seen
        if kind is not MeetingKind.VISIT:
            # "talks involving Kyiv and Moscow", "the talks brought together A and B"
            for partner in self._joined(noun):
                self.r.take(who, partner, animate_only=True)
        # "the talks, hosted by Qatar", "a state visit hosted by Biden": who hosts, or the
        # city where they were held
        # "Next year's summit will be hosted by Canada": or the passive verb it is subject of
        hosted_by = [noun.head] if noun.dep_ == "nsubjpass" else []
        # "a roundtable with business leaders hosted by Vance": the parser hangs the hosting
        # on the group met, named by a plural common noun, where it tells who hosts the meeting
        hosted_by += hosting_clauses(noun, self.lex.support_verbs)
        passives = [noun.head] if noun.dep_ == "nsubjpass" else []
        if noun.dep_ in SUBJECT_DEPS:
            # "The meeting lasted an hour and was also attended by Cooper": a passive joined
            # to the noun's verb, with no subject of its own, is of the noun too
            passives += [
                verb
                for verb in children_with(noun.head, "conj")
                if verb.tag_ == "VBN"
                and any(c.dep_ == "auxpass" for c in verb.children)
                and not any(c.dep_ in SUBJECTS for c in verb.children)
            ]
        for passive in passives:
            if self.lex.support_verbs.get(passive.lemma_.casefold()) != "participant":
                continue
            # "The reception was attended by Foreign Minister Faisal bin Farhan and ...":
            # who attends takes part
            for agent in prep_objects(passive, "by"):
                self.r.take(who, agent, animate_only=True)
        # "A third round of talks ..., hosted by Turkey": or the part of them the "of" names
        part = self.where.part_of(noun)
        if part is not None:
            hosted_by += children_with(part, "acl")
        for clause in (*children_with(noun, "acl"), *hosted_by):
            hosting = clause.lemma_.casefold()
            if (
                self.lex.support_verbs.get(hosting) != "host"
                and hosting not in self.lex.needs_participant_verbs
            ):
                continue
            for agent in prep_objects(clause, "by"):
                # "chaired by Britain" says who leads the meeting, not where it is held
                if hosting not in _LEADING_VERBS and self._hosting_place(agent):
                    where_held = where_held or self.where.location_at(agent)
                    if self.r.actor(agent) is None:
                        continue  # a city or a capital, not who held them
                found = self.r.take(who, agent)
                host = host or (found[0] if found else None)
        mediators: list[str] = []
        for clause in children_with(noun, "acl"):
            if clause.lemma_.casefold() in _MEDIATING_VERBS and clause.tag_ == "VBN":
                # "talks mediated by Acas", "talks brokered by Qatar": the mediator takes
                # part as a third party, hosting nothing
                for agent in prep_objects(clause, "by"):
                    add_new(mediators, self.r.take(who, agent, animate_only=True))
        verb = noun.head
        if verb.lemma_.casefold() in _MEDIATING_VERBS and verb.pos_ == "VERB":
            # "The talks were mediated by Turkey", "Qatar and Egypt brokered the talks"
            if noun.dep_ == "nsubjpass":
                sides = prep_objects(verb, "by")
            elif noun.dep_ == "dobj" and verb.tag_ != "VBG":
                # (not "Qatar has been mediating talks since November": a role over many
                # rounds, told of the talks as a whole)
                sides = list(children_with(verb, "nsubj"))
            else:
                sides = []
            for side in sides:
                add_new(mediators, self.r.take(who, side, animate_only=True))
        for clause in children_with(noun, "relcl"):
            # "the G7 summit, which Japan is hosting"
            if self.lex.support_verbs.get(clause.lemma_.casefold()) == "host":
                for subject in children_with(clause, *SUBJECTS):
                    found = self.r.take(who, subject) if subject.tag_ != "WDT" else []
                    host = host or (found[0] if found else None)
        led = self._group_led_around(noun)
        if led is not None:
            self.r.take(who, led)
        if kind in (MeetingKind.TALKS, MeetingKind.NEGOTIATION):
            for target in _deal_targets(noun):
                # "is in advanced talks to acquire Baltic Ferries": the company to be bought
                # is the other side of the talks
                self.r.take(who, target)
        captioned = self._caption_subject(noun)
        if captioned is not None and noun.tag_ == "NNS":
            # "Kerry, left, talks with Lavrov": a caption's verb the tagger took for a noun
            self.r.take(who, captioned)
        own = bool(who.ids) or who.seen
        if (
            not own
            and noun.tag_ == "NNS"
            and any(child.lower_ in _COUNTLESS for child in noun.children)
        ):
            return None  # "had attended too many meetings where nothing happens": any meetings
        anchor, role, weak, negated = self._governor(noun)
        # "held a summit, followed by a meeting with Li": a meeting of its own, after the
        # one the verb holds
        held = self._sequel_of(noun.head, noun.head.head) if noun.dep_ == "pobj" else None
        sequel = held is not None and anchor is not None and held.i == anchor.i
        if kind is MeetingKind.CALL and role == "host":
            role = "participant"  # "received a call from Macron": no one hosts a call
        if kind is MeetingKind.VISIT and anchor is not None and anchor.lemma_ == "receive":
            role = "host"  # "Xi received a visit from Lula": Xi hosts it
        if negated or self._not_planned(noun) or _under_no(noun):
            return None  # "did not attend the summit", "no plans for a meeting"
        headline = self._headline_party(noun) if anchor is None else None
        if headline is not None:
            self.r.take(who, headline)  # "Britain in talks with France over boats"
        if travel is not None and (anchor is None or anchor is travel):
            if location is None and host is None:
                return None  # "will go to court on Monday, his first visit since": no place
            # the travel the visit names: its traveller visits, when and as it happens
            anchor, role, weak = travel, "participant", False
        if (
            noun.pos_ == "PROPN"
            and (anchor is None or weak)
            and self._opening_noun(noun) is None
            # "The Munich Security Conference will be held in Munich": the gathering
            and not _held_as_subject(noun)
        ):
            return None  # "the World Economic Forum said": the organisation, not a gathering
        if anchor is not None:
            partners = prep_objects(anchor, "with")
            anchor_lemma = anchor.lemma_.casefold()
            if anchor_lemma in self.lex.discussion_verbs:
                # "discussed the dispute with Premier Ford in a phone call": the parser
                # hangs "with" on what was discussed
                partners += [p for obj in direct_objects(anchor) for p in prep_objects(obj, "with")]
            if anchor_lemma in self.lex.contact_verbs:
                partners += direct_objects(anchor)
            if anchor_lemma in self.lex.speech_to_verbs:
                partners += prep_objects(anchor, "to")
            if anchor_lemma == "join" and noun.dep_ == "pobj" and noun.head.lower_ in ("for", "at"):
                # "will join Biden and Kishida for a summit", "joined Trump at the talks":
                # those joined take part too
                partners += direct_objects(anchor)
            # "told reporters after the meeting": the press hears of it, it did not attend.
            partners = [
                partner
                for partner in partners
                if self.r.is_animate(partner)
                and partner.lemma_.casefold() not in self.lex.press_nouns
                # "told the BBC during his visit": an interview, not a side
                and not (anchor_lemma in self.lex.speech_to_verbs and self._outlet(partner))
            ]
            if (
                weak
                and anchor_lemma in self.lex.speech_to_verbs
                and (prep_objects(noun, "with") or prep_objects(noun, "between"))
            ):
                # "told CNN after his meeting with Lavrov", "speaking to Reuters after talks
                # with Lavrov": said outside the meeting, which names its other side
                partners = []
            if sequel:
                partners = []  # "met Salman, followed by a lunch with Li": not Salman's lunch
            if role == "host" or lemma in self.lex.meal_nouns:
                # "hosted a dinner for lawmakers": the guests take part
                # "a state dinner in honor of Yoon": so does the guest of honour
                honoured = [
                    guest
                    for token in (noun, anchor)
                    for prep in prep_objects(token, "in")
                    if prep.lemma_.casefold() in ("honor", "honour")
                    for guest in prep_objects(prep, "of")
                ]
                partners += [
                    guest
                    for guest in (
                        *prep_objects(noun, "for"),
                        *prep_objects(anchor, "for"),
                        *honoured,
                    )
                    if self.r.is_animate(guest) and not self._crowd(guest)
                ]
            doers = self.r.doers(anchor)
            if not doers and anchor.dep_ == "amod":
                doers = [anchor.nbor(-1)]  # "[Ahn Gyu-back held] talks": the name before it
            sent = [obj for obj in direct_objects(anchor) if self.r.is_animate(obj)]
            if anchor_lemma in self.lex.sending_verbs and sent:
                # "Biden dispatched Burns to Cairo for talks": who is sent takes part
                doers = sent
            if not doers and anchor_lemma in self.lex.planning_verbs:
                # "Netanyahu is expected in Washington for talks": who is expected takes part
                doers = list(children_with(anchor, "nsubjpass"))
                role = "participant"  # "was invited for talks": the guest, not the host
            arranging = self.lex.cancel_verbs | self.lex.planning_verbs
            # "for meetings with Aoun and Salam" names the other side only: who is expected
            # is the first
            named_sides = (len(who.ids) >= 2 and not prep_objects(noun, "with")) or (
                # the visit's visitor, not only the place it goes to ("postponed a planned
                # visit to Saudi Arabia": who postpones it is the visitor)
                kind is MeetingKind.VISIT and any(p != host for p in who.ids)
            )
            if role == "participant" and anchor_lemma in arranging and named_sides:
                # "The White House cancelled a meeting between Biden and Netanyahu", "called
                # off the visit of a delegation": the meeting names its own sides (or
                # visitor); who arranges or cancels it need not attend
                doers = []
            if who.ids and prep_objects(noun, "among"):
                # "Kishida and Xi agreed to hold talks among experts": the experts talk
                doers = []
            # "before the summit" says when, not who: the subject takes part only when the
            # meeting is theirs ("before their meeting"), they meet someone around a meeting
            # not told before, or two of them act together after it ("Putin and Xi signed a
            # statement after talks").
            together = sum(len(self.r.actors(doer)) for doer in doers) >= 2 or any(
                self._two_sided(doer) for doer in doers
            )
            # "X did not meet Grossi during the visit", "Orban refused to meet Sybiha during
            # his visit": who did not meet takes no part
            refused = anchor.lemma_.casefold() in self.lex.verbs and (
                any(child.dep_ == "neg" for child in anchor.children) or self._negated(anchor)
            )
            # "Before the consultations, de Riviere met the ambassadors": a meeting named as
            # known ("the") is one told before, not theirs
            met_around = bool(partners) and not definite
            if not refused and (not weak or own or plural_possessor or met_around or together):
                for doer in doers:
                    if role == "host" and self._hosting_place(doer):
                        # "Kyiv hosted the talks": where they were held, unless a venue is
                        # named; a city, even a capital, is not who held them
                        where_held = where_held or self.where.location_at(doer)
                        if self.r.actor(doer) is None:
                            continue
                    found = self.r.take(who, doer)
                    add_new(own_side, found)
                    if role == "host" and found:
                        host = host or found[0]
                for partner in partners:
                    self.r.take(who, partner)
                guests = (*partners, *prep_objects(noun, "with"))
                if host is None and len(own_side) == 1 and self._visiting(*guests):
                    host = own_side[0]  # "held talks with visiting President X": his host
                host = host or self._host_named(guests)
        if host is None and lemma == "audience":
            # "King Charles held an audience with Browne", "had an audience with the Pope":
            # the sovereign or pontiff grants it, whichever side is named first
            host = next(
                (p for p in who.ids if self.r.title_words.get(p, frozenset()) & _AUDIENCE_HOSTS),
                None,
            )
        separate = any(
            child.dep_ == "amod"
            and (
                child.lower_ in _SEPARATE
                # "held bilateral meetings with Ramaphosa and Anwar": one with each
                or (child.lower_ in _BILATERAL and noun.tag_ == "NNS")
            )
            for child in noun.children
        )
        separately = self._one_by_one(who.ids, own_side, noun) if separate else []
        if plural_possessor and len(who.ids) < 2 and not self._their_own_subject(noun):
            pair = self.r.last_actors(noun.idx, {"person"}, self.r.sentence(noun).start_char - 1500)
            add_new(who.ids, pair)
            # "their visit" with no one named before: whose, the text does not say
            who.seen = who.seen or bool(pair)
        met = self._met_when(noun)
        if met is not None:
            # "Kurti and Vucic have not met since August 2023, when a meeting in Brussels
            # ... ended": the meeting of that time is theirs
            for side in (*self.r.subjects(met), *direct_objects(met), *prep_objects(met, "with")):
                self.r.take(who, side)
        if kind is MeetingKind.CALL and not self._two_ends(who):
            return None  # "made a phone call", "a call for restraint": no one on the line
        if (
            lemma in self.lex.meal_nouns
            and len(who.ids) < 2
            # "The three leaders then had a working lunch with Rubio": those told before
            and not (
                noun.dep_ in OBJECTS
                and any(counted(s) is not None for s in self.r.subjects(noun.head))
            )
        ):
            return None  # "had dinner at a restaurant": a meal, not a meeting
        if noun.pos_ == "PROPN":
            itself = self.r.actor(noun)
            who.ids = [actor for actor in who.ids if actor != itself]
        scope = anchor if anchor is not None else self._subject_clause(noun)
        beside = self._beside(noun)
        if beside:
            # "met Sunak on the sidelines of the G20 summit": the summit is a gathering of
            # its own, which they attend, not the meeting the verb reports
            anchor = None
        trigger = noun
        if noun.pos_ == "PROPN" and anchor is not None and anchor.pos_ == "VERB" and not weak:
            # "attends the Davos Forum": a name is no word for meeting; the verb reports it
            trigger = anchor
        return Mention(
            trigger=trigger,
            kind=kind,
            participants=who.ids,
            attended=who.seen,
            host=host,
            location=location,
            where_held=where_held,
            definite=definite,
            # ("its monthly meeting" is the board's own, not one told before that it joins)
            borrowed=not named_by_noun
            and bool(who.ids)
            and not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in noun.children),
            vague=who.seen and who.vague and not who.ids,
            named=named,
            beside=beside,
            scope=scope,
            anchor=None if sequel else anchor,
            when_of=met,
            framed_for=[] if who.ids else self._framed_for(noun),
            they=self._they(who, noun) or self._pair_between(noun, who),
            own_side=own_side if separately else [],
            separately=separately,
            mediators=mediators,
        )

    def _fronted_possessor(self, noun: Token, who: Who) -> bool:
        """Take the subject a fronted meeting's "its" or "their" looks ahead to.

        "At its November meeting, the committee had voted 7-2": the phrase set before the
        subject of its clause names that subject's meeting.
        """
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
            return False
        verb = noun.head.head
        if verb.pos_ not in ("VERB", "AUX"):
            return False
        subjects = [c for c in verb.children if c.dep_ in SUBJECTS and c.i > noun.i]
        if any(self.r.take(who, subject) for subject in subjects):
            return True
        for subject in subjects:
            if not (
                subject.pos_ == "NOUN"
                and subject.tag_ == "NN"
                and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
            ):
                continue
            # "the committee", no actor covering it: the last body the story named by a
            # name ending in that noun ("the Monetary Policy Committee")
            word = subject.lower_
            start = self.r.sentence(noun).start_char
            position = bisect.bisect_left(self.r.actor_starts, (start, ""))
            for _, actor in reversed(self.r.actor_starts[:position]):
                name = self.r.name_of.get(actor, "").casefold().split()
                if self.r.kind_of.get(actor) == "organization" and name[-1:] == [word]:
                    add_new(who.ids, [actor])
                    return True
        return False

    def _briefing_call(self, noun: Token) -> bool:
        """Whether a call is a briefing: an earnings call, or one with analysts only.

        "an earnings call", "an investor call", "a call with analysts and investors": a
        company telling the market, as a press conference tells the press. A call with
        anyone else ("a call with Biden and reporters") is still a call.
        """
        if any(
            child.dep_ in ("compound", "amod", "nmod")
            and child.lemma_.casefold() in self.lex.briefing_words
            for child in noun.children
        ):
            return True
        audience = prep_objects(noun, "with")
        return bool(audience) and all(
            who.pos_ == "NOUN" and who.lemma_.casefold() in self.lex.briefing_words
            for who in audience
        )

    def _headline_party(self, noun: Token) -> Token | None:
        """Return who a phrase puts "in" talks: "Britain in talks with France" (a headline).

        Also "officials in talks with Hamas said ...": people "in talks" take part.
        """
        if noun.dep_ != "pobj" or noun.head.lower_ != "in":
            return None
        party = noun.head.head
        if party.pos_ not in ("PROPN", "NOUN") or party.i > noun.i:
            return None
        return party if party.dep_ == "ROOT" or self.r.is_animate(party) else None

    def _years_long(self, noun: Token) -> bool:
        """Whether a clause says talks have gone on for years: a process, no meeting.

        "Negotiations ..., which have dragged on for more than three years", "which began in
        2002": a span of years, or a year two or more before the document's. The parser may
        hang a clause of how long they last on a word of the phrase ("between the EU and the
        United States, which have dragged on").
        """
        clauses = [c for c in noun.children if c.dep_ in ("relcl", "acl")]
        if noun.dep_ == "nsubj" and noun.head.lemma_.casefold() in _LASTING_VERBS:
            clauses.append(noun.head)  # "Talks between Israel and Hamas have dragged on since"
        clauses += [
            clause
            for clause in noun.subtree
            if clause.dep_ == "relcl"
            and clause.head.i != noun.i
            and clause.doc[clause.left_edge.i].lower_ == "which"
            and clause.lemma_.casefold() in _LASTING_VERBS
        ]
        for clause in clauses:
            if clause.lemma_.casefold() in ("hold", "convene"):
                continue  # "Talks ..., last held in Seoul in 2023, will resume": a session
            for token in clause.subtree:
                if token.ent_type_ != "DATE":
                    continue
                if token.lower_ in ("years", "decades"):
                    return True
                if clause.lemma_.casefold() not in ("begin", "start") and _at_a_point(token):
                    continue  # "Talks ... stalled in December 2023": when, not how long
                year = int(token.text) if token.text.isdigit() and len(token.text) == 4 else None
                anchor = self.r.anchor
                if year is not None and anchor is not None and year <= anchor.year - 2:
                    return True
        return False

    def _not_planned(self, noun: Token) -> bool:
        """Whether a meeting "is not planned" or "not on the agenda" ("no meeting" says "no").

        "The meeting is not expected to produce a deal" still has the meeting.
        """
        verb = noun.head
        if noun.dep_ not in SUBJECT_DEPS or not self._negated(verb):
            return False
        if verb.lemma_ == "be":
            # "a meeting was not on the agenda", "is not on the cards"
            return any(
                place.lemma_.casefold() in self.lex.agenda_nouns
                for place in prep_objects(verb, "on")
            )
        return verb.lemma_.casefold() in self.lex.planning_verbs and not any(
            child.dep_ in ("xcomp", "ccomp") for child in verb.children
        )

    def _travel_named(self, noun: Token) -> Token | None:
        """Return the travel verb a visit noun names or is the purpose of, if any.

        "will travel to Beijing in November, the first such visit since 2016"; "arrived in
        Kyiv on Friday, the first visit by an Indian leader"; "X is scheduled to fly to
        Israel on Monday, his fifth visit to the region"; "arrived in Paris for a visit".
        """
        if noun.dep_ == "pobj" and noun.head.lower_ in ("for", "on"):
            # "arrived in Paris on Sunday for a state visit to France"; "arrived in Turkey on
            # his first foreign trip"
            verb = noun.head.head
            lemma = verb.lemma_.casefold()
            return verb if verb.pos_ == "VERB" and lemma in self.lex.travel_verbs else None
        start = noun.left_edge.i
        if start == 0 or noun.doc[start - 1].text != ",":
            return None
        if noun.dep_ in ("npadvmod", "dobj", "appos", "dep") and noun.head.pos_ == "VERB":
            verbs = [noun.head]
        elif noun.dep_ == "appos" and noun.head.dep_ in SUBJECTS:
            verbs = [noun.head.head]  # hung on the traveller: "X, his fifth visit"
        else:
            return None
        verbs += [child for verb in verbs for child in children_with(verb, "xcomp")]
        return next(
            (
                verb
                for verb in verbs
                if verb.pos_ == "VERB" and verb.lemma_.casefold() in self.lex.travel_verbs
            ),
            None,
        )

    def _destinations(self, travel: Token) -> list[Token]:
        """Where a travel verb goes: "to" a place, or "in" it after "arrived"."""
        found = prep_objects(travel, "to")
        if travel.lemma_.casefold() in self.lex.arrival_verbs:
            found += prep_objects(travel, "in", "at")
        return found

    def _met_when(self, noun: Token) -> Token | None:
        """Return the verb of meeting whose time a "when" clause about ``noun`` tells.

        "have not met since August 2023, when a meeting in Brussels ... ended", "last met
        in August 2023, when a meeting ...": the meeting of the clause is the last time
        they met.
        """
        clause = noun.head if noun.dep_ in (*SUBJECTS, *OBJECTS) else None
        if clause is None or clause.dep_ != "relcl":
            return None
        if not any(child.lower_ == "when" for child in clause.children):
            return None
        time = clause.head
        if time.ent_type_ != "DATE" or time.dep_ != "pobj" or time.head.lower_ not in _SINCE_IN:
            return None
        verb = time.head.head
        if verb.pos_ != "VERB" or self.trigger_kind(verb) is not MeetingKind.MEETING:
            return None
        return verb

    def _beside(self, noun: Token) -> bool:
        """Whether a noun is what a meeting is held beside ("the sidelines of the summit").

        So is a summit two people met at ("last met at the G20 summit in New Delhi"): the
        summit is a gathering of its own, not their meeting.
        """
        if noun.dep_ != "pobj":
            return False
        if noun.head.lower_ == "of" and noun.head.head.lemma_.casefold() in self.lex.sideline_nouns:
            return True
        owner = noun.head.head
        if (
            noun.head.lower_ == "of"
            and owner.pos_ == "PROPN"
            and owner.dep_ == "pobj"
            and owner.head.lower_ == "of"
            and owner.head.head.lemma_.casefold() in self.lex.sideline_nouns
        ):
            return True  # "the sidelines of the Group of 20 summit", parsed "Group" "of summit"
        verb = noun.head.head
        # two who meet each other there: one met, or named together as the subject
        # ("agreed to meet again at the SCO summit": the subject of the verb above)
        bilateral = bool(direct_objects(verb) or prep_objects(verb, "with")) or any(
            subject.conjuncts
            for subject in (
                [child for child in verb.children if child.dep_ in SUBJECTS]
                or (self.r.subjects(verb) if verb.dep_ == "xcomp" else [])
            )
        )
        return (
            noun.head.lower_ in ("at", "during")
            and self.trigger_kind(noun) is MeetingKind.SUMMIT
            and verb.pos_ == "VERB"
            and self.trigger_kind(verb) is not None
            and verb.lemma_.casefold() not in self.lex.needs_participant_verbs
            and bilateral
        )

    def _site(self, target: Token) -> bool:
        """Whether a visit goes to a sight ("the shrine", "the Stations of the Cross").

        A shrine, a monument or a factory is seen, not met: a visit there is a tour, even
        when its name is capitalised or the model takes it for an organisation.
        """
        if self.r.kind_of.get(self.r.actor(target) or "") in ("country", "person"):
            return False
        word = target.lower_
        return word in self.lex.site_nouns or word.removesuffix("s") in self.lex.site_nouns

    def _mere_venue(self, target: Token) -> bool:
        """Whether a visit goes to a building named by a common noun ("the refugee center").

        Such a visit is a tour, not an encounter, unless someone hosts it; a named
        building ("the White House", "the Kremlin") or a city or country is a destination.
        """
        return (
            target.pos_ == "NOUN"
            and not target.ent_type_
            and target.lemma_.casefold() in self.lex.venue_nouns
            and self.r.actor(target) is None
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

    def _names_other(self, modifier: Token) -> bool:
        """Whether a noun's modifier singles out other talks ("the Iran nuclear talks").

        A name or an actor does; a description ("their two-hour meeting"), a city no actor
        covers ("the Washington talks") or a body's common noun ("the board meeting") does not.
        """
        if modifier.dep_ not in ("compound", "nmod", "amod"):
            return False
        if modifier.ent_type_ in ("DATE", "TIME"):
            return False  # "the Monday meeting": when it is
        if (
            modifier.ent_type_ in ("GPE", "LOC", "FAC")
            and self.r.actor(modifier) is None
            and country_code(modifier.text) is None
        ):
            return False  # "the Washington talks": where they are; "the Iran talks": whose
        if modifier.pos_ == "NOUN" and modifier.is_lower:
            # "the board meeting": a body told by its common noun, like "the board", may be
            # one that met before; whether it is, its participants tell
            return False
        return (
            modifier.pos_ == "PROPN"
            or self.r.actor(modifier) is not None
            or (modifier.ent_type_ in ("GPE", "NORP", "ORG", "EVENT"))
        )

    def _framed_for(self, noun: Token) -> list[str]:
        """Return who does what a meeting noun after a preposition gives the time of.

        "Ruto said after the talks": Ruto, who most likely took part in those talks.
        """
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.head.head.pos_ != "VERB":
            return []
        found: list[str] = []
        for subject in self.r.subjects(noun.head.head):
            actor = self.r.actor(subject)
            if actor is not None:
                add_new(found, [actor])
        return found

    def _subject_clause(self, noun: Token) -> Token:
        """Return the clause a noun speaks for: the verb it is the subject of, or itself."""
        if noun.dep_ in SUBJECT_DEPS and noun.head.pos_ in ("VERB", "AUX"):
            return noun.head
        return noun

    def _their_own_subject(self, noun: Token) -> bool:
        """Whether "their" of a meeting noun is the plural noun subject of its verb.

        "the alliance's heads of government would hold their annual summit": "their" is
        the heads', whom no actor covers, not the last two people named before; so too "are
        expected to discuss it at their regular meeting".
        """
        verb = noun.head.head if noun.dep_ == "pobj" else noun.head  # "at their meeting"
        while verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i:
            verb = verb.head
        return any(
            child.dep_ in SUBJECT_DEPS
            and child.tag_ in ("NNS", "NNPS")
            # no actor, or a group ("Montgomery County commissioners ... at their meeting")
            and self.r.kind_of.get(self.r.actor(child) or "", "group") == "group"
            for child in verb.children
        )

    def _name_holder(self, noun: Token) -> Token | None:
        """Return the name the parser hung a trigger from inside it: "the Group of 20 summit".

        The small model may read "Group of [20 summit]"; the name (an organisation actor
        whose mention takes in the "of") modifies the trigger, not the other way round.
        """
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ != "of" or not prep.ent_type_:
            return None
        holder = prep.head
        actor = self.r.actor(holder)
        if holder.pos_ != "PROPN" or actor is None or self.r.actor(prep) != actor:
            return None
        if self.r.kind_of.get(actor) != "organization" or self.r.actor(noun) is not None:
            return None
        return holder

    def _modifier_actors(self, noun: Token, kind: MeetingKind) -> list[str]:
        """Actors in "US-China talks", "the U.S.-Turkey meeting", "the NATO summit"."""
        found: list[str] = []
        kinds: list[str] = []
        for child in noun.children:
            if self._venue_name(child):
                continue  # "a White House lunch": where, not who
            if child.dep_ in ("compound", "nmod", "amod") and child.i < noun.i:
                for token in child.subtree:
                    actor = self.r.actor(token)
                    inside = [actor] if actor is not None else self.r.actors_inside(token)
                    for actor in inside:
                        if actor not in found:
                            found.append(actor)
                            kinds.append(self.r.kind_of.get(actor, ""))
        if len(found) >= 2:
            return found
        organised = found and kinds[0] in ("organization", "group")
        if organised and kind in (MeetingKind.SUMMIT, MeetingKind.MEETING):
            return found  # "a UEFA meeting", "the NATO summit"
        backed = any(
            child.i + 1 < noun.i and noun.doc[child.i + 1].text in HYPHENS
            for child in noun.children
            if child.i < noun.i
        )
        if (
            found
            and kind is MeetingKind.TALKS
            and kinds[0] == "organization"
            and self.r.name_of.get(found[0], "") in _intergovernmental()
            and not backed  # "UN-backed talks": who backs them, not who holds them
        ):
            # "UN climate talks in Belem": the body of states that holds them (not "the
            # TikTok sale talks": a company is what they are about)
            return found
        if (
            found
            and prep_objects(noun, "with")
            and (
                self._named_side(noun, found[0])
                or (kind is MeetingKind.TALKS and kinds[0] in ("organization", "country"))
            )
        ):
            # "Hamas talks with Egypt collapsed", "The Nissan merger talks with Honda": the
            # other side
            return found
        return []  # "the Iran nuclear talks": Iran is what is talked about

    def _named_side(self, noun: Token, actor: str) -> bool:
        """Whether ``actor`` is named by a proper noun right before ``noun``, as its modifier."""
        before = noun.doc[noun.i - 1] if noun.i > 0 else None
        return (
            before is not None
            and before.head.i == noun.i
            and before.dep_ == "compound"
            and before.pos_ == "PROPN"
            and self.r.actor(before) == actor
        )

    def _joined(self, noun: Token) -> list[Token]:
        """Who a verb says the meeting brings together ("talks involving A and B")."""
        verbs = [child for child in noun.children if child.dep_ == "acl"]
        if noun.dep_ in SUBJECT_DEPS:
            verbs.append(noun.head)
        found: list[Token] = []
        for verb in verbs:
            lemma = verb.lemma_.casefold()
            phrases = {lemma} | {
                f"{lemma} {child.lower_}"
                for child in verb.children
                if child.dep_ in ("advmod", "prt")
            }
            if phrases & self.lex.joining_verbs:
                found.extend(direct_objects(verb))
        if noun.dep_ in SUBJECT_DEPS and not prep_objects(noun, "between", "among"):
            # "Talks resumed on Monday between Serbia and Kosovo": the parser hangs the
            # parties on the verb the meeting is the subject of
            found.extend(
                side for side in prep_objects(noun.head, "between", "among") if side.i > noun.i
            )
        return found

    def _venue_name(self, modifier: Token) -> bool:
        """Whether a noun's modifier names a building ("a White House lunch", "Oval Office talks").

        A bare "House" ("a House hearing") is a chamber of a legislature, not a building.
        """
        return (
            modifier.dep_ in ("compound", "nmod")
            and modifier.pos_ == "PROPN"
            and modifier.lemma_.casefold() in self.lex.venue_nouns
            and any(left.dep_ == "compound" and left.pos_ == "PROPN" for left in modifier.lefts)
        )

    def _country_pair(self, noun: Token) -> bool:
        """Whether two countries qualify a noun, as in "US-China talks"."""
        names = [
            part
            for child in noun.lefts
            if child.dep_ in ("compound", "nmod", "amod")
            for token in child.subtree
            if token.pos_ == "PROPN" or "-" in token.text
            for part in token.text.split("-")  # "U.S.-Turkey" may be one word
        ]
        return len({country_code(name) for name in names} - {None}) >= 2

    def _named(self, noun: Token) -> bool:
        """Whether a trigger noun names one gathering ("the COP28 talks", "the G20 summit")."""
        if noun.ent_type_ == "EVENT":
            return True
        for child in noun.children:
            if child.dep_ in ("compound", "nmod") and child.pos_ == "PROPN":
                if child.ent_type_ in ("GPE", "NORP", "PERSON", "DATE", "TIME"):
                    continue  # "Sino-US talks", "[On] Monday talks": no gathering's name
                if child.is_sent_start and child.text.istitle() and not child.ent_type_:
                    continue  # "Truce talks between ...": capitalised for its place only
                if self._ranked(child, noun):
                    continue  # "Corps Commander-level talks": a rank, no gathering's name
                if self.r.actor(child) is None or any(ch.isdigit() for ch in child.text):
                    return True
        return False

    @staticmethod
    def _ranked(child: Token, noun: Token) -> bool:
        """Whether the capitalised words before a trigger noun tell the rank of those who meet.

        "Corps Commander-level talks", "Vice Minister talks": a title's word among them (or
        "level") says who holds the talks, not what gathering they are.
        """
        words = noun.doc[child.i : noun.i]
        return any(
            word.lower_ == "level" or (word.text[:1].isupper() and word.lower_ in _rank_words())
            for word in words
        )

    def _verb_read_as_modifier(self, noun: Token) -> Token | None:
        """Return "held" of "Ahn Gyu-back held talks", parsed as "[Ahn Gyu-back held] talks".

        The parser, lost in a hyphenated name, makes the verb a modifier of the noun right
        after it; the name right before the verb is its subject.
        """
        if noun.i < 2:
            return None
        verb = noun.nbor(-1)
        if verb.dep_ != "amod" or verb.head.i != noun.i or verb.tag_ not in ("VBD", "VBN"):
            return None
        if verb.lemma_.casefold() not in self.lex.support_verbs:
            return None
        return verb if self.r.actor(verb.nbor(-1)) is not None else None

    def _governor(self, noun: Token) -> tuple[Token | None, str, bool, bool]:
        """Find the word whose subject takes part in the meeting a noun names.

        Returns that word (a verb, or an adjective in "McCain, following a meeting"), the
        role its subject plays, whether it only frames the time ("before the summit"), and
        whether it negates the meeting ("will not attend the summit").
        """
        held = self._verb_read_as_modifier(noun)
        if held is not None:
            return held, self.lex.support_verbs[held.lemma_.casefold()], False, False
        token = self._name_holder(noun) or noun
        withdrawn = pulled_out_of(token)
        if withdrawn is not None and noun.lemma_.casefold() in self.lex.travel_nouns:
            return withdrawn, "participant", False, False  # "pulled out of a planned visit"
        for _ in range(5):
            if token.dep_ in OBJECTS and (
                token.head.pos_ in ("VERB", "AUX") or verb_read_as_noun(token.head)
            ):
                verb = token.head
                lemma = verb.lemma_.casefold()
                if cancels(verb, self.lex.cancel_verbs):
                    return verb, "participant", False, False  # "called off a visit"
                role = self.lex.support_verbs.get(lemma)
                if role is None:
                    # "ruled out talks with the opposition", "slammed the door on resuming
                    # talks": a meeting turned down did not take place
                    return None, "participant", False, self._turned_down(verb)
                if any(child.dep_ == "oprd" for child in verb.children):
                    # "called the summit a success": what it is called, not who convened it
                    return None, "participant", False, False
                return verb, role, False, self._negated(verb)
            if token.dep_ != "pobj":
                break
            prep = token.head
            governor = prep.head
            preposition = prep.lower_
            if (
                token.lemma_.casefold() in self.lex.other_settings
                and prep.i > 0
                and prep.doc[prep.i - 1].text == ","
            ):
                # "warned that China was preparing to use force, in a speech at the
                # Dialogue": a speech set off by a comma is the reporting verb's, not that
                # of the clause the parser hangs it on
                while governor.dep_ in ("xcomp", "ccomp") and governor.head.pos_ == "VERB":
                    governor = governor.head
            if (
                governor.lower_ in ("away", "out")
                and governor.dep_ in ("advmod", "prt", "prep")
                and _walked_out(governor.head)
            ):
                governor = governor.head  # "walked away from a meeting", "stormed out of"
            if governor.lemma_.casefold() in REPORTING_VERBS and prep.i < governor.i:
                # "Talks will resume in Geneva, on the sidelines of a WTO meeting, the
                # ministry said": the parser may hang on the reporting verb a phrase of the
                # clause reported before it; the speaker is not at that meeting
                said = [c for c in governor.children if c.dep_ == "ccomp" and c.i < prep.i]
                if said:
                    governor = said[-1]
            if (
                preposition == "for"
                and governor.pos_ == "NOUN"
                and governor.ent_type_ in ("DATE", "TIME")
                and governor.dep_ == "pobj"
                and governor.head.head.pos_ == "VERB"
            ):
                # "will travel to Moscow at the end of the month for talks": the parser may
                # hang what the trip is for on the time it is told with
                governor = governor.head.head
            held = self._sequel_of(prep, governor)
            if held is not None:
                # "will hold a summit with the GCC, followed by a meeting with Li": the
                # meeting that follows is of the one who holds the first, in its time
                role = self.lex.support_verbs.get(held.lemma_.casefold(), "participant")
                return held, role, False, self._negated(held)
            if preposition == "on" and _closes_door(governor):
                return None, "participant", False, True  # "slammed the door on talks"
            if governor.pos_ in ("VERB", "AUX", "ADJ"):
                lemma = governor.lemma_.casefold()
                if (
                    preposition in ("on", "about")
                    and lemma in _TOLD_ABOUT_VERBS
                    and (
                        governor.tag_ == "VBN"
                        # "two officials briefed on the negotiations said": the tagger may
                        # take the participle after a noun for a past tense
                        or (
                            governor.dep_ == "acl"
                            and not any(c.dep_ in SUBJECTS for c in governor.children)
                        )
                    )
                ):
                    # "officials briefed on the discussions": told of it, not at it (whoever
                    # briefs someone on the talks meets them)
                    return None, "participant", False, False
                framed = (
                    preposition in self.lex.frame_prepositions
                    or lemma in self.lex.support_verbs
                    # "will travel to the Pacific Islands Forum meeting": who goes takes part
                    or (
                        preposition == "to"
                        and (lemma in self.lex.travel_verbs or lemma in self.lex.departure_verbs)
                    )
                    # "over dinner, they discussed energy"
                    or (preposition == "over" and noun.lemma_.casefold() in self.lex.meal_nouns)
                    # "walked away from a meeting with Dombrovskis", "stormed out of the
                    # talks": who leaves a meeting in protest was at it
                    or (preposition in ("from", "out", "of") and _walked_out(governor))
                )
                if not framed:
                    return None, "participant", False, False
                if self._visit_around(noun, token, preposition, governor):
                    return None, "participant", False, False
                weak = preposition in self.lex.weak_frame_prepositions
                # "Macron welcomed Xi to Paris for a state visit": who welcomes hosts it
                hosting = preposition == "for" and governor.lemma_.casefold() in _GUEST_VERBS
                # "presided over a cabinet meeting": who presides over it holds it
                hosting = hosting or (
                    preposition == "over" and self.lex.support_verbs.get(lemma) == "host"
                )
                role = "host" if hosting else "participant"
                # "In a call with Biden, Netanyahu rejected a ceasefire": what someone
                # refuses or does not do during a meeting does not undo the meeting
                circumstance = (
                    preposition in _CIRCUMSTANCE_PREPOSITIONS or prep.i < governor.i
                ) and governor.lemma_.casefold() not in self.lex.support_verbs
                negated = not circumstance and self._negated(governor)
                return governor, role, weak, negated
            if governor.pos_ == "ADP" and governor.dep_ in ("prep", "pcomp"):
                token = governor  # "ahead of the summit", "prior to the talks"
                continue
            if governor.pos_ not in ("NOUN", "PROPN"):
                break
            if (
                preposition == "over"
                and noun.lemma_.casefold() in self.lex.meal_nouns
                and governor.dep_ in OBJECTS
                and governor.head.pos_ == "VERB"
            ):
                # "discussed the war over dinner": the parser may hang the meal on the object
                return governor.head, "participant", False, self._negated(governor.head)
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

    def _outlet(self, token: Token) -> bool:
        """Whether ``token`` is an organisation named as a news outlet: "the BBC", "Fox News"."""
        actor = self.r.actor(token)
        if actor is None or self.r.kind_of.get(actor) != "organization":
            return False
        names, words = _outlet_words()
        name = self.r.name_of.get(actor, "").casefold()
        return name in names or any(word in words for word in name.split())

    def _turned_down(self, verb: Token) -> bool:
        """Whether the verb that takes a meeting noun as object turns the meeting down.

        "rejected talks", "ruled out a meeting", "refused to resume talks", "slammed the door
        on resuming talks"; not "called off the talks" (set, then cancelled) nor "boycotted
        the talks" (held without the one who stays away).
        """
        for _ in range(3):
            lemma = verb.lemma_.casefold()
            if lemma in _REFUSING_VERBS and verb.pos_ == "VERB":
                return lemma != "rule" or any(
                    child.dep_ == "prt" and child.lower_ == "out" for child in verb.children
                )
            if _unwilling_to(verb):
                return True  # "appears unwilling to resume talks"
            if verb.dep_ == "xcomp" and verb.head.pos_ == "VERB":
                verb = verb.head  # "refused to resume talks"
            elif verb.dep_ == "pcomp" and verb.head.lower_ == "on":
                return _closes_door(verb.head.head)  # "the door on resuming talks"
            else:
                return False
        return False

    def _sequel_of(self, prep: Token, governor: Token) -> Token | None:
        """Return the verb of the meeting a meeting noun is told to follow or precede.

        "will hold a summit with the GCC, followed by a meeting with Li": a participle of
        sequence with no subject of its own hangs the second meeting on the verb of the
        first (whatever noun the parser hangs the participle on), whose subject meets Li
        too. Only when that verb holds or is a meeting ("held talks", "met Xi, followed by
        a dinner with ...").
        """
        if not (
            prep.dep_ == "agent"
            and governor.lemma_.casefold() in ("follow", "precede")
            and governor.tag_ == "VBN"
            and governor.dep_ in ("acl", "advcl")
            and not any(c.dep_ in SUBJECT_DEPS for c in governor.children)
        ):
            return None
        above = governor.head
        while above.pos_ not in ("VERB", "AUX") and above.head is not above:
            above = above.head
        if above.pos_ not in ("VERB", "AUX"):
            return None
        lemma = above.lemma_.casefold()
        if lemma in self.lex.support_verbs or self.trigger_kind(above) is not None:
            return above
        return None

    def _visit_around(self, noun: Token, frame: Token, preposition: str, verb: Token) -> bool:
        """Whether a visit is told as the time a meeting's verb falls in, by its visitor.

        "received Thongsavanh in Hanoi on October 14, as part of the latter's official visit
        to Vietnam", "met Xi during Macron's state visit": the meeting is one part of the
        visit, which is told apart, of whose it names; not "welcomed Xi to Paris for a state
        visit", the visit the reception is, nor a visit during which something else is done
        ("clasps a man ... during Ryan's visit": who does it is at the visit).
        """
        if self.lex.nouns.get(noun.lemma_.casefold()) is not MeetingKind.VISIT:
            return False
        if self.trigger_kind(verb) is None:
            return False
        within = preposition == "during" or (
            preposition == "as" and frame.i != noun.i and frame.lemma_.casefold() == "part"
        )
        # and a meeting of its own: who receives or meets is someone the text names ("The
        # Pope received Meloni ..., as part of the latter's visit", with no actor for the
        # Pope, is the visit)
        named = any(self.r.actor(c) is not None for c in verb.children if c.dep_ in SUBJECTS)
        return within and named and any(child.dep_ == "poss" for child in noun.children)

    def _thanker_meant(self, verb: Token, obj: Token) -> Token:
        """Return who a pronoun object of a gerund after "for" is: the one who thanks.

        "Opoku-Agyemang thanked Tinubu for receiving her", "Modi thanked Zelensky for meeting
        him": the pronoun is not the one thanked (that would be "himself"), but the subject.
        """
        if (
            obj.lower_ in ("him", "her", "them")
            and verb.tag_ == "VBG"
            and verb.dep_ == "pcomp"
            and verb.head.lower_ == "for"
        ):
            subject = next(
                (c for c in verb.head.head.children if c.dep_ == "nsubj" and c.i < verb.i), None
            )
            if subject is not None:
                return subject
        return obj

    # -- "on the sidelines of" -----------------------------------------------------------

    def sideline_mention(self, noun: Token) -> Mention | None:
        """Read "On the sidelines of the summit, Biden and Xi discussed trade": they met."""
        if noun.dep_ != "pobj" or noun.head.lower_ not in ("on", "at"):
            return None
        governor = noun.head.head
        if governor.pos_ not in ("VERB", "AUX") or self.trigger_kind(governor) is not None:
            return None
        if self._negated(governor):
            return None
        told = [
            noun
            for child in governor.children
            for noun in (child, *children_with(child, "pobj"))
            if noun.pos_ == "NOUN" and self.trigger_kind(noun) is not None
        ]
        if told:
            return None  # "held talks on the margins of the summit": the talks are the meeting
        who = Who()
        for doer in self.r.doers(governor):
            self.r.take(who, doer)
        for partner in prep_objects(governor, "with"):
            self.r.take(who, partner, animate_only=True)
        if governor.lemma_.casefold() in self.lex.contact_verbs:
            for obj in direct_objects(governor):
                # "told reporters on the sidelines of the event": a word to the press
                if obj.lemma_.casefold() not in self.lex.press_nouns:
                    self.r.take(who, obj, animate_only=True)
        if len(who.ids) < 2:
            return None
        return Mention(
            trigger=noun,
            kind=MeetingKind.MEETING,
            participants=who.ids,
            attended=True,
            scope=governor,
            anchor=governor,
        )


# Verbs of hosting that say who leads a meeting, not where it is: "chaired by Britain".
_LEADING_VERBS = frozenset({"chair", "co-chair", "lead", "moderate", "preside"})
# Verbs of a third party that brings the sides of talks together, taking part in them
_MEDIATING_VERBS = frozenset({"mediate", "broker", "facilitate"})


def _hyphenated(token: Token) -> str:
    """Return the hyphenated word ``token`` is part of, in lower case ("semi-final")."""
    doc = token.doc
    start = end = token.i
    while (
        start > 0
        and not doc[start - 1].whitespace_
        and "-" in (doc[start - 1].text, doc[start].text)
    ):
        start -= 1
    while (
        end + 1 < len(doc)
        and not doc[end].whitespace_
        and "-" in (doc[end].text, doc[end + 1].text)
    ):
        end += 1
    return doc[start : end + 1].text.casefold()


def _is_the_two(token: Token) -> bool:
    """Whether ``token`` is the "two" of "the two" ("the two met", "between the two").

    Also "The two last met in Seoul", parsed with "last" the subject and "the two" its
    modifiers.
    """
    if token.lower_ == "last" and token.dep_ == "nsubj":
        two = next((c for c in token.children if c.dep_ == "nummod" and c.lower_ == "two"), None)
        return two is not None and any(
            c.dep_ == "det" and c.lower_ == "the" for c in (*token.children, *two.children)
        )
    return token.lower_ == "two" and any(
        c.dep_ == "det" and c.lower_ == "the" for c in token.children
    )


# Verbs of a deal between companies whose other party is the one talks are held with
_DEAL_VERBS = frozenset({"acquire", "buy", "purchase", "merge", "combine", "take", "sell"})
# Nouns a company is called by before its name: "the Finnish wind developer Aurora Tuuli" is
# a company even where the model takes the name for a person's.
_COMPANY_NOUNS = frozenset(
    {
        "company", "firm", "group", "developer", "maker", "chipmaker", "carmaker", "automaker",
        "operator", "lender", "bank", "insurer", "utility", "retailer", "startup", "start-up",
        "producer", "miner", "carrier", "airline", "brewer", "manufacturer", "supplier",
        "provider", "rival", "competitor", "distributor", "owner", "conglomerate", "unit",
        "subsidiary",
    }
)  # fmt: skip


# Nouns of a deal between companies that talks are about: the company it is made "with" is
# the other side of the talks; for a takeover, also the company taken over ("of")
_DEAL_NOUNS = frozenset(
    {
        "merger", "tie-up", "combination", "alliance", "partnership",
        "venture", "deal", "takeover", "acquisition", "purchase", "buyout",
    }
)  # fmt: skip
_TAKEOVER_NOUNS = frozenset({"takeover", "acquisition", "purchase", "buyout"})


def _deal_targets(noun: Token) -> list[Token]:
    """Return the companies a deal the talks are about is made with.

    "in advanced talks to acquire Baltic Ferries", "in talks to merge with Kattegat Line",
    "in talks to buy a stake in Nordlys": the other party of the talks; not "talks to end
    the war", whose object is what the talks are for.
    """
    targets: list[Token] = []
    for clause in children_with(noun, "acl", "relcl"):
        lemma = clause.lemma_.casefold()
        if lemma not in _DEAL_VERBS or not any(
            aux.dep_ == "aux" and aux.lower_ == "to" for aux in clause.children
        ):
            continue
        if lemma == "take" and not any(
            p.dep_ == "prt" and p.lower_ == "over" for p in clause.children
        ):
            continue
        objects = [c for c in clause.children if c.dep_ == "dobj"]
        if lemma == "sell":
            # "in talks to sell its healthcare unit to Philips": the buyer, not what is sold
            targets += [
                buyer
                for prep in clause.children
                if prep.dep_ in ("dative", "prep") and prep.lower_ == "to"
                for buyer in children_with(prep, "pobj")
                if buyer.ent_type_ == "ORG" or _called_a_company(buyer)
            ]
            continue
        targets += [company for obj in objects for company in _companies_named(obj)]
        shares = [
            obj
            for obj in objects
            if obj.lemma_.casefold() in ("stake", "share", "holding", "unit", "business")
        ]
        # the parser may hang "in Nordlys" on the verb
        holders = [*shares, clause] if shares else []
        targets += [
            owner
            for holder in holders
            for owner in prep_objects(holder, "in", "of")
            if owner.ent_type_ == "ORG"
        ]
        targets += [p for p in prep_objects(clause, "with") if p.ent_type_ == "ORG"]
    for deal in prep_objects(noun, "about", "on", "over", "for"):
        # "held talks about a merger with Baltic Grid", "talks on a takeover of Kattegat
        # Line": the company the deal is made with is the other side of the talks
        lemma = deal.lemma_.casefold()
        if lemma not in _DEAL_NOUNS:
            continue
        preps = ("with", "of", "by") if lemma in _TAKEOVER_NOUNS else ("with",)
        for company in prep_objects(deal, *preps):
            targets += _companies_named(company)
    return targets


def _each_side(token: Token) -> bool:
    """Whether ``token`` heads "each delegation", "either party": the sides of talks in turn.

    Not "both delegations", which names the two sides told before together.
    """
    return token.lemma_.casefold() in _EACH_SIDE_NOUNS and any(
        child.dep_ in ("det", "predet") and child.lower_ in ("each", "either")
        for child in token.children
    )


def _held_as_subject(noun: Token) -> bool:
    """Whether a noun is the subject of the verb of its course: held or taking place.

    "The 76th FIFA Congress will be held in Vancouver", "The congress takes place in May",
    "The Munich Security Conference is scheduled to be held in February": a gathering, not
    an organisation that acts.
    """
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = noun.head
    # "is scheduled to take place", "is due to be held": the course under the plan
    verbs = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
    for course in verbs:
        if any(w.lower_ in ("every", "each") for c in course.children for w in c.subtree):
            return False  # "takes place in Davos every January": a custom, not one gathering
        lemma = course.lemma_.casefold()
        passive = any(c.dep_ == "auxpass" for c in course.children)
        if lemma == "hold" and (passive or course is not verb):
            return True
        if lemma == "take" and any(
            c.dep_ == "dobj" and c.lower_ == "place" for c in course.children
        ):
            return True
    return False


def _companies_named(company: Token) -> list[Token]:
    """Return the company a deal's object names: itself, or the name set beside its noun.

    "Baltic Ferries", "the wind developer Aurora Tuuli"; "the insurer Kolding Mutual", "the
    Norwegian feeder operator Fjordline Cargo": the name the parser sets in apposition to
    the company noun.
    """
    if company.pos_ == "NOUN" and company.lemma_.casefold() in _COMPANY_NOUNS:
        return [c for c in children_with(company, "appos") if c.ent_type_ == "ORG"]
    if company.ent_type_ == "ORG" or _called_a_company(company):
        return [company]
    return []


def _called_a_company(name: Token) -> bool:
    """Whether a name is told as a company's: "the wind developer Aurora Tuuli".

    The company noun comes before the name in the same phrase, or after it, set off by a
    comma ("Aurora Tuuli, a wind developer").
    """
    if name.pos_ != "PROPN":
        return False
    return any(
        child.dep_ in ("compound", "appos")
        and child.pos_ == "NOUN"
        and child.lemma_.casefold() in _COMPANY_NOUNS
        for child in name.children
    )


def _closes_door(verb: Token) -> bool:
    """Whether ``verb`` closes a door ("slammed the door", "shut the door"): a refusal."""
    return verb.lemma_.casefold() in _DOOR_VERBS and any(
        child.dep_ == "dobj" and child.lemma_.casefold() == "door" for child in verb.children
    )


def _walked_out(verb: Token) -> bool:
    """Whether a verb says its subject left a meeting in protest ("walked away", "stormed out")."""
    return verb.lemma_.casefold() in ("walk", "storm") and any(
        child.lower_ in ("away", "out") for child in verb.children
    )
