"""Countries and organisations.

Entities that name a country (``country_code``) give one actor per country: "US" tagged as
an organisation is still the United States, "the western United States" is a region.
Demonyms ("Chinese") give countries to other actors and are not actors. Organisations come
from ``ORG`` entities (or a place described as one), with their descriptor as title and
the country that owns them ("China's Xinhua news agency": Xinhua, news agency, CHN);
acronyms attach to the organisation whose initials they are.
"""

from __future__ import annotations

import re

import attrs

from newsevents._names import name_head
from newsevents._words import HYPHEN_SPLIT, HYPHENS, WORD_DASHES
from newsevents.actors._doc import _MODIFIER_DEPS, _Description, _Draft, _Mention
from newsevents.actors._evidence import _PersonEvidence
from newsevents.actors._groups import _Groups
from newsevents.actors._lexicon import _key
from newsevents.actors._titles import _ACRONYM, _ACRONYM_SKIPS, _spells_inside
from newsevents.model import ActorKind
from newsevents.places import PLACE_LABELS

# Combining forms of country names in "Sino-US talks", "Franco-German summit".
_COMBINING_FORMS = {
    "sino": "CHN", "anglo": "GBR", "franco": "FRA", "russo": "RUS", "indo": "IND",
    "italo": "ITA", "greco": "GRC", "austro": "AUT", "turco": "TUR",
}  # fmt: skip
# Numbers a grouping of states is named by: "Group of Seven" is the "G7".
_GROUP_NUMBERS = {"seven": "7", "eight": "8", "twenty": "20"}


def _numbered_group(words: tuple[str, ...]) -> str | None:
    """Return the short name of "Group of Seven" or "Group of 20" ("g7", "g20"), else None."""
    if len(words) != 3 or words[:2] != ("group", "of"):
        return None
    number = _GROUP_NUMBERS.get(words[2], words[2])
    return f"g{number}" if number.isdigit() else None


def _clips(word: str, name: tuple[str, ...]) -> bool:
    """Whether ``word`` clips the first word of a two-word name ("fed", "federal reserve").

    The first word is an adjective of the kind clipped so ("Federal", "Metropolitan"), not a
    noun ("the Federation Council ... the Fed" are two bodies).
    """
    return (
        len(name) == 2
        and len(name[0]) >= len(word) + 3
        and name[0].startswith(word)
        and name[0].endswith(("al", "an"))
    )


# Words between an owner and its organisation: "Iran's state-run IRNA", "China's official".
_OWNED_WORDS = frozenset(
    {"state", "official", "-", "run", "owned", "controlled", "backed", "semi", "semiofficial"}
)

# Capitalised last words of a body's name that, after a nation, name a state body, though
# in lower case they are no institution noun: "the US State Department", "The U.S. National
# Transportation Safety Board" (not "the police department", "a safety board").
_STATE_NAME_HEADS = frozenset(
    {"department", "board", "agency", "bureau", "commission", "service", "office", "authority"}
)

# Capitalised words of state bodies whose country may follow "of": "the Central Bank of
# Chile", "the Supreme Court of India", "the Ministry of Health of Peru".
_STATE_OF_HEADS = frozenset(
    {
        "bank",
        "court",
        "ministry",
        "government",
        "parliament",
        "assembly",
        "senate",
        "department",
        "office",
        "agency",
        "authority",
        "commission",
        "army",
        "navy",
        "police",
        "health",
    }
)

# Dependencies of a proper noun that stands alone as a name: "China summoned", "told China".
_STANDALONE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "poss", "conj"})

# How far back (characters) "the council" looks for the organisation it refers to.
_WORD_REFERENCE_REACH = 2_000
# Words for public and private bodies that "the <word>" may refer back with, besides the
# lexicon's institutions and words for organisations.
_BODY_WORDS = frozenset({
    "authority", "commission", "department", "office", "agency", "board", "bureau",
    "council", "committee", "assembly", "caucus", "tribunal", "court", "army", "ministry",
    "university", "college", "institute", "church", "network", "foundation", "trust",
    "society", "union", "party", "federation", "association", "alliance", "coalition",
    "movement", "service", "group", "company", "bank", "fund", "unit", "center", "centre",
    "forum", "league", "organisation", "organization", "panel", "mission",
})  # fmt: skip


# Nouns for a part of an institution: "the Treasury select committee", "the Senate panel".
_PART_NOUNS = frozenset({"committee", "subcommittee", "panel", "office", "unit", "caucus"})
# Descriptors that name an organ of a body, or its staff, not what the body is: "a World
# Athletics council meeting", "NATO service members".
_ORGAN_NOUNS = _PART_NOUNS | {"council", "board", "service"}

# Words "the <word>" refers back with to an organisation whose name ends otherwise:
# "Thames Valley Police said ... the force said", "the Ethics Committee ... the panel".
_BODY_SYNONYMS = {
    "police": ("force",),
    "constabulary": ("force",),
    "committee": ("panel",),
    "commission": ("panel",),
    "tribunal": ("panel",),
}
_SYNONYM_WORDS = frozenset(word for words in _BODY_SYNONYMS.values() for word in words)


