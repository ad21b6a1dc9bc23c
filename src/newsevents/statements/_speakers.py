"""Speakers: who made a statement, and how the text names them.

The speaker is the subject of the cue, found through what the parser makes of news prose:
the agent of a passive ("was told by"), who was quoted ("was quoted as saying"), the subject
of a governing verb or of the outer cue ("said ... and added that"), the noun a participle
hangs from ("a statement saying"), a subject after the cue ('"...," said Holmes') or before an
aside ("Li, according to Xinhua, called on"). No speaker comes from a date or from another
paragraph. The speaker as written is the noun phrase that names the speaker: the actor's
mention with the titles and modifiers written before it ("US climate envoy John Kerry"), else
the subject's phrase without its asides; in both cases with its appositives and relative
clauses ("Pablo Ortega, the trade commissioner"). The speaker is the actor id on it or on an
appositive.
"""

from __future__ import annotations

import bisect
import itertools
import re
from functools import cache

from spacy.tokens import Token

from newsevents._names import NAME_PARTICLES
from newsevents._syntax import SUBJECT_DEPS, glued_prefix
from newsevents._words import RELATIVE_PRONOUNS
from newsevents.lexicons import load_lexicon
from newsevents.model import SpeechAct
from newsevents.statements._document import _Draft, _subtree_range
from newsevents.statements._reported import _Reported

# Roles of a name that hangs from a verb as its object, not beside its subject.
_OBJECT_ROLES = frozenset({"dobj", "iobj", "dative", "pobj", "attr", "oprd"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# Verbs of a clause that says what something is or stays: "Moscow remained open to talks".
_STATES = frozenset({"be", "remain", "stay"})
_ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# Nouns of a medium whose people write reports ("media reports"), beside the lexicon's nouns
# of people and groups.
_MEDIA_NOUNS = frozenset({"media", "press"})
# Nouns of the name a person gives: "who gave only his first name, Oleh".
_NAME_NOUNS = frozenset({"name", "nickname", "sign", "alias", "pseudonym"})
# Entities that never speak: "April 7, 2017 - Syria decried ..." parsed with the date as subject.
_NOT_SPEAKERS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY"})
# Courtesy titles that are part of how a name is written ("Mr. Putin").
_HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "miss"})


# How many paragraphs before its own "the statement" looks for the statement it refers to.
_DOCUMENT_PARAGRAPHS = 3
# Verbs whose subject is the author of the document they take: "issued a statement that ...".
_AUTHORING = frozenset(
    {"issue", "release", "publish", "post", "hold", "carry", "write", "send", "sign", "wave"}
    | {"display", "tweet", "circulate", "distribute", "draft", "submit", "file", "deliver"}
    | {"leave"}
    # "The Security Council adopted a resolution, which calls for ...": the body's own text
    | {"adopt", "pass"}
)
# Verbs of answering whose subject authors the document they answer with: "the club
# responded with a statement", "hit back with a statement".
_ANSWERING = frozenset({"respond", "react", "reply", "answer", "counter", "retort", "hit"})
# Verbs whose subject, not object, does what their infinitive says: "promised voters to ...".
_SUBJECT_CONTROL = frozenset(
    {"promise", "pledge", "vow", "threaten", "offer"}
    # "called Castillo to congratulate her": who calls or visits does what follows
    | {"call", "phone", "telephone", "ring", "contact", "visit", "meet", "email", "text"}
    # "used his speech to urge", "took the opportunity to call for": the object is the
    # means or the occasion, the subject speaks
    | {"use", "take", "seize", "grasp", "exploit", "employ"}
)
# Prepositions that open an aside of the subject's: "The president, after declaring ...".
_ASIDE_PREPOSITIONS = frozenset({"after", "before", "upon", "while", "without", "by", "since"})
# How the words before a name hang from it in a noun phrase: "the", "US climate envoy",
# "China's", "newly elected", "Prime Minister of India" (the "of" inside a title).
_PREMODIFIER_DEPS = frozenset(
    {"det", "compound", "amod", "poss", "nmod", "nummod", "flat", "punct", "case", "cc"}
)
# Tokens that end a speaker's phrase: "WASHINGTON -- President X", "In Paris, envoy X".
_PHRASE_BREAKS = frozenset({",", ";", ":", "--", "—", "–", ".", "!", "?", "|", "•"})


# Where a document comes from rather than who wrote it: "reports from the front".
_PLACE_WORDS = frozenset(
    {"scene", "ground", "field", "front", "frontline", "area", "region", "site", "zone"}
    | {"city", "town", "village", "border", "capital", "street", "streets", "inside"}
    | {"centre", "center", "square", "road", "avenue", "park", "plaza", "downtown", "district"}
)


# Verbs of who came to read a document, not who wrote it: "a document seen by Reuters".
_READING_VERBS = frozenset({"see", "obtain", "review", "read", "view", "examine", "acquire"})


# Entity types of a day or time the parser may take for a subject ("Obama Sunday said").
_WHEN_ENTITIES = frozenset({"DATE", "TIME"})


def _is_place(token: Token) -> bool:
    return token.ent_type_ in ("LOC", "FAC") or token.lemma_.lower() in _PLACE_WORDS


# Words that open a clause of time or cause inside another: "after an exchange grew heated".
_SUBORDINATORS = frozenset({"after", "before", "when", "while", "as", "because", "since", "once"})


