"""Where, when and whether a meeting took place: location, date and status.

Internal to :mod:`newsevents.meetings`: :class:`Circumstances` completes each
:class:`~newsevents.meetings._reader.Mention` with the place it is "in" or "at" (and that
place's country), the date phrase that modifies it (resolved by :mod:`newsevents.dates`), and
its status from tense, modality and the verbs that govern it ("will meet", "plans to visit",
"cancelled the talks").

>>> from newsevents import load_pipeline
>>> from newsevents.meetings._reader import DocumentReader
>>> from newsevents.meetings import MeetingLexicon
>>> doc = load_pipeline()("Kerry met Li at the Great Hall of the People in Beijing.")
>>> where = Circumstances(DocumentReader(doc, MeetingLexicon.load()))
>>> place = doc[6]
>>> where.is_place(place), where.location_at(place).name, where.location_at(place).country
(True, 'Great Hall of the People', 'CHN')
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from datetime import date, timedelta
from typing import Any

import attrs
import numpy as np
from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newsevents._arrays import found_in, id_array
from newsevents._doctext import doc_text
from newsevents._syntax import SUBJECT_DEPS, doc_children
from newsevents.countries import country_code
from newsevents.dates import (
    DAY_PHRASES,
    NUMBER_WORDS,
    WEEKDAYS,
    YEAR,
    day_of_month,
    is_weekday,
    resolve_date,
    resolve_period,
)
from newsevents.meetings._reader import (
    NAME_LABELS,
    OBJECTS,
    REPORTING_VERBS,
    SUBJECTS,
    DocumentReader,
    Mention,
    cancels,
    char_span,
    children_with,
    compound_name,
    direct_objects,
    hosting_clauses,
    place_country,
    prep_objects,
    pulled_out_of,
    token_span,
    verb_read_as_noun,
)
from newsevents.model import Location, MeetingStatus, Span
from newsevents.paragraphs import paragraph_starts
from newsevents.places import PLACE_LABELS, city_country

__all__ = ["Circumstances"]

# Words of places apart, none of them the one place of a meeting: "in separate rooms".
_APART_WORDS = frozenset({"separate", "different", "adjoining", "adjacent"})
# "could take place", "said they would meet": not yet held.
_FUTURE_AUX = {
    "will", "shall", "'ll", "wo", "’ll", "could", "may", "might", "would", "should", "must",
}  # fmt: skip
# Conjunctions of a condition: "if", "unless"; what may happen is not told as having happened.
_CONDITION_MARKS = frozenset({"if", "unless", "provided", "providing"})
_PROGRESSIVE_BE = {"is", "are", "am", "'s", "'re", "’s", "’re"}
# Conjunctions of a time clause: "when", "once", "after", "before", "as", "while", "until".
_TIME_MARKS = {"when", "once", "after", "before", "as", "while", "until", "whenever"}
# A bare weekday, or one said to be ahead: "Friday", "on Friday", "next Monday".
_WEEKDAY_AHEAD = re.compile(
    r"(?:on\s+)?(?:next\s+|this\s+|coming\s+)?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?:\s+and\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))?",
    re.IGNORECASE,
)


# Verbs of settling a meeting that, negated, leave it possible ("has not been confirmed").
_UNSETTLED = frozenset({"confirm", "finalize", "finalise", "announce"})
# Words of how likely a meeting is, said of it: one still to come ("looks unlikely").
_PROSPECTS = frozenset(
    {"likely", "unlikely", "possible", "impossible", "uncertain", "doubtful", "probable"}
)
# Verbs of ending a meeting: its date given with them is its last day ("wrapped up on Friday").
ENDING_VERBS = frozenset({"wrap", "conclude", "end", "close", "finish", "complete"})
# Prepositions of time whose gerund happens in the time of the clause it hangs on.
_GERUND_TIMES = frozenset({"before", "after", "while", "when", "until", "upon", "on"})
# Verbs whose "to" names where someone is brought or asked to come, besides those of travel.
_BRINGING_VERBS = frozenset({"invite", "bring", "take", "summon", "call", "move", "rush", "visit"})


# Verbs that move a meeting to another place: "was moved to Moscow".
_RELOCATING_VERBS = frozenset({"move", "relocate", "shift", "switch", "transfer"})
# The prepositions of the day a meeting is moved to: "postponed until March 3"
_MOVED_TO = frozenset({"to", "until", "till", "for", "into"})


def _course_misread(phrase: Token) -> Token | None:
    """Return the verb of the talks' course the parser hung inside their own phrase.

    "The fifth round of talks between the EU and Mercosur on a services chapter ended in
    Brussels on Friday": the finite verb ("ended", tagged as a past tense, not as a participle)
    is read as a clause of "chapter", though its subject is the round; the place and the day
    hang on it.
    """
    if phrase.dep_ in SUBJECTS:
        return None
    for token in phrase.subtree:
        if (
            token.dep_ == "acl"
            and token.tag_ == "VBD"
            and token.head.i != phrase.i
            and token.lemma_.casefold() in ENDING_VERBS | _COURSE_VERBS
            and not any(child.dep_ in SUBJECTS for child in token.children)
        ):
            return token
    return None


def _framed_before(trigger: Token) -> bool:
    """Whether a trigger noun is the object of "before", "ahead of" or "prior to"."""
    if trigger.dep_ != "pobj":
        return False
    prep = trigger.head
    if prep.lower_ == "before":
        return True
    return prep.lower_ in ("of", "to") and prep.head.lower_ in ("ahead", "prior")


def told_in_passing(trigger: Token) -> bool:
    """Whether a meeting verb is a gerund after "after", "before" or "since".

    "A day after meeting Netanyahu, Rubio flew to Riyadh": the time of something else, not
    its place or day.
    """
    return (
        trigger.tag_ == "VBG"
        and trigger.dep_ == "pcomp"
        and trigger.head.lower_ in ("after", "before", "since")
    )


# Words of a plan that, after "was" or "were", tell one made for a day now past: "was due
# to meet on Saturday".
_PAST_PLAN_WORDS = frozenset({"due", "supposed", "slated"})
# Words that turn from a plan to what happened instead: "was due to meet ..., but".
_TURNING_WORDS = frozenset({"but", "however", "instead", "until", "before"})
# Verbs in the past that tell a meeting as held: "Their meeting ended abruptly".
_HELD_VERBS = frozenset({"end", "last", "conclude", "begin", "start", "agree", "sign"})
# The parts of a day: "on the morning of 9 July", "In the evening, the delegation ...".
PARTS_OF_DAY = frozenset({"morning", "afternoon", "evening", "night", "lunchtime", "midday"})
# Verbs whose day, told before the infinitive of the meeting, is their own: "invited X on
# Monday to visit", "agreed on Thursday to meet".
_OFFER_VERBS = frozenset(
    {"invite", "agree", "decide", "announce", "propose", "ask", "urge", "accept", "offer"}
)
# Verbs of a plan that take a clause, never a meeting as their object: "hopes the talks ...".
_CLAUSE_PLANS = frozenset({"hope", "wish"})
# Verbs that set one meeting beside another: "The visit follows a state visit by ...".
_SEQUENCE_VERBS = frozenset({"follow", "precede", "mirror", "echo", "replace", "succeed"})
# Verbs of a meeting's start, whose day is the meeting's: "talks are due to begin", "to
# resume" (not "set to close on Sunday": the last day of one that began before).
_COURSE_VERBS = frozenset({"begin", "start", "resume", "open"})
# Prepositions that time one event by another: "ahead of the Congress", "after the summit".
_EVENT_FRAMES = frozenset({"before", "after", "following"})


def framed_apart(trigger: Token) -> bool:
    """Whether a trigger noun names a meeting before or after the clause's event.

    "hosted Macron before a European Union summit", "met after the talks": the meeting is
    another one than the clause's.
    """
    if trigger.dep_ != "pobj":
        return False
    if _framed_before(trigger):
        return True
    return trigger.head.lower_ in ("after", "following", "since")


def _below_reports(chain: Sequence[Token], trigger: Token) -> list[Token]:
    """Return the verbs of ``chain`` below the first one that reports the meeting.

    A verb reports it when it takes the meeting's clause ("said ... he would meet") or, as
    a verb of reporting, the meeting noun ("Bloomberg first reported the talks on Monday").
    """
    for index, verb in enumerate(chain):
        if index == 0:
            if verb.i != trigger.i and verb.lemma_.casefold() in REPORTING_VERBS:
                return []
            continue
        below = chain[index - 1]
        if below.dep_ == "ccomp" and below.head.i == verb.i:
            return list(chain[:index])
    return list(chain)


#: Subordinators of a clause that happens while its main clause does.
_WHILE_MARKS = frozenset({"as", "while", "when"})
#: Pronouns that take up the subject of the clause before.
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we"})


def _while_they(clause: Token) -> bool:
    """Whether an adverbial clause tells, of the main clause's subject, what it did then.

    "Zuckerberg faced questioning on Wednesday as he testified before the committee": the
    pronoun takes up the subject, and the clause is set in the main clause's time.
    """
    return (
        clause.dep_ == "advcl"
        and clause.i > clause.head.i
        and any(c.dep_ == "mark" and c.lower_ in _WHILE_MARKS for c in clause.children)
        and any(c.dep_ == "nsubj" and c.lower_ in _SUBJECT_PRONOUNS for c in clause.children)
        and any(c.dep_ == "nsubj" for c in clause.head.children)
    )


#: Participles that tell what a meeting is awaited for ("a vote expected at the meeting").
_AWAITED_PARTICIPLES = frozenset({"expect", "plan", "schedule", "slate"})


def _lemma(verb: Token, known: AbstractSet[str]) -> str:
    """Return a verb's lemma, mended where the lemmatizer cut a form ("hoped", "hopes": "hop").

    The past form less its "d" or "ed", or the present one less its "s" or "es", when that is
    a verb of ``known`` and the lemma is not.
    """
    lemma: str = verb.lemma_.casefold()
    word: str = verb.lower_
    if lemma in known:
        return lemma
    past = verb.tag_ in ("VBD", "VBN") and word.endswith("ed")
    present = verb.tag_ == "VBZ" and word.endswith("s")
    if not (past or present):
        return lemma
    for stem in (word[:-1], word[:-2]):
        if stem in known:
            return stem
    return lemma


def _looked_forward_to(event: Token) -> bool:
    """Whether ``event`` is looked forward to: "looks forward to meeting Ishiba"."""
    preposition = event.head
    if event.dep_ not in ("pcomp", "pobj") or preposition.lower_ != "to":
        return False
    verb = preposition.head
    return verb.lemma_.casefold() in ("look", "looking") and any(
        child.lower_ == "forward" for child in verb.children
    )


def _said_when(verb: Token, ent: SpacySpan) -> bool:
    """Whether a date the parser hung on a reported clause dates the report instead.

    "Trump said on Tuesday he would like to meet Kim": "on Tuesday", between the reporting
    verb and the clause's subject, is when he said it.
    """
    if verb.dep_ != "ccomp" or verb.head.i > ent.start:
        return False
    if verb.head.lemma_.casefold() not in REPORTING_VERBS:
        return False
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    return subject is not None and ent.end <= subject.i


def _clause_verb(token: Token) -> Token | None:
    """Return the verb a phrase hangs on through prepositions ("to X for a summit of Y")."""
    for _ in range(4):
        if token.dep_ == "dobj" and token.head.pos_ in ("VERB", "AUX"):
            return token.head  # "to visit the plant near Calama, where"
        if token.dep_ != "pobj":
            return None
        token = token.head.head
        if token.pos_ in ("VERB", "AUX"):
            return token
    return None


def _inside_name(head: Token, prep: Token) -> bool:
    """Whether a preposition's phrase is part of the name of a place it follows.

    "the Department for Transport", "the Office for National Statistics": the phrase lies
    inside the name the model tagged, and names nothing of its own (not "the Great Hall of
    the People in Beijing", a place in another, whatever the model tagged).
    """
    words = list(prep.subtree)
    if prep.lower_ in ("in", "at", "near", "outside", "inside") or any(
        word.ent_type_ == "GPE" or country_code(word.text) is not None for word in words
    ):
        return False
    return (
        bool(head.ent_type_)
        and all(word.ent_iob_ == "I" and word.ent_type_ == head.ent_type_ for word in words)
        and any(word.pos_ == "PROPN" for word in words)
    )


def _titled_owner(owner: Token, place: Token) -> bool:
    """Whether a possessor is part of a place's name: "the Prime Minister's Office".

    A capitalised possessor that names no one (no entity), before a capitalised place;
    one in the place's own entity ("[the Hennepin County Attorney's Office]"); or a saint
    ("St. Peter's Basilica").
    """
    words = [
        token for token in owner.subtree if token.dep_ not in ("case", "det") and not token.is_punct
    ]
    if not place.is_title or not words:
        return False
    first = min(word.i for word in words)
    doc = place.doc
    if doc[first].lower_ in ("st.", "st", "saint"):
        return True  # "St. Peter's Basilica", "Saint Paul's Cathedral": a saint's place
    if place.ent_iob_ == "I" and all(doc[i].ent_iob_ == "I" for i in range(first + 1, place.i)):
        return doc[first].ent_iob_ in ("B", "I")  # one entity from the owner to the place
    return not owner.ent_type_ and all(word.is_title and not word.ent_type_ for word in words)


def _where_word(clause: Token) -> Token | None:
    """Return the "where" that opens a clause, also one hung on the verb below it.

    "next week, where he is expected to meet": "where" hangs on "meet", below "expected".
    """
    verbs = [clause, *(c for c in clause.children if c.dep_ == "xcomp")]
    return next(
        (c for v in verbs for c in v.children if c.lower_ == "where" and c.i < clause.i), None
    )


def _opened_by_preposition(clause: Token) -> bool:
    """Whether a relative clause's pronoun is a preposition's: "during which", "at which".

    Such a clause tells what happened at the meeting ("talks, during which both sides agreed
    to boost trade") or who went to it ("the conference, to which Russia was not invited",
    or with the preposition left at the end, "which Russia was not invited to"), not that
    the meeting is planned.
    """
    return any(
        child.dep_ == "prep"
        and (
            child.i < clause.i
            or not any(c.dep_ == "pobj" and c.i > child.i for c in child.children)
        )
        and any(c.dep_ == "pobj" and c.lower_ in ("which", "whom") for c in child.children)
        for child in clause.children
    )


def _where_trip(clause: Token) -> list[Token]:
    """Return the verb of the trip a "where" clause hangs on, if any.

    "will travel to Ankara next week, where he is expected to meet Erdogan": "travel",
    whose time is the meeting's; the clause may hang on the verb or on the place.
    """
    if clause.dep_ not in ("advcl", "relcl") or _where_word(clause) is None:
        return []
    if clause.dep_ == "advcl":
        # "is due to visit Buenos Aires next month, where he will meet Caputo": the trip is
        # the verb below the one the clause hangs on
        trip = [clause.head]
        for _ in range(2):
            below = next(
                (c for c in trip[-1].children if c.dep_ in ("acomp", "xcomp") and c.i < clause.i),
                None,
            )
            if below is None:
                break
            trip.append(below)
        return trip
    if clause.dep_ == "relcl":
        verb = _clause_verb(clause.head)
        return [verb] if verb is not None else []
    return []


# Participles that say who a delegation is ("a delegation led by X"), not what it did.
_LEADING_VERBS = frozenset({"lead", "head", "accompany", "include"})
# Nouns of a text agreed at talks, which are nowhere themselves: "talks on a free trade
# agreement in Brussels" were held in Brussels.
_INSTRUMENT_NOUNS = frozenset({"agreement", "deal", "treaty", "accord", "pact", "contract"})
# Words of a deal that holds somewhere ("a ceasefire deal in Gaza"): its place is what it
# is about, not where it is talked over.
_LOCAL_DEAL_WORDS = frozenset(
    {"ceasefire", "cease", "truce", "peace", "hostage", "security", "border", "prisoner"}
)
# Words for a day that the model may leave untagged: "met Lula today".
_DAY_WORDS = frozenset({"today", "yesterday", "tomorrow", "tonight"})


class Circumstances:
    """Reads where, when and whether the meeting of a mention took place."""

    def __init__(self, reader: DocumentReader) -> None:
        """Read with ``reader``'s document and lexicon."""
        self.r = reader
        self.lex = reader.lex
        self._dates: list[Any] | None = None  # the document's DATE entities, read once
        # the day each date phrase that dated a meeting resolved to, by its first token
        self._told_days: dict[int, str] = {}
        # where each paragraph starts, and the chronology entries' dates by their paragraph
        self._entries: tuple[list[int], dict[int, SpacySpan]] | None = None

    def complete(self, mention: Mention) -> None:
        """Fill in the location, date and status of a mention."""
        trigger = mention.trigger
        clause = mention.anchor if mention.anchor is not None else mention.scope
        part = self.part_of(trigger)
        if (
            (clause is None or clause is trigger)
            and part is not None
            and part.dep_ in SUBJECTS
            # not an infinitive the parser gave a subject ("made a round of calls to discuss")
            and not any(c.lower_ == "to" and c.dep_ == "aux" for c in part.head.children)
        ):
            clause = part.head  # "The next round of negotiations is scheduled for May 28"
        elif clause is None or clause is trigger:
            clause = _course_misread(part if part is not None else trigger) or clause
        chain = self._verb_chain(clause if clause is not None else trigger)
        subject = part if part is not None and part.dep_ in SUBJECTS else trigger
        if subject.dep_ in SUBJECTS and chain[0].i == subject.head.i:
            # "Talks ... are scheduled to begin on Wednesday in Wolfsburg", "A new round of
            # talks is expected to take place in Doha next week": the day and the place
            # hang on the verb of the talks' course below the one they are subject of
            course = self._course_below(chain[0])
            if course is not None:
                chain = [course, *chain]
        decided = self._decided_at(trigger, chain)
        if decided:
            chain = chain[decided:]
        # Where and when the meeting is: not where or when it was reported ("Biden said on
        # Monday he would meet Xi", "Peskov told reporters in Moscow that ... talks").
        near = _below_reports(chain, trigger)
        if told_in_passing(trigger) or framed_apart(trigger) or self._set_beside(trigger):
            # "After meeting Netanyahu, Rubio flew to Riyadh", "Shares rose in New York after
            # the meeting": the clause is of something else, not there nor then
            near = [trigger]
        if mention.location is None:
            mention.location = (
                self._relocated(trigger) or self.find_location(trigger, near) or mention.where_held
            )
        if mention.location is not None and mention.location.country is None:
            country = self._venue_country(mention, mention.location, trigger)
            if country is not None:
                mention.location = attrs.evolve(mention.location, country=country)
        # "before a European Union summit later this week", "ahead of EU summit": what is
        # done before the meeting says nothing of whether the meeting has been held
        before = _framed_before(trigger)
        status = None if before else self._grammatical_status(mention, self._tense_chain(chain))
        # "Macron travels to China on Friday": the present tense with a weekday is ahead.
        # "Scholz is hosting Macron on Friday": the progressive with a day is ahead too.
        ahead = status in (MeetingStatus.PLANNED, MeetingStatus.ONGOING) or (
            status is None and any(verb.tag_ in ("VBZ", "VBP") for verb in chain)
        )
        if status is MeetingStatus.PLANNED and (
            any(
                child.dep_ == "aux" and child.lower_ in ("had", "'d")
                for verb in chain
                for child in verb.children
            )
            or (
                any(verb.lower_ in _PAST_PLAN_WORDS and verb.head.tag_ == "VBD" for verb in chain)
                # not "was due to visit the plant, where he will be hosted": still ahead
                and not any(
                    token.dep_ == "aux" and token.lower_ in _FUTURE_AUX
                    for token in self.r.sentence(trigger)
                )
                # "was supposed to meet", or "was due to meet ..., but": what did not happen
                # (not "Zelenskiy was due to meet Harris on Thursday": wire copy's tense for
                # the plan that stands)
                and (any(verb.lower_ == "supposed" for verb in chain) or self._plan_undone(trigger))
            )
        ):
            # "had been expected to meet on Friday", "was due to meet Starmer on Saturday, but
            # ...": a plan of the past, for a day past
            ahead = False
            mention.past_plan = True
        entry = self._timeline_entry(trigger)
        historical = (
            entry is not None
            and not any(
                child.lower_ in _FUTURE_AUX and child.dep_ == "aux"
                for verb in (trigger, *chain)
                for child in verb.children
            )
            and not self._list_ahead(entry)
        )
        if historical and status in (None, MeetingStatus.PLANNED, MeetingStatus.ONGOING):
            # "March 3: Government and ELN delegations meet secretly in Caracas", an entry of
            # a chronology: the present tells what happened on the day it opens with
            status, ahead = None, False
        # "a meeting scheduled for next week": the date may hang on a clause of the noun,
        # "a meeting ... that had been scheduled for Thursday" (which the parser may hang on
        # the last one met, who cannot be scheduled)
        clauses = list(children_with(trigger, "acl")) if trigger.pos_ == "NOUN" else []
        if part is not None:
            clauses += children_with(part, "acl")  # "The previous round of talks, held in"
        scheduled: list[Token] = []
        holders: list[Token] = []
        if trigger.pos_ == "NOUN":
            holders = [trigger]
            for partner in prep_objects(trigger, "with", "between", "of"):
                holders += [partner, *partner.conjuncts]
            scheduled = [
                clause
                for holder in holders
                for clause in holder.children
                if clause.dep_ in ("relcl", "acl")
                and clause.lower_ in self.lex.schedule_words
                and clause not in clauses
            ]
        clauses += scheduled
        # "a planned meeting with FIFA officials that was due to take place in Madrid on
        # Monday": where and when it was to happen
        due = [
            verb
            for holder in holders
            for clause in holder.children
            if clause.dep_ in ("relcl", "acl") and clause.lemma_ == "be"
            for acomp in children_with(clause, "acomp")
            if acomp.lower_ == "due"
            for verb in children_with(acomp, "xcomp")
            if self.r.happening(verb)
        ]
        clauses += due
        # "A meeting ..., announced in October, was shelved": when it was announced or agreed,
        # not when it was to be ("announced for Friday" is)
        clauses = [
            clause
            for clause in clauses
            if clause.lemma_.casefold() not in _OFFER_VERBS or prep_objects(clause, "for")
        ]
        # "a meeting, scheduled to take place on Friday": or on what the plan says
        clauses += [
            verb
            for clause in clauses
            if clause.lemma_.casefold() in self.lex.planning_verbs
            for verb in children_with(clause, "xcomp")
        ]
        # "a meeting ..., set for this weekend in Winnipeg": the clauses of the plan
        scheduled = [clause for clause in clauses if clause.lower_ in self.lex.schedule_words]
        scheduled += due
        if mention.location is None:
            # "a meeting between Hegseth and Dong Jun, which had been pencilled in for
            # December in Kuala Lumpur": or where the clause of the plan puts it
            mention.location = next(
                (
                    self.location_at(place)
                    for clause in scheduled
                    for place in prep_objects(clause, "in", "at")
                    if self.is_place(place)
                ),
                None,
            )
        # "A planned meeting on Tuesday was called off" (on a Monday), "A planned meeting on
        # Sunday was cancelled after Lee decided to return home": the nearer of the days
        nearest = False
        if status is MeetingStatus.CANCELLED:
            # "will not take place on Friday": the day called off is still ahead
            verbs = (*chain, trigger.head)
            planned = {
                child.dep_
                for child in trigger.children
                if child.lower_ in self.lex.planned_modifiers
            }
            ahead = (
                any(aux.lower_ in _FUTURE_AUX for v in verbs for aux in v.children)
                # "A meeting ... on Saturday has been called off": news of a day to come (not
                # "The strike has been called off after talks on Monday")
                or (
                    trigger.dep_ in ("nsubjpass", "dobj")
                    and any(
                        aux.dep_ == "aux" and aux.lower_ in ("has", "have")
                        for aux in trigger.head.children
                    )
                )
                # "cancelled a meeting scheduled for Tuesday": the day it was set for
                or "acl" in planned
                or bool(scheduled)
                # "A meeting ... planned for Thursday has been called off", misread
                or self._misread_plan(trigger)
            )
            nearest = not ahead and "amod" in planned
        # "will not meet as planned on Friday": or on the plan
        clauses += [
            clause
            for verb in near
            for clause in children_with(verb, "advcl")
            if clause.lower_ in self.lex.schedule_words
        ]
        # "to dominate the City Council meeting on Monday": or on the verb of a bare object
        governing = self._tense_chain(near)[len(near) :] if near else []
        # "will travel to Ankara next week, where he is expected to meet": or on the trip
        trips = [verb for token in (trigger, *chain) for verb in _where_trip(token)]
        if mention.location is None:
            # "is due to visit Buenos Aires next month, where he will meet Caputo": there
            mention.location = next(
                (
                    found
                    for verb in trips
                    if verb.pos_ == "VERB" and (found := self._trip_place(verb)) is not None
                ),
                None,
            )
        moved = self._moved_by(trigger, near)
        if moved is not None:
            mention.moved = True
            # "The talks, originally scheduled for Saturday, were postponed": that day is
            # gone; only a day they are moved to ("postponed until March 3") dates them
            date_text, resolved, period = self._moved_to(moved)
            if status is not MeetingStatus.CANCELLED:
                status = MeetingStatus.PLANNED  # "has been put off indefinitely": not held
        else:
            dated = [*near, *clauses, *governing, *trips]
            if trigger.dep_ == "nsubjpass" and cancels(trigger.head, self.lex.cancel_verbs):
                # "A planned meeting ... was called off on Monday morning": when it was
                # called off, not when it was to be
                dated = [verb for verb in dated if verb.i != trigger.head.i]
            date_text, resolved, period = self._date(trigger, dated, ahead)
            if nearest and resolved is not None and date_text is not None:
                resolved = self._nearer_day(date_text.text, resolved)
            if entry is not None and (date_text is None or date_text.start == entry.start_char):
                date_text, resolved, period = self._entry_date(entry, historical)
            elif status is MeetingStatus.OCCURRED and resolved is not None:
                resolved = self._day_before(resolved, date_text)
        mention.date_text = date_text
        mention.date = resolved
        if (
            resolved is not None
            and date_text is not None
            # a run of days ("from November 29 to December 1") is no one day told
            and not _MONTHS_RANGE.match(date_text.text)
            and not _DAY_RANGE.search(date_text.text)
            and not _WEEKDAY_RANGE.match(date_text.text)
        ):
            start = trigger.doc.char_span(date_text.start, date_text.end, alignment_mode="expand")
            if start is not None:
                self._told_days[start.start] = resolved
        if period is not None and self.r.anchor is not None:
            first, last = period
            if status is None and first > self.r.anchor:
                status = MeetingStatus.PLANNED
            elif status is None and last < self.r.anchor:
                status = MeetingStatus.OCCURRED
            elif status is MeetingStatus.ONGOING and first > self.r.anchor:
                status = MeetingStatus.PLANNED  # "is hosting Macron on Friday"
        if status is None and date_text is not None and _later_in_story(date_text.text):
            # "Ruto's trip to Ghana later this month": what comes later in the time of the
            # story is still ahead, whatever the tense of the verb it is told with
            status = MeetingStatus.PLANNED
        if (
            status is None
            and self.r.anchor is None
            and any(v.tag_ in ("VBZ", "VBP") for v in chain)
            and self._weekday_ahead(trigger, chain)
        ):
            # "Ministers meet in Vienna Monday to set up a commission": with no date of the
            # document to set it against, a weekday in the present tense is still ahead
            status = MeetingStatus.PLANNED
        if status is None and before:
            if date_text is not None and (period is None or self.r.anchor is None):
                # "greets al-Jubeir before a meeting in Ankara, Oct. 15, 2015" (a caption):
                # a date that cannot be set against the document's says nothing either way
                status = self._grammatical_status(mention, chain)
            else:
                status = MeetingStatus.PLANNED  # news tells what leads up to a meeting
                mention.ahead_by_frame = True
        days = length_in_days(trigger)
        if (
            days is not None
            and resolved is not None
            and self.r.anchor is not None
            and status in (None, MeetingStatus.OCCURRED)
            # "wrapped up a two-day meeting on Friday": the day it ended
            and not any(verb.lemma_.casefold() in ENDING_VERBS for verb in chain)
        ):
            # "arrived on Monday for a three-day visit", told on Tuesday: still under way
            begun = date.fromisoformat(resolved)
            if begun <= self.r.anchor < begun + timedelta(days=days):
                status = MeetingStatus.ONGOING
        if (
            status in (None, MeetingStatus.OCCURRED)
            and resolved is not None
            and self.r.anchor is not None
            and date.fromisoformat(resolved) > self.r.anchor
        ):
            # "looks forward to welcoming Lee as a state guest from December 8 to 10", told
            # in November: a day after the document's is still ahead, whatever the verb
            status = MeetingStatus.PLANNED
        mention.status = status or MeetingStatus.OCCURRED

    def _day_before(self, resolved: str, date_text: Span | None) -> str:
        """Put a day of the month told without its year in the past when the verb is past.

        "held a summit in Hanoi on Feb 27", told in October: the February just gone, not
        the one ahead that is nearer; a day less than a month ahead is more likely that day
        (a report written ahead of its date, or a slip) than one a year back.
        """
        anchor = self.r.anchor
        if anchor is None or date_text is None or YEAR.search(date_text.text):
            return resolved
        day = date.fromisoformat(resolved)
        if day - anchor <= _NEAR_AHEAD or day_of_month(date_text.text) is None:
            return resolved
        try:
            return day.replace(year=day.year - 1).isoformat()
        except ValueError:  # February 29
            return resolved

    def _course_below(self, verb: Token) -> Token | None:
        """Return the infinitive of a meeting's start under ``verb``: "to begin", "to open".

        Also under the adjective of a plan the verb holds: "The talks are due to resume on
        Tuesday".
        """
        below = [
            *verb.children,
            *(
                child
                for adjective in children_with(verb, "acomp")
                if adjective.lemma_.casefold() in self.lex.planning_verbs
                for child in adjective.children
            ),
        ]
        for child in below:
            if (
                child.dep_ == "xcomp"
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
                and (
                    child.lemma_.casefold() in _COURSE_VERBS
                    or self.r.happening(child)
                    # "is scheduled to be held in Minsk": the meeting held, in the passive
                    or (
                        child.lemma_.casefold() in self.lex.support_verbs
                        and any(c.dep_ == "auxpass" for c in child.children)
                    )
                )
            ):
                return child
        return None

    def _decided_at(self, trigger: Token, chain: Sequence[Token]) -> int:
        """Return how many verbs of ``chain`` tell what was decided at the meeting, or 0.

        "agreed on Thursday to raise tariffs at a meeting in Brussels": the parser hangs the
        meeting on what was agreed, which is ahead; the meeting is when they agreed (the
        chain's verbs from "agreed" on). So too for the last of two things agreed ("agreed
        to expand cooperation and resume a swap line at a summit"), and for what they agreed
        after the meeting ("agreed on Tuesday to restore their embassies after talks in
        Riyadh"). Not "agreed to meet again at a summit" or "agreed to hold talks at a summit".
        """
        if len(chain) < 2 or trigger.pos_ != "NOUN" or trigger.dep_ != "pobj":
            return 0
        infinitive, first, at = chain[0], chain[0], 1
        if infinitive.dep_ == "conj" and len(chain) >= 3 and infinitive.head == chain[1]:
            first, at = chain[1], 2  # "to expand ... and resume ... at a summit"
        decided = chain[at]
        lex = self.lex
        decision = (
            trigger.head.lower_ in ("at", "during", "after", "following")
            and trigger.head.head == infinitive
            and first.dep_ == "xcomp"
            and first.head == decided
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in first.children)
            and infinitive.lemma_.casefold() not in lex.verbs
            and not (
                # "agreed to hold talks at a summit": the talks are what was agreed; but
                # "agreed to resume a currency swap line at a summit" was agreed there
                infinitive.lemma_.casefold() in lex.support_verbs
                and not any(
                    child.dep_ == "dobj" and child.lemma_.casefold() not in lex.nouns
                    for child in infinitive.children
                )
            )
            and decided.lemma_.casefold() in lex.decision_verbs
            and decided.tag_ in ("VBD", "VBN")
        )
        if not decision:
            return 0
        if any(child.lower_ in lex.planned_modifiers for child in trigger.children):
            return 0  # "at the next meeting"
        # "to sign the deal at a summit in Rome next month": a day of its own
        if any(token.ent_type_ == "DATE" for token in trigger.subtree if token.i > trigger.i):
            return 0
        return at

    def _trip_place(self, verb: Token) -> Location | None:
        """Return the place a trip goes to: "visit Buenos Aires", "travel to Ankara"."""
        places = [c for c in verb.children if c.dep_ == "dobj" and self.is_place(c)]
        places += [p for p in prep_objects(verb, "to", "in") if self.is_place(p)]
        return self.location_at(places[0]) if places else None

    def _moved_by(self, trigger: Token, near: Sequence[Token]) -> Token | None:
        """Return the verb that postpones the meeting, if any ("the talks were postponed")."""
        verbs = list(near)
        if trigger.dep_ in (*SUBJECTS, "dobj"):
            verbs.append(trigger.head)  # "postponed the talks", "the talks were delayed"
        # "The summit was scheduled to be held in Minsk on June 26 but was postponed"
        # (not one that postpones something else: "held talks and postponed the summit")
        verbs += [
            child
            for verb in verbs
            for child in verb.children
            if child.dep_ == "conj" and not any(c.dep_ == "dobj" for c in child.children)
        ]
        return next(
            (
                verb
                for verb in verbs
                if verb.pos_ in ("VERB", "AUX") and cancels(verb, self.lex.postpone_verbs)
            ),
            None,
        )

    def _relocated(self, trigger: Token) -> Location | None:
        """Return the place a meeting noun is moved to: "the summit was moved to Moscow".

        The place it was first set for ("planned for Minsk", "scheduled to be held in Minsk
        ... but was moved to Moscow", "relocated from Muscat to Rome") is gone. Only a verb
        the meeting (or its round) is the subject or object of moves it: "Putin met Xi and
        moved on to Shanghai" moves no meeting.
        """
        noun = trigger
        if noun.pos_ == "VERB":
            return None
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
            noun = noun.head.head  # "the next round of talks was moved to Doha"
        if noun.dep_ not in (*SUBJECTS, "dobj"):
            return None
        verbs = [noun.head]
        # "was scheduled to be held in Minsk but was moved to Moscow": a verb sharing it
        verbs += [
            conj
            for conj in children_with(noun.head, "conj")
            if not any(child.dep_ in SUBJECTS for child in conj.children)
        ]
        for verb in verbs:
            if verb.pos_ != "VERB" or verb.lemma_.casefold() not in _RELOCATING_VERBS:
                continue
            places = [place for place in prep_objects(verb, "to") if self.is_place(place)]
            if places:
                return self.location_at(places[0])
        return None

    def date_of_verb(
        self, verb: Token, ahead: bool = True
    ) -> tuple[Span | None, str | None, tuple[date, date] | None]:
        """Return the date phrase on a verb and what it resolves to.

        The time is one still ahead unless ``ahead`` is false.
        """
        return self._date(verb, [], ahead)

    def _moved_to(self, verb: Token) -> tuple[Span | None, str | None, tuple[date, date] | None]:
        """Return the date a meeting is moved to by ``verb``: "postponed until next month".

        Not the day it was moved on ("postponed the talks on Friday") and nothing for
        "postponed until further notice".
        """
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ in _MOVED_TO:
                found = self._date(prep, [], True)
                if found[0] is not None:
                    return found
        return None, None, None

    def _plan_undone(self, trigger: Token) -> bool:
        """Whether the trigger's sentence or the next one is past the plan.

        It turns from it ("but", "instead", a verb of cancelling) or tells the meeting as
        held ("..., where they discussed tariffs", "Their meeting ended abruptly").
        """
        sentence = self.r.sentence(trigger)
        doc = trigger.doc
        following = self.r.sentence(doc[sentence.end]) if sentence.end < len(doc) else None
        return any(
            token.lower_ in _TURNING_WORDS
            or token.lemma_.casefold() in self.lex.cancel_verbs
            or (
                token.tag_ == "VBD"
                and (
                    token.lemma_.casefold() in self.lex.discussion_verbs
                    or token.lemma_.casefold() in _HELD_VERBS
                )
            )
            for part in (sentence, following)
            if part is not None
            for token in part
        )

    def _weekday_ahead(self, trigger: Token, chain: Sequence[Token]) -> bool:
        """Whether a bare weekday ("Friday", "next Monday") dates the trigger or its verbs."""
        order = {token.i: rank for rank, token in enumerate([trigger, *chain])}
        if self._dates is None:
            self._dates = _date_entities(trigger.doc)
        sentence = self.r.sentence(trigger)
        return any(
            sentence.start <= ent.start
            and ent.end <= sentence.end
            and _WEEKDAY_AHEAD.fullmatch(ent.text) is not None
            and self._dated_head(ent.root, order) is not None
            for ent in self._dates
        )

    def _set_beside(self, trigger: Token) -> bool:
        """Whether the meeting is the subject of a verb that sets it beside another meeting.

        "The visit follows a state visit by the Dutch king to Indonesia in March 2020": the
        day and the place are the other visit's.
        """
        verb = trigger.head
        return (
            trigger.dep_ == "nsubj"
            and verb.lemma_.casefold() in _SEQUENCE_VERBS
            and any(
                obj.dep_ == "dobj" and obj.lemma_.casefold() in self.lex.nouns
                for obj in verb.children
            )
        )

    def _verb_chain(self, token: Token) -> list[Token]:
        """Return the trigger (or the verb governing a trigger noun) and the verbs above it.

        "is due to hold a meeting": hold, due, is; "flew to Berlin to meet": meet, flew.
        """
        chain = [token]
        current = token
        infinitive = token.head.head
        if (
            token.pos_ == "NOUN"
            and token.dep_ == "pobj"
            and token.head.lower_ == "with"
            and infinitive.pos_ == "VERB"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in infinitive.children)
        ):
            # "is keen to repeat the episode with a visit on Thursday": the visit is what
            # the infinitive will do, in its time
            current = infinitive
            chain.append(current)
        for _ in range(4):
            # "where he is expected to meet": "where" may hang on the verb below
            where = any(c.lower_ == "where" for verb in chain for c in verb.children)
            if current.dep_ == "relcl" and where:
                # "will travel to Guangzhou on Thursday, where she will hold talks": the
                # clause happens when and as the travel its place hangs on
                verb = _clause_verb(current.head)
                if verb is not None:
                    current = verb
                    chain.append(current)
                    continue
                break
            if (
                current.dep_ == "pcomp"
                and current.tag_ == "VBG"
                and current.head.lower_ in _GERUND_TIMES
                and current.head.head.pos_ in ("VERB", "AUX")
            ):
                # "is expected to meet ... before flying to Addis Ababa for a summit": the
                # gerund is set in the time of the clause it hangs on
                current = current.head.head
                chain.append(current)
                continue
            if current.dep_ not in ("xcomp", "advcl", "conj", "acomp", "ccomp", "acl"):
                break
            if current.lemma_.casefold() == "prepare" and any(
                child.dep_ == "aux" and child.lower_ == "to" for child in current.children
            ):
                # "will hold consultations in Seoul next month to prepare for a summit": the
                # summit comes after what prepares it, not then and there
                break
            if current.dep_ == "conj" and self._other_subject(current):
                # "Huang met Trump in Washington last month, and Cook held talks with
                # Lutnick": a clause of someone else's has its own place and time
                break
            if current.dep_ in ("advcl", "acl") and not any(
                child.dep_ == "aux" and child.lower_ == "to" for child in current.children
            ):
                # "will surely interact while attending the summit": a participle clause
                # happens when its main clause does
                participle = (
                    current.dep_ == "advcl"
                    and current.tag_ == "VBG"
                    and not any(c.dep_ in (*SUBJECTS, "aux") for c in current.children)
                )
                if not participle and not _while_they(current):
                    break
                head = current.head
                if head.dep_ == "xcomp" and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in head.children
                ):
                    # "agreed on Thursday to speed up deliveries, wrapping up two days of
                    # talks": the participle is the subject's, as they agree, not part of
                    # what they agreed to do
                    current = head.head
                    chain.append(current)
                    continue
            if current.dep_ == "advcl":
                # "extended an invitation to Kombos to visit India", parsed with the
                # infinitive on the verb: it is the object's, as "an invitation to visit" is
                chain.extend(
                    child
                    for child in current.head.children
                    if child.dep_ == "dobj"
                    and child.pos_ == "NOUN"
                    and child.i < current.i
                    and child.lemma_.casefold() in self.lex.planning_verbs
                )
            current = current.head
            chain.append(current)
        # "Netanyahu is due in Washington for a meeting": the adjective carries the clause.
        chain.extend(
            child
            for child in current.children
            if child.dep_ == "acomp" and child.lemma_.casefold() in self.lex.planning_verbs
        )
        # "received visiting Prime Minister Modi in Tokyo on Monday": the small model hangs
        # the place and the day on "visiting"
        chain.extend(
            child
            for child in token.children
            if child.lower_ == "visiting" and child.i == token.i + 1 and child.pos_ == "VERB"
        )
        return chain

    def _other_subject(self, clause: Token) -> bool:
        """Whether a joined clause has a subject of its own, other than its head clause's.

        "..., and Cook held talks": someone else; "..., and he met Wang Yi", "..., and the
        two delegations held talks": the same ones. Nor when what is set before the whole
        sentence ("On Monday, Blinken met Wang Yi, and Austin met Dong Jun") or a word
        pointing back ("met him there", "the same year") carries the first clause's place
        and time over.
        """
        own = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
        if own is None or (own.pos_ == "PRON" and self.r.actor(own) is None):
            return False
        head = clause.head
        first = next((c for c in head.children if c.dep_ in SUBJECTS), None)
        actor = self.r.actor(own)
        if first is not None and actor is not None and actor == self.r.actor(first):
            return False
        if any(c.lower_ in ("two", "both") for c in own.children) or own.lower_ == "both":
            return False
        if first is not None and any(
            c.i < first.i and c.dep_ in ("prep", "npadvmod", "advmod", "advcl")
            for c in head.children
        ):
            return False
        own_words = (t.lower_ for c in clause.children if c.dep_ not in SUBJECTS for t in c.subtree)
        return not any(word in ("there", "then", "same") for word in own_words)

    def _tense_chain(self, chain: list[Token]) -> list[Token]:
        """Return ``chain``, or, for a bare noun object, the chain of the verb it is object of.

        "will address a joint meeting of Congress", "It will be their first meeting": the
        meeting is as far ahead as the verb; not a reporting verb ("reported the talks on
        Monday").
        """
        token = chain[0]
        # "It will be the first meeting between the two": a predicate noun too
        if len(chain) > 1 or token.pos_ != "NOUN" or token.dep_ not in ("dobj", "attr"):
            return chain
        verb = token.head
        if verb.pos_ not in ("VERB", "AUX") and not verb_read_as_noun(verb):
            return chain  # "will on Thursday host the meeting", its verb read as a noun, is one
        if verb.lemma_.casefold() in REPORTING_VERBS:
            return chain
        return [token, *self._verb_chain(verb)]

    @staticmethod
    def _controls(chain: Sequence[Token], index: int) -> bool:
        """Whether ``chain[index]`` takes the event as its complement ("plans to meet")."""
        if index == 0:
            return False
        below = chain[index - 1]
        if below.dep_ in ("xcomp", "acomp", "ccomp"):
            return True
        # "is planning a trip to Berlin to meet": the small model hangs "to meet" on the verb;
        # "accepted an invitation to visit", "his plan to meet": the noun's infinitive
        return (
            below.dep_ == "advcl" or (below.dep_ == "acl" and chain[index].pos_ == "NOUN")
        ) and any(child.dep_ == "aux" and child.lower_ == "to" for child in below.children)

    def _misread_plan(self, trigger: Token) -> bool:
        """Whether the meeting's verb is a participle of its plan read as a finite verb.

        "A meeting between Vucic and Kurti planned for Thursday has been called off": the
        small model makes "meeting" the subject of "planned" and "planned" the subject of
        "called", so the verb that says what became of the meeting is the one above.
        """
        verb = trigger.head
        return (
            trigger.dep_ == "nsubj"
            and verb.tag_ in ("VBD", "VBN")
            and verb.lower_ in self.lex.planned_modifiers
            and verb.dep_ in ("nsubj", "nsubjpass")
            and verb.head.pos_ in ("VERB", "AUX")
            and not any(child.dep_ in ("aux", "auxpass") for child in verb.children)
        )

    def _cancellation_told(self, trigger: Token) -> bool:
        """Whether "the cancellation of" the meeting is told as having happened.

        "was overshadowed by the cancellation of a planned meeting", "The cancellation of
        the summit angered Lula": yes; "demanded the cancellation of the summit", "called
        for the cancellation of ...", "denied reports of the cancellation of ...": no.
        """
        if trigger.dep_ != "pobj" or trigger.head.lower_ != "of":
            return False
        noun = trigger.head.head
        if noun.lemma_.casefold() not in self.lex.cancel_nouns:
            return False
        if noun.dep_ in SUBJECT_DEPS:
            return True
        return noun.dep_ == "pobj" and noun.head.lower_ in _TOLD_CANCELLATION_PREPOSITIONS

    def part_of(self, trigger: Token) -> Token | None:
        """Return the part of a meeting its "of" phrase names: "the next round of talks"."""
        head = trigger.head
        if (
            trigger.dep_ == "pobj"
            and head.lower_ == "of"
            and head.head.lemma_.casefold() in self.lex.event_part_nouns
        ):
            return head.head
        return None

    def _stop_called_off(self, chain: Sequence[Token]) -> bool:
        """Whether the meeting is told where a stop that was called off would have been.

        "A planned stop in Israel, where Blinken had been expected to meet Netanyahu, was
        cancelled", "They cancelled a dinner in Paris, where Macron was due to meet Scholz":
        what was to happen there is called off with the stop (not "A visit to Paris, where
        Macron met Scholz, ended early").
        """
        if not any(c.lower_ == "where" for verb in chain for c in verb.children):
            return False
        clause = next((verb for verb in chain if verb.dep_ == "relcl"), None)
        if clause is None:
            return False
        noun = clause.head
        for _ in range(3):
            if noun.dep_ != "pobj" or noun.head.head.pos_ not in ("NOUN", "PROPN"):
                break
            noun = noun.head.head  # "a stop in Israel, where": the stop
        return (
            noun.pos_ in ("NOUN", "PROPN")
            and noun.dep_ in ("nsubjpass", "dobj")
            and noun.head.pos_ in ("VERB", "AUX")
            and cancels(noun.head, self.lex.cancel_verbs)
        )

    def _verbless_sentence(self, verb: Token) -> bool:
        """Whether the sentence of an infinitive has no finite verb: a headline's."""
        sentence = self.r.sentence(verb)
        return not any(
            token.tag_ in ("VBD", "VBZ", "VBP", "MD") for token in sentence if token.i != verb.i
        )

    def _grammatical_status(self, mention: Mention, chain: Sequence[Token]) -> MeetingStatus | None:
        trigger = mention.trigger
        part = self.part_of(trigger)
        modifiers = {
            child.lower_
            for token in (trigger, *((part,) if part is not None else ()))
            for child in token.children
            if child.dep_ in ("amod", "advmod")
        }
        # "the planned summit will not take place", "will no longer travel to Beijing to meet"
        happens = [trigger.head] if trigger.dep_ in SUBJECTS else []
        if self._misread_plan(trigger):
            # "A meeting ... planned for Thursday has been called off": the small model reads
            # the participle of the plan as the meeting's verb, itself subject of the verb
            # that tells what became of the meeting
            happens.append(trigger.head.head)
            chain = [*chain, trigger.head.head]
        if any(self.r.not_yet(verb) for verb in (*chain, *happens)):
            return MeetingStatus.PLANNED  # "That meeting has not yet taken place"
        if any(self.r.called_off(verb) for verb in (*chain, *happens)):
            return MeetingStatus.CANCELLED
        if self._stop_called_off(chain):
            return MeetingStatus.CANCELLED
        for index, verb in enumerate(chain):
            if (
                index
                and chain[index - 1].dep_ == "conj"
                and chain[index - 1].pos_ == "VERB"
                and chain[index - 1].head.i == verb.i
                and any(child.dep_ in ("dobj", "nsubjpass") for child in verb.children)
            ):
                # "cancelled his trip to Brussels and instead met the ambassador": a verb
                # joined to one that calls off something of its own is a deed of its own
                # (not "called off and postponed the meeting", nor "has canceled exercises
                # with Thailand, as well as a visit", the noun read as the verb's conjunct)
                break
            if cancels(verb, self.lex.cancel_verbs):
                return MeetingStatus.CANCELLED
        if self._cancellation_told(trigger):
            return MeetingStatus.CANCELLED  # "the cancellation of a planned meeting"
        if (
            trigger.lemma_.casefold() in self.lex.travel_nouns
            and pulled_out_of(trigger) is not None
        ):
            return MeetingStatus.CANCELLED  # "pulled out of a planned visit to Kyiv"
        if modifiers & self.lex.planned_modifiers:
            return MeetingStatus.PLANNED
        if any(
            clause.dep_ == "acl"
            and clause.tag_ == "VBN"
            and clause.lower_ in self.lex.planned_modifiers
            for clause in trigger.children
        ):
            return MeetingStatus.PLANNED  # "a summit planned for next week has been postponed"
        if any(
            clause.dep_ == "relcl"
            and clause.lemma_.casefold() in self.lex.planning_verbs
            # not "held a meeting, where they agreed to establish a dialogue": what was
            # agreed there
            and _where_word(clause) is None
            # nor "had talks, during which both sides agreed to boost trade"
            and not _opened_by_preposition(clause)
            # nor "told Biden on the sidelines of the summit that India wanted peace": a
            # clause whose verb has an object of its own is what was told, no relative
            and not any(child.dep_ == "dobj" for child in clause.children)
            for clause in trigger.children
        ):
            # "A summit, which officials had hoped could take place this year, looks unlikely"
            return MeetingStatus.PLANNED
        if modifiers & self.lex.past_modifiers:
            return MeetingStatus.OCCURRED
        if modifiers & self.lex.ongoing_modifiers:
            return MeetingStatus.ONGOING
        head = trigger.head
        party = head.head
        in_talks = trigger.dep_ == "pobj" and head.lower_ == "in" and party.dep_ == "ROOT"
        if in_talks and party.pos_ in ("PROPN", "NOUN"):
            return MeetingStatus.ONGOING  # "Britain in talks with France"
        if (
            trigger.dep_ == "pobj"
            and head.lower_ == "in"
            and party.lemma_ == "be"
            and not any(child.dep_ in ("det", "poss") for child in trigger.children)
        ):
            return MeetingStatus.ONGOING  # "Meridian is in talks with CareBridge, it said"
        if trigger.dep_ in SUBJECTS and any(
            child.dep_ == "acomp" and child.lower_ in _PROSPECTS for child in head.children
        ):
            return MeetingStatus.PLANNED  # "a summit between them now looks unlikely"
        if trigger.dep_ in SUBJECTS and head.lemma_ == "be":
            # "a meeting is on the agenda"
            agenda = self.lex.agenda_nouns
            if any(obj.lemma_.casefold() in agenda for obj in prep_objects(head, "on")):
                return MeetingStatus.PLANNED
        # "called for talks", "calls for a summit", "open to talks": wished for, not held
        asked = trigger.dep_ == "pobj" and trigger.head.lower_ in ("for", "to")
        if asked and trigger.head.head.lemma_.casefold() in self.lex.planning_verbs:
            return MeetingStatus.PLANNED
        if asked and trigger.head.lower_ == "for" and trigger.head.head.pos_ == "NOUN":
            # "offered the Vatican as a venue for peace talks": a place offered for talks
            holder = trigger.head.head
            for _ in range(3):
                if holder.pos_ not in ("NOUN", "PROPN", "ADP") or holder.head.i == holder.i:
                    break
                holder = holder.head
            if holder.pos_ == "VERB" and holder.lemma_.casefold() in self.lex.planning_verbs:
                return MeetingStatus.PLANNED
        if _looked_forward_to(chain[0]):
            return MeetingStatus.PLANNED  # "said he looks forward to meeting Ishiba"
        for index, verb in enumerate(chain):
            auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
            if any(aux.lower_ in _FUTURE_AUX for aux in auxiliaries):
                return MeetingStatus.PLANNED
            if (
                verb.tag_ == "VB"
                and any(aux.lower_ == "to" for aux in auxiliaries)
                and (
                    any(c.dep_ == "nsubj" for c in verb.children)
                    # "Hamas, Israel negotiators to resume talks", read as a relative clause
                    # of a headline with no verb of its own
                    or self._verbless_sentence(verb)
                )
            ):
                return MeetingStatus.PLANNED  # a headline's "Biden to meet Xi": will meet
            if verb.lemma_.casefold() in (*self.lex.negative_verbs, *_UNSETTLED) and any(
                child.dep_ == "neg" for child in verb.children
            ):
                # "a meeting has not been ruled out", "has not been confirmed": possible
                return MeetingStatus.PLANNED
            lemma = _lemma(verb, self.lex.planning_verbs)
            controls = self._controls(chain, index) or verb.dep_ == "acomp"
            if controls and lemma in self.lex.planning_verbs:
                return MeetingStatus.PLANNED
            # "were to meet in Paris on Friday"; not "the man who was to be prime minister"
            below = chain[index - 1] if index else verb
            to_be = controls and lemma == "be" and index == 1 and below.dep_ == "xcomp"
            if to_be and below.lemma_ != "be":
                return MeetingStatus.PLANNED
            passive = any(aux.dep_ == "auxpass" for aux in auxiliaries)
            if passive and verb is not trigger and lemma in self.lex.planning_verbs:
                return MeetingStatus.PLANNED  # "is expected in Washington for talks"
            if self._under_way(verb):
                return MeetingStatus.ONGOING  # "talks are under way"
            if (
                verb is not trigger
                and trigger.pos_ == "NOUN"
                and trigger.dep_ in (*OBJECTS, "nsubjpass")
                # the verb's own object ("agreed to talks"), not one of a clause below it
                # ("agreed on Thursday to ..., wrapping up two days of talks")
                and verb in (trigger.head, trigger.head.head)
                and lemma in self.lex.planning_verbs
                # "open to talks" wishes for them; "opened the summit" began it
                and not (lemma == "open" and verb.pos_ == "VERB")
                # "hopes the talks on Monday produced results": the object of a verb that
                # takes a clause is the clause's subject
                and lemma not in _CLAUSE_PLANS
            ):
                return MeetingStatus.PLANNED
            words = {aux.lower_ for aux in auxiliaries}
            if verb.tag_ == "VBG" and "been" in words and words & {"has", "have", "'s", "'ve"}:
                return MeetingStatus.ONGOING  # "has been conducting negotiations"
            if (
                verb.lemma_ == "be"
                and verb.tag_ == "VBN"
                and words & {"has", "have", "'s", "'ve"}
                and any(c.lower_ == "since" for c in (*verb.children, *trigger.children))
            ):
                return MeetingStatus.ONGOING  # "has been on a visit to Casablanca since Saturday"
            if verb.tag_ == "VBG" and any(aux.lower_ in _PROGRESSIVE_BE for aux in auxiliaries):
                if lemma == "go" and index > 0:
                    return MeetingStatus.PLANNED  # "is going to meet"
                return MeetingStatus.ONGOING
            if verb.tag_ == "VBN" and "to" in words and passive:
                continue  # "is scheduled to be held": an infinitive, no past; the verb above
            if (
                verb is not trigger
                and verb.tag_ == "VBN"
                and verb.dep_ == "acl"
                and not auxiliaries
                and verb.lemma_.casefold() in _AWAITED_PARTICIPLES
            ):
                # "with a vote expected at a further meeting in November": what is awaited
                # at a meeting is still to come, and so is the meeting
                return MeetingStatus.PLANNED
            if verb.tag_ in ("VBD", "VBN"):
                return MeetingStatus.OCCURRED
        if len(chain) > 1 and chain[-1].tag_ in ("VBZ", "VBP") and chain[0].tag_ == "VB":
            return MeetingStatus.PLANNED  # "He is in London to meet Cameron"
        top = chain[-1]
        if (
            top.dep_ == "advcl"
            and top.tag_ in ("VBZ", "VBP")
            and any(c.dep_ in ("mark", "advmod") and c.lower_ in _TIME_MARKS for c in top.children)
            and any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in top.head.children)
        ):
            # "When Obama meets the leaders on Friday, he will ...": English puts a time
            # clause of the future in the present
            return MeetingStatus.PLANNED
        if (
            top.dep_ == "advcl"
            # "If the two leaders meet": the tagger may read a plural's present as a bare verb
            # or as a noun
            and top.tag_ in ("VBZ", "VBP", "VB", "NN")
            and any(c.dep_ == "mark" and c.lower_ in _CONDITION_MARKS for c in top.children)
        ):
            # "If Putin meets Zelensky, the war could end": a condition in the present is a
            # meeting that may yet come, not one held
            return MeetingStatus.PLANNED
        if (
            trigger.pos_ == "NOUN"
            and trigger.dep_ not in SUBJECTS
            and any(verb.lemma_ == "be" and verb.tag_ in ("VBZ", "VBP") for verb in chain)
        ):
            return MeetingStatus.ONGOING  # "who is on a visit to China", "is in Paris for talks"
        return None

    @staticmethod
    def _under_way(verb: Token) -> bool:
        """Whether a verb says its subject is "under way" or "underway"."""
        for child in verb.children:
            if child.lower_ == "underway" and child.dep_ in ("advmod", "acomp", "attr"):
                return True
            under = child.dep_ == "prep" and child.lower_ == "under"
            if under and any(obj.lower_ == "way" for obj in children_with(child, "pobj")):
                return True
        return False

    def _date(
        self, trigger: Token, chain: Sequence[Token], ahead: bool
    ) -> tuple[Span | None, str | None, tuple[date, date] | None]:
        """Return the date phrase on the trigger or its verbs, and what it resolves to."""
        # The date nearest the trigger wins: "visited Paris this week and will travel to
        # London on Saturday to meet Sunak" met Sunak on Saturday.
        order = {token.i: rank for rank, token in reversed(list(enumerate([trigger, *chain])))}
        dated = []
        if self._dates is None:
            self._dates = _date_entities(trigger.doc)
        sentence = self.r.sentence(trigger)
        words = doc_children(trigger.doc).lower  # each word's ``lower_``, without a ``Token``
        offered = len(order) + 1  # the rank of a verb of offering whose day is its own
        verbs = [trigger, *chain]
        for rank in range(1, len(verbs)):
            lower, upper = verbs[rank - 1], verbs[rank]
            if (
                upper.lemma_.casefold() in _OFFER_VERBS
                and lower.head.i == upper.i
                and lower.dep_ in ("xcomp", "ccomp")
            ):
                # "met Wang Yi on Monday and agreed to hold talks in Beijing": a day
                # told above the verb of agreeing or offering is not the meeting's
                offered = min(offered, rank + 1)
                break
        for ent in self._dates:
            if ent.start < sentence.start or ent.end > sentence.end:
                continue
            if ent.start > 0 and words[ent.start - 1] == "since":
                continue  # "the first summit since November last year": when the last was
            head = self._dated_head(ent.root, order)
            if head is None and _told_after_noun(trigger, ent):
                head = trigger.i
            if head is not None and not _said_when(trigger.doc[head], ent):
                rank = order[head]
                below = [trigger, *chain][rank - 1] if rank > 0 else None
                if below is not None and self._day_of_the_offer(trigger.doc[head], ent, below):
                    # "invited Nawrocki on Monday to visit": the invitation's day, and none
                    # told above it ("met on Monday and agreed on Tuesday to hold talks")
                    offered = min(offered, rank)
                    continue
                if below is not None and self._day_of_the_cancelling(trigger.doc[head], ent, below):
                    # "On Tuesday, Orban cancelled a planned visit to Pristina": the day it
                    # was called off, not the day it was to be
                    offered = min(offered, rank)
                    continue
                if below is not None and self._day_before_leaving(trigger.doc[head], ent, below):
                    # "is due to fly on to Cairo on Wednesday before heading to Doha for
                    # talks": the day of the leg before, not of the talks after it
                    offered = min(offered, rank)
                    continue
                dated.append((rank, ent.start, ent))
        dated = [entry for entry in dated if entry[0] < offered]
        for _, _, ent in sorted(dated):
            text = ent.text
            start_char, end_char = ent.start_char, ent.end_char
            in_year = self._in_year_told(ent)
            if in_year is not None:
                # "that November", "on November 9 that year": in the year told before
                reading, start_char = in_year
                resolved = resolve_date(reading, None)
                period = resolve_period(reading, None)
                return char_span(trigger.doc, start_char, end_char), resolved, period
            if is_weekday(text):
                # "on Monday and Tuesday, November 23 and 24": the dates say which Monday
                following = next((e for e in self._dates if 0 <= e.start - ent.end <= 2), None)
                day = day_of_month(following.text) if following is not None else None
                if following is not None and day is not None:
                    start_char, end_char = (following.start_char + offset for offset in day)
                    text = following.text[day[0] : day[1]]
            resolved = resolve_date(text, self.r.anchor, prefer_future=ahead)
            period = resolve_period(text, self.r.anchor, prefer_future=ahead)
            if resolved is None and period is None and _DAY_RANGE.search(text):
                # "on June 27-28", "from December 8 to 10", "on Feb 27-28, 2019": the first day
                first = _DAY_RANGE.sub(r"\1", text).removeprefix("from ").removeprefix("between ")
                resolved = resolve_date(first, self.r.anchor, prefer_future=ahead)
            if resolved is None and period is None and "," in text:
                # "on Saturday, March 30": the day of the month says which Saturday
                after = text[text.index(",") + 1 :]
                resolved = resolve_date(after, self.r.anchor, prefer_future=ahead)
            if resolved is None and period is None and "," in text:
                # "on Monday, days before ...": the model runs the date on past the comma
                text = text[: text.index(",")]
                end_char = start_char + len(text)
                resolved = resolve_date(text, self.r.anchor, prefer_future=ahead)
                period = resolve_period(text, self.r.anchor, prefer_future=ahead)
            weekdays = _WEEKDAY_RANGE.match(text) if resolved is None and period is None else None
            if weekdays is not None:
                resolved = resolve_date(weekdays["first"], self.r.anchor, prefer_future=ahead)
            months = _MONTHS_RANGE.match(text) if resolved is None and period is None else None
            if months is not None:
                # "from November 29 to December 1": the first day, in its month
                resolved = resolve_date(months["first"], self.r.anchor, prefer_future=ahead)
            if resolved is None and period is None:
                resolved = self._day_after_told(ent, ahead)
            if resolved is None and period is None:
                if self.r.anchor is None and _later_in_story(text):
                    # "Obama's trip to Cuba later this month", with no date of the document
                    # to resolve it against: no day, but still a time that says it is ahead
                    return char_span(trigger.doc, start_char, end_char), None, None
                continue
            return char_span(trigger.doc, start_char, end_char), resolved, period
        # "have not met since August 2023, when a meeting in Brussels ... ended", "visited
        # Russia in October 2024, when he took part in the BRICS summit": the time the
        # clause hangs on
        for verb in (trigger, *chain, trigger.head):
            if verb.dep_ != "relcl" or not any(c.lower_ == "when" for c in verb.children):
                continue
            ent = next((e for e in self._dates if e.start <= verb.head.i < e.end), None)
            if ent is not None:
                resolved = resolve_date(ent.text, self.r.anchor, prefer_future=ahead)
                period = resolve_period(ent.text, self.r.anchor, prefer_future=ahead)
                if resolved is not None or period is not None:
                    return char_span(trigger.doc, ent.start_char, ent.end_char), resolved, period
        # "met Lula today", "Today, Biden met Lula": a day word the model tagged as nothing
        doc = trigger.doc
        for verb in (trigger, *chain):
            for child in verb.children:
                if child.dep_ in ("npadvmod", "advmod") and child.lower_ in _DAY_WORDS:
                    if child.ent_type_ in ("DATE", "TIME"):
                        continue  # a date entity, read above
                    resolved = resolve_date(child.text, self.r.anchor, prefer_future=ahead)
                    if resolved is not None:
                        return char_span(doc, child.idx, child.idx + len(child)), resolved, None
        # "held a call earlier in the day", which the model tags as nothing
        for verb in (trigger, *chain):
            for child in verb.children:
                if child.dep_ != "advmod" or child.lower_ not in ("earlier", "later"):
                    continue
                phrase = doc[child.i : min(child.i + 4, sentence.end)]
                if _relative_day(phrase.text) is None:
                    continue
                resolved = self._day_after_told(phrase, ahead)
                if resolved is not None:
                    return char_span(doc, phrase.start_char, phrase.end_char), resolved, None
        return None, None, None

    def _in_year_told(self, ent: SpacySpan) -> tuple[str, int] | None:
        """Return a date told against the year named before it, and where it starts.

        "In 2017, Trump visited China. Xi hosted Trump in Beijing that November": November
        2017 (told from "that"); "on November 9 that year", "in June of the same year",
        "later that year": the day, month or year of the year named last before.
        """
        doc = ent.doc
        text, start_char = ent.text, ent.start_char
        found = _THAT_YEAR.match(text)
        if found is not None:
            body = found["body"]
            if body.casefold() in _YEAR_SIDES:
                body = ""  # "later that year": the year
        elif ent.start > 0 and doc[ent.start - 1].lower_ == "that" and not is_weekday(text):
            body, start_char = text, doc[ent.start - 1].idx
        else:
            return None
        if YEAR.search(body):
            return None
        year = next(
            (
                told[-1]
                for before in reversed(self._dates or [])
                if before.end <= ent.start and (told := YEAR.findall(before.text))
            ),
            None,
        )
        if year is None:
            return None
        reading = f"{body} {year}".strip()
        if resolve_period(reading, None) is None:
            return None
        return reading, start_char

    @staticmethod
    def _day_of_the_offer(verb: Token, ent: SpacySpan, below: Token) -> bool:
        """Whether a date on a verb of inviting or agreeing dates it, not the meeting after.

        "invited Nawrocki on Monday to visit the White House", "agreed on Thursday to
        meet": the day, before the infinitive that tells the meeting (``below``), is when it
        was offered or agreed; not "agreed on Tuesday to ..., wrapping up two days of talks".
        """
        return (
            verb.lemma_.casefold() in _OFFER_VERBS
            and below.head.i == verb.i
            and below.dep_ in ("xcomp", "ccomp")
            and below.i >= ent.end
        )

    def _day_of_the_cancelling(self, verb: Token, ent: SpacySpan, below: Token) -> bool:
        """Whether a date told before a verb of cancelling dates it, not the meeting.

        "Also on Tuesday, Orban cancelled a planned visit to Pristina", "Carney on Monday
        called off his trip": the day before the verb, whose object or passive subject the
        meeting is, is when it was called off. So is a day the verb takes after the meeting
        it calls off ("cancelled a planned visit to Kyiv on Thursday", "The talks were called
        off on Friday"), unless it comes right after a meeting told as known, which it may
        date ("cancelled the visit on Thursday", "called off his trip on Monday").
        """
        if not (
            cancels(verb, self.lex.cancel_verbs)
            and below.head.i == verb.i
            and below.dep_ in ("dobj", "nsubjpass")
            and not (below.left_edge.i <= ent.start and ent.end <= below.right_edge.i + 1)
        ):
            return False
        if ent.end <= verb.i or ent.end <= below.left_edge.i:
            return True  # "on Tuesday, Orban cancelled", "called off on Friday the talks"
        if below.dep_ == "nsubjpass" or below.right_edge.i > below.i:
            return True
        return not any(
            (child.dep_ == "det" and child.lower_ in _KNOWN_DETERMINERS) or child.dep_ == "poss"
            for child in below.children
        )

    def _day_before_leaving(self, verb: Token, ent: SpacySpan, below: Token) -> bool:
        """Whether a date dates the leg of a trip before the one the meeting is on.

        "will fly to Cairo on Wednesday before heading to Doha for talks": Wednesday is the
        day of Cairo, and the talks in Doha come after it; ``below`` is the verb of travel
        that "before" joins to the dated ``verb``.
        """
        if below.lemma_.casefold() not in self.lex.travel_verbs | self.lex.departure_verbs:
            return False
        if below.dep_ == "pcomp":
            before = below.head
            joined = before.lower_ == "before" and before.head.i == verb.i
        else:
            before = next((c for c in below.children if c.dep_ == "mark"), below)
            joined = below.dep_ == "advcl" and below.head.i == verb.i and before.lower_ == "before"
        return joined and ent.end <= before.i

    def _read_entries(self, doc: Doc) -> tuple[list[int], dict[int, SpacySpan]]:
        """Return where each paragraph starts, and the date each chronology entry opens with.

        An entry is a paragraph that opens with a date phrase right before a colon ("June
        14: A planned round ...") or a dash set apart ("June 12, 2018 - Trump and Kim
        meet"); read once per document.
        """
        if self._entries is None:
            if self._dates is None:
                self._dates = _date_entities(doc)
            paragraphs = list(paragraph_starts(doc_text(doc)))
            starts = set(paragraphs)
            entries = {
                ent.start_char: ent
                for ent in self._dates
                if ent.start_char in starts
                and ent.end < len(doc)
                and doc[ent.end].text in _ENTRY_MARKS
                # a dash set apart, not one that joins days ("June 12-13")
                and (doc[ent.end].text == ":" or bool(doc[ent.end - 1].whitespace_))
            }
            self._entries = (paragraphs, entries)
        return self._entries

    def _timeline_entry(self, trigger: Token) -> SpacySpan | None:
        """Return the date the chronology entry the trigger is told in opens with, if any."""
        paragraphs, entries = self._read_entries(trigger.doc)
        index = bisect.bisect_right(paragraphs, trigger.idx) - 1
        entry = entries.get(paragraphs[index]) if index >= 0 else None
        return entry if entry is not None and entry.end < trigger.i else None

    def _list_ahead(self, entry: SpacySpan) -> bool:
        """Whether the list an entry belongs to is introduced as what lies ahead.

        "Key dates ahead:", "What comes next:": the paragraph before the list's first entry
        says so; "Here are the key moments of 2026:" does not.
        """
        paragraphs, entries = self._read_entries(entry.doc)
        index = bisect.bisect_right(paragraphs, entry.start_char) - 1
        while index > 0 and paragraphs[index] in entries:
            index -= 1
        if paragraphs[index] in entries:
            return False  # the list opens the text
        text = doc_text(entry.doc)
        end = paragraphs[index + 1] if index + 1 < len(paragraphs) else len(text)
        return _AHEAD_WORDS.search(text[paragraphs[index] : end]) is not None

    def _entry_date(
        self, entry: SpacySpan, historical: bool
    ) -> tuple[Span | None, str | None, tuple[date, date] | None]:
        """Resolve a chronology entry's date: the last such day, or one a few weeks ahead.

        "March 3:" in a list told on November 30 is the March just past; "Dec. 8:", told on
        November 30, the one a week ahead (the entry of a schedule).
        """
        text = _DAY_RANGE.sub(r"\1", entry.text)  # "September 18-19": the first day
        anchor = self.r.anchor
        resolved = resolve_date(text, anchor, prefer_future=not historical)
        period = resolve_period(text, anchor, prefer_future=not historical)
        if historical and resolved is not None and anchor is not None:
            day = date.fromisoformat(resolved)
            if day - anchor > _SCHEDULE_REACH:
                # the nearest such day lies months ahead: the entry is of the one just past
                try:
                    resolved = day.replace(year=day.year - 1).isoformat()
                except ValueError:  # February 29
                    resolved = None
                period = None
        if resolved is None and period is None:
            return None, None, None
        return char_span(entry.doc, entry.start_char, entry.end_char), resolved, period

    def _day_after_told(self, ent: SpacySpan, ahead: bool) -> str | None:
        """Resolve "later in the day", "the next day" against the day the text told last.

        That day is the one a meeting told before was dated by, or the last date phrase
        before ``ent`` that names a day (not one of a relative clause); with none, "earlier
        in the day" is the day the text was written.
        """
        offset = _relative_day(ent.text)
        if offset is None or self._dates is None:
            return None
        if ent.end < len(ent.doc) and ent.doc[ent.end].lower_ == "as":
            # "on the same day as the ECB kept its rate at a meeting": the day of what
            # follows "as", told in its own clause, not the day the story told last
            return None
        for earlier in reversed([e for e in self._dates if e.end <= ent.start][-5:]):
            day = self._told_days.get(earlier.start)
            if day is None and any(verb.dep_ == "relcl" for verb in earlier.root.ancestors):
                # "Modi, who arrived on Friday evening, was welcomed. Earlier in the day":
                # a relative clause tells of another time, not the day the story is at
                continue
            if day is None and _relative_day(earlier.text) is None:
                day = resolve_date(earlier.text, self.r.anchor, prefer_future=ahead)
            if day is not None:
                return (date.fromisoformat(day) + timedelta(days=offset)).isoformat()
        if offset == 0 and self.r.anchor is not None:
            # "held a call earlier in the day", no day told before: the day of the report
            return self.r.anchor.isoformat()
        return None

    def _dated_head(self, token: Token, heads: Mapping[int, int]) -> int | None:
        """Return which of ``heads`` a date phrase says the time of, if any.

        "met on Monday", "met Monday", "Tuesday's meeting", "met in Donetsk, May 12", "will
        meet the chief constable on Monday" (hung on the object by the parser); not
        "a trip to Beijing in June" for a meeting that trip is the subject of.
        """
        if token.dep_ == "compound" and token.head.ent_type_ == "TIME":
            token = token.head  # "on Tuesday evening": the day names the evening
        if (
            token.dep_ == "pobj"
            and token.head.lower_ == "of"
            and token.head.head.lower_ in PARTS_OF_DAY
        ):
            token = token.head.head  # "on the morning of 9 July": the day names the morning
        head = token.head
        if head.lower_ == "since" and head.pos_ in ("ADP", "SCONJ"):
            return None  # "the first visit since 2016": when the last one was
        if head.i in heads:
            return head.i
        if (
            token.dep_ == "npadvmod"
            and head.ent_type_ == "TIME"
            and head.dep_ == "pobj"
            and head.head.head.i in heads
        ):
            return head.head.head.i  # "met Putin for five hours last week"
        if token.dep_ in ("appos", "npadvmod") and self.is_place(head):
            head = head.head  # a caption's "in Donetsk, May 12, 2014"
            if head.pos_ == "ADP" and head.head.i not in heads:
                # "meets with Kishida, left, and Marcos at the White House in Washington,
                # April 11, 2024": the place hangs on a name joined to the position word
                held = _position_verb(head.head, self.lex.caption_positions)
                if held is not None and held.i in heads:
                    return held.i
        elif token.dep_ == "npadvmod" and head.dep_ in OBJECTS and head.head.i in heads:
            head = head.head  # a caption's "meets Secretary of State Blinken, May 3, 2023"
        if token.dep_ == "compound" and head.dep_ in SUBJECTS and head.head.i in heads:
            return head.head.i  # "On Friday Lindqvist was due", parsed with "Friday Lindqvist"
        if (
            token.dep_ == "compound"
            and head.dep_ == "pobj"
            and head.head.head.i in heads
            and head.i + 1 == head.head.head.i
        ):
            return head.head.head.i  # "On Tuesday Scholz saw Macron", with "Tuesday Scholz"
        if head.pos_ == "ADP":
            on = head.lower_ == "on"
            head = head.head
            if head.dep_ == "advmod" and head.lower_ in ("earlier", "later", "early", "late"):
                head = head.head  # "Earlier on Saturday, Leo received Meloni"
            if (
                on
                and head.dep_ == "acl"
                and head.lemma_.casefold() in _LEADING_VERBS
                and head.i not in heads
            ):
                # "received a delegation of trading houses led by X on Tuesday": the parser
                # hangs the day on the participle of what was received
                holder = head.head
                for _ in range(4):
                    if holder.i in heads or holder.dep_ not in ("pobj", "prep", "dobj"):
                        break
                    holder = holder.head
                head = holder
            if head.dep_ == "dobj" and head.i not in heads and head.head.i in heads:
                # "will meet the chief constable on Monday": the parser hangs the date on
                # the object, but a date is said of the meeting, not of the one met
                head = head.head
            elif (
                on
                and head.dep_ in SUBJECTS
                and head.i not in heads
                and head.head.i in heads
                and head.i < token.i < head.head.i
            ):
                # "Modi on Saturday held talks with Milei": the parser hangs the day between
                # the subject and its verb on the subject
                head = head.head
            elif on and head.dep_ == "pobj" and head.i not in heads and head.head.head.i in heads:
                # "a conference on a two-state solution on Monday": "on" a day is when the
                # meeting is, not the subject's day
                head = head.head.head
            elif (
                head.dep_ == "pobj"
                and head.i not in heads
                and head.head.head.i in heads
                and head.head.lower_ in ("at", "in")
                and self.is_place(head)
            ):
                # "At Reykjavik in October 1986, Reagan and Gorbachev met": the parser hangs
                # the date on the place where they met
                head = head.head.head
            elif (
                on
                and head.dep_ == "advcl"
                and head.i not in heads
                and head.head.i in heads
                and token.i < head.left_edge.i + 3
                and token.i < head.i
            ):
                # "met X, an official, on Monday morning to press for ...": the parser hangs
                # the day on the purpose that follows it
                head = head.head
        return head.i if head.i in heads and head.i != token.i else None

    def is_place(self, token: Token) -> bool:
        if token.ent_type_ in PLACE_LABELS:
            return True
        actor = self.r.actor(token)
        if actor is not None and self.r.kind_of.get(actor) == "country":
            return True
        lemma = token.lemma_.casefold()
        if lemma in self.lex.venue_nouns:
            # "met the negotiators in separate rooms": rooms apart, no one place
            return token.pos_ in ("NOUN", "PROPN") and not any(
                child.dep_ == "amod" and child.lower_ in _APART_WORDS for child in token.children
            )
        if lemma in self.lex.town_nouns and token.pos_ == "NOUN":
            # "in the Chinese capital", "in the Saudi city of Jeddah", "visit Quang Ninh
            # province"; not "in the city"
            return (
                self._nation_modifier(token) is not None
                or any(self.is_place(name) for name in prep_objects(token, "of"))
                or any(
                    child.dep_ == "compound" and child.pos_ == "PROPN" and child.i == token.i - 1
                    for child in token.lefts
                )
            )
        if token.pos_ != "PROPN":
            return False
        # "Downing Street", "Great Hall of the People": the name with its compounds
        return place_country(compound_name(token)) is not None

    def _nation_modifier(self, token: Token) -> str | None:
        """Return the country of a nation word before a noun ("the Chinese capital")."""
        for child in token.lefts:
            modifier = child.dep_ in ("amod", "compound", "nmod")
            if modifier and (child.ent_type_ in ("NORP", "GPE") or child.pos_ == "PROPN"):
                code = country_code(child.text)
                if code is not None:
                    return code
        return None

    def _where_of(self, head: Token) -> list[Token]:
        """Return the place a "where" clause hanging on ``head`` is about.

        The head itself, or the place before the date the parser hung the clause on.
        """
        if self.is_place(head):
            return [head]
        # "flew to Astana on Wednesday, where", "flew to Astana for a summit of the
        # regional bloc, where": the place of the travel the phrase hangs on
        verb = _clause_verb(head)
        if verb is None:
            return []
        return [place for place in prep_objects(verb, "to", "in", "at") if self.is_place(place)][
            -1:
        ]

    def _where_before(self, clause: Token) -> list[Token]:
        """Return the place a "where" clause the parser hung on the main verb is about.

        "is due to travel to Ankara next month, where she will hold talks": the last place
        a preposition of the main clause names before "where".
        """
        if clause.dep_ != "advcl":
            return []
        where = _where_word(clause)
        if where is None:
            return []
        places = [
            token
            for token in clause.head.subtree
            if token.i < where.i
            and token.dep_ == "pobj"
            and token.head.lower_ in ("to", "in", "at")
            and self.is_place(token)
        ]
        return places[-1:]

    def _venue_country(self, mention: Mention, location: Location, trigger: Token) -> str | None:
        """Return the country of a meeting's place that names none, from what is told around.

        The place it was held in ("Doha hosted the negotiators at a hotel": Qatar); the one
        country its sentence names ("flew to Bissau and held talks at the presidential
        palace"); for a venue that is no town, the host's country ("will visit Prime
        Minister Pedro Sanchez at the Moncloa", wherever the story is datelined), else the
        dateline's ("MANILA - ... met Marcos at Malacanang Palace").
        """
        held = mention.where_held
        if held is not None and held.country is not None:
            return held.country
        country = self._sentence_country(trigger)
        if country is not None or self._town(location):
            return country
        host = self.r.country_of.get(mention.host) if mention.host else None
        return host or self.r.dateline_country(trigger.idx)

    def _sentence_country(self, trigger: Token) -> str | None:
        """Return the one country the places its sentence goes to or is in are in, if one.

        "flew to Bissau", "in Abu Dhabi"; not an owner ("Iran's foreign minister"), nor a
        place of what they discussed ("to discuss security in the Red Sea").
        """
        discussion = self.lex.discussion_verbs
        # "lunch with Qatar's prime minister, whose government mediated talks in Doha": not
        # a place told of someone in a relative clause the meeting is not in
        own = {trigger.i, *(verb.i for verb in trigger.ancestors)}
        codes = {
            self.location_at(token).country
            for token in self.r.sentence(trigger)
            if token.ent_type_ in PLACE_LABELS
            and token.dep_ == "pobj"
            and token.head.lower_ in ("to", "in", "at", "into", "inside")
            and not any(
                verb.lemma_.casefold() in discussion or (verb.dep_ == "relcl" and verb.i not in own)
                for verb in token.ancestors
            )
        }
        # "received at Qasr Al Shati in Abu Dhabi Sheikh Tamim": a place the parser glued to
        # the name after it still opens the object of "in"
        sentence = self.r.sentence(trigger)
        for ent in trigger.doc.ents:
            if ent.start <= sentence.start or ent.end > sentence.end:
                continue
            before = trigger.doc[ent.start - 1]
            if (
                ent.label_ in PLACE_LABELS
                and before.dep_ == "prep"
                and before.lower_ in ("in", "at")
                and ent.root.dep_ != "pobj"
                and ent.root.head.i >= ent.end
            ):
                codes.add(place_country(ent.text) or city_country(ent.text))
        codes.discard(None)
        return codes.pop() if len(codes) == 1 else None

    def find_location(self, trigger: Token, chain: Sequence[Token]) -> Location | None:
        # "met with ambassadors in Ankara": the place may hang on the people met.
        plans: list[Token] = []  # clauses of a plan on a meeting noun ("planned for ...")
        # those met, as the verb or noun names them ("met X", "talks with X")
        met = {
            *prep_objects(trigger, "with", "between"),
            *(direct_objects(trigger) if trigger.pos_ == "VERB" else ()),
        }
        # "paid a courtesy call on Foreign Minister Dar at the ministry": those called on
        called_on = [
            one
            for one in (prep_objects(trigger, "on") if trigger.lemma_.casefold() == "call" else ())
            if self.r.is_animate(one)
        ]
        met.update(called_on)
        if trigger.pos_ == "VERB":
            # "greeted midmorning at the palace": the place may hang on a time word too
            times = [
                child
                for child in trigger.children
                if child.dep_ in (*OBJECTS, "npadvmod") and child.ent_type_ in ("DATE", "TIME")
            ]
            # "Duda, left, welcomes Zelenskyy in Warsaw", with the guest read as a subject
            late = [c for c in trigger.children if c.dep_ == "nsubj" and c.i > trigger.i]
            # "received visiting President Lula in Beijing": or on the guest
            late += [
                guest
                for clause in trigger.children
                if clause.lower_ == "visiting" and clause.i == trigger.i + 1
                for guest in direct_objects(clause)
            ]
            # "met her Turkish counterpart Hakan Fidan in Brussels": or on a name the parser
            # split off the one met
            named = [
                child
                for child in trigger.children
                if child.dep_ == "npadvmod"
                and child.pos_ == "PROPN"
                and child.ent_type_ == "PERSON"
            ]
            # "was hosted by Xi in Beijing": or on the host of a passive; "met face to face in
            # Jeddah": or on how they met
            partners = [
                *(face for face in prep_objects(trigger, "to") if face.lower_ == "face"),
                *prep_objects(trigger, "with", "by"),
                # "shuttled between the delegations in Doha": or on the sides gone between
                *prep_objects(trigger, "between"),
                *direct_objects(trigger),
                *times,
                *late,
                *named,
                # "meets with Kishida, left, and Marcos at the White House": or on a name
                # the parser joins to the caption's position word
                *_position_conjuncts(trigger, self.lex.caption_positions),
                # "al-Burhan hosted RSF leader Dagalo in Khartoum", the verb read as an
                # adjective of the guest's title: or on the guest
                *_guest_of_adjective(trigger),
            ]
            # "met residents sheltering at a school in Obagaji": or where those met are
            # "met a delegation led by al-Hayya in Cairo": or on who leads those met
            # "met with visiting Prime Minister Sharif at the Great Hall", the place hung on
            # "visiting" read as the object of "with"
            partners += [
                gerund
                for prep in children_with(trigger, "prep")
                if prep.lower_ == "with"
                for gerund in children_with(prep, "pcomp")
                if gerund.lower_ == "visiting"
            ]
            partners += [
                clause
                for partner in partners
                for clause in children_with(partner, "acl")
                if clause.tag_ == "VBG"
                or (clause.tag_ == "VBN" and clause.lemma_.casefold() in _LEADING_VERBS)
            ]
        else:
            # "had lunch with Scholz in Paris": the place may hang on the people of the verb
            partners = [*prep_objects(trigger, "with", "between", "of"), *called_on]
            # "will host a lunch for the Indonesian leader at the palace": or on the guest of a
            # meal or of a hosted meeting
            hosted = trigger.dep_ in OBJECTS and (
                self.lex.support_verbs.get(trigger.head.lemma_.casefold()) == "host"
            )
            if hosted or trigger.lemma_.casefold() in self.lex.meal_nouns:
                partners += [
                    guest for guest in prep_objects(trigger, "for") if self.r.is_animate(guest)
                ]
            # "talks with visiting Minister Kuleba in Guangzhou", the place hung on "visiting"
            partners += [
                gerund
                for prep in children_with(trigger, "prep")
                for gerund in children_with(prep, "pcomp")
                if gerund.lower_ == "visiting"
            ]
            partners += [
                p for verb in chain if verb is not trigger for p in prep_objects(verb, "with")
            ]
            # "held talks with his host, President William Ruto, at State House": or on the
            # name set off after those met, which the parser may hang on the verb
            if met:
                set_off = [
                    child
                    for verb in chain
                    if trigger.dep_ in OBJECTS and trigger.head.i == verb.i
                    for child in verb.children
                    if child.dep_ in ("npadvmod", "appos")
                    and child.pos_ == "PROPN"
                    and child.ent_type_ == "PERSON"
                    and child.i > trigger.i
                    and child.doc[child.left_edge.i - 1].text == ","
                ]
                partners += set_off
                met.update(set_off)  # a body's name after "at" on it is where it sits
            # "a summit hosted by Putin in Kazan", "talks held in Doha", "the negotiations,
            # which resumed in Doha"
            clauses = [*children_with(trigger, "acl"), *children_with(trigger, "relcl")]
            part = self.part_of(trigger)
            if part is not None:
                # "The previous round of talks, held in London": or on the round
                clauses += [*children_with(part, "acl"), *children_with(part, "relcl")]
            # "a call in which they discussed the situation in Gaza": what was discussed,
            # not where
            clauses = [c for c in clauses if c.lemma_.casefold() not in self.lex.discussion_verbs]
            # "Talks ..., last held in Seoul in 2023, will resume": where another session was
            clauses = [
                c
                for c in clauses
                if not any(
                    a.dep_ == "advmod" and a.lower_ in ("last", "previously", "earlier")
                    for a in c.children
                )
            ]
            # "a roundtable with business leaders hosted by Vance at the Eisenhower Executive
            # Office Building": the parser may hang the hosting on the group met, and the
            # place on the host
            clauses += hosting_clauses(trigger, self.lex.support_verbs)
            partners += [*clauses, *(p for c in clauses for p in prep_objects(c, "by"))]
            # "a meeting, scheduled to take place in Geneva": or on what the plan says
            plans = [c for c in clauses if c.lemma_.casefold() in self.lex.planning_verbs]
            plans += [verb for clause in plans for verb in children_with(clause, "xcomp")]
        # "met on the sidelines of the G20 summit in New Delhi": where the summit is; "On
        # the sidelines of the forum in Manama": the place may hang on the sidelines
        sides = [
            side
            for token in (trigger, *chain)
            for side in prep_objects(token, "on", "at", "in")
            if side.lemma_.casefold() in self.lex.sideline_nouns
        ]
        beside = [gathering for side in sides for gathering in prep_objects(side, "of")]
        # "the sidelines of the Group of 20 summit in Johannesburg", parsed "Group" "of summit"
        beside += [
            inner for side in beside if side.pos_ == "PROPN" for inner in prep_objects(side, "of")
        ]
        beside += sides
        # "talks with Lavrov during a meeting in Geneva", "received Lula in a private audience
        # at the Apostolic Palace": where the meeting is
        beside += [
            gathering
            for token in (trigger, *chain)
            for gathering in prep_objects(token, "during", "at", "in")
            if gathering.lemma_.casefold() in self.lex.nouns
        ]
        if trigger.pos_ == "VERB":
            # "met for talks at the ministry", "met for a fourth round of talks at a
            # government building in The Hague": where the talks they met for were held
            for gathering in prep_objects(trigger, "for"):
                if gathering.lemma_.casefold() in self.lex.event_part_nouns:
                    if any(
                        of.lemma_.casefold() in self.lex.nouns
                        for of in prep_objects(gathering, "of")
                    ):
                        beside += [gathering, *prep_objects(gathering, "of")]
                elif gathering.lemma_.casefold() in self.lex.nouns:
                    beside.append(gathering)
        # "travelled to Rabat, where he met the king": the place the clause is about; the
        # parser may hang the clause on a date after the place ("to Guangzhou on Thursday,
        # where she will hold talks")
        around = next(
            (
                place
                for token in (trigger, *chain)
                if token.dep_ == "relcl"
                and any(
                    child.lower_ == "where" for verb in (trigger, *chain) for child in verb.children
                )
                for place in self._where_of(token.head)
            ),
            None,
        ) or next(
            (place for token in (trigger, *chain) for place in self._where_before(token)),
            None,
        )
        # "met Crisafulli and Schrinner at Parliament House": or on the last one met
        partners += [last for partner in partners for last in partner.conjuncts[-1:]]
        # "met about 30 of the company's investors in London": or on those of a number
        partners += [
            member
            for partner in partners
            if partner.pos_ == "NUM"
            for member in prep_objects(partner, "of")
        ]
        # "meets his counterpart Nasser Bourita in Rabat": the place may hang on the name
        # ("met Jones, a professor at Harvard University": not where one who is described
        # works)
        partners += [
            child
            for partner in partners
            for child in children_with(partner, "appos")
            if not (child.pos_ == "NOUN" and any(c.lower_ in ("a", "an") for c in child.children))
        ]
        # "will host a summit on March 3 in Nairobi", "is scheduled for March in Asuncion": or
        # on the day
        partners += [
            day
            for token in (trigger, *chain)
            for day in prep_objects(token, "on", "for", "in")
            if day.ent_type_ in ("DATE", "TIME")
        ]
        # "welcomed Yoon at an official ceremony at the Presidential Palace": or on an
        # occasion the verb is at
        partners += [
            occasion
            for token in (trigger, *chain)
            for occasion in prep_objects(token, "at", "during")
            if not self.is_place(occasion)
        ]
        # "met with the leaders of France and Ukraine in Minsk": or on whom they lead, the
        # last of them too ("with survivors of the attack and their parents in Southport",
        # the parents parsed as joined to the attack)
        partners += [
            one
            for partner in partners
            for member in prep_objects(partner, "of")
            for one in (member, *member.conjuncts[-1:])
        ]
        # The trigger's own phrases before the verbs above it: "met Bislimi in Pristina and is
        # due to meet Petkovic in Belgrade" meets Petkovic in Belgrade.
        # "During his visit to Peru, Li met Boluarte": where the visit went
        beside += [
            place
            for gathering in beside
            if gathering.lemma_.casefold() in self.lex.travel_nouns
            or gathering.lemma_.casefold() == "visit"
            for place in prep_objects(gathering, "to")
        ]
        # "arrived in Amman from Cairo, where he met Sisi": the verbs above the "where"
        # clause say where the trip went, not where the meeting was
        inside = chain
        if around is not None:
            cut = next((k for k, verb in enumerate(chain) if verb.dep_ in ("relcl", "advcl")), None)
            inside = chain[: cut + 1] if cut is not None else chain
        # "The talks, first set for Muscat, will now take place in Rome": the place the
        # meeting's own verb names before the one of its plan
        early = [partner for partner in partners if partner not in plans]
        for token in (trigger, *early, *inside, *plans, *beside):
            places = prep_objects(token, "in", "at", "inside")
            if token in plans and token.lemma_.casefold() in self.lex.planning_verbs:
                places += prep_objects(token, "for")  # "planned for Geneva on Friday"
                # "planned for January 2024 in Djibouti": or on the day it was planned for
                places += [
                    place
                    for day in prep_objects(token, "for", "on")
                    if day.ent_type_ in ("DATE", "TIME")
                    for place in prep_objects(day, "in", "at")
                ]
            if token in beside and token.dep_ == "pobj" and token.head.lower_ == "to":
                places = [token, *places]  # the place a visit went
            # "at a primary school in Obagaji": or the place the venue is in
            places += [
                inner
                for place in places
                if place.pos_ == "NOUN" and not self.is_place(place)
                for inner in prep_objects(place, "at", "in", "inside")
            ]
            # "near the ruins of the basilica in Iznik": not where the place "near" names
            # is, but the town it is in
            places += [
                inner
                for near in prep_objects(token, "near")
                if near.pos_ == "NOUN" and not self.is_place(near)
                for part in (near, *prep_objects(near, "of"))
                for inner in prep_objects(part, "in")
                if inner.ent_type_ in ("GPE", "LOC")
            ]
            # "on Capitol Hill": a known place "on" names, not a country ("talks on Ukraine")
            places += [
                place
                for place in prep_objects(token, "on")
                if place.pos_ == "PROPN"
                and place.ent_type_ not in ("GPE", "NORP", "DATE", "TIME", "EVENT")
                and place.lemma_.casefold() not in self.lex.sideline_nouns
                and place_country(compound_name(place)) is not None
            ]
            # "spoke at the Shangri-La Dialogue in Singapore": a gathering's name is no place
            # (the model may tag it as a building); the place it is in is
            named = [
                place
                for place in places
                if place.pos_ == "PROPN" and place.lemma_.casefold() in self.lex.gathering_names
            ]
            if named:
                places = [place for place in places if place not in named]
                places += [inner for place in named for inner in prep_objects(place, "in")]
            # "receives FIFA chief ahead of Congress in Vancouver": where the event the
            # meeting comes before or after is, though the parser hangs it on the verb
            places = [place for place in places if not self._event_place(place)]
            for place in places:
                # "met Motegi at the State Department": a body's name after "at" on the
                # meeting's own verb is where it sits
                seat = (
                    place.ent_type_ == "ORG"
                    and place.head.lower_ == "at"
                    # or on those met: "met ILA leaders at the Labor Department"
                    and (
                        token is trigger
                        or token in inside
                        or token in met
                        # "with the leadership of COSATU at the Union Buildings"
                        or (token.dep_ == "pobj" and token.head.head in met)
                    )
                    # "at the Department of Foreign Affairs in Pasay City": the city it is in
                    and not any(self.is_place(p) for p in prep_objects(place, "in"))
                )
                # "visit Sanchez at the Moncloa later Thursday": a name after "at the" on the
                # meeting's own verb that the model left untagged is a venue
                untagged = (
                    place.pos_ == "PROPN"
                    and not place.ent_type_
                    and place.head.lower_ == "at"
                    and (token is trigger or token in inside)
                    # "at the Moncloa"; "at Matignon", with no article
                    and all(c.dep_ != "det" or c.lower_ == "the" for c in place.children)
                    and self.r.actor(place) is None
                    and place.lemma_.casefold() not in self.lex.nouns
                    and place.lemma_.casefold() not in self.lex.gathering_names
                )
                if self.is_place(place) or seat or untagged:
                    found = self.location_at(place)
                    # "In Manila, Marcos received Marles at Malacanang Palace": a venue the
                    # same word names after the town is more precise, and in that town
                    venue = self._venue_after(token, place, places)
                    if venue is not None:
                        town = found
                        found = self.location_at(venue)
                        if found.country is None:
                            found = attrs.evolve(found, country=town.country)
                    if found.country is None and around is not None:
                        # "..., where he met the king at the Royal Palace"
                        found = attrs.evolve(found, country=self.location_at(around).country)
                    return found
        if around is not None:
            return self.location_at(around)
        left = self._place_left_after(trigger)
        if left is not None:
            return left
        agreed = self._place_of_agreement(trigger)
        if agreed is not None:
            return agreed
        # "head to the White House to meet Obama", "travel to China for talks"; "welcomed
        # Putin to Pyongyang"
        hosting = trigger.lemma_.casefold() in self.lex.needs_participant_verbs
        for token in chain[1:] if trigger.pos_ == "VERB" and not hosting else chain:
            # "is planning a trip to Washington to meet party leaders"
            trips = [
                obj
                for obj in direct_objects(token)
                if obj.lemma_.casefold() in self.lex.travel_nouns and obj is not trigger
            ]
            # "will visit Kyiv next week to meet Zelensky": where the visit goes
            lemma = token.lemma_.casefold()
            visited = direct_objects(token) if lemma == "visit" else []
            # "departed for Hiroshima for the G7 summit"
            bound = prep_objects(token, "for") if lemma in self.lex.departure_verbs else []
            # "to" gives where someone goes or is brought, not where something else goes
            # ("will raise the deployment of police to Haiti during the talks")
            goes = (
                token is trigger
                or lemma in self.lex.travel_verbs
                or lemma in self.lex.departure_verbs
                or lemma in self.lex.sending_verbs
                or lemma in self.lex.needs_participant_verbs
                or lemma in self.lex.travel_nouns
                or lemma in _BRINGING_VERBS
            )
            for place in [
                *(prep_objects(token, "to") if goes else ()),
                *(p for t in trips for p in prep_objects(t, "to")),
                *visited,
                *bound,
            ]:
                if self.is_place(place):
                    return self.location_at(place)
        return self._there(trigger, chain)

    def _place_left_after(self, trigger: Token) -> Location | None:
        """Return the place one leaves after a meeting: where the meeting was.

        "Blinken left Cairo after talks with Sisi", "departed from Riyadh following a
        meeting with the crown prince": the talks were held in the place left (not "left
        for Amman", where the trip goes next).
        """
        preposition = trigger.head
        if trigger.dep_ != "pobj" or preposition.lower_ not in ("after", "following"):
            return None
        verb = preposition.head
        if verb.pos_ != "VERB" or verb.lemma_.casefold() not in self.lex.departure_verbs:
            return None
        for place in (*direct_objects(verb), *prep_objects(verb, "from")):
            if self.is_place(place):
                return self.location_at(place)
        return None

    def _event_place(self, place: Token) -> bool:
        """Whether a place right after an event a meeting is timed by is that event's.

        "receives FIFA chief ahead of Congress in Vancouver", "met Lula before the summit
        in Belem": the place follows the object of "ahead of", "before", "after",
        "following" or "prior to", which is no place itself.
        """
        preposition = place.head
        if preposition.dep_ != "prep" or preposition.i == 0:
            return False
        last = place.doc[preposition.i - 1]
        for event in (last, *last.ancestors):
            if event.i >= preposition.i or event.dep_ != "pobj":
                continue
            if event.right_edge.i != preposition.i - 1 or self.is_place(event):
                return False
            frame = event.head
            return frame.lower_ in _EVENT_FRAMES or (
                frame.lower_ == "of" and frame.head.lower_ in ("ahead", "prior")
            )
        return False

    def _place_of_agreement(self, trigger: Token) -> Location | None:
        """Return the town the parser hangs on the agreement talks are about, if any.

        "wrapped up a round of talks on a free trade agreement in Brussels": a treaty or
        deal is in no town, so the town is where the talks were. Not a country ("talks on a
        trade deal in Ukraine" may be about Ukraine) nor the place of a deal that holds
        somewhere ("talks on a ceasefire deal in Gaza").
        """
        part = self.part_of(trigger)
        for token in (trigger, *(() if part is None else (part,))):
            for subject in prep_objects(token, "on", "over", "about"):
                if subject.lemma_.casefold() not in _INSTRUMENT_NOUNS or any(
                    child.lemma_.casefold() in _LOCAL_DEAL_WORDS for child in subject.subtree
                ):
                    continue
                for place in prep_objects(subject, "in"):
                    name = compound_name(place)
                    town = place.ent_type_ == "GPE" and country_code(name) is None
                    if town and place_country(name) is not None:
                        return self.location_at(place)
        return None

    def _there(self, trigger: Token, chain: Sequence[Token]) -> Location | None:
        """Return the place "there" points back to: the last one the sentence before names.

        "The meeting will be held in Vienna. Ministers last met in person there in 2022."
        Only a place after "in", "at" or "to" counts ("flew to Paris from London").
        """
        if not any(
            child.lower_ == "there" and child.dep_ == "advmod"
            for token in (trigger, *chain)
            for child in token.children
        ):
            return None
        sentence = trigger.sent
        if sentence.start == 0:
            return None
        before = trigger.doc[sentence.start - 1].sent
        places = [
            token
            for token in before
            if token.dep_ == "pobj"
            and token.head.lower_ in ("in", "at", "to")
            and token.ent_type_ in ("GPE", "LOC", "FAC")
            and self.is_place(token)
        ]
        return self.location_at(places[-1]) if places else None

    def _venue_after(self, token: Token, town: Token, places: Sequence[Token]) -> Token | None:
        """Return a venue ``token`` names after the town it names first, if any.

        "In Manila, Marcos received Marles at Malacanang Palace": the palace, not the city
        the sentence opens with; "met Macron at the Elysee in Paris" keeps the Elysee anyway.
        """
        if town.ent_type_ not in ("GPE", "LOC") or town.i > token.i:
            return None
        return next(
            (
                place
                for place in places
                if place.i > token.i
                and place.ent_type_ not in ("GPE", "LOC")
                and place.head.lower_ == "at"
                and self.is_place(place)
            ),
            None,
        )

    def _nearer_day(self, text: str, resolved: str) -> str:
        """Return the day ``text`` names nearer the document's: before it or ahead of it."""
        anchor = self.r.anchor
        ahead = resolve_date(text, anchor, prefer_future=True)
        if anchor is None or ahead is None:
            return resolved
        told, other = date.fromisoformat(resolved), date.fromisoformat(ahead)
        return ahead if abs((other - anchor).days) < abs((told - anchor).days) else resolved

    def _town(self, location: Location) -> bool:
        """Whether a location is a place the model tags as one (a town), not a venue."""
        span = location.span
        if span is None:
            return False
        found = self.r.doc.char_span(span.start, span.end, alignment_mode="expand")
        return found is not None and any(token.ent_type_ in ("GPE", "LOC") for token in found)

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
                    for obj in children_with(child, "pobj"):
                        if self.is_place(obj) or obj.ent_type_ in NAME_LABELS:
                            candidates.append(obj)
                            queue.append(obj)
        named = next(
            (
                token
                for token in candidates
                if token.ent_type_ in NAME_LABELS
                or (token is place and (token.pos_ == "PROPN" or self._named_venue(token)))
            ),
            None,
        )
        chosen = named if named is not None else place
        tokens = self._place_tokens(chosen)
        span = token_span(tokens)
        country: str | None = None
        for token in (chosen, *candidates, *self._place_after(tokens[-1])):
            country = self._country_near(token)
            if country is not None:
                break
        return Location(name=span.text, span=span, country=country)

    def _named_venue(self, place: Token) -> bool:
        """Whether a venue noun is named by the words before it ("Ramstein air base").

        A venue noun written in lower case after a name of its own is named as much as one
        written with capitals ("Ramstein Air Base"), and is more specific than the place
        after it ("in Germany"); not one named after a nation ("the US embassy in Paris") or
        a body ("the IAEA headquarters in Vienna", as "the Department of Foreign Affairs in
        Pasay City" is in Pasay City).
        """
        if place.pos_ != "NOUN" or place.lemma_.casefold() not in self.lex.venue_nouns:
            return False
        names = [
            token
            for child in place.lefts
            if child.dep_ == "compound"
            for token in child.subtree
            if token.pos_ == "PROPN"
        ]
        return bool(names) and all(
            token.ent_type_ not in ("GPE", "NORP", "ORG")
            and country_code(token.text) is None
            and self.r.actor(token) is None
            for token in names
        )

    def _place_after(self, last: Token) -> list[Token]:
        """Return a place right after a venue that the parser hung elsewhere.

        "held talks ... at the Moncloa Palace in Madrid", with "in Madrid" hung on the verb:
        the venue is in the place named right after it ("in", "of" or a comma between).
        """
        doc = last.doc
        i = last.i + 1
        if i + 1 >= len(doc) or doc[i].lower_ not in ("in", "of", ","):
            return []
        place = doc[i + 1]
        while place.dep_ == "compound" and place.head.i > place.i:
            place = place.head  # the head word of the name: "New [York]"
        return [place] if self.is_place(place) else []

    def _place_tokens(self, head: Token) -> list[Token]:
        """Return the words that name a place: its entity, without possessor or article."""
        excluded: set[int] = set()
        owners: set[int] = set()
        for child in head.children:
            if child.dep_ == "poss" and _titled_owner(child, head):
                # "the Prime Minister's Office": a name, unlike "China's Great Hall"
                owners.update(token.i for token in child.subtree)
                continue
            if child.dep_ in ("poss", "det", "punct", "appos", "relcl", "acl", "npadvmod") or (
                child.dep_ == "prep" and child.lower_ != "of" and not _inside_name(head, child)
            ):
                excluded.update(token.i for token in child.subtree)
        tokens = {token.i for token in head.subtree if token.i not in excluded}
        if head.ent_type_:
            same = {i for i in tokens if head.doc[i].ent_type_ == head.ent_type_}
            if head.i in same:
                tokens = same | owners  # ("[St. Peter's] [Basilica]", tagged apart)
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
        if head.ent_type_:
            # "in Ain al-Tineh", parsed as three objects of "in": the whole name the model
            # tagged
            doc = head.doc
            while (
                run[-1].i + 1 < len(doc)
                and doc[run[-1].i + 1].ent_iob_ == "I"
                and "-" in (run[-1].text, doc[run[-1].i + 1].text)
                and not run[-1].whitespace_
            ):
                run.append(doc[run[-1].i + 1])
        doc = head.doc
        while (
            run[0].i >= 2
            and doc[run[0].i - 1].text == "-"
            and not doc[run[0].i - 1].whitespace_
            and not doc[run[0].i - 2].whitespace_
            and doc[run[0].i - 2].is_alpha
        ):
            # "at Mar-a-Lago": the words a name's hyphens glue to its head
            run[:0] = [doc[run[0].i - 2], doc[run[0].i - 1]]
        while len(run) > 1 and (run[-1].is_punct or run[-1].is_space):
            run.pop()
        while len(run) > 1 and (run[0].is_punct or run[0].lower_ == "the"):
            run.pop(0)
        first = run[0]
        article = first.doc[first.i - 1] if first.i > 0 else None
        if article is not None and article.text == "The" and not article.is_sent_start:
            # "in The Hague": a capital "The" inside a sentence is part of a name that is
            # known with it only
            name = first.doc[first.i : run[-1].i + 1].text
            if place_country(f"The {name}") is not None and place_country(name) is None:
                run.insert(0, article)
        return run

    def _country_near(self, token: Token) -> str | None:
        """Return the country a place names or belongs to ("China's Great Hall", "Cairo")."""
        actor = self.r.actor(token)
        if actor is not None and self.r.kind_of.get(actor) == "country":
            country = self.r.country_of.get(actor)
            if country is not None:
                return country
        for child in token.children:
            # "China's Great Hall", "an Osaka hotel": the owner or the place it is named for
            if child.dep_ == "poss" or (
                child.dep_ == "compound"
                and child.ent_type_ in PLACE_LABELS
                and token.ent_iob_ != "I"  # not a word of one name ("Santa Cruz Palace")
            ):
                found = self._country_near(child)
                if found is not None:
                    return found
        if token.pos_ != "PROPN" and token.ent_type_ not in NAME_LABELS:
            if token.lemma_.casefold() in self.lex.town_nouns:
                return self._nation_modifier(token)  # "the Chinese capital"
            return None
        name = token_span(self._place_tokens(token)).text
        found = place_country(name)
        if found is None and token.ent_type_ in PLACE_LABELS:
            # "Port Sudan", "Hamburg": a city the model tags so; "Pasay City": "Pasay"
            found = city_country(name) or city_country(name.removesuffix(" City"))
        return found


