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

The work is split by concern: ``_reader`` reads one parsed document (spans, actors, places,
the trigger lexicon), ``_mentions`` finds the trigger mentions and who takes part, and
``_circumstances`` adds place, date, status and topics; this module joins coreferent
mentions into meetings and holds the spaCy component.

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

import itertools
import os
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from datetime import date, timedelta
from functools import cache
from typing import Any

import attrs
import numpy as np
from spacy.attrs import LOWER, NORM, ORTH
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newsevents._doctext import credit_spans, doc_text
from newsevents._doctext import heading_end as find_heading_end
from newsevents._syntax import SUBJECT_DEPS, Children, Sentences, doc_children
from newsevents._words import LATER_WORDS, RELATIVE_PRONOUNS
from newsevents.dates import WEEKDAYS, YEAR, resolve_period
from newsevents.errors import InputError
from newsevents.extensions import (
    DOC_DATE,
    DOC_MEETINGS,
    Guarded,
    register_extensions,
)
from newsevents.lexicons import load_lexicon
from newsevents.meetings._circumstances import (
    ENDING_VERBS,
    PARTS_OF_DAY,
    Circumstances,
    framed_apart,
    length_in_days,
    told_in_passing,
)
from newsevents.meetings._mentions import (
    BODY_GATHERINGS,
    DELEGATION_LEADING,
    SEEING_VERBS,
    SHUTTLING_VERBS,
    MentionFinder,
)
from newsevents.meetings._reader import (
    SUBJECTS,
    DocumentReader,
    Mention,
    add_new,
    cancels,
    children_with,
    counted,
    noun_lemma,
    pair_titles,
    prep_objects,
    sentence_span,
    token_span,
)
from newsevents.model import Location, Meeting, MeetingKind, MeetingStatus
from newsevents.places import load_tables
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
    "counterpart_nouns",
    "sideline_nouns",
    "frame_prepositions",
    "weak_frame_prepositions",
    "event_part_nouns",
    "quantity_nouns",
    "negative_verbs",
    "contact_verbs",
    "speech_to_verbs",
    "cancel_verbs",
    "cancel_nouns",
    "postpone_verbs",
    "happening_verbs",
    "schedule_words",
    "planning_verbs",
    "decision_verbs",
    "planned_modifiers",
    "ongoing_modifiers",
    "past_modifiers",
    "excluded_modifiers",
    "person_nouns",
    "pair_words",
    "press_nouns",
    "briefing_words",
    "venue_nouns",
    "discussion_verbs",
    "other_settings",
    "encounter_verbs",
    "gathering_names",
    "meal_nouns",
    "partner_nouns",
    "legislative_nouns",
    "legislative_words",
    "judicial_words",
    "testimony_verbs",
    "crowd_nouns",
    "private_nouns",
    "travel_nouns",
    "travel_verbs",
    "arrival_verbs",
    "caption_positions",
    "site_nouns",
    "capital_cities",
    "joining_verbs",
    "contest_nouns",
    "sport_words",
    "rebuff_nouns",
    "sending_verbs",
    "town_nouns",
    "departure_verbs",
    "agenda_nouns",
    "calling_verbs",
)
_ROLES = ("participant", "host")

# Verbs of discussing whose subject is the meeting, not a person: "the talks covered coal".
_CONTENT_VERBS = frozenset({"include", "cover", "center", "centre", "revolve"})
# What two sides exchange when they discuss: "exchanged views on the Ukraine crisis".
_VIEWS = frozenset({"view", "opinion", "idea"})
# Marks of a clause that happens while its main clause does: "..., as the leaders met".
_MEANWHILE = frozenset({"as", "while", "when"})
# A sentence's first word that turns to news of its own: "Separately, the bank said ...".
_OTHER_STORY = frozenset({"separately", "elsewhere"})
# What is raised as a feeling, not a subject: "raised concerns about ...".
_ATTITUDES = frozenset({"concern", "doubt", "fear", "alarm", "objection", "hope", "eyebrow"})
# How many sentences after a mention may say what the meeting discussed.
_TOPIC_WINDOW = 3
# How far a sentence that plainly names the ones who met still tells what they discussed.
_FAR_TOPIC_WINDOW = 8
# How far apart (in characters) two undated mentions of a planned meeting with the same
# people may be to be one meeting: the few paragraphs of one story.
_UNDATED_REACH = 3000
# How many sentences after a meeting it can be told again by those it told of, with no
# day of its own ("The two met for nearly two hours"), when no other meeting comes between.
_RETOLD_REACH = 3
# Verbs of opening a meeting ("The meeting opened on Wednesday"), as ENDING_VERBS end one.
_OPENING_VERBS = frozenset({"open", "begin", "start"})
# How many sentences back the last meeting of a body may be for "the next council meeting".
_BODY_SERIES_REACH = 6
# How many sentences back talks may be told for "Talks planned for June were cancelled": the
# story's talks, told by the same word with a time and a status of their own.
_SERIES_REACH = 12
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

# How many sentences after a meeting "X said after the meeting" may tell it again when X was
# not named at it.
_FRAMED_REACH = 3
# How many earlier meetings "the meeting" may skip to find the one it refers back to.
_ANTECEDENTS = 3
# Verbs of receiving a guest, whose meeting the talks told next in the sentence are.
_RECEPTION_VERBS = frozenset({"receive", "welcome", "greet", "host"})
# Kinds of meeting a host may hold for guests who came to it.
_GATHERINGS = frozenset(
    {MeetingKind.SUMMIT, MeetingKind.MEETING, MeetingKind.TALKS, MeetingKind.NEGOTIATION}
)

# Days a possessive names a meeting by ("Tuesday's meeting")
_WEEKDAYS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)
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


def _pair_table(
    data: Mapping[str, Any], section: str, shape: str, source: str
) -> dict[tuple[str, str], MeetingKind]:
    """Read a section of two-word phrases ("sit down", "bargaining table") -> meeting kind."""
    pairs = {}
    for phrase, kind in _kind_table(data, section, source).items():
        first, _, second = phrase.partition(" ")
        if not second:
            raise InputError(f"{source}: $.{section}.{phrase}: expected '{shape}'")
        pairs[(first.casefold(), second.casefold())] = kind
    return pairs


def _word_set(data: Mapping[str, Any], section: str, source: str) -> frozenset[str]:
    entries = data.get(section, [])
    if not isinstance(entries, list) or not all(isinstance(item, str) for item in entries):
        raise InputError(f"{source}: $.{section}: expected a list of words")
    return frozenset(item.casefold() for item in entries)


@attrs.frozen(kw_only=True)
class MeetingLexicon:
    """The words behind the meeting rules, read from a ``meeting_triggers`` lexicon file.

    ``verbs`` and ``nouns`` map a lemma to the kind of meeting it reports;
    ``particle_verbs`` maps "verb particle" ("sit down") to a kind, ``object_phrase_verbs``
    "verb object" ("shake hand": the object is part of the phrase, not a participant),
    ``compound_nouns`` "modifier noun" ("bargaining table": the noun alone is no trigger);
    ``support_verbs`` maps a
    verb that governs a trigger noun ("hold talks", "host a summit") to the role its subject
    plays (``participant`` or ``host``). The other fields are word lists (see the shipped
    file for what each one does).
    """

    verbs: Mapping[str, MeetingKind]
    particle_verbs: Mapping[tuple[str, str], MeetingKind]
    object_phrase_verbs: Mapping[tuple[str, str], MeetingKind] = attrs.field(factory=dict)
    compound_nouns: Mapping[tuple[str, str], MeetingKind] = attrs.field(factory=dict)
    nouns: Mapping[str, MeetingKind]
    support_verbs: Mapping[str, str]
    plural_only_nouns: frozenset[str] = frozenset()
    country_only_nouns: frozenset[str] = frozenset()
    needs_participant_verbs: frozenset[str] = frozenset()
    phone_words: frozenset[str] = frozenset()
    phone_verbs: frozenset[str] = frozenset()
    phone_nouns: frozenset[str] = frozenset()
    #: Nouns of the one who holds the same office on the other side ("spoke with his
    #: French counterpart"): whom a minister speaks with so is on a call
    counterpart_nouns: frozenset[str] = frozenset()
    sideline_nouns: frozenset[str] = frozenset()
    frame_prepositions: frozenset[str] = frozenset()
    weak_frame_prepositions: frozenset[str] = frozenset()
    event_part_nouns: frozenset[str] = frozenset()
    quantity_nouns: frozenset[str] = frozenset()
    negative_verbs: frozenset[str] = frozenset()
    contact_verbs: frozenset[str] = frozenset()
    speech_to_verbs: frozenset[str] = frozenset()
    cancel_verbs: frozenset[str] = frozenset()
    #: Nouns of calling a meeting off: "the cancellation of a planned meeting" is off.
    cancel_nouns: frozenset[str] = frozenset()
    #: Verbs (or "verb particle") that move a meeting: the day it was set for is no more,
    #: only the day it is moved to ("postponed until March 3") dates it.
    postpone_verbs: frozenset[str] = frozenset()
    #: Verbs (or "verb particle") of a meeting coming about; negated, the meeting is off
    #: ("the summit will not take place", "the talks did not go ahead").
    happening_verbs: frozenset[str] = frozenset()
    #: Words of "as planned": a meeting that will not happen "as scheduled" is cancelled.
    schedule_words: frozenset[str] = frozenset()
    planning_verbs: frozenset[str] = frozenset()
    #: Verbs of a decision taken at a meeting: "agreed on Thursday to raise tariffs at a
    #: meeting in Brussels" tells a meeting held when they agreed, not one to come.
    decision_verbs: frozenset[str] = frozenset()
    planned_modifiers: frozenset[str] = frozenset()
    ongoing_modifiers: frozenset[str] = frozenset()
    past_modifiers: frozenset[str] = frozenset()
    excluded_modifiers: frozenset[str] = frozenset()
    person_nouns: frozenset[str] = frozenset()
    pair_words: frozenset[str] = frozenset()
    press_nouns: frozenset[str] = frozenset()
    #: Words that make a call a briefing: before it ("an earnings call", "an investor call")
    #: or as all those it is "with" ("a call with analysts"), like a press conference.
    briefing_words: frozenset[str] = frozenset()
    venue_nouns: frozenset[str] = frozenset()
    discussion_verbs: frozenset[str] = frozenset()
    other_settings: frozenset[str] = frozenset()
    encounter_verbs: frozenset[str] = frozenset()
    gathering_names: frozenset[str] = frozenset()
    meal_nouns: frozenset[str] = frozenset()
    #: Nouns that report a meeting only with a partner after "with" or "between" ("held an
    #: audience with the Pope", "a two-hour session with the rebels"; not "the audience"),
    #: or of a body named before them ("the Security Council session").
    partner_nouns: frozenset[str] = frozenset()
    legislative_nouns: frozenset[str] = frozenset()
    legislative_words: frozenset[str] = frozenset()
    #: Words of a court, a tribunal or an arbitration body, whose hearings are no meetings
    #: even when the body is named a committee ("the Central Arbitration Committee").
    judicial_words: frozenset[str] = frozenset()
    testimony_verbs: frozenset[str] = frozenset()
    crowd_nouns: frozenset[str] = frozenset()
    private_nouns: frozenset[str] = frozenset()
    travel_nouns: frozenset[str] = frozenset()
    #: Verbs of travel a visit noun after a comma may name ("will fly to Beijing, her first
    #: visit since 2016"); ``arrival_verbs`` go "in" or "at" their destination.
    travel_verbs: frozenset[str] = frozenset()
    arrival_verbs: frozenset[str] = frozenset()
    #: Verbs of leaving whose destination follows "for" ("departed for Hiroshima").
    departure_verbs: frozenset[str] = frozenset()
    #: What a meeting to come "is on" ("on the agenda", "on the cards"; "not on" it: none).
    agenda_nouns: frozenset[str] = frozenset()
    #: Verbs that report a phone call when one person "called" another and nothing more is
    #: said of the callee ("Biden called Netanyahu on Sunday", not "called him a liar").
    calling_verbs: frozenset[str] = frozenset()
    caption_positions: frozenset[str] = frozenset()
    site_nouns: frozenset[str] = frozenset()
    #: Capitals that stand for their country's government in who met whom ("Moscow and Kyiv
    #: held talks"); their country comes from the places gazetteer.
    capital_cities: frozenset[str] = frozenset()
    #: Verbs (or "verb particle") whose object takes part in the meeting that is their
    #: subject or that they describe ("talks involving A and B", "brought together A and B").
    joining_verbs: frozenset[str] = frozenset()
    #: Nouns of contests in which one side meets the other as an opponent ("will meet
    #: Arsenal in the final", "met Djokovic in the semifinal"): no meeting.
    contest_nouns: frozenset[str] = frozenset()
    #: Words of sports reports: in a text with a score ("drew 1-1") and several of them,
    #: teams that "meet" play each other ("Arsenal meet Chelsea on Sunday").
    sport_words: frozenset[str] = frozenset()
    #: Nouns of a hostile answer: someone met "with tear gas", "with criticism" is not met.
    rebuff_nouns: frozenset[str] = frozenset()
    #: Verbs whose object, not their subject, goes to a meeting ("sent Burns for talks").
    sending_verbs: frozenset[str] = frozenset()
    #: Nouns of towns that are a place when a nation or a name says which one ("the Chinese
    #: capital", "the Saudi city of Jeddah").
    town_nouns: frozenset[str] = frozenset()
    #: The string hashes of every lemma that may start a mention (as written and
    #: capitalised, and a noun's capitalised plural), checked before any rule runs.
    candidate_hashes: frozenset[int] = attrs.field(init=False)

    @candidate_hashes.default
    def _candidate_hashes(self) -> frozenset[int]:
        lemmas = (
            *self.verbs,
            *self.nouns,
            *(verb for verb, _ in self.particle_verbs),
            *(verb for verb, _ in self.object_phrase_verbs),
            *(noun for _, noun in self.compound_nouns),
            *self.phone_verbs,
            *self.calling_verbs,
            *self.phone_nouns,
            *self.sideline_nouns,
            *self.gathering_names,
            *SEEING_VERBS,  # "also saw Fidan", when two named people are the only parties
            *BODY_GATHERINGS,  # "The FIFA Congress will be held in Vancouver"
            *DELEGATION_LEADING,  # "led a delegation to India"
            *SHUTTLING_VERBS,  # "mediators shuttled between the delegations"
            "round",  # "The previous round, held in Asuncion", after talks
        )
        # "Talks between ... have collapsed" after a dateline, which the tagger takes for a name
        plurals = (noun.capitalize() + "s" for noun in self.nouns)
        return frozenset(
            get_string_id(form)
            for form in (
                *(form for lemma in lemmas for form in (lemma, lemma.capitalize())),
                *plurals,
            )
        )

    @classmethod
    def from_data(cls, data: Any, *, source: str = _LEXICON) -> MeetingLexicon:
        """Check the parsed JSON of a lexicon file and build the lexicon from it.

        >>> MeetingLexicon.from_data({"nouns": {"talk": "talks"}}).nouns
        {'talk': <MeetingKind.TALKS: 'talks'>}
        """
        if not isinstance(data, Mapping):
            raise InputError(f"{source}: $: expected an object of lexicon sections")
        particles = _pair_table(data, "particle_verbs", "verb particle", source)
        object_phrases = _pair_table(data, "object_phrase_verbs", "verb object", source)
        compounds = _pair_table(data, "compound_nouns", "modifier noun", source)
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
            object_phrase_verbs=object_phrases,
            compound_nouns=compounds,
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


@attrs.define
class _Draft:
    """A meeting being assembled from one or more coreferent mentions."""

    first: Mention
    mentions: list[Mention]
    participants: list[str]
    # "Biden will host Ruto for a state visit", "hosted them for a summit": the kind of
    # meeting the hosting verb is for.
    hosted_kind: MeetingKind | None = None
    # "He cancelled the trip" after a meeting planned abroad: the meeting is off with it.
    called_off: bool = False

    @property
    def kind(self) -> MeetingKind:
        return self.hosted_kind or self.first.kind


# -- assembling ------------------------------------------------------------------------------


