"""Evidence from its context that a name the model did not tag as a person is one.

The small model tags many surnames as organisations or places ("Trump said", "Blinken and
Wang shook hands"), and misses names after a title it has not seen ("Battalion Chief Joe
Fahey"). A name-like span is a person on evidence that only a person gives:

- a regnal numeral after the name ("Mohammed VI", "Charles III");
- being the subject of a verb of the lexicon's ``person_verbs`` ("smiled", "resigned"), or
  one of those who "shook hands";
- being the subject of a verb whose clause speaks of it as "he" or "she" (or "his" and
  "her" after a reporting verb), when no other person is named before ("Tembe said he
  would run", "Tembe could win if he ran", "Tembe told his staff"), or of a reporting
  verb whose next sentence goes on "..., she said";
- being joined by "and" to a person the model did tag, the two of them subject or object
  ("Clinton and Trump need", not a list such as "Fallujah, Ramadi and Manbij");
- a family word of the lexicon's ``kinship_nouns`` that it owns or that it is in apposition
  with ("Badreddine's brother-in-law", "her son, Anibal", "Anibal, her son");
- an indefinite noun of the lexicon's ``person_nouns`` in apposition ("Eva, a student");
- a first name of the lexicon's ``female_names`` or ``male_names`` and one or two more names
  ("Helen Mason");
- someone's title in apposition, either way round ("Russia's deputy ambassador, Dmitry
  Polyanskiy,"; "Polyanskiy, Russia's deputy ambassador,").

Countries, known places (the ``places`` gazetteer and the ISO 3166-2 subdivisions),
institutions ("Congress"), acronyms, plurals and lexicon words are never persons by this
evidence. The other way round, a single word tagged as a person that is a known place is a
place, unless a title or a longer name in the doc says otherwise ("Kyiv hosted the talks").
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from spacy.tokens import Token

from newsevents._syntax import SUBJECT_DEPS
from newsevents._words import HYPHENS as _HYPHENS
from newsevents.actors._lexicon import _key
from newsevents.actors._pronouns import _SUBJECT_PRONOUNS
from newsevents.actors._titles import _Titles
from newsevents.places import listed_city, listed_place

_ROMAN_NUMERAL = re.compile(r"^(?:X{0,2})(?:IX|IV|V?I{0,3})$")
_SELF_POSSESSIVES = frozenset({"his", "her"})
# Verbs whose "it" points at a clause or a thing, not at who speaks: "said it was time",
# "said it seemed unlikely", "said it took courage", and the weather's "it": "said it rained".
_IT_VERBS = frozenset(
    {
        "be", "seem", "appear", "look", "sound", "remain", "become", "happen", "matter",
        "take", "make", "mean", "depend", "feel", "come", "go", "get", "stand", "show",
        "help", "hurt", "cost", "work", "need", "require",
        "rain", "snow", "pour", "hail", "drizzle", "freeze", "thunder",
    }
)  # fmt: skip
# Words that may stand between an owner and a family word: "Trump's eldest son".
_KIN_FILLERS = frozenset({"-", "year", "old", "month", "late", "only", "eldest", "youngest"})
_OWNERS = frozenset({"his", "her", "their", "the", "a", "an", "its"})
# Family words that tell a gender: "her brother, Victor Aguila" is no "she".
_MALE_KIN = frozenset(
    {
        "brother", "father", "son", "husband", "uncle", "nephew", "grandfather", "grandson",
        "boyfriend", "fiance", "fiancé", "stepfather", "stepson", "widower", "brother-in-law",
        "father-in-law", "son-in-law",
    }
)  # fmt: skip
_FEMALE_KIN = frozenset(
    {
        "sister", "mother", "daughter", "wife", "aunt", "niece", "grandmother",
        "granddaughter", "girlfriend", "fiancee", "fiancée", "stepmother", "stepdaughter",
        "widow", "sister-in-law", "mother-in-law", "daughter-in-law",
    }
)  # fmt: skip


def _is_roman_numeral(text: str) -> bool:
    return bool(text) and text.isupper() and _ROMAN_NUMERAL.match(text) is not None


# Words of a military base's name, never a person's: "Forward Operating Base Dwyer".
# Nouns of what a company has, that its name modifies: "Ford shares fell".
_COMPANY_NOUNS = frozenset(
    {"shares", "stock", "stocks", "sales", "profit", "profits", "revenue", "earnings"}
)
_BASE_WORDS = frozenset({"base", "airbase", "outpost", "garrison"})
# Verbs of coming down on, coming to or staying at a place, whose "on", "at" or "in" names
# it: "land on the Moon", "arrived at Cox's Bazar", "camped in Rafah".
_ARRIVAL_VERBS = frozenset(
    {"arrive", "land", "touch", "crash", "step", "walk", "dock", "disembark", "camp", "shelter"}
)
# Kinds of places a name before them is one of: "the Karaganda region".
_PLACE_KIND_NOUNS = frozenset(
    {"region", "province", "district", "oblast", "county", "prefecture", "governorate", "state"}
    | {"municipality", "town", "village", "city", "valley", "enclave", "island", "islands"}
)
# Those of them that end the name of a region with officers of its own ("Jefferson County"):
# no person's name ends with one.
_REGION_HEADS = _PLACE_KIND_NOUNS & {"county", "state", "province", "district", "prefecture"}
# Capitalised last words of the names of awards, no actors unless they act ("a meeting of
# his Earthshot Prize", "won the Nobel Prize"; not "The Earthshot Prize said").
_AWARD_HEADS = frozenset({"prize", "award", "awards", "medal", "trophy"})
# Titles of royals and peers that with "of" and a place name a person: "the Duke of Sussex".
# Titles of royals, peers and prelates that name one person with "of" and a place alone
# ("the Duke of Sussex", "the Archbishop of Canterbury", "the Patriarch of Moscow").
_PEER_TITLES = frozenset(
    {
        "prince",
        "princess",
        "duke",
        "duchess",
        "earl",
        "countess",
        "marquess",
        "baroness",
        "archbishop",
        "bishop",
        "patriarch",
        "metropolitan",
        "catholicos",
    }
)


# The Irish prefix of a family name, one capital letter: "Seán Ó Fearghaíl".
_IRISH_PREFIX = "\u00d3"


def _peer_name(words: tuple[str, ...]) -> bool:
    """Whether the key ``words`` names a royal or peer by title and place ("prince of wales").

    Neither "Prince" nor "Wales" alone names the Prince of Wales.
    """
    return len(words) > 2 and words[1] == "of" and words[0] in _PEER_TITLES


class _PersonEvidence(_Titles):
    """Tell, from its context, whether a name-like span the model mislabelled is a person."""

    def _is_known_place(self, start: int, end: int) -> bool:
        # The rules ask about the same few ranges many times over: each answer is kept.
        known = self._known_place_cache.get((start, end))
        if known is None:
            text = self.text[self.tokens[start].idx : self._chars(start, end)[1]]
            known = self._known_place_cache[(start, end)] = listed_place(text)
        return known

    def _town_before_based_place(self, start: int, end: int) -> bool:
        """Whether a name after an article is set off before a place glued to "-based".

        "The Santa Clara, California-based company": the town before its state or country
        (not "Air France, Lufthansa, Dubai-based Emirates", a list).
        """
        lower = self.lower
        return (
            start > 0
            and lower[start - 1] in ("the", "a", "an")
            and end + 3 < len(lower)
            and lower[end] == ","
            and lower[end + 2] in _HYPHENS
            and lower[end + 3] == "based"
            and (
                self._country_of_range(end + 1, end + 2) is not None
                or self._is_known_place(end + 1, end + 2)
            )
        )

    def _name_like(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` may be a person's name: one to three capitalised words.

        No acronym, plural, country, known place, institution or lexicon word, nor "The".
        """
        known = self._name_like_cache.get((start, end))
        if known is None:
            known = self._name_like_cache[(start, end)] = self._reads_as_name(start, end)
        return known

    def _reads_as_name(self, start: int, end: int) -> bool:
        """Work out :meth:`_name_like` (which keeps each range's answer)."""
        doc = self.tokens
        words = self.words  # each token's text
        # a hyphen between two capitalised words joins them ("Kassym-Jomart")
        joints = [
            i
            for i in range(start + 1, end - 1)
            if words[i] == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_
        ]
        if not 1 <= end - start - 2 * len(joints) <= 3:
            return False
        if self.lower[start] == "the":
            return False  # "The Yorkshire Post reported that his ...": no person's name
        lexicon = self.lexicon
        for i in range(start, end):
            if i in joints:
                continue
            text = words[i]
            word = self.lower[i]
            if not text.isalpha() or not text[:1].isupper():
                return False
            if text.isupper() and text != _IRISH_PREFIX:  # "Seán Ó Fearghaíl" has no acronym
                return False
            if (
                word in lexicon.institutions
                or word in lexicon.group_nouns
                or _key(word) in lexicon.titles
                or _key(word) in lexicon.honorifics
                or _key(word) in lexicon.organization_descriptors
                or word in lexicon.modifiers
                or word in _BASE_WORDS  # "Forward Operating Base Dwyer"
            ):
                return False
        last = self.lower[end - 1]
        if doc[end - 1].tag_ in ("NNS", "NNPS") and not (
            # "the composer Anders Lie": a first name ending in "s" is no plural
            lexicon.is_first_name(last)
        ):
            return False
        return self._country_of_range(start, end) is None and not self._is_known_place(start, end)

    def _person_evidence(self, start: int, end: int, *, speech_only: bool = False) -> bool:
        """Whether the context of the name-like span ``[start, end)`` says it is a person.

        With ``speech_only``, only "X said he" counts (for a party or nationality the
        model tagged, "Republican" being a person only when it says "he").
        """
        if end - start >= 2 and _is_roman_numeral(self.words[end - 1]):
            return self._name_like(start, end - 1)
        if not self._name_like(start, end):
            return False
        if end < len(self.doc) and _is_roman_numeral(self.words[end]):
            return True
        head = self.tokens[self._head(start, end)]
        if speech_only:
            return not any(child.dep_ == "det" for child in head.children) and (
                self._speaks_of_self(head, start, end)
            )
        return (
            self._does_what_people_do(head)
            or self._speaks_of_self(head, start, end)
            or self._quoted_on_as_pronoun(head, start, end)
            or self._joined_to_person(head, start, end)
            or self._kin_of(start, end) is not None
            or self._described_as_person(head)
            or self._age_after(start, end)
            or self._title_in_apposition(head)
            or self._set_off_after_title(start, end)
            or self._gives_interview(head)
            or self._first_name_and_surname(start, end)
            or self._surname_of_person(start, end)
        )

    def _reports_as_outlet(self, i: int) -> bool:
        """Whether a one-word name the model tags as a person's reports news as an outlet does.

        "Izvestia reported that talks had stalled", "Kommersant reported the deal": the
        subject of "report" with a clause or an object, a word no person's longer name in
        the text has ("John Smith ... Smith reported that ..." is the man).
        """
        token = self.tokens[i]
        verb = token.head
        if token.dep_ != "nsubj" or verb.lemma_.casefold() != "report" or verb.i < i:
            return False
        if not any(child.dep_ in ("ccomp", "dobj") for child in verb.children) and not any(
            word.i > verb.i and word.lower_ == "that" for word in verb.subtree
        ):
            return False  # "Smith reported to the police station": a person's act
        word = self.lower[i]
        return not any(
            e - s > 1 and word in self.lower[s:e] for s, e, tag in self.original if tag == "PERSON"
        )

    def _reports_somewhere(self, word: str) -> bool:
        """Whether a one-word name reports news as an outlet does anywhere in the text."""
        return any(
            other == word and self._reports_as_outlet(i) for i, other in enumerate(self.lower)
        )

    def _surname_of_person(self, start: int, end: int) -> bool:
        """Whether a name of two words ends with the surname of a person named elsewhere.

        "Eleanor Vance died ... Clare Vance said": the model's organisation "Clare Vance" is
        Eleanor's kin. The person must be tagged as one by the model, in two words or more.
        """
        surname = self.lower[end - 1]
        if end - start != 2 or surname not in self.tagged_surnames:
            return False
        if self.tokens[end - 1].tag_ != "NNP":
            return False
        return any(
            label == "PERSON"
            and last - first >= 2
            and self.lower[last - 1] == surname
            and not (start <= first < end)
            # the same words again are no kin ("[West Yorkshire] Mayor", a region)
            and self.lower[first:last] != self.lower[start:end]
            for first, last, label in self.original
        )

    def _first_name_and_surname(self, start: int, end: int) -> bool:
        """Whether the span is a first name of the lexicon's lists and one or two more names.

        "Helen Mason", "Maria Eugenia Landaeta", "Jacqueline Herredia-Morales" tagged as
        organisations are persons; "Christian Democrats" is no two names (a plural), a word
        of organisations ends no name ("George Mason University", the lexicon's words), and
        a place first ("Virginia Tech") makes a place's institution.
        """
        words = [i for i in range(start, end) if self.words[i] != "-"]
        if not 2 <= len(words) <= 3:
            return False
        lexicon = self.lexicon
        first, last = self.lower[start], self.tokens[end - 1]
        return (
            lexicon.is_first_name(first)
            and last.tag_ == "NNP"
            and not any(self.lower[i] in lexicon.not_name_words for i in words)
            and self._country_of_range(start, start + 1) is None
            and not self._is_known_place(start, start + 1)
        )

    def _owner_of_its(self, start: int, end: int) -> bool:
        """Whether the name is the subject of a verb whose object is "its" something.

        "Lumora unveiled its glasses", "Acme raised its forecast for the year": "its" is the
        subject's, so the subject is no person. Only the verb's own object or the object
        of its preposition counts, not a clause with a subject of its own.
        """
        head = self.tokens[self._head(start, end)]
        if head.dep_ != "nsubj":
            return False
        verb = head.head
        for child in verb.children:
            if child.dep_ == "prep":
                objects = [grand for grand in child.children if grand.dep_ == "pobj"]
            elif child.dep_ in ("dobj", "attr"):
                objects = [child]
            else:
                continue
            for noun in objects:
                if any(grand.dep_ == "poss" and grand.lower_ == "its" for grand in noun.children):
                    return True
        return False

    def _title_in_apposition(self, head: Token) -> bool:
        """Whether the name stands in apposition with someone's title, either way round.

        "Russia's deputy ambassador, Dmitry Polyanskiy, said" (a name the model took for an
        organisation), "The INEC Chairman, Mahmood Yakubu, said"; "Dmitry Polyanskiy,
        Russia's deputy ambassador, said"; "The former
        mayor of Medellín, Federico Salazar Arango, said", the name hung on the place.
        """
        titles = self.lexicon.titles

        # "Baroness Emma Nicholson of [Winterbourne], president of ...": a name that is the
        # object of "of" is a place of a title, not one whose title an "of" phrase gives
        of_too = head.dep_ != "pobj"

        def title(token: Token) -> bool:
            # someone's title: "Russia's ambassador", "the mayor of Medellín", "The INEC
            # Chairman" (a body's, named before it) (not "the plaintiff", which a county may be)
            # Not a word that names a body as well ("Britain's communications regulator,
            # Ofcom,").
            children = list(token.children)
            return (
                token.tag_ in ("NN", "NNP")
                and _key(token.lower_) in titles
                and _key(token.lower_) not in self.lexicon.organization_descriptors
                and (
                    any(
                        word.dep_ == "poss"
                        or (of_too and word.dep_ == "prep" and word.lower_ == "of")
                        for word in children
                    )
                    or (
                        any(word.dep_ == "det" and word.lower_ == "the" for word in children)
                        and any(word.dep_ == "compound" for word in children)
                    )
                )
            )

        if head.dep_ == "appos":
            owner = head.head
            if title(owner) or (
                # the parser hangs the name on the title's place: "[Medellín], Federico ..."
                owner.pos_ == "PROPN"
                and owner.dep_ == "pobj"
                and owner.head.lower_ == "of"
                and title(owner.head.head)
            ):
                return True
        return any(child.dep_ == "appos" and title(child) for child in head.children)

    def _set_off_after_title(self, start: int, end: int) -> bool:
        """Whether a name of two or three words is set off by commas after a person's title.

        "an amendment tabled by the chair of the work and pensions committee, Debbie
        Abrahams, which calls for ...": the phrase before the first comma is a title in
        lower case with its determiner and its "of" or "for" (the words after it only its
        prepositions' objects), and the parser hung the name on none of its words. A name
        it hung on the last noun of the phrase is that noun's ("the head of the carmaker,
        Stellantis,"), and so is a name a verb follows with no comma.
        """
        if not 2 <= end - start <= 3 or start < 3 or end >= len(self.lower):
            return False
        if self.lower[start - 1] != "," or self.lower[end] not in (",", ".", ";"):
            return False
        lexicon = self.lexicon
        anchor = self.tokens[self._head(start, end)].head.i
        token = self.tokens[start - 2]
        for _ in range(8):
            if token.i == anchor:
                return False
            children = list(token.children)
            if (
                token.tag_ == "NN"
                and token.is_lower
                and _key(token.lower_) in lexicon.titles
                and _key(token.lower_) not in lexicon.organization_descriptors
                and any(word.dep_ in ("det", "poss") for word in children)
                and any(word.dep_ == "prep" and word.lower_ in ("of", "for") for word in children)
            ):
                return True
            if token.dep_ not in ("pobj", "prep", "compound", "amod", "nmod", "conj", "cc"):
                return False
            if token.head.i == token.i or token.head.i >= start - 1:
                return False
            token = token.head
        return False

    def _gives_interview(self, head: Token) -> bool:
        """Whether the name speaks in an interview or to someone, as only people do.

        "In an interview with Reuters, Marsh said", "Marsh said in an interview on CNN",
        "Speaking to the BBC, Okoye said": the subject of a verb of speech set in an
        interview, or of one with a participle of speaking to or with someone.
        """
        if head.dep_ != "nsubj":
            return False
        verb = head.head
        if verb.lemma_.lower() not in self.roles.speech_verbs:
            return False
        for child in verb.children:
            if (
                child.dep_ == "prep"
                and child.lower_ in ("in", "during")
                and any(
                    grand.dep_ == "pobj" and grand.lemma_.lower() == "interview"
                    for grand in child.children
                )
            ):
                return True
            if (
                child.dep_ == "advcl"
                and child.tag_ == "VBG"
                and child.lemma_.lower() in ("speak", "talk")
                and child.i < head.i
                and any(
                    grand.dep_ == "prep" and grand.lower_ in ("to", "with")
                    for grand in child.children
                )
            ):
                return True
        return False

    def _described_as_person(self, head: Token) -> bool:
        """Whether an apposition calls the name one of the people of the news.

        "said Eva, a 17-year-old student, ...": an indefinite singular noun of the
        lexicon's ``person_nouns`` in apposition ("Reuters, a news agency" is none).
        """
        nouns = self.lexicon.person_nouns
        return any(
            child.dep_ == "appos"
            and child.tag_ == "NN"
            and child.lower_ in nouns
            and any(word.dep_ == "det" and word.lower_ in ("a", "an") for word in child.children)
            for child in head.children
        )

    def _age_after(self, start: int, end: int) -> bool:
        """Whether an age follows the name of two or three words, set off by commas.

        "Another voter, Curtis Bell, 38, said": only people's ages are written so.
        """
        if not 2 <= end - start <= 3 or end + 3 >= len(self.lower):
            return False
        age = self.tokens[end + 1]
        return (
            self.lower[end] == ","
            and self.lower[end + 2] == ","
            and age.is_digit
            and 0 < int(age.text) < 120
        )

    def _does_what_people_do(self, token: Token) -> bool:
        """Whether ``token`` is the subject of a person verb, or shakes hands with someone."""
        while token.dep_ == "conj" and token.head.i != token.i:
            token = token.head
        if token.dep_ in SUBJECT_DEPS:
            return self._person_verb(token.head)
        # "... shook hands with Ortega".
        if token.dep_ == "pobj" and token.head.lower_ == "with":
            verb = token.head.head
            return verb.lemma_.lower() == "shake" and self._person_verb(verb)
        return False

    def _person_verb(self, verb: Token) -> bool:
        lemma = verb.lemma_.lower()
        if lemma in self.lexicon.person_verbs:
            return True
        return lemma == "shake" and any(
            child.dep_ == "dobj" and child.lower_ in ("hands", "hand") for child in verb.children
        )

    def _speaks_of_self(self, token: Token, start: int, end: int) -> bool:
        """Whether ``token`` speaks of itself as "he"/"she": "Tembe said he would".

        The subject of a verb whose clause has "he" or "she" as the subject of a clause of
        its own ("Tembe said he would", "Tembe could win if he ran"), or "his"/"her" after
        a reporting verb ("Tembe told his staff"); only when no other person is named before
        that pronoun, who could be "he".
        """
        if token.dep_ not in SUBJECT_DEPS:
            return False
        verb = token.head
        speech = verb.lemma_.lower() in self.roles.speech_verbs
        pronoun = next(
            (
                child
                for child in verb.subtree
                if child.i >= end
                and (
                    (
                        child.lower_ in _SUBJECT_PRONOUNS
                        and child.dep_ in SUBJECT_DEPS
                        and child.head.i != verb.i
                    )
                    or (speech and child.lower_ in _SELF_POSSESSIVES and child.dep_ == "poss")
                )
            ),
            None,
        )
        if pronoun is None:
            return False
        if self._says_he_right_after(token, start, end, pronoun):
            return True
        return not any(
            label == "PERSON" and s < pronoun.i and not (start <= s < end)
            for s, _, label in self.original
        )

    def _body_by_it(self, start: int, end: int) -> bool:
        """Whether a name that speaks of itself as "it" is a body: "Equinor said it would".

        Only a name that may be a person's (no place, country or acronym); not after a title
        or an honorific, nor a first name of the lexicon's lists and a surname, nor a word of
        a person the model tagged elsewhere ("Dana Reyes ... Reyes said it was done" may be
        her).
        """
        lexicon = self.lexicon
        if not self._name_like(start, end):
            return False  # "Honiara said it would": a capital speaks for its country
        if start > 0 and (
            _key(self.lower[start - 1]) in lexicon.titles
            or _key(self.lower[start - 1]) in lexicon.honorifics
        ):
            return False
        if self._first_name_and_surname(start, end):
            return False
        persons = self._original_persons_by_word
        if any(
            not s <= start < e
            for word in set(self.lower[start:end])
            for s, e in persons.get(word, ())
        ):
            return False
        return self._speaks_of_itself(self.tokens[self._head(start, end)], end)

    def _company_by_its_words(self, start: int, end: int) -> bool:
        """Whether a one-word name is a company by the words around it.

        "Ford shares fell": the name modifies a noun of what a company has (not "Ford's
        shares", which a person may own); "Ford said its sales fell": the subject of a
        reporting verb whose complement's subject is "its" something. A person of that
        surname named in the text ("Bill Ford") does not change it.
        """
        word = self.words[start]
        if end - start != 1 or not (word.isalpha() and word.istitle()):
            return False
        token = self.tokens[start]
        if (
            end < len(self.tokens)
            and self.lower[end] in _COMPANY_NOUNS
            and self.tokens[end].pos_ == "NOUN"
            and token.dep_ == "compound"
            and token.head.i == end
        ):
            return True
        if token.dep_ not in SUBJECT_DEPS or not self._name_like(start, end):
            return False
        verb = token.head
        if verb.lemma_.lower() not in self.roles.speech_verbs or verb.i < end:
            return False
        after = verb.i + 1
        if after < len(self.tokens) and self.lower[after] == "that":
            after += 1
        if after + 1 >= len(self.tokens) or self.lower[after] != "its":
            return False
        owned = self.tokens[after].head
        return (
            self.tokens[after].dep_ == "poss"
            and owned.dep_ in SUBJECT_DEPS
            and owned.head.dep_ == "ccomp"
            and owned.head.head.i == verb.i
        )

    def _speaks_of_itself(self, token: Token, end: int) -> bool:
        """Whether ``token`` speaks of itself as "it": "Equinor said it had started".

        The subject of a reporting verb whose complement clause opens with "it" (or "that
        it") as the subject of a verb of doing: people are no "it". Not a verb of being or
        seeming, whose "it" points at a clause after it ("Smith said it was time to go",
        "said it seemed unlikely"), nor a passive or "it" with a copula after it.
        """
        if token.dep_ not in SUBJECT_DEPS:
            return False
        verb = token.head
        if verb.lemma_.lower() not in self.roles.speech_verbs or verb.i < end:
            return False
        after = verb.i + 1
        if after < len(self.tokens) and self.lower[after] == "that":
            after += 1
        if after >= len(self.tokens) or self.lower[after] != "it":
            return False
        pronoun = self.tokens[after]
        clause = pronoun.head
        if pronoun.dep_ != "nsubj" or clause.dep_ != "ccomp" or clause.head.i != verb.i:
            return False
        if clause.lemma_.lower() in _IT_VERBS or clause.pos_ not in ("VERB",):
            return False
        return not any(
            child.dep_ in ("auxpass", "acomp", "attr", "ccomp", "xcomp")
            and child.lemma_.lower() in _IT_VERBS | {"be"}
            for child in clause.children
        ) and not any(child.dep_ in ("auxpass", "expl") for child in clause.children)

    def _says_he_right_after(self, token: Token, start: int, end: int, pronoun: Token) -> bool:
        """Whether "he" is the subject of the very clause the name says: "Bell said he would".

        Then no person named in a sentence before can be "he": the clause hangs on the verb
        the name is the subject of and no other name stands between them. A name with an
        article ("the Damas said he") is none.
        """
        clause = pronoun.head
        if pronoun.dep_ != "nsubj" or clause.dep_ != "ccomp" or clause.head.i != token.head.i:
            return False
        if start > 0 and self.tokens[start - 1].dep_ == "det":
            return False
        return not any(self.tokens[i].pos_ == "PROPN" for i in range(end, pronoun.i))

    def _quoted_on_as_pronoun(self, token: Token, start: int, end: int) -> bool:
        """Whether the sentence after ``token``'s goes on quoting it as "he" or "she".

        '"Measles is back," Ramaswamy said. Most cases were in children, she said.': the
        subject of a reporting verb, then "he" or "she" as the subject of one in the next
        sentence; only when no other person is named before that pronoun.
        """
        speech = self.roles.speech_verbs
        if token.dep_ not in SUBJECT_DEPS or token.head.lemma_.lower() not in speech:
            return False
        sentence = self._sentence(token.i) + 1
        if sentence >= len(self._bounds):
            return False
        first, last = self._bounds[sentence]
        pronoun = next(
            (
                i
                for i in range(first, last)
                if self.lower[i] in _SUBJECT_PRONOUNS
                and self.tokens[i].dep_ in SUBJECT_DEPS
                and self.tokens[i].head.lemma_.lower() in speech
            ),
            None,
        )
        if pronoun is None:
            return False
        return not any(
            label == "PERSON" and s < pronoun and not (start <= s < end)
            for s, _, label in self.original
        )

    def _joined_to_person(
        self, token: Token, start: int, end: int, persons: AbstractSet[int] = frozenset()
    ) -> bool:
        """Whether ``token`` is joined by "and" to a name the model tagged as a person.

        Or to a token of ``persons``, names found to be persons otherwise.
        """
        first = token.head if token.dep_ == "conj" and token.head.i != token.i else token
        partners = [first, *(child for child in first.children if child.dep_ == "conj")]
        # Two who act or are acted on together ("Clinton and Trump need"), not a list of
        # places or firms ("Fallujah, Ramadi and Manbij").
        if (
            len(partners) != 2
            or not any(child.dep_ == "cc" for child in first.children)
            or not (
                first.dep_ in ("nsubj", "nsubjpass", "dobj", "appos")
                or (first.dep_ == "pobj" and first.head.lower_ in ("by", "with"))
            )
        ):
            return False
        for partner in partners:
            if start <= partner.i < end or partner.i == token.i:
                continue
            if partner.i in persons:
                return True
            entity = self.entity_at.get(partner.i)
            if (
                entity is not None
                and entity[2] == "PERSON"
                and self._country_of_range(entity[0], entity[1]) is None
                and not self._is_known_place(entity[0], entity[1])
            ):
                return True
        return False

    def _kin_of(self, start: int, end: int) -> str | None:
        """Return the family word that belongs to the name or stands in apposition with it.

        "Badreddine's brother-in-law" gives "brother-in-law" (the name's own kin);
        "her son, Anibal," and "Anibal, her son," give "son" (what the name is).
        """
        lexicon = self.lexicon
        longest = 5  # "brother - in - law"
        sentence_start, sentence_end = self._sentence_bounds(start)

        def kin_from(pos: int) -> str | None:
            """Return the family word from ``pos`` on, past words like "eldest" and ages."""
            while pos < sentence_end and (
                self.lower[pos] in _KIN_FILLERS or self.tokens[pos].like_num
            ):
                pos += 1
            kin_end = self._core_starting_at(pos, sentence_end, lexicon.kinship_nouns, longest)
            return "".join(self.lower[pos:kin_end]) if kin_end else None

        # "Badreddine's brother-in-law", "Trump's eldest son".
        if end < sentence_end and self._is_possessive(end):
            kin = kin_from(end + 1)
            if kin is not None:
                return kin
        # "her son, Anibal," and "her 6-year-old daughter, Zuri".
        if start - 2 >= sentence_start and self.lower[start - 1] == ",":
            kin_start = self._core_ending_at(
                start - 2, sentence_start, lexicon.kinship_nouns, longest
            )
            if kin_start is not None:
                return "".join(self.lower[kin_start : start - 1])
        # "Anibal, her son,".
        if end + 1 < sentence_end and self.lower[end] == "," and self.lower[end + 1] in _OWNERS:
            return kin_from(end + 2)
        return None

    def _kin_gender(self, start: int, end: int) -> str | None:
        """Return the gender of the family word the name is ("her brother, Victor")."""
        if end < len(self.lower) and self._is_possessive(end):
            return None  # "Trump's son" says nothing of Trump
        kin = self._kin_of(start, end)
        if kin is None:
            return None
        return "male" if kin in _MALE_KIN else "female" if kin in _FEMALE_KIN else None

    def _body_noun_beside(self, token: Token) -> bool:
        """Whether a body's noun after "the" stands in apposition to a name.

        "Itamaraty, the foreign ministry, said", "Kestrava, the shipping company,": a
        lower-case last word of an organisation's name or a descriptor's.
        """
        lexicon = self.lexicon
        return any(
            child.dep_ == "appos"
            and child.text.islower()
            and (
                child.lemma_.lower() in lexicon.organization_heads
                or child.lemma_.lower() in lexicon.organization_descriptors
            )
            and any(word.lower_ == "the" for word in child.children)
            for child in token.children
        )

    def _definite_one_word(self, start: int, end: int) -> bool:
        """Whether a one-word name stands right after "the" as a noun phrase's head.

        "The Guardian called", "told the Observer": a person's name takes no article; a
        title does ("the Pope", "the Duke"), and a plural names a family ("the Obamas").
        Only a subject or whom one tells: "over the Sinai" is a place.
        """
        token = self._name_after_the(start, end)
        # a subject or whom one tells: "over the Sinai", "the Arak reactor" are places
        return token is not None and (
            token.dep_ in SUBJECT_DEPS
            or token.dep_ == "dative"
            or (token.dep_ == "dobj" and token.head.lemma_ == "tell")
        )

    def _place_after_the(self, start: int, end: int) -> bool:
        """Whether a one-word name after "the" is where something happens: "at the Catshuis".

        The object of "at", "in", "inside", "near", "around" or "over", as no person's name
        is ("at the Pope" is not said; "to the Guardian" is), or of "on" or "onto" after a
        verb of landing or arriving, or its object: "land astronauts on the Moon" (not "air
        assaults on the Houthis").
        """
        token = self._name_after_the(start, end)
        if token is None or token.dep_ != "pobj":
            return False
        preposition = token.head
        if preposition.lower_ in ("at", "in", "inside", "near", "around", "over"):
            return True
        if preposition.lower_ not in ("on", "onto"):
            return False
        verb = preposition.head
        if verb.dep_ == "dobj":
            verb = verb.head
        return verb.pos_ == "VERB" and verb.lemma_.lower() in _ARRIVAL_VERBS

    def _name_after_the(self, start: int, end: int) -> Token | None:
        """Return the one capitalised proper noun of ``[start, end)`` right after "the".

        None for more words, or for a title or an honorific ("the Pope", "the Duke").
        """
        if end - start != 1 or start == 0 or self.lower[start - 1] != "the":
            return None
        token = self.tokens[start]
        if (
            token.tag_ != "NNP"
            or _key(self.lower[start]) in self.lexicon.titles
            or _key(self.lower[start]) in self.lexicon.honorifics
            or not self._is_capitalised(start)
        ):
            return None
        return token

    def _bare_noun(self, i: int) -> bool:
        """Whether token ``i`` is a common noun with no determiner: "Ruddock conceded".

        The tagger may take a surname opening a sentence for a common noun, and one ending
        in "s" for a plural ("Sharples said").
        """
        token = self.tokens[i]
        return (
            token.tag_ in ("NN", "NNS")
            and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
            and not any(child.dep_ in ("det", "poss", "amod") for child in token.children)
        )

    def _titled_name_start(self, start: int) -> bool:
        """Whether a capitalised title or an honorific stands just before token ``start``.

        Also a title with the country it serves: "Prime Minister of India Narendra Modi".
        """
        sentence_start, _ = self._sentence_bounds(start)
        country = self._country_of_title_before(start)
        if country is not None:
            start = country
        before = start - 1
        if before < sentence_start or before in self.entity_at:
            return False
        if _key(self.lower[before]) in self.lexicon.honorifics:
            return True
        if not self._is_capitalised(before):
            return False
        lexicon = self.lexicon
        return (
            self._core_ending_at(before, sentence_start, lexicon.titles, lexicon.longest_title)
            is not None
        )

    def _country_of_title_before(self, start: int) -> int | None:
        """Where "of" starts the country of a title that ends just before token ``start``.

        "Prime Minister of [India] Narendra Modi", "President of [South Korea] Lee": the
        country's name (one to three words) after "of" and a capitalised word before it.
        """
        for size in (1, 2, 3):
            first = start - size
            if first < 2 or self.lower[first - 1] != "of" or not self._is_capitalised(first - 2):
                continue
            if self._country_of_range(first, start) is not None:
                return first - 1
        return None

    def _place_not_person(self, start: int, end: int) -> bool:
        """Whether a one-word ``PERSON`` entity is a known place: "Kyiv", "Rabat".

        Not when a title or honorific stands before it, or a longer person's name in the doc
        ends or starts with it ("George Washington ... Washington said").
        """
        if end - start != 1 or not listed_city(self.words[start]):
            return False
        if self._titled_name_start(start):
            return False
        word = self.lower[start]
        return not any(
            label == "PERSON" and e - s > 1 and word in (self.lower[s], self.lower[e - 1])
            for s, e, label in self.original
        )
