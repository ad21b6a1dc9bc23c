"""Persons and their short names.

Persons come from ``PERSON`` entities, and from organisation or place entities that a
title or the context shows to be a person ("Senator Chafee", "Tembe said he would",
"Blinken and Wang shook hands": :mod:`newsevents.actors._evidence`); names the model
missed count where a title stands before them ("Battalion Chief Joe Fahey") or where they
meet, speak or do what only people do. The titles around the name give the
person's titles, country, affiliation and gender (:mod:`newsevents.actors._titles`). Short
names ("Kerry", "Li") attach to the most recently mentioned person whose full name begins
or ends with them, or whose name has them before a particle ("Lula" of "Luiz Inacio Lula da
Silva"), wherever spaCy put them: a short name tagged as an organisation or not tagged at
all still counts.
"""

from __future__ import annotations

import re

from newsevents._names import NAME_PARTICLES, spelling_key
from newsevents._words import HYPHENS
from newsevents.actors._doc import _Description, _Draft
from newsevents.actors._entities import _COMPANY_HEADS
from newsevents.actors._evidence import (
    _AWARD_HEADS,
    _BASE_WORDS,
    _IRISH_PREFIX,
    _REGION_HEADS,
    _is_roman_numeral,
    _peer_name,
)
from newsevents.actors._lexicon import _key
from newsevents.actors._organizations import _Organizations
from newsevents.model import ActorKind
from newsevents.paragraphs import is_headline
from newsevents.places import listed_city

# Words after a family name that tell a generation: "Ferdinand Marcos Jr.", "John Smith III".
# Words a writer inserts in square brackets into a name: "[Mike] Pence" (no footnote "[897").
_BRACKETED_WORDS = re.compile(r"\[([A-Z][A-Za-z]*)\]")
_GENERATIONAL_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
_DEMONYM_ENDINGS = ("an", "ese", "ish", "i")
# Verbs whose object is a place more often than a person: "visited Springfield".
_PLACE_VERBS = frozenset({"visit", "tour", "host", "attend", "reach", "enter", "leave"})


# Labels of things that neither speak nor meet: a name so tagged that does is a person's.
_THING_LABELS = frozenset({"PRODUCT", "WORK_OF_ART", "LOC"})
# Parts of speech of words that are no part of a name, even capitalised.
# Titles of royals, who are named by one name after them ("Prince William").
_ROYAL_TITLES = frozenset(
    {"prince", "princess", "king", "queen", "duke", "duchess", "emperor", "empress"}
)
_FUNCTION_TAGS = frozenset(
    {"CCONJ", "SCONJ", "DET", "ADP", "PRON", "PART", "AUX", "ADV", "INTJ", "NUM", "PUNCT"}
)
# Lower-case particles that follow the name a person is known by: "Lula da Silva". Not
# those that open the surname one is known by ("bin Salman", "Le Pen", "al-Sisi"), nor the
# article of a particle of two words ("von der Leyen").
_PARTICLES = NAME_PARTICLES - {"bin", "ibn", "al", "el", "le", "la", "der", "den"}


def _numeral(words: tuple[str, ...]) -> bool:
    """Whether ``words`` are a regnal numeral alone ("ii" of "abdullah ii"): no short name."""
    return len(words) == 1 and _is_roman_numeral(words[0].upper())


