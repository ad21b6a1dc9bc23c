"""Cues: the verbs, verb phrases and nouns that start a statement.

A reporting verb ("said", "urged") is a cue unless negated, declined or only meant ("did not
say", "declined to comment", "without saying", "denied him a visa", "wants to announce"); its
object may make it something else ("claimed the lives of"). A verb phrase is a verb with a
particle ("called on") or an attitude noun as object ("expressed optimism"), and a noun cue
takes a that-clause or an infinitive ("the claim that ...", "China's pledge to cut
emissions", "reports emerged that ..."). Each cue gets its speaker, its content and its
links; a naming cue's predicate may make it praise or criticism.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents._syntax import SUBJECT_DEPS
from newsevents._words import OBJECT_PRONOUNS, TOPIC_PREPOSITIONS
from newsevents.model import SpeechAct
from newsevents.statements._document import _Draft, _subtree_range
from newsevents.statements._lexicon import PhraseCue
from newsevents.statements._links import _Links
from newsevents.statements._plurals import _speaking_nouns
from newsevents.statements._reported import _as_clause
from newsevents.statements._speakers import (
    _ENTITY_LABELS,
    _TIME_NOUNS,
    PUBLISHED_PIECES,
    _is_place,
    _speaker_words,
)

# Verbs under which a cue reports nothing: "declined to say whether ...".
_WITHHOLDING = frozenset({"decline", "refuse", "fail", "avoid"})
# Verbs that say a noun cue came out: "reports emerged that ...".
_EMERGING = frozenset({"emerge", "surface", "circulate", "persist", "spread", "swirl", "mount"})
_NEGATIONS = frozenset({"not", "no", "never", "n't", "hardly"})
_NOBODY = frozenset({"nobody", "none", "noone", "no-one"})
# Names of things that cannot speak: "Hurricane Delia slams Gulf Coast".
_THING_ENTITIES = frozenset({"EVENT", "LOC", "FAC", "PRODUCT"})
# Marks inside a token that end a heading run on into the sentence ("resistance’-They").
_BREAKING_MARKS = ("‘", "’", "“", "”", '"', "—", "–")
# Texts that criticise in their own words, though the lexicon's documents do not name them:
# "The legislation accuses Pakistan of harbouring ...", "The resolution condemns ...".
_CRITICISING_TEXTS = frozenset({
    "legislation", "bill", "resolution", "motion", "lawsuit", "suit", "complaint",
    "indictment", "petition", "law", "ruling", "verdict", "judgment", "judgement", "book",
    "film", "documentary", "song", "ad", "advert", "advertisement", "campaign", "editorial",
})  # fmt: skip
# Verbs of criticism that also say a blow is struck: "Warplanes slammed rebel positions".
_STRIKING_VERBS = frozenset({"blast", "slam", "pound", "hammer", "batter"})
# Weapons, which strike and never speak: "blasted the city with rockets", "Artillery blasted".
_WEAPONS = frozenset({
    "warplane", "jet", "aircraft", "plane", "drone", "helicopter", "gunship", "bomber",
    "artillery", "missile", "rocket", "shell", "mortar", "bomb", "airstrike", "strike",
    "gunfire", "fire", "tank", "gunboat", "warship", "cannon", "grenade", "explosive",
})  # fmt: skip
# Places and targets an attack strikes: "slammed rebel positions", "blasted the town".
_TARGETS = frozenset({
    "position", "target", "city", "town", "village", "area", "base", "camp", "stronghold",
    "outpost", "district", "neighbourhood", "neighborhood", "suburb", "building", "port",
    "airport", "airfield", "trench", "bunker", "hideout", "compound", "depot", "facility",
})  # fmt: skip
# Armed forces, which strike a place they are said to blast: "Russian forces blasted Kharkiv".
_ARMED_FORCES = frozenset({"troop", "force", "army", "military", "soldier", "navy", "militant"})
# Objects that make a cue say nothing: "said nothing about", "said little of substance".
_NOTHING = frozenset({"nothing", "little"})
# Verbs under which a cue is only meant, not done: "wants to announce", "plans to declare".
_INTENDING = frozenset({"want", "wish", "plan", "intend", "aim", "expect", "prepare"})
# Adjectives under which an infinitive cue says nothing: "too early to say", "hard to tell".
_TOO_EARLY = frozenset({"early", "soon", "premature", "hard", "difficult", "impossible"})
# Adjectives under which an infinitive cue only stresses: "it is important to note".
_WORTH = frozenset({"important", "worth", "necessary", "fair", "crucial", "essential", "vital"})
# Nouns that make "is to say" a task or an aim, not a statement: "the aim is to warn".
_TASKS = frozenset(
    {"aim", "goal", "plan", "intention", "idea", "purpose", "task", "job", "duty", "role"}
    | {"mission", "hope", "objective", "responsibility", "obligation", "challenge", "wish"}
)
# Verbs that give a name, not a statement, as a participle: "a charity called Open Hands".
_NAMING = frozenset({"call", "dub", "name", "title", "label"})
# Who names themselves: "a group calling itself ...", "they call themselves ..."
_REFLEXIVES = frozenset({"itself", "themselves", "himself", "herself", "themself"})
# Verbs that give or withhold something when they take two objects ("denied him a visa").
_WITHHOLD_TWO_OBJECTS = frozenset({"deny", "refuse"})


# Prepositions of what is spoken about: "Commenting on the deal", "Speaking about it". Not
# "over", which also tells the way one speaks ("Speaking over the phone").
_TOPIC_PREPOSITIONS = TOPIC_PREPOSITIONS - {"over"}
# Personal pronouns that, between a verb and its particle, make a gesture, not speech.
# Objects of "find" in idioms that report no finding: "found its way", "found favour".
_FOUND_IDIOMS = frozenset({"way", "favour", "favor", "footing", "feet", "voice", "home", "buyer"})
# Adjectives of "too early to say", "hard to say": what no one says yet.
_TOO_SOON = frozenset(
    {"early", "premature", "soon", "hard", "difficult", "impossible", "unclear", "tough"}
)


# Words that open an indirect question: "asked whether the can had been tested".
_QUESTION_WORDS = frozenset({"whether", "if", "why", "how", "what", "when", "where", "who"})


def _negative_no(token: Token) -> bool:
    """Tell whether "no" negates its noun: not "No 10", the prime minister's office.

    "No" right before a number in figures is the abbreviation of "number" ("A No 10
    spokesperson said", "No 10 added that ..."); "No spokesperson said" names nobody.
    """
    if token.lower_ != "no":
        return False
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return following is None or not following.text[:1].isdigit()


def _too_much_to(verb: Token) -> bool:
    """Whether an infinitive cue is what something was too much of to do.

    "The race was too close to call for most of the night", "Witnesses were too frightened
    to tell police": the "too" says the cue was not done. The parser hangs the infinitive
    on the adjective or on the verb the adjective completes.
    """
    if verb.dep_ != "xcomp" or not any(c.lower_ == "to" for c in verb.children):
        return False
    head = verb.head
    return any(
        word.pos_ == "ADJ" and any(c.dep_ == "advmod" and c.lower_ == "too" for c in word.children)
        for word in (head, *(c for c in head.children if c.dep_ == "acomp"))
    )


# Labels of the figures an estimate gives.
_FIGURES = frozenset({"CARDINAL", "PERCENT", "MONEY", "QUANTITY"})


def _gives_figure(children: list[Token]) -> bool:
    """Whether "estimate" with these ``children`` states a figure, or a clause.

    "estimated the crowd at 50,000", "estimate a 20% drop in sales", "estimated that
    20,000 attended" say something; "are still estimating the damage" says nothing yet.
    """
    objects = [c for c in children if c.dep_ == "dobj"]
    if not objects:
        return True
    return any(c.dep_ == "prep" and c.lower_ == "at" for c in children) or any(
        t.like_num or t.ent_type_ in _FIGURES for o in objects for t in o.subtree
    )


class _Cues(_Links):
    """Turns cue words into drafts with their speaker, content and links."""

    def _verb_cue(self, verb: Token) -> _Draft | None:
        lemma = self._lemma(verb)
        if self._withheld(verb):
            return None  # "did not say", "never called for", "would not rule out"
        if self._participle_of_a_thing(verb):
            return None  # "pushed for language ruling out a cut": words do not speak
        if self._passive_participle_on_someone(verb):
            return None  # "Ruth Achieng', proposed as vice-chairperson": she is proposed
        if self._second_infinitive_asked(verb):
            return None  # "urged members to set aside ... and guarantee ...": asked for
        if self._asked_aside(verb) is not None:
            return None  # "Marsh, asked whether ..., said": asked by no one named
        if _too_much_to(verb):
            return None  # "too close to call for most of the night": not done
        for phrase in self.lexicon.phrases.get(lemma, ()):
            draft = self._phrase_cue(verb, phrase)
            if draft is not None:
                return draft
        entry = self.lexicon.verbs.get(lemma)
        if entry is None or self._no_act_of_speech(verb):
            return None
        takes = entry.takes
        children = list(self._children(verb))
        if entry.document_takes and any(
            c.dep_ == "nsubj" and self._is_document(c)
            for c in children + self._shared_subject(verb)
        ):
            takes = takes | entry.document_takes  # "The report mentions the sale of ..."
        if entry.documents_only and not any(
            c.dep_ == "nsubj" and self._is_document(c)
            for c in children + self._shared_subject(verb)
        ):
            return None  # "The study found that ...", not "Police found a note"
        if entry.opinion and not self._holds_opinion(verb):
            return None  # "is believed to be", "I believe": no one's statement
        if entry.requires is not None and not all(
            any(c.lower_ == word or (word == "as" and _as_clause(c)) for c in children)
            for word in entry.requires.split()
        ):
            # "defended the title": no "defended ... as ..."; "put it on hold": no "as ...
            # put it"
            return None
        if lemma == "estimate" and not _gives_figure(children):
            return None  # "Officials are still estimating the damage": no estimate given
        asker = None
        if (
            lemma == "ask"
            # "she said, asking that her name not be published": a present participle asks
            # for its clause's subject
            and verb.tag_ != "VBG"
            and not any(c.dep_ == "nsubj" for c in children + self._shared_subject(verb))
        ):
            # "was asked whether ...", "Asked whether ..., Roberts said": the question is
            # someone else's, unnamed; "Roberts asked whether ..." is his, and so is "Asked
            # by Adebayo whether ..., Whitfield said"
            asker = self._asker(verb)
            if asker is None:
                takes = takes - {"clause"}
        if lemma == "press" and not any(
            c.dep_ == "nsubj" for c in children + self._shared_subject(verb)
        ):
            # "Pressed on whether ..., Roberts said", "was pressed about the delay": like
            # "Asked whether ...", a question put by someone unnamed to the one pressed;
            # "Pressed by reporters on ..." is theirs
            asker = self._asker(verb, question=False)
            if asker is None:
                return None
        if any(c.dep_ == "auxpass" for c in children) and any(c.dep_ == "oprd" for c in children):
            # "The diplomats were declared 'persona non grata'", "was declared dead": a
            # status given, no words said by the subject
            return None
        if entry.not_objects and any(
            c.dep_ == "dobj" and c.lemma_.lower() in entry.not_objects for c in self._children(verb)
        ):
            # "claimed the lives of two students and a 13-year-old": no statement, also
            # where the parser hangs a clause from the verb after such an object
            # ("requested anonymity to speak freely": nobody is asked either)
            takes = takes - {"object", "clause", "infinitive", "addressee"}
        draft = _Draft(cue=(verb.i, verb.i + 1), act=entry.act, takes_quote="quote" in takes)
        aside = self._said_to_be(verb) if "clause" in takes else None
        if aside is not None:
            draft.content = [self._chars(span) for span in aside]
            return draft  # said of someone by nobody named
        if self._no_speech_of_its_own(verb, lemma):
            return None
        if asker is not None:
            draft.speaker = asker
            draft.mention = self._trim_tokens(asker.left_edge.i, asker.i + 1)
            draft.addressee = self._asked(verb)
        else:
            self._find_speaker(draft, verb)
        self._find_content(draft, verb, takes, entry.about)
        if self._infinitive_of_a_thing(draft, verb):
            return None  # "The dispute threatened to spill into the new season"
        if self._thing_attacks(draft, verb) or self._armed_attack(verb):
            return None  # "Hurricane Delia slams Gulf Coast", "Warplanes slammed positions"
        if not draft.content and "clause" in takes:
            clause = self._clause_beside_misread_verb(verb)
            if clause is not None:
                draft.content = [self._chars(_subtree_range(clause))]
            else:
                misread = self._that_clause_misread(verb)
                if misread is not None:
                    draft.content = [self._chars(misread)]
        self._take_in_contrast(draft, verb)
        if draft.speaker is not None and draft.speaker.i > verb.i:
            # '«...», said the critic Luc Verbeke', parsed with the critic the object: who
            # speaks is not what is said
            at = draft.speaker.idx
            draft.content = [span for span in draft.content if not span[0] <= at < span[1]]
        self._cut_speaker_from_content(draft)
        if self._topic_of_the_next_cue(draft, verb):
            return None  # "Commenting on the deal, Wang said ...": what he spoke of
        self._cut_at_joined_cues(draft, verb)
        self._find_roles(draft, verb)
        if draft.content and entry.act is SpeechAct.PRAISE and not self._praise_content(verb):
            draft.content = []  # "welcomed Kerry": a host greeting a guest, not a statement
        return draft

    def _holds_opinion(self, verb: Token) -> bool:
        """Whether a verb of opinion states its subject's view: "Experts believe that ...".

        Only a finite verb in the active voice whose own subject is a noun or a name: not
        "is believed to be" (nor "batteries believed to be", misread as active),
        "believing that", "I believe" (a turn of speech inside a quotation), "citizens
        who believe" (a description) or an opinion a poll found ("According to a survey,
        61% of Germans believe").
        """
        if verb.tag_ not in ("VBP", "VBZ", "VBD"):
            return False
        children = list(self._children(verb))
        if any(c.dep_ in ("auxpass", "nsubjpass") for c in children):
            return False
        if verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].lower_ == "to":
            return False  # "batteries believed to be from the device": a passive misread
        if any(c.lower_ == "according" for c in children):
            return False  # "According to a survey, most Germans believe ...": the survey's
        if self._inside_reported_clause(verb):
            return False  # "Peters said Halvorsen expected ...": Peters' words of her view
        return any(
            c.dep_ == "nsubj"
            and c.pos_ in ("NOUN", "PROPN")
            # "61% of Germans believe": a share a poll measured, not a speaker
            and not (c.lower_ in ("%", "percent", "cent") or c.like_num)
            # "Markets expect the Fed to hold rates": a common noun of no one who speaks
            and not self._thing_holds_view(c)
            for c in children
        )

    def _inside_reported_clause(self, verb: Token) -> bool:
        """Whether a verb of opinion is in the clause another verb of speech reports.

        "The minister said Halvorsen expected the deal to close": the minister tells of
        Halvorsen's view, which Halvorsen did not state; the view is part of what the
        minister said. Not under another verb of opinion ("Experts believe investors
        fear ...", each a view stated) nor a verb of speech ("said Halvorsen told him").
        """
        clause = verb
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head
        if clause.dep_ != "ccomp" or clause.head.i == clause.i:
            return False
        if not any(c.dep_ == "nsubj" for c in self._children(clause.head)):
            # "forces are said to have targeted ... the attack that officials believe ...":
            # a passive "said" the parser hangs a far clause on reports no one's words
            return False
        entry = self.lexicon.verbs.get(self._lemma(clause.head))
        return entry is not None and not entry.opinion and not entry.documents_only

    def _thing_holds_view(self, subject: Token) -> bool:
        """Whether ``subject`` is a common noun of a thing: "Markets expect ...", "Data fear".

        Not a person, group or body ("Economists", "The company", "Police"), a document
        ("The report believes ...") nor anything an actor covers.
        """
        return (
            subject.pos_ == "NOUN"
            and not subject.ent_type_
            and not self._may_speak(subject)
            and not self._speaking_word(subject)
            and not self._personal_noun(subject)
            and not self._is_document(subject)
            # "An opponent slammed the plan": one of a group the lexicon names in the plural
            and subject.lemma_.lower() + "s" not in _speaker_words()
        )

    def _take_in_contrast(self, draft: _Draft, verb: Token) -> None:
        """Extend what was said over a ", not ..." the parser hung on the cue.

        'said he had described the views of "some in Poland," not the government': the comma
        inside the closing mark ends the parser's clause, and "not the government" hangs on
        the verb; it corrects what was said, and is part of it.
        """
        if len(draft.content) != 1:
            return
        start, end = draft.content[0]
        for child in self._children(verb):
            first = child.left_edge
            if first.lower_ != "not" or first.dep_ != "neg" or first.idx < end:
                continue
            between = self.tokens[self._token_at(end) : first.i]
            if not between or not all(t.text == "," or t.is_quote for t in between):
                continue
            if not any(t.text == "," for t in between):
                continue
            last = child.right_edge
            draft.content = [(start, last.idx + len(last.text))]
            return

    def _that_clause_misread(self, verb: Token) -> tuple[int, int] | None:
        """Return a that-clause the parser read as words of the verb's own.

        In "Doctors warned that drugs such as Tamiflu work best", the parser takes "that"
        for a preposition or object and "work" for a noun, leaving no clause: what follows
        the subordinating "that" right after the cue, up to the end of the verb's phrases,
        is what was said. Not a demonstrative ("said that on Monday", "denied that").
        """
        index = verb.i + 1
        if index >= len(self.tokens):
            return None
        that = self.tokens[index]
        if that.lower_ != "that" or that.tag_ != "IN" or that.dep_ == "mark":
            return None
        if that.head.i != verb.i:
            return None
        after = [c for c in self._children(verb) if c.i >= that.i and c.dep_ != "punct"]
        if not after:
            return None  # "said that" closing the text: nothing follows
        end = max(c.right_edge.i for c in after) + 1
        words = [t for t in self.tokens[that.i + 1 : end] if not t.is_punct]
        if len(words) < 3 or not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in words):
            return None
        if any(self._paragraph_break(t) or t.is_quote for t in self.tokens[that.i : end]):
            return None
        return that.i, end

    def _infinitive_of_a_thing(self, draft: _Draft, verb: Token) -> bool:
        """Whether a thing is the subject of a cue whose content is only its infinitive.

        "The dispute threatened to spill into the new season", "The crisis promises to
        deepen": what a thing is likely to do, said by no one; a body, person or group ("The
        club threatened to sell the striker"), a document and a word for speech still speak.
        """
        subject = draft.speaker
        xcomp = next((c for c in self._children(verb) if c.dep_ == "xcomp" and c.i > verb.i), None)
        if subject is None or xcomp is None or len(draft.content) != 1:
            return False
        if draft.content[0] != self._chars(self._infinitive_range(xcomp)):
            return False
        return (
            subject.pos_ == "NOUN"
            and subject.dep_ == "nsubj"
            and subject.head.i == verb.i  # not "a form pledging to vote", a paper's words
            and not self._may_speak(subject)
            and not self._is_document(subject)
            and not self._speaking_word(subject)
        )

    def _thing_attacks(self, draft: _Draft, verb: Token) -> bool:
        """Whether a thing is the subject of a cue that criticises: "Hurricane Delia slams ...".

        A storm, a market or a virus that "slams" or "hits out" does to something what the
        verb says, figuratively; it criticises no one. A subject named as an event, a place,
        a building or a product ("Hurricane Delia"), or a common noun of no person, group,
        body, document, text or speech ("Storm slams coast"; "The legislation accuses ..."
        still does), that no actor covers, is no speaker, and the cue makes no statement.
        """
        subject = draft.speaker
        if (
            draft.act is not SpeechAct.CRITICIZE
            or subject is None
            or subject.dep_ != "nsubj"
            or subject.head.i != verb.i
            or self.actor(subject) is not None
            or self._is_document(subject)
            or subject.lemma_.lower() in _CRITICISING_TEXTS
            or self._in_other_words(subject)
            # "'A struggle of resistance'-They accuse police ...": a heading run on into
            # the sentence is no subject of what follows its closing mark
            or any(
                t.is_punct or any(mark in t.text for mark in _BREAKING_MARKS)
                for t in self.tokens[subject.i + 1 : verb.i]
            )
        ):
            return False
        if subject.ent_type_ in _THING_ENTITIES:
            return True
        return self._thing_holds_view(subject)

    def _armed_attack(self, verb: Token) -> bool:
        """Whether a verb of striking is an attack, not criticism: "Warplanes slammed ...".

        "blast", "slam", "pound" or "hammer" strike with arms when they are done with a
        weapon ("blasted the city with rockets"), to a place or a target ("slammed rebel
        positions", "blasted the town"), by a weapon ("Artillery blasted ...", "Warplanes
        slammed ...") or by armed forces to a place they name ("Russian forces blasted
        Kharkiv"). "A critic blasted the decision", "Trump blasted China" and "The union
        blasted the army" criticise.
        """
        if verb.lemma_.lower() not in _STRIKING_VERBS:
            return False
        children = list(self._children(verb))
        for prep in children:
            if (
                prep.dep_ == "prep"
                and prep.lower_ == "with"
                and any(_word_in(c, _WEAPONS) for c in self._children(prep) if c.dep_ == "pobj")
            ):
                return True
        objects = [c for c in children if c.dep_ == "dobj"]
        if any(_word_in(c, _TARGETS) for c in objects):
            return True
        subjects = [c for c in children if c.dep_ == "nsubj"]
        if any(_word_in(c, _WEAPONS) for c in subjects):
            return True
        # a place, or a name no actor holds (the model may miss a town's name)
        return any(_word_in(c, _ARMED_FORCES) for c in subjects) and any(
            c.ent_type_ in ("GPE", "LOC", "FAC") or (c.pos_ == "PROPN" and self.actor(c) is None)
            for c in objects
        )

    def _cut_speaker_from_content(self, draft: _Draft) -> None:
        """End what was said before the speaker's phrase, where the parser ran it on.

        "The cause was heart failure, her son, Daniel Ellery, said": the parser hangs "her
        son, Daniel Ellery" on "failure", and what was said ended with the speaker.
        """
        if draft.mention is None:
            return
        start, end = draft.mention
        at = self.tokens[start].idx
        closing = self.tokens[end - 1].idx
        last = start - 1
        while last >= 0 and self.tokens[last].is_punct and not self.tokens[last].is_quote:
            last -= 1
        if last < 0:
            return
        before = self.tokens[last].idx + len(self.tokens[last].text)
        draft.content = [
            (span[0], before) if span[0] < at and closing < span[1] else span
            for span in draft.content
        ]

    def _second_infinitive_asked(self, verb: Token) -> bool:
        """Whether a bare verb is joined to the infinitive a cue asks or speaks of.

        "urged council members to set aside their differences and guarantee safe passage":
        "to" goes with both verbs, and what the members are urged to do says nothing of
        theirs.
        """
        head = verb.head
        if verb.dep_ != "conj" or verb.tag_ != "VB" or head.i >= verb.i:
            return False
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in self._children(verb)):
            return False
        if head.dep_ != "xcomp" or not self._is_infinitive(head):
            return False
        lemma = self._lemma(head.head)
        return self.lexicon.is_cue(lemma)

    def _shared_subject(self, verb: Token) -> list[Token]:
        """Return the subject a verb joined to the one before shares: "X said ... and asked"."""
        if verb.dep_ != "conj" or verb.tag_ != "VBD" or verb.head.i > verb.i:
            return []
        return [c for c in self._children(verb.head) if c.dep_ == "nsubj"]

    def _asker(self, verb: Token, *, question: bool = True) -> Token | None:
        """Return who asks in "was asked by Adebayo whether", when someone and a question.

        Only with a question for content ("whether", "if", "why"): "asked by police to leave"
        is a request made of someone. Without ``question``, whoever the agent is ("pressed
        by reporters on the delay").
        """
        agent = next((c for c in self._children(verb) if c.dep_ == "agent"), None)
        if agent is None:
            return None
        asker = next((c for c in self._children(agent) if c.dep_ == "pobj"), None)
        if asker is None or (
            # "Asked by a French reporter whether ...": someone described will do too
            self.actor(asker) is None and asker.lemma_.lower() not in _speaking_nouns()[1]
        ):
            return None
        if not question:
            return asker
        question = any(
            clause.dep_ == "ccomp"
            and any(t.lower_ in _QUESTION_WORDS for t in clause.subtree if t.i < clause.i)
            for clause in self._children(verb)
        )
        return asker if question else None

    def _asked(self, verb: Token) -> Token | None:
        """Return who is asked: the passive's subject, or that of the clause it opens."""
        subject = next((c for c in self._children(verb) if c.dep_ == "nsubjpass"), None)
        if subject is None and verb.dep_ == "advcl":
            subject = next((c for c in self._children(verb.head) if c.dep_ == "nsubj"), None)
        return subject

    def _topic_of_the_next_cue(self, draft: _Draft, verb: Token) -> bool:
        """Whether an opening participle names only what the cue after it speaks of.

        "Commenting on the deal, Wang expressed hope that ...", "Speaking about the vote, Li
        said ...": the participle's phrase is the subject of the statement that follows,
        no statement of its own.
        """
        if not draft.content or verb.dep_ != "advcl" or verb.tag_ != "VBG":
            return False
        head = verb.head
        lemma = self._lemma(head)
        if head.i < verb.i or (not self.lexicon.is_cue(lemma)):
            return False
        first = draft.content[0][0]
        opening = next((t for t in verb.subtree if t.idx >= first), None)
        return (
            opening is not None
            and opening.dep_ == "prep"
            and opening.lower_ in _TOPIC_PREPOSITIONS  # not "Warning of a crisis, ..."
            and len(draft.content) == 1
        )

    def _no_act_of_speech(self, verb: Token) -> bool:
        """Whether a cue verb names no one's act of speaking here.

        "performed as predicted": how something went, against what was said before (an
        aside before the clause, "As mentioned, ...", still reports);
        "reviewing its options, including asking the court to rehear the case": an option
        weighed, not a request made; "waited two years for someone to explain": speech
        awaited; "The results add to signs that ...": what adds to something says nothing.
        """
        children = list(self._children(verb))
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in children) and (
            any(c.dep_ == "mark" and c.lower_ == "for" for c in children)
            # "waited for the home to explain", parsed with "the home" the object of "for"
            or any(
                c.dep_ == "prep" and c.lower_ == "for" and c.right_edge.i + 1 == verb.left_edge.i
                for c in verb.head.children
            )
        ):
            return True
        if verb.lemma_.lower() == "add" and any(
            c.dep_ == "prep" and c.lower_ == "to" and any(o.dep_ == "pobj" for o in c.children)
            for c in children
        ):
            return True
        if (
            verb.dep_ == "advcl"
            and verb.i > verb.head.i  # ("As mentioned, IBM has opted ...": an aside before)
            and any(c.dep_ == "mark" and c.lower_ == "as" for c in children)
            and not any(
                c.dep_ in ("nsubj", "nsubjpass", "dobj", "ccomp", "agent") for c in children
            )
        ):
            return True
        return verb.dep_ == "pcomp" and verb.head.lower_ in ("including", "like")

    def _passive_participle_on_someone(self, verb: Token) -> bool:
        """Whether a cue is a past participle on a person, with no one said to do it.

        "Ruth Achieng', proposed as IEBC vice-chairperson": the person is what was proposed,
        not who proposed it; "a plan proposed by the ministry" names its speaker.
        """
        if verb.tag_ != "VBN" or verb.i == 0 or self.verb_read_as_modifier(verb) is not None:
            return False  # ("Lumora's officer, Felix Brandt, posted on LinkedIn that ...")
        children = list(self._children(verb))
        if any(c.dep_ in ("aux", "auxpass", "agent") for c in children):
            return False
        if verb.dep_ == "acl":
            noun: Token | None = verb.head
        elif self.tokens[verb.i - 1].text == "," and not (
            verb.dep_ == "ROOT" and any(c.dep_ == "ccomp" and c.i > verb.i for c in children)
        ):
            # the same set off by a comma, read as the subject of a clause; not the
            # sentence's verb with a clause of its own, a past tense read as a participle
            # ("Colombia's minister, Juan Cristo, affirmed on Thursday that ...")
            noun = next(
                (
                    c
                    for c in children
                    if c.dep_ == "nsubj" and c.right_edge.i >= verb.i - 2  # right before it
                ),
                None,
            )
        else:
            noun = None
        return (
            noun is not None
            and noun.i < verb.i
            and (
                noun.ent_type_ == "PERSON"
                or self.actor_kinds.get(self.actor(noun) or "") == "person"
            )
        )

    def _participle_of_a_thing(self, verb: Token) -> bool:
        """Whether a cue is a participle on a noun of something that cannot speak.

        "pushed for language ruling out a cut"; not "a statement saying", "workers
        demanding", nor "took to the streets chanting" (the subject's, after a place), nor
        "at times calling for".
        """
        head = verb.head
        return (
            verb.dep_ == "acl"
            and verb.tag_ == "VBG"
            and head.pos_ == "NOUN"
            # only the object of a preposition ("for language"): "a sign saying", "his
            # campaign posted an ad assailing" are written words someone put out
            and head.dep_ == "pobj"
            and head.lemma_.lower() not in _TIME_NOUNS  # "at times calling for": the subject's
            and head.lemma_.lower() not in self.lexicon.documents
            and not head.ent_type_
            and self.actor(head) is None
            and not self._speaking_word(head)
            and not _is_place(head)
            and not self._after_comma(verb)
        )

    def _no_speech_of_its_own(self, verb: Token, lemma: str) -> bool:
        """Whether a cue verb reports no speech here, whatever follows it.

        "said in a statement posted online that ...": the document's participle, not a
        second statement; "it was too early to say what ...": what no one says yet;
        "Thank you for following along": a writer's courtesy; "his reasons to blame ...":
        an infinitive on a noun of no speaker, saying what could be done.
        """
        head = verb.head
        if (
            verb.dep_ == "acl"
            and verb.tag_ == "VBN"
            and head.lemma_.lower() in self.lexicon.documents
        ):
            return True
        if (
            verb.dep_ in ("acl", "relcl")
            and verb.tag_ == "VB"
            and head.pos_ == "NOUN"
            and any(child.dep_ == "aux" and child.lower_ == "to" for child in verb.children)
            and self.actor(head) is None
            and not self._speaking_word(head)
        ):
            return True  # "had his own reasons to blame his employer": nothing said
        if lemma == "find" and any(
            child.dep_ == "dobj" and child.lemma_.lower() in _FOUND_IDIOMS
            for child in verb.children
        ):
            return True  # "The report found its way to the minister", "found favour with"
        if verb.dep_ == "xcomp" and any(
            word.lower_ in _TOO_SOON
            for word in (head, *(c for c in head.children if c.dep_ == "acomp"))
        ):
            return True  # ("was too early to say": the parser may hang it on the verb)
        return (
            lemma == "thank"
            and not any(child.dep_ in SUBJECT_DEPS for child in verb.children)
            and any(child.dep_ == "dobj" and child.lower_ == "you" for child in verb.children)
        )

    def _said_to_be(self, verb: Token) -> list[tuple[int, int]] | None:
        """Return the noun and infinitive of an aside "Silva, said to be the gang's leader".

        Also without the comma, where the participle hangs from the noun: "militants said
        to be linked with the group began ...".
        """
        if verb.tag_ not in ("VBN", "VBD") or verb.i < 2:
            return None
        reduced = (
            verb.dep_ == "acl"
            and verb.tag_ == "VBN"
            and verb.head.i == verb.i - 1
            and verb.head.pos_ in ("NOUN", "PROPN")
        )
        xcomp = next((c for c in self._children(verb) if c.dep_ == "xcomp"), None)
        misread = self._misread_said_to_be(verb, xcomp)
        if misread is not None:
            return misread
        if self.tokens[verb.i - 1].text != "," and not reduced:
            return None
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in self._children(verb)):
            return None
        if xcomp is None or not self._is_infinitive(xcomp, perfect=True):
            return None
        if xcomp.left_edge.i != verb.i + 1:
            return None
        noun = verb.head if reduced else self.tokens[verb.i - 2]
        if noun.pos_ not in ("NOUN", "PROPN"):
            return None
        start, _ = self._noun_phrase(noun)
        return [(start, noun.i + 1) if reduced else self._noun_phrase(noun), _subtree_range(xcomp)]

    def _misread_said_to_be(self, verb: Token, xcomp: Token | None) -> list[tuple[int, int]] | None:
        """Read "militants said to be linked with X began ..." parsed with "said" as the verb.

        The parser makes the noun the subject of "said" and the real verb ("began") a
        clause of it; an infinitive of "be" or "have" right after "said", then a finite
        verb with no "that", shows the participle phrase: said of the noun, by nobody.
        """
        if xcomp is None or xcomp.left_edge.i != verb.i + 1 or verb.dep_ not in ("ROOT", "conj"):
            return None
        if not any(
            c.dep_ in ("aux", "auxpass") and c.lemma_ in ("be", "have")
            for c in self._children(xcomp)
        ):
            return None
        subject = next((c for c in self._children(verb) if c.dep_ == "nsubj"), None)
        clause = next(
            (c for c in self._children(verb) if c.dep_ == "ccomp" and c.i > xcomp.i), None
        )
        if subject is None or clause is None or subject.pos_ not in ("NOUN", "PROPN"):
            return None
        if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in self._children(clause)):
            return None
        return [_subtree_range(subject), _subtree_range(xcomp)]

    def _withheld(self, verb: Token) -> bool:
        """Whether the cue is negated or declined: "did not say", "declined to comment"."""
        children = list(self._children(verb))
        if not self._in_quote(verb):
            # '"No tengo miedo", she added': a word the parser hung on the cue from inside a
            # quotation negates the quoted words, not the saying
            children = [c for c in children if not self._in_quote(c)]
        if any(c.dep_ == "neg" for c in children) or self._negated_pair(verb, children):
            return True
        for child in children:
            dep = child.dep_
            if dep == "dobj" and child.lower_ in _NOTHING:
                if not any(d.dep_ == "det" for d in self._children(child)):
                    return True  # "said nothing about the tariffs", "said little of substance"
            elif dep == "dobj" and (
                child.lower_ in _NOBODY
                or (
                    child.lower_ == "one"
                    and any(d.dep_ == "det" and d.lower_ == "no" for d in self._children(child))
                )
            ):
                return True  # "The post, which accused no one, read ...": nobody accused
            elif dep == "nsubj" and (
                child.lower_ in _NOBODY
                or (
                    any(c.dep_ == "det" and _negative_no(c) for c in self._children(child))
                    and not any(c.dep_ == "appos" for c in self._children(child))
                )
                or any(c.lower_ == "neither" and c.i < child.i for c in self._children(child))
            ):
                return True  # "nobody has said", "no official confirmed", "neither A nor B"
        if verb.dep_ == "pcomp" and verb.head.lower_ == "without":
            return True  # "..., without saying when"
        if verb.dep_ == "pcomp" and self._short_of(verb.head):
            return True  # "stopped short of recommending a mandate", "refrained from saying"
        if self._lemma(verb) in _WITHHOLD_TWO_OBJECTS:
            deps = {c.dep_ for c in children}
            if "dative" in deps or {"nsubjpass", "dobj"} <= deps:
                return True  # "denied the party a majority", "are denied citizenship"
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _INTENDING:
            return True  # "wants to highlight the sanctions": not said yet
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _WITHHOLDING:
            return True
        if (
            verb.dep_ == "conj"
            and verb.head.dep_ == "xcomp"
            and verb.head.head.lemma_.lower() in _WITHHOLDING
        ):
            return True  # "declined to confirm or deny the report"
        if verb.head.lemma_.lower() == "let" and any(
            c.dep_ == "nsubj" and c.lower_ in ("me", "us") for c in children
        ):
            return True  # "Let me state clearly that ...": the words of whoever is quoted
        if (
            verb.dep_ in ("xcomp", "advcl")
            and self._is_infinitive(verb)
            and self._requests(verb.head)
        ):
            return True  # "urged the president to announce a pardon": asked for, not made
        return self._not_speech(verb)

    @staticmethod
    def _short_of(prep: Token) -> bool:
        """Whether ``prep`` is the "of" of "stop short of" or the "from" of "refrain from"."""
        head = prep.head
        if prep.lower_ == "of" and head.lower_ == "short":
            return head.head.lemma_.lower() in ("stop", "fall", "come")
        return prep.lower_ == "from" and head.lemma_.lower() in ("refrain", "abstain")

    def _requests(self, verb: Token) -> bool:
        """Whether ``verb`` is a cue that asks for something: "urged", "asked", "called on".

        A verb phrase only with its particle: "called on the government to declare", not
        "called a news conference to announce".
        """
        lemma = self._lemma(verb)
        entry = self.lexicon.verbs.get(lemma)
        if entry is not None and entry.act is SpeechAct.REQUEST:
            return True
        particles = {
            phrase.particle
            for phrase in self.lexicon.phrases.get(lemma, ())
            if phrase.act is SpeechAct.REQUEST and phrase.particle is not None
        }
        return bool(particles) and any(
            c.lower_ in particles and c.dep_ in ("prt", "prep") and c.i > verb.i
            for c in self._children(verb)
        )

    @staticmethod
    def _negated_pair(verb: Token, children: list[Token]) -> bool:
        """Whether the cue is one of two verbs denied together.

        "would neither confirm nor deny the report", "did not confirm or deny it": the
        negation of the first verb covers the second, joined by "or" or "nor".
        """
        if verb.dep_ != "conj":
            return any(c.dep_ == "preconj" and c.lower_ == "neither" for c in children)
        first = verb.head
        if not any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in first.rights):
            return False
        return any(
            (c.dep_ == "preconj" and c.lower_ == "neither") or c.dep_ == "neg"
            for c in first.children
        )

    def _not_speech(self, verb: Token) -> bool:
        """Whether a cue word is used for something other than a statement made.

        "Trump's alleged affair" (an adjective), "too early to say" (nothing said), "the
        right to demand a lawyer" (a possibility), "it is their duty to assure" (a task),
        "a charity called Open Hands" (a name), "was sworn into office", "Read more".
        """
        head = verb.head
        if (
            any(c.dep_ == "compound" and c.i == verb.i - 1 for c in self._children(verb))
            and self.headline_subject(verb) is None
            and self.document_read_subject(verb) is None
        ):
            # "Not all member states back it": a noun the tagger took for a verb (not a
            # headline's "Pope appeals for peace")
            return True
        if (
            verb.dep_ == "amod"
            and not (
                verb.i > 0
                and (self.tokens[verb.i - 1].is_quote or self.tokens[verb.i - 1].text in ",;:")
            )
            and self._name_before_misread_cue(verb) is None
        ):
            # not '"...," added Freeman' or '"...," Trump told supporters', where the
            # parser read the cue so
            return True
        if verb.dep_ == "xcomp" and head.pos_ == "ADJ" and head.lemma_.lower() in _TOO_EARLY:
            return True
        if verb.dep_ == "xcomp" and any(
            c.dep_ == "acomp" and c.lemma_.lower() in _WORTH for c in self._children(head)
        ):
            return True  # "it is important to note that ...", "it is worth noting"
        if head.pos_ == "ADJ" and verb.dep_ == "xcomp" and head.lemma_.lower() in _WORTH:
            return True
        if any(
            c.dep_ == "nsubj"
            and c.tag_ == "DT"
            and c.lower_ in ("this", "that", "these", "those")
            and c.n_lefts + c.n_rights == 0
            for c in self._children(verb)
        ):
            return True  # "That explains why ...": a fact, not a speaker
        if verb.dep_ == "xcomp" and head.lemma_.lower() == "be" and self._is_infinitive(verb):
            # "it was the state's duty to assure that ...", "the aim is to warn" (but "his
            # first act was to announce ..." was done)
            words = {
                c.lemma_.lower()
                for c in self._children(head)
                if c.dep_ in ("nsubj", "attr", "expl")
            }
            if words & _TASKS:
                return True
        if (
            verb.dep_ == "acl"
            and self._is_infinitive(verb)
            and head.pos_ in ("NOUN", "PROPN")
            and head.lemma_.lower() not in self.lexicon.nouns
        ):
            return True
        if (
            verb.tag_ == "VB"
            and verb.i == self._sentence(verb).start
            and not any(c.dep_ in ("nsubj", "aux") for c in self._children(verb))
        ):
            return True  # an imperative that opens a sentence: "Praise Allah who said ..."
        if verb.lemma_.lower() == "tell" and any(
            c.dep_ == "nsubj" and c.lower_ in ("time", "all") for c in self._children(verb)
        ):
            return True  # "Time will tell whether ...", "all told, the project cost ..."
        lemma = self._lemma(verb)
        if lemma in _NAMING and verb.tag_ == "VBN" and verb.dep_ == "acl":
            return True
        if lemma in _NAMING and any(
            c.dep_ in ("dobj", "nsubj") and c.lower_ in _REFLEXIVES for c in self._children(verb)
        ):
            return True  # "a group calling itself Riverside Patriots": a name it goes by
        if (
            lemma == "read"
            and verb.tag_ == "VB"
            and not any(c.dep_ in ("aux", "nsubj") for c in self._children(verb))
            # '"...," read the post.': the inverted "the post read"
            and self._document_read_after_quote(verb) is None
        ):
            return True  # "Read more: ...", a link, not "the statement read"
        return lemma == "swear" and any(
            c.lower_ in ("in", "into") and c.dep_ in ("prt", "prep") for c in self._children(verb)
        )

    def _praise_content(self, verb: Token) -> bool:
        objects = [c for c in self._children(verb) if c.dep_ in ("dobj", "ccomp")]
        if not objects or objects[0].dep_ == "ccomp":
            return True
        named = objects[0].ent_type_ in _ENTITY_LABELS or self.actor(objects[0]) is not None
        if named and any(
            c.dep_ == "prep" and c.i > objects[0].i and c.lower_ in ("to", "into", "at")
            for c in self._children(verb)
        ):
            return False  # "welcomed Kishida to the White House": a guest received, no words
        has_reason = any(
            c.dep_ == "prep" and c.i > objects[0].i and c.lower_ in ("for", "as", "over", "on")
            for c in self._children(verb)
        )
        # "welcomed Kerry" greets a guest; "praised Joe Biden", "hailed the workers" speak
        return not named or has_reason or self._lemma(verb) != "welcome"

    def _phrase_cue(self, verb: Token, phrase: PhraseCue) -> _Draft | None:
        children = list(self._children(verb))
        if phrase.particle is not None:
            particle = next(
                (
                    c
                    for c in children
                    if c.i > verb.i
                    and c.lower_ == phrase.particle
                    # "shot back that ...": an adverb right after the verb is its particle
                    and (c.dep_ in ("prt", "prep") or (c.dep_ == "advmod" and c.i == verb.i + 1))
                ),
                None,
            )
            if particle is None:
                return self._particle_as_mark(verb, phrase)
            if particle.dep_ == "prep" and any(
                c.dep_ in ("dobj", "prt") and verb.i < c.i < particle.i for c in children
            ):
                return None  # "called her in for a talk", "called the vote for May": no "call for"
            apart = any(c.dep_ in ("prep", "agent") and verb.i < c.i < particle.i for c in children)
            if particle.dep_ == "prep" and phrase.particle != "for":
                if any(
                    o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME") for o in particle.children
                ):
                    return None  # "called on Monday for an inquiry": no "call on"
                if apart:
                    # "passed in front of its star on four occasions": "on" begins a
                    # phrase of its own, no particle of "pass on" ("called in a speech
                    # for calm" is still "call for")
                    return None
            if phrase.requires and not any(c.lower_ == phrase.requires for c in children):
                return None
            if self._reports_a_clause_itself(verb, particle, phrase):
                return None  # "shouted at them that the bridge was closed": no request
            if (
                phrase.takes == frozenset({"object"})
                and not phrase.requires  # "referred to Kerry as an old friend"
                and phrase.particle != "for"  # "appealed for witnesses": people asked for
                and particle.dep_ == "prep"
                and any(self._may_speak(c) for c in self._children(particle) if c.dep_ == "pobj")
            ):
                # "the death sentence passed on Morsi": what is passed on is a message, not
                # a person
                return None
            # "called on Monday for an inquiry": the cue is the verb, not what stands between
            cue_end = verb.i + 1 if apart else particle.i + 1
            draft = _Draft(cue=(verb.i, cue_end), act=phrase.act)
            self._find_speaker(draft, verb)
            self._particle_content(draft, verb, particle, phrase)
            draft.takes_quote = "quote" in phrase.takes
            return draft
        noun = next(
            (c for c in children if c.dep_ == "dobj" and c.lemma_.lower() in phrase.objects), None
        )
        if noun is None and phrase.object_is_content:
            # "the claims repeated by the ministry": the noun the participle is hung on
            hung = self._object_of_reduced_passive(verb)
            if hung is None or verb.head.lemma_.lower() not in phrase.objects:
                return None
            draft = _Draft(cue=(verb.i, verb.i + 1), act=phrase.act, takes_quote=True)
            self._find_speaker(draft, verb)
            draft.content = [self._chars(hung)]
            self._find_roles(draft, verb)
            return draft
        if noun is None:
            return None
        if any(self.tokens[i].is_quote for i in range(verb.i + 1, noun.i)):
            # 'sent "a clear message ..."': the quoted words are someone's, not the cue
            return None
        asked = self._asked_of(verb, noun) if phrase.act is SpeechAct.REQUEST else None
        if phrase.object_is_content:
            draft = _Draft(cue=(verb.i, verb.i + 1), act=phrase.act, takes_quote=True)
            self._find_speaker(draft, verb)
            said = self._extend_participles(verb, self._object_span(verb, noun))
            if asked is not None:
                # "renewed its call on Egypt to release the activists"
                said = (said[0], max(said[1], asked[1]))
            draft.content = [self._chars(said)]
            self._find_roles(draft, verb)
            if asked is not None:
                draft.addressee = asked[0]
            return draft
        subject = self._subject(verb)
        if subject is not None:
            subject = self._speaker_after_as(subject) or subject
        if (
            subject is not None
            and self.actor(subject) is None
            and subject.ent_type_ not in _ENTITY_LABELS
            and not self._is_document(subject)
            and subject.pos_ == "NOUN"
            and not self._speaking_word(subject)
        ):
            return None  # "an engine problem raised fears that ...": a thing voices nothing
        draft = _Draft(cue=(verb.i, noun.i + 1), act=phrase.act)
        # "made the following announcement to the passengers: ..." introduces the words
        draft.takes_quote = self._colon_after_noun(noun)
        self._find_speaker(draft, verb)
        if asked is not None:
            # "issued a call on members to strike": the request keeps who it asks, as
            # "called on members to strike" does
            draft.content = [self._chars((asked[0].left_edge.i, asked[1]))]
            self._find_roles(draft, verb)
            draft.addressee = asked[0]
            return draft
        span = self._noun_complement(noun, phrase.about) or self._complement(
            verb, phrase.takes, phrase.about, after=noun.i
        )
        listener = self._listener(verb, noun, phrase, span)
        if listener is not None:
            # "raised concerns directly with Downing Street": whom they were raised with, no
            # words of theirs
            draft.addressee = listener
            span = None
        if span is not None:
            draft.content = [self._chars(self._extend_participles(verb, span))]
        self._cut_at_joined_cues(draft, verb)
        self._find_roles(draft, verb)
        return draft

    def _colon_after_noun(self, noun: Token) -> bool:
        """Whether a colon ends the phrase of a cue's noun: "issued the following statement:".

        Only the noun's own words may stand between ("made an announcement to the crew:");
        a verb, a quotation mark or the end of the sentence comes first otherwise.
        """
        end = noun.sent.end
        for token in self.tokens[noun.i + 1 : end]:
            if token.text == ":":
                return True
            if token.is_quote or token.pos_ in ("VERB", "AUX") or token.text in (".", "?", "!"):
                return False
        return False

    def _listener(
        self, verb: Token, noun: Token, phrase: PhraseCue, span: tuple[int, int] | None
    ) -> Token | None:
        """Return whom an attitude was voiced to, when a phrase of it is all its content.

        "raised concerns with Downing Street" names a listener, where "raised concerns with
        the pace of reform" says what the concerns are about: the object of one of the
        phrase's `listeners` prepositions is a listener when it is someone who can speak.
        """
        if span is None:
            return None
        prep = self.tokens[span[0]]
        if (
            prep.lower_ not in phrase.listeners
            or prep.dep_ != "prep"
            or prep.head.i not in (verb.i, noun.i)
        ):
            return None
        target = next((c for c in self._children(prep) if c.dep_ == "pobj"), None)
        if target is None or target.right_edge.i + 1 != span[1]:
            return None
        if self._may_speak(target) or self._personal_noun(target):
            return target
        # "Downing Street", "the White House": a seat of government named for a place
        return target if target.ent_type_ in ("FAC", "LOC") and target.pos_ == "PROPN" else None

    def _asked_of(self, verb: Token, noun: Token) -> tuple[Token, int] | None:
        """Return who a request noun asks and where the request ends.

        "a call on members to strike", "an appeal to donors to give more": the object of
        "on" or "to" and the infinitive right after it, which the parser may hang on the noun
        or on the verb. None without both.
        """
        prep = next(
            (c for c in self._children(noun) if c.dep_ == "prep" and c.lower_ in ("on", "to")),
            None,
        )
        if prep is None or prep.i != noun.i + 1:
            return None
        target = next((c for c in self._children(prep) if c.dep_ == "pobj"), None)
        if (
            target is None
            or target.pos_ not in ("NOUN", "PROPN", "PRON")
            or target.ent_type_ in ("DATE", "TIME")
        ):
            return None
        after = target.right_edge.i + 1
        if after + 1 >= len(self.tokens) or self.tokens[after].lower_ != "to":
            return None
        clause = self.tokens[after].head
        if clause.head not in (noun, verb) or not self._is_infinitive(clause):
            return None
        return target, clause.right_edge.i + 1

    def _reports_a_clause_itself(self, verb: Token, particle: Token, phrase: PhraseCue) -> bool:
        """Tell whether a request phrase is only a speaking verb that reports a clause.

        "shouted at us to try his mutton" asks something of its addressee, but "shouted at
        them that the bridge was closed" reports what was shouted: a verb that reports a
        clause by itself keeps it when no infinitive follows its particle's object.
        """
        entry = self.lexicon.verbs.get(self._lemma(verb))
        if phrase.act is not SpeechAct.REQUEST or entry is None or "clause" not in entry.takes:
            return False
        target = next((c for c in self._children(particle) if c.dep_ == "pobj"), None)
        clause = self._clausal(verb, after=particle.i) or (
            self._clausal(target, after=target.i) if target is not None else None
        )
        return clause is not None and not self._is_infinitive(clause)

    def _particle_as_mark(self, verb: Token, phrase: PhraseCue) -> _Draft | None:
        """Read "called for X to be Y", whose particle the parser makes the clause's mark.

        "called for air defence systems to be delivered quickly": "for" opens the clause
        ``advcl`` of "called" rather than hanging on the verb; what was called for is the
        clause after it.
        """
        following = verb.i + 1
        if following >= len(verb.doc) or verb.doc[following].lower_ != phrase.particle:
            return None
        mark = verb.doc[following]
        clause = mark.head
        if mark.dep_ != "mark" or clause.head != verb or clause.dep_ not in ("advcl", "ccomp"):
            return None
        draft = _Draft(cue=(verb.i, mark.i + 1), act=phrase.act)
        self._find_speaker(draft, verb)
        draft.content = [self._chars((mark.i + 1, clause.right_edge.i + 1))]
        return draft

    def _particle_content(
        self, draft: _Draft, verb: Token, particle: Token, phrase: PhraseCue
    ) -> None:
        target = next((c for c in self._children(particle) if c.dep_ == "pobj"), None)
        if target is None and particle.dep_ == "prt":
            target = next((c for c in self._children(verb) if c.dep_ == "dobj"), None)
        elif target is None and particle.dep_ == "prep":
            # "called on all coalition partners to ...", parsed with the partners the verb's
            # object and "on" left without one
            target = next(
                (c for c in self._children(verb) if c.dep_ == "dobj" and c.i > particle.i), None
            )
        clause = self._clausal(verb, after=particle.i) or (
            self._clausal(target, after=target.i) if target is not None else None
        )
        if target is not None and "addressee" in phrase.takes and clause is not None:
            draft.addressee = target
            draft.content = [self._chars((target.left_edge.i, clause.right_edge.i + 1))]
            return
        if target is not None and phrase.requires:
            # "referred to Kerry as an old friend": said to, or of, Kerry.
            draft.addressee = target
            marker = next(c for c in self._children(verb) if c.lower_ == phrase.requires)
            end = max(marker.right_edge.i, target.right_edge.i) + 1
            draft.content = [self._chars((target.left_edge.i, end))]
            return
        if target is not None and "object" in phrase.takes:
            if target.lower_ in OBJECT_PRONOUNS and target.i < particle.i:
                return  # "pointed him out", "called her in": a person, not words
            span = self._extend_participles(verb, self._object_span(verb, target))
            draft.content = [self._chars(span)]
            return
        found = self._complement(verb, phrase.takes, phrase.about, after=particle.i)
        if found is not None:
            draft.content = [self._chars(found)]
            if target is not None and "addressee" in phrase.takes:
                draft.addressee = target  # "appealed to the public for help"

    def _noun_cue(self, noun: Token) -> _Draft | None:
        act = self.lexicon.nouns.get(noun.lemma_.lower())
        if act is None:
            return None
        if any(
            c.dep_ == "det" and (c.lower_ == "no" or (c.lower_ == "any" and noun.tag_ == "NN"))
            for c in noun.children
        ):
            # "rejects any suggestion that ...": no one suggested it ("denied any allegations
            # that ..." were made)
            return None
        # "with Xi warning that ...": a gerund the tagger took for a noun keeps its subject
        source = next((c for c in self._children(noun) if c.dep_ in ("poss", "nsubj")), None)
        clause = next(
            (
                c
                for c in self._children(noun)
                if c.dep_ in ("acl", "ccomp", "relcl")
                and c.i > noun.i
                and (
                    self._has_that(c)
                    # "China's pledge to cut emissions", "a call to end the strike"
                    or (
                        self._is_infinitive(c)
                        and (source is not None or act in (SpeechAct.COMMIT, SpeechAct.REQUEST))
                    )
                )
            ),
            None,
        )
        if clause is None and noun.dep_ == "nsubj" and noun.head.lemma_.lower() in _EMERGING:
            # "Reports emerged that ...": the clause hangs from the verb.
            clause = next(
                (c for c in self._children(noun.head) if c.dep_ == "ccomp" and self._has_that(c)),
                None,
            )
        if clause is None and noun.dep_ == "pobj" and noun.head.lower_ == "as":
            # "described as false reports circulating online that ...": the clause hangs
            # from the naming cue
            clause = self._clause_of_shifted_object(noun.head.head, noun.right_edge.i + 1)
        if clause is None or self._setting_of_cue(noun):
            return None
        if noun.dep_ == "dobj" and any(
            phrase.object_is_content
            and noun.lemma_.lower() in phrase.objects
            # "dismissed opposition allegations that ...": those are the opposition's
            and phrase.act not in (SpeechAct.DENY, SpeechAct.CRITICIZE)
            for phrase in self.lexicon.phrases.get(self._lemma(noun.head), ())
        ):
            return None  # "renewed its demand that ...": told by the verb, with its speaker
        draft = _Draft(cue=(noun.i, noun.i + 1), act=act)
        start, end = _subtree_range(clause)
        named = self._as_hung_in_object(noun.head, noun) if noun.dep_ == "dobj" else None
        if named is not None and start < named.i < end:
            # "described reports that ... as false": what the reports are called is the
            # describer's word, not the reports'
            end = named.i
        draft.content = [self._chars((start, end))]
        self._cut_at_joined_cues(draft, noun)
        if source is None:
            by = next(
                (
                    c
                    for c in self._children(noun)
                    if c.dep_ == "prep"
                    and (
                        c.lower_ in ("by", "from")
                        # "a report in The Wall Street Journal that ...": the paper's
                        or (
                            c.lower_ == "in"
                            and noun.lemma_.lower() in PUBLISHED_PIECES
                            and self.names_outlet(c)
                        )
                    )
                ),
                None,
            )
            source = next((c for c in self._children(by) if c.dep_ == "pobj"), None) if by else None
        if source is None:
            # "a Washington Post report that ...", "a Kremlin statement that ...": the named
            # author in front of the noun
            source = next(
                (
                    c
                    for c in noun.lefts
                    if c.dep_ == "compound" and c.pos_ == "PROPN" and self.actor(c) is not None
                ),
                None,
            )
        if source is None and noun.dep_ == "pobj" and noun.head.lower_ == "with":
            # "opened the summit with a warning that ...": the one who opened it warned
            verb = noun.head.head
            if verb.pos_ == "VERB" and noun.head.dep_ == "prep":
                source = next((c for c in self._children(verb) if c.dep_ == "nsubj"), None)
        if source is not None:
            draft.speaker = source
            draft.mention = self._mention(source, draft.cue)
        return draft

    def _setting_of_cue(self, noun: Token) -> bool:
        """Whether ``noun`` only says where a verb cue spoke: "said in a statement that"."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ == "as":
            return False  # "described as false reports that ...": what is named
        if not (self._is_setting(noun) or prep.lower_ == "without"):
            return False
        while prep.lower_ == "of" and prep.head.dep_ == "pobj" and prep.head.head.dep_ == "prep":
            prep = prep.head.head  # "said at the end of the report that ..."
        if prep.lower_ == "as":
            return False
        verb = prep.head
        entry = self.lexicon.verbs.get(self._lemma(verb))
        return verb.i < noun.i and entry is not None and "clause" in entry.takes

    def _directive(self, draft: _Draft) -> SpeechAct | None:
        """Return a request that a telling cue makes with an infinitive: "told X to leave".

        A cue that takes an addressee ("tell", "warn"), with the addressee as its object or
        its passive's subject ("Residents were told to stay indoors") and an infinitive
        after it, asks the addressee to do something.
        """
        verb = self.tokens[draft.head]
        entry = self.lexicon.verbs.get(self._lemma(verb))
        if entry is None or "addressee" not in entry.takes or draft.addressee is None:
            return None
        told = draft.addressee
        # right after the one told ("told residents to stay"), or after the passive verb
        after = told.right_edge.i + 1 if told.i > verb.i else verb.i + 1
        for child in self._children(verb):
            # "told jurors on Tuesday not to read", "reminded jurors Tuesday afternoon not to"
            if child.left_edge.i == after and self._when(child):
                after = child.right_edge.i + 1
        infinitive = any(
            c.dep_ in ("xcomp", "ccomp")
            and c.left_edge.i == after  # not "told Reuters on condition of anonymity to discuss"
            and c.lemma_.lower() not in ("expect", "anticipate")  # "told them to expect rain"
            and self._is_infinitive(c)
            for c in self._children(verb)
        )
        return SpeechAct.REQUEST if infinitive else None

    def _act_on_what_is_named(self, verb: Token) -> SpeechAct | None:
        """Return the act of the cue that governs "what X called ...", when it judges.

        "The pope criticised what he called "the globalisation of indifference"": the naming
        is the criticism ("denounced", "praised", "rejected" too); "said what he called a
        plan" only names.
        """
        if verb.dep_ not in ("ccomp", "dobj") or not any(
            c.lower_ == "what" and c.i < verb.i for c in self._children(verb)
        ):
            return None
        entry = self.lexicon.verbs.get(self._lemma(verb.head))
        if entry is None or entry.act not in (
            SpeechAct.CRITICIZE,
            SpeechAct.PRAISE,
            SpeechAct.DENY,
        ):
            return None
        return entry.act

    def _evaluation(self, draft: _Draft) -> SpeechAct | None:
        """Return praise or criticism that a naming cue's predicate carries ("an old friend")."""
        verb = self.tokens[draft.head]
        lemma = self._lemma(verb)
        entry = self.lexicon.verbs.get(lemma)
        naming = (entry is not None and "naming" in entry.takes) or any(
            phrase.requires == "as" for phrase in self.lexicon.phrases.get(lemma, ())
        )
        if not naming:
            return None
        governing = self._act_on_what_is_named(verb)
        if governing is not None:
            return governing
        predicate = self._naming_predicate(verb)
        if predicate is None:
            return None
        words = self.tokens[predicate.left_edge.i : predicate.right_edge.i + 1]
        if any(t.lower_ in _NEGATIONS for t in words):
            return None
        acts = {
            self.lexicon.evaluations[t.lemma_.lower()]
            for t in words
            if t.lemma_.lower() in self.lexicon.evaluations
        }
        return acts.pop() if len(acts) == 1 else None


def _word_in(token: Token, words: frozenset[str]) -> bool:
    """Whether ``token`` is one of ``words``, in the singular: "Warplanes" is "warplane"."""
    lower = token.lower_
    return (
        lower in words
        or token.lemma_.lower() in words
        or (lower.endswith("s") and lower[:-1] in words)
    )