class _Speakers(_Reported):
    """Finds the speaker of a cue and the words that name them."""

    def _outlet_read_as_time(self, subject: Token) -> bool:
        """Whether ``subject`` is "the London daily", which the model reads as a time."""
        return subject.lower_ in self.lexicon.outlet_words and any(
            c.dep_ == "det" and c.lower_ == "the" for c in self._children(subject)
        )

    def _find_speaker(self, draft: _Draft, verb: Token) -> None:
        subject = self._subject(verb)
        if subject is None:
            return
        if (
            subject.ent_type_ in _NOT_SPEAKERS
            and not age_description(subject)
            and not self._outlet_read_as_time(subject)
        ):
            return  # not a date; "the 24-year-old", which the model tags as one, speaks
        if (
            subject.dep_ == "pobj"
            and subject.head.lower_ in ("on", "via")
            and subject.lower_ in self.lexicon.platforms
        ):
            return  # "A post shared on Facebook claims": where it was said, not who says
        subject = self._name_before_dash(subject) or subject
        subject = self._subject_after_place(subject) or subject
        subject = self._speaker_after_as(subject) or subject
        subject = self._name_after_participle(subject, verb) or subject
        torn = self._participle_read_as_clause(subject, verb)
        if torn is not None:
            subject = next(c for c in self._children(torn) if c.dep_ == "nsubj")
        low, high = sorted((subject.i, verb.i))
        if any(self._paragraph_break(t) for t in self.tokens[low:high]):
            # The parser ran over a paragraph break, often after a heading ("Calls for
            # calm / The mayor said"): the speaker is the phrase before the cue in its own
            # paragraph, if there is one, never another paragraph's.
            subject = self._subject_in_paragraph(verb)
            if subject is None or subject.ent_type_ in _NOT_SPEAKERS:
                return
        self._set_speaker(draft, subject)
        if torn is not None and draft.mention is not None:
            # the whole phrase up to the cue: "Voters interviewed outside polling stations"
            draft.mention = (min(torn.left_edge.i, draft.mention[0]), verb.i)
            while draft.mention[1] > draft.mention[0] + 1 and self.tokens[
                draft.mention[1] - 1
            ].dep_ in ("advmod", "aux", "neg"):
                draft.mention = (draft.mention[0], draft.mention[1] - 1)
        if draft.mention is not None and subject is self.headline_subject(verb):
            # "UN chief appeals for calm", with "UN" hung on the verb too: all the words
            # before the verb name the speaker
            opening = subject.left_edge.i
            while opening > 0 and self.tokens[opening - 1].head == verb:
                opening = self.tokens[opening - 1].left_edge.i
            draft.mention = (min(opening, draft.mention[0]), draft.mention[1])
        rest = self._torn_rest(subject)
        if rest is not None and draft.mention is not None and draft.mention[1] == rest.left_edge.i:
            draft.mention = (draft.mention[0], rest.right_edge.i + 1)
        joined = self._headline_names_before(subject, verb)
        if joined is not None and draft.mention is not None:
            # "Japan, Philippines vow closer defence ties": the first of the names
            draft.speaker = joined
            first = self._actor_mention(joined) or (joined.i, joined.i + 1)
            draft.mention = (first[0], draft.mention[1])
        leading = self._first_of_joined_names(subject)
        if leading is not None:
            # "The British Heart Foundation and Diabetes UK welcomed": the parser makes the
            # last name the subject and hangs the first on it, with the "and": the first
            # speaks, and the phrase names them all
            draft.actor_id = self.actor(leading)
            named = self._actor_mention(leading)
            if draft.mention is not None and named is not None:
                opening = self._with_article(*named)[0]
                draft.mention = (min(opening, draft.mention[0]), draft.mention[1])
            return
        # "Chief Constable Andrew Fairley of Northamptonshire Police told": the parser makes
        # the body the subject and the person a modifier of it, with the "of" between them
        person = next(
            (
                (c, actor)
                for c in self._children(subject)
                if c.dep_ == "nmod"
                and c.i < subject.i
                and (actor := self.actor(c)) is not None
                and self.actor_kinds.get(actor) == "person"
                and (
                    self.actor(subject) is None
                    or any(p.dep_ == "prep" and p.lower_ == "of" for p in self._children(c))
                )
            ),
            None,
        )
        if person is not None:
            draft.actor_id = person[1]
            if draft.mention is not None:
                draft.mention = (min(person[0].left_edge.i, draft.mention[0]), draft.mention[1])

    def _first_of_joined_names(self, subject: Token) -> Token | None:
        """Return the first of names joined by "and" that the parser hung on the last one.

        "The British Heart Foundation and Diabetes UK": "Foundation" modifies "UK" and
        has "and" and "Diabetes" joined to it. Only a body or a country that is not the
        subject's own actor, with every word from the "and" to the subject capitalised.
        """
        own = self.actor(subject)
        for child in self._children(subject):
            if child.i >= subject.i or child.dep_ not in ("nmod", "compound"):
                continue
            found = self.actor(child)
            if found is None or found == own:
                continue
            if self.actor_kinds.get(found) not in ("organization", "country"):
                continue
            joining = next(
                (c for c in self._children(child) if c.dep_ == "cc" and c.lower_ == "and"), None
            )
            if joining is None or not any(
                c.dep_ == "conj" and joining.i < c.i < subject.i for c in self._children(child)
            ):
                continue
            rest = self.tokens[joining.i + 1 : subject.i + 1]
            if all(t.lower_ == "the" or (t.is_alpha and t.text[:1].isupper()) for t in rest):
                return child
        return None

    def _participle_read_as_clause(self, subject: Token, verb: Token) -> Token | None:
        """Return a speaker's participle the parser read as a clause of what was said.

        In "Voters interviewed outside polling stations said the economy mattered", the
        small model reads "Voters interviewed" as a clause before the cue and makes
        "stations" its subject: a clause that opens the sentence with a plain noun for a
        subject and a past participle with no object, running into the cue's subject with
        no comma between, while the cue has what was said after it, is the speaker's
        phrase, whose head is the clause's subject.
        """
        if subject.dep_ != "nsubj" or subject.head != verb or subject.i > verb.i:
            return None
        clause = next(
            (
                c
                for c in self._children(verb)
                if c.dep_ == "ccomp"
                and c.i < subject.i
                and c.right_edge.i + 1 == subject.left_edge.i
            ),
            None,
        )
        if (
            clause is None
            or clause.tag_ not in ("VBD", "VBN")
            or clause.left_edge.i != self._sentence(verb).start
            or not any(c.dep_ == "ccomp" and c.i > verb.i for c in self._children(verb))
        ):
            return None
        subjects = [c for c in self._children(clause) if c.dep_ in SUBJECT_DEPS]
        if (
            len(subjects) != 1
            or subjects[0].dep_ != "nsubj"
            or subjects[0].i != clause.i - 1
            or subjects[0].tag_ != "NNS"
            or any(
                c.dep_ in ("dobj", "aux", "auxpass", "ccomp", "xcomp")
                for c in self._children(clause)
            )
        ):
            return None
        return clause

    def _subject_after_place(self, subject: Token) -> Token | None:
        """Return the speaker after an opening phrase of place the parser made the subject.

        In "Outside court, a spokeswoman for the prosecution said", the small model reads
        "Outside" as an adjective of "court" and makes the spokeswoman its apposition: the
        phrase before the comma says where, and the apposition is who speaks.
        """
        first = subject.left_edge
        if (
            first.lower_ not in _PLACE_PREPOSITIONS
            or first.dep_ not in ("amod", "advmod", "prep")
            or first.i != self._sentence(subject).start
            or subject.i + 1 >= len(self.tokens)
            or self.tokens[subject.i + 1].text != ","
        ):
            return None
        return next(
            (c for c in self._children(subject) if c.dep_ == "appos" and c.i > subject.i + 1),
            None,
        )

    def _torn_rest(self, subject: Token) -> Token | None:
        """Return a second subject of the same verb that ends ``subject``'s own phrase.

        In "A group of novelists including bestselling thriller writer Dana Whitcombe
        sued", the parser makes "Whitcombe" a second subject of "sued", torn off the
        phrase of "group" that runs right into it ("including bestselling"): nothing (no
        comma, no "and") stands between them.
        """
        if subject.dep_ != "nsubj" or subject.i > subject.head.i:
            return None
        edge = subject.right_edge.i
        return next(
            (
                c
                for c in self._children(subject.head)
                if c.dep_ == "nsubj"
                and c.i != subject.i
                and c.left_edge.i == edge + 1
                and c.i < subject.head.i
                and not self.tokens[edge].is_punct
                and self.tokens[edge].pos_ in ("VERB", "ADP", "ADJ")
            ),
            None,
        )

    def _torn_subject(self, subject: Token) -> Token | None:
        """Return the subject whose phrase ``subject`` was torn off, if any (see above)."""
        if subject.dep_ != "nsubj":
            return None
        return next(
            (
                c
                for c in self._children(subject.head)
                if c.dep_ == "nsubj" and c.i < subject.i and self._torn_rest(c) == subject
            ),
            None,
        )

    def _headline_names_before(self, subject: Token, verb: Token) -> Token | None:
        """Return the first of names a headline joins with commas before its subject.

        In a headline a comma stands for "and": "Japan, Philippines vow closer defence
        ties" has both for its subject, which the parser hangs on the last name; the first
        speaks, as for "Japan and Philippines vow". Only names opening the headline, each
        an actor's, with nothing but a comma between them.
        """
        if verb.idx >= self.heading_end:
            return None
        named = self._actor_mention(subject)
        if named is None:
            return None
        start, first = named[0], None
        seen = {self.actor(subject)}
        while start >= 2 and self.tokens[start - 1].text == ",":
            before = self.tokens[start - 2]
            earlier = self._actor_mention(before)
            actor = self.actor(before)
            if earlier is None or earlier[1] != start - 1 or actor in seen:
                return None
            seen.add(actor)
            start, first = earlier[0], before
        if first is None or self.text[: self.tokens[start].idx].strip():
            return None
        return first

    def _speaker_after_as(self, subject: Token) -> Token | None:
        """Return who speaks in a headline's "Shares slide as chief executive warns".

        The parser makes "slide" the subject, with the speaker after its "as": a word for
        people (or a name) there speaks, when the subject itself can speak of nothing.
        """
        if self._may_speak(subject) or _speaking_noun(subject):
            return None
        for prep in self._children(subject):
            if prep.dep_ != "prep" or prep.lower_ != "as" or prep.i != subject.i + 1:
                continue  # not "dissidents, such as Fariñas,"
            for who in self._children(prep):
                if who.dep_ != "pobj":
                    continue
                # a verb read as the subject ("slide") leaves whoever follows "as"
                if (subject.pos_ == "VERB" and who.pos_ in ("NOUN", "PROPN")) or (
                    self._may_speak(who) or _speaking_noun(who)
                ):
                    return who
        return None

    def _document_holding(self, noun: Token) -> Token | None:
        """Return the document a relative clause's noun is where: "a note in the car that said".

        The parser hangs "that said ..." from the nearer noun, the place ("the car"); a
        document that is in, on or inside it is what says.
        """
        if noun.dep_ != "pobj" or self._is_document(noun):
            return None
        preposition = noun.head
        if preposition.lower_ not in ("in", "inside", "on", "at", "near", "under"):
            return None
        holder = preposition.head
        if holder.pos_ in ("VERB", "AUX"):
            # "left a note inside the car that said ...", the place hung from the verb
            objects = [
                c for c in self._children(holder) if c.dep_ == "dobj" and c.i < preposition.i
            ]
            if not objects:
                return None
            holder = objects[-1]
        if holder.i >= noun.i or not self._is_document(holder):
            return None
        return holder

    def _thing_holding_person(self, person: Token) -> Token | None:
        """Return the thing a "which" clause the parser hung on a person is about, or None.

        In "an amendment tabled by Debbie Abrahams, which calls for ...", the parser hangs
        "which calls" on the nearest name; "which" is the thing whose phrase the person
        ends: up through prepositions, "by" and the participles of nouns ("tabled by").
        Where no such noun holds the person, "which" stands for a whole clause, and no one
        is named as speaking.
        """
        token = person
        for _ in range(6):
            if token.dep_ == "appos" and token.head.i < token.i:
                token = token.head
            if token.dep_ != "pobj" or token.head.dep_ not in ("prep", "agent"):
                return None
            holder = token.head.head
            if holder.dep_ == "acl" and holder.tag_ == "VBN" and holder.head.i < holder.i:
                holder = holder.head  # "tabled by": the participle's noun
            if holder.pos_ not in ("NOUN", "PROPN") or holder.i >= token.i:
                return None
            if not self._personal_noun(holder):
                return holder
            token = holder
        return None

    def _person_before_place(self, noun: Token, pronoun: Token) -> Token | None:
        """Return the person a "who" clause the parser hung on a place or body is about.

        In "Debbie Kowalski, a nurse at Erie General Hospital, who said ...", the parser
        hangs "who said" on the nearest noun, the hospital; "who" is the person whose phrase
        the place ends: up through the prepositions of nouns, and from an appositive to the
        name it describes. Not a person's noun ("a friend of her mother, who said").
        """
        if pronoun.lower_ not in ("who", "whom") or self._personal_noun(noun):
            return None
        if noun.pos_ == "PRON":
            return None
        token = noun
        while (
            token.dep_ == "pobj"
            and token.head.dep_ == "prep"
            and token.head.head.pos_ in ("NOUN", "PROPN")
            and token.head.head.i < token.i
        ):
            token = token.head.head
        if token.dep_ == "appos" and token.head.i < token.i:
            token = token.head
        return token if token.i != noun.i and self._personal_noun(token) else None

    def _naming_participle(self, child: Token) -> str | None:
        """Return the person a participle "called" or "named" on a noun gives its name.

        "a widow called Mrs. Tursun", "a driver named Ahmet": the name is the participle's
        complement; the participle names, it reports no words.
        """
        if child.dep_ != "acl" or child.lower_ not in ("called", "named"):
            return None
        for name in self._children(child):
            if name.dep_ in ("oprd", "dobj", "attr"):
                found = self.actor(name)
                if found is not None and self.actor_kinds.get(found) == "person":
                    return found
        return None

    def _name_before_appositive(self, noun: Token, pronoun: Token) -> Token | None:
        """Return the person named before the appositive a "who" clause hangs on.

        In "Balazs Orban, the prime minister's political director, who suggested ...", the
        parser hangs "who suggested" on "director", which only says what Orban is: the
        speaker is the one named.
        """
        if pronoun.lower_ not in ("who", "whom") or noun.dep_ != "appos":
            return None
        name = noun.head
        if name.i >= noun.i or self.actor(noun) is not None:
            return None
        found = self.actor(name)
        if found is None or self.actor_kinds.get(found) != "person":
            return None
        return name

    def _personal_noun(self, token: Token) -> bool:
        """Whether ``token`` names a person: a person's name or actor, or a noun for one."""
        actor = self.actor(token)
        if actor is not None:
            return self.actor_kinds.get(actor) == "person"
        if token.ent_type_ == "PERSON":
            return True
        if token.ent_type_ in _ENTITY_LABELS or token.pos_ != "NOUN":
            return False
        words = _person_words()
        return token.lower_ in words or token.lemma_.lower() in words

    def _name_after_participle(self, subject: Token, verb: Token) -> Token | None:
        """Return the name after an opening participle the parser made the subject.

        "Reporting from Gaza, Al Jazeera's Hind Khoudary said" is parsed with "Reporting"
        as the subject and the name an apposition inside its phrase: the phrase after the
        participle's last comma, right before the cue, is who speaks; after a name set off
        by commas, the phrase from the participle's own comma ("Reacting, the Senate
        spokesman, Yemi Adaramodu, told").
        """
        # the tagger may take an opening "Reacting," for a noun, and the name for its
        # conjunct
        opening = subject.tag_ != "VBG" and (
            subject.lower_.endswith("ing")
            and subject.text[:1].isupper()
            and subject.i + 1 < len(self.tokens)
            and self.tokens[subject.i + 1].text == ","
            and all(t.is_space for t in self.tokens[self._sentence(subject).start : subject.i])
        )
        if (
            (subject.tag_ != "VBG" and not opening)
            or subject.left_edge.i != subject.i
            or subject.i > verb.i
        ):
            return None
        end = subject.right_edge.i + 1
        if end != verb.i and not all(t.pos_ == "ADV" for t in self.tokens[end : verb.i]):
            return None
        commas = [t.i for t in self.tokens[subject.i : end] if t.text == ","]
        if not commas:
            return None
        # (the name may be parsed as an adverbial noun of the participle: "Reacting, Senate
        # President Godswill Akpabio said")
        found = self._phrase_head(commas[-1] + 1, end, ("appos", "npadvmod"))
        if found is None and commas[-1] == end - 1:
            # "Reacting, the Senate spokesman, Yemi Adaramodu, told": the name's closing
            # comma ends the phrase; it starts after the comma that ends the participle
            own = [i for i in commas if self.tokens[i].head.i == subject.i]
            if own and own[0] < end - 1:
                found = self._phrase_head(own[0] + 1, end - 1, ("appos", "conj"))
                if found is None:
                    # "Interrupting, the Chief Secretary to the Treasury, Darren Jones,
                    # said": the title and the name each hung on the participle
                    found = self._titled_appositions(own[0] + 1, end - 1)
        return found

    def _titled_appositions(self, start: int, end: int) -> Token | None:
        """Return the name closing a title and a name both in apposition over ``[start, end)``.

        Two phrases set off by a comma, each hung on the word before them, the second a
        person's name: the name, whose title the first gives.
        """
        heads = [
            t for t in self.tokens[start:end] if not start <= t.head.i < end and not t.is_punct
        ]
        if len(heads) != 2 or any(
            h.dep_ != "appos" or h.pos_ not in ("NOUN", "PROPN") for h in heads
        ):
            return None
        name = heads[1]
        if name.ent_type_ != "PERSON" or self.tokens[name.left_edge.i - 1].text != ",":
            return None
        return name

    def _phrase_head(
        self, start: int, end: int, deps: tuple[str, ...] = ("appos",)
    ) -> Token | None:
        """Return the one apposition that heads tokens ``[start, end)``, if it is a noun."""
        heads = [t for t in self.tokens[start:end] if not start <= t.head.i < end]
        if len(heads) != 1 or heads[0].dep_ not in deps or heads[0].pos_ not in ("NOUN", "PROPN"):
            return None
        return heads[0]

    def _name_tail(self, token: Token) -> bool:
        """Whether ``token`` ends a name the parser cut at a particle: "Grosso do [Sul]"."""
        if token.pos_ != "PROPN" or token.i < 2:
            return False
        particle, before = self.tokens[token.i - 1], self.tokens[token.i - 2]
        return (
            particle.lower_ in NAME_PARTICLES
            and particle.is_lower
            and before.pos_ == "PROPN"
            and particle.head.i != token.i
            and before.head.i != token.i
        )

    def _name_before_dash(self, subject: Token) -> Token | None:
        """Return the name before a dash that the parser left out of the subject.

        "Maduro — the successor of Chávez — defends the plan" is parsed with the
        description as subject and the name hanging from the verb: the name speaks.
        """
        if subject.pos_ != "NOUN" or self.actor(subject) is not None:
            return None
        dash = subject.left_edge.i - 1
        if dash < 1 or self.tokens[dash].text not in ("—", "–", "--"):
            return None
        name = self.tokens[dash - 1]
        if name.head.i != subject.head.i or name.dep_ in _OBJECT_ROLES or name.pos_ != "PROPN":
            return None
        actor = self.actor(name)
        return name if actor is not None else None

    def _asked_aside(self, verb: Token) -> Token | None:
        """Return the cue of "Marsh, asked whether ..., said ...", misread with "asked" finite.

        The parser makes "asked" the main verb with Marsh its subject and "said" its clause;
        a comma between a subject and its verb says "asked" is a participle set off, and
        Marsh the one who said.
        """
        if self._lemma(verb) != "ask" or verb.tag_ not in ("VBD", "VBN") or verb.i < 2:
            return None
        subject = next((c for c in self._children(verb) if c.dep_ == "nsubj"), None)
        if subject is None or subject.i + 2 != verb.i:
            return None
        if self.tokens[verb.i - 1].text != ",":
            return None
        return next(
            (
                c
                for c in self._children(verb)
                if c.dep_ == "ccomp"
                and c.i > verb.i
                and self.tokens[c.left_edge.i - 1].text == ","
                and self._lemma(c) in self.lexicon.verbs
                and not any(g.dep_ in SUBJECT_DEPS for g in self._children(c))
            ),
            None,
        )

    def _second_clause_cue(self, verb: Token) -> bool:
        """Whether a cue with no subject is joined by "and" or "but" after another cue's clause.

        The parser may hang "added" of "said the fire was out and added that ..." from
        "said" as a second clause, with the "and" on the first one ("said a rupture was
        unlikely but warned that ...").
        """
        head = verb.head
        if verb.dep_ != "ccomp" or head.i >= verb.i or head.i == verb.i:
            return False
        if self._lemma(head) not in self.lexicon.verbs:
            return False
        before = verb.left_edge.i - 1
        if before <= head.i or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            return False
        joining = self.tokens[before]
        if joining.lower_ in ("and", "but") and joining.dep_ == "cc":
            return True
        # a headline's comma stands for "and": "Rubio says U.S. will not beg Iran for talks,
        # warns of new sanctions"
        return (
            joining.text == "," and verb.tag_ == head.tag_ == "VBZ" and verb.idx < self.heading_end
        )

    def _subject_in_paragraph(self, verb: Token) -> Token | None:
        """Return the noun right before a finite cue in the cue's paragraph, if any."""
        if verb.tag_ not in _FINITE_TAGS:
            return None
        subject = self._subject_on_the_left(verb)
        if subject is None or any(
            self._paragraph_break(t) for t in self.tokens[subject.i : verb.i]
        ):
            return None
        # Climb to the head of the subject's noun phrase, within the paragraph.
        while (
            subject.dep_ in ("compound", "amod", "flat")
            and subject.i < subject.head.i < verb.i
            and subject.head.pos_ in ("NOUN", "PROPN")
        ):
            subject = subject.head
        return subject

    def _in_other_words(self, subject: Token) -> bool:
        """Whether ``subject`` lies in a quotation that holds more than its own phrase."""
        if not self._touches_quote(subject):
            return False
        first, last = subject.left_edge, subject.right_edge
        start, end = first.idx, last.idx + len(last.text)
        index = bisect.bisect_right(self.quote_ends, subject.idx)
        if index >= len(self.quotes):
            return True
        words = [
            (a, b)
            for a, b in self.quotes[index].parts
            if any(ch.isalnum() for ch in self.text[a:b])
        ]
        return not all(start <= a + 1 and b - 1 <= end for a, b in words)

    @staticmethod
    def _nearer_conjunct_subject(verb: Token, head: Token) -> Token | None:
        """Return the subject of a joined verb nearer before ``verb`` than its head's.

        "A couple sat up, said 'Good morning' and then the woman smiled, said '...'": the
        parser hangs both "said" on "sat"; the second follows "the woman smiled".
        """
        if verb.dep_ not in ("conj", "dep"):
            return None
        for sibling in sorted(head.children, key=lambda t: -t.i):
            if not (head.i < sibling.i < verb.i) or sibling.dep_ != "conj":
                continue
            if sibling.pos_ not in ("VERB", "AUX"):
                continue
            # the nearest joined verb decides: its own subject, or none (the head's then)
            return next((c for c in sibling.children if c.dep_ == "nsubj"), None)
        return None

    def _set_speaker(self, draft: _Draft, subject: Token) -> None:
        """Set who speaks through ``subject``: itself, or a document's author ("the report")."""
        draft.speaker = subject
        if not self._is_document(subject):
            draft.mention = self.within_line(self._mention(subject, draft.cue), subject)
            return
        # "The statement said": a document speaks for its author, if the text names one.
        draft.document = True
        if draft.reported_by is None:
            # "Records reviewed by ProPublica show ...": the outlet that read them passed
            # them on
            draft.reported_by = self.document_reader(subject)
        author = draft.author = self._author(subject)
        if author is None:
            draft.mention = None
            return
        start, end = self.within_line(self._mention(author, draft.cue), author)
        while end - 1 > start and self.tokens[end - 1].tag_ == "POS":
            end -= 1  # "the ministry's statement": the ministry
        draft.mention = (start, end)

    def _is_document(self, token: Token) -> bool:
        """Whether ``token`` names a document or medium, not an actor: "the report", "a letter"."""
        documents = self.lexicon.documents
        if (
            token.lemma_.lower() not in documents
            and token.lower_ not in documents
            # "Records show that ..." opening a paragraph, tagged a proper noun whose
            # lemma keeps its plural
            and not (
                token.tag_ == "NNPS"
                and token.lower_.endswith("s")
                and token.lower_[:-1] in documents
            )
        ):
            return False
        return token.ent_type_ not in _ENTITY_LABELS and self.actor(token) is None

    def _author(self, document: Token) -> Token | None:
        """Return who a document is by, when the text names them.

        "the ministry's statement", "a report by the UN", "a letter from the president", "a
        statement issued by the ministry", "a Pentagon report", "a White House readout", and
        who issued, posted or held it ("she held a sign that accused ...").
        """
        children = list(self._children(document))
        owner = next((c for c in children if c.dep_ == "poss"), None)
        if (
            owner is not None
            and owner.lower_ in ("its", "their")
            and self.actor(owner) is None
            and document.dep_ == "dobj"
            and document.head.lemma_.lower() in _AUTHORING
        ):
            # "The central bank published its quarterly report, which said ...": "its" is
            # who published it, the subject of that verb
            subject = next((c for c in self._children(document.head) if c.dep_ == "nsubj"), None)
            if subject is not None and subject.pos_ in ("NOUN", "PROPN"):
                return subject
        if owner is not None and owner.ent_type_ not in _NOT_SPEAKERS:
            return owner  # not "today's ruling"
        by: Token | None
        if document.dep_ == "dobj":
            # '"...," read the statement from the council': the parser hangs "from ..."
            # right after the document on the verb; it still says whom the document is from
            children += [
                c
                for c in self._children(document.head)
                if c.dep_ == "prep"
                and c.lower_ in ("by", "from")
                and c.i == document.right_edge.i + 1
            ]
        for child in children:
            if child.i < document.i:
                continue
            if child.dep_ == "prep" and child.lower_ in ("by", "from"):
                by = child
            elif (
                child.dep_ == "prep"
                and child.lower_ == "in"
                and document.lemma_.lower() in PUBLISHED_PIECES
                and self.names_outlet(child)
            ):
                by = child  # "a report in The Wall Street Journal": the paper's own
            elif child.dep_ == "acl" and child.tag_ == "VBN":
                if child.lemma_.lower() in _READING_VERBS:
                    continue  # "a document seen by Reuters": who read it did not write it
                # "a statement issued by the ministry"
                by = next((c for c in self._children(child) if c.dep_ == "agent"), None)
            else:
                continue
            found = next((c for c in self._children(by) if c.dep_ == "pobj"), None) if by else None
            if found is not None and not (child.lower_ == "from" and _is_place(found)):
                return found  # "reports from the scene" name no author
        for child in reversed(children):
            if child.i > document.i or child.dep_ not in ("compound", "amod", "nmod"):
                continue
            if child.i == document.i - 1 and f"{child.lower_} {document.lower_}" in (
                self.lexicon.settings
            ):
                # "a Lakewood Police Department press release": "press" names the kind of
                # document, as the lexicon's settings do, and the author comes before it
                continue
            if self.actor(child) is not None or child.ent_type_ in _ENTITY_LABELS:
                return child
            if child.pos_ == "NOUN":
                # "police reports", "witness accounts", "Turkish media reports": the people
                # or the media of the noun (not the country)
                return child if _speaking_noun(child) else None
        if document.dep_ == "dobj" and document.head.lemma_.lower() in _AUTHORING:
            # "She held a sign that accused ...": who held it (not who found it).
            subject = next((c for c in self._children(document.head) if c.dep_ == "nsubj"), None)
            if subject is not None and not self._is_document(subject):
                return subject
        if (
            document.dep_ == "pobj"
            and document.head.lower_ == "with"
            and document.head.dep_ == "prep"
            and document.head.head.pos_ == "VERB"
            and not any(c.dep_ == "det" and c.lower_ == "the" for c in children)
        ):
            # "Farage weighed in with a post calling ...": who acted with it wrote it
            subject = next(
                (c for c in self._children(document.head.head) if c.dep_ == "nsubj"), None
            )
            if (
                subject is not None
                and subject.pos_ in ("NOUN", "PROPN", "PRON")
                and not self._is_document(subject)
            ):
                return subject
        if any(c.dep_ == "det" and c.lower_ == "the" for c in children):
            return self._earlier_author(document)
        return None

    def document_reader(self, document: Token) -> Token | None:
        """Return the outlet or organisation that saw a document: "records seen by Reuters".

        Who read, reviewed or obtained a document did not write it; a news organisation or
        another body that did passes on what it says. A person or a group named by a common
        noun ("documents reviewed by investigators") is no such channel.
        """
        for child in self._children(document):
            if not (
                child.i > document.i
                and child.dep_ == "acl"
                and child.tag_ == "VBN"
                and child.lemma_.lower() in _READING_VERBS
            ):
                continue
            for agent in self._children(child):
                if agent.dep_ != "agent":
                    continue
                for reader in self._children(agent):
                    actor = self.actor(reader)
                    if reader.dep_ == "pobj" and (
                        self._outlet_words(
                            [
                                t.lower_
                                for t in reader.subtree
                                if t.lower_ != "the" and not t.is_punct
                            ]
                        )
                        or (actor is not None and self.actor_kinds.get(actor) == "organization")
                    ):
                        return reader
        return None

    def names_outlet(self, prep: Token) -> bool:
        """Whether the object of ``prep`` is a news organisation: "in The Wall Street Journal"."""
        return any(
            self._outlet_words(
                [t.lower_ for t in obj.subtree if t.lower_ != "the" and not t.is_punct]
            )
            for obj in self._children(prep)
            if obj.dep_ == "pobj"
        )

    def _outlet_words(self, words: list[str]) -> bool:
        """Whether lower-case ``words`` name a news organisation: "Bloomberg News", "BBC"."""
        names = self.lexicon.outlet_names
        outlets = self.lexicon.outlet_words
        return (
            " ".join(words) in names
            or any(w in outlets or w in names for w in words)
            or any(
                f"{a} {b}" in outlets or f"{a} {b}" in names for a, b in itertools.pairwise(words)
            )
        )

    def _earlier_author(self, document: Token) -> Token | None:
        """Return who made the document "the statement" refers back to, if the text said.

        In "'...,' the police said in a statement. ... , the statement said", the statement
        is the police's: the nearest same noun before, in "said in a statement", "issued a
        statement" or "a report by the National Audit Office", in the same paragraph or one
        of the three before ("Delaney wrote in a memo to staff. ¶ A spokesperson confirmed
        the cuts. ¶ The memo said ...": Delaney's).
        """
        lemma = document.lemma_.lower()
        breaks = 0
        for index in range(document.i - 1, -1, -1):
            token = self.tokens[index]
            if self._paragraph_break(token):
                # the paragraphs before may tell it: "In a statement, Oakridge Homes said ...
                # ¶ '...,' the statement said"
                breaks += 1
                if breaks > _DOCUMENT_PARAGRAPHS:
                    return None
            if token.lemma_.lower() != lemma or token.pos_ != "NOUN":
                continue
            if token.dep_ == "pobj" and token.head.lower_ == "in":
                draft = self.drafts.get(token.head.head.i)
                if draft is not None and draft.speaker is not None and not draft.document:
                    return draft.speaker  # "the police said in a statement"
            if (token.dep_ == "dobj" and token.head.lemma_.lower() in _AUTHORING) or (
                token.dep_ == "pobj"
                and token.head.lower_ == "with"
                and self._lemma(token.head.head) in _ANSWERING
            ):
                verb = token.head if token.dep_ == "dobj" else token.head.head
                subject = next((c for c in self._children(verb) if c.dep_ == "nsubj"), None)
                if subject is not None and not self._is_document(subject):
                    # "the ministry issued a statement", "the club responded with a statement"
                    return subject
            by = [
                author
                for prep in self._children(token)
                if prep.dep_ == "prep" and prep.lower_ in ("by", "from")
                for author in self._children(prep)
                if author.dep_ == "pobj" and self.actor(author) is not None
            ]
            if by:
                return by[0]  # "a report by the National Audit Office ... The report said"
            said = self.drafts.get(token.head.i) if token.dep_ == "nsubj" else None
            if said is not None and said.document and said.author is not None:
                return said.author  # "The quarterly report to member states said ..."
            if self._told_again(token):
                # "..., the statement said. ..., the statement added": told again, the
                # document is still the one told first (the paragraphs count from there)
                breaks = 0
                continue
            if self._in_reported_clause(token):
                continue  # nor is "the last report in November" that a statement speaks of
            return None
        return None

    def _in_reported_clause(self, token: Token) -> bool:
        """Whether ``token`` lies in the clause a cue before it reports: what was said."""
        return any(
            ancestor.dep_ == "ccomp" and ancestor.head.i in self.drafts
            for ancestor in (token, *token.ancestors)
        )

    def _told_again(self, document: Token) -> bool:
        """Whether ``document`` is "the report" again, no other: not "the last report in May".

        Only "the" (or "this", "that") and adjectives stand with the noun, and nothing after
        it but what a comma sets off ("the report by ...", "the letter that ...") says
        which one it is.
        """
        children = list(self._children(document))
        return any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in children
        ) and all(
            (c.i < document.i and c.dep_ in ("det", "amod", "compound", "punct"))
            # set off by a comma, it only describes the one told: "The statement, signed by
            # all four ministers, also said"
            or (c.i > document.i and self.tokens[c.left_edge.i - 1].text == ",")
            or c.is_punct
            for c in children
        )

    def _name_before_misread_cue(self, verb: Token) -> Token | None:
        """Return the name between a quotation and a cue the parser read as an adjective.

        '"I will not let it happen," Trump told supporters.' is parsed with "Trump told" as
        modifiers of "supporters"; a capitalised name (or "he", "she") right after the
        quotation's closing mark or comma, and right before the cue, is who spoke.
        """
        index = verb.i - 1
        names = 0
        while index >= 0 and names < 4:
            token = self.tokens[index]
            if token.pos_ != "PROPN" or not token.is_title:
                break
            names += 1
            index -= 1
        if names == 0 and index >= 0 and self.tokens[index].lower_ in ("he", "she"):
            names, index = 1, index - 1
        if names == 0 or index < 0:
            return None
        before = self.tokens[index]
        if not (before.is_quote or before.text == ","):
            return None
        return self.tokens[verb.i - 1]

    def _subject(self, verb: Token, depth: int = 0) -> Token | None:
        if depth > 4:
            return None
        misread = (
            self.verb_read_as_modifier(verb)
            or self.headline_subject(verb)
            or self.document_read_subject(verb)
            or self._document_read_after_quote(verb)
        )
        if misread is not None:
            return misread
        children = list(self._children(verb))
        subjects = [c for c in children if c.dep_ == "nsubj"]
        if not subjects:
            # "The Department ... has today (Wednesday 12 March) announced": the parser may
            # hang the subject on the auxiliary before the verb
            subjects = [
                grand
                for aux in children
                if aux.dep_ == "aux" and aux.i < verb.i
                for grand in self._children(aux)
                if grand.dep_ == "nsubj"
            ]
        if not self._touches_quote(verb):
            # '"... whoever thinks that man is guilty ...," said the judge': a subject inside
            # the quotation belongs to the quoted words, not to the cue outside them (a subject
            # quoted on its own, '"independent auditors" concluded', still speaks).
            subjects = [c for c in subjects if not self._in_other_words(c)]
        # "what the rebels claimed was a hospital", parsed with two subjects: not "what";
        # '"...," said co-author Professor X', parsed with "co" a subject: not the prefix.
        named = [
            c
            for c in subjects
            if c.tag_ not in ("WP", "WDT") and not c.is_punct and not glued_prefix(c)
        ]
        # Of two subjects the parser gave one verb, the nearer is the speaker: "A scuffle
        # ensued, the driver said" (not "scuffle").
        # ('«...», said the critic Luc Verbeke', parsed with the closing mark a subject: none)
        candidates = named or [c for c in subjects if not c.is_punct]
        if len(candidates) > 1:
            # "Ana Souza of Mato Grosso do Sul said", parsed with "do" a verb and "Sul" a
            # second subject: the end of a name is not who speaks
            candidates = [c for c in candidates if not self._name_tail(c)] or candidates
        if len(candidates) > 1 and verb.i > 0 and self.tokens[verb.i - 1].text == ",":
            # "The ceasefire, said envoy Amos Hochstein, is holding": a cue set off by
            # commas speaks with the subject after it, not the one the parser hung before
            candidates = [c for c in candidates if c.i > verb.i] or candidates
        subject = min(candidates, key=lambda c: abs(c.i - verb.i)) if candidates else None
        torn = self._torn_subject(subject) if subject is not None else None
        if torn is not None:
            subject = torn  # "A group of novelists including bestselling writer X sued"
        if (
            subject is not None
            and subject.ent_type_ in _WHEN_ENTITIES
            and not self._outlet_read_as_time(subject)  # "the London daily cautioned"
        ):
            # "President Barack Obama Sunday said", parsed with the day as the subject and
            # the name as its compound: the name speaks.
            subject = self._name_before_day(subject) or subject
        if subject is None and verb.dep_ == "amod":
            subject = self._name_before_misread_cue(verb)
        if subject is not None:
            if (
                verb.dep_ == "relcl"
                and subject.lower_ in RELATIVE_PRONOUNS
                and verb.head.pos_ in ("NOUN", "PROPN", "PRON")
            ):
                if subject.lower_ == "which" and self._personal_noun(verb.head):
                    # "an amendment tabled by the chair, Debbie Abrahams, which calls for
                    # ...": "which" never stands for a person
                    return self._thing_holding_person(verb.head)
                return (
                    self._document_holding(verb.head)
                    or self._person_before_place(verb.head, subject)
                    or self._name_before_appositive(verb.head, subject)
                    or verb.head
                )
            return subject
        agent = next((c for c in children if c.dep_ == "agent"), None)
        if agent is not None:
            return next((c for c in self._children(agent) if c.dep_ == "pobj"), None)
        quoting = self._quoting_verb(verb)
        if quoting is not None:
            # "Kerry was quoted as saying": the speaker is who was quoted.
            return next(
                (c for c in self._children(quoting) if c.dep_ in ("nsubjpass", "dobj")),
                None,
            )
        if any(c.dep_ in ("nsubjpass", "expl") for c in children):
            return None  # "it is reported that ...": nobody named
        if self._passive_conjunct(verb):
            return None  # "Beirut had complained and had been told ...": Beirut was told
        head = verb.head
        if (
            verb.dep_ == "pcomp"
            and verb.tag_ == "VBG"
            and head.lower_ in ("before", "after", "while")
            and head.i > 0
            and self.tokens[head.i - 1].text == ","
            and head.head.dep_ == "ccomp"
            and head.head.head.lemma_.lower() in self.lexicon.verbs
        ):
            return self._subject(head.head.head, depth + 1)  # "said that ..., before adding"
        if verb.dep_ == "pcomp" and head.dep_ == "prep":
            if (
                head.lower_ in _ASIDE_PREPOSITIONS
                and head.head.pos_ in ("NOUN", "PROPN")
                and head.head.i < head.i
                and self.tokens[head.i - 1].text == ","
            ):
                # "The president, after declaring that ..., left": the parser hung the aside
                # on the subject itself.
                return head.head
            head = head.head  # "responded by announcing that ..."
            if (
                head.dep_ == "npadvmod"
                and head.pos_ == "NOUN"
                and head.head.pos_ in ("VERB", "AUX")
            ):
                head = head.head  # "will present it, a day after telling the council that"
            if (
                head.dep_ in ("acl", "advcl")
                # a noun, or an object the tagger took for a verb ("answered calls to ...")
                and (head.head.pos_ in ("NOUN", "PROPN") or head.head.dep_ in ("dobj", "pobj"))
                and self._is_infinitive(head)
                and not any(c.dep_ in SUBJECT_DEPS for c in self._children(head))
            ):
                # "responded to calls to disarm by declaring that ...": the parser hung "by"
                # on the infinitive of a noun; the speaker is the subject of the clause.
                noun = head.head
                governor = noun.head.head if noun.dep_ == "pobj" else noun.head
                if governor.pos_ in ("VERB", "AUX") and governor.i != noun.i:
                    head = governor
        if (
            verb.dep_ == "advcl"
            and verb.tag_ == "VBD"
            and head.i < verb.i
            and head.tag_ in ("VBD", "VBZ")
            and not any(c.dep_ in ("mark", "aux", "auxpass") for c in children)
            and self._comma_before(verb.left_edge)
        ):
            # "Halloran beat the top seed on Thursday, then called the victory the best of
            # her career": a verb in the past with no subject, no conjunction and no
            # auxiliary is a second deed of the subject, which the parser read as a clause
            return self._subject(head, depth + 1)
        second = self.second_absolute_subject(verb)
        if second is not None:
            return second  # "with some hailing a compromise and others warning that ..."
        request = self._request_over_infinitives(verb)
        if request is not None:
            # "asked the court to order Israel to halt its operations in Rafah, telling the
            # judges that ...": the parser hung the participle on an infinitive inside what
            # was asked for; it is the asker's
            return self._subject(request, depth + 1)
        if (
            verb.dep_ == "advcl"
            and verb.tag_ == "VBG"
            # "said that ..., warning", "warned jurors not to ..., reminding them"
            and (head.dep_ == "ccomp" or (head.dep_ == "xcomp" and self._is_infinitive(head)))
            and head.head.lemma_.lower() in self.lexicon.verbs
            and self._comma_before(verb)
        ):
            return self._subject(head.head, depth + 1)  # "said that ..., warning ..."
        if (
            verb.dep_ == "advcl"
            and verb.tag_ == "VBG"
            and head.dep_ == "relcl"
            and self._after_comma(verb)
            and self._after_comma(head)
        ):
            # "called for the party, whose showing cost them the vote, to be banned,
            # accusing it of ...": the parser hung the participle on the aside; it is the
            # main clause's.
            noun = head.head
            governor = noun.head.head if noun.dep_ == "pobj" else noun.head
            if governor.pos_ in ("VERB", "AUX") and governor.i != noun.i:
                return self._subject(governor, depth + 1)
        if (
            verb.dep_ == "advcl"
            and verb.tag_ == "VBG"
            and head.dep_ in ("relcl", "acl")
            and self._comma_before(verb)
            and head.head.pos_ in ("NOUN", "PROPN")
            and head.head.head.pos_ in ("VERB", "AUX")
            and any(
                c.dep_ in SUBJECT_DEPS and c.lower_ in ("that", "which") and c.i < head.i
                for c in self._children(head)
            )
        ):
            # "reported results that beat expectations, saying ...": the parser hung the
            # participle on a relative clause whose subject is a thing; it is the main
            # clause's
            return self._subject(head.head.head, depth + 1)
        if (
            verb.dep_ == "advcl"
            and verb.tag_ == "VBG"
            and head.dep_ == "advcl"
            and head.head.pos_ in ("VERB", "AUX")
            and self._comma_before(verb)
            and any(c.dep_ == "mark" and c.lower_ in _SUBORDINATORS for c in self._children(head))
            and any(
                c.dep_ == "nsubj" and c.pos_ == "NOUN" and self.actor(c) is None
                for c in self._children(head)
            )
        ):
            # "admonished both lawyers after an exchange grew heated, telling them ...": the
            # parser hung the participle on the clause of time, whose subject is a thing;
            # it is the main clause's ("after President Hassan addressed the nation,
            # saying ..." stays Hassan's).
            return self._subject(head.head, depth + 1)
        if verb.dep_ == "ccomp" and self._asked_aside(verb.head) == verb:
            # "Marsh, asked whether ..., said": Marsh said
            return next((c for c in self._children(verb.head) if c.dep_ == "nsubj"), None)
        if self._second_clause_cue(verb):
            # "Officials said the fire was out and added that ...", parsed with "added" as a
            # second clause of "said": the speaker is who said.
            return self._subject(head, depth + 1)
        if (
            verb.dep_ == "conj"
            and head.i < verb.i
            and head.pos_ in ("VERB", "AUX")
            and self.actor(head) is not None
        ):
            # "Save the Children and the Norwegian Refugee Council called on ...", parsed
            # with the name's "Save" a verb the cue is joined to: the names before it speak
            return self._subject_on_the_left(verb)
        if (
            verb.dep_ == "conj"
            and verb.tag_ in _FINITE_TAGS
            and not any(c.dep_ == "cc" for c in self._children(head) if c.i < verb.i)
        ):
            # "X was suspended after testing positive for a banned agent, the Athletics
            # Integrity Unit (AIU) said": the parser joined the cue to the clause with no
            # "and" between and made the speaker an apposition of the clause's last noun
            appositive = self._appositive_speaker(verb)
            if appositive is not None:
                return appositive
        inherits = verb.dep_ in ("conj", "xcomp", "dep", "pcomp") or (
            verb.dep_ == "advcl"
            and (verb.tag_ == "VBG" or self._is_infinitive(verb) or self._perfect_participle(verb))
        )
        # "said the community was 'shaken' and thanked ...": a clause whose head the tagger
        # took for an adjective is a clause all the same
        clause_head = head.pos_ in ("VERB", "AUX") or (head.pos_ == "ADJ" and head.dep_ == "ccomp")
        if (
            verb.dep_ == "xcomp"
            and head.pos_ == "ADJ"
            and head.dep_ == "acomp"
            and head.head.pos_ in ("VERB", "AUX")
            and self._is_infinitive(verb)
        ):
            # "He was quick to call for calm", "was keen to stress": the subject of the
            # adjective's verb does what the infinitive says (not "it is hard to say")
            subject = self._subject(head.head, depth + 1)
            if subject is not None and (
                subject.lower_ not in ("it", "this", "that", "there")
                or self.actor(subject) is not None
            ):
                return subject
            return None
        if inherits and head.i != verb.i and clause_head:
            controller = self._object_controller(verb, head)
            if controller is not None:
                return controller  # "prompted senators to demand": the senators demand
            # Of several passive subjects (a misparse over a heading), the nearest.
            passive = min(
                (c for c in self._children(head) if c.dep_ == "nsubjpass"),
                key=lambda c: abs(c.i - verb.i),
                default=None,
            )
            if passive is not None and passive.lower_ not in ("it", "which", "that"):
                outer = self._outer_cue(verb, head, passive)
                if outer is not None:
                    # "announced that an inquiry was opened and stated that ...": the
                    # announcer states, not the inquiry.
                    return self._subject(outer, depth + 1)
                return passive  # "could be heard declaring", "was arrested and said"
            sibling = self._nearer_conjunct_subject(verb, head)
            if sibling is not None:
                return sibling  # "A sat up, said ..., and then the woman smiled, said ..."
            inherited = self._subject(head, depth + 1)
            outer = self._outer_cue(verb, head, inherited)
            if outer is not None:
                # "Wang said the talks were useful and added that ...": the parser joined
                # "added" to the reported clause; the speaker is the outer cue's.
                return self._subject(outer, depth + 1)
            return inherited
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN"):
            noun = verb.head
            if noun.dep_ == "dobj" and noun.lemma_.lower() in self.lexicon.nouns:
                # "issued a statement saying ...": whoever issued it.
                return self._subject(noun.head, depth + 1)
            if noun.dep_ == "pobj" and noun.lemma_.lower() in _TIME_NOUNS:
                governor = noun.head.head
                if governor.pos_ in ("VERB", "AUX"):
                    # "intervened twice, at one point warning the MP that ...": the
                    # subject's, whom the parser hung on the time
                    return self._subject(governor, depth + 1)
            if (
                noun.dep_ == "pobj"
                and noun.head.lower_ in ("with", "without")
                and not self._after_comma(verb)
                and not self._is_document(noun)
            ):
                # "..., with several capitals urging Tehran to ...": the participle has its
                # own subject, the object of "with", actor or not
                return noun
            adjunct = self._after_comma(verb) and noun.ent_type_ != "PERSON"
            if (_is_place(noun) or adjunct) and noun.dep_ in ("dobj", "pobj"):
                # "took to the streets chanting ...": not the streets but who took to them;
                # "circled the Victory Monument, chanting ...": a participle set off by a
                # comma is the subject's, unless it follows a person.
                governor = noun.head.head if noun.dep_ == "pobj" else noun.head
                if governor.pos_ in ("VERB", "AUX"):
                    return self._subject(governor, depth + 1)
                return None
            return noun
        age = next((c for c in verb.lefts if c.dep_ == "amod" and age_description(c)), None)
        if age is not None:
            return age  # "the 24-year-old said", parsed with "the" and "old" on the verb
        if verb.tag_ in _FINITE_TAGS:
            return (
                self._inverted_subject(verb)
                or self._appositive_speaker(verb)
                or self._subject_on_the_left(verb)
            )
        return None

    def headline_subject(self, word: Token) -> Token | None:
        """Return the subject of a headline's cue in the present the parser made a modifier.

        "Pope appeals for peace in Sudan", "Red Cross appeals for funds", "UN chief appeals
        for calm": headlines drop the article, and the parser reads the name before the verb
        as a compound of it, or the verb as a plural noun the name modifies. The cue is the
        headline's root, with no subject of its own and the speaker right before it; a
        plural noun is read so only when the headline has no verb at all.
        """
        if word.idx >= self.heading_end or word.dep_ != "ROOT" or word.i == 0:
            return None
        if word.tag_ not in ("VBZ", "VBP") and not (
            word.tag_ == "NNS"
            and word.lower_.endswith("s")
            and self.lexicon.is_cue(self._lemma(word))
            and not any(t.tag_ in _FINITE_TAGS or t.tag_ == "MD" for t in self._sentence(word))
        ):
            return None
        children = self._children(word)
        if any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.i < word.i for c in children):
            return None
        before = self.tokens[word.i - 1]
        if before.head != word or before.dep_ not in ("compound", "amod", "nmod"):
            return None
        names = range(before.left_edge.i, before.i + 1)
        if not (
            any(self._may_speak(self.tokens[i]) for i in names)
            or any(self._speaking_word(self.tokens[i]) for i in names)
        ):
            return None
        return before

    def document_read_subject(self, word: Token) -> Token | None:
        """Return the document whose words "read" frames, when the parser took it for a noun.

        '"We were told nothing," the post read.': the parser reads "post read" as one noun
        with "post" its compound. The word "read" or "reads" as the root of its sentence,
        right after a document noun hung on it ("post", "statement", "letter", "sign"), is
        the verb the document speaks with.
        """
        if word.lower_ not in ("read", "reads") or word.pos_ not in ("NOUN", "PROPN"):
            return None
        if word.i == 0:
            return None
        before = self.tokens[word.i - 1]
        if before.head != word or before.dep_ not in ("compound", "nmod", "amod"):
            return None
        if word.dep_ != "ROOT" and not self._closes_quoted_sentence(word):
            return None
        return before if self._is_document(before) else None

    def _document_read_after_quote(self, verb: Token) -> Token | None:
        """Return the document of '"...," read the post.', which the parser takes for an object.

        "read" right after a quotation and its comma, with no subject of its own, is the
        inverted "the post read": the document it reads as ("the post", "a sign on the
        door", "the statement from the council") is what speaks.
        """
        if verb.lower_ not in ("read", "reads") or verb.i < 2:
            return None
        if not (
            self.tokens[verb.i - 1].is_quote and self.tokens[verb.i - 2].text in (",", "!", "?")
        ):
            return None
        children = self._children(verb)
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in children):
            return None
        return next(
            (c for c in children if c.dep_ == "dobj" and c.i > verb.i and self._is_document(c)),
            None,
        )

    def _closes_quoted_sentence(self, word: Token) -> bool:
        """Whether ``word`` ends its sentence right after a quotation and its comma.

        '"Thank you to everyone who voted," the post read.': the parser makes "the post
        read" the object of the quotation's verb; a phrase set after the closing mark and
        ending the sentence is still the one that frames it.
        """
        following = self.tokens[word.i + 1] if word.i + 1 < len(self.tokens) else None
        if following is not None and following.text not in (".", "!", "?"):
            return False
        first = word.left_edge.i
        while first < word.i and self.tokens[first].is_punct:
            first += 1  # the closing mark the parser may hang on the phrase
        return (
            first >= 2
            and self.tokens[first - 1].is_quote
            and self.tokens[first - 2].text in (",", "!", "?")
        )

    def verb_read_as_modifier(self, verb: Token) -> Token | None:
        """Return the subject of a verb the parser hung on it as a modifier, or None.

        "Bremen's mayor, Thomas Reinke, called the announcement ...": a verb right after
        the comma that closes a name in apposition, in the past tense ("called"), or as a
        participle in a sentence with no verb of its own ("posted on LinkedIn that ..."),
        is the sentence's verb; the phrase before the name is its subject.
        """
        if verb.dep_ != "acl" or verb.i < 3 or self.tokens[verb.i - 1].text != ",":
            return None
        named = verb.head
        if named.dep_ == "appos":
            phrase = named.head
        elif any(c.dep_ == "appos" and c.i < verb.i for c in named.children) or any(
            # "Sikorski, whose government pays for the terminals, posted on X that ..."
            c.dep_ == "relcl" and c.right_edge.i == verb.i - 2 and self._after_comma(c)
            for c in named.children
        ):
            phrase = named
        else:
            return None
        if phrase.right_edge.i not in (verb.i - 1, verb.i - 2) and named.right_edge.i < verb.i - 2:
            return None
        if verb.tag_ == "VBD":
            return phrase
        root = self._sentence(verb).root
        if verb.tag_ == "VBN" and root.pos_ not in ("VERB", "AUX"):
            return phrase
        if (
            verb.tag_ == "VBN"
            and self.lexicon.is_cue(self._lemma(verb))
            and not any(c.dep_ in ("aux", "auxpass", "agent") for c in verb.children)
            and self._that_clause_beside(phrase, verb) is not None
        ):
            # "Sikorski, whose government pays ..., posted on X that ... and noted that
            # ...": a participle takes no that-clause; "posted" is the sentence's verb
            return phrase
        return None

    @staticmethod
    def _that_clause_beside(phrase: Token, verb: Token) -> Token | None:
        """Return a that-clause after ``verb`` the parser hung on ``phrase`` or beside it."""
        return next(
            (
                clause
                for holder in (phrase, verb.head)
                for clause in holder.rights
                if clause.i > verb.i
                and clause.dep_ in ("acl", "relcl", "ccomp")
                and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
            ),
            None,
        )

    def _clause_beside_misread_verb(self, verb: Token) -> Token | None:
        """Return the that-clause the parser hung beside a verb it read as a modifier.

        "Lumora's officer, Felix Brandt, posted on LinkedIn that the battery lasted": with
        "posted" a modifier of "officer", so is "lasted"; it is what was posted.
        """
        phrase = self.verb_read_as_modifier(verb)
        if phrase is None:
            return None
        return self._that_clause_beside(phrase, verb)

    def _cue_above_gerund(self, verb: Token, gerund: Token) -> Token | None:
        """Return the cue a finite ``verb``, misjoined to ``gerund``, is the second of.

        The cue in the same tense as ``verb``, above the gerund through its preposition and
        the phrases it hangs on, and through one reported clause ("told the council that his
        government was committed to protecting civilians and accused aid agencies").
        """
        if verb.tag_ not in ("VBD", "VBN", "VBZ") or any(
            c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in self._children(verb)
        ):
            return None
        # a participle with no auxiliary is a past the tagger misread ("and accused ...")
        tense = "VBD" if verb.tag_ == "VBN" else verb.tag_
        outer = gerund
        for _ in range(6):
            if outer.head.i == outer.i:
                return None
            outer = outer.head
            lemma = self._lemma(outer)
            cue = self.lexicon.is_cue(lemma)
            if outer.pos_ == "VERB" and cue and outer.tag_ == tense:
                return outer
            if outer.dep_ not in ("prep", "pobj", "dobj", "pcomp", "ccomp", "acomp"):
                return None
        return None

    def _outer_cue(self, verb: Token, head: Token, subject: Token | None) -> Token | None:
        """Return the cue whose reported clause the parser joined ``verb`` to, if it speaks.

        In "Wang said the talks were useful and added that ...", "added" hangs from "were"
        with no subject of its own; when the clause's subject cannot speak ("the talks"),
        the speaker is the outer cue's.
        """
        if verb.dep_ != "conj":
            return None
        said = self._cue_of_clause(head)
        if head.dep_ == "xcomp" and self._is_infinitive(head):
            # "urged the presidency to restore it and called on all parties": a cue in the
            # past joined to the infinitive the first cue urged is that cue's second
            if verb.tag_ != "VBD" or any(
                c.dep_ in ("aux", "auxpass") for c in self._children(verb)
            ):
                return None
        elif head.dep_ == "pcomp" and head.tag_ == "VBG":
            # "accused the armed groups of using starvation as a weapon and called on all
            # parties": a verb in the past cannot be joined to a gerund; it is the second of
            # the cue above the gerund in the same tense
            return self._cue_above_gerund(verb, head)
        elif head.dep_ == "acl" and head.head.pos_ == "NOUN":
            # "expressed concern over reports that journalists had been hit ... and called
            # on the government": a plain past joined to a clause shifted back, of a noun
            # the cue is about, is the cue's second; so is one joined to a clause whose
            # subject cannot speak ("said in a statement that uncertainty was hurting
            # businesses and urged the administration to ...")
            if subject is None:
                # a passive clause's subject too: "reports that aid was being blocked and
                # called on Israel to ...": aid calls on no one
                subject = next(
                    (c for c in self._children(head) if c.dep_ in ("nsubj", "nsubjpass")), None
                )
            if not self._tense_steps_out(verb, head) and (
                subject is None or self._may_speak(subject)
            ):
                return None
            noun = head.head
            outer = noun.head.head if noun.dep_ == "pobj" else noun.head
            if outer.pos_ == "NOUN" and outer.dep_ == "dobj":
                outer = outer.head  # "expressed concern over reports that ..."
            lemma = self._lemma(outer)
            if outer.pos_ == "VERB" and (self.lexicon.is_cue(lemma)):
                return outer
            return None
        elif (
            head.dep_ == "ccomp"
            and head.head.tag_ == "VBD"
            and any(c.dep_ == "aux" and c.lower_ == "had" for c in self._children(verb))
        ) or (
            said is not None
            and self.lexicon.is_cue(self._lemma(said))
            and head.dep_ == "ccomp"
            and head.i < verb.i
            and any(c.dep_ == "aux" and c.tag_ == "MD" for c in self._children(verb))
        ):
            # "said the company takes the allegations seriously and had asked Greenpeace":
            # the past perfect is the reported clause's tense, not the cue's; so is a modal:
            # "wrote that households had paid a heavy price and would welcome the relief"
            return None
        elif (
            said is None
            or (
                self._may_speak(subject)
                and not self._tense_steps_out(verb, head)
                and not self._speaker_again(verb, subject, said)
                and not self._body_goes_on(verb, head, subject)
            )
            or self._feeling_goes_on(verb, head, subject)
        ):
            return None
        elif (
            self._but_between(head, verb)
            and any(c.dep_ == "nsubj" for c in head.children)
            # not after a modal: "said the government would support it, but ruled out ..."
            and not any(c.tag_ == "MD" for c in head.children)
            # nor after what something is or remains: "said Moscow remained open to talks
            # but accused Kyiv of stalling" is the speaker's contrast, not Moscow's words
            and not (head.lemma_ in _STATES and verb.tag_ == "VBD")
        ):
            # "said the board had considered holding rates but concluded that ...": what
            # "but" joins to a clause said of the board is the board's too
            return None
        # "pointed out that ... and said", "said the mission showed that Europe could ...
        # and announced": the cue over the clause, through one more reported clause at most
        if said is not None and head.dep_ == "relcl":
            return said if self.lexicon.is_cue(self._lemma(said)) else None
        outer = head.head
        for _ in range(2):
            if outer.i == head.i:
                return None
            lemma = self._lemma(outer)
            if self.lexicon.is_cue(lemma):
                return outer
            if outer.dep_ != "ccomp":
                return None
            head, outer = outer, outer.head
        return None

    def _feeling_goes_on(self, verb: Token, head: Token, subject: Token | None) -> bool:
        """Whether a cue of feeling joined to a clause of how a person felt is that person's.

        "Parolin said the pope was worried and hoped the trip would bring peace": a verb
        that voices a feeling ("hoped", "regretted"), joined with no subject of its own to
        a clause that says a person, named or by a noun of people, was in some state of
        mind ("was worried", "was disappointed"), goes on with that person, not the speaker
        ("said Iran was dangerous and hoped ..." is still the speaker's; so is one after a
        pronoun, which may be the speaker).
        """
        entry = self.lexicon.verbs.get(self._lemma(verb))
        if entry is None or entry.act is not SpeechAct.EXPRESS or subject is None:
            return False
        if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children):
            return False
        if head.lemma_ != "be" or not any(
            c.dep_ == "acomp" and (c.tag_ == "VBN" or c.lower_.endswith("ed"))
            for c in head.children
        ):
            return False
        if subject.pos_ == "PRON":
            return False
        actor = self.actor(subject)
        if actor is not None:
            return self.actor_kinds.get(actor) == "person"
        return subject.ent_type_ == "PERSON" or subject.lemma_.lower() in _person_words()

    def _body_goes_on(self, verb: Token, head: Token, subject: Token | None) -> bool:
        """Whether a cue with a that-clause, joined to a clause about a body, is the speaker's.

        "Scholz said Germany shared that goal and noted that Berlin had raised its budget":
        a plain past with a that-clause of its own, joined to a clause whose subject is a
        country that says nothing there, is the outer speaker going on, not the country
        noting; so is one that asks someone to act ("said Japan valued its ties with Manila
        and urged China to respect international law"). Not in the reported tense ("and
        would appeal", "and had noted"), nor after a person ("said Macron shared it and
        noted that ...").
        """
        if subject is None or verb.tag_ != "VBD" or self.lexicon.is_cue(self._lemma(head)):
            return False
        if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children):
            return False
        if (
            not any(
                c.dep_ == "ccomp"
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                for c in verb.children
            )
            and not self._asks_someone(verb)
            and not self._names_something(verb)
        ):
            return False
        if subject.pos_ == "PRON" or subject.ent_type_ == "PERSON":
            return False
        # a country, which speaks through its leaders; not a body that speaks itself ("said
        # the Fed held rates and signalled that ...": the Fed signalled)
        actor = self.actor(subject)
        return actor is not None and self.actor_kinds.get(actor) == "country"

    def _request_over_infinitives(self, verb: Token) -> Token | None:
        """Return the cue a participle set off by a comma goes with, over nested infinitives.

        In "asked the court to order Israel to halt its operations, telling the judges
        that ...", the parser may hang "telling" on "halt", an infinitive inside the
        infinitive "to order" the cue asks for: the participle is the cue's, as it is when
        hung on the first infinitive. Not when it hangs on a finite verb on the way.
        """
        if verb.dep_ != "advcl" or verb.tag_ != "VBG" or not self._comma_before(verb):
            return None
        inner = verb.head
        steps = 0
        while inner.dep_ in ("xcomp", "ccomp") and self._is_infinitive(inner):
            inner = inner.head
            steps += 1
        if steps < 2 or inner.pos_ != "VERB" or inner.lemma_.lower() not in self.lexicon.verbs:
            return None
        return inner

    def _asks_someone(self, verb: Token) -> bool:
        """Whether ``verb`` asks someone to do something: "urged China to respect the law".

        An infinitive after the one asked, the object or the object of a particle ("called
        on Beijing to ..."): a statement of its own, as a that-clause is.
        """
        children = self._children(verb)
        asked = [
            c.i
            for c in children
            if c.dep_ == "dobj"
            or (c.dep_ == "prep" and any(g.dep_ == "pobj" for g in self._children(c)))
        ]
        return any(
            c.dep_ == "xcomp" and self._is_infinitive(c) and any(i < c.i for i in asked)
            for c in children
        )

    def _names_something(self, verb: Token) -> bool:
        """Whether ``verb`` calls something by a name: "described the accusations as absurd".

        A naming cue with its object and what the object is called judges on its own, as a
        that-clause reports.
        """
        entry = self.lexicon.verbs.get(self._lemma(verb))
        naming = (entry is not None and "naming" in entry.takes) or any(
            phrase.requires == "as" for phrase in self.lexicon.phrases.get(self._lemma(verb), ())
        )
        return (
            naming
            and any(c.dep_ == "dobj" for c in self._children(verb))
            and self._naming_predicate(verb) is not None
        )

    @staticmethod
    def _but_between(head: Token, verb: Token) -> bool:
        """Whether "but" or "yet" joins ``verb`` to ``head``: "had considered ... but concluded"."""
        return any(
            c.dep_ == "cc" and c.lower_ in ("but", "yet") and head.i < c.i < verb.i
            for c in head.children
        )

    def _cut_at_joined_cues(self, draft: _Draft, verb: Token) -> None:
        """End the content before a cue the parser joined to the reported clause.

        "Vogel said the mission showed that Europe could do it and announced that Germany
        would pay": "announced" is Vogel's second statement, not part of her first.
        """
        if not draft.content:
            return
        speaker = self._subject(verb) if verb.pos_ in ("VERB", "AUX") else None
        clauses = [
            clause
            for prep in self._children(verb)
            if prep.dep_ == "prep" and prep.i > verb.i
            for place in self._children(prep)
            for clause in self._children(place)
            if self._cue_of_clause(clause) == verb  # "said in a press release that ..."
        ]
        beside = self._clause_beside_misread_verb(verb)
        if beside is not None:
            clauses.append(beside)  # "X, an adviser, posted on X that ... and demanded ..."
        for clause in [*self._children(verb), *clauses]:
            if speaker is None or clause.dep_ not in ("ccomp", "relcl") or clause.i < verb.i:
                continue
            if not self._conjunct_within(clause.i + 1, clause.right_edge.i + 1):
                continue  # no conjunct after the clause's verb: no cue joined to it
            for token in clause.subtree:
                if token.dep_ != "conj" or token.i <= clause.i:
                    continue
                if not self._cue_as_written(token):
                    continue
                if token.tag_ not in ("VBD", "VBZ", "VBP") or any(
                    c.dep_ in ("nsubj", "nsubjpass", "csubj", "mark") for c in self._children(token)
                ):
                    continue  # not "..., widening a war and raising ...", "and that ..."
                joined = self._subject(token)
                if joined is None or joined.i != speaker.i:
                    continue
                self._cut_before_joined(draft, token, clause.left_edge.i)
                return
        # "expressed concern over reports that ... and called on the government": a cue
        # joined to a clause of the noun the content is about
        start, end = draft.content[0][0], draft.content[-1][1]
        first = max(bisect.bisect_right(self.token_starts, start), verb.i + 1)
        last = min(bisect.bisect_left(self.token_starts, end), self._sentence(verb).end)
        for index in range(first, last):
            token = self.tokens[index]
            if (
                token.dep_ == "conj"
                and token.head.dep_ == "pcomp"
                and token.head.tag_ == "VBG"
                and self._cue_as_written(token)
                and self._cue_above_gerund(token, token.head) == verb
            ):
                # "accused the groups of using starvation ... and called on all parties"
                self._cut_before_joined(draft, token, verb.i)
                return
            if token.dep_ != "conj" or token.head.dep_ != "acl":
                continue
            if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in self._children(token)):
                continue  # "said in a statement that ... and that it expected ...": said too
            outer = self._outer_cue(token, token.head, None)
            # the cue over the noun, or the noun cue itself ("reports that ...")
            if outer is not None and verb in (outer, token.head.head):
                self._cut_before_joined(draft, token, verb.i)
                return

    def _cut_before_joined(self, draft: _Draft, joined: Token, floor: int) -> None:
        """End ``draft``'s content before the "and" (or the word) that joins cue ``joined``."""
        cc = next(
            (c for c in self._children(joined.head) if c.dep_ == "cc" and c.i < joined.i),
            None,
        )
        last = (cc.i if cc is not None else joined.i) - 1
        while last > floor and self.tokens[last].is_punct:
            last -= 1
        cut = self.tokens[last].idx + len(self.tokens[last].text)
        draft.content = [(a, min(b, cut)) for a, b in draft.content if a < cut]

    def _speaker_again(self, verb: Token, subject: Token | None, outer: Token) -> bool:
        """Whether a joined cue's subject is a pronoun for the outer cue's speaker.

        "Lindahl said she was alarmed and urged both sides to ...": she is Lindahl, who
        urged, whichever clause the parser joins "urged" to; not "said she had urged".
        """
        if subject is None or subject.pos_ != "PRON" or verb.tag_ != "VBD":
            return False
        if any(child.dep_ in ("aux", "auxpass") for child in self._children(verb)):
            return False
        speaker = next((c for c in self._children(outer) if c.dep_ == "nsubj"), None)
        said_by = self.actor(speaker) if speaker is not None else None
        return said_by is not None and self.actor(subject) == said_by

    def _cue_of_clause(self, head: Token) -> Token | None:
        """Return the verb whose reported clause ``head`` is, or None.

        A clausal complement ("said [the talks were useful]"), or a that-clause the parser
        made a relative clause of the setting ("said in a press release [that it regrets
        ...]"): a relative "that" is its clause's subject or object, no mark.
        """
        if head.dep_ == "ccomp":
            return head.head
        if head.dep_ != "relcl" or not any(
            c.dep_ == "mark" and c.lower_ == "that" and c.i < head.i for c in self._children(head)
        ):
            return None
        place = head.head
        misread = next(
            (
                c
                for c in place.children
                if c.dep_ == "acl" and c.i < head.i and self._clause_beside_misread_verb(c) == head
            ),
            None,
        )
        if misread is not None:
            # "Podolyak, an adviser, posted on X that the outage had left ...": the clause
            # the parser hung on the name beside the verb it read as a modifier
            return misread
        if place.dep_ != "pobj" or place.head.dep_ != "prep":
            return None
        verb = place.head.head
        return verb if verb.pos_ in ("VERB", "AUX") and verb.i < place.i else None

    @staticmethod
    def _tense_steps_out(verb: Token, head: Token) -> bool:
        """Whether ``verb`` is in the outer cue's tense, not its reported clause's.

        "Odinga said Ruto had lost the authority to govern and called for the bill to be
        withdrawn": the clause is shifted back ("had lost", "would"), the joined cue is a
        plain past like "said", so the speaker of "said" called for it. So too when the
        clause keeps the present or the future ("said Iran is dangerous and urged the
        administration to act"), or says what something was ("said Iran was dangerous and
        urged ..."): a plain past joined to it is no part of it.
        """
        shifted = any(
            c.dep_ == "aux" and c.lower_ in ("had", "would", "could", "might")
            for c in head.children
        )
        # what the clause says is, or will be ("Iran is dangerous", "Iran will attack"), also
        # shifted back ("Iran was dangerous"), not what goes on ("soldiers are looting homes
        # and threatened anyone who resisted", "soldiers were looting homes and threatened")
        present = (head.lemma_ in _STATES and head.tag_ in ("VBZ", "VBP", "VBD")) or any(
            c.dep_ == "aux" and c.lower_ in ("will", "can", "may", "must", "shall")
            for c in head.children
        )
        own = any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        return (shifted or present) and not own and verb.tag_ == "VBD"

    @staticmethod
    def _perfect_participle(verb: Token) -> bool:
        """Whether ``verb`` is a participle with "having": "..., having long warned of ..."."""
        return verb.tag_ == "VBN" and any(
            c.dep_ == "aux" and c.lower_ == "having" for c in verb.children
        )

    def _object_controller(self, verb: Token, head: Token) -> Token | None:
        """Return the object that does what an infinitive says: "forced the minister to admit".

        Not for verbs whose subject keeps the deed ("promised voters to ...").
        """
        if verb.dep_ != "xcomp" or not self._is_infinitive(verb):
            return None
        if head.lemma_.lower() in _SUBJECT_CONTROL:
            return None
        return next(
            (
                c
                for c in self._children(head)
                if c.dep_ == "dobj" and c.i < verb.i and c.pos_ in ("NOUN", "PROPN", "PRON")
            ),
            None,
        )

    def _appositive_speaker(self, verb: Token) -> Token | None:
        """Find the speaker the parser took for an apposition: "..., a UN official told VOA".

        In "families were leaving the valley, a UN official told VOA", the parse may make
        "official" an apposition of "valley" and leave the cue without a subject.
        """
        index = verb.i - 1
        while index > self._sentence(verb).start and self.tokens[index].pos_ == "ADV":
            index -= 1
        if index <= self._sentence(verb).start:
            return None
        for candidate in (self.tokens[index], *self.tokens[index].ancestors):
            if candidate.i >= verb.i:
                return None
            if candidate.dep_ != "appos" or candidate.right_edge.i != index:
                continue
            comma = candidate.left_edge.i - 1
            if (
                comma > self._sentence(verb).start
                and self.tokens[comma].text == ","
                and candidate.pos_ in ("NOUN", "PROPN")
                and not self._touches_quote(candidate)
            ):
                return candidate
            return None
        return None

    def _inverted_subject(self, verb: Token) -> Token | None:
        """Find the subject after a cue that follows a quotation: '"...," said Holmes, ...'.

        The parser sometimes makes "Holmes" the subject of what comes after it.
        """
        before = verb.i - 1
        while before >= 0 and self.tokens[before].is_space:
            before -= 1
        if before < 0 or not (self.tokens[before].is_punct or self.quote_of[before] >= 0):
            return None
        if verb.i + 1 >= len(self.tokens):
            return None
        noun = self.tokens[verb.i + 1]
        if noun.pos_ not in ("PROPN", "NOUN", "PRON", "DET", "ADJ", "NUM"):
            return None
        after_quote = self.tokens[before].is_quote or self.quote_of[before] >= 0
        if (
            not after_quote
            and noun.dep_ in SUBJECT_DEPS
            and noun.head.dep_ == "ccomp"
            and noun.head.head.i == verb.i
        ):
            return None  # "McConnell, asked about it, said he was ...": he is in the words
        # Climb "Kerry 's spokesman" to "spokesman", staying inside the noun phrase.
        while noun.dep_ in ("compound", "poss", "det", "amod", "case", "flat", "nummod") and (
            noun.head.i > noun.i and noun.head.pos_ in ("NOUN", "PROPN")
        ):
            noun = noun.head
        return noun if noun.pos_ in ("PROPN", "NOUN", "PRON") else None

    def _speaking_word(self, noun: Token) -> bool:
        """Whether a noun names someone who can speak, or something said ("his remarks").

        "Evidence suggests", "an engine problem raised fears": no one speaks.
        """
        words = _speaker_words()
        lemma = noun.lemma_.lower()
        return (
            lemma in words
            or noun.lower_ in words
            or lemma in self.lexicon.nouns
            or _SPOKEN.search(lemma) is not None
        )

    def _may_speak(self, token: Token | None) -> bool:
        """Whether ``token`` names someone who can speak: a person, group, pronoun or actor."""
        if token is None:
            return False
        if token.ent_type_ in _ENTITY_LABELS or self.actor(token) is not None:
            return True
        return token.pos_ == "PRON" and token.lower_ not in ("it", "which", "that", "this")

    def _subject_on_the_left(self, verb: Token) -> Token | None:
        """Find the subject of a finite cue the parser left without one, skipping an aside.

        "Li, according to Xinhua, called on ..." is often parsed with "called" hanging from
        "agency"; the subject is the noun before the comma-delimited aside.
        """
        start = self._sentence(verb).start
        index = verb.i - 1
        while index >= start:
            token = self.tokens[index]
            if token.pos_ in ("ADV", "PART") or token.is_space or token.ent_type_ in _WHEN_ENTITIES:
                index -= 1  # "Obama Sunday ordered ...": the day between name and verb
                continue
            if token.text == ",":
                index -= 1
                while index >= start and self.tokens[index].text != ",":
                    index -= 1
                index -= 1
                continue
            if token.pos_ in ("NOUN", "PROPN", "PRON") and not self._in_quote(token):
                # "Macron and Scholz vow ...": the first of the names joined before the cue
                while (
                    token.dep_ == "conj"
                    and start <= token.head.i < token.i
                    and token.head.pos_ in ("NOUN", "PROPN")
                    and self._joined_by_and(token.head.i, token.i)
                ):
                    token = token.head
                return token
            return None
        return None

    def _joined_by_and(self, first: int, second: int) -> bool:
        """Whether only the words of a name and one conjunction lie between two tokens."""
        between = self.tokens[first + 1 : second]
        return sum(t.dep_ == "cc" for t in between) == 1 and not any(
            t.is_punct or t.is_space for t in between
        )

    @staticmethod
    def _name_before_day(day: Token) -> Token | None:
        """Return the name the parser made a compound of a day that precedes the cue."""
        return max(
            (
                c
                for c in day.lefts
                if c.dep_ == "compound" and c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
            ),
            key=lambda c: c.i,
            default=None,
        )

    def _mention(self, head: Token, cue: tuple[int, int]) -> tuple[int, int]:
        """Return the speaker as written: the phrase around an actor's mention, or the subject's.

        "US climate envoy John Kerry" stays whole around "John Kerry", the name the actors
        component marked; a speaker no actor covers keeps its phrase without participle or
        date asides. Either way appositives and relative clauses join it ("a senior official,
        who asked not to be named").
        """
        named = self._actor_mention(head)
        # "Iran's IRNA news agency said": the name modifies the noun that speaks; the phrase
        # as written is the noun's, not the name alone
        # "Residents of the town said": a common noun's phrase is written with what follows
        # it, as when no actor covers it
        common = head.pos_ == "NOUN" and named is not None and named[1] == head.i + 1
        if (
            named is not None
            and not named[1] <= head.i
            and not self._in_apposition(head, named)
            and not common
        ):
            span = self._with_appositions(head, *self._as_written(*named, cue), cue)
            return self._without_floating_quantifier(*span)
        excluded: set[int] = set()
        appositions = [c.i for c in head.rights if c.dep_ == "appos"]
        for child in self._children(head):
            subtree = _subtree_range(child)
            aside = (
                child.lower_ == "according"
                or subtree[0] <= cue[0] < subtree[1]
                or self._participle_aside(head, child)
                # "a letter from the ministry seen by Reuters": the parser may hang who read
                # the letter on its author
                or (child.dep_ == "acl" and child.lemma_.lower() in _READING_VERBS)
                or (child.dep_ in ("relcl", "appos") and self._after_comma(child))
                or self._when(child)
                # "adviser Sartaj Aziz on the other hand said": not after the apposition
                or (appositions and child.i > appositions[0] and child.dep_ == "prep")
            )
            if aside or (
                child.dep_ in ("acl", "relcl", "advcl")
                and self._is_cue(child)
                and self._naming_participle(child) is None  # "a widow called Mrs. Tursun"
            ):
                excluded.update(range(*subtree))
        start, end = _subtree_range(head)
        if start <= cue[0] < end:
            start, end = self._noun_phrase(head)
            naming = next((c for c in head.rights if c.i == end), None)
            if naming is not None and self._naming_participle(naming) is not None:
                # "a widow called Mrs. Tursun, who explained": the name she is given
                end = max([end, *(c.i + 1 for c in naming.rights if c.i < cue[0])])
        # Keep the contiguous stretch around the head, within its line.
        left = head.i
        while left - 1 >= start and (left - 1) not in excluded and not self._line_break(left - 1):
            left -= 1
        right = head.i + 1
        while right < end and right not in excluded and not self._line_break(right):
            right += 1
        start, end = self._trim_tokens(left, right)
        if age_description(head):
            # "the 24-year-old": the age is no date aside, and the article may hang on the verb
            start = head.left_edge.i
            if start > 0 and self.tokens[start - 1].lower_ == "the":
                start -= 1
        elif start > 0 and self._stray_article(self.tokens[start - 1], start, end):
            start -= 1  # "A No 10 spokesperson said": the parser hangs "A" on the verb
        return self._without_floating_quantifier(*self._with_appositions(head, start, end, cue))

    def _without_floating_quantifier(self, start: int, end: int) -> tuple[int, int]:
        """Drop "all", "both" or "each" after the speaker's phrase: "The ministers all said".

        The quantifier tells how many of them spoke; the phrase that names them ends before it.
        """
        last = self.tokens[end - 1] if end - 1 > start else None
        if (
            last is not None
            and last.lower_ in ("all", "both", "each")
            and last.tag_ == "DT"
            and last.dep_ in ("appos", "advmod", "det", "dep")
            and start <= last.head.i < end - 1
        ):
            return start, end - 1
        return start, end

    @staticmethod
    def _stray_article(token: Token, start: int, end: int) -> bool:
        """Whether an article right before the phrase ``[start, end)`` belongs to it."""
        return (
            token.lower_ in ("a", "an", "the")
            and token.dep_ == "dep"
            and not start <= token.head.i < end
        )

    @staticmethod
    def _in_apposition(head: Token, named: tuple[int, int]) -> bool:
        """Whether the name ``named`` is in apposition to ``head``: "A spokesman, Scott Craig".

        Also where the parser hangs the name on the object of the head's preposition: "The
        MP for Burnley, Oliver Ryan", "A spokeswoman for Portman, Caroline Vance".
        """
        heads = [head] + [
            o
            for c in head.rights
            if c.dep_ == "prep"
            for o in c.rights
            if o.dep_ == "pobj" and o.i < named[0]
        ]
        return any(
            child.dep_ == "appos"
            and child.left_edge.i <= named[0]
            and named[1] <= child.right_edge.i + 1
            for noun in heads
            for child in noun.rights
        )

    def _with_appositions(
        self, head: Token, start: int, end: int, cue: tuple[int, int]
    ) -> tuple[int, int]:
        """Extend the speaker's phrase over its appositives and relative clauses.

        "Pablo Ortega, the trade commissioner", "The network's mastermind, Osama bin Laden",
        "a senior official, who asked not to be named": as attribution corpora mark a source.
        Only what touches the phrase, with nothing but commas between, within its sentence
        and line; never the cue, a quotation, another cue or a participle aside.
        """
        rights = [c for c in head.rights if c.i >= end and c.dep_ != "punct"]
        lefts = [c for c in reversed(list(head.lefts)) if c.i < start and c.dep_ != "punct"]
        for child in rights:
            first, last = child.left_edge.i, child.right_edge.i + 1
            # "Bremen's mayor, Thomas Reinke, called ...": the verb read as the name's
            # modifier is no part of it
            last = min(
                [last]
                + [
                    c.i - 1
                    for c in child.rights
                    if c.dep_ == "acl" and self.verb_read_as_modifier(c) is not None
                ]
                # "Debbie Kowalski, a nurse at Erie General Hospital, who said": the cue's
                # clause, hung on the place that ends the apposition, is no part of it
                + [
                    c.left_edge.i
                    for c in (self.tokens[cue[0]],)
                    # the cue's word in the apposition's subtree, asked by its ancestors
                    # rather than by a walk over every word of the subtree
                    if (c.i == child.i or child.is_ancestor(c))
                    and c.dep_ == "relcl"
                    and c.left_edge.i > first
                ]
            )
            if (
                first == end > start
                and not self.tokens[end - 1].whitespace_
                and "-" in (self.tokens[end - 1].text, self.tokens[first].text)
                and not first <= cue[0] < last
            ):
                # "UNICEF, which co-authored the report,": the parser may cut a word at its
                # hyphen into pieces of its own, which run on with no space between
                end = last
                continue
            if not self._apposition_fits(child, first, last, cue):
                break
            if not self._only_commas(start, end, first):
                break
            end = last
        for child in lefts:
            first, last = child.left_edge.i, child.right_edge.i + 1
            if not self._apposition_fits(child, first, last, cue):
                break
            if last > start or not self._only_commas(first, last, start):
                break
            start = first
        start, end = self._trim_tokens(start, end)
        return start, self._closing_bracket(start, end)

    def _only_commas(self, start: int, end: int, until: int) -> bool:
        """Whether only commas lie between the phrase ``[start, end)`` and ``until``.

        A bracket closing one the phrase opened may too: "the Free Syrian Army (FSA), Salem
        Idris".
        """
        depth = self._open_brackets(start, end)
        for token in self.tokens[end:until]:
            if token.text == ")" and depth > 0:
                depth -= 1
            elif token.text != ",":
                return False
        return True

    def _open_brackets(self, start: int, end: int) -> int:
        return sum(
            1 if t.text == "(" else -1 if t.text == ")" else 0 for t in self.tokens[start:end]
        )

    def _closing_bracket(self, start: int, end: int) -> int:
        """Keep the bracket that closes one opened in the phrase: "the Coalition (CHIRLA)"."""
        if (
            self._open_brackets(start, end) > 0
            and end < len(self.tokens)
            and self.tokens[end].text == ")"
        ):
            return end + 1
        return end

    def _apposition_fits(self, child: Token, first: int, last: int, cue: tuple[int, int]) -> bool:
        """Whether ``child`` (its tokens ``[first, last)``) may join the speaker's phrase."""
        if child.dep_ not in ("appos", "relcl"):
            return False
        if child.dep_ == "appos" and (
            self.tokens[first].pos_ == "ADP" or child.tag_ in ("VBG", "VBN")
        ):
            return False  # "adviser Sartaj Aziz on the other hand", "McElroy, consulting papers"
        if first < cue[1] and cue[0] < last:
            return False
        if first < cue[0] < last or (child.dep_ == "relcl" and self._is_cue(child)):
            return False
        quote_of = self.quote_of
        for token in self.tokens[first:last]:
            # within its sentence and line, and outside quotations
            if token.is_quote or quote_of[token.i] >= 0 or self._line_break(token.i):
                return False
            if token.i != first and token.is_sent_start:
                return False
            if token.i != child.i and token.head.i == token.i:
                return False
        return True

    @staticmethod
    def _when(child: Token) -> bool:
        """Whether a dependent of the speaker's noun says when: "The opposition on Thursday"."""
        if child.dep_ == "npadvmod":
            return child.ent_type_ in ("DATE", "TIME")
        return child.dep_ == "prep" and any(
            word.dep_ == "pobj" and word.ent_type_ in ("DATE", "TIME") for word in child.children
        )

    def _line_break(self, index: int) -> bool:
        token = self.tokens[index]
        return token.is_space and "\n" in token.text

    def _as_written(self, start: int, end: int, cue: tuple[int, int]) -> tuple[int, int]:
        """Return the noun phrase a name heads, as written before it and with "of" a place.

        "US climate envoy John Kerry", "China's Premier Li Qiang", "the U.S.", "Mr. Li",
        "Gov. Bill Clinton of Arkansas", "Britain and France": the words before the name that
        the parser hangs from it (determiners, titles, modifiers, possessives), never across
        a comma, bracket, dash, quotation, line break or the cue; after it only names joined
        to it and "of" with a proper name ("to" too after a title: "Iran's ambassador to the
        IAEA"). Appositives and relative clauses are added by :meth:`_with_appositions`.
        """
        inside = [t for t in self.tokens[start:end] if not start <= t.head.i < end or t.head == t]
        if len(inside) != 1:
            return self._with_article(start, end)
        root = inside[0]
        floor = self._sentence(root).start
        if cue[1] <= start:
            floor = max(floor, cue[1])  # '"...," said envoy John Kerry': not the cue
        left, noun = start, root
        title = root.head
        if (
            root.dep_ == "appos"
            and title.i == start - 1
            and title.i >= floor
            and title.pos_ in ("NOUN", "PROPN")
            and self._clean(title)
        ):
            left, noun = title.i, title  # "the regional governor Tomas Lind", read as apposition
        while left - 1 >= floor:
            if self._premodifier(self.tokens[left - 1], noun):
                left -= 1
                continue
            opening = self._nickname_before(left, noun)
            if opening is None or opening <= floor:
                break
            left = opening  # 'Cordy Tindell "C.T." Vivian'
        while left < start and self.tokens[left].dep_ in ("punct", "cc", "case"):
            left += 1  # never open on a hyphen or on the "'s" of a possessive cut off
        if left - 2 >= floor and self.tokens[left - 1].lower_ in ("of", "for"):
            # "The President of the European Council Antonio Costa": the title before the
            # body the name follows
            title = self.tokens[left - 2]
            if title.lower_ in _title_words() and title.text[:1].isupper() and self._clean(title):
                left = max(floor, title.left_edge.i)
        right = self._coordinated(root, end, cue)
        after = self.tokens[end] if end < len(self.tokens) else None
        if (
            after is not None
            and after.head == root
            # "Gov. Bill Clinton of Arkansas"; a title: "Iran's ambassador to the IAEA"
            and (
                (after.lower_ == "of" and root.ent_type_ == "PERSON")
                or (after.lower_ in ("of", "to") and root.pos_ == "NOUN")
            )
            and not cue[0] <= after.right_edge.i < cue[1]
            and after.right_edge.i < (cue[0] if cue[0] > end else len(self.tokens))
        ):
            phrase = self.tokens[end : after.right_edge.i + 1]
            objects = [c for c in self._children(after) if c.dep_ == "pobj"]
            if (
                len(objects) == 1
                and objects[0].pos_ == "PROPN"
                and all(self._clean(t) and t.pos_ not in ("VERB", "AUX") for t in phrase)
            ):
                right = after.right_edge.i + 1
                # "of Rio Grande do Sul": the name goes on over a particle the parser cut
                while (
                    right + 1 < min(cue[0] if cue[0] > end else len(self.tokens), len(self.tokens))
                    and self.tokens[right + 1].pos_ == "PROPN"
                    and self._name_tail(self.tokens[right + 1])
                ):
                    right += 2
        return self._with_article(left, right)

    def _coordinated(self, root: Token, end: int, cue: tuple[int, int]) -> int:
        """Return where the names joined to ``root`` end: "Britain, France and Germany said".

        Only before the cue, and only names and their words: commas and "and"/"or", no verb;
        in a headline a comma alone joins them ("Britain, France, Germany urge ...").
        """
        # "Doctors Without Borders and the Red Cross said", "Save the Children and Oxfam
        # said": the parser may join the next name to a word inside the first
        conjuncts = [
            c
            for word in self.tokens[root.i : end]
            for c in word.rights
            if c.dep_ == "conj" and c.i >= end
        ]
        if not conjuncts or cue[0] < end:
            return end
        last = conjuncts[-1].right_edge.i + 1
        stretch = self.tokens[end:last]
        headline = self.tokens[cue[0]].idx < self.heading_end
        if last > cue[0] or not (headline or any(t.dep_ == "cc" for t in stretch)):
            return end
        for token in stretch:
            # "Medical Aid for Palestinians and Save the Children": a verb may be a name's
            verb = token.pos_ in ("VERB", "AUX") and self.actor(token) is None
            if verb or not (token.text == "," or self._clean(token)):
                return end
        return last

    def _nickname_before(self, index: int, root: Token) -> int | None:
        """Return where a short quoted nickname ends before ``index`` opens: 'Ann "Red" Lowe'.

        Only between two parts of the name: the word before the opening mark must belong
        to the phrase too.
        """
        closing = self.tokens[index - 1]
        if not closing.is_quote or index < 4:
            return None
        for opening in range(index - 2, max(index - 6, 1), -1):
            token = self.tokens[opening]
            if token.is_quote:
                words = self.tokens[opening + 1 : index - 1]
                if not words or any(not (w.is_title or w.is_upper) for w in words):
                    return None
                before = self.tokens[opening - 1]
                if before.pos_ != "PROPN" or not self._premodifier(before, root):
                    return None
                return opening
        return None

    def _premodifier(self, token: Token, root: Token) -> bool:
        """Whether ``token`` belongs to the words before ``root`` in its noun phrase."""
        if not self._clean(token):
            return False
        if token.tag_ in _FINITE_TAGS or token.tag_ == "VB":
            return False  # '"...," added Freeman, who ...': no verb before a name
        if token.text in ("-", "–", "/", "&"):  # "Director-General", glued on both sides
            before = self.tokens[token.i - 1] if token.i > 0 else None
            if token.whitespace_ or before is None or before.whitespace_:
                return False
            after = self.tokens[token.i + 1]
            if before.is_lower and after.is_title:
                return False  # a headline glued to its text: "... on trial-John Smith"
        child = token
        while child.head != root:
            if child.head == child or child.head.i > root.i or child.head.i < token.i - 12:
                return False
            child = child.head
        return child.i < root.i and child.dep_ in _PREMODIFIER_DEPS

    def _clean(self, token: Token) -> bool:
        """Whether ``token`` may be part of a speaker's phrase around a name."""
        if token.is_space or token.text in _PHRASE_BREAKS:
            return False
        if token.is_quote:
            # "Mercedes' George Russell": the bare apostrophe of a possessive, glued to it
            return self._possessive_apostrophe(token)
        if token.ent_type_ in _NOT_SPEAKERS or self._touches_quote(token):
            return False
        return not token.is_bracket

    def _possessive_apostrophe(self, token: Token) -> bool:
        """Whether a quotation mark is the apostrophe of a possessive ("Mercedes' driver")."""
        return (
            token.text in ("'", "’")
            and token.tag_ == "POS"
            and token.i > 0
            and not self.tokens[token.i - 1].whitespace_
            and self.quote_of[token.i] < 0
        )

    def _with_article(self, start: int, end: int) -> tuple[int, int]:
        """Add the article or courtesy title written right before a name: "the U.S.", "Mr. Li"."""
        if start == 0:
            return start, end
        before = self.tokens[start - 1]
        if before.lower_ in _HONORIFICS:
            return start - 1, end
        if before.lower_ == "the" and start <= before.head.i < end:
            return start - 1, end
        return start, end

    def _actor_mention(self, token: Token) -> tuple[int, int] | None:
        """Return the run of tokens around ``token`` that carry its actor's id."""
        actor = self.actor(token)
        if actor is None:
            return None
        marked = [t for t in (token, *token.lefts) if self._actor_id(t) == actor]
        if not marked:
            return None
        # The actor's own mention span, when it lists one: the name without its titles.
        for t in marked:
            index = bisect.bisect_right(self.mention_starts, t.idx) - 1
            while index >= 0 and self.mentions[index][0] <= t.idx:
                start, end, owner = self.mentions[index]
                if owner == actor and t.idx < end:
                    return self._token_span(start, end)
                index -= 1
        # A title marked with the actor's id ("the EU's foreign policy chief, Josep Borrell"):
        # the actor's mention inside the phrase.
        first, last = token.left_edge, token.right_edge
        index = bisect.bisect_left(self.mention_starts, first.idx)
        while index < len(self.mentions) and self.mentions[index][0] <= last.idx:
            start, end, owner = self.mentions[index]
            if owner == actor:
                return self._token_span(start, end)
            index += 1
        left = right = marked[0].i
        while left > 0 and self._actor_id(self.tokens[left - 1]) == actor:
            left -= 1
        while right + 1 < len(self.tokens) and self._actor_id(self.tokens[right + 1]) == actor:
            right += 1
        return self._trim_tokens(left, right + 1)

    def _token_span(self, start: int, end: int) -> tuple[int, int]:
        """Return the tokens that cover the characters ``[start, end)``."""
        first = bisect.bisect_right(self.token_starts, start) - 1
        last = bisect.bisect_left(self.token_starts, end)
        return max(first, 0), max(last, first + 1)

    def _after_comma(self, child: Token) -> bool:
        before = child.left_edge.i - 1
        return before >= 0 and self.tokens[before].text == ","

    def _participle_aside(self, head: Token, child: Token) -> bool:
        """Whether ``child`` is a participle set off by a comma: "Holmes, lighting his lamp"."""
        if (
            child.i < head.i
            or child.dep_ not in ("acl", "advcl")
            or child.tag_ not in ("VBG", "VBN")
        ):
            return False
        return self._after_comma(child)

    def _noun_phrase(self, head: Token) -> tuple[int, int]:
        start = head.i
        for child in head.lefts:
            if child.dep_ in ("compound", "det", "amod", "poss", "nmod", "nummod", "flat"):
                start = min(start, child.left_edge.i)
        return start, head.i + 1

    def _named_in_relative(self, clause: Token) -> str | None:
        """Return the person a relative clause on the speaker names "by" or "as".

        "said a 27-year-old operator who goes by the call sign Lis", "an operator who gave
        his name only as Lis": the name the clause ends with, reached through "by" or "as";
        or a name set off after the name the clause gives: "a soldier who gave only his first
        name, Oleh, said".
        """
        for token in clause.subtree:
            if token.dep_ == "appos" and token.head.lemma_.lower() in _NAME_NOUNS:
                found = self.actor(token)
                if found is not None and self.actor_kinds.get(found) == "person":
                    return found
        last = clause.right_edge
        while last.i > clause.i and last.is_punct:
            last = self.tokens[last.i - 1]
        found = self.actor(last)
        if found is None or self.actor_kinds.get(found) != "person":
            return None
        token = last
        for _ in range(6):
            if token.i == clause.i or token.head.i == token.i:
                return None
            if token.dep_ == "pobj" and token.head.lower_ in ("by", "as"):
                return found
            token = token.head
        return None

    def set_off_name(self, child: Token) -> bool:
        """Whether ``child`` is a name between commas that the parser did not make an apposition.

        "The United Nations refugee agency, UNHCR, said": the parser may hang "UNHCR" on
        "agency" as a modifier; set off by commas right after it, it names it.
        """
        if child.dep_ != "npadvmod" or child.pos_ != "PROPN":
            return False
        before, after = child.left_edge.i - 1, child.right_edge.i + 1
        return (
            before == child.head.i + 1
            and self.tokens[before].text == ","
            and after < len(self.tokens)
            and self.tokens[after].text == ","
        )

    def renames_body(self, child: Token) -> bool:
        """Whether apposition ``child`` of a person's noun names the body its "for" phrase does.

        "A spokesperson for the nightclub, The Vault, said": the parser hangs "The Vault" on
        "spokesperson", but an organisation or country set off right after "for (of, at) the
        nightclub" names the nightclub, not the person who speaks.
        """
        head = child.head
        if child.dep_ != "appos" or head.pos_ != "NOUN" or not head.is_lower:
            return False
        found = self.actor(child)
        if found is None or self.actor_kinds.get(found) == "person":
            return False
        comma = child.left_edge.i - 1
        return (
            any(
                prep.dep_ == "prep"
                and prep.lower_ in ("for", "of", "at")
                and head.i < prep.i < child.i
                and any(
                    body.dep_ == "pobj" and body.pos_ == "NOUN" and body.right_edge.i + 1 == comma
                    for body in self._children(prep)
                )
                for prep in self._children(head)
            )
            and self.tokens[comma].text == ","
        )

    def speaker_actor(self, draft: _Draft) -> str | None:
        """Return the actor id of the speaker: its head's, else an appositive's.

        A document's speaker is its author.
        """
        if draft.actor_id is not None:
            return draft.actor_id
        head = draft.author if draft.document else draft.speaker
        if head is None:
            return None
        found = self.actor(head)
        if found is not None:
            return found
        if head.i > 0 and head.text.isupper() and len(head.text) <= 4:
            # "barrister James Whitcombe KC suggested": letters after the name head it
            named = self.tokens[head.i - 1]
            if named.ent_type_ == "PERSON" and named.head.i == head.i:
                found = self.actor(named)
                if found is not None:
                    return found
        for child in self._children(head):
            if (child.dep_ == "appos" and not self.renames_body(child)) or self.set_off_name(child):
                found = self.actor(child)
                if found is not None:
                    return found
            if child.dep_ == "relcl" and head.pos_ == "NOUN":
                found = self._named_in_relative(child)
                if found is not None:
                    return found
            given = self._naming_participle(child)
            if given is not None:
                return given  # "a widow called Mrs. Tursun, who explained ..."
            if child.dep_ == "acl" and child.lower_ in ("identified", "known", "named"):
                # "One operator, identified only as Farida, told researchers ..."
                for prep in self._children(child):
                    if prep.lower_ != "as":
                        continue
                    for name in self._children(prep):
                        found = self.actor(name)
                        if found is not None and self.actor_kinds.get(found) == "person":
                            return found
        titled = self._name_closing_title(head)
        if titled is not None:
            return titled
        if head.pos_ == "NOUN":
            # "A former colleague of the defendant, Priya Nair, said": the parser hangs the
            # name closing the subject's phrase on the noun of its "of"
            for prep in self._children(head):
                if prep.dep_ != "prep" or prep.lower_ not in ("of", "for", "at"):
                    continue
                for owner in self._children(prep):
                    for child in self._children(owner):
                        closing = child.right_edge.i + 1
                        if (
                            child.dep_ == "appos"
                            and child.ent_type_ == "PERSON"
                            and closing < len(self.tokens)
                            and self.tokens[closing].text == ","
                            and closing + 1 == head.head.i
                        ):
                            return self.actor(child)
            set_off = self._name_closing_phrase(head)
            if set_off is not None:
                return set_off
        return None

    def _name_closing_phrase(self, head: Token) -> str | None:
        """Return the person named between the last commas of a noun's phrase, before its cue.

        "Her editor at Gyldendal, Per Andreassen, said": the parser may read a first name
        as a preposition and hang the name anywhere in the phrase; capitalised words alone
        between a comma and the comma right before the cue, in the noun's phrase, ending in
        a person's name, name the one who speaks.
        """
        closing = head.right_edge.i
        if (
            self.tokens[closing].text != ","
            or closing + 1 >= len(self.tokens)
            or self.tokens[closing + 1].i != head.head.i
            or head.dep_ not in SUBJECT_DEPS
        ):
            return None
        opening = closing - 1
        while opening > head.i and self.tokens[opening].text != ",":
            opening -= 1
        words = self.tokens[opening + 1 : closing]
        if opening <= head.i or not 2 <= len(words) <= 4:
            return None
        if not all(w.is_alpha and w.text[:1].isupper() for w in words):
            return None
        found = self.actor(words[-1])
        if found is None or self.actor_kinds.get(found) != "person":
            return None
        return found

    def _name_closing_title(self, head: Token) -> str | None:
        """Return the person a capitalised title phrase ends with, or None.

        "Chancellor of the Duchy of Lancaster Pat McFadden told MPs": the parser makes the
        title's first word the subject and hangs the name on its last "of". Every word
        before the name is capitalised or a joining word, so the phrase is one title.
        """
        if head.tag_ != "NNP" or not any(c.dep_ == "prep" for c in head.children):
            return None  # (not "Critics of President Nicolas Maduro", capitalised as first)
        last = head.right_edge
        found = self.actor(last)
        if found is None or last.ent_type_ != "PERSON":
            return None
        first = last
        while first.i > head.i and self.tokens[first.i - 1].ent_type_ == "PERSON":
            first = self.tokens[first.i - 1]
        words = self.tokens[head.i : first.i]
        if all(w.text[:1].isupper() or w.lower_ in ("of", "for", "the", "and") for w in words):
            return found
        return None