def _before_particles(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Return the words before a particle inside a full name ("Lula" of "Lula da Silva")."""
    return [
        (words[k],)
        for k in range(1, len(words) - 2)
        if words[k + 1] in _PARTICLES and words[k] not in _PARTICLES
    ]


# Labels the model may give a person's name after a title: "Governor [Hyacinth Alia]".
_ODD_LABELS = frozenset({"EVENT", "WORK_OF_ART", "PRODUCT", "FAC"})


# Words before a person's earlier name: "née Brown", "formerly Helen Whitaker", "born Reid".
_FORMER_NAME_WORDS = frozenset({"née", "nee", "formerly", "born"})


def _family_name(words: tuple[str, ...]) -> str:
    """Return the family name of a full name: its last word, before a generational suffix."""
    if len(words) > 2 and words[-1] in _GENERATIONAL_SUFFIXES:
        return words[-2]
    return words[-1]


class _Persons(_Organizations):
    """Find the persons of the doc and every mention of them by name."""

    def _find_persons(self) -> None:
        names: list[tuple[int, int]] = []
        postnominals = self.lexicon.postnominals
        for start, end, label in self.entities:
            while end - start > 1 and self.words[end - 1] in postnominals:
                end -= 1  # "Sarah Kendrick KC": the letters are no part of the name
            if label == "PERSON":
                person = self._looks_like_name(start, end) and not self._title_read_as_name(
                    start, end
                )
                person = person and self._country_of_range(start, end) is None
            else:
                person = label in ("ORG", "NORP", "GPE") and self._mislabelled_person(start, end)
                person = person or (label == "GPE" and self._unknown_place_speaks(start, end))
                # "Governor [Hyacinth Alia]" tagged as an event, "CEO [Magnus Ek]" as a
                # building: by the title before it only
                person = person or (
                    label in _ODD_LABELS
                    and not any(self.lower[i] in _BASE_WORDS for i in range(start, end))
                    and self._mislabelled_person(start, end, title_only=True)
                )
            if person and end - start > 1 and self.lower[end - 1] in _REGION_HEADS:
                person = False  # "the Jefferson County coroner": a region, no one's name
            if (
                person
                and end - start > 1
                and self.lower[end - 1] in _COMPANY_HEADS
                and self._is_capitalised(end - 1)
            ):
                person = (
                    False  # "Rand Corporation", "Rand Labs": a company, whatever its first name
                )
            if (
                person
                and label == "ORG"
                and end - start > 1
                and self.lower[end - 1] in self.lexicon.organization_heads
                and self._is_capitalised(end - 1)
                and not self.lexicon.is_first_name(self.lower[start])
            ):
                # "Halvorsen Energy, the Norwegian storage developer,": the model's body, whose
                # name ends with a word of bodies' names, is no person for a person's title
                # beside it ("Tom Partners" with a first name may still be one)
                person = False
            if person:
                names.append((start, end))
        # Full names and their first and last words, as written anywhere in the doc.
        known: set[tuple[str, ...]] = set()
        inner: set[tuple[str, ...]] = set()  # "Sheinbaum" of "Claudia Sheinbaum Pardo"
        for start, end in names:
            words = self._name_words(start, end)
            if _peer_name(words):
                known.add(words)  # "the Prince of Wales ... Prince William": two people
                continue
            known.update(words[:k] for k in range(1, len(words) + 1))
            known.update(words[k:] for k in range(len(words)) if not _numeral(words[k:]))
            known.update(_before_particles(words))
            inner.update(self._inner_names(words))
        # Short names that spaCy tagged as something else, or not at all.
        # "Van der [Bellen]": a surname the model tags without its particles
        candidates = [(self._particles_before(start, end, known, []), end) for start, end in names]
        person_spans = set(names)
        for start, end, label in self.entities:
            if (start, end) in person_spans or label in ("DATE", "TIME", "CARDINAL", "ORDINAL"):
                continue
            if self._title_read_as_name(start, end):
                continue
            if self._country_of_range(start, end) is not None:
                continue
            words = self._name_words(start, end)
            if (words in known or (words in inner and label != "NORP")) and self._looks_like_name(
                start, end
            ):
                if end - start == 1 and len(self.words[start]) > 1 and self.words[start].isupper():
                    continue  # "Meta AI ... AI services": an acronym is no short name
                if label == "ORG" and (
                    self._body_by_its_words(start, end) or self._company_by_its_words(start, end)
                ):
                    continue  # "Ford said it would cut jobs. Bill Ford said": the company
                candidates.append((self._particles_before(start, end, known, []), end))
        # "Clinton" of "Hillary Clinton" ends a name: no name goes on after it; a short name
        # the model names alone goes on only before that ("Xi Jinping met ... Xi said", not
        # "Xi met ... Xi Jinping Thought")
        surnames = {self._name_words(start, end)[-1:] for start, end in names if end - start > 1}
        first_named: dict[tuple[str, ...], int] = {}
        for start, end in names:
            first_named.setdefault(self._name_words(start, end), start)
        candidates.extend(self._untagged_names(known | inner, surnames, first_named))
        candidates.extend(self._names_in_roles(set(candidates)))
        # "Blinken and Wang met": a name joined to a person found by its role above;
        # "Starmer and [Albanese]": a nationality no country has; "Anand and [Barth Eide]"
        # taken for a building
        found_tokens = {i for start, end in candidates for i in range(start, end)}
        for start, end, label in self.entities:
            if (
                (
                    label in ("ORG", "GPE", "FAC")
                    or (
                        label == "NORP"
                        and self._country_match(
                            self.text[self.tokens[start].idx : self._chars(start, end)[1]]
                        )
                        is None
                    )
                )
                and start not in found_tokens
                and self._name_like(start, end)
                and self._joined_to_person(
                    self.tokens[self._head(start, end)], start, end, found_tokens
                )
            ):
                candidates.append((start, end))
        candidates.sort()
        for start, end in candidates:
            self._add_person(start, end)

    def _mislabelled_person(self, start: int, end: int, *, title_only: bool = False) -> bool:
        """Whether an organisation or place entity is a person's name, by its title.

        "Senator [Chafee]" with a capitalised title just before it (a title in lower case
        before a name of two or three words: "first lady [Olena Zelenska]"), or "[Laurice Bentley],
        risk communication specialist" (two or more words) with a title in apposition.
        """
        doc = self.tokens
        if any(
            not (doc[i].is_alpha and self._is_capitalised(i))
            and not (start < i < end - 1 and doc[i].text == "-")  # "Herredia-Morales"
            for i in range(start, end)
        ):
            return False
        if any(doc[i].text.isupper() and doc[i].text != _IRISH_PREFIX for i in range(start, end)):
            return False  # acronyms are organisations ("Seán Ó Fearghaíl" has none)
        if self._definite_one_word(start, end):
            return False  # "The Guardian called it": a person's name takes no article
        if "its" in self._positions and self._owner_of_its(start, end):
            # "Microsoft, OpenAI's largest investor, has been building its own models": a
            # body's title in apposition, "its" said of the subject
            return False
        if self._country_of_range(start, end) is not None:
            return False
        sentence_start, _ = self._sentence_bounds(start)
        before = start - 1
        if before >= sentence_start and self.tokens[before].text.islower():
            lexicon = self.lexicon
            described = self._core_ending_at(
                before, sentence_start, lexicon.organization_descriptors, lexicon.longest_descriptor
            )
            titled = self._core_ending_at(
                before, sentence_start, lexicon.titles, lexicon.longest_title
            )
            if described is not None and (titled is None or described < titled):
                # "the wind developer [Aurora Tuuli]": what a company is, longer than a title
                # ("developer"); not "publisher [Luis Cano]", a title as much
                return False
        if before >= sentence_start and before not in self.entity_at:
            lexicon = self.lexicon
            core = self._core_ending_at(
                before, sentence_start, lexicon.titles, lexicon.longest_title
            )
            # "Senator [Chafee]"; a title in lower case before a name of two or three words
            # ("first lady [Olena Zelenska]")
            lower_case = core is not None and not self._is_capitalised(before)
            if lower_case and (end - start < 2 or not self._name_like(start, end)):
                core = None
            # A capital says "title" only where the sentence does not start with it; a word
            # inside a longer title ("Chief [Cabinet] Secretary") or an institution is no name.
            # ("Governor [Hyacinth Alia]" opening a sentence, tagged as an event, is a name)
            odd_label = self.entity_at[start][2] in ("EVENT", "WORK_OF_ART", "PRODUCT")
            if (
                core is not None
                and (core > sentence_start or odd_label)
                and self.lower[start] not in lexicon.institutions
                and self._core_starting_at(core, end + 1, lexicon.titles, lexicon.longest_title)
                in (None, before + 1)
            ):
                return True
        if title_only:
            return False
        # A party the model tagged (no demonym gets this far) is a person only when it says
        # "he"; but one after "Mr" or "Ms", or joined to a person ("Li and [Albanese]"), is
        # a person's name the model took for a nationality.
        nationality = self.entity_at[start][2] == "NORP"
        if nationality and (
            (before >= 0 and _key(self.lower[before]) in self.lexicon.honorifics)
            or self._joined_to_person(doc[self._head(start, end)], start, end)
        ):
            return True
        if end - start == 1 and self._reports_somewhere(self.lower[start]):
            return False  # "Izvestia reported later that he ...": an outlet, whoever "he" is
        if self._person_evidence(start, end, speech_only=nationality):
            return True
        if end - start < 2:
            return False
        appositive = _Description()
        self._describe_right(end, appositive)
        return self._is_apposition(appositive)

    def _unknown_place_speaks(self, start: int, end: int) -> bool:
        """Whether a name of two or three words taken for a place is a person who speaks.

        '"...," Kemi Badenoch told MPs': no gazetteer knows the place, and places that
        speak are countries and capitals ("Washington said").
        """
        # a name-like span is neither a country nor a known place
        return (
            end - start >= 2
            and self._name_like(start, end)
            and self._plays_role(self._head(start, end))
            # "The Santa Clara, California-based company said": the company's town
            and not self._town_before_based_place(start, end)
        )

    def _title_read_as_name(self, start: int, end: int) -> bool:
        """Whether a one-word entity is a title the model took for a name.

        "The King", or "King" right before the name it is the title of ("King Charles"), is
        the monarch, not a person surnamed King ("the Lord Mayor, Alastair King"); "King said"
        alone may still be that surname.
        """
        if end - start != 1 or _key(self.lower[start]) not in self.lexicon.titles:
            return False
        if start > 0 and self.lower[start - 1] == "the":
            return True
        if end >= len(self.lower) or not self._is_capitalised(end) or self.pos[end] != "PROPN":
            return False
        following = self.entity_at.get(end)
        return following is None or following[2] == "PERSON"

    def _looks_like_name(self, start: int, end: int) -> bool:
        doc = self.tokens
        if any(doc[i].like_num for i in range(start, end)):
            return False
        if not any(self._is_capitalised(i) for i in range(start, end)):
            return False
        return not (end - start == 1 and self._is_adjective_of_role(start))

    def _is_adjective_of_role(self, i: int) -> bool:
        """Whether token ``i`` is an unknown demonym, like "Wakandan" in "Wakandan envoy".

        The small model tags such words as persons; a person's name does not modify a
        title or group noun as an adjective, or with a demonym's ending.
        """
        token = self.tokens[i]
        if token.dep_ not in ("amod", "compound") or token.head.i != i + 1:
            return False
        head = self.lower[i + 1]
        if _key(head) not in self.lexicon.titles and head not in self.lexicon.group_nouns:
            return False
        return token.pos_ == "ADJ" or self.lower[i].endswith(_DEMONYM_ENDINGS)

    def _untagged_names(
        self,
        known: set[tuple[str, ...]],
        surnames: set[tuple[str, ...]],
        first_named: dict[tuple[str, ...], int],
    ) -> list[tuple[int, int]]:
        """Single capitalised proper nouns outside entities that repeat a known name.

        One that is no known surname, before the model names it alone, may run on into the
        rest of a full name (see ``_rest_of_name``).
        """
        if not known:
            return []
        found: list[tuple[int, int]] = []
        for i, word in enumerate(self.lower):
            if (
                (word,) in known
                and word not in NAME_PARTICLES  # "Al" of "Al Zayani" names no one alone
                # "Lady Gaga ... The First Lady applauded": the last word of a title
                and not (i > 0 and _key(f"{self.lower[i - 1]} {word}") in self.lexicon.titles)
                and i not in self.entity_at
                and not self._title_read_as_name(i, i + 1)
                and not (len(word) > 1 and self.words[i].isupper())  # "AI": an acronym
                and (not found or i >= found[-1][1])
                and (self.pos[i] == "PROPN" or self._bare_noun(i) or self._name_read_as_a_word(i))
                and self._is_capitalised(i)
            ):
                end = self._hyphenated_word_end(i + 1, set())
                if end > i + 1 and self._name_words(i, end) not in known:
                    end = i + 1  # "Trump-Putin": two names, not one
                if (word,) not in surnames and i < first_named.get((word,), len(self.lower)):
                    end = self._rest_of_name(i, end)
                if (
                    end == i + 1
                    and end < len(self.doc)
                    and self.words[end] != "I"
                    and _is_roman_numeral(self.words[end])
                ):
                    # "Sheikh Abdullah bin Zayed ... King Abdullah II": the regnal numeral
                    # names another, and is a word of his name
                    end += 1
                start = self._particles_before(i, end, known, found)
                found.append((start, end))  # "Willem-Alexander"
        return found

    def _body_by_its_words(self, start: int, end: int) -> bool:
        """Whether a name the model tags as a body speaks of itself as one.

        "Ford said it would cut jobs": the company, though a person of that surname is named
        in the text too ("Bill Ford"). Not "its" after the verb, which may be another's
        ("Obergefell sued the state of Ohio over its refusals").
        """
        return self._speaks_of_itself(self.tokens[self._head(start, end)], end)

    def _particles_before(
        self, i: int, end: int, known: set[tuple[str, ...]], found: list[tuple[int, int]]
    ) -> int:
        """Where a short name at ``i`` starts, with the particles of a full name before it.

        "Marine Le Pen ... Le Pen, who", "Ursula von der Leyen ... von der Leyen said": the
        particles before the last word of a full name told before are words of it, whether
        written with a capital or not, so the person is not called "Pen" or "Leyen", whether the
        model tags the last word alone or not at all.
        """
        start = i
        while (
            start > 0
            and i - start < 3
            and self.lower[start - 1] in NAME_PARTICLES
            and self._name_words(start - 1, end) in known
            and start - 1 not in self.entity_at
            and (not found or start - 1 >= found[-1][1])
        ):
            start -= 1
        return start

    def _rest_of_name(self, start: int, end: int) -> int:
        """Where a known short name runs on into the rest of a full name the model missed.

        "Xi Jinping met Joe Biden ... Xi said": with "Xi" tagged later only, the untagged
        "Xi Jinping" is one name, not "Xi" and a person "Jinping". Capitalised proper nouns
        outside any entity, joined to the name as a compound, no lexicon word.
        """
        if start > 0 and self.pos[start - 1] == "PROPN" and self._is_capitalised(start - 1):
            return end
        doc = self.tokens
        sentence_start, sentence_end = self._sentence_bounds(start)
        sentence = self.text[doc[sentence_start].idx : self._chars(sentence_start, sentence_end)[1]]
        if doc[start].idx < self.heading_end or (
            is_headline(sentence, min_words=3) and not sentence.rstrip().endswith((".", "?", "!"))
        ):
            return end  # "Trump Berates ...": a headline capitalises every word
        stop = end
        while (
            stop < len(doc)
            and stop - start < 2
            and stop not in self.entity_at
            and self.pos[stop] == "PROPN"
            and self._is_capitalised(stop)
            and doc[stop].is_alpha
            and self.lower[stop] not in self.lexicon.not_name_words
            and doc[stop - 1].dep_ in ("compound", "flat")
            and doc[stop - 1].head.i >= stop
        ):
            stop += 1
        return stop

    def _name_read_as_a_word(self, i: int) -> bool:
        """Whether a known name the tagger read as a word stands alone as a name would.

        "Trump and first lady Melania Trump": "Trump" tagged as an adjective or a noun
        modifying the name after; not a word before its noun ("Young people") or said of
        something ("was young").
        """
        token = self.tokens[i]
        return (
            token.pos_ in ("ADJ", "NOUN")
            and token.dep_ not in ("amod", "acomp", "compound", "attr", "dobj", "pobj")
            and (i + 1 >= len(self.lower) or self.pos[i + 1] not in ("NOUN", "PROPN"))
        )

    def _common_word(self, i: int) -> bool:
        """Whether the capitalised word at ``i`` is a common word, by how the text writes it.

        "Man told jury he acted in self-defence" over "a 34-year-old man accused of": the
        text writes the word in lower case elsewhere, and with a capital only where a
        sentence opens. A name keeps its capital inside sentences ("Mr Young" with "young
        people").
        """
        word = self.words[i]
        lowered = word.lower()
        lower = False
        # Only the words of the same lower-case form can be the word, in either case.
        for j in self._positions.get(lowered, ()):
            other = self.words[j]
            if j == i:
                continue
            if other == lowered:
                lower = True
            elif other == word and not self.tokens[j].is_sent_start:
                return False
        return lower

    def _names_in_roles(self, taken: set[tuple[int, int]]) -> list[tuple[int, int]]:
        """Names the model missed, found by the part they play: who meets or speaks.

        A run of one to three capitalised proper nouns outside any entity ("Xi Jinping
        received Lula") that is the subject or object of a meeting verb, the subject of a
        reporting verb, or the object of "with" after a meeting word; and a capitalised
        singular word without determiner that the tagger took for a common noun or a verb
        but is the subject of a meeting verb ("Trump met with Abe"). Acronyms, countries and
        lexicon words (titles, group nouns) are no names.
        """
        doc = self.tokens
        covered = {i for start, end in taken for i in range(start, end)}
        found: list[tuple[int, int]] = []
        for start, end, label in self.entities:
            # "Blinken met ...": a single word taken for a place, neither a country, a known
            # city nor a region, that meets (an object may be a place visited: "visited
            # Springfield", but not one met: "met Zelenskyy"). Speaking is no evidence here:
            # organisations speak too ("Amnesty warned").
            if (
                (
                    label == "GPE"
                    or (label == "FAC" and (start == 0 or self.lower[start - 1] != "the"))
                )
                and end - start == 1
                and (
                    doc[start].dep_ != "dobj" or doc[start].head.lemma_.lower() not in _PLACE_VERBS
                )
                and start not in covered
                and self._name_word(start)
                and not self._is_known_place(start, end)
                and self._country_of_range(start, end) is None
                and self._plays_role(start, speech=False)
            ):
                found.append((start, end))

            # "Panetta told VOA", "said Davutoglu", "Bo Kyi told": a name taken for a product,
            # a work or a region that speaks or meets is a person (they do neither); not
            # with "the" before it ("The New York Times reported").
            if (
                label in _THING_LABELS
                and start not in covered
                and self.lower[end - 1] not in _AWARD_HEADS  # "a meeting of his Earthshot Prize"
                and (start == 0 or self.lower[start - 1] != "the")
                and all(self._name_word(j) for j in range(start, end))
                and self._name_like(start, end)
                and self._plays_role(self._head(start, end))
            ):
                found.append((start, end))
        i = 0
        while i < len(doc):
            if i in self.entity_at or i in covered or not self._name_word(i):
                i += 1
                continue
            if i > 0 and self.pos[i - 1] == "PROPN" and self._organization_word(i - 1):
                i += 1  # "All Souls Church Unitarian": the end of an organisation's name
                continue
            lexicon = self.lexicon
            if self._core_starting_at(i, len(doc), lexicon.titles, lexicon.longest_title):
                i += 1  # "Deputy Prime Minister Helen Aldridge": "Prime" starts a title
                continue
            if (
                i >= 2
                and self.lower[i - 1] == "of"
                and self._country_of_range(i, i + 1) is not None
                and self._titled_name_start(i + 1)
            ):
                i += 1  # "Prime Minister of India Narendra Modi": the country of the title
                continue
            title_end = self._title_through(i)
            if title_end is not None:
                i = title_end  # "Minister for Foreign Affairs Marko Djuric": the portfolio
                continue
            end = self._hyphenated_word_end(i + 1, covered)
            if end > i + 1 and not (
                self._titled_name_start(i) or (end < len(doc) and self._name_word(end))
            ):
                end = i + 1  # "Investigation-Hezbollah said": a dash, no first name
            words = 1
            while (
                end < len(doc)
                and words < 3
                and end not in self.entity_at
                and end not in covered
                and self._name_word(end)
                and self.pos[end] == "PROPN"
            ):
                end = self._hyphenated_word_end(end + 1, covered)
                words += 1
            start = i
            i = end
            if (
                end < len(doc)
                and self._is_capitalised(end)
                and _key(self.lower[end]) in lexicon.titles
            ):
                continue  # "Chief [Financial] Officer": a word inside a title, no name
            head = self._head(start, end)
            token = doc[head]
            # "said Battalion Chief Joe Fahey": a name after a title, wherever it stands;
            # "Erdoğan's Prime Minister, Ahmet Davutoğlu,": one in apposition to a title.
            if self._titled_untagged_name(start, end) or self._name_after_title(start, end):
                if end < len(doc) and _is_roman_numeral(doc[end].text):
                    end += 1  # "King Abdullah II"
                found.append((start, end))
                continue
            if start > 0 and self.lower[start - 1] == "the":
                continue  # "The Inquirer reported": a person's name takes no article
            if self._opening_participle(start, end):
                continue  # "Interrupting, the Chief Secretary ... said": no name
            if self._body_noun_beside(token):
                continue  # "Itamaraty, the foreign ministry, said": a body
            if end - start == 1 and doc[start].is_sent_start and self._common_word(start):
                continue  # "Man told jury he acted ..." over "a 34-year-old man": no name
            if (
                start > 1
                and self.lower[start - 2] == "the"
                and self._country_of_range(start - 1, start) is not None
            ):
                continue  # "the U.S. Pituffik Space Base": nor with a nation's word after it
            if self.lower[end - 1] in _BASE_WORDS and self._is_capitalised(end - 1):
                continue  # "Pituffik Space Base visited": a site's name, no person's
            if self.pos[start] != "PROPN" and not (
                end - start == 1
                and doc[start].tag_ in ("NN", "VB", "VBP", "VBZ")
                and token.dep_ == "nsubj"
                and not any(child.dep_ in ("det", "poss") for child in token.children)
                and (
                    self._role_verb(token.head, speech=False)
                    or self._speaks_of_self(token, start, end)
                )
            ):
                continue
            if not self._plays_role(head) and not (
                self.pos[start] == "PROPN" and self._does_what_people_do(token)
            ):
                continue
            if self._country_of_range(start, end) is not None or (
                listed_city(self.text[doc[start].idx : self._chars(start, end)[1]])
            ):
                continue  # "Kyiv hosted the talks": a city, not a person
            found.append((start, end))
        return found

    def _opening_participle(self, start: int, end: int) -> bool:
        """Whether the word at ``start`` is a participle opening its sentence before a comma.

        "Interrupting, the Chief Secretary to the Treasury, Darren Jones, said" and
        "Speaking, ...": a single word in -ing that opens the sentence and a comma ends is
        the participle the tagger took for a name. A surname in -ing ("Fleming", "Manning")
        stands after a first name or with no comma after it; one the model names a person
        elsewhere in the text is kept.
        """
        word = self.lower[start]
        if end - start != 1 or not word.endswith("ing") or len(word) < 6:
            return False
        if end >= len(self.tokens) or self.words[end] != ",":
            return False
        first = self._sentence_bounds(start)[0]  # (``.sent`` scans the whole doc)
        if any(not t.is_space for t in self.tokens[first:start]):
            return False
        return not any(
            label == "PERSON" and word in self.lower[s:e] for s, e, label in self.entities
        )

    def _title_through(self, i: int) -> int | None:
        """Where a title begun before token ``i`` ends, when ``i`` is one of its words.

        "Minister for Foreign [Affairs]": a portfolio's words are no name's.
        """
        lexicon = self.lexicon
        for end in range(i + 1, min(i + 4, len(self.lower)) + 1):
            start = self._core_ending_at(end - 1, 0, lexicon.titles, lexicon.longest_title)
            if start is not None and start < i:
                return end
        return None

    def _hyphenated_word_end(self, end: int, covered: set[int]) -> int:
        """Where a name's word that ends at ``end`` ends with the names glued to it by hyphens.

        "Willem-Alexander", "Jean-Claude": a hyphen with no space on either side, then a
        capitalised proper noun outside any entity that is no word of the language ("Merkel-On
        Monday") nor a name of its own elsewhere in the doc; also a lower-case one the tagger
        takes for a proper noun, the second syllable of a Korean given name ("Wi Sung-lac").
        """
        doc = self.tokens
        while (
            end + 1 < len(doc)
            and doc[end].text in HYPHENS
            and not doc[end - 1].whitespace_
            and not doc[end].whitespace_
            and end + 1 not in self.entity_at
            and end + 1 not in covered
            and (
                self._name_word(end + 1)
                or (self.words[end + 1].isalpha() and self.words[end + 1].islower())
            )
            and self.pos[end + 1] == "PROPN"
            and not doc[end + 1].is_stop
            and not any(
                e - s == 1 and self.lower[s] == self.lower[end + 1] for s, e, _ in self.original
            )
        ):
            end += 2
        return end

    def _name_after_title(self, start: int, end: int) -> bool:
        """Whether proper nouns outside any entity are in apposition to a title before them.

        "Erdoğan's Prime Minister, Ahmet Davutoğlu,", "the foreign minister, Sergei
        Lavrov,": a title, a comma, then the name, which the parser makes the apposition.
        """
        sentence_start, _ = self._sentence_bounds(start)
        if start - 2 < sentence_start or self.lower[start - 1] != ",":
            return False
        lexicon = self.lexicon
        if (
            self._core_ending_at(start - 2, sentence_start, lexicon.titles, lexicon.longest_title)
            is None
        ):
            return False
        if self.tokens[self._head(start, end)].dep_ != "appos":
            return False
        return all(self.pos[i] == "PROPN" for i in range(start, end)) and self._name_like(
            start, end
        )

    def _titled_untagged_name(self, start: int, end: int) -> bool:
        """Whether proper nouns outside any entity are a name after a title or honorific.

        Not in a headline written in title case ("Director Says Dangers Are Serious", "Leader
        Over Refugee Deal"): no word of the name may be a reporting or meeting verb or a
        function word.
        """
        doc = self.tokens
        if not self._titled_name_start(start):
            return False
        roles = self.roles
        verbs = roles.speech_verbs | roles.meeting_verbs
        for i in range(start, end):
            word = self.lower[i]
            if self.pos[i] != "PROPN" or doc[i].is_stop or word[:-1] in verbs or word[:-2] in verbs:
                return False
        return self._name_like(start, end)

    def _organization_word(self, i: int) -> bool:
        """Whether token ``i`` is an institution or what an organisation is ("Church")."""
        word = self.lower[i]
        lexicon = self.lexicon
        return word in lexicon.institutions or _key(word) in lexicon.organization_descriptors

    def _name_word(self, i: int) -> bool:
        """Whether token ``i`` may be a word of a name: capitalised, alphabetic, no acronym."""
        text: str = self.words[i]
        if not text[:1].isupper() or not text.isalpha() or text.isupper():
            return False
        if self.pos[i] in _FUNCTION_TAGS:
            return False  # "But" starting a sentence: "But Onyejekwe says"
        # Nor a group noun, a title or a word of organisations ("All Souls Church"); a word
        # of letters alone is its own match key.
        return self.lower[i] not in self.lexicon.not_name_words

    def _add_person(self, start: int, end: int) -> None:
        words = self._name_words(start, end)
        if not words:
            return
        former = self._former_name_of(start)
        if former is not None:
            # "Holloway, who was born Margaret Reid,": her name before marriage names her, but
            # its surname is her family's, no short name of hers
            former.mentions.append(self._mention(start, end))
            self._own(former, range(start, end))
            self.person_mentions.append((self._head(start, end), former))
            return
        title = self.lower[start - 1] if start > 0 and self._is_capitalised(start - 1) else None
        name = self.text[self.tokens[start].idx : self._chars(start, end)[1]]
        # "[Mike] Pence": the brackets a writer sets round what it inserts are no part of it
        name = _BRACKETED_WORDS.sub(r"\1", name)
        shared = self._couple_surname(start, end)
        if shared is not None:
            # "Margaret and Peter Allsop": she is Margaret Allsop
            words = (*words, self.lower[shared])
            name = f"{name} {self.words[shared]}"
        draft = self._match_person(words, title)
        if draft is not None and self._royal_not_named(start, words, draft):
            draft = None
        if draft is None:
            draft = self._new_draft(ActorKind.PERSON, name, words)
            self.persons.append(draft)
            self._index_person(draft)
        elif len(words) > len(draft.key):
            draft.name, draft.key = name, words
            self._index_person(draft)
        draft.mentions.append(self._mention(start, end))
        draft.last_token = end - 1
        self._own(draft, range(start, end))
        self.person_mentions.append((self._head(start, end), draft))
        description = self._describe_left(start, end)
        self._describe_right(end, description)
        if description.country is None:
            description.country = self._country_of_after(end)  # "Aryna Sabalenka of Belarus"
        description.gender = description.gender or self._kin_gender(start, end)
        self._apply(draft, description)

    def _couple_surname(self, start: int, end: int) -> int | None:
        """Return where the surname a first name shares with the next person's is, if it does.

        "Margaret and Peter Allsop": two first names of the lexicon joined by "and", the
        second followed by one surname, name a couple or siblings who share it.
        """
        after = end + 1
        if end - start != 1 or after + 1 >= len(self.lower) or self.lower[end] != "and":
            return None
        entity = self.entity_at.get(after)
        if entity is None or entity[0] != after or entity[1] != after + 2 or entity[2] != "PERSON":
            return None
        surname = after + 1
        is_first_name = self.lexicon.is_first_name
        if not (
            is_first_name(self.lower[start])
            and is_first_name(self.lower[after])
            and not is_first_name(self.lower[surname])
            and self._is_capitalised(surname)
            and self.words[surname].isalpha()
        ):
            return None
        return surname

    def _former_name_of(self, start: int) -> _Draft | None:
        """Return the person a name starting at ``start`` was called before, if it is one.

        A name right after "née", "formerly" or "born", in a clause or an appositive set off
        after a person's name: "Jane Smith (née Brown)", "Mrs Grant-Whitaker, formerly Helen
        Whitaker,", "Holloway, who was born Margaret Reid in Glasgow,". Not "born in".
        """
        lower = self.lower
        if start < 3 or lower[start - 1] not in _FORMER_NAME_WORDS:
            return None
        before = start - 2
        if lower[start - 1] == "born":
            if lower[before] not in ("was", "is"):
                return None
            before -= 1
            if lower[before] == "who":
                before -= 1
        if lower[before] not in (",", "("):
            return None
        owner = self.token_owner.get(before - 1)
        if owner is None or owner.kind is not ActorKind.PERSON:
            return None
        return owner

    def _country_of_after(self, end: int) -> str | None:
        """Return the country named by "of" right after a person's name ending at ``end``.

        "Aryna Sabalenka of Belarus beat ...": where a player or a delegate is from.
        """
        if end + 1 >= len(self.lower) or self.lower[end] != "of":
            return None
        entity = self.entity_at.get(end + 1)
        if entity is None or entity[0] != end + 1 or entity[2] != "GPE":
            return None
        return self._country_of_range(entity[0], entity[1])

    def _royal_not_named(self, start: int, words: tuple[str, ...], draft: _Draft) -> bool:
        """Whether a royal's one name after the royal title is someone else's first name.

        "President William Ruto ... Prince William arrived": the prince is no Ruto; "Crown
        Prince Mohammed bin Salman ... Prince Mohammed said" is the crown prince.
        """
        if len(words) != 1 or len(draft.key) == 1 or start == 0:
            return False
        if self.lower[start - 1] not in _ROYAL_TITLES:
            return False
        return not any(
            word in _ROYAL_TITLES for title in draft.titles for word in title.lower().split()
        )

    def _match_person(self, words: tuple[str, ...], title: str | None = None) -> _Draft | None:
        """Return the person that a name with ``words`` refers to, if any: the latest one.

        Among several, a name after a capitalised ``title`` is the one who bears it: "Sheikh
        Mohammed bin Zayed ... Crown Prince Mohammed bin Salman ... Sheikh Mohammed" is the
        sheikh.

        A short name refers to a person whose full name starts or ends with it ("Kerry",
        "Li"); a full name extends a person known so far by its last words ("Mugabe", then
        "Robert Mugabe"), and by a first name only when told without a title ("His brother,
        Farid, said ... Farid Rezaei said"; "King Abdullah" is not "Abdullah Ahmed").
        """
        candidates: list[_Draft] = list(self.person_index.get(words, ()))
        # (known so far by it: not once named in full, "Marcos ... President Ferdinand Marcos
        # Jr. ... Senator Imee Marcos" being two people)
        # Nor one just named as the owner of a kin ("Harris's father, Tyrone Harris Sr.").
        for k in range(1, len(words)):
            candidates.extend(
                draft
                for draft in self.person_names.get(words[k:], ())
                if draft.key == words[k:] and not self._owns_kin(draft)
            )
        for inner in (*self._inner_names(words), *_before_particles(words)):
            # "Sheinbaum, Lula pledge ..." over "Claudia Sheinbaum Pardo" and "Luiz Inacio
            # Lula da Silva": a person known so far by the name inside the full one
            candidates.extend(
                draft
                for draft in self.person_names.get(inner, ())
                if draft.key == inner and not self._owns_kin(draft)
            )
        if len(words) > 2 and words[-1] in _GENERATIONAL_SUFFIXES:
            # "Marcos hits back" over "President Ferdinand Marcos Jr.": the family name
            # before the suffix is the name the person was known by
            candidates.extend(
                draft
                for draft in self.person_names.get(words[-2:-1], ())
                if draft.key == words[-2:-1] and not self._owns_kin(draft)
            )
        if len(words) > 1:
            # "Biden, Xi agree ..." over "Chinese President Xi Jinping": a headline names
            # people short, by a family name that may come first; "His brother, Farid": a
            # first name with no title
            candidates.extend(
                draft
                for draft in self.person_names.get(words[:1], ())
                if draft.mentions
                and (
                    all(m.end_char <= self.heading_end for m in draft.mentions)
                    or (len(draft.key) == 1 and not draft.titles and self._named_as_kin(draft))
                )
            )
        if not candidates:
            candidates = self._spelled_otherwise(words)
        if not candidates:
            return None
        if title is not None and len(words) == 1 and (gender := self._gender_of(title)):
            # "Margaret and Peter Allsop ... Mrs Allsop": the one of her sex
            fitting = [d for d in candidates if self._person_gender(d) in (gender, None)]
            if fitting:
                candidates = fitting
        if title is not None and len(words) == 1:
            titled = [d for d in candidates if any(title in t.lower().split() for t in d.titles)]
            if titled and len({id(d) for d in titled}) < len({id(d) for d in candidates}):
                candidates = titled
        family = {
            id(d): d for d in candidates if len(d.key) > 1 and _family_name(d.key) == words[-1]
        }
        if len(words) == 1 and len(family) > 1 and len(family) == len({id(d) for d in candidates}):
            # "Margaret Ellison has died ... her daughter, Clare Ellison, said ... Ellison once
            # told the BBC": news calls relatives by their first names; the surname alone is
            # the one the story introduced first
            return min(family.values(), key=lambda draft: draft.mentions[0].start)
        return max(candidates, key=lambda draft: draft.last_token)

    def _person_gender(self, draft: _Draft) -> str | None:
        """Return a person's gender as known so far, or told by a first name of the lexicon."""
        if draft.gender is not None or len(draft.key) < 2:
            return draft.gender
        if draft.key[0] in self.lexicon.female_names:
            return "female"
        if draft.key[0] in self.lexicon.male_names:
            return "male"
        return None

    def _spelled_otherwise(self, words: tuple[str, ...]) -> list[_Draft]:
        """Return the persons whose name is ``words`` in another spelling of "-sky".

        "Volodymyr Zelenskiy ... Zelensky told the Rada ... Zelenskyy's office": the family
        name alone or the full name, as outlets and writers transliterate it differently.
        """
        spelled = spelling_key(words)
        if spelled is None:
            return []
        found: list[_Draft] = []
        for draft in self.persons:
            key = spelling_key(draft.key)
            if key is None:
                continue
            if key == spelled or (len(words) == 1 and len(draft.key) > 1 and key[-1] == spelled[0]):
                found.append(draft)
        return found

    def _owns_kin(self, draft: _Draft) -> bool:
        """Whether a person was last named as the owner of a family word ("Harris's father")."""
        if not draft.mentions:
            return False
        last = draft.mentions[-1]
        return (
            last.end < len(self.lower)
            and self._is_possessive(last.end)
            and self._kin_of(last.start, last.end) is not None
        )

    def _named_as_kin(self, draft: _Draft) -> bool:
        """Whether a person was first named as someone's kin: "His brother, Farid, said"."""
        first = draft.mentions[0]
        if first.end < len(self.lower) and self._is_possessive(first.end):
            return False  # "Farid's brother": Farid's kin, not Farid
        return self._kin_of(first.start, first.end) is not None

    def _index_person(self, draft: _Draft) -> None:
        words = draft.key
        self.person_names.setdefault(words, []).append(draft)
        if _peer_name(words):
            self.person_index.setdefault(words, []).append(draft)
            return
        parts = [part for k in range(1, len(words) + 1) for part in (words[:k], words[-k:])]
        if len(words) > 2 and words[-1] in _GENERATIONAL_SUFFIXES:
            # "Ferdinand Marcos Jr." ... "Marcos": the family name before the suffix
            core = words[:-1]
            parts += [core[-k:] for k in range(1, len(core) + 1)]
        else:
            parts += self._inner_names(words)
        for part in (*parts, *_before_particles(words)):
            bucket = self.person_index.setdefault(part, [])
            if draft not in bucket:
                bucket.append(draft)

    def _inner_names(self, words: tuple[str, ...]) -> list[tuple[str, ...]]:
        """Return the first surname of a Spanish name ("Rocha" of "Ruben Rocha Moya").

        A Spanish name's first surname names its bearer, as the last one does; a first name
        or a particle before the last word is none.
        """
        if (
            len(words) > 2
            and words[-1] not in _GENERATIONAL_SUFFIXES
            and not self.lexicon.is_first_name(words[-2])
            and words[-2] not in NAME_PARTICLES
        ):
            return [words[-2:-1]]
        return []

    def _surname_of_one(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` is one word that is the surname of a person named in full.

        "Stephen Miran, the Trump adviser, ... President Donald Trump": whose adviser, not
        an organisation's.
        """
        return (
            end - start == 1
            and self._is_capitalised(start)
            and not self.words[start].isupper()
            and self.lower[start] in self.tagged_surnames
        )

    def _apply(self, draft: _Draft, description: _Description) -> None:
        doc = self.tokens
        for k, (start, end) in enumerate(description.titles):
            title = self.text[doc[start].idx : self._chars(start, end)[1]]
            if description.plural is not None and description.plural[0] == end - 1:
                # "NASA astronauts X and Y": each an astronaut
                written = doc[end - 1].text
                singular = description.plural[1]
                if written[:1].isupper():
                    singular = singular[:1].upper() + singular[1:]
                title = self.text[doc[start].idx : doc[end - 1].idx] + singular
                self.list_titles.update(range(start, end))
            if k == 0 and description.title_modifier is not None:
                title = f"{doc[description.title_modifier].text} {title}"
            draft.add_title(title)
        draft.country = draft.country or description.country
        draft.gender = draft.gender or description.gender
        draft.past = draft.past or (description.past and bool(description.titles))
        if description.affiliation is not None and draft.affiliation is None:
            owner = self.token_owner.get(description.affiliation[0])
            if (owner is None or owner.kind is not ActorKind.PERSON) and not self._surname_of_one(
                *description.affiliation
            ):
                # "Chancellor Olaf Scholz's spokesman": a person, tagged as an organisation,
                # whose aide this is, stays a person
                draft.affiliation = self._organization(*description.affiliation)
        draft.described_by.extend(description.tokens)
        self.title_tokens.update(description.tokens)