def _attach(
    drafts: list[_Draft],
    mention: Mention,
    sentences: Sentences,
    heading_end: int = 0,
    kinds: Mapping[str, str] | None = None,
    names: Mapping[str, str] | None = None,
    affiliations: Mapping[str, str] | None = None,
    countries: Mapping[str, str | None] | None = None,
) -> None:
    """Add ``mention`` to the meeting it refers back to, or start a new meeting.

    ``heading_end`` is where the document's headline ends (0 without one): the first
    meeting the text tells of with everyone its headline names is the headline's meeting.
    ``kinds`` maps actor ids to their kinds, for telling summits in one city apart,
    ``names`` to their names, for a headline's parties named otherwise in the text, and
    ``affiliations`` to the organisations they belong to, for a summit of a group's
    organisation, and ``countries`` to their nations, for a headline that names the
    nations of the people its story names; ``sentences`` are the doc's.
    """
    anchor = mention.anchor
    if anchor is not None and anchor is not mention.trigger and not framed_apart(mention.trigger):
        # "Erdogan will host Putin for talks", "met Wang for talks": the talks are the
        # meeting the verb reports; "In a separate meeting, Al Zayani held talks with
        # Safadi": the meeting is the talks the verb holds
        for draft in reversed(drafts):
            if any(
                item.trigger.i != mention.trigger.i and _held_by(item.trigger, anchor)
                for item in draft.mentions
            ):
                draft.mentions.append(mention)
                if not draft.first.split:  # "met A and B in separate meetings": one each
                    add_new(draft.participants, mention.participants)
                hosted = draft.first.host is not None and draft.hosted_kind is None
                if (
                    draft.hosted_kind is None
                    and draft.first.kind is MeetingKind.VISIT
                    and draft.first.trigger.pos_ == "VERB"
                    and mention.kind is MeetingKind.SUMMIT
                ):
                    # "visited New Delhi for the G20 summit": the summit is the meeting told
                    draft.mentions.remove(mention)
                    draft.mentions.insert(0, mention)
                    draft.first = mention
                elif hosted and mention.kind in (MeetingKind.VISIT, MeetingKind.SUMMIT):
                    draft.hosted_kind = mention.kind  # "will host Ruto for a state visit"
                return
            if sentences.of(draft.first.trigger.i).start != sentences.of(mention.trigger.i).start:
                break
    if mention.when_of is not None:
        # "Kurti and Vucic last met in August 2023, when a meeting in Brussels ... ended":
        # the meeting they last held, told again
        for draft in reversed(drafts):
            if any(m.trigger.i == mention.when_of.i for m in draft.mentions):
                draft.mentions.append(mention)
                add_new(draft.participants, mention.participants)
                return
    joined = _talks_joined(drafts, mention, sentences)
    if joined is not None:
        # "Kenyatta is expected to join the talks as an observer": those who join the talks
        # told before take part in them; no new talks are told
        # ("arrived in Doha on Monday and is expected to join the talks": the day and the
        # place are of the arrival, not of the talks)
        mention.location = mention.where_held = None
        mention.date = mention.date_text = None
        joined.mentions.append(mention)
        add_new(joined.participants, mention.participants)
        return
    if _apposed_again(mention):
        # "held talks with Abiy at the Sheraton, their second meeting in three months": the
        # talks, told again in apposition
        sentence = sentences.of(mention.trigger.i).start
        for draft in reversed(drafts):
            if any(
                m.trigger.i < mention.trigger.i and sentences.of(m.trigger.i).start == sentence
                for m in draft.mentions
            ):
                draft.mentions.append(mention)
                return
    arrivals = _greets_arrivals(drafts, mention, sentences)
    if arrivals is not None:
        # "Arab leaders held a summit in Cairo on Tuesday. Sisi greeted arriving heads of
        # state": the arrivals of the summit, whose greeter is at it
        arrivals.mentions.append(mention)
        if mention.host is not None:
            add_new(arrivals.participants, [mention.host])
        return
    gathering = _hosts_gathering(drafts, mention, sentences)
    if gathering is not None and mention.host is not None:
        # "World leaders gathered for a summit in Switzerland. Amherd hosted the leaders at
        # the resort": the gathering told just before, and its host
        gathering.mentions.append(mention)
        add_new(gathering.participants, [mention.host])
        return
    day_told = _day_of_meeting_told(drafts, mention)
    if day_told is not None:
        # "met tribal leaders on Friday ... Pinto, who attended Friday's summit": the one
        # meeting of that day, whatever word tells it again; who attended it took part
        day_told.mentions.append(mention)
        if mention.borrowed:
            add_new(day_told.participants, mention.participants)
        return
    said_of = _meeting_it_says(mention.trigger, drafts)
    if said_of is not None and (
        set(mention.participants) <= set(said_of.participants)
        or _host_of_its_place(mention, said_of)
    ):
        # "Kishida and Xi held talks. The meeting was the first face-to-face summit between
        # the two": what the meeting told is
        said_of.mentions.append(mention)
        return
    if _told_again_in_passing(mention):
        # "Rubio met Netanyahu on Monday. A day after meeting Netanyahu, Rubio flew to
        # Riyadh": the meeting told before, now the time of something else
        for draft in reversed(drafts[-6:]):
            people = set(mention.participants)
            # of a meeting "met separately with A and B" made, the one with the same people
            # ("After meeting A in Cairo, he flew to Amman")
            if people <= set(draft.participants) and (
                not draft.first.split or people == set(draft.participants)
            ):
                draft.mentions.append(mention)
                return
    if _bare_visit(mention):
        # "to prepare for the visit": the visit told before, whoever prepares for it
        earlier = next((d for d in reversed(drafts) if d.kind is MeetingKind.VISIT), None)
        if earlier is not None:
            earlier.mentions.append(mention)
            return
    if mention.kind is MeetingKind.VISIT and mention.participants:
        for draft in reversed(drafts):
            # "visited New Delhi for the G20 summit": a visit told as the summit it was for
            if any(m.kind is MeetingKind.VISIT for m in draft.mentions):
                visitors = [p for p in draft.participants if p != draft.first.host]
                new = [p for p in mention.participants if p != mention.host]
                # "called off a visit to Pristina ... to visit German troops": the same
                # visitor's visit, whatever group it was to see
                new = [p for p in new if (kinds or {}).get(p) != "group"] or new
                if (
                    new
                    and set(new) <= set(visitors)
                    and _same_place(draft, mention)
                    # "She visited Mexico City in 2023", "On Sunday he called on the Crown
                    # Prince": a visit of a time of its own is another
                    and not _another_time(draft, mention)
                    and (
                        mention.date_text is None
                        or any(m.date_text is not None for m in draft.mentions)
                    )
                ):
                    draft.mentions.append(mention)
                    add_new(draft.participants, mention.participants)
                    return
                break
    if mention.beside and mention.definite and not mention.named:
        # "The UN climate conference in Belem ended ... On the sidelines of the conference,
        # Hoekstra met Liu": the conference told before, which they attended
        told = _gathering_told_before(mention.trigger, drafts, kinds=kinds) or _gathering_of_many(
            mention.trigger, drafts, sentences, kinds or {}
        )
        if told is not None and not _holders_told(mention, told):
            # "on the sidelines of the annual meetings of the IMF and the World Bank": a
            # gathering of others than any meeting told before is one of its own
            told = None
        if told is not None:
            told.mentions.append(mention)
            add_new(told.participants, mention.participants)
            return
    for draft in reversed(drafts[-2:]):
        if _met_where_told(mention, draft):
            # "attended a roundtable with business leaders, where he met 40 executives":
            # whom he met there is at the roundtable
            draft.mentions.append(mention)
            add_new(draft.participants, mention.participants)
            return
    body_met = _body_meeting_told(
        mention, drafts, sentences, kinds or {}, names or {}
    ) or _nth_attended(mention, drafts)
    if body_met is not None:
        # "Pacific Islands Forum leaders held a retreat ... Albanese, attending his third
        # Forum meeting, ...": the body's meeting told just before, which he attends
        body_met.mentions.append(mention)
        add_new(body_met.participants, mention.participants)
        return
    refers_back = (
        mention.definite and _noun_like(mention.trigger) and not _met_apart(mention.trigger)
    )
    if refers_back or (mention.vague and not mention.participants):
        allowed = _COMPATIBLE[mention.kind]
        if (
            mention.kind is MeetingKind.SUMMIT
            and len(mention.participants) >= 2
            and all((kinds or {}).get(p) == "person" for p in mention.participants)
        ):
            # "held talks in Nara ... During the roughly 90-minute summit, the leaders": two
            # leaders' summit is their talks
            allowed = allowed | {MeetingKind.MEETING, MeetingKind.TALKS}
        compatible = [d for d in reversed(drafts) if d.kind in allowed]
        if len(compatible) >= 2 and _told_as_time_of(compatible[0], compatible[1], sentences):
            # "resumed talks on Wednesday, two weeks after negotiators walked out of talks.
            # The talks, mediated by Acas, began ...": the talks the sentence tells, not
            # those its time clause tells of
            compatible[:2] = compatible[1::-1]
        if mention.beside:
            # "met Costa on the margins of the conference": the conference, not that meeting
            compatible = [
                d
                for d in compatible
                if not _held_beside(d, mention.trigger)
                and _holders_told(mention, d)
                and not _of_two_people(d, kinds or {})  # a bilateral has no margins
            ]
        if mention.definite and mention.status is MeetingStatus.OCCURRED:
            # "met Lavrov on Monday, days before talks with Blinken. During the meeting,
            # which lasted three hours, ...": the meeting held, not the talks to come
            # ("The last meeting between them took place in 2023", after one called off)
            compatible = [
                d
                for d in compatible
                if d.first.status not in (MeetingStatus.PLANNED, MeetingStatus.CANCELLED)
                or _weekday_again(d, mention)  # "the Monday meeting" after one set for Monday
            ]
        # Two named participants single the meeting out wherever it was told; fewer only
        # point at one of the last few.
        reach = len(compatible) if len(mention.participants) >= 2 else _ANTECEDENTS
        # "The 1995 Dayton talks ... Thursday's meeting": a day of its own is another meeting
        # ("held talks on Saturday. The next round of talks": not the talks held)
        compatible = [
            d
            for d in compatible
            if not _another_time(d, mention)
            and not (_told_as_next(mention) and d.first.status is MeetingStatus.OCCURRED)
            # "Xi hosted Trump in Beijing ... their 2018 summit in Buenos Aires": a place in
            # another country is another meeting
            and _same_place(d, mention)
            # "met Faisal in Riyadh ... spoke by phone with Mustafa ... the envoy's talks in
            # Riyadh": talks told with a place were held there, on no call
            and not (mention.location is not None and d.kind is MeetingKind.CALL)
        ]
        body = _body_named(mention)
        if body is not None:
            # "The planning committee meeting on Dec 16": the committee's, not a meeting of
            # others told before
            compatible = [
                d
                for d in compatible
                if any(body in (names or {}).get(p, "").casefold().split() for p in d.participants)
            ]
        if (
            compatible
            and _what_it_is(mention.trigger)
            # not "..., which was the first visit by Lula": a visitor of its own (what "it"
            # was names those of the meeting told, whoever of them the story has found)
            and (
                _it_subject(mention.trigger)
                or set(mention.participants) - {mention.host} <= set(compatible[0].participants)
            )
        ):
            # "will travel to Brasilia for a state visit. It will be the first bilateral
            # visit to Brazil by an Indian prime minister": what "it", the visit told, is
            compatible[0].mentions.append(mention)
            return
        if mention.framed_for and compatible:
            # "held talks with Ruto ... met Youssouf. Ruto said after the talks": the last
            # talks told, which the one who speaks took part in, not the meeting told last
            same = next((d for d in compatible if d.kind is mention.kind), None)
            if (
                same is not None
                and same is not compatible[0]
                and set(mention.framed_for) <= set(same.participants)
                and not set(mention.framed_for) <= set(compatible[0].participants)
                and _same_course(same.first.status, mention.status)
            ):
                same.mentions.append(mention)
                return
        for draft in compatible[:reach]:
            if _framed_far_from(mention, draft, sentences):
                continue
            if set(mention.participants) <= set(draft.participants):
                draft.mentions.append(mention)
                return
            if (
                mention.host is not None
                and mention.participants == [mention.host]
                and mention.trigger.dep_ == "dobj"
                and mention.trigger.head.dep_ == "relcl"
                and draft.kind is mention.kind
                and draft.first.status is mention.status
            ):
                # "Stocker, whose government hosted the talks,": the talks told before, and
                # their host
                draft.mentions.append(mention)
                add_new(draft.participants, mention.participants)
                return
        # "joined a roundtable ... after his meeting with Trump. Cook was among the executives
        # at the roundtable": the one the story told by the same word, if any
        last = next(
            (
                d
                for d in compatible
                if any(
                    m.trigger.idx >= heading_end and _same_series_word(m.trigger, mention.trigger)
                    for m in d.mentions
                )
            ),
            compatible[0] if compatible else None,
        )
        if (
            last is not None
            and mention.borrowed
            # "opened their summit on Sunday ... Putin joined the summit": one under way
            and (
                _same_course(last.first.status, mention.status)
                # "held a short meeting on Saturday. Macron joined them before the meeting":
                # the meeting held, which they joined
                or (mention.ahead_by_frame and last.first.status is MeetingStatus.OCCURRED)
            )
            and mention.date in (None, last.first.date)
            and _sentences_apart(_last_told(last), mention.trigger, sentences) <= 2
        ):
            # "will hold talks in Brussels ... Lajcak said he would chair the talks": who
            # chairs or joins the talks told just before takes part in them (not who
            # "arrived in Rome before the meeting": that happened beside it)
            draft = last
            draft.mentions.append(mention)
            if not framed_apart(mention.trigger) or _joined_around(mention.trigger):
                add_new(draft.participants, mention.participants)
            return
    if mention.participants and _tells_headline(
        drafts, mention, heading_end, sentences, names or {}, kinds or {}, countries or {}
    ):
        return
    if (
        _same_summit(drafts, mention, kinds or {}, affiliations or {})
        or _same_call(drafts, mention)
        or _same_encounter(drafts, mention, sentences)
        or _opened_and_ended(drafts, mention, sentences, kinds or {}, names or {})
    ):
        return
    last = drafts[-1] if drafts else None
    if (
        last is not None
        and not mention.participants
        and mention.attended
        and last.kind in _COMPATIBLE[mention.kind]
        and last.first.status is mention.status
        and not _another_time(last, mention)
        and _sentences_apart(_last_told(last), mention.trigger, sentences) <= 2
    ):
        # "... wrapping up two days of talks in Brussels. The ministers, meeting at the
        # alliance's headquarters, endorsed a plan": those no actor covers, met just after
        # a meeting was told, are at that meeting
        last.mentions.append(mention)
        return
    if not (mention.participants or mention.they or mention.named) and _in_time_clause(
        mention.trigger
    ):
        return  # "before the leaders sit down together": no one named, only a time
    mediated = _talks_mediated(drafts, mention, sentences)
    if mediated is not None:
        # "began proximity talks in Jeddah. Saudi and U.S. mediators met each delegation
        # separately": the mediators join the talks they go between
        mediated.mentions.append(mention)
        add_new(mediated.participants, mention.participants)
        return
    series = _series_told_before(drafts, mention, sentences, names or {})
    if series is not None:
        # "wrapped up talks in Geneva on Saturday. The next round of talks will be held in
        # Stockholm in January": another meeting of the same parties
        drafts.append(_Draft(first=mention, mentions=[mention], participants=series))
        return
    if mention.participants or mention.attended or mention.named or mention.they:
        # "Putin and Erdogan spoke. They agreed to hold talks": "they" are the two named
        participants = list(mention.participants or mention.they)
        # "meet again": those who met, not those of a summit told since as still to come
        met = next(
            (
                draft
                for draft in reversed(drafts)
                if draft.first.status is MeetingStatus.OCCURRED and draft.participants
            ),
            last,
        )
        if (
            met is not None
            and met.participants
            # two or more, or one group of both sides ("U.S. and Chinese negotiators")
            and (len(met.participants) >= 2 or (kinds or {}).get(met.participants[0]) == "group")
            and (_meet_again(mention) or _again_not_met(mention, drafts, names or {}))
            and _sentences_apart(_last_told(met), mention.trigger, sentences) <= 3
        ):
            # "The two delegations will meet again in Stockholm": those who just met
            participants = list(met.participants)
        if not mention.participants and last is not None and len(last.participants) == 2:
            near = _sentences_apart(_last_told(last), mention.trigger, sentences) <= 1
            if near and set(participants) & set(last.participants):
                # "Goyal, who is part of Modi's delegation, met Greer. A second meeting
                # between the two": the two who met, not the last two named
                participants = list(last.participants)
        drafts.append(_Draft(first=mention, mentions=[mention], participants=participants))


def _greets_arrivals(
    drafts: Sequence[_Draft], mention: Mention, sentences: Sentences
) -> _Draft | None:
    """Return the meeting held just before whose arrivals a greeting tells, if one is.

    "Sisi greeted arriving heads of state on a red carpet", in the sentence after a summit:
    the summit's guests as they arrive, with no day or place of its own.
    """
    verb = mention.trigger
    if (
        not drafts
        or verb.pos_ != "VERB"
        or verb.lemma_.casefold() not in _RECEPTION_VERBS
        or mention.date_text is not None
        or mention.location is not None
    ):
        return None
    arriving = any(
        token.lower_ in ("arriving", "arrived")
        for obj in children_with(verb, "dobj")
        for token in obj.subtree
        if token.i < obj.i or token.head.i == obj.i
    )
    last = drafts[-1]
    if (
        arriving
        and last.first.status is mention.status
        and _sentences_apart(_last_told(last), verb, sentences) <= 1
    ):
        return last
    return None


def _hosts_gathering(
    drafts: Sequence[_Draft], mention: Mention, sentences: Sentences
) -> _Draft | None:
    """Return the gathering held just before that a host is told to host, if one is.

    "World leaders gathered in Switzerland for a summit. Amherd hosted the leaders at the
    resort": in the next sentence, with no day of its own, one who hosts those the
    gathering told before had, and no one else, is its host, not at a meeting of their own.
    """
    verb = mention.trigger
    if (
        not drafts
        or verb.pos_ != "VERB"
        or verb.lemma_.casefold() != "host"
        or mention.host is None
        or mention.date_text is not None
    ):
        return None
    last = drafts[-1]
    guests = set(mention.participants) - {mention.host}
    if (
        last.kind in _GATHERINGS
        and guests
        and guests == set(last.participants)
        and all(m.host is None for m in last.mentions)
        and last.first.status is mention.status
        and _sentences_apart(_last_told(last), verb, sentences) == 1
    ):
        return last
    return None


def _apposed_again(mention: Mention) -> bool:
    """Whether a meeting noun set off by a comma tells again the meeting told before it.

    ", their second meeting in three months", ", their first encounter since ...", ", the
    second meeting between the two since May": the parser hangs the apposition on the last
    noun before it, but it names the meeting.
    """
    noun = mention.trigger
    if noun.pos_ == "NOUN" and _in_what_was(noun):
        # ", in what would have been their first encounter": a free relative, which tells
        # again the meeting of its clause, when it names no one of its own (not "in what
        # would be the first U.S.-Russia summit", a meeting of the two countries)
        if any(token.ent_type_ in _NAME_TYPES for token in noun.subtree):
            return False
        first = noun.head.head.left_edge
    # the parser may also make it a second object of the verb, or an adverbial noun
    elif noun.pos_ != "NOUN" or noun.dep_ not in ("appos", "dobj", "npadvmod"):
        return False
    else:
        first = noun.left_edge
    if first.i == 0 or noun.doc[first.i - 1].text != ",":
        return False
    children = list(noun.children)
    if any(child.dep_ == "poss" and child.lower_ == "their" for child in children):
        return True
    # ", the second meeting between the two since May": the one told, counted
    return any(c.dep_ == "det" and c.lower_ == "the" for c in children) and any(
        c.dep_ == "amod" and (c.ent_type_ == "ORDINAL" or c.lower_ in ("latest", "last"))
        for c in children
    )


# Entity types of names: what a meeting noun that names its own parties has in it.
_NAME_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC"})


def _in_what_was(noun: Token) -> bool:
    """Whether a meeting noun is what "what" was, in a phrase opened by "in".

    "in what would have been their first encounter", "in what was the first meeting
    between the two": the noun completes "be", whose subject is "what", under "in".
    """
    verb = noun.head
    return (
        noun.dep_ == "attr"
        and verb.lemma_ == "be"
        and verb.dep_ in ("pcomp", "pobj")
        and verb.head.lower_ == "in"
        and any(child.dep_ == "nsubj" and child.lower_ == "what" for child in verb.children)
    )


def _day_of_meeting_told(drafts: list[_Draft], mention: Mention) -> _Draft | None:
    """Return the one meeting told before on the day "Friday's summit" names, if one.

    Only for a meeting named by the day's possessive, with no name or place of its own that
    sets it apart: one held ("who attended Friday's summit"), or one still to come when the
    meeting told on that day is ("will hold talks on Tuesday ... urged him to raise Papua
    during Tuesday's meeting", where no tense of its own sets the possessive's day).
    """
    noun = mention.trigger
    if mention.date is None or mention.status is MeetingStatus.CANCELLED or mention.named:
        return None
    days = [child for child in noun.children if child.dep_ == "poss" and child.ent_type_ == "DATE"]
    if not days:
        return None
    day = days[0].text.casefold()
    same_day = [
        draft
        for draft in drafts
        if (
            draft.first.status is MeetingStatus.OCCURRED
            and mention.status is MeetingStatus.OCCURRED
            and any(m.date == mention.date for m in draft.mentions)
        )
        or (
            draft.first.status is MeetingStatus.PLANNED
            and day in _WEEKDAYS
            and any(
                m.date_text is not None and m.date_text.text.casefold() == day
                for m in draft.mentions
            )
        )
    ]
    if len(same_day) != 1 or not _same_place(same_day[0], mention):
        return None  # "Friday's EU summit in Brussels" after a meeting in Berlin that day
    return same_day[0]


def _meet_again(mention: Mention) -> bool:
    """Whether "the two", "both sides" or "they" are to meet "again": the ones who met.

    "The two delegations will meet again", "The two CEOs are expected to meet again".
    """
    verb = mention.trigger
    if verb.pos_ != "VERB" or not any(c.lower_ == "again" for c in verb.children):
        return False
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
        if subjects:
            subject = subjects[0]
            return subject.lower_ in ("they", "both") or any(
                c.lower_ in ("two", "both") for c in subject.children
            )
        if verb.dep_ not in ("xcomp", "ccomp", "conj") or verb.head is verb:
            return False
        verb = verb.head  # "are expected to meet again": the subject of "expected"
    return False


def _again_not_met(mention: Mention, drafts: Sequence[_Draft], names: Mapping[str, str]) -> bool:
    """Whether "the ministers" who are to meet "again" stand for people who have not met.

    "Maris met Prak on Wednesday. Lavrov will attend the East Asia Summit foreign ministers'
    meeting on Friday. The ministers will meet again in Bangkok": "again" says they met
    before, so they are not the ministers of a meeting still to come, but those who met.
    A group told by the same noun that met is that group ("Leaders of four parties met ...
    Timmermans met Plasterk ... The party leaders will meet again": the leaders).
    """
    verb = mention.trigger
    if verb.pos_ != "VERB" or not any(c.lower_ == "again" for c in verb.children):
        return False
    subject = _subject_of(verb)
    if (
        subject is None
        or subject.tag_ != "NNS"
        or not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
        or not mention.participants
    ):
        return False
    people = set(mention.participants)
    noun = subject.lower_
    return not any(
        draft.first.status is MeetingStatus.OCCURRED
        and (
            people <= set(draft.participants)
            or any(names.get(p, "").casefold().split()[-1:] == [noun] for p in draft.participants)
        )
        for draft in drafts
    )


# Words for a body whose meetings are its own: "the planning committee meeting".
_MEETING_BODIES = frozenset(
    {"committee", "board", "council", "cabinet", "commission", "assembly", "parliament"}
)


def _body_named(mention: Mention) -> str | None:
    """Return the body a meeting noun is named after, no actor covering it.

    "The planning committee meeting", "the board meeting": the committee's, the board's.
    """
    trigger = mention.trigger
    if trigger.pos_ != "NOUN" or mention.participants:
        return None
    return next(
        (
            child.lower_
            for child in trigger.children
            if child.dep_ == "compound" and child.lower_ in _MEETING_BODIES
        ),
        None,
    )


def _in_time_clause(trigger: Token) -> bool:
    """Whether a verb trigger is in a clause that only says when: "before they sit down"."""
    return trigger.pos_ in ("VERB", "AUX") and any(
        child.dep_ == "mark" and child.lower_ in ("before", "after", "until", "till", "once")
        for child in trigger.children
    )


def _weekday_again(draft: _Draft, mention: Mention) -> bool:
    """Whether ``mention`` names the weekday of ``draft``'s day, read a week off.

    "sat down with the board on Tuesday ... will report back on Tuesday's meeting": a bare
    weekday may be the one before or after the document's date; the meeting told on that
    weekday is the one meant.
    """
    if mention.date is None or mention.date_text is None:
        return False
    words = mention.date_text.text.casefold().replace("’", "'").removesuffix("'s").split()
    if len(words) != 1 or words[0] not in WEEKDAYS:
        return False
    day = date.fromisoformat(mention.date)
    return any(
        m.date is not None and abs((date.fromisoformat(m.date) - day).days) == 7
        for m in draft.mentions
    )


# Words that open a clause of another time: "since Manele replaced Sogavare".
_TIME_MARKS = frozenset({"since", "after", "before", "until", "when"})


def _meeting_it_says(trigger: Token, drafts: Sequence[_Draft]) -> _Draft | None:
    """Return the meeting a meeting noun after "be" or in apposition says what it is.

    "The meeting was the first face-to-face summit between the two": the subject is a
    mention of a meeting already found; so is the noun before "their third such meeting".
    """
    verb = trigger.head
    if trigger.dep_ == "appos":
        subjects = [verb.i]  # "a virtual summit on Tuesday, their third such meeting"
    elif trigger.dep_ == "attr" and verb.lemma_ == "be":
        subjects = [child.i for child in verb.children if child.dep_ == "nsubj"]
    else:
        return None
    for draft in reversed(drafts):
        if any(m.trigger.i in subjects for m in draft.mentions):
            return draft
    return None