# As the doc's array of lower-case forms holds them (a symbol's id for a word spaCy knows as one).
_WEEKDAY_IDS = frozenset(get_string_id(day) for day in WEEKDAYS)
# Words that introduce a list of what lies ahead: "Key dates ahead:", "What comes next:".
_AHEAD_WORDS = re.compile(
    r"\b(?:ahead|next|coming|upcoming|schedule|scheduled|calendar|will|planned|expected)\b",
    re.IGNORECASE,
)
# How far ahead a chronology entry's day may be and still be read as ahead ("Dec. 8:").
_SCHEDULE_REACH = timedelta(days=45)
# A date that ends with a day of the month ("June 12", "Feb 27-28"), and a year after it.
_DAY_END = re.compile(r"\b[A-Za-z]{3,9}\.?\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?$")
# How far past the document's date a day told in the past tense may fall and be that day.
_NEAR_AHEAD = timedelta(days=31)
# The marks that end a chronology entry's date: "June 14: ...", "June 12, 2018 - ...".
_ENTRY_MARKS = frozenset({":", "-", "–", "—", "--"})
# "June 27-28", "27-28 June": a span of days, dated by its first.
_DAY_RANGE = re.compile(r"\b(\d{1,2})\s*(?:[-–]|to|and|until|through)\s*\d{1,2}\b")
# "from Wednesday to Friday", "Monday through Wednesday": the first weekday of a run of days
_WEEKDAY_RANGE = re.compile(
    r"^(?:from\s+|between\s+)?(?P<first>(?:next\s+|this\s+)?[A-Za-z]+day)\s*"
    r"(?:[-–]|to|and|until|through|till)\s*[A-Za-z]+day$",
    re.IGNORECASE,
)
# Prepositions before "the cancellation of" a meeting that tell it as done: "overshadowed by
# the cancellation of", "after the cancellation of".
_TOLD_CANCELLATION_PREPOSITIONS = frozenset(
    {"by", "after", "following", "despite", "amid", "over", "since", "with"}
)
# "from November 29 to December 1", "Nov. 29-Dec. 1": a run of days over two months
_MONTHS_RANGE = re.compile(
    r"^(?:from\s+|between\s+)?(?P<first>[A-Z][a-z]{2,8}\.?\s+\d{1,2})\s*"
    r"(?:[-–]|to|and|until|through|till)\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}$"
)
_PART_OF_DAY = r"(?:day|morning|afternoon|evening|night)"
# A date told against the year named before it: "November 9 that year", "June of the same year".
_THAT_YEAR = re.compile(
    r"^(?P<body>.*?),?\s*(?:(?:of|in)\s+)?(?:that|the\s+same)\s+year$", re.IGNORECASE
)
# Words before "that year" that leave the whole year: "later that year".
# Determiners of a meeting told as known: "cancelled the visit on Thursday" may date it.
_KNOWN_DETERMINERS = frozenset({"the", "this", "that"})
_YEAR_SIDES = frozenset({"", "later", "earlier", "late", "early", "in", "during"})
# A day told against the day the text told last, and how many days after it.
_RELATIVE_DAYS = (
    (
        re.compile(
            rf"(?:(?:later|earlier)\s+(?:in\s+the|that)\s+{_PART_OF_DAY}"
            rf"|(?:(?:earlier|later)\s+)?(?:on\s+)?(?:the\s+)?same\s+day|that\s+{_PART_OF_DAY})",
            re.IGNORECASE,
        ),
        0,
    ),
    (
        re.compile(
            r"(?:on\s+)?(?:the\s+(?:next|following)\s+day|the\s+day\s+after)", re.IGNORECASE
        ),
        1,
    ),
    (re.compile(r"(?:on\s+)?(?:the\s+previous\s+day|the\s+day\s+before)", re.IGNORECASE), -1),
)


