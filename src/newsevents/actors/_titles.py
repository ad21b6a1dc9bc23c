"""Titles and roles around a name, read from the ``titles`` lexicon.

Before a name: a title phrase with its modifiers ("US climate envoy John Kerry",
"State Councilor and Foreign Minister Wang Yi"), an honorific, and the country or
organisation that owns the title ("China's top diplomat"). After a name: an appositive
("Sergei Lavrov, the Russian foreign minister,", "president of the European Commission").
Organisations' descriptors ("Xinhua, China's state news agency,") are read the same way.
A title never becomes part of the name; its words may tell the person's gender.
"""

from __future__ import annotations

import re
from functools import cache

from newsevents._syntax import SUBJECT_DEPS, glued_prefix
from newsevents._words import HYPHENS
from newsevents.actors._doc import _MODIFIER_DEPS, _Description, _DocState
from newsevents.actors._lexicon import _affixes, _key, _singular_forms
from newsevents.lexicons import load_lexicon
from newsevents.places import listed_place

# Small words of a name an acronym made of initials leaves out: "Food and Agriculture
# Organization" (FAO).
_ACRONYM_SKIPS = frozenset({"of", "the", "and", "for"})
# An acronym as written: "CBP", "IAEA", and with the "o" of "of", "BoJ", "MoD".
_ACRONYM = re.compile(r"[A-Z](?:[A-Z]|o[A-Z])+")
# Small words of a name an acronym may leave out or take the initial of: "on" in
# "Intergovernmental Authority on Development" (IGAD), "&" in "Research & Development".
_SMALL_NAME_WORDS = _ACRONYM_SKIPS | {"on", "in", "to", "at", "a", "an", "de", "&"}


# A US party and state after a member of Congress: "D-Ill.", "R-Texas", "I-Vt.", "R-OH".
_PARTY_STATE = re.compile(
    r"[DRI]-(?:[A-Z]{2}|[A-Z][a-z]{1,4}\.|[NRS]\.[A-Z]\.|W\.\s?Va\."
    r"|Alaska|Hawaii|Idaho|Iowa|Maine|Ohio|Texas|Utah)(?=[\s,;.)]|$)"
)


def _spells_inside(acronym: str, words: tuple[str, ...]) -> bool:
    """Whether ``acronym`` spells ``words`` with a letter from inside some of them.

    Every word but a small one gives its initial, in order, and a long word may give one
    more letter that opens a part of it: "ASEAN" is the Association of South-East Asian
    Nations, "IGAD" the Inter-Governmental Authority on Development. Both lower case.
    """
    if len(acronym) < 3 or len(words) < 2:
        return False

    def spells(a: int, w: int) -> bool:
        if w == len(words):
            return a == len(acronym)
        word = words[w]
        if word in _SMALL_NAME_WORDS and spells(a, w + 1):
            return True
        if a == len(acronym) or not word[:1].isalpha() or acronym[a] != word[0]:
            return False
        if spells(a + 1, w + 1):
            return True
        # one more letter that opens a part of three letters or more, past the third
        return a + 1 < len(acronym) and any(
            word[p] == acronym[a + 1] and spells(a + 2, w + 1) for p in range(3, len(word) - 2)
        )

    return spells(0, 0)


_DETERMINERS = frozenset({"the", "a", "an"})
_APPOSITIVE_FOLLOWERS = frozenset({"who", "whose", "which"})
# Verbs of a relative clause that gives someone's office: "who served as CFO", "who is CEO".
_OFFICE_VERBS = frozenset({"be", "remain", "serve", "work", "act"})
# Office verbs that take the office with no "as": "who is president", "who remains president".
_COPULAR_OFFICE_VERBS = frozenset({"be", "remain"})
# Verbs of a relative clause that gives the office someone took: "who became premier".
_TAKING_OFFICE_VERBS = frozenset({"become"})
# Verbs with a particle before "as" and an office: whether it was left ("who stepped down
# as CEO") or taken and held since ("who took over as chief adviser").
_PHRASAL_OFFICE_VERBS = {("take", "over"): False, ("step", "down"): True}
# Verbs of a passive that gives the office someone was given: "who was appointed premier".
_NAMING_VERBS = frozenset({"appoint", "name", "elect"})
# Titles that with "of" after them name no office: "a defender of press freedom".
_NO_TITLES_BEFORE_OF = frozenset({"defender", "forward", "champion"})
# Words of direction, which name regions and start names of places ("East Baton Rouge").
_DIRECTIONS = frozenset(
    {"east", "west", "north", "south", "central", "eastern", "western", "northern", "southern"}
)
# Words that open a region's name besides the lexicon's region modifiers ("West Yorkshire",
# "Greater Manchester").
_REGION_OPENERS = _DIRECTIONS | {"greater", "upper", "lower"}
# Titles of offices held for a place, which a place's name may precede: "Kakamega Senator".
_SEAT_TITLES = frozenset(
    {
        "senator",
        "governor",
        "mayor",
        "mp",
        "representative",
        "rep.",
        "congressman",
        "congresswoman",
        "assemblyman",
        "assemblywoman",
        "councillor",
        "councilor",
        "premier",
        "mca",
        "sheriff",
        "legislator",
        "lawmaker",
        "deputy",
    }
)
# How many modifier words a title may have before its head ("deputy foreign minister").
_MAX_MODIFIERS = 3


@cache
def _outlet_names() -> frozenset[str]:
    """Return the names of the news agencies of the shipped cue lexicon ("Reuters", "AP")."""
    outlets = load_lexicon("cues").get("outlets", {})
    return frozenset(outlets.get("names", [])) if isinstance(outlets, dict) else frozenset()


def _known_place(name: str) -> bool:
    """Whether ``name`` is a known city, place or region of a country ("Kharkiv", "Manipur").

    Not a word of direction that regions are named by ("East", as of "East Baton Rouge").
    """
    return name.lower() not in _DIRECTIONS and listed_place(name)