def _what_it_is(trigger: Token) -> bool:
    """Whether a meeting noun says what "it" or "this" is: "It will be the first visit".

    So does one that says what the clause told was: "visited Washington ..., in what was
    the first visit by a Russian official to the U.S.", "..., which was his first visit".
    """
    return (
        # (the parser may make the noun a second subject: "in what was the first visit")
        trigger.dep_ in ("attr", "nsubj")
        and trigger.head.lemma_ == "be"
        and _said_of(trigger, ("it", "this", "what", "which"))
    )


def _it_subject(trigger: Token) -> bool:
    """Whether a meeting noun after "be" says what "it" or "this" is ("It was their first")."""
    return _said_of(trigger, ("it", "this"))


def _said_of(trigger: Token, words: tuple[str, ...]) -> bool:
    """Whether the verb above a meeting noun has one of ``words`` for another subject."""
    return any(
        c.dep_ == "nsubj" and c.i != trigger.i and c.lower_ in words for c in trigger.head.children
    )


def _host_of_its_place(mention: Mention, draft: _Draft) -> bool:
    """Whether a visit told again names, beyond its people, only the country it went to.

    "arrived in Buenos Aires for a state visit. ... the visit was the first bilateral visit
    by an Indian Prime Minister to Argentina": Argentina, where the visit told went.
    """
    extra = set(mention.participants) - set(draft.participants)
    where = {m.location.country for m in draft.mentions if m.location is not None}
    return (
        mention.kind is MeetingKind.VISIT
        and draft.kind is MeetingKind.VISIT
        and extra == {mention.host}
        and mention.location is not None
        and mention.location.country is not None
        and mention.location.country in where
    )


def _joined_around(trigger: Token) -> bool:
    """Whether the clause a meeting frames ("before the meeting") tells someone joining it.

    "Macron and Starmer joined Trump and Zelenskyy before the meeting": those who join or
    accompany the ones who met are with them.
    """
    verb = trigger.head.head
    if verb.lower_ in ("ahead", "prior"):
        verb = verb.head
    return verb.lemma_.casefold() in _JOINING_AROUND


def _talks_joined(
    drafts: Sequence[_Draft], mention: Mention, sentences: Sentences
) -> _Draft | None:
    """Return the talks told before that someone joins: "is expected to join the talks".

    The talks, told again by the same word with "the" and naming no one of their own, are
    the last ones so told in the few sentences before; whoever joins them takes part.
    """
    trigger = mention.trigger
    verb = trigger.head
    if trigger.dep_ == "pobj" and verb.lower_ == "in":
        verb = verb.head  # "participate in the talks"
    elif trigger.dep_ != "dobj":
        return None
    if (
        trigger.pos_ != "NOUN"
        or trigger.lemma_.casefold() not in _BARGAINING_WORDS
        or verb.lemma_.casefold() not in _JOINING
        or not any(c.dep_ == "det" and c.lower_ == "the" for c in trigger.children)
        or any(
            c.dep_ in ("amod", "compound") or c.lower_ in ("with", "between")
            for c in trigger.children
        )
    ):
        return None
    near = [
        draft
        for draft in reversed(drafts)
        if _sentences_apart(_last_told(draft), trigger, sentences) <= _SERIES_REACH
        and any(m.trigger.lemma == trigger.lemma for m in draft.mentions)
    ]
    # talks rather than a meeting a word of them was told again with
    return next((d for d in near if d.kind is mention.kind), near[0] if near else None)


# Verbs of being with those who meet, around their meeting.
_JOINING_AROUND = frozenset({"join", "accompany", "attend"})


def _same_course(told: MeetingStatus | None, again: MeetingStatus | None) -> bool:
    """Whether a meeting told again may be the one told.

    The same status, or one under way told again as held.
    """
    return told is again or (told is MeetingStatus.ONGOING and again is MeetingStatus.OCCURRED)


def _noun_like(trigger: Token) -> bool:
    """Whether a trigger is a noun, or an adjective the tagger left where a noun stands.

    "were among the executives at the roundtable": "roundtable", tagged an adjective, is
    the noun "the" makes definite.
    """
    return trigger.pos_ == "NOUN" or (
        trigger.pos_ == "ADJ" and trigger.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "attr")
    )


def _met_apart(trigger: Token) -> bool:
    """Whether a meeting noun tells what a verb it hangs on says was held apart.

    "Sisi and Abdullah also met separately, their first face-to-face talks since March":
    "their talks" are the ones "met separately" tells, not a meeting told before.
    """
    return any(
        verb.pos_ == "VERB"
        and any(c.dep_ == "advmod" and c.lower_ == "separately" for c in verb.children)
        for verb in trigger.ancestors
    )


def _met_where_told(mention: Mention, draft: _Draft) -> bool:
    """Whether ``mention`` is a meeting verb in a "where" clause on the meeting ``draft`` tells.

    "Li attended a roundtable with representatives of the business community, where he
    met about 40 executives": the clause hangs on the roundtable's phrase; one meeting.
    """
    trigger = mention.trigger
    if (
        trigger.pos_ != "VERB"
        or trigger.dep_ != "relcl"
        or draft.kind is not MeetingKind.MEETING  # a summit's bilateral meetings are their own
        or draft.first.status is not mention.status
    ):
        return False
    if not any(c.dep_ == "advmod" and c.lower_ == "where" for c in trigger.children):
        return False
    told = draft.mentions[-1].trigger
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in told.children):
        return False  # "a meeting of NATO ministers, where he met Umerov": a gathering's own
    return told.pos_ == "NOUN" and any(a.i == told.i for a in trigger.ancestors)


def _ending_told(mention: Mention) -> bool:
    """Whether a definite meeting noun is the subject of a verb of its end.

    "The summit concludes on Monday", "the talks, which end on Friday".
    """
    trigger = mention.trigger
    if not mention.definite or trigger.pos_ != "NOUN":
        return False
    verb = trigger.head if trigger.dep_ in SUBJECT_DEPS else None
    if verb is None:
        verb = next((c for c in trigger.children if c.dep_ == "relcl"), None)
    return verb is not None and verb.lemma_.casefold() in ENDING_VERBS


def _another_time(draft: _Draft, mention: Mention) -> bool:
    """Whether ``mention`` is dated to another time than the meeting ``draft`` tells.

    Or told as another of its kind ("A second meeting between the two is planned"), or of
    a span without the day told ("resumed talks on Saturday. The last round of talks, held
    in September, broke down").
    """
    if _another_occasion(mention):
        return True
    days = [m.date for m in draft.mentions if m.date is not None]
    if mention.date is not None and days and _ending_told(mention):
        # "opened their two-day summit on Sunday ... The summit concludes on Monday": the
        # last day of the one told, a few days on
        ends = date.fromisoformat(mention.date)
        if any(0 <= (ends - date.fromisoformat(day)).days <= _LAST_DAY_REACH for day in days):
            return False
    if mention.date is None and mention.date_text is not None and days:
        # "in September" for talks held on November 28: a span without that day
        day = date.fromisoformat(days[0])
        future = mention.status is MeetingStatus.PLANNED
        span = resolve_period(mention.date_text.text, day, prefer_future=future)
        return span is not None and not any(
            span[0] <= date.fromisoformat(told) <= span[1] for told in days
        )
    if mention.date is None and mention.date_text is not None and not days:
        if draft.first.status is MeetingStatus.OCCURRED and mention.status is MeetingStatus.PLANNED:
            return True  # "concluded their talks ... Next year's leaders meeting will be"
        # "met in Malta in December 1989 ... Their last meeting, in Moscow in July 1991": two
        # spans of time written out in full that do not meet
        return _other_year_span(mention.date_text.text, draft)
    if mention.date is None:
        return False
    if days:
        return mention.date not in days and not _weekday_again(draft, mention)
    if _resumed(mention.trigger):
        # "have been negotiating for weeks. Talks resumed on Tuesday": talks that go on
        # again on a day of their own are a session after those told undated
        return True
    if draft.first.status is MeetingStatus.OCCURRED and mention.status is MeetingStatus.PLANNED:
        return True  # "held talks with Burnham ... The committee meeting on Dec 16 will"
    day = date.fromisoformat(mention.date)
    for told in draft.mentions:
        if told.date_text is None:
            continue
        period = resolve_period(told.date_text.text, day)
        if period is not None and period[1] < day - timedelta(days=31):
            return True  # "in 1995", "last year"
    return False


def _other_year_span(text: str, draft: _Draft) -> bool:
    """Whether a span with its year (``text``) lies outside every such span ``draft`` is told in."""
    if YEAR.search(text) is None:
        return False
    anchor = date(2000, 1, 1)  # a year written out needs no document date
    span = resolve_period(text, anchor)
    if span is None:
        return False
    told = [
        resolve_period(m.date_text.text, anchor)
        for m in draft.mentions
        if m.date_text is not None and YEAR.search(m.date_text.text) is not None
    ]
    spans = [period for period in told if period is not None]
    return bool(spans) and all(span[1] < start or end < span[0] for start, end in spans)


# How many days after its day told a meeting may end.
_LAST_DAY_REACH = 7
# Words that tell one meeting of a series apart from another: "the previous round of
# talks", "a second meeting" ("the last meeting" may be the final one, the one told).
_ANOTHER_OF_A_SERIES = frozenset(
    {"previous", "prior", "earlier", "another", "subsequent", "second", "third", "fourth", "fifth"}
)


# Words that tell the meeting after one held: "the next round of talks", "a new round".
_NEXT_OF_A_SERIES = frozenset({"next", "new", "fresh", "following", "further"})


def _series_holders(mention: Mention) -> list[Token]:
    """Return the meeting noun and the "round" or "session" of it: "the next round of talks"."""
    trigger = mention.trigger
    holders = [trigger]
    if (
        trigger.dep_ == "pobj"
        and trigger.head.lower_ == "of"
        and trigger.head.head.lemma_.casefold() in ("round", "session")
    ):
        holders.append(trigger.head.head)  # "the previous round of talks", not "day"
    return holders


def _told_as_what_was(mention: Mention) -> bool:
    """Whether the meeting noun says what a meeting told was: "It was the fifth round of talks"."""
    return any(holder.dep_ == "attr" for holder in _series_holders(mention))


def _told_as_next(mention: Mention) -> bool:
    """Whether a meeting noun is told as the next of a series: "the next round of talks"."""
    if mention.trigger.pos_ != "NOUN" or _told_as_what_was(mention):
        return False
    return _series_word(mention, _NEXT_OF_A_SERIES)


def _series_word(mention: Mention, words: AbstractSet[str]) -> bool:
    """Whether one of ``words`` modifies the meeting noun or its round: "the next round"."""
    return any(
        child.dep_ in ("amod", "det", "advmod") and child.lower_ in words
        for holder in _series_holders(mention)
        for child in holder.children
    )


def _series_told_before(
    drafts: list[_Draft], mention: Mention, sentences: Sentences, names: Mapping[str, str]
) -> list[str] | None:
    """Return the parties of the series a meeting told as another of it belongs to.

    "The previous round of talks, held in London", "The next round of talks will be held
    in Stockholm", "The talks will resume on Thursday", with no one named: the parties of
    the meeting of that kind told just before (two sentences at most), if it has any; for
    "the next council meeting", the last meeting of a council. Talks that name only who
    brokered them ("Previous negotiations in Jeddah, brokered by Saudi Arabia and the United
    States") are of the sides of the last talks told, besides their mediators.
    """
    mediated = bool(mention.participants) and set(mention.participants) <= set(mention.mediators)
    if (mention.participants and not mediated) or mention.they or mention.named:
        return None
    if mediated:
        # the sides of the talks told before, not of a meeting of one of their mediators
        drafts = [
            d
            for d in drafts
            if d.kind in (MeetingKind.TALKS, MeetingKind.NEGOTIATION)
            and len(_sides(d, mention.mediators)) >= 2
        ]
    body = _body_named(mention)
    if body is not None:
        # "The FIFA Council met ... The next council meeting": the council's, whatever was
        # told between them
        drafts = [
            d
            for d in drafts
            if any(body in names.get(p, "").casefold().split() for p in d.participants)
        ]
    # "were adjourned on Monday. The talks will resume on Thursday", "held talks in Muscat on
    # Sunday. Talks planned for June were cancelled": a time and a status of their own, told
    # by the same word as the last meeting so told (not "the committee meeting on June 20"
    # after talks held), with other meetings told between them maybe
    sessions = (
        [
            d
            for d in reversed(drafts)
            if any(_same_series_word(m.trigger, mention.trigger) for m in d.mentions)
            # "held talks on Friday. Talks resumed on Monday": a session of its own, held too
            and (mention.status is not d.first.status or _resumed(mention.trigger))
            and _another_time(d, mention)
        ]
        if body is None
        and mention.date_text is not None
        # "The meeting was constructive. An annual general meeting is due in May": a
        # meeting told as a new one, not a session of the one told
        and not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in mention.trigger.children)
        else []
    )
    # "Negotiations will resume in Geneva", after a round of talks between the EU and India
    # and talks two of their ministers held: a series resumed goes on from the last one told
    # as a series (a round, a session, negotiations), not from a meeting told between
    same_word = (
        next((d for d in sessions if _of_a_series(d)), sessions[0])
        if sessions and _resumed(mention.trigger)
        else sessions[0]
        if sessions
        else None
    )
    if body is None and _counted_round(mention):
        # "wrapped up the ninth round of talks ... held talks with Goyal ... The tenth
        # round of talks is scheduled for January": the parties of the round counted
        # before, whatever other meetings were told between them
        same_word = (
            next(
                (
                    d
                    for d in reversed(drafts)
                    if any(_counted_round(m) for m in d.mentions)
                    and _another_time(d, mention)
                    and _sentences_apart(_last_told(d), mention.trigger, sentences) <= _SERIES_REACH
                ),
                None,
            )
            or same_word
        )
    if body is None and mention.trigger.lemma_.casefold() == "round":
        # "The previous round, held in Asuncion in November", "A sixth round is planned for
        # May": a round with a time or a place of its own is one of the talks told before
        # as a series (or else by a word of bargaining), whatever was told between them
        if mention.date_text is None and mention.location is None:
            return None
        near = [
            d
            for d in reversed(drafts)
            if _sentences_apart(_last_told(d), mention.trigger, sentences) <= _SERIES_REACH
        ]
        same_word = next((d for d in near if _of_a_series(d)), None) or next(
            (
                d
                for d in near
                if any(m.trigger.lemma_.casefold() in _BARGAINING_WORDS for m in d.mentions)
            ),
            None,
        )
        if same_word is None:
            return None
    apart = same_word is not None
    last = same_word if apart else drafts[-1] if drafts else None
    if last is None:
        return None
    # "The last round of talks, held in Doha in September": the last before, dated apart
    last_before = _series_word(mention, {"last"}) and _another_time(last, mention)
    if not (last_before or apart or _another_occasion(mention) or _told_as_next(mention)):
        return None
    # the council's last meeting may be told further back, with other news between
    reach = _SERIES_REACH if apart or mediated else _BODY_SERIES_REACH if body is not None else 2
    if apart and _resumed(mention.trigger):
        # "Talks are due to resume on Tuesday", at the end of a long story: talks that go on
        # again are the story's talks told by that word, however far back
        reach = len(mention.trigger.doc)
    if (
        not last.participants
        or last.kind not in _COMPATIBLE[mention.kind]
        or _sentences_apart(_last_told(last), mention.trigger, sentences) > reach
        or _of_another_track(mention, last)
    ):
        return None
    if mediated:
        return [*_sides(last, mention.mediators), *mention.participants]
    return list(last.participants)


def _talks_mediated(
    drafts: Sequence[_Draft], mention: Mention, sentences: Sentences
) -> _Draft | None:
    """Return the talks told just before that a meeting of their mediators is part of.

    "Saudi and U.S. mediators met each delegation separately": a meeting of go-betweens
    with the sides of talks, at no time or occasion of its own, is a part of the talks
    told in the two sentences before (proximity talks), if they have two sides.
    """
    mediators = mention.mediators
    if (
        not mediators
        or not set(mention.participants) <= set(mediators)
        or mention.date_text is not None
        or _another_occasion(mention)
    ):
        return None
    return next(
        (
            draft
            for draft in reversed(drafts)
            if draft.kind in (MeetingKind.TALKS, MeetingKind.NEGOTIATION)
            and len(_sides(draft, mediators)) >= 2
            and _sentences_apart(_last_told(draft), mention.trigger, sentences) <= 2
        ),
        None,
    )


def _sides(draft: _Draft, mediators: Sequence[str]) -> list[str]:
    """Return the sides of talks: their parties but for their hosts and ``mediators``."""
    hosts = {m.host for m in draft.mentions}
    return [p for p in draft.participants if p not in hosts and p not in mediators]


# Words of one process of bargaining: "talks" resumed may be told as "negotiations".
_BARGAINING_WORDS = frozenset({"talk", "negotiation", "negotiate", "discussion"})
# Verbs of a series going on again.
_RESUMING_VERBS = frozenset({"resume", "restart", "reconvene"})


def _resumed(trigger: Token) -> bool:
    """Whether a meeting noun is what a verb of going on again is told of: "Talks will resume".

    Also under a word of plan or time the verb hangs on: "Talks are due to resume", "are
    expected to resume", "are set to restart".
    """
    if trigger.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return False
    verb = trigger.head
    if verb.lemma_.casefold() in _RESUMING_VERBS:
        return True
    if trigger.dep_ == "dobj":
        return False
    # "are due to resume": the subject of "are", whose complement "due" takes the verb
    below = [c for c in verb.children if c.dep_ in ("xcomp", "acomp")]
    below += [g for c in below if c.dep_ == "acomp" for g in c.children if g.dep_ == "xcomp"]
    return any(c.dep_ == "xcomp" and c.lemma_.casefold() in _RESUMING_VERBS for c in below)


def _of_a_series(draft: _Draft) -> bool:
    """Whether a meeting is told as one of a series: a round or session of talks, negotiations."""
    return draft.kind is MeetingKind.NEGOTIATION or any(
        len(_series_holders(m)) > 1 or m.trigger.lemma_.casefold() in ("negotiation", "round")
        for m in draft.mentions
    )


def _same_series_word(told: Token, trigger: Token) -> bool:
    """Whether ``trigger`` tells again, by its word, the meeting ``told`` was told by.

    The same word ("The talks will resume on Thursday" after talks), or, for a series said
    to resume, any word of bargaining: "Negotiations will resume in Geneva next month"
    after talks held between the same parties.
    """
    if told.lemma == trigger.lemma:
        return True
    return (
        _resumed(trigger)
        and told.lemma_.casefold() in _BARGAINING_WORDS
        and trigger.lemma_.casefold() in _BARGAINING_WORDS
    )


# Words of order in a series, not of what the meetings are: "the last direct round".
_SERIES_ORDER = _ANOTHER_OF_A_SERIES | _NEXT_OF_A_SERIES | {"last", "latest", "first", "final"}


def _of_another_track(mention: Mention, last: _Draft) -> bool:
    """Whether a round names a kind of meeting the one told before is not told as.

    "A Hamas delegation held talks with Egyptian officials ... The previous round of
    indirect negotiations, held in Doha": indirect negotiations, by another word and of
    another kind, are another series than those talks, whose parties they do not take
    (but "the next round of formal talks" after talks does, and so does "the previous
    round of indirect talks" after "indirect negotiations").
    """
    if any(m.trigger.lemma_.casefold() == mention.trigger.lemma_.casefold() for m in last.mentions):
        return False
    told = {
        child.lemma_.casefold()
        for m in last.mentions
        for child in m.trigger.children
        if child.dep_ == "amod"
    }
    return any(
        child.dep_ == "amod"
        and child.pos_ == "ADJ"
        and child.lower_ not in _SERIES_ORDER
        and child.ent_type_ != "ORDINAL"
        and child.lemma_.casefold() not in told
        for child in mention.trigger.children
    )


def _another_occasion(mention: Mention) -> bool:
    """Whether a meeting noun is told as another of a series: "a second meeting"."""
    if mention.trigger.pos_ != "NOUN" or _told_as_what_was(mention):
        return False  # "It was their second meeting": the one told, counted
    # "The 20th round of talks was held on October 9": an ordinal, with a time of its own
    # (not "The 21st round of talks lasted ten hours", the talks just told)
    return _series_word(mention, _ANOTHER_OF_A_SERIES) or (
        mention.date_text is not None
        and any(
            child.dep_ == "amod"
            and child.ent_type_ == "ORDINAL"
            and child.lower_ not in ("first", "1st")
            for holder in _series_holders(mention)
            for child in holder.children
        )
    )


# Subordinators of a clause that tells the time of another event: "two weeks after ...".
_TIME_MARKS = frozenset({"after", "before", "since", "until", "when", "while"})


def _told_as_time_of(inner: _Draft, outer: _Draft, sentences: Sentences) -> bool:
    """Whether a meeting is told only in a time clause of the sentence of another.

    "The union and Northern resumed talks on Wednesday, two weeks after negotiators
    walked out of talks": the talks walked out of tell when the talks resumed were held;
    the sentence tells of those.
    """
    told = outer.first.trigger
    sentence = sentences.of(told.i).start
    for mention in inner.mentions:
        trigger = mention.trigger
        if sentences.of(trigger.i).start != sentence:
            return False
        clause = next(
            (
                above
                for above in (trigger, *trigger.ancestors)
                if above.dep_ == "advcl"
                and any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in above.children)
            ),
            None,
        )
        if clause is None or told in clause.subtree:
            return False
    return True


