"""Countries and organisations.

Entities that name a country (``country_code``) give one actor per country: "US" tagged as
an organisation is still the United States, "the western United States" is a region.
Demonyms ("Chinese") give countries to other actors and are not actors. Organisations come
from ``ORG`` entities (or a place described as one), with their descriptor as title and
the country that owns them ("China's Xinhua news agency": Xinhua, news agency, CHN);
acronyms attach to the organisation whose initials they are.
"""

from __future__ import annotations

from newsevents.actors._doc import _MODIFIER_DEPS, _Description, _Draft
from newsevents.actors._groups import _Groups
from newsevents.actors._titles import _Titles
from newsevents.model import ActorKind

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_ACRONYM_SKIPS = frozenset({"of", "the", "and", "for"})


class _Organizations(_Groups, _Titles):
    """Find the countries and organisations of the doc, and the people named by a demonym."""

    def _find_countries_and_organizations(self) -> None:
        for start, end, label in self.entities:
            if start in self.token_owner:
                continue
            if label in ("GPE", "ORG", "NORP", "LOC"):
                match = self.countries.lookup(
                    self.text[self.doc[start].idx : self._chars(start, end)[1]]
                )
                if match is not None and not match.demonym:
                    if not self._is_region(start, end):
                        self._add_country(start, end, match.code)
                    continue
                if match is not None and label == "NORP":
                    self._maybe_people(start, end, match.code)
                    continue
            if start in self.title_tokens:
                continue  # "State" in "Secretary of State Antony Blinken" is part of a title
            if label == "ORG" or (label in _PLACE_LABELS and self._described_as_organization(end)):
                self._organization(start, end)
            elif label == "NORP":
                self._maybe_people(start, end, None)

    def _described_as_organization(self, end: int) -> bool:
        """Whether a "place" is an organisation by its appositive ("Xinhua, the news agency,")."""
        appositive = _Description()
        self._describe_right(end, appositive, descriptors=True)
        return self._is_apposition(appositive)

    def _is_region(self, start: int, end: int) -> bool:
        """Whether a country name is modified into a region ("the western United States")."""
        head = self.doc[self._head(start, end)]
        regions = self.countries.region_modifiers
        return any(
            child.dep_ == "amod" and child.lower_ in regions and child.i < start
            for child in head.lefts
        )

    def _add_country(self, start: int, end: int, code: str) -> None:
        draft = self.countries_by_code.get(code)
        if draft is None:
            name = (
                self.countries.name(code)
                or self.text[self.doc[start].idx : self._chars(start, end)[1]]
            )
            draft = self._new_draft(ActorKind.COUNTRY, name, (code,))
            draft.country = code
            self.countries_by_code[code] = draft
        draft.mentions.append(self._mention(start, end))
        self._own(draft, range(start, end))

    def _organization(self, start: int, end: int) -> _Draft:
        """Return the organisation of the ``ORG`` entity ``[start, end)``, with this mention."""
        existing = self.token_owner.get(start)
        if existing is not None and existing.kind is ActorKind.ORGANIZATION:
            return existing
        lexicon = self.lexicon
        found = _Description()
        name_start, name_end = start, end
        if self.lower[name_start] == "the" and name_end - name_start > 1:
            name_start += 1
        # A lower-case descriptor at the end of the span or just after it: "Xinhua news agency".
        descriptor = self._descriptor_after(name_start, name_end)
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
            if pos >= sentence_start:
                self._owner_before(pos, found)
        words = self._name_words(name_start, name_end)
        key = " ".join(words)
        draft = self.organizations.get(key) or self._acronym_of(words)
        name = self.text[self.doc[name_start].idx : self._chars(name_start, name_end)[1]]
        if draft is None:
            draft = self._new_draft(ActorKind.ORGANIZATION, name, words)
        elif len(name) > len(draft.name) and not name.isupper():
            draft.name = name
        self.organizations[key] = draft
        if len(words) > 1:
            initials = "".join(word[0] for word in words if word not in _ACRONYM_SKIPS)
            self.initials.setdefault(initials, draft)
        draft.mentions.append(self._mention(start, name_end))
        self._own(draft, range(start, name_end))
        for title_start, title_end in found.titles:
            draft.add_title(
                self.text[
                    self.doc[title_start].idx : self.doc[title_end - 1].idx
                    + len(self.doc[title_end - 1].text)
                ]
            )
        draft.country = draft.country or found.country
        return draft

    def _descriptor_after(self, name_start: int, name_end: int) -> tuple[int, int] | None:
        lexicon = self.lexicon
        _, sentence_end = self._sentence_bounds(name_start)
        # Inside the span: its last lower-case words, leaving a name in front.
        for start in range(name_start + 1, name_end):
            if self._lower_case(start, name_end):
                end = self._core_starting_at(
                    start, name_end, lexicon.organization_descriptors, lexicon.longest_descriptor
                )
                if end == name_end:
                    return start, end
        if name_end < sentence_end and self._lower_case(name_end, name_end + 1):
            end = self._core_starting_at(
                name_end, sentence_end, lexicon.organization_descriptors, lexicon.longest_descriptor
            )
            if end is not None and self._lower_case(name_end, end):
                return name_end, end
        return None

    def _acronym_of(self, words: tuple[str, ...]) -> _Draft | None:
        """Return the organisation whose initials ``words`` are ("IAEA"), if any."""
        if len(words) != 1 or not 2 <= len(words[0]) <= 6:
            return None
        return self.initials.get(words[0])

    def _maybe_people(self, start: int, end: int, code: str | None) -> None:
        """Make a group of a plural demonym or party used as a noun ("Palestinians")."""
        head = self.doc[end - 1]
        if head.tag_ not in ("NNS", "NNPS") or head.dep_ in _MODIFIER_DEPS or head.dep_ == "poss":
            return
        self._add_group(start, end, start, code, None)