def length_in_days(trigger: Token) -> int | None:
    """Return how many days "a three-day visit" or "a 5-day summit" lasts, if it says."""
    for child in trigger.children:
        if child.dep_ not in ("compound", "amod", "nmod") or child.lower_ not in ("day", "days"):
            continue
        for number in child.children:
            if number.dep_ == "nummod":
                word = number.lower_
                count = int(word) if word.isdigit() else NUMBER_WORDS.get(word)
                if count is not None and 0 < count <= 31:
                    return count
    return None


# "a day earlier", "two days later", "a week later": counted from the day told before.
_DAYS_APART = re.compile(
    r"(a|an|one|two|three|four|five|six|seven|\d{1,2})\s+(days?|weeks?)\s+"
    r"(earlier|later|before|after)",
    re.IGNORECASE,
)


def _relative_day(text: str) -> int | None:
    """Return how many days after the day told before ``text`` names ("the next day": 1).

    >>> [_relative_day(text) for text in ("the next day", "A day earlier", "two weeks later")]
    [1, -1, 14]
    >>> _relative_day("Earlier the same day")
    0
    """
    text = " ".join(text.split()).strip(" ,.")
    for pattern, offset in _RELATIVE_DAYS:
        if pattern.fullmatch(text):
            return offset
    apart = _DAYS_APART.fullmatch(text)
    if apart is not None:
        count_word, unit, direction = (group.lower() for group in apart.groups())
        count = 1 if count_word in ("a", "an") else NUMBER_WORDS.get(count_word)
        if count is None:
            count = int(count_word)
        days = count * (7 if unit.startswith("week") else 1)
        return -days if direction in ("earlier", "before") else days
    return None