def _framed_far_from(mention: Mention, draft: _Draft, sentences: Sentences) -> bool:
    """Whether a bare "after the meeting" of others is too far from ``draft`` to be it.

    "Macron met Scholz in Berlin. [a story of a strike] ... Binet said after the meeting":
    the one who speaks took no part in the meeting told sentences before, so "the meeting"
    is another, which the text does not tell; the one who met, or one told just before,
    is that meeting.
    """
    return (
        not mention.participants
        and bool(mention.framed_for)
        and not set(mention.framed_for) <= set(draft.participants)
        and _sentences_apart(_last_told(draft), mention.trigger, sentences) > _FRAMED_REACH
    )


def _last_told(draft: _Draft) -> Token:
    """Return the trigger of the draft's mention told last in the text.

    Not always its last mention: a headline's meeting told again in the body takes the
    body's mention first ("Starmer meets families ... Starmer has met the families").
    """
    return max((m.trigger for m in draft.mentions), key=lambda trigger: trigger.i)


def _sentences_apart(
    first: Token, second: Token, sentences: Sentences, skip: Sequence[tuple[int, int]] = ()
) -> int:
    """How many sentence starts lie after ``first``'s sentence up to ``second``'s.

    Sentences that start inside a character range of ``skip`` (a byline) are not counted.
    """
    doc = first.doc
    low, high = sorted((sentences.of(first.i).start, sentences.of(second.i).start))
    return sum(
        1
        for i in sentences.starts_in(low + 1, high + 1)
        if not any(a <= doc[i].idx < b for a, b in skip)
    )


def _tells_headline(
    drafts: list[_Draft],
    mention: Mention,
    heading_end: int,
    sentences: Sentences,
    names: Mapping[str, str],
    kinds: Mapping[str, str],
    countries: Mapping[str, str | None],
) -> bool:
    """Join ``mention`` to the headline's meeting it tells of, and say whether it did.

    "Modi, Albanese hold talks in Sydney" over "Modi and Albanese held talks in Sydney on
    Wednesday": one meeting, told by the text's sentence (its date, its evidence). The
    text's meeting has everyone the headline names; or, in the first sentence after the
    headline, it is on the same day ("Hamas, Israel negotiators to resume Cairo talks on
    Tuesday" over "Israeli and Hamas negotiators will resume talks on Tuesday"), or it
    names one of the headline's parties, maybe in other words ("Mayor meets angry
    residents" over "Mayor Andy Burnham met residents of Ancoats on Thursday"), in a tense
    the headline's present may stand for ("IOC board meets in Lausanne" over "will meet").
    A headline's meeting that names no one, or only a group no one in the story is named as
    ("Allies pledge more tanks at Ramstein meeting"), is the lead's meeting of its kind; one
    that names nations ("Summit between Serbia and Kosovo leaders postponed") is the lead's
    meeting of people of each of them.
    """
    if mention.trigger.idx < heading_end:
        return False
    bylines: list[tuple[int, int]] | None = None
    for draft in drafts:
        if draft.first.trigger.idx >= heading_end:
            return False
        # the headline, maybe a dateline parsed apart, then the first sentence; a byline
        # between them ("By Hyonhee Shin and Joyce Lee") is no sentence of the story
        apart = _sentences_apart(draft.first.trigger, mention.trigger, sentences)
        if 2 < apart <= 4:
            if bylines is None:
                bylines = credit_spans(doc_text(mention.trigger.doc))
            apart = _sentences_apart(draft.first.trigger, mention.trigger, sentences, bylines)
        first_sentence = apart <= 2
        same_day = mention.date is not None and draft.first.date == mention.date
        if (
            all(kinds.get(p) == "group" for p in draft.participants)
            and not set(draft.participants) & set(mention.participants)
            # a noun's ("at Ramstein meeting"), not a verb's, whose object is a party
            and _noun_like(draft.first.trigger)
            and first_sentence
            and mention.participants
            and draft.mentions[-1].trigger.idx < heading_end
            and draft.kind in _COMPATIBLE[mention.kind]
            and draft.first.status is mention.status
            and _same_place(draft, mention)
        ):
            # "Allies pledge more air defence at Ramstein meeting" over "The contact group
            # met at Ramstein air base on Wednesday": the headline's meeting, naming no one
            # the story names, is the lead's
            draft.first = mention
            draft.mentions.insert(0, mention)
            draft.participants = list(mention.participants)
            return True
        if (
            draft.mentions[-1].trigger.idx >= heading_end
            or not draft.participants
            or draft.kind not in _COMPATIBLE[mention.kind]
            or not _same_place(draft, mention)
        ):
            continue
        # the nations' people: the story's parties, not the nations beside them
        nations = first_sentence and _nations_of_people(draft, mention, kinds, countries)
        told = set(draft.participants) <= set(mention.participants) or (first_sentence and same_day)
        if (told or nations) and draft.first.status is mention.status:
            draft.first = mention
            draft.mentions.insert(0, mention)
            if nations:
                draft.participants = list(mention.participants)
            add_new(draft.participants, mention.participants)
            return True
        if first_sentence and _headline_told_again(draft, mention, names):
            # the text's parties, and those of the headline it does not name again
            others = [
                party
                for party in draft.participants
                if not any(
                    _named_alike(names.get(party, ""), names.get(p, ""))
                    for p in mention.participants
                )
            ]
            draft.participants = list(mention.participants)
            add_new(draft.participants, others)
            draft.first = mention
            draft.mentions.insert(0, mention)
            return True
    return False


def _nations_of_people(
    draft: _Draft, mention: Mention, kinds: Mapping[str, str], countries: Mapping[str, str | None]
) -> bool:
    """Whether a headline's parties are the nations of the people a meeting of its lead names.

    "Summit between Serbia and Kosovo leaders" over "a summit between Serbian President
    Aleksandar Vucic and Kosovo Prime Minister Albin Kurti": every nation has one of them.
    """
    nations = {countries.get(p) for p in draft.participants if kinds.get(p) == "country"}
    people = {countries.get(p) for p in mention.participants if kinds.get(p) == "person"}
    return (
        len(draft.participants) >= 2
        and len(nations) == len(draft.participants)
        and None not in nations
        and nations <= people
    )


def _headline_told_again(draft: _Draft, mention: Mention, names: Mapping[str, str]) -> bool:
    """Whether the text's first meeting names a party of the headline's, maybe otherwise.

    Not a headline of several meetings ("in back-to-back calls"), nor one of another time:
    a headline's present tense may tell what was or what will be.
    """
    headline = draft.first.trigger
    if headline.tag_ == "NNS" and draft.first.kind not in (
        MeetingKind.TALKS,
        MeetingKind.NEGOTIATION,
    ):
        return False  # "calls", "meetings": several
    # the trigger's own tense, or that of the verb that holds a trigger noun ("holds talks");
    # not that of a verb an infinitive hangs on ("keeps policy unchanged, to meet again on
    # June 1" is a plan)
    present = any(
        token.tag_ in ("VBZ", "VBP")
        for token in ((headline.head,) if headline.pos_ == "NOUN" else (headline,))
        if token.pos_ != "NOUN"
    )
    if draft.first.status is not mention.status and not present:
        return False
    return any(
        party == other or _named_alike(names.get(party, ""), names.get(other, ""))
        for party in draft.participants
        for other in mention.participants
    )


# Words a name may share with another's without naming the same party.
_NAME_FILLERS = frozenset(
    {
        "the", "of", "and", "for", "in", "on", "at", "de", "al", "el", "la", "le", "van",
        "von", "united", "national", "new", "south", "north", "east", "west", "central",
        "republic", "democratic", "people", "people's", "federal", "state", "states",
        "international", "union", "council", "party", "world", "great",
    }
)  # fmt: skip


def _named_alike(first: str, second: str) -> bool:
    """Whether two actor names share a word that names ("Trump", "Donald Trump")."""

    def words(name: str) -> set[str]:
        return {
            word.casefold().removesuffix("'s").removesuffix("\u2019s") for word in name.split()
        } - _NAME_FILLERS

    return bool(words(first) & words(second))


def _same_call(drafts: list[_Draft], mention: Mention) -> bool:
    """Join a call to an earlier call between the same people, and say whether it did.

    "In a much anticipated call, Trump also spoke with Putin ... Trump speaks by phone with
    Putin in the Oval Office, Jan. 28" (a caption): one call, unless their dates or status
    differ.
    """
    if mention.kind is not MeetingKind.CALL or len(set(mention.participants)) < 2:
        return False
    for draft in reversed(drafts):
        if draft.kind is not MeetingKind.CALL or set(draft.participants) != set(
            mention.participants
        ):
            continue
        if draft.first.status is not mention.status:
            return False
        dated = next((m.date for m in draft.mentions if m.date is not None), None)
        if dated is not None and mention.date is not None and dated != mention.date:
            return False
        draft.mentions.append(mention)
        return True
    return False


def _same_encounter(drafts: list[_Draft], mention: Mention, sentences: Sentences) -> bool:
    """Join a meeting told again with the same people, day and status, and say whether it did.

    "Speaking before talks with Sissi in London on Thursday, Cameron ... He is in London to
    meet Cameron on Thursday": one meeting, told in two sentences. Both must be dated, to
    the same day, or both be planned with no day, within a few paragraphs; meetings of one
    sentence stay apart (the parse already joins those).
    """
    if any(c.lower_ == "again" for c in mention.trigger.children):
        return False  # "the two ministers will meet again in Ottawa": another meeting
    undated = mention.date is None and mention.status is MeetingStatus.PLANNED
    # "X and Y held a summit in Nara on Saturday. The leaders met for two hours": told again
    # right after, by those it told of, whether it names them again or points back to them
    # ("Witkoff and el-Sissi met for two hours", "He held talks with el-Sissi at the palace")
    people = set(mention.participants)
    # "The group said after the panel met that ...": a meeting held, now only the time of
    # something else
    framing = _in_time_clause(mention.trigger) and mention.status is MeetingStatus.OCCURRED
    again = mention.date is None and (
        _anaphoric_subject(mention.trigger)
        or (framing and mention.date_text is None)
        # not "met in 2023. Witkoff met el-Sissi in Cairo last week" nor "In the evening, Xi
        # hosted a banquet in honor of Ruto": a time of its own
        or (
            len(people) >= 2
            and mention.date_text is None
            and not _part_of_day(sentences.of(mention.trigger.i))
        )
    )
    if mention.kind not in _COMPATIBLE or (mention.date is None and not (undated or again)):
        return False
    if len(people) < (1 if again or mention.past_plan else 2):
        return False
    sentence = sentences.of(mention.trigger.i).start
    for draft in reversed(drafts):
        if draft.kind not in _COMPATIBLE[mention.kind]:
            continue
        if draft.first.status is not mention.status:
            continue
        if set(draft.participants) != people:
            if _put_off_plan(draft, mention, people):
                # "Merz postponed a visit to India ... Merz had been scheduled to arrive in
                # New Delhi on October 27 for a three-day visit": the visit put off, told by
                # the plan it was, which names its visitor only
                _join_as_its_plan(draft, mention)
                return True
            continue
        if again and not undated:
            apart = _sentences_apart(_last_told(draft), mention.trigger, sentences)
            if (
                # the next sentence, or one of the few after it when no other meeting is
                # told in between ("Biden welcomed Trump. Trump thanked him. The two met for
                # nearly two hours")
                apart in range(1, _RETOLD_REACH + 1)
                and (
                    apart == 1 or framing or not _other_told_between(drafts, draft, mention.trigger)
                )
                and not _told_as_another(sentences.of(mention.trigger.i), mention.trigger)
                and (mention.location is None or _same_place(draft, mention))
                # "When the two sides met in Geneva last month": a time of its own
                and not _another_time(draft, mention)
            ):
                draft.mentions.append(mention)
                return True
            continue
        if any(m.beside and sentences.of(m.trigger.i).start == sentence for m in draft.mentions):
            continue  # "On the sidelines of the conference, Hoekstra met Liu": not the conference
        welcome = draft.first.trigger.lemma_.casefold() in _RECEPTION_VERBS
        if not welcome and any(
            sentences.of(m.trigger.i).start == sentence
            for m in draft.mentions
            if not m.definite  # not "That meeting has not yet taken place; ... to meet"
        ):
            continue  # but "will be received by Nehammer, and the two will hold talks"
        if undated:
            near = mention.trigger.idx - _last_told(draft).idx < _UNDATED_REACH
            if near and all(m.date is None for m in draft.mentions):
                if _spans_apart(draft, mention):
                    continue  # "in January" and "in early December": two meetings to come
                draft.mentions.append(mention)
                return True
            continue
        if (
            mention.past_plan
            and _put_off(draft)
            and _sentences_apart(_last_told(draft), mention.trigger, sentences) <= _RETOLD_REACH
        ):
            # "A summit between Kovac and Lind was postponed. The leaders had been due to meet
            # in Vienna on March 10": the summit put off, told by the plan it was
            _join_as_its_plan(draft, mention)
            return True
        if any(m.date == mention.date for m in draft.mentions):
            draft.mentions.append(mention)
            return True
    return False


def _put_off_plan(draft: _Draft, mention: Mention, people: AbstractSet[str]) -> bool:
    """Whether ``mention`` tells, as the plan it was, the meeting ``draft`` tells put off.

    A plan of the past ("had been scheduled to arrive in New Delhi on October 27 for a
    three-day visit") of some of the people of a meeting postponed a few paragraphs before
    ("postponed a visit to India planned for this month"), in the same country, is that
    meeting.
    """
    return (
        mention.past_plan
        and bool(people)
        and people < set(draft.participants)
        and _put_off(draft)
        and mention.trigger.idx - _last_told(draft).idx < _UNDATED_REACH
        and _same_place(draft, mention)
    )


def _put_off(draft: _Draft) -> bool:
    """Whether a meeting is told as put off ("was postponed") and no day is left for it."""
    return any(m.moved for m in draft.mentions) and all(m.date is None for m in draft.mentions)


def _join_as_its_plan(draft: _Draft, mention: Mention) -> None:
    """Add to a meeting put off the plan it was: the day that plan was set for is gone."""
    mention.date = None
    mention.date_text = None
    draft.mentions.append(mention)


def _spans_apart(draft: _Draft, mention: Mention) -> bool:
    """Whether a meeting to come is told for a span of time apart from the one ``draft`` is.

    "The tenth round is scheduled to be held in Brussels in January. Goyal is expected to
    meet Sefcovic in Brussels in early December": spans that do not meet, read forward from
    the publication date.
    """
    if mention.date_text is None:
        return False
    value = mention.trigger.doc._.get(DOC_DATE)
    if not isinstance(value, str):
        return False
    try:
        anchor = date.fromisoformat(value[:10])
    except ValueError:
        return False
    span = resolve_period(mention.date_text.text, anchor, prefer_future=True)
    if span is None:
        return False
    for told in draft.mentions:
        if told.date_text is None:
            continue
        other = resolve_period(told.date_text.text, anchor, prefer_future=True)
        if other is not None and (other[1] < span[0] or span[1] < other[0]):
            return True
    return False


def _other_told_between(drafts: Sequence[_Draft], draft: _Draft, trigger: Token) -> bool:
    """Whether a meeting other than ``draft`` is told after its last mention, before ``trigger``."""
    after = _last_told(draft).i
    return any(
        after < m.trigger.i < trigger.i
        for other in drafts
        if other is not draft
        for m in other.mentions
    )


def _part_of_day(sentence: SpacySpan, before: int | None = None) -> bool:
    """Whether a sentence names a part of the day: "In the evening", "that night".

    With ``before``, only a part named before that token index counts.
    """
    # Read from the doc's index of words and dependencies, not a ``Token`` for every word.
    children = doc_children(sentence.doc)
    lower, deps = children.lower, children.deps
    end = sentence.end if before is None else min(before, sentence.end)
    return any(
        lower[i] in PARTS_OF_DAY and deps[i] in ("pobj", "npadvmod")
        for i in range(sentence.start, end)
    )


def _course_told(trigger: Token) -> str | None:
    """Return "open" or "end" when a meeting is told by its opening or its end, else None.

    "The annual meeting opened on Wednesday", "opened the summit"; "ended their annual
    meeting on Friday", "The summit wrapped up on Friday".
    """
    if trigger.dep_ not in ("nsubj", "dobj") or trigger.head.pos_ != "VERB":
        return None
    lemma = trigger.head.lemma_.casefold()
    if lemma in _OPENING_VERBS:
        return "open"
    if lemma in ENDING_VERBS:
        return "end"
    return None


def _opened_and_ended(
    drafts: list[_Draft],
    mention: Mention,
    sentences: Sentences,
    kinds: Mapping[str, str],
    names: Mapping[str, str],
) -> bool:
    """Join the opening and the end of one gathering told apart, and say whether it did.

    "Southeast Asian foreign ministers ended their annual meeting on Friday ... The 58th
    ASEAN Foreign Ministers' Meeting opened on Wednesday": one meeting, of the days from
    its opening to its end, dated by its opening. Both must be told within a few sentences,
    as the same kind of meeting with the same status, the opening no later than the end
    and less than a week before it, and of the same people, or of groups told by the same
    noun ("foreign ministers").
    """
    course = _course_told(mention.trigger)
    if course is None:
        return False

    def groups(participants: Sequence[str]) -> set[str]:
        return {
            names[p].split()[-1].casefold()
            for p in participants
            if kinds.get(p) == "group" and names.get(p)
        }

    for draft in reversed(drafts):
        told = [m for m in draft.mentions if _course_told(m.trigger) not in (None, course)]
        if not told or draft.kind is not mention.kind:
            continue
        if draft.first.status is not mention.status:
            continue
        if _sentences_apart(_last_told(draft), mention.trigger, sentences) > _RETOLD_REACH:
            continue
        other = told[0]
        opening, ending = (mention, other) if course == "open" else (other, mention)
        if opening.date is None or ending.date is None:
            continue
        days = (date.fromisoformat(ending.date) - date.fromisoformat(opening.date)).days
        if not 0 <= days < 7:
            continue
        if not (
            set(mention.participants) & set(draft.participants)
            or groups(mention.participants) & groups(draft.participants)
        ):
            continue
        # the opening first, whose day dates the meeting
        if course == "open":
            draft.mentions.insert(0, mention)
        else:
            draft.mentions.append(mention)
        add_new(draft.participants, mention.participants)
        return True
    return False


def _same_summit(
    drafts: list[_Draft],
    mention: Mention,
    kinds: Mapping[str, str],
    affiliations: Mapping[str, str],
) -> bool:
    """Join a summit to an earlier one in the same city, and say whether it did.

    "before a European Union summit in Brussels later this week ... EU leaders will gather
    in Brussels on Thursday for a two-day summit": one summit, unless their dates or status
    differ or each is of other organisations ("the NATO summit in Brussels ... an EU
    summit in Brussels"). A definite one with no city ("the summit", "his first NATO
    summit") is the summit told before on the same terms, whether or not that one named a
    city. A group of an organisation stands for it ("Leaders of the Group of Seven ... ended
    their summit ... The G7 summit").
    """
    where = mention.location
    if mention.kind is not MeetingKind.SUMMIT:
        return False

    def bodies(participants: Sequence[str]) -> set[str]:
        found = {p for p in participants if kinds.get(p) == "organization"}
        found.update(
            affiliations[p]
            for p in participants
            if kinds.get(p) == "group" and kinds.get(affiliations.get(p, "")) == "organization"
        )
        return found

    theirs = bodies(mention.participants)
    the = any(c.dep_ == "det" and c.lower_ == "the" for c in mention.trigger.children)
    for draft in reversed(drafts):
        if draft.kind is not MeetingKind.SUMMIT:
            continue
        before = next((m.location for m in draft.mentions if m.location is not None), None)
        dated = next((m.date for m in draft.mentions if m.date is not None), None)
        ours = bodies(draft.participants)
        # "the two-day African Union summit ... The AU summit is set to close on Sunday":
        # "the" summit of the same body, with no city of its own, is the one told
        if the and theirs and theirs <= ours and where is None and mention.date is None:
            draft.mentions.append(mention)
            add_new(draft.participants, mention.participants)
            return True
        if draft.first.status is not mention.status:
            continue
        if where is None and before is None:
            # "Biden opened the summit ... his first NATO summit": with no city told, one
            # summit when no more than one body is named for it
            if not (mention.definite or draft.first.definite):
                continue
            if (
                _own_name(mention)
                and not any(_own_name(m) for m in draft.mentions)
                and not set(mention.participants) & set(draft.participants)
            ):
                # "the first U.S.-Russia summit ... on the sidelines of the Munich Security
                # Conference": a gathering named by its own name, with none of the summit's
                # people, is another
                continue
        elif where is None and mention.definite:
            # "Modi hosted the G20 summit in New Delhi ... Biden attended the summit": a
            # definite summit with no city of its own is the one told before
            pass
        elif before is None and where is not None and _named_for_place(draft, where):
            pass  # "wrap up Antigua summit ... ended their summit in Antigua and Barbuda"
        elif before is None or where is None or before.name != where.name:
            continue
        if dated is not None and mention.date is not None and dated != mention.date:
            continue
        if ours and theirs and not ours & theirs:
            continue
        draft.mentions.append(mention)
        add_new(draft.participants, mention.participants)
        return True
    return False