class _Titles(_DocState):
    """Lexicon entries matched on tokens, and what the words around a name say about it."""

    def _opens_with_compass(self, start: int) -> bool:
        """Whether the capitalised word at ``start`` is a point of the compass ("West", "Northern").

        Such a word opens the names of regions ("West Yorkshire", "Northern Cape"), not of
        persons.
        """
        word = self.lower[start]
        return self._is_capitalised(start) and (
            word in _REGION_OPENERS or word in self.countries.region_modifiers
        )

    def _core_ending_at(
        self, pos: int, lower_bound: int, entries: frozenset[str], longest: int
    ) -> int | None:
        """Start of the longest lexicon entry whose tokens end at ``pos``, or None."""
        suffixes = _affixes(entries)[1]
        if 0 <= lower_bound <= pos < len(self.lower) and self.lower[pos] not in suffixes:
            return None  # every run of tokens ending at ``pos`` ends with its word
        for length in range(min(longest, pos - lower_bound + 1), 0, -1):
            if "".join(self.lower[pos - length + 1 : pos + 1]) in entries:
                return pos - length + 1
        return None

    def _core_starting_at(
        self, pos: int, upper_bound: int, entries: frozenset[str], longest: int
    ) -> int | None:
        """End of the longest lexicon entry whose tokens start at ``pos``, or None."""
        if 0 <= pos < len(self.lower) and self.lower[pos] not in _affixes(entries)[0]:
            return None  # every run of tokens starting at ``pos`` starts with its word
        for length in range(min(longest, upper_bound - pos), 0, -1):
            if "".join(self.lower[pos : pos + length]) in entries:
                return pos + length
        return None

    def _is_modifier(self, i: int, phrase_start: int, phrase_end: int) -> bool:
        """Whether token ``i`` modifies the title phrase ``[phrase_start, phrase_end)``."""
        token = self.tokens[i]
        entity = self.entity_at.get(i)
        # Only a party or movement ("Republican") or a portfolio ("Treasury Secretary") may
        # be part of a title.
        if entity is not None:
            if "".join(self.lower[entity[0] : entity[1]]) in self.lexicon.portfolios:
                return True
            if entity[2] != "NORP" or self._country_of_range(entity[0], entity[1]) is not None:
                return False
        if self.lower[i] in self.lexicon.modifiers:
            return True
        if not token.is_alpha or token.is_stop or token.like_num:
            return False
        if self._is_capitalised(i) and self._country_match(token.text) is not None:
            return False  # "Jordanian King": the demonym gives a country, not a title word
        if token.pos_ not in ("ADJ", "NOUN", "PROPN") or token.dep_ not in _MODIFIER_DEPS:
            return False
        return phrase_start <= token.head.i < phrase_end + 2

    def _describe_left(self, name_start: int, name_end: int) -> _Description:
        """Titles, country, affiliation and gender from the words before a name."""
        lexicon = self.lexicon
        found = _Description()
        sentence_start, _ = self._sentence_bounds(name_start)
        pos = name_start - 1
        # the name closes an apposition: a title before it may be set off by commas
        set_off = name_end >= len(self.doc) or self.lower[name_end] in (",", ".", ";")
        # "The foreign minister, Wang Yi, said": a title set off by commas before the name.
        if pos > sentence_start and self.lower[pos] == "," and set_off:
            if (
                self._core_ending_at(pos - 1, sentence_start, lexicon.titles, lexicon.longest_title)
                is not None
            ):
                pos -= 1
            else:
                # "A spokesman for the foreign ministry, Wang Wenbin, said"
                title_last = self._title_before_complement(pos, sentence_start, found)
                if title_last is not None:
                    pos = title_last
        if pos >= sentence_start and _key(self.lower[pos]) in lexicon.honorifics:
            found.gender = self._gender_of(self.lower[pos])
            found.tokens.append(pos)
            pos -= 1
        if (
            pos == name_start - 1
            and pos > sentence_start
            and _key(self.lower[pos]) in lexicon.person_nouns
            and self._core_ending_at(pos, sentence_start, lexicon.titles, lexicon.longest_title)
            is None
        ):
            # "Iranian national Mohammad Karimi", "British tourist John Smith": no title, but
            # the nation before the noun is the person's
            self._owner_before(pos - 1, found)
            return found
        plural = self._plural_title_over(name_start, name_end, sentence_start)
        if plural is not None:
            pos = plural[0]
            found.plural = plural
        pos = self._complement_before_name(pos, sentence_start, found)
        title_end = pos + 1
        title_start: int | None = None
        core_start = -1
        while pos >= sentence_start:
            # A listed modifier belongs to the title after it ("deputy", "former"); another
            # title word starts a title of its own ("former lawmaker Dr."); any other noun or
            # adjective that modifies the title is part of it ("climate envoy").
            if (
                title_start is not None
                and self.lower[pos] in lexicon.modifiers
                and not self._lower_title_before(pos, title_start)
                # not the last word of a body's name: "[Labour Party] leader Keir Starmer"
                and not self._ends_longer_entity(pos)
            ):
                title_start = pos
                pos -= 1
                continue
            if (
                title_start == pos + 1
                and pos > sentence_start
                and self.lower[pos] == "-"
                and glued_prefix(self.tokens[pos - 1])
                and self.tokens[pos - 1].is_alpha
                # not a plural noun: "Assault weapons-Senator Bill Nelson" glues a heading on
                and self.tokens[pos - 1].tag_ not in ("NNS", "NNPS")
                and pos - 1 not in self.entity_at
                and self._country_match(self.words[pos - 1]) is None
            ):
                title_start = pos - 1  # "Co-leader", "vice-chair": a prefix glued to the title
                pos -= 2
                continue
            core = self._core_ending_at(pos, sentence_start, lexicon.titles, lexicon.longest_title)
            if core is None and plural is not None and pos == plural[0]:
                core = pos
            if (
                core is None
                and title_start is not None
                and self._is_modifier(pos, pos + 1, name_end)
                # "Kharkiv Mayor", "Manipur Chief Minister": where the office is, right before
                # it (not "Rio" of "Rio Tinto chief executive")
                and not (
                    pos + 1 == title_start
                    and self._is_capitalised(pos)
                    and (
                        (title_start == core_start and _known_place(self.words[pos]))
                        # "West Yorkshire Mayor": a region named from a point of the compass
                        or (
                            title_start == core_start
                            and _key(self.lower[title_start]) in _SEAT_TITLES
                            and pos > sentence_start
                            and self._opens_with_compass(pos - 1)
                        )
                        # "The Pacific Islands Forum met ... Forum secretary-general Baron
                        # Waqa", "The Houthis ... Houthi military spokesman": the body named
                        # before, by its last word
                        or self._body_ending_with(pos) is not None
                    )
                )
            ):
                title_start = pos
                pos -= 1
                continue
            if core is not None and (
                self._title_modifies_title(core, pos + 1, title_start)
                or self._abbreviated_compound(core, title_start, title_end)
            ):
                title_start = core  # "Magistrate Judge": one title of two title words
                core_start = core
                pos = core - 1
                continue
            if core is not None:
                if title_start is not None:
                    found.titles.append((title_start, title_end))
                title_start, title_end = core, pos + 1
                core_start = core
                pos = core - 1
                continue
            if title_start is not None and self.lower[pos] == "and" and pos > sentence_start:
                # "State Councilor and Foreign Minister Wang Yi": two titles.
                before = self._core_ending_at(
                    pos - 1, sentence_start, lexicon.titles, lexicon.longest_title
                )
                if (
                    before is not None
                    and not self._between_two(before, sentence_start)
                    and not self._of_either_sex(before, pos, title_start, title_end)
                ):
                    found.titles.append((title_start, title_end))
                    found.tokens.append(pos)
                    title_start, title_end = None, pos
                    pos -= 1
                    continue
            break
        if (
            pos > sentence_start
            and self.lower[pos] == ","
            and (title_start == pos + 1 or (title_start is None and pos + 1 in found.tokens))
            and set_off
        ):
            # "Sudan's army chief, Gen. Abdel Fattah Burhan,", "Veridian's chief scientific
            # officer, Dr. Anjali Rao,": the title set off by commas before a rank or an
            # honorific written with the name
            core = self._core_ending_at(
                pos - 1, sentence_start, lexicon.titles, lexicon.longest_title
            )
            if core is not None:
                if title_start is not None:
                    found.titles.append((title_start, title_end))
                title_start, title_end = core, pos
                pos = core - 1
                while pos >= sentence_start and (
                    self.lower[pos] in lexicon.modifiers
                    or self._is_modifier(pos, pos + 1, name_end)
                ):
                    title_start, pos = pos, pos - 1  # "the [defence] secretary"
        if title_start is not None:
            found.titles.append((title_start, title_end))
        for start, end in found.titles:
            found.tokens.extend(range(start, end))
            found.gender = found.gender or self._title_gender(start, end)
        found.titles.reverse()
        body = self._body_ending_with(pos) if pos >= sentence_start else None
        if body is not None and title_start == pos + 1 and pos not in self.entity_at:
            found.affiliation = found.affiliation or body
            found.tokens.append(pos)
            before = pos - 1
            if (
                found.titles
                and before >= sentence_start
                and self.lower[before] in lexicon.modifiers
                and before not in self.entity_at
            ):
                # "Former IRA leader Sean MacStiofain": the modifier before the body's name
                # belongs to the title after it
                found.title_modifier = before
                found.tokens.append(before)
        elif pos >= sentence_start:
            owner = self._owner_before(pos, found)
            if (
                owner is not None
                and found.titles
                and owner > sentence_start
                and self.lower[owner - 1] in lexicon.modifiers
                and self.lower[owner - 1] != "new"  # "New Mexico Democratic Senator"
                and not self.tokens[owner - 1].ent_type_
            ):
                # "Former U.S. President Donald Trump": the modifier before the country
                # belongs to the title after it
                found.title_modifier = owner - 1
                found.tokens.append(owner - 1)
        return found

    def _ends_longer_entity(self, pos: int) -> bool:
        """Whether capitalised token ``pos`` is a later word of an organisation's name.

        "[Labour Party] leader": the party is the title's owner, no word of it. Not a name
        with a nation's word in it ("Cuban Foreign Ministry official", "US Army Col."), whose
        words before the title give the person's country.
        """
        entity = self.entity_at.get(pos)
        if (
            entity is None
            or entity[2] != "ORG"
            or entity[0] >= pos
            or not self._is_capitalised(pos)
        ):
            return False
        return not any(
            self._country_match(self.words[i]) is not None for i in range(entity[0], entity[1])
        )

    def _plural_title_over(
        self, name_start: int, name_end: int, sentence_start: int
    ) -> tuple[int, str] | None:
        """Return a plural title before a list of names the name is in, and its singular.

        "NASA astronauts Butch Wilmore and Suni Williams", "Senators Elizabeth Warren,
        Cory Booker and Bernie Sanders": each name of the list holds the title. Two names or
        more, joined by commas and "and", right after the plural (not "Democrats Nancy
        Pelosi and Chuck Schumer": no title).
        """
        if name_end < len(self.lower) and self._is_possessive(name_end):
            return None  # "officials X and Y, and Badreddine's brother-in-law"
        first = name_start
        while first - 2 >= sentence_start and self.lower[first - 1] in (",", "and"):
            sep = first - 1
            if self.lower[sep] == "and" and self.lower[sep - 1] == ",":
                sep -= 1
            entity = self.entity_at.get(sep - 1)
            if entity is None or entity[2] != "PERSON" or entity[1] != sep:
                break
            first = entity[0]
        if first == name_start:
            sep = name_end
            if sep + 1 < len(self.lower) and self.lower[sep : sep + 2] == [",", "and"]:
                sep += 1
            if sep >= len(self.lower) or self.lower[sep] not in (",", "and"):
                return None
            following = self.entity_at.get(sep + 1)
            if following is None or following[2] != "PERSON" or following[0] != sep + 1:
                return None
            if following[1] < len(self.lower) and self._is_possessive(following[1]):
                return None
        pos = first - 1
        if pos < sentence_start or pos in self.entity_at:
            return None
        word = self.lower[pos]
        if not word.isalpha() or word in self.lexicon.titles:
            return None
        return next(
            (
                (pos, singular)
                for singular in _singular_forms(word)
                if singular in self.lexicon.titles
            ),
            None,
        )

    def _lower_title_before(self, pos: int, title_start: int) -> bool:
        """Whether a lower-case title word before a capitalised title is a title of its own.

        "PNP chief General Nicolas Torre III", "Army chief Field Marshal Syed Asim Munir":
        the office and the rank, written apart; "deputy" of "deputy foreign minister" and
        "the Chief Executive" keep modifying the title after them.
        """
        return (
            pos + 1 == title_start
            and self.tokens[pos].text.islower()
            and _key(self.lower[pos]) in self.lexicon.titles
            and self._is_capitalised(title_start)
        )

    def _title_modifies_title(self, core: int, core_end: int, title_start: int | None) -> bool:
        """Whether a capitalised title right before another is a word of that one.

        "U.S. Magistrate Judge Zia Faruqui": the parse hangs the first on the second, so the
        two make one title. A title that tells a gender is a rank or style of its own
        ("Emir Sheikh Tamim": two titles).
        """
        if title_start != core_end or core_end - core != 1:
            return False
        lexicon = self.lexicon
        return (
            self._is_capitalised(core)
            and self._is_capitalised(title_start)
            and self.lower[core] not in lexicon.modifiers
            and _key(self.lower[core]) not in lexicon.honorifics
            and self.tokens[core].head.i == title_start
            and self._gender_of(self.lower[core]) is None
            and self._gender_of(self.lower[title_start]) is None
        )

    def _abbreviated_compound(self, core: int, title_start: int | None, title_end: int) -> bool:
        """Whether an abbreviated title and the one after it write out one title together.

        "Lt. Gov. Dan Patrick": "Lt." and "Gov." written out are "lieutenant governor", a
        title of the lexicon, so the two are one title, not a rank and an office.
        """
        if title_start is None or not (
            self._one_word(core, title_start) and self._one_word(title_start, title_end)
        ):
            return False
        abbreviations = self.lexicon.abbreviations
        first = "".join(self.lower[core:title_start])
        second = "".join(self.lower[title_start:title_end])
        if first not in abbreviations and second not in abbreviations:
            return False
        written = abbreviations.get(first, first) + abbreviations.get(second, second)
        return written in self.lexicon.titles

    def _one_word(self, start: int, end: int) -> bool:
        """Whether tokens ``[start, end)`` are one word, maybe with a stop split off ("Lt" ".")."""
        return end - start == 1 or (end - start == 2 and self.lower[start + 1] == ".")

    def _initials_of(self, name_start: int, words: tuple[str, ...]) -> list[str]:
        """Return the acronyms a name of several ``words`` may be told by, lower case.

        Its initials without "of", "the", "and", "for" ("iaea"); with the "o" of a lower-case
        "of" ("the Bank of Japan ... the BoJ", "Ministry of Defence ... MoD"); and without
        the nation before the name, which is no letter of it ("the US Federal Trade
        Commission ... The FTC", "U.S. Customs and Border Protection ... CBP"); and, of three
        letters or more, without a last word joined by "and", added to the name after its
        acronym was made ("the Centers for Disease Control and Prevention ... the CDC").
        """
        found: list[str] = []
        if len(words) > 1 and self._company_suffix_key(words[-1]):
            # "Alphabet Inc": the legal suffix gives no letter ("AI" is no short name of it)
            words = words[:-1]
            if len(words) == 1:
                return found
        nation = len(words) > 2 and self._country_match(self.words[name_start]) is not None
        for rest in (words, words[1:]) if nation else (words,):
            found.append("".join(word[0] for word in rest if word not in _ACRONYM_SKIPS))
            if len(rest) > 4 and rest[-2] == "and":
                short = "".join(word[0] for word in rest[:-2] if word not in _ACRONYM_SKIPS)
                if len(short) >= 3:
                    found.append(short)
            if "of" in rest[1:-1]:
                found.append(
                    "".join(word[0] for word in rest if word == "of" or word not in _ACRONYM_SKIPS)
                )
        return found

    def _company_suffix_key(self, word: str) -> bool:
        """Whether the lower-case name word ``word`` is a company's legal suffix ("inc", "ag")."""
        return any(word == suffix.lower().rstrip(".") for suffix in self.lexicon.company_suffixes)

    def _after_age(self, pos: int, sentence_end: int) -> int:
        """Return where an age written before a title ("30-year-old") ends, else ``pos``."""
        words = self.lower[pos : min(pos + 5, sentence_end)]
        if (
            len(words) == 5
            and words[0].isdigit()
            and words[1] == words[3] == "-"
            and words[2] in ("year", "years")
            and words[4] == "old"
        ):
            return pos + 5
        return pos

    def _body_ending_with(self, pos: int) -> tuple[int, int] | None:
        """Return an organisation named before ``pos`` whose name ends with its word.

        "The Pacific Islands Forum ... Forum secretary-general": a capitalised word outside
        any entity, the last word of an organisation's name of two words or more; or the
        whole of a one-word name, also in the plural ("The Houthis ... Houthi military
        spokesman"); or an acronym of its name ("The European Central Bank ... ECB president
        Christine Lagarde").
        """
        if pos in self.entity_at or not self._is_capitalised(pos):
            return None
        word = self.words[pos]
        acronym = _ACRONYM.fullmatch(word) is not None and len(word) <= 6
        for start, end, label in reversed(self.entities):
            if end > pos or label != "ORG":
                continue
            first = start + (self.lower[start] == "the" and end - start > 1)
            name = self._name_words(first, end)
            if acronym and (
                word.lower() in self._initials_of(first, name) or _spells_inside(word.lower(), name)
            ):
                # "The Palestinian Authority ... PA Prime Minister", "The Advisory Committee
                # on Immunization Practices ... ACIP chair"
                return start, end
            last = self.words[end - 1]
            if end - start >= 2 and last == word:
                return start, end
            if end - start == 1 and last in (word, f"{word}s") and not self._in_person(pos):
                return start, end
        return None

    def _in_person(self, pos: int) -> bool:
        """Whether token ``pos``'s word is a word of a person's name in the doc.

        A person's name the model once took for a body's names no body: "Donald Trump ...
        Trump campaign chairman Paul Manafort".
        """
        word = self.lower[pos]
        return any(
            kind == "PERSON" and word in self.lower[start:end] for start, end, kind in self.entities
        )

    def _complement_before_name(self, pos: int, sentence_start: int, found: _Description) -> int:
        """Skip a title's complement that ends at ``pos``, just before a name.

        "UN Special Envoy for Syria Geir Pedersen", "Foreign Minister of Iran Abbas
        Araghchi": the complement's owner goes in ``found`` and the title's last token is
        returned; else ``pos``.
        """
        entity = self.entity_at.get(pos)
        if (
            entity is None
            or entity[1] != pos + 1
            or entity[2] == "PERSON"
            or self._core_ending_at(
                pos, sentence_start, self.lexicon.titles, self.lexicon.longest_title
            )
            is not None
        ):
            return pos
        preposition = entity[0] - 1 - (entity[0] > 0 and self.lower[entity[0] - 1] == "the")
        if preposition <= sentence_start or self.lower[preposition] not in ("for", "of", "to"):
            return pos
        lexicon = self.lexicon
        if (
            self._core_ending_at(
                preposition - 1, sentence_start, lexicon.titles, lexicon.longest_title
            )
            is None
        ):
            return pos
        self._complement_owner(preposition, entity, None, found)
        return preposition - 1

    def _of_either_sex(self, start: int, end: int, other_start: int, other_end: int) -> bool:
        """Whether two titles joined by "and" are of a man and of a woman.

        "The King and Queen Camilla": a king and a queen are two people, so the first title
        is no title of the name after the second.
        """
        lexicon = self.lexicon
        first = _key(" ".join(self.lower[start:end]))
        second = _key(" ".join(self.lower[other_start:other_end]))
        return (first in lexicon.male and second in lexicon.female) or (
            first in lexicon.female and second in lexicon.male
        )

    def _between_two(self, start: int, sentence_start: int) -> bool:
        """Whether a title at ``start`` opens the first of two after "between".

        "a meeting between the Pope and Vice President Sara Duterte": two people, not one
        with two titles.
        """
        pos = start - 1
        while pos > sentence_start and self.lower[pos] in ("the", "a", "an"):
            pos -= 1
        return pos >= sentence_start and self.lower[pos] == "between"

    def _body_after_descriptor(self, pos: int, limit: int) -> tuple[int, int, str] | None:
        """Return the organisation named after what it is: "the employers' federation Medef".

        Lower-case words and possessive endings up to a word of the lexicon's
        ``organization_descriptors``, then the organisation's name right after it.
        """
        for j in range(pos + 1, min(pos + 5, limit)):
            entity = self.entity_at.get(j)
            if entity is not None:
                if (
                    entity[0] != j
                    or entity[2] != "ORG"
                    or _key(self.lower[j - 1]) not in self.lexicon.organization_descriptors
                ):
                    return None
                return entity
            if not (self.words[j].islower() or self._is_possessive(j)):
                return None
        return None

    def _national_body_after(
        self, preposition: int, entity: tuple[int, int, str], limit: int, found: _Description
    ) -> tuple[int, int, str]:
        """Return the body a nation's adjective opens the description of, else ``entity``.

        "president of the German car industry association VDA": the person is of Germany
        and of the VDA, the body named after what it is; "minister of German affairs"
        stays only of Germany.
        """
        if entity[2] not in ("NORP", "GPE") or self._country_of_range(*entity[:2]) is None:
            return entity
        body = self._body_after_descriptor(entity[1] - 1, limit)
        if body is None:
            return entity
        self._complement_owner(preposition, entity, None, found)
        return body

    def _title_before_complement(
        self, comma: int, sentence_start: int, found: _Description
    ) -> int | None:
        """Read "<title> for|of|at [the] <organisation or country>" that ends at ``comma``.

        Return the last token of the title, having put the complement's country or
        organisation in ``found``; None when the words before the comma are no such phrase.
        """
        lexicon = self.lexicon
        for j in range(comma - 2, max(sentence_start, comma - 8), -1):
            if self.lower[j] not in ("for", "of", "at", "to"):
                continue
            core = self._core_ending_at(
                j - 1, sentence_start, lexicon.titles, lexicon.longest_title
            )
            if core is None:
                return None
            start = j + 1 + (self.lower[j + 1] == "the")
            if start >= comma:
                return None
            entity = self.entity_at.get(start)  # "the United Arab Emirates" may start at "the"
            if entity is None:
                # "head of the employers' federation Medef": the body after its descriptor
                entity = self._body_after_descriptor(start, comma)
            elif entity[0] not in (j + 1, start):
                entity = None  # an entity that began before the preposition
            else:
                entity = self._national_body_after(j, entity, comma, found)
            if entity is not None and entity[1] <= comma:
                self._complement_owner(j, entity, comma, found)
                owned = self.entity_at.get(entity[1] + 1)
                if (
                    owned is not None
                    and self._is_possessive(entity[1])
                    and owned[0] == entity[1] + 1
                    and owned[2] == "ORG"
                    and self._country_of_range(entity[0], entity[1]) is not None
                ):
                    # "A spokesman for Haiti's National Police, Lionel Lazarre,": the body
                    # the country owns
                    self._complement_owner(j, owned, comma, found)
            return j - 1
        return None

    def _name_ending_in_country(self, start: int, end: int) -> int | None:
        """Return where a body's name that ends with the country at ``[start, end)`` starts.

        "Reform UK said", "Team GB", "Cancer Research UK": capitalised words the model tagged
        as nothing, right before the country in one noun phrase (each hung on the next), and
        no title, people's word or place, below the headline, make the name (the model tags
        the country alone). Not a name the model tagged ("Amnesty International UK"), nor
        "Mainland China" tagged whole.
        """
        before = start - 1
        if not self._name_word_before(before, end - 1):
            return None
        sentence_start, _ = self._sentence_bounds(before)
        # "Cancer Research UK": more words of the name, each hung on the one after it
        while before > sentence_start and self._name_word_before(before - 1, before):
            before -= 1
        if before > sentence_start and self._is_capitalised(before - 1):
            return None  # "US Condemns Russia's Arrest ...": a title-case line
        if before < start - 1:
            return before  # two words or more are a name, not a word opening a sentence
        token = self.tokens[before]
        if before == sentence_start or self.tokens[before - 1].is_space:
            # a capitalised word that starts a sentence must be a name elsewhere too:
            # "Reform UK ... a Reform government" (not "Landlocked Hungary")
            word = token.text
            if self.text.count(word) < 2:
                return None  # written once: no need to look at every token
            return next(
                (
                    before
                    for other in self.tokens
                    if other.text == word
                    and other.i != before
                    and not other.is_sent_start
                    and other.idx >= self.heading_end
                ),
                None,
            )
        return before

    def _name_word_before(self, before: int, head: int) -> bool:
        """Whether the word at ``before`` is a word of a body's name hung on word ``head``.

        A capitalised noun the model tagged as nothing, below the headline, no title,
        people's word, country or place.
        """
        if before < 0 or before in self.entity_at or before in self.token_owner:
            return False
        token = self.tokens[before]
        return not (
            token.idx < self.heading_end
            or not token.text.isalpha()
            or not self._is_capitalised(before)
            or token.tag_ not in ("NN", "NNP")
            or token.dep_ != "compound"
            or token.head.i != head
            or self._people_word(token)
            or self._country_match(token.text) is not None
            or listed_place(token.text)
        )

    def _owner_before(self, pos: int, found: _Description) -> int | None:
        """Read the country or organisation just before a title or a name ("China's", "UEFA").

        Return the owner's first token, or None when there is no owner there.
        """
        if self.lower[pos] == "its":
            # "The WHO declared an emergency. Its director-general, Tedros, said": the
            # organisation or country the nearest subject before names
            subject = self._subject_before(pos)
            if subject is None:
                return None
            pos = subject
        elif self._is_possessive(pos):
            pos -= 1
            if pos < 0:
                return None
        entity = self.entity_at.get(pos)
        if entity is not None:
            start, end = entity[0], pos + 1
            code = self._country_of_range(start, end)
            named = None if code is None else self._name_ending_in_country(start, end)
            if named is not None:  # "Reform UK ... Its deputy leader": the party's
                found.affiliation = (named, end)
                return named
            if code is not None:
                found.country = found.country or code
                if entity[2] == "NORP":
                    found.tokens.extend(range(start, end))
                return start
            if entity[2] == "ORG":
                found.affiliation = (entity[0], entity[1])
                return start
            return None
        match = self._country_match(self.words[pos])
        if match is not None and self._is_capitalised(pos):
            # "Republic of Congo President ...": the country's longer name, if it ends here
            longer = next(
                (
                    code
                    for first in (pos - 3, pos - 2)
                    if first >= 0 and (code := self._country_of_range(first, pos + 1)) is not None
                ),
                None,
            )
            found.country = found.country or longer or match.code
            if match.demonym:
                found.tokens.append(pos)
            return pos
        return None

    def _name_start(self, name_end: int) -> int:
        """Return where the entity that ends at ``name_end`` starts (or ``name_end - 1``)."""
        entity = self.entity_at.get(name_end - 1)
        return entity[0] if entity is not None else name_end - 1

    def _subject_before(self, pos: int) -> int | None:
        """Return the last token of the nearest main subject before ``pos``, if an entity.

        The subject of a sentence's main verb is looked for in ``pos``'s sentence and the one
        before; a subject that is no named organisation, country or place ("the company",
        "shares") gives None.
        """
        sentence = self._sentence(pos)
        low = self._bounds[sentence - 1][0] if sentence > 0 else self._bounds[sentence][0]
        inner: int | None = None  # the nearest subject of a clause below the main one
        for i in range(pos - 1, low - 1, -1):
            if self.tokens[i].dep_ not in SUBJECT_DEPS:
                continue
            entity = self.entity_at.get(i)
            body = entity is not None and entity[2] in ("ORG", "GPE")
            if self.tokens[i].head.dep_ != "ROOT":
                if inner is None and entity is not None and body:
                    inner = entity[1] - 1
                continue  # ("The UN said Sudan faced famine. Its envoy": the UN's, not Sudan's)
            if entity is not None and body and not self._outlet(entity[0], entity[1]):
                return entity[1] - 1
            if entity is None and self.tokens[i].pos_ == "NOUN":
                return None  # "The company's shares fell. Its chief executive": no one named
            # a person ("Musk said Tesla would ... Its chief financial officer") or a news
            # agency that reports ("Reuters reported that ..."): the body it tells of
            return inner
        return inner

    def _outlet(self, start: int, end: int) -> bool:
        """Whether the name ``[start, end)`` is a news agency's the cue lexicon lists."""
        name = self.text[self.tokens[start].idx : self._chars(start, end)[1]]
        return name in _outlet_names()

    def _describe_right(
        self, name_end: int, found: _Description, *, descriptors: bool = False
    ) -> None:
        """Read titles from an appositive after a name: "Wang Yi, China's foreign minister,".

        With ``descriptors``, read an organisation's descriptor instead ("Xinhua, China's
        state news agency,").
        """
        lexicon = self.lexicon
        entries, longest = (
            (lexicon.organization_descriptors, lexicon.longest_descriptor)
            if descriptors
            else (lexicon.titles, lexicon.longest_title)
        )
        _, sentence_end = self._sentence_bounds(name_end - 1)
        pos = name_end
        if (
            not descriptors
            and pos + 1 < sentence_end
            and self.lower[pos] in (",", "(")
            and _PARTY_STATE.match(self.text, self.tokens[pos + 1].idx)
        ):
            # "Sen. Tammy Duckworth, D-Ill.,", "Rep. Jane Doe (R-Texas)": a member of the
            # US Congress, by party and state
            found.country = found.country or "USA"
            return
        if pos + 1 >= sentence_end or self.lower[pos] != ",":
            return
        pos += 1
        if not descriptors and self.lower[pos] == "who":
            # "Thandiwe Mokoena, who served as CFO,", "X, who is chief executive of Y,"
            relative = self._relative_title(pos, sentence_end)
            if relative is None:
                return
            pos, found.past = relative
        phrase_start = pos
        if self.lower[pos] in _DETERMINERS:
            pos += 1
        if not descriptors:
            kin_country = self._relative_of_countrys_leader(pos, sentence_end)
            if kin_country is not None:
                # "Kim Yo Jong, the sister of North Korea's leader,": the relative's title
                # is no title of hers, but the country is hers too
                found.country = found.country or kin_country
                return
        # "a senior UNHCR official", "a former Chinese diplomat": a listed modifier before
        # the body or nation, which belongs to the title after them
        # (not "a former Republican congresswoman": a party or a people with no country is
        # a modifier of the title itself, which the title's own reading takes whole)
        modifier: int | None = None
        after = self.entity_at.get(pos + 1, (-1, 0, ""))
        if (
            pos + 1 < sentence_end
            and self.lower[pos] in lexicon.modifiers
            and pos not in self.entity_at
            and after[0] == pos + 1
            and (after[2] == "ORG" or self._country_of_range(after[0], after[1]) is not None)
        ):
            modifier = pos
            pos += 1
        country: str | None = None
        affiliation: tuple[int, int] | None = None
        entity = self.entity_at.get(pos)
        # "the European Commission" may start at "the"
        if entity is not None and entity[0] in (pos, phrase_start) and entity[2] != "PERSON":
            # "Cuban-American": spaCy may tag only the first part.
            word_end = entity[1]
            while word_end < sentence_end and self._glued(word_end):
                word_end += 1
            entity = (entity[0], word_end, entity[2])
            code = self._country_of_range(entity[0], entity[1])
            if code is not None:
                country = code
            elif entity[2] == "ORG":
                affiliation = (entity[0], entity[1])
            else:
                return
            pos = entity[1]
            if pos < sentence_end and self._is_possessive(pos):
                pos += 1
            elif (
                pos + 1 < sentence_end
                and self.words[pos].islower()
                and self.lower[pos] in lexicon.institution_nouns
                and self._is_possessive(pos + 1)
            ):
                # "the Taliban government's chief spokesman": the body's or nation's own
                pos += 2
            elif modifier is not None:
                pass  # "a former Chinese diplomat": a title follows
            elif country is not None and not descriptors and self._ends_phrase(pos, sentence_end):
                # "Mario Diaz-Balart, a Cuban-American," says only where the person is from.
                found.country = found.country or country
                return
        elif modifier is not None:
            return
        elif self.lower[pos] in ("its", "their"):
            if descriptors:
                return
            if self.lower[pos] == "its":
                # "Microsoft became ... Satya Nadella, its chief executive,": the body the
                # subject before the name names
                owner = self._subject_before(self._name_start(name_end))
                if owner is not None:
                    self._owner_before(owner, found)
            pos += 1  # "Jane Doe, their lawyer,": the title, whoever "their" are
        elif (
            pos + 2 < sentence_end
            and self.pos[pos] in ("NOUN", "PROPN")
            and pos not in self.entity_at
            and self._is_possessive(pos + 1)
        ):
            pos += 2  # "Jane Doe, the company's chief executive,", "Acme's CFO"
        pos = self._after_age(pos, sentence_end)  # "the party's 30-year-old president"
        title_start = pos
        core_end: int | None = None
        for _ in range(_MAX_MODIFIERS + 1):
            if pos >= sentence_end:
                return
            core_end = self._core_starting_at(pos, sentence_end, entries, longest)
            if core_end is not None:
                break
            if not self._is_modifier(pos, pos + 1, pos + _MAX_MODIFIERS + 2):
                return
            pos += 1
        if core_end is None:
            return
        while not descriptors and not self._ends_phrase(core_end, sentence_end):
            # "the executive director of UNAIDS": a title that modifies the title after it,
            # also across words that modify it ("chief market strategist at JPMorgan")
            start = core_end
            while (
                start < min(core_end + _MAX_MODIFIERS, sentence_end)
                and self._core_starting_at(start, sentence_end, entries, longest) is None
                and self._is_modifier(start, start + 1, start + _MAX_MODIFIERS + 2)
            ):
                start += 1
            longer = self._core_starting_at(start, sentence_end, entries, longest)
            if longer is None:
                break
            core_end = longer
        titles = [(title_start, core_end)]
        if not descriptors and core_end + 1 < sentence_end and self.lower[core_end] == "and":
            # "president and CEO of the ALS Association": two titles of one complement
            second_end = self._core_starting_at(core_end + 1, sentence_end, entries, longest)
            if second_end is not None:
                titles.append((core_end + 1, second_end))
                core_end = second_end
        if (
            not descriptors
            and core_end < sentence_end
            and self.lower[core_end] == "of"
            and "".join(self.lower[title_start:core_end]) in _NO_TITLES_BEFORE_OF
        ):
            return  # "a defender of human rights" is none of a team's defenders
        # The title must end the appositive, not start a longer noun phrase.
        if (
            not self._ends_phrase(core_end, sentence_end)
            and self.tokens[core_end - 1].dep_ != "appos"
        ):
            return
        if not descriptors and self._title_of_name_after(core_end, sentence_end):
            return  # "outside Parliament House, Minister for Law and Justice Azam Tarar said"
        if modifier is not None and not found.titles and found.title_modifier is None:
            found.title_modifier = modifier
        found.titles.extend(titles)
        found.tokens.extend(range(phrase_start, core_end))
        found.country = found.country or country
        found.affiliation = found.affiliation or affiliation
        found.gender = found.gender or self._title_gender(*titles[0])
        # "president of the European Commission", "foreign minister of Iran".
        pos = core_end
        if pos + 1 < sentence_end and self.lower[pos] in ("of", "at", "for"):
            pos += 1
            # "for the China Coast Guard": the entity may start at "the"
            starts = {pos}
            if self.lower[pos] == "the":
                pos += 1
                starts.add(pos)
            entity = self.entity_at.get(pos)
            if entity is None and pos - 1 in starts and self.lower[pos - 1] == "the":
                # "the leader of the far-right Vox party": a body after lower-case words
                # that say what it stands for
                entity = self._body_after_modifiers(pos, sentence_end)
                if entity is not None:
                    starts.add(entity[0])
            if entity is None:
                # "head of the employers' federation Medef": the body after its descriptor
                entity = self._body_after_descriptor(pos, sentence_end)
            elif entity[0] not in starts:
                entity = None  # an entity that began before the preposition
            else:
                entity = self._national_body_after(core_end, entity, sentence_end, found)
            if entity is not None:
                self._complement_owner(core_end, entity, None, found)

    def _relative_of_countrys_leader(self, pos: int, sentence_end: int) -> str | None:
        """Return the country of "sister of North Korea's leader" read from ``pos``, if any.

        A family word (after one adjective at most: "the younger sister"), "of", a country's
        name and its possessive or a nation's adjective ("the son of the Nigerian
        president"), then a title of the lexicon that ends the phrase.
        """
        lexicon = self.lexicon
        lower = self.lower
        if pos + 1 < sentence_end and self.pos[pos] == "ADJ" and lower[pos] != "of":
            pos += 1  # "the younger sister"
        if (
            pos + 3 >= sentence_end
            or _key(lower[pos]) not in lexicon.kinship_nouns
            or lower[pos + 1] != "of"
        ):
            return None
        pos += 2
        if lower[pos] == "the":
            pos += 1
        entity = self.entity_at.get(pos)
        if entity is None or entity[0] != pos or entity[2] not in ("GPE", "NORP"):
            return None
        country = self._country_of_range(entity[0], entity[1])
        if country is None:
            return None
        pos = entity[1]
        if pos < sentence_end and self._is_possessive(pos):
            pos += 1
        core_end = self._core_starting_at(pos, sentence_end, lexicon.titles, lexicon.longest_title)
        if core_end is None or not self._ends_phrase(core_end, sentence_end):
            return None
        return country

    def _body_after_modifiers(self, pos: int, sentence_end: int) -> tuple[int, int, str] | None:
        """Return the organisation right after lower-case words that modify it.

        "the far-right Vox party", "the ruling Liberal Democratic Party": words that modify a
        word after them (and their hyphens); None when no organisation's name follows.
        """
        first = pos
        while (
            first < min(pos + 4, sentence_end)
            and (self.words[first].islower() or self.lower[first] in HYPHENS)
            and self.tokens[first].head.i > first
            and self.tokens[first].dep_ in ("amod", "advmod", "compound", "punct")
        ):
            first += 1
        entity = self.entity_at.get(first)
        if first == pos or entity is None or entity[0] != first or entity[2] != "ORG":
            return None
        return entity

    def _complement_owner(
        self,
        preposition: int,
        entity: tuple[int, int, str],
        phrase_end: int | None,
        found: _Description,
    ) -> None:
        """Read the country or organisation of a title's complement into ``found``.

        "president of the European Commission", "foreign minister of Iran",
        "a spokesman for China's foreign ministry": whose title it is. A country that is
        the whole complement of "for" or "to" is where the office serves, not the holder's
        ("special envoy for Yemen", "ambassador to China"); an organisation after "to" is
        where an envoy is sent ("ambassador to the UN"). With ``phrase_end``, an
        organisation must end the phrase.
        """
        word = self.lower[preposition]
        code = self._country_of_range(entity[0], entity[1])
        if code is not None:
            whole = not self._is_possessive(entity[1]) if entity[1] < len(self.lower) else True
            if word == "to" or (word == "for" and whole):
                return
            found.country = found.country or code
        elif entity[2] == "ORG" and word != "to" and phrase_end in (None, entity[1]):
            found.affiliation = found.affiliation or (entity[0], entity[1])

    def _title_of_name_after(self, core_end: int, sentence_end: int) -> bool:
        """Whether a person's name follows the title and its portfolio, with no comma."""
        if core_end >= sentence_end or self.lower[core_end] not in ("for", "of"):
            return False
        for pos in range(core_end + 1, min(core_end + 7, sentence_end)):
            entity = self.entity_at.get(pos)
            if entity is not None and entity[2] == "PERSON" and entity[0] == pos:
                return True
            if not (self._is_capitalised(pos) or self.lower[pos] in ("and", "&", "the")):
                return False
        return False

    def _relative_title(self, who: int, sentence_end: int) -> tuple[int, bool] | None:
        """Where the title of "who served as CFO", "who is a former minister" starts.

        Also whether the clause puts it in the past ("served", "was"); None when the
        clause after "who" says no office.
        """
        pos = who + 1
        while pos < sentence_end and self.pos[pos] == "ADV":
            pos += 1  # "who previously served as"
        if pos + 1 >= sentence_end:
            return None
        verb = self.tokens[pos]
        if verb.lemma_ in _TAKING_OFFICE_VERBS and verb.tag_ == "VBD":
            return pos + 1, False  # "who became premier in April": the office held since
        particle = self.lower[pos + 1]
        if (
            verb.tag_ == "VBD"
            and (verb.lemma_, particle) in _PHRASAL_OFFICE_VERBS
            and pos + 3 < sentence_end
            and self.lower[pos + 2] == "as"
        ):
            # "who took over as chief adviser", "who stepped down as CEO"
            return pos + 3, _PHRASAL_OFFICE_VERBS[verb.lemma_, particle]
        if (
            verb.lemma_ == "be"
            and verb.tag_ == "VBD"
            and self.tokens[pos + 1].lemma_ in _NAMING_VERBS
            and self.tokens[pos + 1].tag_ == "VBN"
            and pos + 2 < sentence_end
        ):
            # "who was appointed chief adviser", "who was named as interim coach": since
            return pos + 2 + (self.lower[pos + 2] == "as"), False
        if verb.lemma_ not in _OFFICE_VERBS or verb.tag_ not in ("VBD", "VBZ"):
            return None
        past = verb.tag_ == "VBD"
        pos += 1
        if self.lower[pos] == "as":
            pos += 1
        elif verb.lemma_ not in _COPULAR_OFFICE_VERBS:
            return None  # "who served the country": no office
        return pos, past

    def _ends_phrase(self, pos: int, sentence_end: int) -> bool:
        """Whether a noun phrase ends before token ``pos`` (punctuation, "of", "and", "who")."""
        if pos >= sentence_end:
            return True
        token = self.tokens[pos]
        return (
            token.is_punct
            or token.pos_ in ("ADP", "CCONJ")
            or self.lower[pos] in _APPOSITIVE_FOLLOWERS
        )

    def _is_apposition(self, found: _Description) -> bool:
        """Whether the parser agrees that the title found after a name is in apposition."""
        return any(self.tokens[end - 1].dep_ == "appos" for _, end in found.titles)

    def _gender_of(self, key: str) -> str | None:
        key = _key(key)
        if key in self.lexicon.male:
            return "male"
        if key in self.lexicon.female:
            return "female"
        return None

    def _title_gender(self, start: int, end: int) -> str | None:
        """Return the gender a title tells ("Queen", "former congresswoman"), if any."""
        return self._gender_of("".join(self.lower[start:end])) or self._gender_of(
            self.lower[end - 1]
        )