# Pieces a news organisation publishes, whose author it is when they are "in" it: "a report
# in The Wall Street Journal" (not "an interview in Der Spiegel", the one interviewed's).
PUBLISHED_PIECES = frozenset({"report", "article", "story", "editorial", "column", "investigation"})
# Nouns of a point in time a participle may hang on ("at one point warning ...").
_TIME_NOUNS = frozenset({"point", "time", "moment", "stage", "end", "juncture"})


def age_description(token: Token) -> bool:
    """Whether ``token`` is the "old" of "the 24-year-old", who is someone named before."""
    return token.lower_ == "old" and any(
        child.lower_ in ("year", "years") and any(n.like_num for n in child.children)
        for child in token.children
    )


# Prepositions of place the small model may read as an adjective of the noun after them.
_PLACE_PREPOSITIONS = frozenset({"outside", "inside", "near", "beyond", "behind", "across"})


@cache
def _people_nouns() -> frozenset[str]:
    """Nouns of people and groups of the shipped ``titles`` lexicon ("witness", "police")."""
    lists = load_lexicon("titles")
    words = [*lists.get("person_nouns", []), *lists.get("group_nouns", [])]
    return frozenset(word.lower() for word in words if " " not in word) | _MEDIA_NOUNS


# Nouns of things said that the cue lexicon may lack ("remarks", "denunciation").
_SPOKEN = re.compile(r"^(?:remark|comment|denunciation|speech|testimony|interview)")
# Nouns of what a company makes or does: "the iPhone maker", "the steel producer".
_MAKERS = frozenset({"maker", "producer", "supplier", "provider", "developer", "builder"})
# Nouns of bodies by what they are that the lexicon keeps for other uses: "the force" (a
# police or peacekeeping force).
_BODIES = frozenset({"force"})
# Words of public bodies' names beyond the lexicon's institutions.
_PUBLIC_BODIES = frozenset(
    {"department", "agency", "office", "bureau", "commission", "party", "university"}
)
# Nouns for companies and bodies by what they are, beyond the lexicon: "the lender warned".
_COMPANIES = frozenset(
    {
        "manufacturer", "operator", "firm", "lender", "bank", "insurer", "retailer", "carrier",
        "regulator", "watchdog", "exchange", "company", "group", "ministry", "government",
        "union", "association",
    }
)  # fmt: skip