def _own_name(mention: Mention) -> bool:
    """Whether a meeting is told by a name: "the G20 summit", "the Munich Security Conference"."""
    return mention.named or mention.trigger.pos_ == "PROPN"


def _named_for_place(draft: _Draft, where: Location) -> bool:
    """Whether a summit is named for the place ``where``: "the Antigua summit" in Antigua."""
    words = set(where.name.split())
    return any(
        child.dep_ in ("compound", "amod") and child.text in words
        for mention in draft.mentions
        for child in mention.trigger.children
    )


def _bare_visit(mention: Mention) -> bool:
    """Whether ``mention`` is "the visit" with nothing of its own: no visitor, host or place.

    Its participants, if any, come from the verb it hangs on ("Mudavadi held talks to
    prepare for the visit"), which need not be the visitor.
    """
    trigger = mention.trigger
    if mention.kind is not MeetingKind.VISIT or not mention.definite or trigger.pos_ != "NOUN":
        return False
    if any(child.dep_ in ("poss", "prep", "amod", "compound") for child in trigger.children):
        return False  # "his visit", "the visit to Kyiv", "the state visit", "the Kyiv visit"
    return mention.host is None and mention.location is None


def _told_again_in_passing(mention: Mention) -> bool:
    """Whether a meeting is a gerund after "after", "before" or "since", with two parties.

    "A day after meeting Netanyahu, Rubio flew to Riyadh", "Since meeting Xi, Biden has
    ...": the time of something else, by a meeting the text may have told before; so is
    what someone is thanked for ("thanked Tinubu for receiving her").
    """
    trigger = mention.trigger
    # "Opoku-Agyemang thanked Tinubu for receiving her": what a verb's object is "for"
    # (thanked, praised, blamed, criticised for) is done, and may be the meeting told before
    done = (
        trigger.tag_ == "VBG"
        and trigger.dep_ == "pcomp"
        and trigger.head.lower_ == "for"
        and any(c.dep_ == "dobj" and c.i < trigger.i for c in trigger.head.head.children)
    )
    return (
        (told_in_passing(trigger) or done)
        and len(mention.participants) >= 2
        and mention.date is None
    )


def _anchors_first(mentions: list[Mention]) -> list[Mention]:
    """Put a mention after the later trigger of its sentence that it hangs on.

    "Over lunch, the ministers met Safadi": the lunch is told before the verb whose
    meeting it is (or the meeting noun the verb holds: "In a separate meeting, X held
    talks with Y"), and joins it only once that meeting is there.
    """
    triggers = [mention.trigger for mention in mentions]

    def place(mention: Mention) -> tuple[int, int]:
        anchor = mention.anchor
        if anchor is not None and anchor.i > mention.trigger.i:
            held = [t.i for t in triggers if t.i > mention.trigger.i and _held_by(t, anchor)]
            if held:
                return max(held), 1
        return mention.trigger.i, 0

    return sorted(mentions, key=place)


def _held_by(trigger: Token, verb: Token) -> bool:
    """Whether ``trigger`` is ``verb`` or the meeting noun it holds: "held [talks]"."""
    return trigger.i == verb.i or (trigger.dep_ == "dobj" and trigger.head.i == verb.i)


def _by_sentence(mentions: Iterable[Mention], sentences: Sentences) -> Iterator[list[Mention]]:
    """Group mentions by the sentence of their trigger, in text order."""
    group: list[Mention] = []
    group_start = -1
    for mention in mentions:
        start = sentences.of(mention.trigger.i).start
        if group and group_start != start:
            yield group
            group = []
        if not group:
            group_start = start
        group.append(mention)
    if group:
        yield group


def _fold_encounters(mentions: list[Mention], lexicon: MeetingLexicon) -> list[Mention]:
    """Fold a greeting or a handshake into the meeting its sentence reports.

    "Erdogan greets al-Jubeir before a meeting in Ankara": the greeting is the start of
    the meeting, whose participants it names; alone, a greeting is a meeting of its own. So
    is a greeting held beside a meeting its sentence plans ("shook hands with von der Leyen,
    and the two agreed to meet for talks": the handshake, and the talks to come).
    """

    def encounter(mention: Mention) -> bool:
        return mention.trigger.lemma_.casefold() in lexicon.encounter_verbs

    def planned(mention: Mention) -> bool:
        return mention.status is MeetingStatus.PLANNED and not mention.ahead_by_frame

    others = [mention for mention in mentions if not encounter(mention)]
    if not others or len(others) == len(mentions):
        return mentions
    target = others[0]
    if planned(target) and all(not planned(mention) for mention in mentions if encounter(mention)):
        return mentions
    for mention in mentions:
        if encounter(mention):
            add_new(target.participants, mention.participants)
            target.attended = True
            target.vague = False
            if target.location is None:
                target.location = mention.location
    return others


def _one_by_one(mention: Mention) -> list[Mention]:
    """Split "met separately with A and B" into a meeting with A and one with B."""
    if not mention.separately:
        return [mention]
    return [
        attrs.evolve(
            mention,
            participants=[*mention.own_side, *others],
            own_side=[],
            separately=[],
            split=True,
        )
        for others in mention.separately
    ]


def _same_place(draft: _Draft, mention: Mention) -> bool:
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
    reader = DocumentReader(doc, lexicon or MeetingLexicon.load())
    finder = MentionFinder(reader)
    drafts: list[_Draft] = []
    heading_end = find_heading_end(doc_text(doc))
    sentences = reader.sentences
    for sentence in _by_sentence(finder.mentions(doc), sentences):
        for mention in _fold_encounters(_anchors_first(sentence), reader.lex):
            for one in _one_by_one(mention):
                _they_again(drafts, one, reader)
                _attach(
                    drafts,
                    one,
                    sentences,
                    heading_end,
                    reader.kind_of,
                    reader.name_of,
                    reader.affiliation_of,
                    reader.country_of,
                )
    _trips_called_off(reader, drafts)
    _plans_of_a_trip_called_off(reader, drafts)
    _trips_moved(reader, finder.where, drafts)
    _also_took_part(reader, drafts)
    _among_those_present(reader, drafts)
    drafts = _series_framing(reader, drafts)
    _on_the_sidelines(reader, drafts)
    _days_carried(reader, drafts)
    _day_of_the_stop(reader, finder.where, drafts)
    _during_the_visit(reader, drafts)
    drafts = _without_headline_summaries(drafts, heading_end)
    told = [{sentences.of(m.trigger.i).start for m in draft.mentions} for draft in drafts]
    triggers = [{m.trigger.i for m in draft.mentions} for draft in drafts]
    return [
        _finish(
            reader,
            draft,
            number,
            set().union(*told[: number - 1], *told[number:]),
            set().union(*triggers[: number - 1], *triggers[number:]),
        )
        for number, draft in enumerate(drafts, start=1)
    ]


def _without_headline_summaries(drafts: list[_Draft], heading_end: int) -> list[_Draft]:
    """Leave out a headline's meetings in the plural that the text tells one by one.

    "Trump spoke with Putin and Zelenskiy in back-to-back calls" over "spoke by telephone
    with Putin on Sunday and then with Zelenskiy": the two calls, not a third of all three.
    """
    kept = []
    for draft in drafts:
        trigger = draft.first.trigger
        summary = (
            all(m.trigger.idx < heading_end for m in draft.mentions)
            and trigger.tag_ == "NNS"
            and draft.kind not in (MeetingKind.TALKS, MeetingKind.NEGOTIATION)
        )
        if summary:
            told = [
                other
                for other in drafts
                if other.first.trigger.idx >= heading_end and other.kind is draft.kind
            ]
            covered = {party for other in told for party in other.participants}
            if len(told) >= 2 and set(draft.participants) <= covered:
                continue
        kept.append(draft)
    return kept


def _series_framing(reader: DocumentReader, drafts: list[_Draft]) -> list[_Draft]:
    """Leave out meetings in the plural of one side that the meetings told next spell out.

    "Bessent held a series of bilateral meetings in Tokyo on Wednesday. He met Kato and
    later sat down with Liao": no meeting of Bessent alone, but the two he held, each on
    Wednesday and in Tokyo unless its own words say otherwise. Each meeting of the series
    is told in the sentence after the last one or in the same, and has the one who held
    them and another. Talks in the plural are one sitting, not a series.
    """
    order = sorted(drafts, key=lambda d: d.first.trigger.i)
    frames: list[_Draft] = []
    for index, frame in enumerate(order):
        trigger = frame.first.trigger
        if (
            len(frame.participants) != 1
            or trigger.tag_ != "NNS"
            or len(frame.mentions) != 1
            # "held talks in Doha. He met Sisi": talks in the plural are one sitting
            or frame.kind not in (MeetingKind.MEETING, MeetingKind.CALL)
        ):
            continue
        holder = frame.participants[0]
        last = trigger
        told: list[_Draft] = []
        for draft in order[index + 1 :]:
            next_trigger = draft.first.trigger
            if (
                holder not in draft.participants
                or len(draft.participants) < 2
                or draft.first.status is not frame.first.status
                or _sentences_apart(last, next_trigger, reader.sentences) > 1
            ):
                break
            told.append(draft)
            last = next_trigger
        if not told:
            continue
        frames.append(frame)
        day, where = frame.first, frame.first.location
        for draft in told:
            first = draft.first
            if day.date_text is not None and not any(
                m.date is not None or m.date_text is not None for m in draft.mentions
            ):
                first.date, first.date_text = day.date, day.date_text
            if where is not None and not any(m.location is not None for m in draft.mentions):
                first.location = where
    return [draft for draft in drafts if not any(draft is frame for frame in frames)]


def _on_the_sidelines(reader: DocumentReader, drafts: Sequence[_Draft]) -> None:
    """Give a meeting on the sidelines of a gathering told as a meeting its day and place.

    "West African leaders held a summit in Abuja on Sunday. On the sidelines of the summit,
    Tinubu held a bilateral meeting with Faye": on Sunday, in Abuja, unless its own
    sentence says when or where. "On the sidelines" of nothing named is of the summit told
    last before.
    """
    by_trigger = {m.trigger.i: draft for draft in drafts for m in draft.mentions}
    # The "sidelines" of each sentence, looked for once: several meetings share a sentence.
    sides_in: dict[int, list[Token]] = {}
    for draft in drafts:
        dated = any(m.date is not None or m.date_text is not None for m in draft.mentions)
        placed = any(m.location is not None for m in draft.mentions)
        if dated and placed:
            continue
        first = draft.first
        sentence = reader.sentence(first.trigger)
        sides = sides_in.get(sentence.start)
        if sides is None:
            # Picked by dependency in the doc's index: a ``Token`` only for the objects.
            deps = doc_children(sentence.doc).deps
            sides = sides_in[sentence.start] = [
                side
                for side in (
                    sentence.doc[i]
                    for i in range(sentence.start, sentence.end)
                    if deps[i] == "pobj"
                )
                if side.lemma_.casefold() in reader.lex.sideline_nouns
                and side.head.lower_ in ("on", "at", "in")
            ]
        gatherings = [gathering for side in sides for gathering in prep_objects(side, "of")]
        if sides and not gatherings:
            # "... opened their annual summit in Koror on Sunday. On the sidelines, Albanese
            # met Teo": the sidelines of the summit told last (held, for a meeting held: not
            # "the next step would be a second summit" told in between)
            held = first.status is not MeetingStatus.PLANNED
            told_before = [
                other.first.trigger.i
                for other in drafts
                # a summit, or a gathering told by its name ("The ASEAN Foreign Ministers'
                # Meeting opened on Tuesday in Kuala Lumpur")
                if (other.kind is MeetingKind.SUMMIT or _named_gathering(other.first.trigger))
                and other.first.trigger.i < sentence.start
                and not (held and other.first.status is MeetingStatus.PLANNED)
            ]
            gatherings = [reader.doc[max(told_before)]] if told_before else []
        for gathering in gatherings:
            told = by_trigger.get(gathering.i) or _gathering_told_before(
                gathering, drafts, reader.lex.gathering_names
            )
            if told is None or told is draft:
                continue
            day = next((m for m in told.mentions if m.date is not None), None)
            if day is not None and _lasts_days(day.trigger):
                day = None  # "opened on Tuesday for four days of talks": not every day's date
            if not dated and day is not None:
                first.date, first.date_text = day.date, day.date_text
            where = next((m.location for m in told.mentions if m.location is not None), None)
            if not placed and where is not None:
                first.location = where
            break


def _named_gathering(trigger: Token) -> bool:
    """Whether a meeting is told by its name: "The ASEAN Foreign Ministers' Meeting"."""
    return (
        trigger.text[:1].isupper()
        and not trigger.is_sent_start
        and any(
            child.dep_ in ("compound", "nmod", "poss") and child.pos_ == "PROPN"
            for child in trigger.children
        )
    )


def _lasts_days(trigger: Token) -> bool:
    """Whether a gathering is told to last several days, so its day is not its sidelines'.

    "a three-day summit in Abuja on Sunday", "opened on Tuesday in Kuala Lumpur for four
    days of talks": the day of one of its days, or of its opening.
    """
    days = length_in_days(trigger)
    if days is not None and days > 1:
        return True
    verb = trigger.head if trigger.dep_ in ("nsubj", "nsubjpass", "dobj") else trigger
    for span in prep_objects(verb, "for"):
        if span.lemma_.casefold() == "week":
            return True  # "for a week of meetings"
        if span.lemma_.casefold() == "day" and span.tag_ == "NNS":
            return True  # "for four days of talks"
    return False


def _holders_told(mention: Mention, draft: _Draft) -> bool:
    """Whether the holders a gathering names with "of" took part in ``draft``.

    "the annual meetings of the IMF and the World Bank" are no meeting told before without
    them; "the meeting", named by no one, may be any.
    """
    if not any(c.dep_ == "prep" and c.lower_ == "of" for c in mention.trigger.children):
        return True
    return set(mention.participants) <= set(draft.participants)


def _held_beside(draft: _Draft, gathering: Token) -> bool:
    """Whether ``draft`` is the meeting told as held beside ``gathering``, in its clause.

    "met Costa on the margins of the conference": the trigger is above the gathering; "The
    next meeting ... will take place in Washington, on the sidelines of the annual meetings
    of the IMF": the trigger is the subject of a verb above it.
    """
    above = {token.i for token in gathering.ancestors if token.pos_ in ("VERB", "AUX")}
    return any(
        m.trigger.is_ancestor(gathering)
        or (m.trigger.dep_ in SUBJECTS and m.trigger.head.i in above)
        for m in draft.mentions
    )


def _gathering_told_before(
    gathering: Token,
    drafts: Sequence[_Draft],
    names: frozenset[str] = frozenset(),
    *,
    kinds: Mapping[str, str] | None = None,
) -> _Draft | None:
    """Return the gathering told before that "the conference" of the sidelines names.

    "held an intergovernmental conference ... in Brussels on Monday. Spajić, who also met
    Costa on the margins of the conference": the last meeting told before whose trigger is
    the same word, after "the" or "this". With none, a word of ``names`` (the lexicon's
    `gathering_names`) names the last summit whose trigger is the verb that reports a
    gathering's name: "Hegseth spoke at the Shangri-La Dialogue in Singapore on Saturday.
    On the sidelines of the forum, Hegseth met Teodoro". Given the actors' ``kinds``, a
    meeting of two people has no sidelines: after "Starmer held a bilateral with Li Qiang,
    the first meeting between ...", "Carney met Ramaphosa on the margins of the meeting"
    is on the margins of something else.
    """
    if not any(child.lower_ in ("the", "this") for child in gathering.children):
        return None
    lemma = gathering.lemma_.casefold()
    before = [
        draft
        for draft in drafts
        if draft.first.trigger.i < gathering.i and not _held_beside(draft, gathering)
    ]
    told = [
        d
        for d in before
        if any(m.trigger.lemma_.casefold() == lemma for m in d.mentions)
        and not (kinds is not None and _of_two_people(d, kinds))
    ]
    if not told and lemma in names:
        told = [
            d for d in before if d.kind is MeetingKind.SUMMIT and d.first.trigger.pos_ == "VERB"
        ]
    return max(told, key=lambda draft: draft.first.trigger.i) if told else None


def _of_two_people(draft: _Draft, kinds: Mapping[str, str]) -> bool:
    """Whether ``draft`` is a meeting of two people, which has no sidelines."""
    return len(draft.participants) == 2 and all(
        kinds.get(p) == "person" for p in draft.participants
    )


def _gathering_of_many(
    gathering: Token, drafts: Sequence[_Draft], sentences: Sentences, kinds: Mapping[str, str]
) -> _Draft | None:
    """Return the meeting of many told just before that "the summit" of the sidelines names.

    "Pacific Islands Forum leaders held a retreat in Vava'u on Thursday. Albanese held a
    bilateral meeting with Rabuka on the margins of the summit": the retreat, the last
    meeting of a group or a body, or of three or more, told in the sentence or the one
    before, when no meeting was told by the same word.
    """
    if not any(child.lower_ in ("the", "this") for child in gathering.children):
        return None
    for draft in reversed(drafts):
        first = draft.first.trigger
        if first.i >= gathering.i:
            continue
        if _sentences_apart(_last_told(draft), gathering, sentences) > 1:
            return None
        if draft.kind in (MeetingKind.CALL, MeetingKind.VISIT) or _held_beside(draft, gathering):
            continue  # not "met Pacific leaders on the margins of the summit": that meeting
        if len(draft.participants) >= 3 or any(
            kinds.get(p) in ("group", "organization") for p in draft.participants
        ):
            return draft
    return None


def _body_meeting_told(
    mention: Mention,
    drafts: Sequence[_Draft],
    sentences: Sentences,
    kinds: Mapping[str, str],
    names: Mapping[str, str],
) -> _Draft | None:
    """Return the meeting told just before of the body a meeting noun is named after.

    "Pacific Islands Forum leaders held a retreat in Vava'u. Albanese, attending his third
    Forum meeting, ...": the name before the noun is a word of the name of those who held
    the retreat, told in the sentence before, in the same course and on no other day; the
    meeting brings no one but people who attend it.
    """
    trigger = mention.trigger
    if trigger.pos_ != "NOUN" or mention.date is not None or mention.date_text is not None:
        return None
    words = {
        child.lower_
        for child in trigger.children
        if child.dep_ == "compound" and child.pos_ == "PROPN"
    }
    if not words:
        return None
    for draft in reversed(drafts[-3:]):
        if _sentences_apart(_last_told(draft), trigger, sentences) > 1:
            break
        if draft.kind not in _COMPATIBLE[mention.kind] or not _same_course(
            draft.first.status, mention.status
        ):
            continue
        if not any(words & set(names.get(p, "").casefold().split()) for p in draft.participants):
            continue
        if all(p in draft.participants or kinds.get(p) == "person" for p in mention.participants):
            return draft
    return None


_ORDINALS = frozenset(
    {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}
)


def _sides_hold(mention: Mention, reader: DocumentReader) -> bool:
    """Whether "the two sides" or "both delegations" hold the meeting: its verb's subject."""
    anchor = mention.anchor
    return anchor is not None and any(_side_phrase(s) for s in reader.subjects(anchor))


def _holding_sides(mention: Mention, reader: DocumentReader) -> set[str]:
    """Return the actors the reader gave "the two sides" who hold the meeting."""
    anchor = mention.anchor
    if anchor is None:
        return set()
    return {
        actor
        for subject in reader.subjects(anchor)
        if _side_phrase(subject)
        for actor in reader.actors(subject)
    }


def _counted_round(mention: Mention) -> bool:
    """Whether a meeting noun is a round counted by its ordinal: "a sixth round of talks"."""
    holders = _series_holders(mention)
    return len(holders) == 2 and any(
        child.dep_ == "amod" and (child.lower_ in _ORDINALS or child.ent_type_ == "ORDINAL")
        for child in holders[1].children
    )


def _nth_attended(mention: Mention, drafts: Sequence[_Draft]) -> _Draft | None:
    """Return the one summit told before that someone attends as "his first summit".

    "ASEAN leaders opened their summit in Kuala Lumpur ... Wong, who was attending his first
    ASEAN summit since taking office": the count is of the person's summits, and the one
    being attended is the summit the story tells, however far back; with no day or place of
    its own, and only when the story has told one summit.
    """
    trigger = mention.trigger
    if mention.kind is not MeetingKind.SUMMIT or trigger.pos_ != "NOUN":
        return None
    if mention.date_text is not None or mention.location is not None:
        return None
    counted_own = any(
        child.dep_ == "poss" and child.pos_ == "PRON" for child in trigger.children
    ) and any(child.dep_ == "amod" and child.lower_ in _ORDINALS for child in trigger.children)
    if not counted_own:
        return None
    summits = [draft for draft in drafts if draft.kind is MeetingKind.SUMMIT]
    if len(summits) != 1 or not _same_course(summits[0].first.status, mention.status):
        return None
    # not "attended the European Union summit ... his first NATO summit": another body's
    own = _body_words(trigger)
    told = {word for m in summits[0].mentions for word in _body_words(m.trigger)}
    if own and told and not own & told:
        return None
    return summits[0]


