"""Reading a parsed document for the meeting rules: actors, topics, dates, phrases.

Internal to :mod:`newsevents.meetings`: :class:`DocumentReader` answers the questions every
rule asks (which actor a word refers to, who the subject of a verb is, which topics a stretch
of text mentions), and :class:`Mention` is what the rules make of one trigger word.

>>> from newsevents import load_pipeline
>>> from newsevents.meetings import MeetingLexicon
>>> doc = load_pipeline()("US envoy John Kerry, who met Premier Li Qiang in Beijing, left.")
>>> reader = DocumentReader(doc, MeetingLexicon.load())
>>> met = doc[6]
>>> [token.text for token in reader.subjects(met)], [token.text for token in direct_objects(met)]
(['who'], ['Qiang'])
>>> reader.actors(doc[5]), reader.actors(doc[9]), prep_objects(met, "in")
(['a1'], ['a2'], [Beijing])
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from datetime import date
from typing import TYPE_CHECKING, Any

import attrs
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newsevents._doctext import doc_text, heading_end
from newsevents._syntax import SUBJECT_DEPS, Sentences, doc_children, glued_prefix
from newsevents._words import OBJECT_PRONOUNS, SUBJECT_PRONOUNS
from newsevents.countries import country_code
from newsevents.dates import NUMBER_WORDS
from newsevents.extensions import (
    DOC_ACTORS,
    DOC_DATE,
    DOC_TOPICS,
    token_actors,
)
from newsevents.model import Location, MeetingKind, MeetingStatus, Span
from newsevents.paragraphs import dateline_end, paragraph_starts
from newsevents.places import PLACE_LABELS, city_country, place_country

if TYPE_CHECKING:
    from newsevents.meetings import MeetingLexicon

__all__ = [
    "NAME_LABELS",
    "OBJECTS",
    "SUBJECTS",
    "DocumentReader",
    "Mention",
    "Who",
    "add_new",
    "char_span",
    "children_with",
    "counted",
    "direct_objects",
    "noun_lemma",
    "pair_titles",
    "place_country",
    "prep_objects",
    "sentence_span",
    "token_span",
    "verb_read_as_noun",
]

SUBJECTS = ("nsubj", "nsubjpass", "csubj")
OBJECTS = ("dobj", "obj", "dative")
# The labels of the names of places and of bodies.
NAME_LABELS = PLACE_LABELS | {"ORG"}
# Verbs of an aside that reports a clause before it: "X met Y, officials said, and ...".
# Verbs that report a meeting or a clause about it ("..., the Elysee said, and ..."; "reported
# the talks on Monday").
REPORTING_VERBS = frozenset(
    {"say", "tell", "add", "report", "announce", "state", "confirm", "disclose", "reveal"}
)
_PERSONAL_PRONOUNS = SUBJECT_PRONOUNS | OBJECT_PRONOUNS

# Pronouns of a part of a group ("each of the four leaders", "all of the ministers"): those
# met are the group; not "none of", "any of", which deny or doubt the meeting.
_PART_PRONOUNS = frozenset({"each", "all", "both", "some", "several", "many", "most"})


# Nouns of what an organisation is, written after its name ("the Mercosur trade bloc"): the
# phrase stands for the organisation named.
_BODY_NOUNS = frozenset(
    {"bloc", "alliance", "coalition", "movement", "federation", "association", "group"}
)


def _part_of(token: Token) -> bool:
    """Whether ``token`` is a pronoun of a part of the group its "of" names ("each of")."""
    return (
        token.lower_ in _PART_PRONOUNS
        and token.pos_ in ("PRON", "DET")
        and bool(prep_objects(token, "of"))
    )


# Prefixes the parser may take for a verb's subject: "co" of "co-chaired".
_VERB_PREFIXES = frozenset({"co", "re", "pre", "self"})
# Nouns of asking someone to come: "an invitation to Kombos to visit India".
_INVITATION_NOUNS = frozenset({"invitation", "invite"})
_PHRASE_INSIDE = frozenset({"conj", "appos", "pobj", "prep", "dobj", "relcl", "acl"})


# Nouns of sides that are not persons: "both delegations", "the two countries".
_BODIES_OF_SIDES = frozenset(
    {
        "country", "nation", "side", "government", "delegation", "party", "team", "camp",
        "faction", "organization", "organisation", "company", "group", "body", "agency",
        "board", "firm", "bank", "lender", "insurer", "airline", "carmaker", "automaker",
    }
)  # fmt: skip
# Nouns of companies and of their boards: "the two boards" are two organisations.
_COMPANY_SIDES = frozenset(
    {
        "company", "organization", "organisation", "agency", "board", "firm", "bank", "lender",
        "insurer", "airline", "carmaker", "automaker",
    }
)  # fmt: skip
# Words of the titles of those "the two leaders" are: heads of state or government.
_LEADER_TITLES = frozenset({
    "leader", "president", "prime", "premier", "chancellor", "king", "queen", "emir", "amir",
    "sultan", "monarch", "taoiseach",
})  # fmt: skip


@attrs.define
class Mention:
    """One trigger and what its sentence says about the encounter."""

    trigger: Token
    kind: MeetingKind
    participants: list[str]
    # Whether a participant phrase was there at all, resolved to an actor or not
    # ("a meeting between militia commanders" is a meeting, "meetings are useful" is not).
    attended: bool = False
    host: str | None = None
    location: Location | None = None
    # Where a host city or country held it ("Kyiv hosted the talks"), when no venue is said.
    where_held: Location | None = None
    date: str | None = None
    date_text: Span | None = None
    status: MeetingStatus = MeetingStatus.OCCURRED
    definite: bool = False
    # Whether it is planned only because the clause's event came before it ("joined them
    # before the meeting"): a meeting told before, held, may still be the one it names.
    ahead_by_frame: bool = False
    # Whether all its participants are the doers of the verb it hangs on ("he would chair
    # the talks"), none named by the noun itself.
    borrowed: bool = False
    vague: bool = False
    named: bool = False
    # Whether it is the gathering another meeting is held beside ("met Costa on the
    # margins of the conference"): it refers back to a gathering, not to that meeting.
    beside: bool = False
    scope: Token | None = None
    anchor: Token | None = None
    # Who an unresolved "they" most likely is (the last two people named), for a meeting
    # that names no one else and refers back to none told before.
    they: list[str] = attrs.Factory(list)
    # "met separately with A and B": the people met one by one, each in a meeting of their
    # own with ``own_side`` (one person may be found as several actors: pieces of a name).
    own_side: list[str] = attrs.Factory(list)
    separately: list[list[str]] = attrs.Factory(list)
    # Whether this mention is one of the meetings such a split made.
    split: bool = False
    # The verb of meeting whose time a "when" clause about it tells ("last met in August
    # 2023, when a meeting in Brussels ... ended"): that meeting, told again.
    when_of: Token | None = None
    # Who does what a meeting noun naming no one gives the time of ("Ruto said after the
    # talks"): the noun most likely tells a meeting they took part in.
    framed_for: list[str] = attrs.Factory(list)
    # Those who brokered it ("talks brokered by Qatar"): a third party, not one of its sides.
    mediators: list[str] = attrs.Factory(list)
    # Whether a verb moves it to another time ("the summit was postponed"), and whether it
    # is told as a plan of the past ("had been due to meet on Monday"), whose day is gone.
    moved: bool = False
    past_plan: bool = False


@attrs.define
class Who:
    """The participants found so far, and which participant phrases were seen."""

    ids: list[str] = attrs.Factory(list)
    seen: bool = False
    # Unresolved pronouns ("We had productive discussions") point back to a meeting
    # already told; other unresolved phrases ("militia commanders") do not.
    vague: bool = True
    # An unresolved "they" that takes part ("They agreed to hold talks"), if any.
    they: Token | None = None
    # The heads of the phrases that can take part, resolved or not ("the prime minister").
    heads: set[int] = attrs.Factory(set)


def cancels(verb: Token, cancel_verbs: AbstractSet[str]) -> bool:
    """Whether ``verb`` calls something off: "cancelled", "scrapped", "called off".

    With a particle, the phrase must be one of ``cancel_verbs`` ("dropped in on the meeting"
    calls nothing off; "dropped from the schedule" does).
    """
    lemma = verb.lemma_.casefold()
    particles = [f"{lemma} {child.lower_}" for child in children_with(verb, "prt")]
    if particles:
        return any(phrase in cancel_verbs for phrase in particles)
    return lemma in cancel_verbs


def pulled_out_of(noun: Token) -> Token | None:
    """Return the verb by which someone pulls out of ``noun``, if one does.

    "pulled out of a planned visit", "backed out of the talks", "withdrew from the summit":
    the one who pulls out will not be there.
    """
    if noun.dep_ != "pobj":
        return None
    preposition = noun.head
    verb = preposition.head
    if preposition.lower_ == "of" and verb.lower_ == "out" and verb.dep_ in ("prep", "prt"):
        verb = verb.head
        return verb if verb.lemma_.casefold() in ("pull", "back", "drop", "opt") else None
    if preposition.lower_ == "of" and preposition.dep_ == "prep":
        # "pulled out of": the particle may be read as the verb's own
        if not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
            return None
        return verb if verb.lemma_.casefold() in ("pull", "back", "drop", "opt") else None
    if preposition.lower_ == "from" and verb.lemma_.casefold() == "withdraw":
        return verb
    return None


# Pronouns that stand for an organisation or group speaking of itself: "it said it would".
_SPEAKER_PRONOUNS = frozenset({"it", "they"})


class DocumentReader:
    """Everything one document needs for the rules: actor ids per token, topics, anchor date."""

    def __init__(self, doc: Doc, lexicon: MeetingLexicon) -> None:
        self.doc = doc
        self.lex = lexicon
        self.sentences = Sentences(doc)
        self._actor_at: Mapping[int, Any] | None = None  # by character offset
        self._datelines: list[tuple[int, int]] | None = None  # (start, end) of each dateline
        self._headline_end: int | None = None  # where the headline ends, read once
        actors = doc._.get(DOC_ACTORS) or []
        self.kind_of: dict[str, str] = {item["id"]: item["kind"] for item in actors}
        self.name_of: dict[str, str] = {item["id"]: str(item["name"]) for item in actors}
        # a group's organisation: "Leaders of the Group of Seven" are the G7's
        self.affiliation_of: dict[str, str] = {
            item["id"]: item["affiliation"] for item in actors if item.get("affiliation")
        }
        self.country_of: dict[str, str | None] = {
            item["id"]: item.get("country") for item in actors
        }
        # The words of each actor's titles ("foreign", "minister"), for "the two ministers".
        self.title_words: dict[str, frozenset[str]] = {
            item["id"]: frozenset(
                part
                for title in item.get("titles") or ()
                for word in str(title).lower().split()
                for part in {word, *word.split("-")}  # "president-elect" is a president
            )
            for item in actors
        }
        # The head noun of each group's name in the singular ("minister" of "agriculture
        # ministers"), to tell its members by their titles.
        self.group_noun: dict[str, str] = {
            item["id"]: _singular(str(item["name"]).split()[-1].lower())
            for item in actors
            if item["kind"] == "group" and str(item.get("name") or "").split()
        }
        # The first country actor of each country code, for a capital that stands for it.
        self.country_actor: dict[str, str] = {}
        for item in actors:
            code = item.get("country")
            if item["kind"] == "country" and isinstance(code, str):
                self.country_actor.setdefault(code, item["id"])
        # Actor mentions in text order, for "the two leaders" and "their meeting".
        self.actor_starts: list[tuple[int, str]] = sorted(
            (mention["start"], item["id"]) for item in actors for mention in item["mentions"]
        )
        # Mentions inside another actor's mention ("RSF" in "the RSF delegation"): the
        # outer actor is the one named there.
        self.nested: dict[tuple[int, str], str] = {}
        around: list[tuple[int, int, str]] = []  # (start, end, actor) of mentions around
        for start, negative_end, actor in sorted(
            (mention["start"], -mention["end"], item["id"])
            for item in actors
            for mention in item["mentions"]
        ):
            end = -negative_end
            while around and around[-1][1] <= start:
                around.pop()
            outer = around[-1] if around else None
            inside = outer is not None and end <= outer[1] and (outer[0], outer[1]) != (start, end)
            if outer is not None and inside and outer[2] != actor:
                self.nested[(start, actor)] = outer[2]
            around.append((start, end, actor))
        self.topic_starts: list[tuple[int, int, str]] = sorted(
            (mention["start"], mention["end"], topic["id"])
            for topic in doc._.get(DOC_TOPICS) or []
            for mention in topic["mentions"]
        )
        self.anchor = _anchor_date(doc._.get(DOC_DATE))

    # -- who -----------------------------------------------------------------------------

    def actor(self, token: Token) -> str | None:
        """Return the id of the actor ``token`` refers to, or None (looked up once)."""
        if self._actor_at is None:
            self._actor_at = token_actors(self.doc)
        found: str | None = self._actor_at.get(token.idx)
        return found

    def sentence(self, token: Token) -> SpacySpan:
        """Return the sentence of ``token`` (``token.sent``, from an index made once)."""
        return self.sentences.of(token.i)

    def actors_inside(self, token: Token) -> list[str]:
        """Return the actors with a mention inside ``token`` ("Turkey" in "U.S.-Turkey")."""
        start = token.idx
        end = start + len(token.text)
        found: list[str] = []
        for mention_start, actor in self.actor_starts[
            bisect.bisect_left(self.actor_starts, (start, "")) :
        ]:
            if mention_start >= end:
                break
            if actor not in found:
                found.append(actor)
        return found

    def is_animate(self, token: Token) -> bool:
        """Whether ``token`` heads a phrase that can take part in a meeting."""
        if (token.pos_ == "NUM" and token.ent_type_ == "CARDINAL") or _part_of(token):
            # "met about 30 of the company's investors", "met each of the four leaders":
            # those they are a number or a part of
            return any(self.is_animate(member) for member in prep_objects(token, "of"))
        if token.ent_type_ in ("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY"):
            return False
        if self.actor(token) is not None:
            return True
        if token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
            return True
        if (
            token.pos_ == "PROPN"
            and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children)
            and any(self.actor(c) is not None for c in children_with(token, "appos"))
        ):
            return True  # "met His Highness Sheikh Mohamed bin Zayed": the name after the style
        if token.pos_ == "NOUN" and any(
            self.actor(child) is not None and self.doc[child.left_edge.i - 1].text == ","
            for child in children_with(token, "appos")
            if child.left_edge.i > token.i
        ):
            # "sat down with the informateur, former minister Ronald Plasterk": a description
            # of the lexicon's people or not, the name set off after it says who it is
            return True
        if token.pos_ == "PRON":
            return token.lower_ in _PERSONAL_PRONOUNS or token.lower_ in ("who", "whom")
        lemma = noun_lemma(token)
        if lemma in self.lex.quantity_nouns and prep_objects(token, "of"):
            # "a host of issues": a number of things, though "his host" is a person
            return any(self.is_animate(member) for member in prep_objects(token, "of"))
        return lemma in self.lex.person_nouns

    def take(self, who: Who, token: Token, *, animate_only: bool = False) -> list[str]:
        """Add the actors of the phrase headed by ``token`` to ``who``; return them."""
        animate = self.is_animate(token)
        if animate_only and not animate:
            return []
        found = self.actors(token, governments=True)
        add_new(who.ids, found)
        who.seen = who.seen or animate or bool(found)
        if who.they is None and not found and token.lower_ == "they":
            who.they = token
        if animate or found:
            who.heads.add(token.i)
        if found or (animate and token.pos_ != "PRON"):
            who.vague = False
        return found

    def actors(self, head: Token, *, governments: bool = False) -> list[str]:
        """Return the actor ids a participant phrase headed by ``head`` refers to.

        With ``governments``, a capital no actor covers stands for its country's actor
        ("Moscow and Kyiv held talks": Russia and Ukraine), when the document names that
        country.
        """
        found: list[str] = []
        if head.lower_ == "whose":
            # "Tshisekedi and Kagame, whose meeting last year ended": the ones it relates to,
            # as the parse has it or right before the comma
            clause = head.head.head
            before = head.i - 2 if head.i >= 2 and self.doc[head.i - 1].text == "," else -1
            if clause.dep_ == "relcl":
                head = clause.head
            elif before >= 0 and self.doc[before].pos_ in ("PROPN", "NOUN"):
                head = self.doc[before]
        if head.lower_ in ("latter", "former") and any(
            child.dep_ == "det" and child.lower_ == "the" for child in head.children
        ):
            # "received Thongsavanh ..., as part of the latter's visit": the second of the
            # last two people named
            pair = self.last_actors(head.idx, {"person"}, self.sentence(head).start_char)
            return [pair[1] if head.lower_ == "latter" else pair[0]] if pair else []
        members = [head]
        modifiers: set[int] = set()  # names the parser made modifiers: their own lists end
        for member in members:
            if len(members) > 20:
                break
            listed, modifying = self._listed_with(member, conjuncts=member.i not in modifiers)
            for token in (*listed, *modifying):
                if all(token.i != known.i for known in members):
                    members.append(token)
            modifiers.update(token.i for token in modifying)
        for token in members:
            own = self._head_actors(token)
            if not own and governments:
                government = self.government(token)
                own = [government] if government is not None else []
            add_new(found, own)
        return found

    def _listed_with(self, head: Token, *, conjuncts: bool) -> tuple[list[Token], list[Token]]:
        """Return the names listed with ``head``, and those the parser made its modifiers.

        "US envoy Steve Witkoff and Jared Kushner": the small model may join the second name
        to the first one's apposition, or make the apposition the list's next name
        ("Speaker Mike Johnson, Leader Chuck Schumer, ... and Hakeem Jeffries").
        """
        joined = list(head.conjuncts) if conjuncts else []
        if conjuncts and not joined and head.dep_ == "pobj" and head.head.lower_ == "between":
            joined = self._list_after(head)
        for child in children_with(head, "appos"):
            joined += child.conjuncts
            if child.conjuncts and self.kind_of.get(self.actor(child) or "") == "person":
                joined.append(child)  # the list's next name, not another word for the head
            elif (
                self.kind_of.get(self.actor(child) or "") == "person"
                and self.actor(child) != self.actor(head)
                and any(
                    c.i < child.i and c.pos_ == "NOUN" and self.actor(c) is None
                    for c in head.conjuncts
                )
            ):
                # "Graves and cabinet member for highways Carol Hart met residents": the
                # parser may hang the name of the title joined to the head on the head
                joined.append(child)
        # "Rep. Tom Cole of Oklahoma and Sen. Susan Collins of Maine": the parser may join
        # the second person to the first one's place
        # or make the next person the place's apposition ("Rob Jetten of D66, Henri
        # Bontenbal of the CDA and ..."), or read the place and the "and" as a modifier of
        # the next person ("Rob Jetten of [D66 and Dilan] Yesilgoz of the VVD")
        for person in (head, *children_with(head, "appos")):
            for place in prep_objects(person, "of"):
                if self.kind_of.get(self.actor(place) or "") == "person":
                    if any(
                        c.dep_ in ("nmod", "compound") and any(g.dep_ == "cc" for g in c.children)
                        for c in place.children
                    ):
                        joined.append(place)
                    continue
                joined += [
                    other
                    for other in (*place.conjuncts, *children_with(place, "appos"))
                    if self.kind_of.get(self.actor(other) or "") == "person"
                ]
        # "with Zelensky and Foreign Minister Kuleba": the parser may make the first name a
        # modifier of the second, with the "and" under it
        # ("Rishi Sunak and Ursula von der Leyen": "Sunak" may hang from "der", a part of
        # the second name; "Prime Minister Benjamin Netanyahu and Defense Minister Yoav
        # Gallant": "Netanyahu" may be in apposition to the first title, a part of the second)
        name_parts = [head, *(t for t in head.subtree if t.dep_ == "compound" and t.i < head.i)]
        modifying = [
            child
            for part in name_parts
            for child in children_with(part, "nmod", "appos")
            if child.pos_ == "PROPN"
            and any(c.dep_ == "cc" for c in child.children)
            and self.kind_of.get(self.actor(child) or "") == "person"
        ]
        # "received al-Sisi and Jordan's King Abdullah II": the parser may read the first
        # person and the country as the possessor of the second ("[al-Sisi and Jordan]'s")
        modifying += [
            child
            for child in children_with(head, "poss")
            if self.kind_of.get(self.actor(child) or "") == "person"
            and any(
                c.dep_ == "conj" and any(g.dep_ == "case" for g in c.children)
                for c in child.children
            )
        ]
        return joined, modifying

    def _list_after(self, first: Token) -> list[Token]:
        """Return the names listed after ``first`` that the parser left out of its list.

        "talks between the OVP, the SPO and the NEOS began": the parser may make the later
        names the subject of the verb. Only a whole list of actors, each after a comma or
        the final "and", counts.
        """
        doc = self.doc
        listed: list[Token] = []
        # the "and" may hang on the first name: "between CUPE Local 375 and the MEA"
        i = 1 + max(
            [first.i, *(c.right_edge.i for c in first.children if c.dep_ not in ("cc", "punct"))]
        )
        while i < len(doc) - 1 and len(listed) < 10:
            separator = doc[i].lower_
            if separator not in (",", "and"):
                return []
            i += 1
            if separator == "," and doc[i].lower_ == "and":
                separator = "and"
                i += 1
            while i < len(doc) and doc[i].pos_ in ("DET", "ADJ"):
                i += 1  # "the liberal NEOS"
            actor = self.actor(doc[i]) if i < len(doc) else None
            if actor is None:
                return []
            while i + 1 < len(doc) and self.actor(doc[i + 1]) == actor:
                i += 1
            listed.append(doc[i])
            if separator == "and":
                return listed
            i += 1
        return []

    def _speaker_of_clause(self, pronoun: Token) -> str | None:
        """Return who "it" or "they" is in a clause reported of its speaker, if an actor.

        "Sable Point Capital said it had requested a meeting with the board", "Opposition
        leaders said they had requested a meeting": the organisation or group that says so.
        """
        clause = pronoun.head
        if pronoun.dep_ not in SUBJECT_DEPS or clause.dep_ != "ccomp":
            return None
        speaker = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
        if speaker is None:
            return None
        # "The company also said it was in talks": the company the story is about
        actor = self.actor(speaker) or self._the_company(speaker)
        if actor is None:
            return None
        kind = self.kind_of.get(actor)
        if pronoun.lower_ == "it":
            return actor if kind in ("organization", "country") else None
        return actor if kind == "group" or speaker.tag_ in ("NNS", "NNPS") else None

    def capital_country(self, token: Token) -> str | None:
        """Return the country code of a capital city named by ``token``, or None.

        Only a place name no actor covers counts ("Moscow", "New Delhi"), not a person or an
        organisation that shares a capital's name.
        """
        if token.pos_ != "PROPN" or token.ent_type_ in ("PERSON", "ORG", "NORP"):
            return None  # the small model leaves some capitals untagged ("Kyiv")
        if self.actor(token) is not None:
            return None
        name = compound_name(token)
        if name.casefold() not in self.lex.capital_cities:
            return None
        return place_country(name)

    def government(self, token: Token) -> str | None:
        """Return the country actor a capital stands for ("Beijing" -> China), or None."""
        code = self.capital_country(token)
        return self.country_actor.get(code) if code is not None else None

    def _head_actors(self, token: Token) -> list[str]:
        if token.lower_ in ("who", "whom", "that", "which") and token.head.dep_ == "relcl":
            token = self.relative_antecedent(token.head)
        elif (
            token.lower_ in ("whom", "which")
            and token.head.dep_ == "prep"
            and token.head.head.dep_ == "relcl"
        ):
            token = token.head.head.head  # "Yoon, with whom he held talks": Yoon
        own = self.actor(token)
        if own is None and token.lower_ in _SPEAKER_PRONOUNS:
            said_by = self._speaker_of_clause(token)
            if said_by is not None:
                return [said_by]
        if own is not None:
            if self.kind_of.get(own) == "organization":
                officials = self._person_after_name(token, own)
                # "Organization of American States (OAS) Secretary-General Luis Almagro",
                # the name parsed as the apposition of the organisation's: its officer
                officials = officials or [
                    person
                    for child in children_with(token, "appos")
                    if (person := self.actor(child)) is not None
                    and self.kind_of.get(person) == "person"
                ]
                if officials:
                    return officials
            if self.kind_of.get(own) == "country":
                titled = self._titled_person_after(token, own)
                if titled is not None:
                    return [titled]
            if self.kind_of.get(own) != "group":
                return [own]
            nations = self._nations_of(token)
            if nations:
                return nations
            back = self._definite_pair(token, own)
            if back:
                return back
            # "the foreign ministers of Japan and South Korea": the countries take part too,
            # but not where private people come from ("families from Syria")
            group = [own]
            private = noun_lemma(token) in self.lex.private_nouns
            for member in () if private else prep_objects(token, "of", "from"):
                add_new(
                    group,
                    (
                        actor
                        for actor in self.actors(member)
                        if self.kind_of.get(actor) in ("country", "organization")
                    ),
                )
            for member in prep_objects(token, "including"):
                add_new(group, self.actors(member))  # "party leaders, including Paul Ryan"
            add_new(group, self._leaders_of(token))
            add_new(group, self._their_list(token))
            return group
        for child in token.children:
            named_head = token.pos_ == "PROPN" or child.dep_ == "appos"
            if child.dep_ == "compound" and noun_lemma(token) in _BODY_NOUNS:
                # "the Mercosur trade bloc", "the Wagner group": the body named before its noun
                named = self.actor(child)
                if named is not None and self.kind_of.get(named) == "organization":
                    return [named]
            if child.dep_ in ("appos", "compound", "flat") and named_head:
                named = self.actor(child)
                if named is None and child.dep_ == "appos":
                    # "President His Highness Sheikh Mohamed bin Zayed": the name in
                    # apposition to the style in apposition to the title
                    named = next(
                        (
                            actor
                            for actor in map(self.actor, children_with(child, "appos"))
                            if actor is not None
                        ),
                        None,
                    )
                if named is not None:
                    return [named]
        lemma = noun_lemma(token)
        if (
            # "a host of officials" counts them; "his host, Kenyan President William Ruto"
            # names one
            (
                lemma in self.lex.quantity_nouns
                and (lemma not in self.lex.person_nouns or prep_objects(token, "of"))
            )
            or (token.pos_ == "NUM" and token.ent_type_ == "CARDINAL")
            or _part_of(token)
        ):
            # "a series of foreign ambassadors", "a group of senators", "30 of its investors"
            found: list[str] = []
            for member in prep_objects(token, "of"):
                add_new(found, self.actors(member))
            if found or token.lower_ not in ("pair", "couple"):
                return found
        pair = self._pair(token)
        if pair:
            return pair
        if token.pos_ in ("NOUN", "PROPN") and lemma in self.lex.person_nouns:
            named = self._name_set_off(token) or self._name_after_complement(token)
            if named is not None:
                return [named]
            # "the US and Chinese delegations", "representatives from Iran": the nations
            # (or organisations) they stand for.
            proxies: list[str] = []
            owner = self._its_owner(token)
            if owner is not None:
                return [owner]
            for child in token.children:
                if child.dep_ in ("amod", "compound", "nmod", "poss"):
                    for member in (child, *child.conjuncts):
                        actor = self.actor(member)
                        officer = (
                            self._headline_officer(token, actor) if actor is not None else None
                        )
                        if officer is not None:
                            add_new(proxies, [officer])  # "receives FIFA chief", in a headline
                        elif actor is not None and self.kind_of.get(actor) != "person":
                            add_new(proxies, [actor])
                    if child.dep_ == "poss" and self.actor(child) is None:
                        # "The two organisations' heads met": the two named before
                        add_new(proxies, self._pair(child))
            private = lemma in self.lex.private_nouns
            for member in () if private else prep_objects(token, "from", "of"):
                for actor in self.actors(member):
                    if self.kind_of.get(actor) != "person":
                        add_new(proxies, [actor])
            for member in prep_objects(token, "including", "like"):
                add_new(proxies, self.actors(member))  # "party leaders, including Paul Ryan"
            return proxies
        return []

    def _headline_officer(self, title: Token, body: str) -> str | None:
        """Return the person a headline's title of a body stands for, named in the lead.

        "Pope Leo receives FIFA chief" over "received FIFA President Gianni Infantino":
        Infantino, the one the lead (its first two sentences) names with the body before
        his name, not FIFA. Only a title in the singular in the headline does.
        """
        if title.tag_ != "NN" or self.kind_of.get(body) != "organization":
            return None
        if self._headline_end is None:
            self._headline_end = heading_end(doc_text(self.doc))
        headline = self._headline_end
        if title.idx >= headline:
            return None
        after = next(
            (token for token in self.doc if token.idx >= headline and not token.is_space), None
        )
        if after is None:
            return None
        # the lead's first sentence with a verb: a dateline may be read as sentences of
        # its own
        start = end = self.sentence(after).start
        for _ in range(4):
            if end >= len(self.doc):
                break
            sentence = self.sentence(self.doc[end])
            end = sentence.end
            if sentence.root.pos_ in ("VERB", "AUX"):
                break
        for word in self.doc[start:end]:
            if self.actor(word) != body:
                continue
            head = word
            while head.dep_ in ("compound", "nmod", "poss") and head.head.i > head.i:
                head = head.head
                person = self.actor(head)
                if person is not None and person != body:
                    return person if self.kind_of.get(person) == "person" else None
        return None

    def _name_set_off(self, token: Token) -> str | None:
        """Return the person named after a comma that the parser hung elsewhere.

        "talks with the Vatican's Secretary of State, Cardinal Pietro Parolin": the name is
        the apposition of the office, though the parser hangs it on the verb.
        """
        doc = self.doc
        comma = token.right_edge.i + 1
        if comma + 1 >= len(doc) or doc[comma].text != ",":
            return None
        for index in range(comma + 1, min(comma + 4, len(doc))):
            word = doc[index]
            if word.pos_ != "PROPN":
                return None
            actor = self.actor(word)
            if actor is None:
                continue  # a title before the name ("Cardinal")
            name_head = word
            # from "Kenyan" in "Kenyan President William Ruto" to the name's head
            while (
                name_head.dep_ in ("compound", "flat", "amod")
                and name_head.head.i > name_head.i
                and self.actor(name_head.head) == actor
            ):
                name_head = name_head.head
            hung = (
                name_head.dep_ in ("npadvmod", "appos", "dep")
                # "held talks with his host, Kenyan President William Ruto,": a second object
                or (
                    name_head.dep_ == "dobj"
                    and any(c.dep_ == "dobj" and c.i < token.i for c in name_head.head.children)
                )
            ) and name_head.head.i != token.i
            return actor if hung and self.kind_of.get(actor) == "person" else None
        return None

    def _name_after_complement(self, token: Token) -> str | None:
        """Return the person a capitalised title names after its complement.

        "met with Chairman of the State Duma Vyacheslav Volodin", "with Prime Minister of
        India Narendra Modi": the parser makes the title the object, and hangs the name on
        the complement or elsewhere. The name follows the title's words ("of", "for",
        "the" and capitalised words) with nothing else between.
        """
        doc = self.doc
        if token.pos_ != "PROPN" or not token.text[:1].isupper():
            return None
        for i in range(token.i + 1, min(token.i + 9, len(doc))):
            word = doc[i]
            actor = self.actor(word)
            if actor is not None and self.kind_of.get(actor) == "person":
                return actor if i > token.i + 2 else None
            if not (word.lower_ in ("of", "for", "the", "and") or word.text[:1].isupper()):
                return None
        return None

    def _titled_person_after(self, token: Token, country: str) -> str | None:
        """Return the person whose title follows a country's name the parser made a head.

        "met Cook Islands Prime Minister Mark Brown", parsed with "Islands" as the object
        and the name as a loose modifier: the prime minister is whom they met.
        """
        doc = self.doc
        for gap in range(1, 4):
            i = token.i + gap
            if i >= len(doc) or not doc[i].text[:1].isupper() or doc[i].pos_ != "PROPN":
                return None
            actor = self.actor(doc[i])
            if actor is not None and actor != country:
                return actor if self.kind_of.get(actor) == "person" else None
        return None

    def _person_after_name(self, token: Token, organization: str) -> list[str]:
        """Return the persons named after an organisation's name, whose office it is.

        "met with Department of Public Works director Sam Hartley and police chief Maria
        Vasquez": the parser hangs the names on the organisation's "of"; they are whom
        the meeting is with, the department only where they work.
        """
        found: list[str] = []
        for member in prep_objects(token, "of"):
            for person in (member, *member.conjuncts):
                actor = self.actor(person)
                if actor is None or actor == organization or self.kind_of.get(actor) != "person":
                    continue
                if not any(
                    c.dep_ == "compound" and c.ent_type_ != "PERSON" for c in person.children
                ):
                    continue  # "the Ministry of Kim Jong Un": no office between them
                add_new(found, [actor])
        return found

    def _leaders_of(self, token: Token) -> list[str]:
        """Return who leads a group: "a Somali delegation led by President Mohamud".

        Or "headed by": "A Hamas delegation headed by Khalil al-Hayya".
        """
        found: list[str] = []
        for clause in children_with(token, "acl"):
            if clause.lemma_.casefold() not in ("lead", "head"):
                continue
            for agent in children_with(clause, "agent"):
                for leader in children_with(agent, "pobj"):
                    add_new(found, self.actors(leader))
        return found

    def _their_list(self, token: Token) -> list[str]:
        """Return the countries or bodies "their" of a group stands for, listed just before.

        "Mali, Burkina Faso and Niger boycotted the summit. Their foreign ministers met":
        the last list of two or more countries or organisations, in this sentence or the
        one before, whose members the group is made of.
        """
        if not any(c.dep_ == "poss" and c.lower_ == "their" for c in token.children):
            return []
        doc = token.doc
        since = self.sentences.of(max(self.sentence(token).start - 1, 0)).start
        for head in reversed(doc[since : token.i]):
            if head.dep_ in ("conj", "appos") or self.actor(head) is None:
                continue  # the first of a list carries its other members
            members = self.actors(head)
            bodies = ("country", "organization")
            if len(members) >= 2 and all(self.kind_of.get(m) in bodies for m in members):
                return members
        return []

    def _its_owner(self, token: Token) -> str | None:
        """Return the organisation "its board" belongs to: the one named before in the sentence.

        "Acme Corp said its board had met three times": "its" is the last organisation or
        country named before it in its sentence, if any; the board stands for it. A board
        told with "its" or "the" with no owner in its sentence ("The board met on Tuesday
        evening", after paragraphs on Acme Corp) is the board of the company the story is
        about.
        """
        if any(c.dep_ == "poss" and c.lower_ == "its" for c in token.children):
            sentence = self.sentence(token)
            before = [
                actor
                for start, actor in self.actor_starts
                if sentence.start_char <= start < token.idx
                and self.kind_of.get(actor) in ("organization", "country")
            ]
            if before:
                return before[-1]
        elif not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            return None
        if token.lemma_.casefold() != "board":
            return None
        return self._the_company(token)

    def _the_company(self, token: Token) -> str | None:
        """Return the company "the company" or "the board" stands for, if the story tells one.

        A singular company noun with "the", "its" or an adjective only ("the company", "the
        Danish firm", "the board") is the organisation named most in the story before it (of
        those named as often, the last); a noun of its own ("the company's shareholders"
        aside) names no one else.
        """
        if token.tag_ != "NN" or token.lemma_.casefold() not in _COMPANY_SIDES:
            return None
        if any(
            c.dep_ not in ("det", "amod", "poss") or (c.dep_ == "det" and c.lower_ != "the")
            for c in token.children
            if c.i < token.i
        ):
            return None  # "a company", "another firm", "the shipping company" (a compound)
        if any(c.dep_ == "poss" and c.lower_ != "its" for c in token.children):
            return None
        position = bisect.bisect_left(self.actor_starts, (token.idx, ""))
        counts: dict[str, int] = {}
        last: dict[str, int] = {}
        for start, actor in self.actor_starts[:position]:
            if self._in_dateline(start) or self.kind_of.get(actor) != "organization":
                continue
            counts[actor] = counts.get(actor, 0) + 1
            last[actor] = start
        if not counts:
            return None
        return max(counts, key=lambda actor: (counts[actor], last[actor]))

    def _nations_of(self, token: Token) -> list[str]:
        """Return the countries of a group told by two or more nationalities, or nothing.

        "Russian and Ukrainian delegations met": Russia and Ukraine take part, each on its
        own side, when the document names both countries; else the group stays one actor.
        """
        for child in token.children:
            if child.dep_ not in ("amod", "compound", "nmod") or not child.conjuncts:
                continue
            codes = [country_code(member.text) for member in (child, *child.conjuncts)]
            if None in codes or len(set(codes)) < 2:
                continue
            nations = [self.country_actor.get(code) for code in codes if code is not None]
            if all(nations):
                return [nation for nation in nations if nation is not None]
        return []

    def _definite_pair(self, token: Token, group: str) -> list[str]:
        """Resolve a bare "the leaders" told first here to the two persons named before.

        "Biden welcomed Kishida ... The leaders held talks": the two who met, when no
        group of that name was told before and the sentence before and this one name two
        persons, no more.
        """
        if token.tag_ not in ("NNS", "NNPS") or [c.lower_ for c in token.children] != ["the"]:
            return []
        if self._headline_end is None:
            self._headline_end = heading_end(doc_text(self.doc))
        headline = self._headline_end
        if any(
            actor == group and not start < headline
            for start, actor in self.actor_starts
            if start < token.left_edge.idx
        ):
            return []  # "EU leaders ... the leaders": that group (not the headline's)
        sentence = self.sentence(token)
        since = self.sentences.of(sentence.start - 1).start_char if sentence.start > 0 else 0
        people = {
            actor
            for start, actor in self.actor_starts
            if since <= start < token.idx and self.kind_of.get(actor) == "person"
        }
        if len(people) != 2:
            return []  # only when the two are plain: not among three or more named
        return self.last_actors(token.idx, {"person"}, since)

    def _pair(self, token: Token) -> list[str]:
        """Resolve "the two leaders", "both sides", "the pair" to the last two named before.

        "The royal couple" is a pair too.
        """
        if token.lower_ in ("pair", "duo", "couple") and any(
            child.dep_ == "det" and child.lower_ == "the" for child in token.children
        ):
            return self.last_actors(token.idx, {"person"}, self.sentence(token).start_char - 1500)
        if token.tag_ not in ("NNS", "NNPS"):
            return []
        if not any(child.lower_ in self.lex.pair_words for child in token.children):
            return []
        lemma = token.lemma_.casefold()
        people = lemma not in _BODIES_OF_SIDES
        wanted = (
            {"person"}
            if people
            else {"country"}
            if lemma in ("country", "nation")  # "the two countries": no organisation
            else {"organization"}
            if lemma in _COMPANY_SIDES  # no group
            else {"country", "organization", "group"}
        )
        since = self.sentence(token).start_char - 1500
        if lemma in _COMPANY_SIDES:
            # "Nordhavn held talks with Baltic Grid ... Baltic Grid's largest shareholder, the
            # fund AP7 ... The two boards": the two companies the story is about, named most
            leading = self._most_named(token.idx, wanted, since)
            if leading:
                return leading
        # "the chief negotiators of the two sides": the sides are not whom the phrase
        # they modify names
        holders = frozenset(
            actor for above in token.ancestors if (actor := self.actor(above)) is not None
        )
        # "the two ministers": the last two named with that title, if there are two; "the
        # two leaders": the last two heads of state or government
        titles = pair_titles(token)
        found = (
            self.last_actors(token.idx, wanted, since, titles=titles, excluding=holders)
            if people
            else []
        )
        if people and not found and self._titled_since(token.idx, since, titles):
            # "Macron will receive Brazilian President Lula ... Lula was due to meet Prime
            # Minister Bayrou ... the two presidents": when someone was named with that
            # title, one named with other titles only is not of the two
            otherwise = frozenset(
                actor for actor in self.title_words if self.titled_otherwise(actor, titles)
            )
            found = self.last_actors(token.idx, wanted, since, excluding=holders | otherwise)
        found = found or self.last_actors(token.idx, wanted, since, excluding=holders)
        if not found and lemma == "side":
            # "Zelensky met Duda. Both sides agreed ...": with no nations named, the two
            # sides are the two people who met
            found = self.last_actors(token.idx, {"person"}, since, excluding=holders)
        return found

    def _most_named(self, before: int, kinds: set[str], since: int) -> list[str]:
        """Return the two actors of ``kinds`` mentioned most in ``[since, before)``.

        Of actors mentioned as often, the one mentioned last comes first; the two are in the
        order they were first named. Empty unless there are two such actors.
        """
        position = bisect.bisect_left(self.actor_starts, (before, ""))
        counts: dict[str, int] = {}
        last: dict[str, int] = {}
        first: dict[str, int] = {}
        for start, actor in self.actor_starts[:position]:
            if start < since or self._in_dateline(start) or self.kind_of.get(actor) not in kinds:
                continue
            outer = self.nested.get((start, actor))
            if outer is not None and self.kind_of.get(outer) in kinds:
                continue  # "the RSF delegation": the delegation, not the RSF beside it
            counts[actor] = counts.get(actor, 0) + 1
            last[actor] = start
            first.setdefault(actor, start)
        if len(counts) < 2:
            return []
        two = sorted(counts, key=lambda actor: (counts[actor], last[actor]), reverse=True)[:2]
        return sorted(two, key=lambda actor: first[actor])

    def titled_otherwise(self, actor: str, titles: AbstractSet[str]) -> bool:
        """Whether ``actor`` was named with titles, none of them one of ``titles``."""
        words = self.title_words.get(actor, frozenset())
        return bool(words) and not words & titles

    def _titled_since(self, before: int, since: int, titles: AbstractSet[str]) -> bool:
        """Whether a person with one of ``titles`` is mentioned in ``[since, before)``."""
        position = bisect.bisect_left(self.actor_starts, (before, ""))
        return any(
            since <= start
            and self.kind_of.get(actor) == "person"
            and titles & self.title_words.get(actor, frozenset())
            for start, actor in self.actor_starts[:position]
        )

    def last_actors(
        self,
        before: int,
        kinds: set[str],
        since: int,
        *,
        titles: AbstractSet[str] | None = None,
        excluding: AbstractSet[str] = frozenset(),
    ) -> list[str]:
        """Return the last two distinct actors of ``kinds`` mentioned in ``[since, before)``.

        With ``titles``, only actors with one of those words in one of their titles count;
        those of ``excluding`` never do.
        """
        position = bisect.bisect_left(self.actor_starts, (before, ""))
        found: list[str] = []
        for start, actor in reversed(self.actor_starts[:position]):
            if start < since:
                break
            if titles is not None and not titles & self.title_words.get(actor, frozenset()):
                continue
            if self._in_dateline(start):
                continue  # "OTTAWA (CBC News) -": the outlet that reports, no side
            outer = self.nested.get((start, actor))
            if outer is not None and self.kind_of.get(outer) in kinds and outer not in excluding:
                continue  # "the RSF delegation": the delegation, not the RSF beside it
            if self.kind_of.get(actor) in kinds and actor not in found and actor not in excluding:
                found.append(actor)
                if len(found) == 2:
                    return found[::-1]
        return []

    def _dateline_spans(self) -> list[tuple[int, int]]:
        """Return the (start, end) characters of each paragraph's dateline, in order."""
        if self._datelines is None:
            text = doc_text(self.doc)
            self._datelines = [
                (first, end)
                for first in paragraph_starts(text)
                if (end := dateline_end(text, first)) is not None
            ]
        return self._datelines

    def _in_dateline(self, start: int) -> bool:
        """Whether character ``start`` lies in a paragraph's dateline ("OTTAWA (CBC News) -")."""
        return any(first <= start < end for first, end in self._dateline_spans())

    def dateline_country(self, start: int) -> str | None:
        """Return the country of the last dateline before character ``start``, if known.

        "MANILA -" is in the Philippines, "MUSCAT, Oman (AP) -" in Oman.
        """
        before = [span for span in self._dateline_spans() if span[0] <= start]
        if not before:
            return None
        first, end = before[-1]
        line = doc_text(self.doc)[first:end].split("(")[0].split("/")[0]
        line = line.replace("[", ",").replace("]", "")  # "Buenos Aires [Argentina], July 5"
        parts = [part.strip(" -–—:.\xa0") for part in line.split(",")]
        for part in (*parts[1:2], parts[0].title()):
            code = place_country(part) or city_country(part)
            if code is not None:
                return code
        return None

    def called_off(self, verb: Token) -> bool:
        """Whether a negated ``verb`` says that a meeting once set will not happen.

        "will not meet as planned", "will no longer travel to Beijing to meet", "the summit
        will not take place", "did not hold a scheduled meeting": the meeting is off. "did
        not meet" says no meeting was held.
        """
        if any(
            child.lower_ == "longer" and any(n.lower_ == "no" for n in child.children)
            for child in verb.children
        ):
            return True  # "no longer", the parser hanging "no" on "longer"
        negations = [child for child in verb.children if child.dep_ == "neg"]
        if not negations or self.not_yet(verb):
            return False
        if any(n.lower_ == "no" for n in negations) and any(
            child.lower_ == "longer" for child in verb.children
        ):
            return True
        lex = self.lex
        if any(
            clause.dep_ == "advcl"
            and clause.lower_ in lex.schedule_words
            and any(mark.lower_ == "as" for mark in clause.children)
            for clause in verb.children
        ):
            return True
        if verb.lemma_.casefold() == "hold" and any(
            child.dep_ in ("amod", "advmod") and child.lower_ in lex.schedule_words
            for obj in verb.children
            if obj.dep_ == "dobj"
            for child in obj.children
        ):
            return True  # "did not hold a scheduled meeting": the meeting set is off
        return self.happening(verb)

    def happening(self, verb: Token) -> bool:
        """Whether ``verb`` (with its particle or object) says a meeting comes about."""
        lemma = verb.lemma_.casefold()
        phrases = {
            f"{lemma} {child.lower_}" for child in children_with(verb, "prt", "advmod", "dobj")
        }
        return lemma in self.lex.happening_verbs or bool(phrases & self.lex.happening_verbs)

    def not_yet(self, verb: Token) -> bool:
        """Whether a verb of a meeting coming about is "not yet", "still not": still ahead.

        "That meeting has not yet taken place": planned, not called off.
        """
        return (
            self.happening(verb)
            and any(child.dep_ == "neg" for child in verb.children)
            and any(child.lower_ in ("yet", "still") for child in verb.children)
        )

    def _apposed_subject(self, verb: Token) -> list[Token]:
        """Return the name right before a subjectless verb that the parser put in apposition.

        "In a call with Qatar's emir, British Prime Minister Keir Starmer welcomed ...": after
        an opening phrase and a comma, the small model may read the subject as an apposition
        to the name that ends the phrase, and leave the verb without one.
        """
        if verb.i == 0 or verb.tag_ not in ("VBD", "VBZ", "VBP"):
            return []
        name = verb.doc[verb.i - 1]
        if name.dep_ != "appos" or name.head.i >= name.i or name.head.dep_ != "pobj":
            return []
        if self.actor(name) is None or self.actor(name) == self.actor(name.head):
            return []
        comma = verb.doc[name.left_edge.i - 1] if name.left_edge.i > 0 else None
        return [name] if comma is not None and comma.text == "," else []

    def subject_in_time(self, verb: Token) -> list[Token]:
        """Return a name the parser glued to an opening day: "On Tuesday Scholz saw Macron".

        With no comma after the day, the small model may read "Tuesday Scholz" as one
        name, the object of "On", and leave the verb without a subject: the name the day
        is a modifier of, right before the verb, is the subject.
        """
        for prep in verb.lefts:
            if prep.dep_ != "prep" or any(
                not token.is_space for token in verb.doc[prep.sent.start : prep.i]
            ):
                continue
            for name in prep.children:
                if (
                    name.dep_ == "pobj"
                    and name.pos_ == "PROPN"
                    and name.i + 1 == verb.i
                    and self.actor(name) is not None
                    and any(
                        c.dep_ == "compound" and c.ent_type_ in ("DATE", "TIME") and c.i < name.i
                        for c in name.children
                    )
                ):
                    return [name]
        return []

    def _subject_in_title(self, verb: Token) -> list[Token]:
        """Return a name the parser hung on a preposition of its own title.

        "Commerce Under Secretary Jeffrey Kessler testified before ...": the small model may
        read "Under" as a preposition of the verb and leave the verb without a subject; the
        person whose title has that word, named right before the verb, is the subject.
        """
        for prep in verb.lefts:
            if prep.dep_ != "prep" or not prep.text[:1].isupper():
                continue
            for name in prep.children:
                actor = self.actor(name)
                if (
                    name.dep_ == "pobj"
                    and name.i + 1 == verb.i
                    and actor is not None
                    and prep.lower_ in self.title_words.get(actor, frozenset())
                ):
                    return [name]
        return []

    def subjects(self, verb: Token) -> list[Token]:
        """Return the subject phrases of ``verb``, inherited through control and coordination."""
        for _ in range(5):
            own = [child for child in verb.children if child.dep_ in SUBJECTS]
            if len(own) == 1 and own[0].lower_ in _VERB_PREFIXES and glued_prefix(own[0]):
                # "Jaishankar and Kombos co-chaired": the parser takes "co" for the subject
                # and hangs the names on it
                own = [child for child in own[0].children if child.dep_ in SUBJECTS] or own
            if not own and verb.pos_ == "VERB":
                # "Envoys from Chile and Peru - meet in Lima Tuesday": after a dash the small
                # model may leave the subject unlabelled
                own = [
                    child
                    for child in verb.lefts
                    if child.dep_ == "dep"
                    and child.pos_ in ("NOUN", "PROPN")
                    and (self.is_animate(child) or self.actors(child))
                ]
            if not own and verb.pos_ == "VERB":
                # "Sybiha did, however, meet Magyar": the parser may hang the subject on the
                # auxiliary set off from its verb
                own = [
                    subject
                    for aux in verb.children
                    if aux.dep_ in ("aux", "auxpass") and aux.i < verb.i
                    for subject in aux.children
                    if subject.dep_ in SUBJECTS
                ]
            if not own and verb.pos_ == "VERB":
                own = self._apposed_subject(verb)
            if not own and verb.pos_ == "VERB":
                own = self.subject_in_time(verb)
            if not own and verb.pos_ == "VERB":
                own = self._subject_in_title(verb)
            if own:
                return [*self._headline_comma(verb, own), *own]
            head = verb.head
            if head.i == verb.i:
                return []
            if verb.pos_ == "VERB" and verb.dep_ == "conj" and head.pos_ in ("NOUN", "PROPN"):
                # "Envoys from Chile and the powers - Peru, Bolivia - meet in Lima": a verb
                # joined to a noun is a misparse of a subject with a dashed list inside it
                return self._phrase_top(head)
            if verb.dep_ == "relcl" or (verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN")):
                if head.dep_ == "attr" and head.head.lemma_ == "be":
                    # "he is the third official to visit Beijing": he visits.
                    return self.subjects(head.head)
                if self.is_animate(head):
                    return [head]
                if verb.dep_ == "acl" and head.lemma_.casefold() in _INVITATION_NOUNS:
                    # "extended an invitation to Kombos to visit India": the one invited
                    invited = [
                        obj
                        for prep in head.children
                        if prep.dep_ == "prep" and prep.lower_ == "to"
                        for obj in prep.children
                        if obj.dep_ == "pobj" and self.is_animate(obj)
                    ]
                    if invited:
                        return invited
                verb = head.head if head.dep_ in ("appos", "dobj", "attr") else head
                continue
            if verb.dep_ == "advcl" and any(
                child.dep_ == "dobj" and child.lemma_.casefold() in _INVITATION_NOUNS
                for child in head.children
            ):
                # "extended an invitation to Kombos to visit India", the infinitive and the
                # one invited parsed on the verb: the one invited
                invited = [
                    obj
                    for prep in head.children
                    if prep.dep_ == "prep" and prep.lower_ == "to" and prep.i < verb.i
                    for obj in prep.children
                    if obj.dep_ == "pobj" and self.is_animate(obj)
                ]
                if invited:
                    return invited
            if (
                verb.dep_ == "pcomp"
                and verb.tag_ == "VBG"
                and head.lower_ == "in"
                and head.dep_ == "prep"
                and head.head.lemma_.casefold() == "join"
            ):
                # "Sandhu joined Adeyemi in testifying before the committee": both did
                joined = [
                    child
                    for child in head.head.children
                    if child.dep_ == "dobj" and child.i < head.i and self.is_animate(child)
                ]
                if joined:
                    return [*self.subjects(head.head), *joined]
            if (
                verb.dep_ == "pcomp"
                and verb.tag_ == "VBG"
                and head.lower_ == "for"
                and head.dep_ == "prep"
            ):
                # "Opoku-Agyemang thanked Tinubu for receiving her": the one thanked received
                objects = [c for c in head.head.children if c.dep_ == "dobj" and c.i < head.i]
                animate = [child for child in objects if self.is_animate(child)]
                if animate:
                    return animate
            if verb.dep_ == "xcomp":
                objects = [child for child in head.children if child.dep_ in OBJECTS]
                animate = [child for child in objects if self.is_animate(child)]
                if animate:
                    return animate  # "Biden invited Xi to visit": Xi visits.
                verb = head
                continue
            if verb.dep_ == "conj" and head.lemma_.casefold() in REPORTING_VERBS:
                # "Macron held a call with Xi, the Elysee said, and is due to travel": the
                # parser joins the second clause to the aside; its subject is the first's
                reported = [c for c in head.children if c.dep_ == "ccomp" and c.i < head.i]
                if reported and verb.i > head.i:
                    verb = reported[0]
                    continue
            if verb.dep_ in ("conj", "advcl", "ccomp", "acomp", "prep", "pcomp"):
                verb = head
                continue
            if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ in ("dobj", "appos"):
                # "began his first mission, a trip to Kampala to meet Museveni": who made
                # the trip is the subject of the verb above it
                verb = head
                continue
            return []
        return []

    def _headline_comma(self, verb: Token, own: list[Token]) -> list[Token]:
        """Return a name a headline joins to the subject with a comma: "Modi, Albanese hold talks".

        Only a name that opens its sentence, right before the subject, and that the parser
        hung from the verb itself, of a person beside a person or a nation beside a nation.
        """
        first = own[0]
        doc = verb.doc
        comma = first.left_edge.i - 1
        if comma < 1 or doc[comma].text != ",":
            return []  # most subjects: no comma right before them
        for child in verb.lefts:
            if (
                child.dep_ not in SUBJECTS
                and child.pos_ == "PROPN"
                and child.right_edge.i + 1 == comma
                # two people, or two nations ("Turkey, Greece hold talks")
                and self.kind_of.get(self.actor(child) or "") in ("person", "country")
                and self.kind_of.get(self.actor(child) or "")
                == self.kind_of.get(self.actor(first) or "")
            ):
                opening = self.sentence(verb).start
                while opening < child.i and doc[opening].is_space:
                    opening += 1
                return [child] if child.left_edge.i == opening else []
        return []

    def _phrase_top(self, noun: Token) -> list[Token]:
        """Return the noun heading the phrase that ``noun`` sits in, when it can meet."""
        top = noun
        # up through lists, prepositions and relative clauses ("the states that signed the
        # pact - Peru, Chile -") to the phrase's head
        while top.dep_ in _PHRASE_INSIDE and top.head.i != top.i:
            top = top.head
        phrase = top.dep_ in ("ROOT", "nsubj") and top.pos_ in ("NOUN", "PROPN")
        if phrase and (self.is_animate(top) or self.actors(top)):
            return [top]
        return []

    def relative_antecedent(self, clause: Token) -> Token:
        """Return the word a relative clause is about.

        The noun it hangs on, or the person set off after that noun when the noun is no
        person ("the envoy on Myanmar, Othman Hashim, who visited Naypyitaw": Othman Hashim,
        not Myanmar, on which the parser hangs the clause).
        """
        head = clause.head
        own = self.actor(head)
        personal = any(
            word.lower_ in ("who", "whom", "whose") for word in clause.subtree if word.i < clause.i
        )
        if own is None and personal and head.dep_ == "appos" and head.pos_ == "NOUN":
            # "said Priya Sandhu, a Nairobi-based analyst who made a trip to Kenya": a
            # description no actor covers, set off after a person, is that person
            named = self.actor(head.head)
            if named is not None and self.kind_of.get(named) == "person":
                return head.head
        if own is None or self.kind_of.get(own) == "person":
            return head
        if not personal:
            return head  # "which" and "that" may be about the noun itself
        for child in children_with(head, "appos"):
            person = self.actor(child)
            if (
                person is not None
                and person != own
                and self.kind_of.get(person) == "person"
                and child.i < clause.i
            ):
                return child
        return head

    def doers(self, verb: Token) -> list[Token]:
        """Who does what ``verb`` says: the subject, or the agent of a passive."""
        if any(child.dep_ == "nsubjpass" for child in verb.children):
            agents = prep_objects(verb, "by")
            if agents:
                return agents
            return []
        stranded = any(
            child.dep_ == "prep"
            and not any(child.children)
            and child.i + 1 < len(child.doc)
            and child.doc[child.i + 1].lower_ == "by"
            and child.doc[child.i + 1].head.i == verb.i
            for child in verb.children
        )
        if stranded or (
            verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        ):
            # "the ceasefire signed by Sudan and Chad at the talks", "the commitments agreed
            # to by France and Italy at the negotiating table": a participle without its
            # auxiliary, or a preposition left without its object before "by", is a
            # passive, whoever the parser makes its subject
            agents = [agent for agent in prep_objects(verb, "by") if self.is_animate(agent)]
            if agents:
                return agents
        subjects = self.subjects(verb)
        if (
            verb.dep_ in ("advcl", "conj")
            and subjects
            and all(s.lower_ in ("they", "we") and not self.actors(s) for s in subjects)
        ):
            # "Trump and Xi chat as they walk after a meeting": "they" are the two named
            main = [s for s in self.subjects(verb.head) if s.i < verb.i]
            if sum(len(self.actors(s)) for s in main) >= 2:
                return main
        if verb.dep_ == "relcl" and verb.head.pos_ == "PROPN" and self.actors(verb.head):
            # "Carney, who hosted the gathering, said", "Stocker, whose government hosted
            # the talks": the one the relative clause is about
            return [
                self.relative_antecedent(verb)
                if s.lower_ in ("who", "that")
                or any(c.dep_ == "poss" and c.lower_ == "whose" for c in s.children)
                else s
                for s in subjects
            ]
        return subjects

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


def pair_titles(token: Token) -> frozenset[str]:
    """Return the title words a pair of people is called by: "the two presidents".

    "The two leaders" are heads of state or government; a noun of sides or bodies ("the two
    delegations") or "the two" alone names no title.
    """
    lemma = token.lemma_.casefold()
    if token.tag_ not in ("NNS", "NNPS") or lemma in _BODIES_OF_SIDES:
        return frozenset()
    return _LEADER_TITLES if lemma == "leader" else frozenset({lemma})


def compound_name(token: Token) -> str:
    """Return the name ``token`` ends, with the compounds before it: "Downing Street"."""
    first = min((c.i for c in token.lefts if c.dep_ == "compound"), default=token.i)
    return str(token.doc[first : token.i + 1].text)


def char_span(doc: Doc, start: int, end: int) -> Span:
    """Return a model ``Span`` for the characters ``[start, end)`` of ``doc``."""
    return Span(start=start, end=end, text=doc_text(doc)[start:end])


def token_span(tokens: Sequence[Token]) -> Span:
    first, last = tokens[0], tokens[-1]
    start, end = first.idx, last.idx + len(last.text)
    # Cut from the doc's text, kept once per doc: ``Span.text`` joins a ``Token`` per word.
    return Span(start=start, end=end, text=doc_text(first.doc)[start:end])


def sentence_span(sent: SpacySpan) -> Span:
    # ``sent.text``, cut from the doc's text (kept once per doc) without a ``Token`` per word
    text = doc_text(sent.doc)[sent.start_char : sent.end_char]
    start = sent.start_char + (len(text) - len(text.lstrip()))
    end = sent.start_char + len(text.rstrip())
    return Span(start=start, end=max(start, end), text=text.strip())


def noun_lemma(token: Token) -> str:
    """Return the lemma of a noun, also of a title-case plural the tagger left as a name.

    The small model keeps "Envoys" or "Representatives" at the start of a headline as a
    proper noun whose lemma is the word itself.
    """
    lemma = token.lemma_.casefold()
    plural_name = token.tag_ == "NNPS" or (token.pos_ == "PROPN" and lemma == token.lower_)
    if plural_name and lemma.endswith("s") and not lemma.endswith("ss"):
        return lemma[:-1]
    return lemma


def children_with(token: Token, *deps: str) -> Iterator[Token]:
    # Picked by dependency in the doc's index: a ``Token`` only for the children kept.
    doc = token.doc
    return (doc[i] for i in doc_children(doc).with_dep(token.i, deps))


def prep_objects(token: Token, *preps: str) -> list[Token]:
    """Objects of ``token``'s prepositions ``preps`` ("with" -> the people met)."""
    found: list[Token] = []
    doc = token.doc
    children = doc_children(doc)
    deps, lower = children.deps, children.lower
    # Picked by word before a ``Token`` is made: most words have no such preposition.
    matched = [doc[i] for i in children.with_dep(token.i, ("prep", "agent")) if lower[i] in preps]
    for child in matched:
        # The preposition's children read once: its objects first, then a gerund's.
        gerunds = []
        if not any(deps[i] in ("pobj", "pcomp") for i in children.of(child.i)):
            loose = _loose_name_before_time(child)
            if loose is not None:
                found.append(loose)  # "with [Viktor Orban] weeks ago", hung on "ago"
        for i in children.of(child.i):
            dep = deps[i]
            named = _name_before_time(doc[i]) if dep in ("pobj", "pcomp") else None
            if named is not None:
                found.append(named)  # "a meeting with Orban weeks ago": Orban
            elif dep == "pobj":
                if not _absolute_with(child, doc[i]):
                    found.append(doc[i])
            elif dep == "pcomp":
                below = doc[i]
                if below.lower_ == "visiting":
                    gerunds.append(below)
                elif any(deps[c] == "aux" and lower[c] == "to" for c in children.of(i) if c < i):
                    # "met with leaders from the group to discuss ...", parsed as a clause
                    # whose subject is those met
                    found.extend(children_with(below, "nsubj"))
            elif dep == "conj" and lower[i] == lower[child.i]:
                matched.append(doc[i])  # "talks with Orsi and with Paz"
        for gerund in gerunds:
            # "talks with visiting President Macron", parsed as "with visiting" a
            # verb whose object is the guest
            found.extend(children_with(gerund, "dobj"))
    return found


# Labels of the entities that name someone.
_NAME_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _name_before_time(obj: Token) -> Token | None:
    """Return the name the parser hung on the time after it: "a meeting with Orban weeks ago".

    The object of the preposition is then the time ("weeks", or "ago"), and the name a
    modifier of it; the last word of the name stands for it.
    """
    if obj.ent_type_ not in ("DATE", "TIME"):
        return None
    names = [t for t in obj.subtree if t.i < obj.i and t.ent_type_ in _NAME_ENTITIES]
    if not names or names[0].i != obj.left_edge.i:
        return None
    last = names[0]
    while last.i + 1 < obj.i and obj.doc[last.i + 1].ent_iob_ == "I":
        last = obj.doc[last.i + 1]
    return last


def _loose_name_before_time(preposition: Token) -> Token | None:
    """Return the name right after a preposition left without an object, before a time.

    "a meeting with Viktor Orban weeks ago", where the parser hangs the name on the time
    and the time on the noun: the last word of the name.
    """
    doc = preposition.doc
    i = preposition.i + 1
    if i >= len(doc) or doc[i].ent_iob_ != "B" or doc[i].ent_type_ not in _NAME_ENTITIES:
        return None
    while i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I":
        i += 1
    if i + 1 >= len(doc) or doc[i + 1].ent_type_ not in ("DATE", "TIME"):
        return None
    return doc[i] if doc[i].head.i > i else None


def hosting_clauses(noun: Token, support_verbs: Mapping[str, str]) -> list[Token]:
    """Clauses of hosting the parser hung on the group ``noun`` meets with.

    "a roundtable with business leaders hosted by Vance at the Eisenhower Executive Office
    Building": the participle hangs on "leaders", a plural common noun, though it tells who
    hosts the meeting and where.
    """
    return [
        clause
        for partner in prep_objects(noun, "with")
        if partner.pos_ == "NOUN" and partner.tag_ == "NNS"
        for clause in children_with(partner, "acl")
        if clause.tag_ == "VBN" and support_verbs.get(clause.lemma_.casefold()) == "host"
    ]


def _absolute_with(preposition: Token, obj: Token) -> bool:
    """Whether "with" after a comma sets the scene rather than names a partner.

    "sat down at a hotel on Thursday, with mediators from Acas shuttling between the two
    rooms": what goes on around the meeting, told by a participle, not whom it was with.
    """
    if preposition.lower_ != "with" or preposition.i == 0:
        return False
    if preposition.doc[preposition.i - 1].text != ",":
        return False
    return any(c.dep_ == "acl" and c.tag_ == "VBG" for c in obj.children)


def verb_read_as_noun(token: Token) -> bool:
    """Whether the tagger read a verb as a noun: "Tinubu will on Thursday host the meeting".

    A noun with a modal of its own and a subject is a verb all the same.
    """
    return (
        token.pos_ == "NOUN"
        and any(child.dep_ == "aux" and child.tag_ == "MD" for child in token.children)
        and any(child.dep_ in SUBJECTS for child in token.children)
    )


def direct_objects(verb: Token) -> list[Token]:
    """Direct objects of ``verb``, without adverbial ones ("met midweek", "met Friday").

    A number is one only when it is a number "of" some ("met about 30 of its investors"),
    and "face to face" is how they meet ("could meet face to face next week").
    """
    doc = verb.doc
    objects = [doc[i] for i in doc_children(doc).with_dep(verb.i, OBJECTS)]
    return [
        child
        for child in objects
        if child.pos_ != "ADV"
        and not (
            child.lower_ == "face"
            and child.i + 2 < len(doc)
            and doc[child.i + 1].lower_ == "to"
            and doc[child.i + 2].lower_ == "face"
        )
        and (
            child.pos_ != "NUM"
            or any(c.dep_ == "prep" and c.lower_ == "of" for c in child.children)
        )
        and child.ent_type_ not in ("DATE", "TIME")
    ]


def add_new(target: list[str], actors: Iterable[str]) -> None:
    for actor in actors:
        if actor not in target:
            target.append(actor)


def counted(token: Token) -> int | None:
    """Return N when ``token`` counts people told before: "the three leaders" (two to six).

    A plural noun with "the" and a number word between two and six; None otherwise.
    """
    if token.tag_ != "NNS" or not any(
        c.dep_ == "det" and c.lower_ == "the" for c in token.children
    ):
        return None
    return next(
        (
            number
            for c in token.children
            if c.dep_ == "nummod" and 2 <= (number := NUMBER_WORDS.get(c.lower_, 0)) <= 6
        ),
        None,
    )


def _singular(noun: str) -> str:
    """Return a plural noun of people in the singular: "ministers" -> "minister"."""
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    if noun.endswith(("sses", "shes", "ches")):
        return noun[:-2]
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