def _date_entities(doc: Doc) -> list[SpacySpan]:
    """Return the doc's DATE entities, the weekday that opens a TIME one, and days as times.

    The model tags "Saturday night" a time as a whole; its weekday dates the meeting
    ("spoke with Trump by phone on Saturday night").
    """
    found: list[SpacySpan] = []
    for ent in doc.ents:
        if ent.label_ == "DATE" and _DAY_END.search(ent.text):
            # "on Feb 27-28, 2019", "June 12, 2018 - ...": the model may stop the date before
            # its year, which says which February
            end = ent.end
            if (
                end + 1 < len(doc)
                and doc[end].text == ","
                and YEAR.fullmatch(doc[end + 1].text)
                and not doc[end + 1].ent_type_
            ):
                ent = SpacySpan(doc, ent.start, end + 2, label=ent.label_)
        if ent.label_ == "DATE" or (ent.label_ == "TIME" and _relative_day(ent.text) is not None):
            found.append(ent)  # a time of "later in the day" dates it by the day before
        elif ent.label_ == "TIME" and " ".join(ent.text.lower().split()) in DAY_PHRASES:
            found.append(ent)  # "this afternoon", "last night": a day of the document's
        elif ent.label_ == "TIME" and len(ent) > 1 and ent[0].lower_ in WEEKDAYS:
            found.append(doc[ent.start : ent.start + 1])
    # "at the Moncloa later Thursday": a weekday the model left untagged (the weekdays
    # picked in the doc's array of lower-case forms, without a ``Token`` for every word)
    lowers = doc.to_array(LOWER).astype(np.uint64, copy=False)  # as stored
    weekdays = np.flatnonzero(found_in(lowers, id_array(_WEEKDAY_IDS))).tolist()
    found += [
        doc[token.i : token.i + 1]
        for token in (doc[i] for i in weekdays)
        if not token.ent_type_ and token.lower_ in WEEKDAYS and token.text[0].isupper()
    ]
    return sorted(found, key=lambda span: span.start)