def _body_words(trigger: Token) -> set[str]:
    """Return the words of the name a meeting noun is named after ("NATO" of "NATO summit")."""
    return {
        word.lower_
        for child in trigger.children
        if child.dep_ == "compound" and child.pos_ == "PROPN"
        for word in child.subtree
        if word.pos_ == "PROPN"
    }


# How far after a visit is last told a meeting of the visitor may still be told as part of
# it (sentences), and how many days after the visit's day it may be held.
_VISIT_REACH = 3
_VISIT_DAYS = 4
# A visit under way holds the meetings held on it.
_AS_HELD = {
    MeetingStatus.OCCURRED: MeetingStatus.OCCURRED,
    MeetingStatus.ONGOING: MeetingStatus.OCCURRED,
    MeetingStatus.PLANNED: MeetingStatus.PLANNED,
}


def _during_the_visit(reader: DocumentReader, drafts: Sequence[_Draft]) -> None:
    """Give a meeting with no place of its own the place of the visit its visitor is on.

    "Jaishankar arrived in Kuwait on Sunday for a two-day visit. On Monday he met Prime
    Minister Sheikh Ahmad Abdullah": in Kuwait; a venue with no country gets the visit's
    ("called on the Crown Prince at Al Yamamah Palace"). The visit is the last one told
    before the meeting (a later trip moves the visitor on), told within a few sentences
    before it, in the same status, with no travel told between them ("flew home on
    Friday"); the meeting is not a call, and when both are dated it is held within a few
    days after the visit's day.
    """
    visits = [d for d in drafts if d.kind is MeetingKind.VISIT]
    if not visits:
        return
    moved = reader.lex.travel_verbs | reader.lex.departure_verbs
    for draft in drafts:
        if draft.kind in (MeetingKind.CALL, MeetingKind.SUMMIT):
            continue
        if (
            draft.kind is MeetingKind.VISIT
            and reader.kind_of.get(draft.first.host or "") != "person"
        ):
            continue  # a visit of its own; but "called on the Crown Prince" is part of it
        placed = next((m.location for m in draft.mentions if m.location is not None), None)
        if (placed is not None and placed.country is not None) or any(
            m.where_held is not None for m in draft.mentions
        ):
            continue
        trigger = draft.first.trigger
        before = [v for v in visits if v.first.trigger.i < trigger.i]
        visit = max(before, key=lambda v: v.first.trigger.i) if before else None
        if visit is None:
            continue
        last = max(m.trigger for m in visit.mentions if m.trigger.i < trigger.i)
        if _sentences_apart(last, trigger, reader.sentences) > _VISIT_REACH:
            continue
        visitors = {p for p in visit.participants if p != visit.first.host}
        if not visitors & set(draft.participants):
            continue
        if _AS_HELD.get(visit.first.status) is not _AS_HELD.get(draft.first.status):
            continue  # "is visiting Kuwait" (ongoing) holds the talks held; a plan, the plans
        told = reader.sentence(visit.first.trigger).end
        if any(
            token.pos_ == "VERB" and token.lemma_.casefold() in moved
            for token in trigger.doc[told : trigger.i]
        ):
            continue  # "He met Xi on Thursday and flew home on Friday. On Saturday ..."
        day, held = visit.first.date, draft.first.date
        if day is None and held is not None and visit.first.date_text is not None:
            continue  # "visited Ghana last month. On Monday he met Scholz": not then
        if (
            held is None
            and draft.first.date_text is not None
            and _other_year_span(draft.first.date_text.text, visit)
        ):
            continue  # "In December 1987, Gorbachev visited Washington. ... in December 1989"
        if day is not None and held is not None:
            gap = (date.fromisoformat(held) - date.fromisoformat(day)).days
            if not 0 <= gap <= _VISIT_DAYS:
                continue
        where = _visit_place(reader, visit)
        if where is not None and placed is None:
            draft.first.location = where
        elif where is not None and placed is not None:
            # "called on the Crown Prince at Al Yamamah Palace": the venue, in the country
            for mention in draft.mentions:
                if mention.location is placed:
                    mention.location = attrs.evolve(placed, country=where.country)


def _visit_place(reader: DocumentReader, visit: _Draft) -> Location | None:
    """Return where a visit goes: its place, or the country that hosts it."""
    where = next((m.location for m in visit.mentions if m.location is not None), None)
    if where is not None:
        return where
    host = visit.first.host
    if host is None or reader.kind_of.get(host) != "country":
        return None
    return Location(name=reader.name_of[host], country=reader.country_of.get(host))


# A part of the day that goes on from the day told before: "In the evening", "that night".
_PART_OF_DAY_WORDS = PARTS_OF_DAY | {"the", "that", "this", "in", "later", "early", "late"}


# How many sentences after a meeting "after the audience" may tell a meeting of its day.
_AFTER_REACH = 2


def _days_carried(reader: DocumentReader, drafts: Sequence[_Draft]) -> None:
    """Give an undated meeting told as following on from a dated one that meeting's day.

    "spoke with Putin on Sunday. ... Trump then called Zelenskiy": on Sunday; "received
    Milei on Saturday. After his audience with the Pope, Milei held talks with Parolin":
    on Saturday; "will host Modi on Tuesday. The two leaders are expected to hold talks in
    the Oval Office": the same two, on Tuesday; "... on Friday. In the evening, the
    delegation attended a dinner": on Friday. Only from the sentence before or the same
    one (or two before, for "After the audience, ..."), in the same status, and not for a
    sentence with a day of its own.
    """
    by_trigger = {m.trigger.i: draft for draft in drafts for m in draft.mentions}
    order = sorted(drafts, key=lambda d: d.first.trigger.i)
    for index, (before, draft) in enumerate(itertools.pairwise(order)):
        first = draft.first
        if any(m.date is not None or m.date_text is not None for m in draft.mentions):
            continue
        day = next((m for m in before.mentions if m.date is not None), None)
        if day is None or before.first.status is not first.status:
            continue
        if _lasts_days(day.trigger) and any(
            side.lemma_.casefold() in reader.lex.sideline_nouns
            and side.dep_ == "pobj"
            and side.head.lower_ in ("on", "at", "in")
            for side in reader.sentence(first.trigger)
        ):
            continue  # on the sidelines of a summit of several days: not the day it opened
        sentence = reader.sentence(first.trigger)
        last = max(m.trigger for m in before.mentions if m.trigger.i < first.trigger.i)
        apart = _sentences_apart(last, first.trigger, reader.sentences)
        # "will receive Lula on Thursday for talks, before a state dinner in the evening":
        # the day of the meeting told before in the same sentence is no day of its own
        told = day.date_text if apart == 0 else None
        if any(
            token.ent_type_ in ("DATE", "TIME")
            and token.lower_ not in _PART_OF_DAY_WORDS
            and not (told is not None and told.start <= token.idx < told.end)
            for token in sentence
        ):
            continue
        # "In the evening, the delegation attended a dinner": a time of the day told before
        part_of_day = _part_of_day(sentence, before=first.trigger.i)
        if apart > _AFTER_REACH:
            continue
        verbs = [first.trigger, first.trigger.head]
        sequel = any(
            child.dep_ == "advmod" and child.lower_ in LATER_WORDS
            for verb in verbs
            for child in verb.children
        )
        # "After the audience, Zelensky met Parolin": the meeting told, whether or not its
        # noun was read as a mention of it
        after = any(
            by_trigger.get(told.i) is before
            or (
                # "the audience", "the summit" alone: the meeting told, unless it is of the
                # kind of one told before it ("held talks on Saturday. He met Sisi on
                # Monday. After the talks, ..."), nor "the Moscow summit"
                [c.lower_ for c in told.children] == ["the"]
                and (kind := reader.lex.nouns.get(told.lemma_.casefold())) is not None
                and (
                    kind is before.first.kind
                    or not any(other.first.kind is kind for other in order[:index])
                )
            )
            for word in sentence
            if word.lower_ in ("after", "following")
            # "After the talks, ..."; "will host a lunch ... after the talks", on the meeting
            # or its verb
            and (word.i < first.trigger.i or word.head.i in (first.trigger.i, first.trigger.head.i))
            for told in word.children
            if told.dep_ == "pobj"
        )
        # the same participants, or some of them ("The King held private talks with
        # President Mattarella" after the King and Queen met him)
        same = set(draft.participants) <= set(before.participants) and len(draft.participants) > 1
        # "received Milei on Saturday. The two spoke in Spanish. After the audience, Milei
        # met Parolin": "after" names the meeting told, a sentence or two before
        if (apart <= 1 and (sequel or same or part_of_day)) or after:
            first.date, first.date_text = day.date, day.date_text
            if (
                apart == 0
                and same
                and first.host is None
                and before.first.host in draft.participants
            ):
                # "Macron will receive Lula ..., before a state dinner": the same host
                first.host = before.first.host


def _day_of_the_stop(
    reader: DocumentReader, where: Circumstances, drafts: Sequence[_Draft]
) -> None:
    """Give an undated meeting told "In" a place the day the sentence before goes there.

    "He is due to fly on to Cairo on Wednesday. In Cairo, he is expected to meet Sisi": on
    Wednesday. The place opens the meeting's sentence, and the sentence just before tells
    travel to it on a day.
    """
    travel = reader.lex.travel_verbs | reader.lex.arrival_verbs | reader.lex.departure_verbs
    for draft in drafts:
        first = draft.first
        if any(m.date is not None or m.date_text is not None for m in draft.mentions):
            continue
        location = first.location
        sentence = reader.sentence(first.trigger)
        opening = sentence[0]
        if (
            location is None
            or location.span is None
            or opening.lower_ != "in"
            or not any(c.dep_ == "pobj" and c.idx == location.span.start for c in opening.children)
            or sentence.start == 0
        ):
            continue
        before = reader.sentence(reader.doc[sentence.start - 1])
        for token in before:
            if (
                token.dep_ == "pobj"
                and reader.doc.text[: token.idx + len(token)].endswith(location.name)
                and token.head.lower_ in ("to", "in", "for")
                and token.head.head.lemma_.casefold() in travel
            ):
                ahead = first.status is MeetingStatus.PLANNED
                date_text, resolved, _ = where.date_of_verb(token.head.head, ahead)
                if resolved is not None:
                    first.date, first.date_text = resolved, date_text
                break


def _trips_called_off(reader: DocumentReader, drafts: Sequence[_Draft]) -> None:
    """Mark the planned meeting a cancelled journey was for as called off.

    "Smith was due to meet Jones in Paris on Friday. But he cancelled the trip": "the trip"
    names no meeting of its own, but the one told last, a sentence or two before, is off.
    So is a meeting "it" stands for in its own sentence: "had scheduled a meeting with
    Donnelly, but her office cancelled it".
    """
    lexicon = reader.lex
    sentences = reader.sentences
    for draft in drafts:
        if draft.first.status is not MeetingStatus.PLANNED:
            continue
        told = max(m.trigger.i for m in draft.mentions)
        # up to the next meeting told in a later sentence ("to visit Japan to meet Kishida"
        # tells two, both off when the trip is)
        after = sentences.of(told).end
        starts = [m.trigger.i for d in drafts for m in d.mentions if m.trigger.i >= after]
        end = min(starts, default=len(reader.doc))
        # the meeting's sentence and the two after it, read by where each ends
        ends = [after]
        while len(ends) < 3 and ends[-1] < len(reader.doc):
            ends.append(sentences.of(ends[-1]).end)
        for token in reader.doc[told + 1 : min(end, ends[-1])]:
            if token.dep_ not in ("dobj", "nsubjpass"):
                continue  # the trip or "it" called off is an object, read first
            apart = next(n for n, limit in enumerate(ends) if token.i < limit)
            trip = token.lemma_.casefold() in lexicon.travel_nouns and any(
                c.dep_ in ("det", "poss") for c in token.children
            )
            # "had scheduled a meeting with Donnelly for Friday, but her office cancelled it"
            # ("... to meet on Friday. It was cancelled.": the subject of the next sentence)
            it = token.lower_ == "it" and (apart < 1 or (apart == 1 and token.dep_ == "nsubjpass"))
            if (
                (trip or it)
                and not any(c.dep_ == "prep" for c in token.children)
                and cancels(token.head, lexicon.cancel_verbs)
            ):
                draft.called_off = True
                break


def _plans_of_a_trip_called_off(reader: DocumentReader, drafts: Sequence[_Draft]) -> None:
    """Mark as called off what one "had been due to" do on a journey just called off.

    "Fico pulled out of a planned visit to Kyiv. He had been due to meet Svyrydenko": the
    meeting is off with the visit. The plan is told in the past perfect ("had been due",
    "had been scheduled"), in the sentence of the called-off meeting or the next, by one
    who was to be at it.
    """
    called_off = [d for d in drafts if d.called_off or d.first.status is MeetingStatus.CANCELLED]
    for draft in drafts:
        trigger = draft.first.trigger
        if draft.first.status is not MeetingStatus.PLANNED or any(draft is d for d in called_off):
            continue
        if not any(_past_perfect_plan(verb) for verb in itertools.islice(trigger.ancestors, 4)):
            continue
        for off in called_off:
            last = _last_told(off)
            if (
                last.i < trigger.i
                and _sentences_apart(last, trigger, reader.sentences) <= 1
                and set(off.participants) & set(draft.participants)
            ):
                draft.called_off = True
                break


def _past_perfect_plan(verb: Token) -> bool:
    """Whether ``verb`` tells a plan in the past perfect: "had been due", "had been set"."""
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return {"had", "been"} <= auxiliaries or (verb.lower_ == "been" and "had" in auxiliaries)


def _trips_moved(reader: DocumentReader, where: Circumstances, drafts: Sequence[_Draft]) -> None:
    """Date a visit put off by the journey its visitor will "now" make instead.

    "Merz postponed a visit to India planned for this month. Merz will now travel to New
    Delhi in January": the visit, still planned, is set for January. The journey is told
    in the sentence after the one that puts the visit off or the one after that, by a
    travel verb with "now" whose subject is the visitor.
    """
    sentences = reader.sentences
    doc = reader.doc
    for draft in drafts:
        if draft.kind is not MeetingKind.VISIT or not _put_off(draft):
            continue
        moved = next(m for m in draft.mentions if m.moved)
        visitors = {p for p in draft.participants if p != draft.first.host}
        names = {
            reader.name_of.get(p, "").split()[-1:][0] for p in visitors if reader.name_of.get(p)
        }
        start = sentences.of(moved.trigger.i).end
        end = start
        for _ in range(2):
            if end < len(doc):
                end = sentences.of(end).end
        for token in doc[start:end]:
            if (
                token.pos_ != "VERB"
                or token.lemma_.casefold() not in reader.lex.travel_verbs
                or not any(c.dep_ == "advmod" and c.lower_ == "now" for c in token.children)
                or any(c.dep_ == "neg" for c in token.children)
                or not any(
                    reader.actor(subject) in visitors or subject.text in names
                    for subject in children_with(token, "nsubj")
                )
            ):
                continue
            date_text, resolved, _ = where.date_of_verb(token)
            if date_text is not None:
                moved.date, moved.date_text = resolved, date_text
            break


def _first_triggers(drafts: Sequence[_Draft]) -> list[tuple[int, int]]:
    """Return each draft's first trigger index with the draft's number, in text order."""
    return sorted((min(m.trigger.i for m in d.mentions), n) for n, d in enumerate(drafts))


def _places_of_word(doc: Doc, word: str) -> list[int]:
    """Return the indices of the words written ``word`` in any case.

    The words are compared by their hashes in the doc's array: a Token for every word, or a
    Python int, costs more.
    """
    if not len(doc):
        return []
    found: list[int] = np.flatnonzero(doc.to_array(LOWER) == doc.vocab.strings[word]).tolist()
    return found


# Verbs whose subject, with "also" and nothing else to take part in, joins the meeting told.
_JOINING = frozenset({"attend", "join", "participate"})


def _also_took_part(reader: DocumentReader, drafts: Sequence[_Draft]) -> None:
    """Add to a meeting those who "also took part" in it, told a sentence or two later.

    "Witkoff met Netanyahu in Jerusalem. The meeting lasted three hours. Israel Katz and
    Ron Dermer also took part.": "also" with no meeting named ("took part", "attended",
    "joined", "were also present") joins the meeting told just before.
    """
    if not drafts:
        return
    sentences = reader.sentences
    starts = _first_triggers(drafts)
    doc = reader.doc
    for index in _places_of_word(doc, "also"):
        adverb = doc[index]
        token = adverb.head
        if adverb.dep_ != "advmod" or not _joins_without_object(token):
            continue
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        told = [n for first, n in starts if first < token.i]
        if subject is None or not told:
            continue
        draft = drafts[told[-1]]
        last = max(m.trigger.i for m in draft.mentions)
        if last > token.i or sentences.of(last).start == sentences.of(token.i).start:
            continue
        if _sentences_apart(reader.doc[last], token, sentences) <= 2:
            add_new(draft.participants, reader.actors(subject))


# Who "were among" the ones at a meeting: "those" with what they did or where they were, or
# the nouns that say it by themselves ("among the participants").
_AMONG_WHOM = frozenset({"those", "people", "guest"})
_AMONG_PRESENT = frozenset({"participant", "attendee"})


def _among_those_present(reader: DocumentReader, drafts: Sequence[_Draft]) -> None:
    """Add to a meeting those "among those attending" it, told in the same sentence or next.

    "Healey met Hegseth at the Pentagon. Among those at the meeting were Radakin and Caine",
    "Radakin and Caine were among those attending", "... among the participants": the
    subject of "were" joins the meeting told last, no more than two sentences before.
    """
    if not drafts:
        return
    sentences = reader.sentences
    starts = _first_triggers(drafts)
    doc = reader.doc
    for index in _places_of_word(doc, "among"):
        preposition = doc[index]
        verb = preposition.head
        if preposition.dep_ != "prep" or verb.lemma_.casefold() != "be":
            continue
        whom = next((c for c in preposition.children if c.dep_ == "pobj"), None)
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "attr")), None)
        if whom is None or subject is None or not _present_ones(whom, reader.lex):
            continue
        told = [n for first, n in starts if first < index]
        if not told:
            continue
        draft = drafts[told[-1]]
        last = max(m.trigger.i for m in draft.mentions if m.trigger.i < index)
        if _sentences_apart(doc[last], preposition, sentences) <= 2:
            add_new(draft.participants, reader.actors(subject))


def _present_ones(whom: Token, lexicon: MeetingLexicon) -> bool:
    """Whether "among" ``whom`` is among the ones at a meeting.

    "those attending", "those present", "those at the meeting", "the participants"; not
    "among those killed" or "among the countries".
    """
    lemma = noun_lemma(whom)
    if lemma in _AMONG_PRESENT:
        return True
    if whom.lower_ == "present":
        return any(c.lower_ == "those" for c in whom.children)  # parsed "[those] present"
    if whom.lower_ not in _AMONG_WHOM and lemma not in _AMONG_WHOM:
        return False
    for child in whom.children:
        if child.dep_ in ("acl", "relcl") and child.lemma_.casefold() in _JOINING:
            return True
        if child.dep_ in ("amod", "acl") and child.lower_ == "present":
            return True
        if child.dep_ == "prep" and child.lower_ in ("at", "in"):
            place = next((c for c in child.children if c.dep_ == "pobj"), None)
            if place is not None and noun_lemma(place) in lexicon.nouns:
                return True
    return False


def _joins_without_object(verb: Token) -> bool:
    """Whether ``verb`` says its subject took part, naming nothing it took part in."""
    lemma = verb.lemma_.casefold()
    children = list(verb.children)
    if any(c.dep_ in ("dobj", "prep", "xcomp", "ccomp") and c.lower_ != "part" for c in children):
        return False
    if lemma in _JOINING:
        return True
    if lemma == "take":
        return any(c.dep_ == "dobj" and c.lower_ == "part" for c in children)
    return lemma == "be" and any(c.dep_ == "acomp" and c.lower_ == "present" for c in children)


# How far back (characters) "they will meet again" looks for the meeting of those "they" are.
_THEY_REACH = 600