@cache
def _kinship_nouns() -> frozenset[str]:
    """Family words of the shipped ``titles`` lexicon ("father", "widow")."""
    return frozenset(word.lower() for word in load_lexicon("titles").get("kinship_nouns", []))


@cache
def _organization_nouns() -> frozenset[str]:
    """Head nouns that describe an organisation, of the shipped ``titles`` lexicon ("firm").

    Not the head of a longer descriptor that alone is a person's ("asset manager": "the
    manager" is a person).
    """
    lexicon = load_lexicon("titles")
    people = {word.lower() for word in lexicon.get("person_nouns", [])}
    heads = set()
    for words in (word.lower().split() for word in lexicon.get("organization_descriptors", [])):
        if words and (len(words) == 1 or words[-1] not in people):
            heads.add(words[-1])
    return frozenset(heads) | _MAKERS | _BODIES


@cache
def _institution_words() -> frozenset[str]:
    """Words of the names of public institutions ("house", "court", "ministry", "police")."""
    lists = load_lexicon("titles")
    words = [*lists.get("institutions", []), *lists.get("institution_nouns", [])]
    return frozenset(word.lower() for entry in words for word in entry.split()) | _PUBLIC_BODIES


@cache
def _person_words() -> frozenset[str]:
    """Return the nouns for people, titles and kin, joined once."""
    return _people_nouns() | _title_words() | _kinship_nouns()


@cache
def _title_words() -> frozenset[str]:
    """Words of the titles and role nouns of persons of the ``titles`` lexicon ("president")."""
    lists = load_lexicon("titles")
    words = [*lists.get("titles", []), *lists.get("person_nouns", [])]
    return frozenset(word.lower() for entry in words for word in entry.split())


@cache
def _speaker_words() -> frozenset[str]:
    """Nouns that name someone who can speak: people, titles, bodies, companies, kin."""
    return (
        _people_nouns()
        | _organization_nouns()
        | _title_words()
        | _institution_words()
        | _kinship_nouns()
        | _COMPANIES
    )


def _speaking_noun(token: Token) -> bool:
    """Whether a noun before a document names who wrote it: "police", "witness", "media"."""
    people = _people_nouns()
    return token.lower_ in people or token.lemma_.lower() in people