def _later_in_story(text: str) -> bool:
    """Whether a time is later in the time of the story ("later this month", "later today")."""
    return text.casefold().startswith(("later this ", "later today"))


def _told_after_noun(trigger: Token, ent: SpacySpan) -> bool:
    """Whether a bare time right after a meeting noun's phrase is its time.

    "Critics of Ruto's trip to Ghana later this month agree": the parser hangs the time on
    the verb after it, of which the noun is a part of the subject.
    """
    verb = ent.root.head
    return (
        trigger.pos_ in ("NOUN", "PROPN")
        and ent.root.dep_ == "npadvmod"
        and ent.start == trigger.right_edge.i + 1
        and verb.pos_ in ("VERB", "AUX")
        and verb.i >= ent.end
        and any(
            subject.left_edge.i <= trigger.i <= subject.right_edge.i
            for subject in verb.children
            if subject.dep_ in ("nsubj", "nsubjpass")
        )
    )


def _position_conjuncts(verb: Token, positions: AbstractSet[str]) -> list[Token]:
    """Return the names the parser joins to a caption's position word after the verb.

    "Biden, center, meets with Kishida, left, and Marcos": "and Marcos" hangs on "left".
    """
    return [
        child
        for position in verb.children
        if position.i > verb.i and position.lower_ in positions
        for child in position.children
        if child.dep_ == "conj" and child.pos_ == "PROPN"
    ]


def _position_verb(name: Token, positions: AbstractSet[str]) -> Token | None:
    """Return the caption's verb a name joined to a position word after it belongs to."""
    position = name.head
    if name.dep_ != "conj" or position.lower_ not in positions or position.i > name.i:
        return None
    return position.head if position.head.i < position.i else None


def _guest_of_adjective(verb: Token) -> list[Token]:
    """Return the name a verb read as an adjective ("hosted RSF leader Dagalo") is before."""
    if verb.dep_ != "amod" or verb.head.i <= verb.i:
        return []
    guest = verb.head
    for _ in range(4):
        if guest.dep_ != "compound" or guest.head.i <= guest.i:
            break
        guest = guest.head
    return [guest] if guest.pos_ == "PROPN" else []