def _they_again(
    drafts: Sequence[_Draft], mention: Mention, reader: DocumentReader | None = None
) -> None:
    """Give "they would meet again next month" the parties of the meeting told just before.

    A meeting with no participant of its own whose verb (or the verb it hangs on: "they
    agreed to meet") has "they" for subject is between those who met in the meeting the
    text told last, a few sentences before at most. So is one whose only party is a group
    called no more than "the leaders" (or "presidents", "sides").
    """
    if not drafts:
        return
    last = drafts[-1]
    counted = _counted_subject(mention.trigger)
    told = max(m.trigger.idx for m in last.mentions)
    if (
        counted is not None
        and len(last.participants) == counted
        and 0 < mention.trigger.idx - told <= _THEY_REACH
    ):
        # "held a trilateral meeting ... The three leaders then had a working lunch with
        # Rubio": the three who met, and whom the lunch names
        mention.participants = list(dict.fromkeys([*last.participants, *mention.participants]))
        mention.attended = True
        return
    pair = _pair_phrase_actors(mention.trigger, reader) if reader is not None else set()
    phrases = _side_phrases(mention.trigger) if reader is not None else []
    if reader is not None:
        # "Alexander urged both sides to return to the negotiating table": the sides urged
        # meet, not the one who urges them
        urging = _urging_sides(mention.trigger, reader)
        mention.participants = [a for a in mention.participants if a not in urging]
    # "Officials from both sides": the officials are of the sides, not a party beside them
    whose: set[str] = set()
    if reader is not None:
        whose = {
            actor
            for phrase in phrases
            if phrase.dep_ == "pobj" and phrase.head.lower_ in ("from", "of")
            for actor in reader.actors(phrase.head.head)
        }
    if whose and reader is not None and any(reader.kind_of.get(a) != "group" for a in whose):
        # "the chief negotiators of the two sides, Bislimi and Petkovic": the people named
        return
    if reader is not None and whose and _two_of_a_kind(pair, reader):
        # "both sides" read as the last two named: the two sides those of them are
        own = [actor for actor in mention.participants if actor not in whose | pair]
        sides = [actor for actor in last.participants if actor in pair] or sorted(pair)
        mention.participants = list(dict.fromkeys([*own, *sides]))
        mention.attended = True
        return
    rounds = (
        [
            draft
            for draft in reversed(drafts)
            if any(
                _counted_round(m) and m.trigger.lemma == mention.trigger.lemma
                for m in draft.mentions
            )
            # two sides: two parties, or one group of both ("US and Chinese negotiators")
            and (
                len(set(draft.participants)) == 2
                or (reader is not None and _group_of_both_sides(draft.participants, reader))
            )
        ]
        if reader is not None
        and not whose
        and _counted_round(mention)
        and (phrases or _sides_hold(mention, reader))
        else []
    )
    if rounds and reader is not None:
        # "Negotiators from the EU and Australia wrapped up a fifth round of talks ... the
        # two sides agreed to hold a sixth round": the sides of the rounds counted before,
        # not the last two named between them
        read_as = pair | _holding_sides(mention, reader)
        own = [actor for actor in mention.participants if actor not in read_as]
        mention.participants = list(dict.fromkeys([*own, *rounds[0].participants]))
        mention.attended = True
        return
    if (
        reader is not None
        and phrases
        and not whose
        and _two_of_a_kind(pair, reader)
        and not _named_just_before(pair, mention.trigger, reader)
        # "Armenia and Azerbaijan held talks ... The two sides first met in Prague": two
        # who met are the sides, however far back
        and not any(pair <= set(before.participants) for before in drafts)
    ):
        # "Unite and the employers met ... (paragraphs on a hearing before the CAC) ...
        # Alexander urged both sides to return to the negotiating table": the two sides of
        # the last meeting of two told, not the last two named, far back and apart
        sided = next(
            (
                before
                for before in reversed(drafts)
                if len(set(before.participants)) == 2
                and before.first.status is not MeetingStatus.PLANNED
            ),
            None,
        )
        if sided is not None and set(sided.participants) != pair:
            own = [actor for actor in mention.participants if actor not in pair]
            mention.participants = list(dict.fromkeys([*own, *sided.participants]))
            mention.attended = True
            return
    pair |= whose
    if reader is not None and phrases and not _two_of_a_kind(pair, reader):
        # "US and Chinese negotiators held talks ... . The talks were the fourth round since
        # May, when the two sides met in Geneva"; "Stocker met both delegations": not the last
        # two named (a reporter, a country), but the sides of the last meeting of two sides
        # told before (two countries, two people, or one group of both), held if this one was
        found: list[str] = []  # the sides of a meeting held, or else of one to come
        for before in reversed(drafts):
            told = max(m.trigger.idx for m in before.mentions)
            if not 0 < mention.trigger.idx - told <= _THEY_REACH:
                break
            parties = before.participants
            two_sides = _two_of_a_kind(set(parties), reader) or _group_of_both_sides(
                parties, reader
            )
            if before.first.status is MeetingStatus.PLANNED and (
                mention.status is not MeetingStatus.PLANNED
            ):
                # "Trump and Xi are expected to meet": not the sides met since, if a meeting
                # held is told before it
                found = found or (list(parties) if two_sides else [])
                continue
            if two_sides:
                found = list(parties)
                break
        if found:
            # "Armenia and Azerbaijan will hold talks next week ... The two sides last met
            # on March 2": with no meeting held told before, the sides of the one to come
            own = [actor for actor in mention.participants if actor not in pair]
            mention.participants = list(dict.fromkeys([*own, *found]))
            mention.attended = True
            return
        # "The African Union envoy for Sudan ... is expected to meet both delegations": the
        # two the reader gave the phrase are no two sides; with no sides met before, the
        # sides are left out rather than named wrong (not "the two chief negotiators", the
        # group the phrase itself names)
        if len(pair) >= 2:
            mention.participants = [a for a in mention.participants if a not in pair]
        return
    if mention.participants:
        # "the two leaders", read as the last two named, one of them of the meeting told
        # just before and one not: the two of that meeting
        mixed = (
            _the_two_subject(mention.trigger)
            and len(mention.participants) == 2
            and len(set(mention.participants) & set(last.participants)) == 1
            # not the two named in its own sentence ("Trump shook hands with von der
            # Leyen, and the two agreed to meet"): those are the two
            and not (reader is not None and _named_in_sentence(reader, mention))
            # nor "the two presidents" when one who met was named with another title only
            # ("Lula was due to meet Prime Minister Bayrou ... the two presidents")
            and not (reader is not None and _titled_apart(mention, last, reader))
        )
        if reader is None or not (_bare_leaders(mention, reader) or mixed):
            return
    elif not (
        _they_subject(mention.trigger)
        or _the_two_subject(mention.trigger)
        or _we_again(mention.trigger)
    ):
        return  # "they will speak by phone", "the two will speak by phone"
    if (
        not mention.participants
        and len(last.participants) > 2
        and _the_two_subject(mention.trigger)
        and not _they_subject(mention.trigger)
    ):
        # "expected to meet Wang Yi at the SCO foreign ministers' meeting ... The two last
        # met in Johannesburg": two are not the many of that meeting, but the last two named
        return
    told = max(m.trigger.idx for m in last.mentions)
    both = len(last.participants) >= 2 or (
        # '"We will meet again," Bessent said' after talks of "US and Chinese negotiators"
        reader is not None
        and _we_again(mention.trigger)
        and _group_of_both_sides(last.participants, reader)
    )
    if both and 0 < mention.trigger.idx - told <= _THEY_REACH:
        mention.participants = list(last.participants)
        mention.attended = True


# Groups that stand for the parties of the meeting told before: "the leaders agreed to meet".
_PARTY_GROUPS = frozenset({"leaders", "presidents", "sides"})


# Nouns of the sides of a meeting that "the two" or "both" may name again.
_SIDE_NOUNS = frozenset(
    {"side", "delegation", "team", "camp", "negotiator", "party", "country", "nation"}
)


def _side_phrase(token: Token) -> bool:
    """Whether ``token`` heads "the two sides", "both delegations", "the two negotiating teams"."""
    return token.lemma_.casefold() in _SIDE_NOUNS and any(
        child.lower_ in ("two", "both") for child in token.children
    )


def _side_phrases(trigger: Token) -> list[Token]:
    """Return "the two sides" or "both delegations" as the trigger's subject or object.

    Or after its "between": "the last direct talks between the two sides".
    """
    phrases = [_subject_of(trigger), *(c for c in trigger.children if c.dep_ == "dobj")]
    phrases += [
        pobj
        for prep in trigger.children
        if prep.dep_ == "prep" and prep.lower_ == "between"
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]
    # "urged both sides to return to the negotiating table", "urged the two sides to meet":
    # the ones urged to do it
    verb = trigger.head.head if trigger.dep_ == "pobj" and trigger.head.dep_ == "prep" else trigger
    if verb.dep_ == "xcomp":
        phrases += [c for c in verb.head.children if c.dep_ == "dobj"]
    subject = phrases[0]
    if subject is not None and subject.lower_ == "they" and subject.head.dep_ == "ccomp":
        # "Officials from both countries said they would hold consultations": who "they" are
        phrases += list(children_with(subject.head.head, "nsubj"))
    # "Officials from both sides", "members of both delegations": the sides they are of
    phrases += [
        pobj
        for phrase in phrases
        if phrase is not None and not _side_phrase(phrase)
        for prep in phrase.children
        if prep.dep_ == "prep" and prep.lower_ in ("from", "of")
        for pobj in prep.children
        if pobj.dep_ == "pobj" and _side_phrase(pobj)
    ]
    return [phrase for phrase in phrases if phrase is not None and _side_phrase(phrase)]


def _urging_sides(trigger: Token, reader: DocumentReader) -> set[str]:
    """Return who urges "both sides" or "the two sides" to hold the trigger's meeting.

    "Alexander urged both sides to return to the negotiating table" gives Alexander's actor.
    """
    verb = trigger.head.head if trigger.dep_ == "pobj" and trigger.head.dep_ == "prep" else trigger
    if verb.dep_ != "xcomp" or not any(
        child.dep_ == "dobj" and _side_phrase(child) for child in verb.head.children
    ):
        return set()
    return {
        actor for subject in children_with(verb.head, "nsubj") for actor in reader.actors(subject)
    }


def _named_just_before(actors: AbstractSet[str], trigger: Token, reader: DocumentReader) -> bool:
    """Whether each of ``actors`` is named in the trigger's sentence or the one before."""
    sentence = reader.sentence(trigger)
    since = reader.sentence(trigger.doc[sentence.start - 1]).start_char if sentence.start else 0
    named = {actor for start, actor in reader.actor_starts if since <= start < trigger.idx}
    return actors <= named


def _pair_phrase_actors(trigger: Token, reader: DocumentReader) -> set[str]:
    """Return the actors the reader gave the trigger's "the two sides" or "both delegations"."""
    return {actor for phrase in _side_phrases(trigger) for actor in reader.actors(phrase)}


def _group_of_both_sides(parties: Sequence[str], reader: DocumentReader) -> bool:
    """Whether the only party is one group of two sides: "US and Chinese negotiators"."""
    return (
        len(parties) == 1
        and reader.kind_of.get(parties[0]) == "group"
        and " and " in reader.name_of.get(parties[0], "")
    )


def _two_of_a_kind(actors: AbstractSet[str], reader: DocumentReader) -> bool:
    """Whether ``actors`` are two of one kind: two countries, two people, two bodies."""
    kinds = {reader.kind_of.get(actor) for actor in actors}
    return len(actors) == 2 and len(kinds) == 1 and None not in kinds


def _bare_leaders(mention: Mention, reader: DocumentReader) -> bool:
    """Whether the mention's only party is a group called "leaders" and nothing more."""
    if len(mention.participants) != 1:
        return False
    party = mention.participants[0]
    return (
        reader.kind_of.get(party) == "group"
        and reader.name_of.get(party, "").casefold() in _PARTY_GROUPS
    )


def _named_in_sentence(reader: DocumentReader, mention: Mention) -> bool:
    """Whether a mention's participants are all named in its sentence, or in the one before.

    "Trump shook hands with von der Leyen, and the two agreed to meet", "Trump shook hands
    with von der Leyen. The two agreed to meet": the two named together there.
    """
    sentence = reader.sentence(mention.trigger)
    wanted = set(mention.participants)
    here = {
        reader.actor(token)
        for token in sentence
        if token.i < mention.trigger.i and token.pos_ == "PROPN"
    }
    if wanted <= here:
        return True
    if sentence.start == 0:
        return False
    before = reader.sentence(reader.doc[sentence.start - 1])
    return wanted <= {reader.actor(token) for token in before if token.pos_ == "PROPN"}


def _titled_apart(mention: Mention, last: _Draft, reader: DocumentReader) -> bool:
    """Whether "the two presidents" names a title one of those of the meeting before lacks.

    One of the mention's parties bears the title, and one of the meeting's was named with
    other titles only.
    """
    subject = _subject_of(mention.trigger)
    titles = pair_titles(subject) if subject is not None else frozenset()
    return (
        bool(titles)
        and any(titles & reader.title_words.get(p, frozenset()) for p in mention.participants)
        and any(reader.titled_otherwise(p, titles) for p in last.participants)
    )


def _the_two_subject(trigger: Token) -> bool:
    """Whether "the two leaders" is the subject of the trigger or of the verb it hangs on.

    "Carney and Sheinbaum held talks ... . Trump has said ... . The two leaders agreed to
    meet again": the two of the meeting just told, not the last two persons named.
    """
    subject = _subject_of(trigger)
    return (
        subject is not None
        # "the two leaders", or "the two" alone
        and (
            subject.lower_ == "two"
            or any(c.dep_ == "nummod" and c.lower_ == "two" for c in subject.children)
        )
        and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
    )


# Numbers of those "the three leaders" or "the four ministers" name again.
def _counted_subject(trigger: Token) -> int | None:
    """Return N when the trigger's subject is "the N leaders" (three or more): else None.

    "The three leaders then had a working lunch": those of the meeting of three just told.
    """
    subject = _subject_of(trigger)
    number = counted(subject) if subject is not None else None
    return number if number is not None and number >= 3 else None


def _subject_of(trigger: Token) -> Token | None:
    """Return the subject of a trigger verb, or of the verb it is the object of."""
    verb = trigger
    for _ in range(3):
        subject = next(children_with(verb, "nsubj", "nsubjpass"), None)
        if subject is not None:
            return subject
        if verb.dep_ not in ("xcomp", "dobj") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


# Words that tell an encounter apart from the one before: "met again", "later met".
_ANOTHER_TIME_WORDS = LATER_WORDS | {"again", "also"}


def _told_as_another(sentence: SpacySpan, trigger: Token) -> bool:
    """Whether a sentence says its meeting is another one: "Later, the two met again".

    The word must bear on the trigger's clause: not "The two leaders held talks in the
    Kremlin and agreed to meet again", whose "again" is of the meeting still to come.
    """
    return any(
        token.lower_ in _ANOTHER_TIME_WORDS
        and (token.head.i == trigger.i or token.head.is_ancestor(trigger))
        for token in sentence
    )


def _anaphoric_subject(trigger: Token) -> bool:
    """Whether the trigger verb's subject refers back: "they", "the leaders", "the two".

    Also the subject of the verb that holds a trigger noun: "The two leaders held talks".
    """
    if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and trigger.head.pos_ == "VERB":
        trigger = trigger.head
    if trigger.pos_ != "VERB":
        return False
    subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if subject.lower_ in ("they", "we"):
        return True
    return subject.tag_ in ("NNS", "CD") and any(
        c.dep_ == "det" and c.lower_ == "the" for c in subject.children
    )


def _we_again(trigger: Token) -> bool:
    """Whether "we" are to meet "again": '"We will meet again," Bessent said', both sides."""
    subject = _subject_of(trigger)
    return (
        subject is not None
        and subject.lower_ == "we"
        and any(c.lower_ == "again" for c in trigger.children)
    )


def _they_subject(trigger: Token) -> bool:
    """Whether "they" is the subject of a trigger verb or of the verb it is the object of.

    "they agreed to meet", "they will hold talks".
    """
    subject = _subject_of(trigger)
    return subject is not None and subject.lower_ == "they"


def _finish(
    reader: DocumentReader,
    draft: _Draft,
    number: int,
    others: AbstractSet[int] = frozenset(),
    other_triggers: AbstractSet[int] = frozenset(),
) -> Meeting:
    """Build the meeting of ``draft``.

    ``others`` holds the sentences that tell other meetings, ``other_triggers`` their
    triggers' tokens.
    """
    first = draft.first
    participants = list(draft.participants)
    add_new(participants, _discourse_speakers(reader, draft, others))
    listed = _groups_listed(reader, draft, participants)
    participants = [p for p in participants if p not in listed]
    topics: list[str] = []
    for mention in draft.mentions:
        scope = mention.scope if mention.scope is not None else mention.trigger
        for start, end in _topic_ranges(
            scope, other_triggers, mention.trigger, reader.lex.discussion_verbs
        ):
            add_new(topics, reader.topics_in(start, end))
        if scope.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in _MEANWHILE for c in scope.children
        ):
            # "agreed to launch a framework on semiconductors, as the two leaders held
            # talks": what they did as they met
            head = scope.head
            add_new(topics, reader.topics_in(head.left_edge.idx, scope.left_edge.idx))
        done = _done_at_meeting(scope)
        if done is not None:
            # "agreed to an immediate ceasefire at talks hosted by Anwar": what was agreed
            # at the meeting is what it was about
            add_new(topics, reader.topics_in(*done))
        discussed = _discussed_after_report(reader, scope)
        if discussed is not None:
            left, right = discussed.left_edge, discussed.right_edge
            add_new(topics, reader.topics_in(left.idx, right.idx + len(right.text)))
    add_new(topics, _following_topics(reader, draft, participants, others))
    # the date and the words it was resolved from come from one mention; words that give
    # no date ("later this week") only when no mention gives one
    dated = next((m for m in draft.mentions if m.date is not None), None)
    resolved = dated.date if dated is not None else None
    date_text = (
        dated.date_text
        if dated is not None
        else next((m.date_text for m in draft.mentions if m.date_text is not None), None)
    )
    location = next((m.location for m in draft.mentions if m.location is not None), None)
    if location is not None and _country_only(reader, location):
        # "a summit in Switzerland ... hosted the gathering at the Bürgenstock resort": the
        # venue its host is told to receive at, in that country, is where in it (not "the
        # third official to visit Beijing" after "Kerry's visit to China")
        location = next(
            (
                m.location
                for m in draft.mentions
                if m.location is not None
                and m.host is not None
                and (m.anchor or m.trigger).lemma_.casefold() in _RECEPTION_VERBS
                and m.location.country == location.country
                and not _country_only(reader, m.location)
            ),
            location,
        )
    host = next((m.host for m in draft.mentions if m.host is not None), None)
    if host is None and draft.kind is MeetingKind.VISIT and location is not None:
        host = _visited_country(reader, location, participants)
    if draft.kind is MeetingKind.VISIT and host is not None and host not in participants:
        # "Grossi's visit to Tehran", "visited the Republic of Cyprus": who is visited takes
        # part as its host
        participants = [*participants, host]
    status = first.status
    if status is MeetingStatus.OCCURRED and any(
        m.status is MeetingStatus.ONGOING and length_in_days(m.trigger) is not None
        for m in draft.mentions
    ):
        status = MeetingStatus.ONGOING  # "received Tinubu on Tuesday at the start of a
        # three-day state visit", told on Wednesday
    if status is MeetingStatus.PLANNED and (
        draft.called_off or any(m.status is MeetingStatus.CANCELLED for m in draft.mentions)
    ):
        # "were scheduled to meet in Geneva, but the meeting was called off"
        status = MeetingStatus.CANCELLED
    return Meeting(
        id=f"m{number}",
        kind=draft.kind,
        trigger=token_span([first.trigger]),
        participants=tuple(participants),
        host=host,
        location=location,
        date=resolved,
        date_text=date_text,
        status=status,
        topics=tuple(topics),
        evidence=sentence_span(reader.sentence(first.trigger)),
    )


def _groups_listed(reader: DocumentReader, draft: _Draft, participants: Sequence[str]) -> set[str]:
    """Return the groups among ``participants`` whose members are listed after them.

    "Cuba and the three Baltic states, Estonia, Latvia and Lithuania, met": the states
    named in apposition are the group, which is no side beside them.
    """
    groups = {p for p in participants if reader.kind_of.get(p) == "group"}
    if not groups:
        return set()
    listed: set[str] = set()
    for mention in draft.mentions:
        for token in reader.sentence(mention.trigger):
            group = reader.actor(token)
            if group not in groups or group is None:
                continue
            members = {
                reader.actor(member)
                for appos in token.children
                if appos.dep_ == "appos"
                for member in (appos, *appos.conjuncts)
            }
            if len(members) >= 2 and all(m is not None and m in participants for m in members):
                listed.add(group)
    return listed


def _country_only(reader: DocumentReader, location: Location) -> bool:
    """Whether ``location`` names nothing narrower than a country: "in Switzerland"."""
    span = location.span
    if span is None or location.country is None:
        return False
    words = reader.doc.char_span(span.start, span.end, alignment_mode="expand")
    return words is not None and reader.kind_of.get(reader.actor(words.root) or "") == "country"


def _done_at_meeting(scope: Token) -> tuple[int, int] | None:
    """Return the characters of what a verb did at a meeting it names after "at" or "during".

    "Phumtham and Hun Manet agreed to an immediate ceasefire at talks hosted by Anwar": the
    words from the verb up to "at" (which may hang on the verb's object); None when the
    meeting noun is no object of "at" or "during" after a verb.
    """
    preposition = scope.head
    if scope.dep_ != "pobj" or preposition.lower_ not in ("at", "during"):
        return None
    verb = preposition
    for _ in range(4):
        # the parser may hang "at talks" on the verb's object: "agreed to [a ceasefire]"
        if verb.dep_ not in ("prep", "pobj", "dobj") or verb.head.i == verb.i:
            return None
        verb = verb.head
        if verb.pos_ == "VERB":
            break
    if verb.pos_ != "VERB" or verb.i >= preposition.i:
        return None
    start, end = verb.idx, preposition.left_edge.idx
    return (start, end) if start < end else None