class _Organizations(_Groups, _PersonEvidence):
    """Find the countries and organisations of the doc, and the people named by a demonym."""

    def _find_countries_and_organizations(self) -> None:
        for start, end, label in self.entities:
            if start in self.token_owner or self._is_country_pair(start, end):
                continue  # "U.S.-Turkey" tagged as one name: see _find_country_pairs
            if label in ("GPE", "ORG", "NORP", "LOC"):
                match = self._country_match(
                    self.text[self.tokens[start].idx : self._chars(start, end)[1]]
                )
                if match is not None and not match.demonym:
                    named = self._name_ending_in_country(start, end)
                    if named is not None:
                        self._organization(named, end)  # "Reform UK said"
                    elif not self._is_region(start, end):
                        self._add_country(start, end, match.code)
                    continue
                if match is not None and label == "NORP":
                    self._maybe_people(start, end, match.code)
                    continue
            if start in self.title_tokens:
                continue  # "State" in "Secretary of State Antony Blinken" is part of a title
            if label == "ORG" and self._counted(start, end):
                self._maybe_people(start, end, None)  # "150,000 Rohingya": people, counted
                continue
            if label == "ORG" and self._person_by_initials(start, end):
                continue  # "Crown Prince Mohammed bin Salman ... MBS told his guest"
            if label == "ORG" or (
                label in PLACE_LABELS
                and (self._described_as_organization(end) or self._initials_written(start, end))
            ):
                self._organization(start, end)
            elif label == "NORP":
                self._maybe_people(start, end, None)
        self._find_untagged_banks()
        self._find_untagged_countries()

    def _person_by_initials(self, start: int, end: int) -> bool:
        """Make the acronym ``[start, end)`` a mention of the person it is the initials of.

        News calls some leaders by the initials of every word of their name, particles too:
        "Mohammed bin Salman" is "MBS", "Alexandria Ocasio-Cortez" "AOC". Only three letters
        or more, of the one person named before with those initials, and of no organisation.
        """
        word = self.words[start]
        if end - start != 1 or len(word) < 3 or not word.isalpha() or not word.isupper():
            return False
        if word.lower() in self.initials:
            return False
        start_char = self.tokens[start].idx
        found = [
            person
            for person in self.persons
            if person.mentions
            and person.mentions[0].start_char < start_char
            and "".join(part[0] for w in person.key for part in w.split("-") if part)
            == word.lower()
        ]
        if len(found) != 1:
            return False
        person = found[0]
        person.mentions.append(self._mention(start, end))
        self._own(person, range(start, end))
        self.person_mentions.append((start, person))
        return True

    def _find_untagged_countries(self) -> None:
        """Make a country's name the model left untagged once a mention of that country.

        "China protests ... / BEIJING - China on Thursday summoned the ambassador": one word
        in title case, a proper noun standing alone (a subject, object or possessive, no
        word of a longer name), naming a country the doc names elsewhere.
        """
        for i, token in enumerate(self.tokens):
            if (
                token.tag_ != "NNP"
                or not self.words[i].istitle()
                or i in self.entity_at
                or i in self.token_owner
                or token.dep_ not in _STANDALONE_DEPS
                or any(c.dep_ == "compound" for c in token.children)
            ):
                continue
            match = self._country_match(self.words[i])
            if match is None or match.demonym or match.code not in self.countries_by_code:
                continue
            self._add_country(i, i + 1, match.code)

    def _find_untagged_banks(self) -> None:
        """Make a bank named "Bank of" a country an organisation where the model tagged none.

        "OTTAWA - The Bank of Canada kept its rate": the capitalised "Bank", "of" and a
        country's name to a word in lower case or a mark, with the capitalised words of the
        name before it ("Reserve Bank of India") and "the" before those.
        """
        lower = self.lower
        for i, word in enumerate(lower[:-2]):
            if (
                word != "bank"
                or lower[i + 1] != "of"
                or self.words[i] != "Bank"
                or any(j in self.entity_at or j in self.token_owner for j in (i, i + 1, i + 2))
            ):
                continue
            end = i + 2
            while end < len(lower) and self.tokens[end].tag_ == "NNP" and end < i + 5:
                end += 1
            match = self._country_match(" ".join(self.words[i + 2 : end]))
            if match is None or match.demonym or any(j in self.entity_at for j in range(i, end)):
                continue
            start = i
            while (
                start > 0
                and self.tokens[start - 1].tag_ == "NNP"
                and self.words[start - 1].istitle()
                and start - 1 not in self.entity_at
                and start - 1 not in self.token_owner
                and not self.tokens[start - 1].is_sent_start
            ):
                start -= 1
            if start > 0 and lower[start - 1] == "the":
                start -= 1
            self._organization(start, end)

    def _find_country_pairs(self) -> None:
        """Make the countries of "US-China talks", "the U.S.-Turkey meeting" participants.

        Two or more countries joined by hyphens in the modifier of a meeting noun are the
        parties to it, not what it is about (unlike "the Iran nuclear talks"). A country
        written inside one token ("U.S.-Turkey") gets a mention of its part of the token;
        combining forms ("Sino-US") count as their country.
        """
        doc = self.tokens
        for i, pos in enumerate(self.pos):
            if pos != "NOUN":
                continue
            token = doc[i]
            if token.lemma_.lower() not in self.roles.meeting_nouns:
                continue
            parts: list[tuple[int, int, int, str]] = []  # token, start char, end char, code
            for child in token.lefts:
                if child.dep_ not in _MODIFIER_DEPS:
                    continue
                for word in child.subtree:
                    parts.extend(self._country_parts(word.i))
            if len({code for _, _, _, code in parts}) < 2:
                continue
            for j, start_char, end_char, code in parts:
                owner = self.token_owner.get(j)
                whole = start_char == doc[j].idx and end_char == doc[j].idx + len(doc[j])
                if owner is not None and (owner.kind is not ActorKind.COUNTRY or whole):
                    if owner.country == code:
                        self.pair_starts.add(start_char)
                    continue
                if whole:
                    self._add_country(j, j + 1, code)
                else:
                    draft = self._country_draft(code, self.text[start_char:end_char])
                    draft.mentions.append(_Mention(j, j + 1, start_char, end_char))
                self.pair_starts.add(start_char)

    def _is_country_pair(self, start: int, end: int) -> bool:
        """Whether tokens ``[start, end)`` are only countries joined by hyphens ("Sino-US")."""
        pieces = [
            piece
            for piece in HYPHEN_SPLIT.split(
                self.text[self.tokens[start].idx : self._chars(start, end)[1]]
            )
            if piece.strip()
        ]
        return len(pieces) >= 2 and all(
            self._country_match(piece.strip()) is not None
            or piece.strip().lower() in _COMBINING_FORMS
            for piece in pieces
        )

    def _country_parts(self, i: int) -> list[tuple[int, int, int, str]]:
        """Return the countries in the pieces of token ``i`` split at hyphens, with offsets."""
        token = self.tokens[i]
        found: list[tuple[int, int, int, str]] = []
        offset = token.idx
        for piece in HYPHEN_SPLIT.split(token.text):
            if piece and piece[:1].isupper():
                match = self._country_match(piece)
                code = match.code if match is not None else _COMBINING_FORMS.get(piece.lower())
                if code is not None:
                    found.append((i, offset, offset + len(piece), code))
            offset += len(piece) + 1
        return found

    def _described_as_organization(self, end: int) -> bool:
        """Whether a "place" is an organisation by its appositive ("Xinhua, the news agency,")."""
        appositive = _Description()
        self._describe_right(end, appositive, descriptors=True)
        if self._is_apposition(appositive):
            return True
        # "Xinhua, the official Chinese news agency, said": a body's noun in apposition
        if end + 2 >= len(self.lower) or self.lower[end] != ",":
            return False
        bodies = self.lexicon.institution_nouns
        return any(
            child.dep_ == "appos" and child.lower_ in bodies and child.tag_ == "NN"
            for child in self.tokens[end - 1].rights
        )

    def _is_region(self, start: int, end: int) -> bool:
        """Whether a country name is modified into a region ("the western United States")."""
        head = self.tokens[self._head(start, end)]
        regions = self.countries.region_modifiers
        return any(
            child.dep_ in ("amod", "compound") and child.lower_ in regions and child.i < start
            for child in head.lefts
        )

    def _add_country(self, start: int, end: int, code: str) -> None:
        draft = self._country_draft(
            code, self.text[self.tokens[start].idx : self._chars(start, end)[1]]
        )
        draft.mentions.append(self._mention(start, end))
        self._own(draft, range(start, end))

    def _country_draft(self, code: str, written: str) -> _Draft:
        """Return the actor of country ``code``, made (named as usual, or as written) if new."""
        draft = self.countries_by_code.get(code)
        if draft is None:
            name = self.countries.name(code) or written
            draft = self._new_draft(ActorKind.COUNTRY, name, (code,))
            draft.country = code
            self.countries_by_code[code] = draft
        return draft

    def _organization(self, start: int, end: int) -> _Draft:
        """Return the organisation of the ``ORG`` entity ``[start, end)``, with this mention."""
        existing = self.token_owner.get(start)
        if existing is not None and existing.kind is ActorKind.ORGANIZATION:
            return existing
        other_name = self._other_name_of(start, end)
        if other_name is not None:  # "Gavi, the Vaccine Alliance,": Gavi
            other_name.mentions.append(self._mention(start, end))
            self._own(other_name, range(start, end))
            return other_name
        described = self._described_before(start, end)
        if described is not None:  # "The Royal Society, Britain's national academy of ..."
            self._own(described, range(start, end))
            return described
        lexicon = self.lexicon
        found = _Description()
        name_start, name_end = start, end
        if self.lower[name_start] == "the" and name_end - name_start > 1:
            name_start += 1
        part_end = self._part_after(name_start, name_end)
        if part_end is not None:
            name_end = end = part_end  # "the Treasury select committee": a body of its own
        # A lower-case descriptor at the end of the span or just after it: "Xinhua news agency".
        descriptor = None if part_end is not None else self._descriptor_after(name_start, name_end)
        if descriptor is not None:
            found.titles.append(descriptor)
            name_end = min(name_end, descriptor[0])
        else:  # ... or in an appositive: "Xinhua, China's official news agency,".
            self._describe_right(end, found, descriptors=True)
        # ... or before it: "state news agency Xinhua", "China's Xinhua".
        sentence_start, _ = self._sentence_bounds(start)
        pos = start - 1
        if pos >= sentence_start:
            core = self._core_ending_at(
                pos, sentence_start, lexicon.organization_descriptors, lexicon.longest_descriptor
            )
            if core is not None and self._lower_case(core, pos + 1):
                found.titles.append((core, pos + 1))
                pos = core - 1
                # "Russia's anti-doping agency RUSADA": lower-case words of what the body
                # does, between its owner and its descriptor
                modifiers = self._modifiers_after_owner(pos, sentence_start)
                if modifiers is not None:
                    pos = modifiers
            # "Iran's state-run IRNA", "China's official Xinhua": the owner before these
            owned_end = pos
            for _ in range(4):
                if pos < sentence_start or self.lower[pos] not in _OWNED_WORDS:
                    break
                pos -= 1
            if pos >= sentence_start and not self._backer(pos, owned_end):
                self._owner_before(pos, found)
        if found.country is None and name_end - name_start >= 2:
            # "The Chinese Foreign Ministry", a state body whose name opens with its nation's
            # adjective, or with its short form in capitals, used as one ("the U.S. Navy")
            opening = self.words[name_start]
            match = self._country_match(opening)
            if (
                match is not None
                and (match.demonym or opening.replace(".", "").isupper())
                and (
                    self.lower[name_end - 1] in lexicon.institution_nouns
                    or (
                        self.lower[name_end - 1] in _STATE_NAME_HEADS
                        and self._is_capitalised(name_end - 1)
                    )
                )
            ):
                found.country = match.code
        if found.country is None and name_end - name_start >= 2:
            found.country = self._country_in_capitals_at_edge(name_start, name_end)
        if found.country is None:
            found.country = self._country_after_of(name_start, name_end)
        if (
            found.country is None
            and self.lower[start] == "the"
            and self._lower_case(name_start, name_end)
            and self.lower[name_end - 1] in lexicon.institution_nouns
        ):
            # "In Chad, the health ministry said": the country the sentence opens in
            found.country = self._country_of_fronted_place(name_end - 1)
        if " ".join(self.words[name_start:name_end]).lower() in lexicon.alliance_words:
            # "Rwanda's U.N. ambassador": an intergovernmental body belongs to no one country,
            # whichever of its members is named with it
            found.country = None
        words = self._name_words(name_start, name_end)
        key = " ".join(words)
        if len(words) == 1 and key not in self.organizations:
            self._full_name_before(start, words[0])
        # "The Global Fund to Fight AIDS, ...": the name says what the body is for
        purpose = next(
            (n for n, word in enumerate(words) if n >= 2 and word in ("for", "to")), None
        )
        draft = (
            self.organizations.get(key)
            or (self.organizations.get(" ".join(words[:purpose])) if purpose else None)
            or self._defined_short(start, end)
            or self._short_told_before(end)
            or self._acronym_of(words)
            or self._spelled_out(words)
            or self._shortened(start, name_start, words)
            or self._headline_short(words)
            or self._first_word_short(start, words)
            or self._legal_name_of_short(words)
            or self._clipped_before(words)
            or self._without_its_nation(words)
            or (found.country and self._same_state_body(" ".join(words), found.country))
            or self._plural_of_modifier(start, words)
        )
        name = self.text[self.tokens[name_start].idx : self._chars(name_start, name_end)[1]]
        state_body = self.lower[name_end - 1] in lexicon.institution_nouns
        if (
            state_body
            and draft is not None
            and found.country is not None
            and draft.country is not None
            and found.country != draft.country
        ):
            # "Israel's Health Ministry ... Lebanon's Health Ministry": two ministries
            draft = self.state_bodies.get((key, found.country))
        if draft is None:
            draft = self._new_draft(ActorKind.ORGANIZATION, name, words)
        elif len(name) > len(draft.name) and not name.isupper():
            draft.name = name
        self.organizations[key] = draft
        if len(words) > 1:
            for initials in self._initials_of(name_start, words):
                self.initials.setdefault(initials, draft)
            if purpose is not None:
                # "the Corruption Investigation Office for High-ranking Officials (CIO)": the
                # letters and the words of the name before what the body is for
                head = words[:purpose]
                short = "".join(word[0] for word in head if word not in _ACRONYM_SKIPS)
                self.initials.setdefault(short, draft)
                self.organizations.setdefault(" ".join(head), draft)
            numbered = _numbered_group(words)
            if numbered is not None:
                self.initials.setdefault(numbered, draft)  # "Group of Seven" ... "G7"
        draft.mentions.append(self._mention(start, name_end))
        # "IRNA news agency said": the descriptor's head speaks for the organisation too
        owned_end = max(name_end, descriptor[1]) if descriptor is not None else name_end
        self._own(draft, (j for j in range(start, owned_end) if j not in self.token_owner))
        for title_start, title_end in found.titles:
            draft.add_title(
                self.text[
                    self.tokens[title_start].idx : self.tokens[title_end - 1].idx
                    + len(self.words[title_end - 1])
                ]
            )
        draft.country = draft.country or found.country
        if state_body and draft.country is not None:
            self.state_bodies[key, draft.country] = draft
        self._short_after(draft, name_end)
        return draft

    def _backer(self, pos: int, owned_end: int) -> bool:
        """Whether the word at ``pos`` is glued to "-backed" and so backs the body, not owns it.

        "The Iran-backed Hezbollah": Iran supports Hezbollah, which is no Iranian body; but
        "China's state-backed Global Times" is China's.
        """
        return (
            owned_end - pos == 2
            and self.lower[pos + 1] in WORD_DASHES
            and self.lower[owned_end] == "backed"
        )

    def _other_name_of(self, start: int, end: int) -> _Draft | None:
        """Return the organisation a name with "the" stands in apposition to, if any.

        "Gavi, the Vaccine Alliance": only after a one-word name the model tagged as a
        person, which the entity repairs made an organisation for this apposition; two
        organisations' names in apposition are otherwise left apart.
        """
        if self.lower[start] != "the" or start < 2 or self.lower[start - 1] != ",":
            return None
        name = start - 2
        owner = self.token_owner.get(name)
        if owner is None or owner.kind is not ActorKind.ORGANIZATION:
            return None
        head = self.tokens[self._head(start, end)]
        if head.dep_ != "appos" or head.head.i != name:
            return None
        if (name, name + 1, "PERSON") not in self.original:
            return None  # "Unite, the Labour Party's donor", "UNHCR, the UN refugee agency"
        return owner

    def _described_before(self, start: int, end: int) -> _Draft | None:
        """Return the organisation the lower-case phrase ``[start, end)`` says what it is.

        "The Royal Society, Britain's national academy of sciences, said": the model may
        tag the description set off after a name as an organisation's name, but a name
        opens with a capital (not "Unite, the Labour Party's donor", whose party is one).
        """
        first = start + 1 if self.lower[start] == "the" else start
        if first >= end or not self.words[first][:1].islower():
            return None
        return self._named_in_apposition(self._head(start, end))

    def _part_after(self, name_start: int, name_end: int) -> int | None:
        """Return where the name of a part of an institution named at the start ends.

        "the Treasury select committee", "The Senate committee", "the Pentagon press
        office": an institution of the lexicon ("Treasury", "Senate") before lower-case
        words that end with a noun for a part of a body is that part, a body of its own,
        not the institution ("the Treasury Select Committee" the model tags whole).
        """
        if name_end - name_start != 1 or self.lower[name_start] not in self.lexicon.institutions:
            return None
        if name_start == 0 or self.lower[name_start - 1] != "the":
            return None  # "in his House office": where he works
        _, sentence_end = self._sentence_bounds(name_start)
        head = self.tokens[name_start].head.i
        if not name_end <= head < min(name_end + 3, sentence_end):
            return None
        if self.lower[head] not in _PART_NOUNS or not self._lower_case(name_end, head + 1):
            return None
        if any(j in self.token_owner or j in self.entity_at for j in range(name_end, head + 1)):
            return None
        return head + 1

    def _modifiers_after_owner(self, pos: int, sentence_start: int) -> int | None:
        """Where the possessive ending stands before the lower-case modifiers ending at ``pos``.

        "Russia's [anti-doping] agency RUSADA": up to four adjectives, nouns and the hyphens
        between them, right after an owner's "'s"; None when no possessive comes first ("the
        anti-doping agency RUSADA", "a rival news agency").
        """
        first = pos
        while (
            pos - first < 4
            and first >= sentence_start
            and (
                (
                    self.words[first].isalpha()
                    and self.words[first].islower()
                    and self.pos[first] in ("ADJ", "NOUN")
                )
                or self.lower[first] in HYPHENS
            )
        ):
            first -= 1
        if first == pos or first < sentence_start or not self._is_possessive(first):
            return None
        return first

    def _country_in_capitals_at_edge(self, name_start: int, name_end: int) -> str | None:
        """Return the country a body's name ends with, or a public body's name opens with.

        "Kidney Care UK", "Amnesty International USA": a country's short form in capitals
        ("UK", "U.S.") last in a name of two words or more gives the body that country; first
        only in a public body's name, with a word of a state body ("U.S. Supreme Court", "US
        Senate") or of an agency's field against something ("UK Anti-Doping"), not a
        company's ("US Steel"). A name with a country written out ("Syria Campaign") may
        only be about it.
        """
        lexicon = self.lexicon
        public = any(
            word in lexicon.institutions
            or word in lexicon.institution_nouns
            or word in _STATE_OF_HEADS
            or word in _STATE_NAME_HEADS
            or word.startswith("anti-")
            for word in self._hyphenated_words(name_start + 1, name_end)
        )
        for i in (name_end - 1, name_start) if public else (name_end - 1,):
            word = self.words[i]
            letters = word.replace(".", "")
            if not (letters.isalpha() and letters.isupper() and len(letters) >= 2):
                continue
            match = self._country_match(word)
            if match is not None and not match.demonym:
                return match.code
        return None

    def _hyphenated_words(self, start: int, end: int) -> list[str]:
        """Return the lower-case words of ``[start, end)``, a hyphenated word as one."""
        words: list[str] = []
        joined = False
        for i in range(start, end):
            word = self.lower[i]
            if word == "-" and words:
                words[-1] += word
                joined = True
            elif joined:
                words[-1] += word
                joined = False
            else:
                words.append(word)
        return words

    def _country_after_of(self, name_start: int, name_end: int) -> str | None:
        """Return the country a state body's name ends with after "of", or None.

        "the Central Bank of Chile", "the Supreme Court of India": a capitalised word of what
        a state body is (``_STATE_OF_HEADS``), "of", perhaps "the", and a country's name to
        the end of the name ("the Ministry of Health of Peru").
        """
        lower = self.lower
        for i in range(name_start + 1, name_end - 1):
            if lower[i] != "of":
                continue
            if lower[i - 1] not in _STATE_OF_HEADS or not self._is_capitalised(i - 1):
                continue
            start = i + 1 + (lower[i + 1] == "the")
            if start >= name_end:
                return None
            match = self._country_match(" ".join(self.words[start:name_end]))
            if match is not None and not match.demonym:
                return match.code
        return None

    def _descriptor_in_name(self, name_start: int, start: int, end: int) -> bool:
        """Whether the lower-case descriptor ``[start, end)`` that ends a name is a word of it.

        In house styles that write a body's noun in lower case, "the People's party", "the
        supreme court" and "the Scottish National party (SNP)" are whole names: the words
        before the noun end with a possessive, or are in lower case too, or an acronym in
        brackets stands for the whole. "Xinhua news agency" and "the Labour party" name
        Xinhua and Labour.
        """
        return (
            self._is_possessive(start - 1)
            or self._lower_case(name_start, start)
            or self._acronym_in_brackets(end) is not None
        )

    def _descriptor_after(self, name_start: int, name_end: int) -> tuple[int, int] | None:
        """Return the descriptor of an organisation's name, in it or right after it.

        "Xinhua news agency", "[Hamas] militant group"; not a noun after two names joined by
        a slash, which names the pair ("the CDU/CSU bloc").
        """
        lexicon = self.lexicon
        _, sentence_end = self._sentence_bounds(name_start)
        # Inside the span: its last lower-case words, leaving a name in front.
        for start in range(name_start + 1, name_end):
            if self._lower_case(start, name_end):
                end = self._core_starting_at(
                    start, name_end, lexicon.organization_descriptors, lexicon.longest_descriptor
                )
                if end == name_end:
                    return (
                        None if self._descriptor_in_name(name_start, start, end) else (start, end)
                    )
        if name_start > 0 and self.words[name_start - 1] in ("/", "\u2044"):
            # "the CDU/CSU bloc": the noun after the pair says what the two are together
            return None
        if name_end < sentence_end and self._lower_case(name_end, name_end + 1):
            end = self._core_starting_at(
                name_end, sentence_end, lexicon.organization_descriptors, lexicon.longest_descriptor
            )
            if (
                end is not None
                and self._lower_case(name_end, end)
                and not self._modifies_noun_after(end)
            ):
                return name_end, end
        return None

    def _modifies_noun_after(self, end: int) -> bool:
        """Whether the word before ``end``, an organ of a body, modifies the noun at ``end``.

        "a World Athletics council meeting": the council is no descriptor of World
        Athletics but the organ of it that meets; not "the Labour party conference", where
        "party" says what Labour is; nor "NATO service members", the alliance's soldiers.
        """
        return (
            end < len(self.lower)
            and self.lower[end - 1] in _ORGAN_NOUNS
            and self.tokens[end - 1].dep_ == "compound"
            and self.tokens[end - 1].head.i == end
            and self.pos[end] == "NOUN"
            and self.words[end].islower()
        )

    def _find_organizations_by_word(self) -> None:
        """Join "the council" to the organisation named before whose name ends with "Council".

        "The Security Council met on Wednesday. The council is expected to ...": a definite
        singular noun in lower case for a body ("council", "court", "party", "company"),
        right after "the", that is the head of an organisation's name (its last word, or
        the word before "of": "the Bank of England") mentioned in the
        few paragraphs before refers to it (the last such one mentioned); not "the office
        of ...", nor a body named again later in the same sentence ("The army shelled
        villages held by the Arakan Army"), nor one named so far only before a person's
        title ("Japan Aerospace Exploration Agency astronaut Takuya Onishi").
        """
        if not self.organizations:
            return
        lexicon = self.lexicon
        by_last: dict[str, list[_Draft]] = {}
        for draft in self.organizations.values():
            if len(draft.key) > 1:
                # the head of the name: "the bank" is the "Bank of England", and "the
                # government" no "Committee of Heads of State and Government on ..."
                by_last.setdefault(name_head(draft.name), []).append(draft)
        for ending, synonyms in _BODY_SYNONYMS.items():
            for synonym in synonyms:
                if ending in by_last:
                    by_last.setdefault(synonym, []).extend(by_last[ending])
        for i, word in enumerate(self.lower):
            if word not in by_last or i in self.token_owner or i in self.entity_at:
                continue
            if (
                i == 0
                or self.lower[i - 1] != "the"
                or self.tokens[i].tag_ != "NN"
                or not self.words[i].islower()
                or not (
                    word in _BODY_WORDS
                    or word in _SYNONYM_WORDS
                    or word in lexicon.institutions
                    or _key(word) in lexicon.organization_descriptors
                )
                or (i + 1 < len(self.lower) and self.lower[i + 1] == "of")  # "the office of"
            ):
                continue
            found = self._last_referent(
                [draft for draft in by_last[word] if not self._not_its_noun(draft, i)],
                i,
                _WORD_REFERENCE_REACH,
            )
            if found is not None:
                mention = self._mention(i - 1, i + 1)
                found.mentions.append(attrs.evolve(mention, description=True))
                self._own(found, (i,))
        self._affiliate_by_word()

    def _affiliate_by_word(self) -> None:
        """Give a person the body that "the committee" of their title names.

        "Sen. Ted Cruz, the committee chairman", "Jordan Bardella, the party's president":
        the body named before that the noun refers to (see above) is the one they belong to.
        """
        for draft in self.persons:
            if draft.affiliation is not None:
                continue
            for i in draft.described_by:
                owner = self.token_owner.get(i)
                if (
                    owner is not None
                    and owner.kind is ActorKind.ORGANIZATION
                    and i > 0
                    and self.lower[i - 1] == "the"
                    and not self._elsewhere_before(i, (owner, draft))
                ):
                    draft.affiliation = owner
                    break

    def _elsewhere_before(self, i: int, own: tuple[_Draft, ...]) -> bool:
        """Whether the sentence of token ``i`` names another body or a place before it.

        "At Tesla, Robyn Denholm, the board's chair", "In Washington, the committee
        chairman": the noun may be of another body than the one named before. The body
        itself and the person (``own``), and a nation's adjective ("Republican Sen. ..."),
        do not count.
        """
        start, _ = self._sentence_bounds(i)
        return any(
            self.entity_at.get(k, (0, 0, ""))[2] in ("ORG", "GPE", "LOC")
            and not any(self.token_owner.get(k) is draft for draft in own)
            for k in range(start, i)
        )

    def _find_loose_acronyms(self) -> None:
        """Attach acronyms the model did not tag to the organisation whose initials they are.

        "The World Health Organization said ... WHO urged tighter biosecurity": the model
        reads "WHO" as a pronoun. Only a word of two to six capitals between words that are
        not all capitals (no shouted headline) counts.
        """
        if not self.organizations:
            return
        words = self.words  # ``token.text``, read once
        for i, word in enumerate(self.lower):
            if i in self.token_owner or (i in self.entity_at and not self._placed_acronym(i)):
                continue
            text = words[i]
            if not (2 <= len(text) <= 6 and _ACRONYM.fullmatch(text)):
                continue
            draft = self._acronym_of((word,)) or self._written_before(i, text)
            if draft is None or draft.kind is not ActorKind.ORGANIZATION:
                continue
            if self._shouted(i):
                continue
            draft.mentions.append(self._mention(i, i + 1))
            self._own(draft, (i,))

    def _written_before(self, i: int, text: str) -> _Draft | None:
        """Return the organisation a short form was written for as word ``i``, if any.

        "The National Liberation Army (ELN) ... peace talks with the ELN": the short form
        in brackets, or a name in capitals the model tagged elsewhere, written the same
        ("AGRA, INDIA" is no "Agra"), not glued to a word before it ("anti-LGBT").
        """
        if i > 0 and self.lower[i - 1] in WORD_DASHES:
            return None
        draft = self.organizations.get(self.lower[i])
        if draft is None or not any(
            self.text[m.start_char : m.end_char] == text for m in draft.mentions
        ):
            return None
        return draft

    def _placed_acronym(self, i: int) -> bool:
        """Whether word ``i`` is an acronym the model tagged as a place that is none.

        "Israel strikes IRGC sites ... the Islamic Revolutionary Guard Corps": one word of
        capitals, no country nor known place.
        """
        start, end, label = self.entity_at[i]
        return (
            end - start == 1
            and label in PLACE_LABELS
            and self._country_match(self.words[i]) is None
            and not self._is_known_place(start, end)
        )

    def _defined_short(self, start: int, end: int) -> _Draft | None:
        """Return the organisation a short form in brackets right after its name stands for.

        "the Bureau of Meteorology (BoM)", "the Intergovernmental Authority on Development
        (IGAD)": the text says what the letters stand for, whatever they are; a short form
        of two or three words has an acronym among them ("the Justice and Development Party
        (AK Party)").
        """
        if start < 2 or end >= len(self.lower) or not self._short_form(start, end):
            return None
        if self.lower[start - 1] != "(" or self.lower[end] != ")":
            return None
        owner = self.token_owner.get(start - 2)
        return owner if owner is not None and owner.kind is ActorKind.ORGANIZATION else None

    def _short_form(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` may be a short form written in brackets after a name.

        One word (whether a country's is asked where it is used), or two or three
        capitalised words with an acronym among them that name no country ("AK Party").
        """
        if end - start == 1:
            return True
        if not 2 <= end - start <= 3 or not all(
            self.words[j].isalpha() and self._is_capitalised(j) for j in range(start, end)
        ):
            return False
        return any(
            _ACRONYM.fullmatch(self.words[j]) for j in range(start, end)
        ) and not self._country_match(
            self.text[self.tokens[start].idx : self._chars(start, end)[1]]
        )

    def _short_after(self, draft: _Draft, end: int) -> None:
        """Make the short form in brackets right after an organisation's name one of its names.

        "addressed the Justice and Development Party (AKP)", "France Unbowed (LFI)", "The
        Social Democrats (SPD) welcomed the deal": the model tagged no name in the brackets,
        which say what the name is called; a later "the AKP" is the party too.
        """
        if end >= len(self.lower) or self.lower[end] != "(":
            return
        close = next(
            (j for j in range(end + 2, min(end + 5, len(self.lower))) if self.lower[j] == ")"),
            None,
        )
        if close is None or not self._short_form(end + 1, close):
            return
        inside = range(end + 1, close)
        if any(j in self.token_owner or j in self.entity_at for j in inside):
            return
        text: str = self.words[end + 1]
        if close - end == 2 and not (
            text.isalpha() and 2 <= len(text) <= 6 and _ACRONYM.fullmatch(text)
        ):
            return  # "(Reuters)", "(Gaza)"
        if self._country_match(text) is not None:
            return
        self.organizations.setdefault(" ".join(self._name_words(end + 1, close)), draft)
        draft.mentions.append(self._mention(end + 1, close))
        self._own(draft, inside)

    def _short_told_before(self, end: int) -> _Draft | None:
        """Return the organisation the short form in brackets after a name was told as.

        "ECOWAS gives Niger junta new deadline ... the Economic Community of West African
        States (ECOWAS)": the headline's ECOWAS, named in full.
        """
        if end + 2 >= len(self.lower) or self.lower[end] != "(" or self.lower[end + 2] != ")":
            return None
        told = self.organizations.get(" ".join(self._name_words(end + 1, end + 2)))
        return told if told is not None and told.kind is ActorKind.ORGANIZATION else None

    def _acronym_of(self, words: tuple[str, ...]) -> _Draft | None:
        """Return the organisation whose initials ``words`` are ("IAEA"), if any."""
        if len(words) != 1 or not 2 <= len(words[0]) <= 6:
            return None
        return self.initials.get(words[0]) or self._spelled_inside(words[0])

    def _spelled_inside(self, acronym: str) -> _Draft | None:
        """Return the one organisation ``acronym`` spells with letters from inside words.

        "the Association of Southeast Asian Nations ... ASEAN": see ``_spells_inside``; of
        two organisations it could spell, neither.
        """
        found: _Draft | None = None
        for draft in self.organizations.values():
            if draft is found or draft.kind is not ActorKind.ORGANIZATION:
                continue
            if _spells_inside(acronym, tuple(draft.key)):
                if found is not None:
                    return None
                found = draft
        return found

    def _initials_written(self, start: int, end: int) -> bool:
        """Whether a place entity's initials are written as an acronym elsewhere in the text.

        "the Asia-Pacific Economic Cooperation" tagged as a place, with "APEC" in the text:
        a name of three or more words whose initials stand on their own is an organisation.
        """
        words = [w for w in self._name_words(start, end) if w not in _ACRONYM_SKIPS]
        if len(words) < 3 or self._is_known_place(start, end):
            return False
        initials = "".join(word[0] for word in words).upper()
        return re.search(rf"\b{initials}\b", self.text) is not None

    def _spelled_out(self, words: tuple[str, ...]) -> _Draft | None:
        """Return the organisation named earlier by the initials of ``words`` ("EU"), if any."""
        if len(words) < 2:
            return None
        numbered = _numbered_group(words)
        if numbered is not None and numbered in self.organizations:
            return self.organizations[numbered]  # "G7" ... "the Group of Seven"
        initials = "".join(word[0] for word in words if word not in _ACRONYM_SKIPS)
        if 2 <= len(initials) <= 6 and initials in self.organizations:
            return self.organizations[initials]
        return self._acronym_spelling(words)

    def _acronym_spelling(self, words: tuple[str, ...]) -> _Draft | None:
        """Return the one organisation named earlier by an acronym ``words`` spell, if any.

        "ECOWAS leaders met ... the Economic Community of West African States said": the
        acronym takes the "o" of "of", or a letter that opens a part of a word (see
        ``_spells_inside``); of two such acronyms, neither.
        """
        if len(words) < 3:
            return None
        with_of = "".join(word[0] for word in words if word == "of" or word not in _ACRONYM_SKIPS)
        found: _Draft | None = None
        for key, draft in self.organizations.items():
            if draft is found or draft.kind is not ActorKind.ORGANIZATION:
                continue
            if not (3 <= len(key) <= 6 and key.isalpha() and _ACRONYM.fullmatch(draft.name)):
                continue
            if key == with_of or _spells_inside(key, words):
                if found is not None:
                    return None
                found = draft
        return found

    def _shortened(self, start: int, name_start: int, words: tuple[str, ...]) -> _Draft | None:
        """Return the organisation "the Post" or "the Times" shortens, if named before.

        A capitalised name after "the" that ends the full name of an organisation already
        mentioned is that organisation ("The Washington Post ... The Post said"); of several,
        the last mentioned.
        """
        if not words or words == ("house",):
            return None  # "the House" is a chamber, never "the White House"
        after_the = (name_start > start and self.lower[start] == "the") or (
            start > 0 and self.lower[start - 1] == "the"
        )
        # "Iran's Revolutionary Guards ... a Guards spokesman": a plural, the last word of
        # one body's name alone, shortens it without "the" too
        plural = len(words) == 1 and words[0].endswith("s") and not words[0].endswith("ss")
        # "the State Duma ... Duma Chairman Vyacheslav Volodin": the short name before the
        # title of one who holds office in the body
        after = name_start + len(words)
        titled = after < len(self.lower) and _key(self.lower[after]) in self.lexicon.titles
        if not after_the and not plural and not titled:
            return None
        if not all(self._is_capitalised(j) for j in range(name_start, name_start + len(words))):
            return None
        best, found = -1, None
        matches = 0
        for draft in self.organizations.values():
            key = draft.key
            if len(key) <= len(words) or tuple(key[-len(words) :]) != words:
                continue
            last = max((m.start for m in draft.mentions if m.start < start), default=-1)
            matches += last >= 0
            if last > best:
                best, found = last, draft
        if not after_the and matches != 1:
            return None
        return found

    def _full_name_before(self, start: int, word: str) -> None:
        """Make the organisation named in full before ``start`` that starts with ``word``.

        "NNPC Ltd raised prices. NNPC spokesman Olufemi Soneye said": the spokesman's
        organisation is read with the person, before the organisations of the text; the full
        name before it must be known for "NNPC" to be its short name.
        """
        # "The European Commission fined Apple. Teresa Ribera, the Commission's
        # vice-president,": after "the", the full name may end with the word too
        after_the = start > 0 and self.lower[start - 1] == "the"
        # "the State Duma ... Duma Chairman Vyacheslav Volodin": so may a title after it
        titled = start + 1 < len(self.lower) and _key(self.lower[start + 1]) in self.lexicon.titles
        # "U.S. Customs and Border Protection said ... CBP Commissioner Rodney Scott": an
        # acronym may stand for the name
        acronym = _ACRONYM.fullmatch(self.words[start]) is not None
        for s, e, label in self.entities:
            if e > start:
                break
            if label != "ORG" or not 2 <= e - s <= (8 if acronym else 5) or s in self.token_owner:
                continue
            if self.tokens[s].idx < self.heading_end:
                continue  # a headline the model took for a name ("OAS Call for ... Draws")
            first = s + 1 if self.lower[s] == "the" and e - s > 2 else s
            if (
                self.lower[first] == word
                or (
                    (after_the or titled or (word.endswith("s") and not word.endswith("ss")))
                    and self.lower[e - 1] == word
                    and self._is_capitalised(e - 1)
                )
                or (
                    acronym
                    and e - first > 1
                    and (
                        word in self._initials_of(first, self._name_words(first, e))
                        # "The Advisory Committee on Immunization Practices ... ACIP chair"
                        or _spells_inside(word, self._name_words(first, e))
                    )
                )
            ):
                self._organization(s, e)

    def _first_word_short(self, start: int, words: tuple[str, ...]) -> _Draft | None:
        """Return the company a one-word name shortens: "Corvane Chemicals ... Corvane said".

        The organisation named before whose name starts with that word and goes on with more
        (the one whose legal name is the word and a suffix, "Siemens AG", else the last
        mentioned, of several); or, for a capitalised word of three letters or more
        and a name of two words, with a word it clips by three letters or more ("The Federal
        Reserve ... the Fed", "the Metropolitan Police ... the Met"; not "the National Guard
        ... the Nation", nor "the Federal Bureau of Investigation ... the Fed"). An
        institution's word names such a body only with "of" after it ("the House of
        Representatives ... House Speaker"; not "the Senate Foreign Relations Committee ...
        the Senate").
        """
        if len(words) != 1:
            return None
        word = words[0]
        # "the Senate" is no "Senate Foreign Relations Committee", but "House" is the
        # "House of Representatives": an institution is the whole of its name with "of"
        institution = word in self.lexicon.institutions
        clipped = len(word) >= 3 and self._is_capitalised(start + (self.lower[start] == "the"))
        best, found = -1, None
        for draft in self.organizations.values():
            if len(draft.key) < 2:
                continue
            if (
                len(draft.key) == 2
                and draft.key[0] == word
                and self._company_suffix_key(draft.key[1])
            ):
                # "Siemens AG ... Siemens Smart Infrastructure ... Siemens said": the company
                # whose legal name is the word and a suffix, not a unit named after it
                return draft
            first = draft.key[0]
            whole = not institution or draft.key[1] == "of"
            if not (first == word and whole) and not (clipped and _clips(word, draft.key)):
                continue
            last = max((m.start for m in draft.mentions if m.start < start), default=-1)
            if last > best:
                best, found = last, draft
        return found

    def _legal_name_of_short(self, words: tuple[str, ...]) -> _Draft | None:
        """Return the company known so far by the first of two words a legal suffix ends.

        "Alphabet's Google ... Its parent, Alphabet Inc,": the company named "Alphabet",
        which then takes its legal name.
        """
        if len(words) != 2 or not self._company_suffix_key(words[1]):
            return None
        return self.organizations.get(words[0])

    def _clipped_before(self, words: tuple[str, ...]) -> _Draft | None:
        """Return the body named before by a clipped first word: "The Fed ... the Federal Reserve".

        The actor then takes the full name. A word in capitals is an acronym, no clipped
        word: "EU" over "The European Commission" is the European Union, another body.
        """
        if len(words) != 2:
            return None
        for key, draft in self.organizations.items():
            if (
                " " not in key
                and len(draft.key) == 1
                and not draft.name.isupper()
                and _clips(key, words)
            ):
                return draft
        return None

    def _without_its_nation(self, words: tuple[str, ...]) -> _Draft | None:
        """Return the body named before with its nation in front: "Saudi Aramco ... Aramco"."""
        if len(words) != 1:
            return None
        for draft in self.organizations.values():
            if (
                len(draft.key) == 2
                and draft.key[1] == words[0]
                and self._country_match(draft.name.split()[0]) is not None
            ):
                return draft
        return None

    def _plural_of_modifier(self, start: int, words: tuple[str, ...]) -> _Draft | None:
        """Return the body named before by one word that this plural is the name of.

        "Yemen's Houthi rebels ... The Houthis": the word that only modified a noun and the
        plural that names the body are one organisation (and the other way round).
        """
        if len(words) != 1:
            return None
        word = words[0]
        if word.endswith("s"):
            draft = self.organizations.get(word[:-1])
            if draft is not None and all(self._modifies(m.start) for m in draft.mentions):
                return draft
        elif self._modifies(start):
            return self.organizations.get(word + "s")
        return None

    def _modifies(self, i: int) -> bool:
        """Whether the word at ``i`` only modifies a common noun ("Houthi rebels").

        Not a noun of what a body is: "Time magazine" names the magazine, no "Times".
        """
        token = self.tokens[i]
        return (
            token.dep_ in ("compound", "amod", "nmod")
            and token.head.pos_ == "NOUN"
            and _key(token.head.lower_) not in self.lexicon.organization_descriptors
        )

    def _headline_short(self, words: tuple[str, ...]) -> _Draft | None:
        """Return the organisation a headline named short, which ``words`` name in full.

        "Security Council meets on Sudan" over "The U.N. Security Council held an emergency
        meeting": one organisation, which takes the full name; so is a company a headline
        names by the first of the two words of its name ("probe into Meta's assistant" over
        "Meta Platforms breached the rules"; not an institution's word, "Senate").
        """
        if not self.heading_end:
            return None
        for draft in self.organizations.values():
            key = draft.key
            first_word = (
                len(key) == 1
                and len(words) == 2
                and words[0] == key[0]
                and key[0] not in self.lexicon.institutions
            )
            if (
                0 < len(key) < len(words)
                and (tuple(words[-len(key) :]) == tuple(key) or first_word)
                and draft.mentions
                and all(m.end_char <= self.heading_end for m in draft.mentions)
            ):
                return draft
        return None

    def _counted(self, start: int, end: int) -> bool:
        """Whether a one-word name is counted by a number, as people are: "150,000 Rohingya".

        A body is not counted so; "Group of 20" and "the 1975 Accords" put their numbers
        elsewhere or give a year, and "one" counts a single member, no group.
        """
        if end - start != 1:
            return False
        head = self.tokens[start]
        return (
            self._is_capitalised(start)
            and head.dep_ not in _MODIFIER_DEPS
            and head.dep_ != "poss"
            and _key(head.lower_) not in self.lexicon.organization_heads
            and _key(head.lower_) not in self.lexicon.institutions
            and any(
                child.dep_ == "nummod"
                and child.i == start - 1
                and child.tag_ == "CD"
                and self.entity_at.get(child.i, (0, 0, ""))[2] == "CARDINAL"
                and not (child.text.isdigit() and len(child.text) == 4)
                and child.lower_ not in ("one", "1")  # "One Dama shares": one member
                for child in head.children
            )
        )

    def _maybe_people(self, start: int, end: int, code: str | None) -> None:
        """Make a group of a plural demonym or party used as a noun ("Palestinians").

        A plural the tagger took for a singular name counts too, one word in the text
        below the headline: "The Greens said" (not "Caucasus", nor a title-case headline's
        "Hundreds of Protesters").
        """
        head = self.tokens[end - 1]
        plural = (
            head.tag_ in ("NNS", "NNPS")
            or self._counted(start, end)
            or (
                head.tag_ == "NNP"
                and end - start == 1
                and head.idx >= self.heading_end
                and head.text[-1:] == "s"
                and head.text[-2:] not in ("ss", "us")
                and _key(head.lower_) not in self.lexicon.group_nouns
            )
        )
        if not plural or head.dep_ in _MODIFIER_DEPS or head.dep_ == "poss":
            return
        self._add_group(start, end, start, None if self._ethnic(start) else code, None)