def _topic_ranges(
    scope: Token,
    other_triggers: AbstractSet[int],
    trigger: Token,
    discussion_verbs: AbstractSet[str] = frozenset(),
) -> list[tuple[int, int]]:
    """Return the character ranges of a meeting's words whose topics are the meeting's.

    The words stop before a clause joined to them that tells another meeting ("Wong met
    Wang Yi to discuss trade, and held talks with Waqa on climate finance": the talks with
    Waqa, and what they covered, are no part of the meeting with Wang Yi), and leave out a
    clause of the time before or after ("held talks since Manele replaced Sogavare after
    elections in April": the elections were not discussed).
    """
    end = scope.right_edge.idx + len(scope.right_edge.text)
    holes: list[tuple[int, int]] = []
    doc = scope.doc
    children = doc_children(doc)
    for i in children.with_dep(scope.i, ("conj",)):
        if i > scope.i and any(k in other_triggers for k in _subtree(children, i)):
            end = min(end, doc[i].left_edge.idx)
    # Read by index in the doc's index of children: a ``Token`` only for the words kept.
    for i in _subtree(children, scope.i):
        # only a clause or a phrase after the scope's word can be a hole (the three tests)
        if i <= scope.i or children.deps[i] not in _HOLE_DEPS:
            continue
        token = doc[i]
        left, right = token.left_edge, token.right_edge
        if left.i <= trigger.i <= right.i:
            # "the bickering during an emergency meeting", "comes five months before the
            # COP30 climate conference": a phrase of time that holds the meeting itself
            # is the meeting's own words
            continue
        if _time_clause(token) or _context_clause(token) or _dated_relative(token, scope):
            purpose = _purpose_in_time(token, discussion_verbs)
            if purpose is not None:
                # "met Blackburn after the hearing to press for a vote", "met after the
                # summit ended to discuss tariffs": the purpose is the meeting's
                right = token.doc[purpose.i - 1]
            if right.i >= left.i:
                holes.append((left.idx, right.idx + len(right.text)))
    ranges = []
    start = scope.left_edge.idx
    for hole_start, hole_end in sorted(holes):
        if hole_start >= end:
            break
        if hole_end <= start:
            continue  # inside a hole already cut
        ranges.append((start, hole_start))
        start = hole_end
    ranges.append((start, end))
    return [(a, b) for a, b in ranges if a < b]


# The dependencies of the words that head what ``_time_clause``, ``_context_clause`` and
# ``_dated_relative`` find.
_HOLE_DEPS = frozenset({"advcl", "prep", "relcl"})


def _subtree(children: Children, i: int) -> list[int]:
    """Return the indices of the subtree of token ``i`` (``token.subtree``), in no set order.

    Walked in the doc's index of children, without a ``Token`` for each word.

    >>> from spacy.vocab import Vocab
    >>> words = ["Kerry", "met", "Li", "and", "Wang", "."]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 2, 2, 1],
    ...           deps=["nsubj", "ROOT", "dobj", "cc", "conj", "punct"])
    >>> sorted(_subtree(doc_children(doc), 2)) == [t.i for t in doc[2].subtree]
    True
    """
    found = [i]
    for k in found:
        found.extend(children.of(k))
    return found


def _purpose_in_time(clause: Token, discussion_verbs: AbstractSet[str]) -> Token | None:
    """Return the first word of a purpose the parser put inside a clause of time.

    "met Blackburn after the hearing to press for a vote" is parsed as a clause "the
    hearing to press" marked by "after"; "met after the summit ended to discuss tariffs"
    hangs "to discuss" on "ended". A to-infinitive is no clause of time: what follows its
    "to" tells what the meeting was for. A verb of discussion joined as a complement is one
    too ("after the summit ended to discuss tariffs"), not another ("days after Xi agreed
    to visit").
    """
    purposes = (
        c
        for c in clause.children
        if c.dep_ == "advcl" or (c.dep_ == "xcomp" and c.lemma_.casefold() in discussion_verbs)
    )
    for verb in (clause, *purposes):
        if verb.tag_ != "VB":
            continue
        to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
        if to is not None and to.i > clause.left_edge.i:
            return to
    return None


def _context_clause(token: Token) -> bool:
    """Whether ``token`` heads the news a meeting "came" amid: "The meeting came as ...".

    "The meeting came as Washington weighs whether to renew a license": what else was
    happening dates the meeting and says nothing of what was discussed.
    """
    if token.head.lemma_ != "come":
        return False
    if token.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children)
    return token.dep_ == "prep" and token.lower_ in ("amid", "against")


def _dated_relative(token: Token, scope: Token) -> bool:
    """Whether ``token`` heads a relative clause of another time, on a word of the meeting's.

    "the first meeting between Yunus and the general, who seized power in a coup in
    February 2021": a clause with a date of its own on any word other than the trigger
    (one who met, or a thing: "the truce, which was signed in January").
    """
    return (
        token.dep_ == "relcl"
        and token.head.i != scope.i
        and any(c.lower_ in RELATIVE_PRONOUNS for c in token.children)
        and any(t.ent_type_ == "DATE" for t in token.subtree)
    )


def _time_clause(token: Token) -> bool:
    """Whether ``token`` heads a clause of time: "since Manele replaced Sogavare".

    Or a phrase of "since" that says from when: "the first visit ... since the invasion of
    Ukraine" (the invasion dates the visit; it was not discussed), of "during", or one that
    says how long before or after ("days after his election").
    """
    if token.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in token.children)
    if token.dep_ == "prep" and token.lower_ in ("since", "during"):
        return True  # "met ... during the pandemic": when, not what was discussed
    return (
        token.dep_ == "prep"
        and token.lower_ in _TIME_MARKS
        and any(
            (c.dep_ == "pcomp" and c.pos_ in ("VERB", "AUX"))
            # "met Leo in May, days after his election": how long after, a time
            or (c.dep_ == "npadvmod" and c.ent_type_ in ("DATE", "TIME"))
            for c in token.children
        )
    )


def _visited_country(
    reader: DocumentReader, location: Location, participants: Sequence[str]
) -> str | None:
    """Return the country actor a visit to a place in it makes the host, if the text has one.

    "Grossi visited Tehran" in a story about Iran: Iran hosts. Not a visitor's own country.
    """
    code = location.country
    if code is None or any(reader.country_of.get(p) == code for p in participants):
        return None
    return next(
        (
            actor
            for actor, kind in reader.kind_of.items()
            if kind == "country" and reader.country_of.get(actor) == code
        ),
        None,
    )


def _discourse_speakers(
    reader: DocumentReader, draft: _Draft, others: AbstractSet[int] = frozenset()
) -> list[str]:
    """People who act in the sentences between a meeting's first and last mention.

    "In a meeting at the Great Hall, Kerry said ... Li Qiang expressed doubt ... The
    discussions covered ...": Li took part in the meeting the discussions refer back to.
    Not when a sentence in between tells another meeting (``others``), and, when only
    groups met ("agriculture ministers met"), only their members ("agriculture minister
    David Clarinval", not "a dairy farmer" quoted outside).
    """
    if draft.kind not in (MeetingKind.MEETING, MeetingKind.TALKS, MeetingKind.NEGOTIATION):
        return []  # a visit or a summit goes on around many people who were not there
    anchor = reader.anchor
    if anchor is not None:
        for told in draft.mentions:
            period = resolve_period(told.date_text.text, anchor) if told.date_text else None
            if period is not None and period[1] < anchor - timedelta(days=31):
                return []  # "In 2007, Roh and Kim met": who acts in the story was not there
    first_sent = reader.sentence(draft.first.trigger)
    last_sent = reader.sentence(draft.mentions[-1].trigger)
    if last_sent.start <= first_sent.start:
        return []
    sentences: list[SpacySpan] = []
    sent = first_sent
    while sent.end < last_sent.end and len(sentences) < _DISCOURSE_WINDOW:
        sent = reader.sentences.after(sent)
        sentences.append(sent)
    if sent.start != last_sent.start:
        return []
    if any(sentence.start in others for sentence in sentences):
        return []  # another meeting told in between: who acts there may be at that one
    # "Alexander urged both sides to return to the negotiating table": who urges is not there
    urging = {actor for told in draft.mentions for actor in _urging_sides(told.trigger, reader)}
    found: list[str] = []
    for sentence in sentences:
        if any(token.lemma_.casefold() in reader.lex.other_settings for token in sentence):
            continue  # "Mao Ning told a news conference": said elsewhere
        for token in sentence:
            if (
                token.dep_ == "nsubj"
                and token.head.pos_ == "VERB"
                and not _past_perfect(token.head)
                # "focused on a report that Smith prepared": who made the thing discussed
                and not _of_a_thing(reader, token.head)
                # "Trump did not take part": who did not act was not there
                and not any(child.dep_ == "neg" for child in token.head.children)
                # "Analyst Peter Hays said the meeting showed a thaw": who speaks of it
                and not _speaks_of(token.head, draft)
                # "Biden flew to Delhi, where Modi hosted a dinner": who acts elsewhere
                and not _done_elsewhere(token.head, draft)
            ):
                # "Ishiba, Macron and Scholz joined by video link": each of the subjects
                for subject in (token, *token.conjuncts):
                    actor = reader.actor(subject)
                    if (
                        actor is not None
                        and reader.kind_of.get(actor) == "person"
                        and _member(reader, actor, draft.participants)
                        and actor not in urging
                        # "..., a Qatari spokesman, Majed al-Ansari, said": who speaks of it,
                        # and "Correspondent Ann Lee reported": who reports or comments on it
                        and not any(
                            word.startswith("spokes") or word in reader.lex.press_nouns
                            for word in reader.title_words.get(actor, frozenset())
                        )
                    ):
                        add_new(found, [actor])
    return found


def _speaks_of(verb: Token, draft: _Draft) -> bool:
    """Whether ``verb`` reports a clause whose subject or object is ``draft``'s meeting.

    "Analyst Peter Hays said the meeting showed a thaw": the meeting is what is spoken of,
    by one who need not have been there; "Li said he raised rights during the talks" tells
    what was done at it.
    """
    clauses = [child for child in verb.children if child.dep_ in ("ccomp", "parataxis")]
    if not clauses:
        return False
    for mention in draft.mentions:
        trigger = mention.trigger
        if trigger.dep_ not in ("nsubj", "nsubjpass", "dobj") or trigger.head.pos_ not in (
            "VERB",
            "AUX",
        ):
            continue
        if any(trigger.head == clause or trigger.head in clause.subtree for clause in clauses):
            return True
    return False


def _done_elsewhere(verb: Token, draft: _Draft) -> bool:
    """Whether ``verb`` is told of a place other than ``draft``'s, in a clause of that place.

    "Biden met Xi in Bali. Biden later flew to Delhi, where Modi hosted a dinner": Modi acts
    in Delhi, not at the meeting in Bali; "in Bali, where Xi arrived on Sunday" is its place.
    """
    if verb.dep_ != "relcl" or verb.head.ent_type_ not in ("GPE", "LOC", "FAC"):
        return False
    if not any(child.lower_ == "where" for child in verb.children):
        return False
    place = verb.head
    words = doc_text(place.doc)[place.left_edge.idx : place.idx + len(place.text)]
    return not any(
        m.location is not None and (m.location.name in words or words in m.location.name)
        for m in draft.mentions
    )


def _of_a_thing(reader: DocumentReader, verb: Token) -> bool:
    """Whether ``verb`` is a relative clause of a thing: "a report that Smith prepared".

    Who made or did the thing talked of is told of, not one who met; a clause of a person
    ("Kishida, who flew in on Sunday") or of the meeting itself still tells who was there.
    """
    if verb.dep_ != "relcl":
        return False
    noun = verb.head
    return (
        noun.pos_ in ("NOUN", "PROPN")
        and reader.actor(noun) is None
        and not reader.is_animate(noun)
        and noun.lemma_.casefold() not in reader.lex.nouns
    )


def _past_perfect(verb: Token) -> bool:
    """Whether ``verb`` tells what had been done before ("Glass Lewis had recommended")."""
    return verb.tag_ == "VBN" and any(
        child.dep_ == "aux" and child.lower_ in ("had", "'d") for child in verb.children
    )


def _member(reader: DocumentReader, person: str, participants: Sequence[str]) -> bool:
    """Whether ``person`` may be one of ``participants``: any person, if only groups met.

    When groups alone met, a person belongs with them by a title of the group's noun:
    "agriculture minister" of "agriculture ministers", "senator" of "senators".
    """
    if not participants or any(reader.kind_of.get(p) != "group" for p in participants):
        return True
    words = reader.title_words.get(person, frozenset())
    for group in participants:
        noun = reader.group_noun.get(group)
        if noun is not None and noun in words:
            return True
    return False


def _discussion_verb(reader: DocumentReader, root: Token) -> Token | None:
    """Return the sentence's verb of discussing: its root, or what its root reports.

    "They discussed trade.", "The two leaders discussed trade, officials said.", "The
    two leaders are expected to discuss trade, the White House said."
    """
    verbs = reader.lex.discussion_verbs
    level = [root]
    for _ in range(3):
        for verb in level:
            if verb.lemma_.casefold() in verbs or _exchanges_views(verb) or _raises(verb):
                return verb
        # "..., officials said"; "are expected to discuss"
        level = [c for verb in level for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
    for child in root.children:
        # "The two discussed efforts to ...", parsed with "discussed" as an adjective of
        # "efforts": a finite verb with a subject of its own is the sentence's verb
        if (
            child.dep_ == "amod"
            and child.tag_ in ("VBD", "VBZ", "VBP")
            and child.lemma_.casefold() in verbs
            and any(c.dep_ in SUBJECTS for c in child.children)
        ):
            return child
    return None


def _discussed_after_report(reader: DocumentReader, scope: Token) -> Token | None:
    """Return "discussed" that the parser joined to the report of a meeting's clause.

    "Zelenskyy held separate meetings with Carney and Frederiksen, his office said, and
    discussed air defence": the parser makes "discussed" a second verb of "said", but
    those who met discussed.
    """
    if scope.dep_ != "ccomp":
        return None
    report = scope.head
    return next(
        (
            child
            for child in report.children
            if child.dep_ == "conj"
            and child.i > scope.i
            and child.lemma_.casefold() in reader.lex.discussion_verbs
            and not any(c.dep_ in SUBJECTS for c in child.children)
        ),
        None,
    )


def _exchanges_views(verb: Token) -> bool:
    """Whether ``verb`` is "exchanged views" (or opinions, ideas): the diplomats' discussed."""
    return verb.lemma_.casefold() == "exchange" and any(
        child.dep_ == "dobj" and child.lemma_.casefold() in _VIEWS for child in verb.children
    )


def _raises(verb: Token) -> bool:
    """Whether ``verb`` raises a subject ("would raise the fentanyl trade").

    Not an attitude ("raised concerns about ..."): that is a statement of its own.
    """
    return verb.lemma_.casefold() == "raise" and any(
        child.dep_ == "dobj" and child.lemma_.casefold() not in _ATTITUDES
        for child in verb.children
    )


def _following_topics(
    reader: DocumentReader,
    draft: _Draft,
    participants: Sequence[str],
    others: AbstractSet[int] = frozenset(),
) -> list[str]:
    """Topics of a sentence shortly after a mention that says what was discussed.

    "Blinken met Wang. They discussed trade. Blinken said the talks were candid": the
    sentences after any mention of the meeting count, not only after the last one, up to
    three of them and not past a sentence that tells another meeting (``others``). Further
    on, up to eight sentences, only a subject that plainly names the ones who met still
    refers back ("The two sides also discussed ...", "The leaders", "Kerry and Li"), not
    "they".
    """
    found: list[str] = []
    seen: set[int] = set()
    for mention in draft.mentions:
        if mention.beside and any(m is not mention for m in draft.mentions):
            # "On the sidelines of the meeting, Bessent held a bilateral meeting with Lan.
            # The two discussed rare earths": what follows is of the bilateral meeting
            continue
        sentence = reader.sentence(mention.trigger)
        for step in range(_FAR_TOPIC_WINDOW):
            if sentence.end >= len(reader.doc):
                break
            sentence = reader.sentences.after(sentence)
            if sentence.start in others or _turns_away(sentence):
                break
            if sentence.start in seen:
                continue
            far = step >= _TOPIC_WINDOW
            if not far:
                seen.add(sentence.start)
            add_new(found, _discussed(reader, sentence, participants, far=far))
    return found


def _discussed(
    reader: DocumentReader,
    following: SpacySpan,
    participants: Sequence[str],
    *,
    far: bool = False,
) -> list[str]:
    """Topics of ``following`` when it says what the meeting's participants discussed.

    With ``far`` (the sentence is more than three after the mention), a pronoun or a single
    participant as subject no longer refers back to the meeting.
    """
    root = _discussion_verb(reader, following.root)
    if root is None:
        return []
    subjects = [child for child in root.children if child.dep_ in SUBJECTS]
    if not subjects and root.dep_ == "xcomp":
        # "are expected to discuss": the subject of the verb that controls it
        subjects = [c for c in root.head.children if c.dep_ in SUBJECTS]
    if not subjects:
        return []
    subject = subjects[0]
    actors = reader.actors(subject)
    if actors and root.lemma_.casefold() in _CONTENT_VERBS:
        return []  # "Obama included aid in his budget": what a meeting includes, not a person
    # "They discussed", "The two discussed", "Both sides discussed", "Kerry and Li ..."
    pair = subject.lower_ in reader.lex.pair_words or any(
        child.lower_ in reader.lex.pair_words for child in subject.children
    )
    # several who met: two or more, or one group ("EU leaders met ... The leaders discussed")
    several = len(participants) > 1 or (
        len(participants) == 1 and reader.kind_of.get(participants[0]) == "group"
    )
    # "The leaders discussed Taiwan": a definite plural no actor covers
    the_plural = (
        not actors
        and subject.tag_ == "NNS"
        and any(c.lower_ == "the" for c in subject.children)
        and several
    )
    # "they" needs two or more who met: after "Putin chaired a meeting", it is others.
    named = bool(actors and set(actors) <= set(participants))
    if subject.pos_ == "PRON" and _reporters_own(reader, root, participants):
        # "Nationwide and Barclays said they would raise rates": "they" are the ones who
        # say so, not those who met
        return []
    if far:
        refers_back = pair or the_plural or (named and len(actors) > 1)
    else:
        refers_back = (subject.pos_ == "PRON" and several) or pair or the_plural or named
    if not refers_back:
        return []
    return reader.topics_in(following.start_char, following.end_char)


def _turns_away(sentence: SpacySpan) -> bool:
    """Whether ``sentence`` opens another story: "Separately, ...", "Elsewhere, ...".

    What follows such a word is news of its own, not what the meeting told before covered.
    """
    first = sentence[0]
    return first.lower_ in _OTHER_STORY and first.dep_ == "advmod"


def _reporters_own(reader: DocumentReader, verb: Token, participants: Sequence[str]) -> bool:
    """Whether the reported ``verb``'s pronoun subject is the reporters' own.

    "Nationwide and Barclays said they would raise rates": where the verb is reported by
    several who are not among the participants ("Nationwide and Barclays", "the banks"),
    a plural pronoun refers to them. "The White House said they discussed trade" keeps
    "they" for those who met: one reporter is no "they".
    """
    head = verb
    while head.dep_ in ("ccomp", "xcomp", "conj") and head.head is not head:
        head = head.head
        reporters = [c for c in head.children if c.dep_ in SUBJECTS]
        if not reporters:
            continue
        reporter = reporters[0]
        several = reporter.tag_ in ("NNS", "NNPS") or any(
            c.dep_ == "conj" for c in reporter.children
        )
        actors = reader.actors(reporter)
        return several and bool(actors) and not set(actors) <= set(participants)
    return False


class MeetingsComponent(Guarded):
    """Runs :func:`extract_meetings` and stores the result on ``doc._.newsevents_meetings``."""

    def __init__(self, lexicon: MeetingLexicon | None = None) -> None:
        """Use ``lexicon``, or the shipped one."""
        self.lexicon = lexicon or MeetingLexicon.load()
        load_tables()  # the places looked up in every document, read now

    def annotate(self, doc: Doc) -> Doc:
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
    found = MeetingLexicon.load(lexicon)
    _keep_hyphenated_nouns(nlp, found)
    return MeetingsComponent(found)


def _keep_hyphenated_nouns(nlp: Language, lexicon: MeetingLexicon) -> None:
    """Make the tokenizer keep each hyphenated noun of the lexicon one word.

    The tokenizer splits "tête-à-tête" and "one-on-one" at their hyphens, and the parser
    then reads their parts as several objects; whole, each is a noun the parser hangs
    "with" on ("had a one-on-one with Zelenskyy"). The noun's plain form is its norm,
    so that the accented spelling is tagged like the plain one.
    """
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return  # a tokenizer of one's own keeps its own words
    for noun in lexicon.nouns:
        if "-" not in noun:
            continue
        for form in (noun, noun.capitalize(), noun + "s", noun.capitalize() + "s"):
            norm = _unaccented(form.casefold())
            tokenizer.add_special_case(form, [{ORTH: form, NORM: norm}])


def _unaccented(text: str) -> str:
    """Return ``text`` without its accents: "tête-à-tête" -> "tete-a-tete"."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
