"""Actors: the people, organisations, countries and groups an article is about.

:func:`extract_actors` turns a parsed spaCy ``Doc`` into :class:`~newsevents.model.Actor`
objects; the ``newsevents_actors`` component stores them on ``doc._.newsevents_actors`` and
marks every token that refers to an actor with ``token._.newsevents_actor`` (its id).

How it works, in the order of the code below:

1. **Entities, repaired.** spaCy's entities, with the small model's usual mistakes on news
   undone by general patterns: a place or organisation that swallowed the name after it
   ("China's Great Hall of the People, Kerry" becomes a country, a place and a person),
   titles and honorifics inside a person's span ("President Xi Jinping"), a possessive
   ending inside a span ("Xi’s").
2. **Persons** from ``PERSON`` entities. The title phrase before the name ("US climate envoy
   John Kerry", "Secretary of State Antony Blinken", "China's top diplomat Wang Yi") or in an
   appositive after it ("Sergei Lavrov, the Russian foreign minister,") gives the person's
   titles, and its country or demonym gives the person's country; neither is part of the
   name. An official with no country of their own gets the country a foreign visitor
   visits in the story ("Kerry's visit to China": "Premier Li Qiang" is Chinese). Short
   names ("Kerry", "Li") attach to the most recently mentioned person whose full name
   begins or ends with them, wherever spaCy put them (a short name tagged as an
   organisation or not tagged at all still counts).
3. **Countries**: entities that name a country (``country_code``), one actor per country;
   "US" tagged as an organisation is still the United States, "the western United States"
   is a region. Demonyms ("Chinese") give countries to other actors and are not actors.
   Cities, regions and facilities are places, not actors.
4. **Organisations** from ``ORG`` entities, with their descriptor as title and the country
   that owns them ("China's Xinhua news agency": Xinhua, news agency, CHN); acronyms
   attach to the organisation whose initials they are.
5. **Groups** named by a modified plural ("senior Chinese officials", "wealthy nations",
   "the US and Chinese delegations") or a plural demonym ("Palestinians").
6. **Pronouns** ("he", "his", "him", "she", "her") attach to the most salient person: in a
   fronted phrase before the main clause's subject, that subject ("In his meeting with
   Wang Yi, Kerry said"); for a subject pronoun, the nearest subject before it in the
   sentence, else the main clause's subject of a recent sentence ("Although Li doubted what
   Kerry said, he later agreed" is Li); for a possessive or object, the nearest person
   before it in the sentence (not the subject of its own verb for "him"/"her").

The words behind the rules live in two lexicons, ``titles`` and ``demonyms``
(:mod:`newsevents.lexicons`); the component takes a user's files instead with
``nlp.add_pipe("newsevents_actors", config={"titles": "my_titles.json"})``.

>>> from newsevents import load_pipeline
>>> nlp = load_pipeline()
>>> doc = nlp("US climate envoy John Kerry met Premier Li Qiang in Beijing. Kerry said he was glad")
>>> for actor in extract_actors(doc):
...     print(actor.id, actor.kind.value, actor.name, actor.titles, actor.country)
a1 person John Kerry ('climate envoy',) USA
a2 person Li Qiang ('Premier',) None
>>> [mention.text for mention in extract_actors(doc)[0].mentions]
['John Kerry', 'Kerry', 'he']
>>> [(token.text, token._.newsevents_actor) for token in doc[:5]]
[('US', None), ('climate', 'a1'), ('envoy', 'a1'), ('John', 'a1'), ('Kerry', 'a1')]

"US" here only describes Kerry, so the United States is no actor of this story; "Beijing"
is a place.
"""

from __future__ import annotations

import os
from bisect import insort
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from typing import Any

import attrs
from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from newsevents.countries import CountryIndex
from newsevents.errors import InputError
from newsevents.extensions import DOC_ACTORS, TOKEN_ACTOR, register_extensions
from newsevents.lexicons import load_lexicon
from newsevents.model import Actor, ActorKind, Span
from newsevents.serialize import converter

__all__ = [
    "ActorAnnotations",
    "ActorExtractor",
    "ActorsComponent",
    "TitleLexicon",
    "extract_actors",
    "make_actors_component",
]

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_FRONTED_DEPS = frozenset({"prep", "advcl", "npadvmod", "advmod", "pcomp"})
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
_NAME_LINK_DEPS = frozenset({"conj", "appos", "compound", "flat"})
_POSSESSIVE_ENDINGS = ("'s", "’s", "'S", "’S", "'", "’")
_DETERMINERS = frozenset({"the", "a", "an"})
_APPOSITIVE_FOLLOWERS = frozenset({"who", "whose", "which"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Labels whose spans may have swallowed a person's name or a country's possessive.
_REPAIRABLE_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG", "NORP", "EVENT", "WORK_OF_ART"})
_MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
_FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
_SUBJECT_PRONOUNS = frozenset({"he", "she"})
_OBJECT_PRONOUNS = frozenset({"him", "her"})
_REFLEXIVE_PRONOUNS = frozenset({"himself", "herself"})
_DEMONYM_ENDINGS = ("an", "ese", "ish", "i")
# Words that say how many, not which: "some other officials" is the group "officials".
_QUANTIFIERS = frozenset(
    {
        "some", "any", "all", "many", "several", "few", "other", "others", "both", "most",
        "more", "various", "numerous", "certain", "such", "each", "every", "no", "own", "same",
        "respective",
    }
)  # fmt: skip
_TOPIC_PREPOSITIONS = frozenset({"over", "about", "regarding", "concerning"})
_ACRONYM_SKIPS = frozenset({"of", "the", "and", "for"})
_VISIT_WORDS = frozenset({"visit", "visits", "visited", "visiting", "trip", "tour", "toured"})
# How many sentences back a pronoun looks for its antecedent.
_PRONOUN_WINDOW = 3
# How many modifier words a title may have before its head ("deputy foreign minister").
_MAX_MODIFIERS = 3
_LEXICON_LISTS = (
    "titles",
    "modifiers",
    "honorifics",
    "male",
    "female",
    "organization_descriptors",
    "group_nouns",
)


def _key(text: str) -> str:
    """Match key of a lexicon entry or of a run of tokens: lower case, no spaces."""
    return "".join(text.lower().split())


def _span_length(text: str) -> int:
    """Return an upper bound of the number of spaCy tokens of a lexicon entry."""
    count = 0
    for word in text.split():
        count += 1 + sum(1 for char in word if not char.isalnum())
    return count


@attrs.frozen
class TitleLexicon:
    """The ``titles`` lexicon compiled for matching (keys are lower case without spaces).

    >>> lexicon = TitleLexicon.from_data(load_lexicon("titles"))
    >>> "secretaryofstate" in lexicon.titles, "top" in lexicon.modifiers
    (True, True)
    """

    titles: frozenset[str]
    modifiers: frozenset[str]
    honorifics: frozenset[str]
    male: frozenset[str]
    female: frozenset[str]
    organization_descriptors: frozenset[str]
    group_nouns: frozenset[str]
    longest_title: int
    longest_descriptor: int

    @classmethod
    def from_data(cls, data: Any, *, source: str = "titles") -> TitleLexicon:
        """Compile parsed lexicon JSON, refusing a malformed one with the path of the culprit.

        >>> TitleLexicon.from_data({"titles": "president"}, source="my.json")
        Traceback (most recent call last):
        ...
        newsevents.errors.InputError: my.json: $.titles: expected an array of strings
        """
        if not isinstance(data, Mapping):
            raise InputError(f"{source}: $: expected an object with {', '.join(_LEXICON_LISTS)}")
        lists: dict[str, list[str]] = {}
        for name in _LEXICON_LISTS:
            entries = data.get(name, [])
            if not isinstance(entries, list):
                raise InputError(f"{source}: $.{name}: expected an array of strings")
            for index, entry in enumerate(entries):
                if not isinstance(entry, str) or not entry.strip():
                    raise InputError(f"{source}: $.{name}[{index}]: expected a non-empty string")
            lists[name] = entries
        return cls(
            titles=frozenset(_key(entry) for entry in lists["titles"]),
            modifiers=frozenset(_key(entry) for entry in lists["modifiers"]),
            honorifics=frozenset(_key(entry) for entry in lists["honorifics"]),
            male=frozenset(_key(entry) for entry in lists["male"]),
            female=frozenset(_key(entry) for entry in lists["female"]),
            organization_descriptors=frozenset(
                _key(entry) for entry in lists["organization_descriptors"]
            ),
            # Groups are found by the head noun of a noun phrase: the last word of an entry.
            group_nouns=frozenset(entry.split()[-1].lower() for entry in lists["group_nouns"]),
            longest_title=max((_span_length(entry) for entry in lists["titles"]), default=0),
            longest_descriptor=max(
                (_span_length(entry) for entry in lists["organization_descriptors"]), default=0
            ),
        )


@attrs.frozen
class ActorAnnotations:
    """Everything the actors component writes on a ``Doc``.

    ``actors`` are the actors in order of first mention; ``token_actors`` maps token
    indices to actor ids (the tokens of every mention, and of the title phrase around a
    person's name); ``entities`` are the repaired entities as ``(start, end, label)`` token
    ranges, every entity of the doc, in order.
    """

    actors: tuple[Actor, ...]
    token_actors: Mapping[int, str]
    entities: tuple[tuple[int, int, str], ...]


@attrs.define
class _Mention:
    """A mention found in a doc, before actors get their ids."""

    start: int  # token range
    end: int
    start_char: int
    end_char: int
    pronoun: bool = False


@attrs.define
class _Draft:
    """An actor being assembled from its mentions."""

    kind: ActorKind
    name: str
    key: tuple[str, ...]
    mentions: list[_Mention] = attrs.Factory(list)
    titles: list[str] = attrs.Factory(list)
    country: str | None = None
    affiliation: _Draft | None = None
    gender: str | None = None
    last_token: int = -1
    # Tokens of title phrases that refer to this actor too (not mentions of it).
    described_by: list[int] = attrs.Factory(list)

    def add_title(self, title: str) -> None:
        if title.lower() not in (known.lower() for known in self.titles):
            self.titles.append(title)


@attrs.define
class _Description:
    """What the words around a name say about it: titles, country, affiliation, gender."""

    titles: list[tuple[int, int]] = attrs.Factory(list)  # token ranges
    country: str | None = None
    affiliation: tuple[int, int] | None = None  # token range of an organisation's entity
    gender: str | None = None
    tokens: list[int] = attrs.Factory(list)  # tokens of the phrase, for token_actors


class ActorExtractor:
    """Finds the actors of parsed docs; holds the compiled lexicons, nothing per doc.

    >>> from newsevents import load_pipeline
    >>> nlp = load_pipeline()
    >>> extractor = ActorExtractor()
    >>> found = extractor.annotate(nlp("Chinese President Xi Jinping spoke."))
    >>> [(actor.name, actor.titles, actor.country) for actor in found.actors]
    [('Xi Jinping', ('President',), 'CHN')]
    """

    def __init__(
        self, titles: TitleLexicon | None = None, countries: CountryIndex | None = None
    ) -> None:
        self.titles = titles if titles is not None else _default_titles()
        self.countries = countries if countries is not None else CountryIndex.default()

    @classmethod
    def from_files(
        cls,
        titles: str | os.PathLike[str] | None = None,
        demonyms: str | os.PathLike[str] | None = None,
    ) -> ActorExtractor:
        """Build an extractor from lexicon files (the shipped ones where a path is None).

        >>> ActorExtractor.from_files().titles is ActorExtractor().titles
        True
        """
        title_lexicon = (
            TitleLexicon.from_data(load_lexicon("titles", titles), source=os.fspath(titles))
            if titles is not None
            else None
        )
        country_index = CountryIndex.from_file(demonyms) if demonyms is not None else None
        return cls(title_lexicon, country_index)

    def annotate(self, doc: Doc) -> ActorAnnotations:
        """Return the actors of ``doc``, the tokens that refer to them and the repaired entities.

        ``doc`` must have been parsed and tagged for entities; it is not changed.
        """
        return _DocActors(self, doc).run()

    def __call__(self, doc: Doc) -> list[Actor]:
        """Return the actors of ``doc`` (see :meth:`annotate`)."""
        return list(self.annotate(doc).actors)


@cache
def _default_titles() -> TitleLexicon:
    return TitleLexicon.from_data(load_lexicon("titles"))


@cache
def _default_extractor() -> ActorExtractor:
    return ActorExtractor()


def extract_actors(doc: Doc) -> list[Actor]:
    """Return the actors of a parsed ``doc``, with the shipped lexicons.

    >>> from newsevents import load_pipeline
    >>> nlp = load_pipeline()
    >>> doc = nlp("Sergei Lavrov, the Russian foreign minister, met Wang Yi.")
    >>> [(actor.name, actor.titles, actor.country) for actor in extract_actors(doc)]
    [('Sergei Lavrov', ('foreign minister',), 'RUS'), ('Wang Yi', (), None)]
    """
    return _default_extractor()(doc)


class _DocActors:
    """The work on one doc: entities, actors, mentions and pronouns."""

    def __init__(self, extractor: ActorExtractor, doc: Doc) -> None:
        self.lexicon = extractor.titles
        self.countries = extractor.countries
        self.doc = doc
        self.text: str = doc.text
        self.lower: list[str] = [token.lower_ for token in doc]
        self.original = tuple((ent.start, ent.end, ent.label_) for ent in doc.ents)
        self.entities: list[tuple[int, int, str]] = []
        self.entity_at: dict[int, tuple[int, int, str]] = {}  # every token of an entity
        self.drafts: list[_Draft] = []
        self.token_owner: dict[int, _Draft] = {}
        self.persons: list[_Draft] = []
        self.person_index: dict[tuple[str, ...], list[_Draft]] = {}  # full name and its ends
        self.person_names: dict[tuple[str, ...], list[_Draft]] = {}  # full names only
        self.countries_by_code: dict[str, _Draft] = {}
        self.organizations: dict[str, _Draft] = {}
        self.groups: dict[str, _Draft] = {}
        self.person_mentions: list[tuple[int, _Draft]] = []  # (head token, actor)
        self.title_tokens: set[int] = set()
        self.initials: dict[str, _Draft] = {}  # "iaea" -> International Atomic Energy Agency
        self._person_name_ends: set[tuple[str, ...]] | None = None
        self._sentence_of: list[int] | None = None
        self._bounds: list[tuple[int, int]] = []
        self._country_cache: dict[tuple[int, int], str | None] = {}

    # ----------------------------------------------------------------- driver
    def run(self) -> ActorAnnotations:
        self._repair_entities()
        self._find_persons()
        self._find_countries_and_organizations()
        self._find_groups()
        self._resolve_pronouns()
        return self._finish()

    # -------------------------------------------------------------- utilities
    def _chars(self, start: int, end: int) -> tuple[int, int]:
        """Character offsets of tokens ``[start, end)``, without a possessive ending."""
        doc = self.doc
        start_char = doc[start].idx
        last = doc[end - 1]
        end_char = last.idx + len(last.text)
        text = last.text
        if end - start > 1 or len(text) > 2:
            for ending in _POSSESSIVE_ENDINGS:
                if text.endswith(ending) and len(text) > len(ending):
                    end_char -= len(ending)
                    break
        return start_char, end_char

    def _mention(self, start: int, end: int, *, pronoun: bool = False) -> _Mention:
        start_char, end_char = self._chars(start, end)
        return _Mention(start, end, start_char, end_char, pronoun)

    def _is_possessive(self, i: int) -> bool:
        return self.doc[i].tag_ == "POS" or self.lower[i] in _POSSESSIVE_ENDINGS

    def _lower_case(self, start: int, end: int) -> bool:
        """Whether tokens ``[start, end)`` are written in lower case (not part of a name)."""
        return all(self.doc[i].text.islower() for i in range(start, end))

    def _is_capitalised(self, i: int) -> bool:
        text: str = self.doc[i].text
        return text[:1].isupper()

    def _sentence(self, i: int) -> int:
        """Return the number of the sentence of token ``i`` (indexed once per doc)."""
        if self._sentence_of is None:
            sentence_of = [0] * len(self.doc)
            for number, sentence in enumerate(self.doc.sents):
                sentence_of[sentence.start : sentence.end] = [number] * len(sentence)
                self._bounds.append((sentence.start, sentence.end))
            self._sentence_of = sentence_of
        return self._sentence_of[i]

    def _sentence_bounds(self, i: int) -> tuple[int, int]:
        return self._bounds[self._sentence(i)]

    def _head(self, start: int, end: int) -> int:
        """Return the token of ``[start, end)`` whose syntactic head lies outside it."""
        for i in range(end - 1, start - 1, -1):
            head = self.doc[i].head.i
            if head < start or head >= end or head == i:
                return i
        return end - 1

    def _country_of_range(self, start: int, end: int) -> str | None:
        if (start, end) not in self._country_cache:
            text = self.text[self.doc[start].idx : self._chars(start, end)[1]]
            match = self.countries.lookup(text)
            self._country_cache[(start, end)] = match.code if match is not None else None
        return self._country_cache[(start, end)]

    def _own(self, draft: _Draft, tokens: Iterable[int]) -> None:
        for i in tokens:
            self.token_owner[i] = draft

    def _new_draft(self, kind: ActorKind, name: str, key: tuple[str, ...]) -> _Draft:
        draft = _Draft(kind=kind, name=name, key=key)
        self.drafts.append(draft)
        return draft

    # ----------------------------------------------------- 1. entity repairs
    def _repair_entities(self) -> None:
        repaired: list[tuple[int, int, str]] = []
        for start, end, label in self.original:
            repaired.extend(self._repair(start, end, label))
        self.entities = repaired
        for entity in repaired:
            for i in range(entity[0], entity[1]):
                self.entity_at[i] = entity

    def _repair(self, start: int, end: int, label: str) -> list[tuple[int, int, str]]:
        """Split or trim one entity; return what is left of it (maybe several entities)."""
        lower = self.lower
        while end - start > 1 and self._is_possessive(end - 1):
            end -= 1
        if label == "PERSON":
            start = self._skip_title_prefix(start, end)
            return [(start, end, label)] if start < end else []
        if label not in _REPAIRABLE_LABELS:
            return [(start, end, label)]
        pieces: list[tuple[int, int, str]] = []
        # "China's Great Hall of the People": the owner is a country of its own.
        for i in range(start + 1, min(end - 1, start + 4)):
            if self._is_possessive(i):
                match = self.countries.lookup(self.text[self.doc[start].idx : self.doc[i].idx])
                if match is not None and not match.demonym:
                    pieces.append((start, i, "GPE"))
                    start = i + 1
                break
        # "... of the People, Kerry": a capitalised name after a comma, acting on its own.
        for comma in range(end - 2, start, -1):
            if lower[comma] != ",":
                continue
            if self._swallowed_person(comma + 1, end):
                pieces.append((start, comma, label))
                pieces.append((comma + 1, end, "PERSON"))
                return pieces
            break
        pieces.append((start, end, label))
        return pieces

    def _swallowed_person(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` after a comma inside an entity is a person's name."""
        if end - start > 4:
            return False
        doc = self.doc
        if not all(doc[i].pos_ == "PROPN" and self._is_capitalised(i) for i in range(start, end)):
            return False
        head = doc[self._head(start, end)]
        if head.dep_ in _SUBJECT_DEPS and not start <= head.head.i < end:
            return True
        # Or the same name ends a person's name elsewhere in the doc.
        if self._person_name_ends is None:
            self._person_name_ends = {
                tuple(self.lower[s:e])[-length:]
                for s, e, label in self.original
                if label == "PERSON"
                for length in range(1, e - s + 1)
            }
        return tuple(self.lower[start:end]) in self._person_name_ends

    def _skip_title_prefix(self, start: int, end: int) -> int:
        """Move ``start`` past honorifics and titles that spaCy put inside a person's span."""
        lexicon = self.lexicon
        i = start
        while i < end - 1:
            if _key(self.lower[i]) in lexicon.honorifics:
                i += 1
                continue
            core_end = self._core_starting_at(i, end - 1, lexicon.titles, lexicon.longest_title)
            if core_end is not None:
                i = core_end
                continue
            if self.lower[i] in lexicon.modifiers and i + 1 < end - 1:
                core_end = self._core_starting_at(
                    i + 1, end - 1, lexicon.titles, lexicon.longest_title
                )
                if core_end is not None:
                    i = core_end
                    continue
            break
        # A span that is all title ("Councilor", "Rear" of "Rear Adm.") names nobody.
        if i == end - 1 and self._is_title_word(end - 1):
            return end
        return i

    def _is_title_word(self, i: int) -> bool:
        key = _key(self.lower[i])
        lexicon = self.lexicon
        return key in lexicon.titles or key in lexicon.honorifics or key in lexicon.modifiers

    # ------------------------------------------------------- title matching
    def _core_ending_at(
        self, pos: int, lower_bound: int, entries: frozenset[str], longest: int
    ) -> int | None:
        """Start of the longest lexicon entry whose tokens end at ``pos``, or None."""
        for length in range(min(longest, pos - lower_bound + 1), 0, -1):
            if "".join(self.lower[pos - length + 1 : pos + 1]) in entries:
                return pos - length + 1
        return None

    def _core_starting_at(
        self, pos: int, upper_bound: int, entries: frozenset[str], longest: int
    ) -> int | None:
        """End of the longest lexicon entry whose tokens start at ``pos``, or None."""
        for length in range(min(longest, upper_bound - pos), 0, -1):
            if "".join(self.lower[pos : pos + length]) in entries:
                return pos + length
        return None

    def _is_modifier(self, i: int, phrase_start: int, phrase_end: int) -> bool:
        """Whether token ``i`` modifies the title phrase ``[phrase_start, phrase_end)``."""
        token = self.doc[i]
        entity = self.entity_at.get(i)
        # Only a party or movement ("Republican") may be part of a title.
        if entity is not None and (
            entity[2] != "NORP" or self._country_of_range(entity[0], entity[1]) is not None
        ):
            return False
        if self.lower[i] in self.lexicon.modifiers:
            return True
        if not token.is_alpha or token.is_stop or token.like_num:
            return False
        if token.pos_ not in ("ADJ", "NOUN", "PROPN") or token.dep_ not in _MODIFIER_DEPS:
            return False
        return phrase_start <= token.head.i < phrase_end + 2

    def _describe_left(self, name_start: int, name_end: int) -> _Description:
        """Titles, country, affiliation and gender from the words before a name."""
        lexicon = self.lexicon
        found = _Description()
        sentence_start, _ = self._sentence_bounds(name_start)
        pos = name_start - 1
        # "The foreign minister, Wang Yi, said": a title set off by commas before the name.
        if (
            pos > sentence_start
            and self.lower[pos] == ","
            and (name_end >= len(self.doc) or self.lower[name_end] == ",")
            and self._core_ending_at(pos - 1, sentence_start, lexicon.titles, lexicon.longest_title)
            is not None
        ):
            pos -= 1
        if pos >= sentence_start and _key(self.lower[pos]) in lexicon.honorifics:
            found.gender = self._gender_of(self.lower[pos])
            found.tokens.append(pos)
            pos -= 1
        title_end = pos + 1
        title_start: int | None = None
        while pos >= sentence_start:
            # A listed modifier belongs to the title after it ("deputy", "former"); another
            # title word starts a title of its own ("former lawmaker Dr."); any other noun or
            # adjective that modifies the title is part of it ("climate envoy").
            if title_start is not None and self.lower[pos] in lexicon.modifiers:
                title_start = pos
                pos -= 1
                continue
            core = self._core_ending_at(pos, sentence_start, lexicon.titles, lexicon.longest_title)
            if (
                core is None
                and title_start is not None
                and self._is_modifier(pos, pos + 1, name_end)
            ):
                title_start = pos
                pos -= 1
                continue
            if core is not None:
                if title_start is not None:
                    found.titles.append((title_start, title_end))
                title_start, title_end = core, pos + 1
                pos = core - 1
                continue
            if title_start is not None and self.lower[pos] == "and" and pos > sentence_start:
                # "State Councilor and Foreign Minister Wang Yi": two titles.
                before = self._core_ending_at(
                    pos - 1, sentence_start, lexicon.titles, lexicon.longest_title
                )
                if before is not None:
                    found.titles.append((title_start, title_end))
                    found.tokens.append(pos)
                    title_start, title_end = None, pos
                    pos -= 1
                    continue
            break
        if title_start is not None:
            found.titles.append((title_start, title_end))
        for start, end in found.titles:
            found.tokens.extend(range(start, end))
            found.gender = found.gender or self._title_gender(start, end)
        found.titles.reverse()
        if pos >= sentence_start:
            self._owner_before(pos, found)
        return found

    def _owner_before(self, pos: int, found: _Description) -> None:
        """Read the country or organisation just before a title or a name ("China's", "UEFA")."""
        if self._is_possessive(pos):
            pos -= 1
            if pos < 0:
                return
        entity = self.entity_at.get(pos)
        if entity is not None:
            start, end = entity[0], pos + 1
            code = self._country_of_range(start, end)
            if code is not None:
                found.country = found.country or code
                if entity[2] == "NORP":
                    found.tokens.extend(range(start, end))
            elif entity[2] == "ORG":
                found.affiliation = (entity[0], entity[1])
            return
        match = self.countries.lookup(self.doc[pos].text)
        if match is not None and self._is_capitalised(pos):
            found.country = found.country or match.code
            if match.demonym:
                found.tokens.append(pos)

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
        if pos + 1 >= sentence_end or self.lower[pos] != ",":
            return
        pos += 1
        phrase_start = pos
        if self.lower[pos] in _DETERMINERS:
            pos += 1
        country: str | None = None
        affiliation: tuple[int, int] | None = None
        entity = self.entity_at.get(pos)
        if entity is not None and entity[0] == pos and entity[2] != "PERSON":
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
            elif country is not None and not descriptors and self._ends_phrase(pos, sentence_end):
                # "Mario Diaz-Balart, a Cuban-American," says only where the person is from.
                found.country = found.country or country
                return
        elif self.lower[pos] in ("its", "their"):
            return
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
        # The title must end the appositive, not start a longer noun phrase.
        if not self._ends_phrase(core_end, sentence_end) and self.doc[core_end - 1].dep_ != "appos":
            return
        found.titles.append((title_start, core_end))
        found.tokens.extend(range(phrase_start, core_end))
        found.country = found.country or country
        found.affiliation = found.affiliation or affiliation
        found.gender = found.gender or self._title_gender(title_start, core_end)
        # "president of the European Commission", "foreign minister of Iran".
        pos = core_end
        if pos + 1 < sentence_end and self.lower[pos] in ("of", "at"):
            pos += 1
            if self.lower[pos] == "the":
                pos += 1
            entity = self.entity_at.get(pos)
            if entity is not None and entity[0] == pos:
                code = self._country_of_range(entity[0], entity[1])
                if code is not None:
                    found.country = found.country or code
                elif entity[2] == "ORG":
                    found.affiliation = found.affiliation or (entity[0], entity[1])

    def _ends_phrase(self, pos: int, sentence_end: int) -> bool:
        """Whether a noun phrase ends before token ``pos`` (punctuation, "of", "and", "who")."""
        if pos >= sentence_end:
            return True
        token = self.doc[pos]
        return (
            token.is_punct
            or token.pos_ in ("ADP", "CCONJ")
            or self.lower[pos] in _APPOSITIVE_FOLLOWERS
        )

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

    # --------------------------------------------------------------- persons
    def _find_persons(self) -> None:
        names: list[tuple[int, int]] = []
        for start, end, label in self.entities:
            if label == "PERSON":
                person = self._looks_like_name(start, end)
                person = person and self._country_of_range(start, end) is None
            else:
                person = label in ("ORG", "NORP", "GPE") and self._mislabelled_person(start, end)
            if person:
                names.append((start, end))
        # Full names and their first and last words, as written anywhere in the doc.
        known: set[tuple[str, ...]] = set()
        for start, end in names:
            words = self._name_words(start, end)
            known.update(words[:k] for k in range(1, len(words) + 1))
            known.update(words[k:] for k in range(len(words)))
        # Short names that spaCy tagged as something else, or not at all.
        candidates = list(names)
        person_spans = set(names)
        for start, end, label in self.entities:
            if (start, end) in person_spans or label in ("DATE", "TIME", "CARDINAL", "ORDINAL"):
                continue
            if self._country_of_range(start, end) is not None:
                continue
            if self._name_words(start, end) in known and self._looks_like_name(start, end):
                candidates.append((start, end))
        candidates.extend(self._untagged_names(known))
        candidates.sort()
        for start, end in candidates:
            self._add_person(start, end)

    def _mislabelled_person(self, start: int, end: int) -> bool:
        """Whether an organisation or place entity is a person's name, by its title.

        "Senator [Chafee]" with a capitalised title just before it, or "[Laurice Bentley],
        risk communication specialist" (two or more words) with a title in apposition.
        """
        doc = self.doc
        if any(not doc[i].is_alpha or not self._is_capitalised(i) for i in range(start, end)):
            return False
        if any(doc[i].text.isupper() for i in range(start, end)):
            return False  # acronyms are organisations
        if self._country_of_range(start, end) is not None:
            return False
        sentence_start, _ = self._sentence_bounds(start)
        before = start - 1
        if (
            before >= sentence_start
            and before not in self.entity_at
            and self._is_capitalised(before)
        ):
            lexicon = self.lexicon
            core = self._core_ending_at(
                before, sentence_start, lexicon.titles, lexicon.longest_title
            )
            # A capital says "title" only where the sentence does not start with it.
            if core is not None and core > sentence_start:
                return True
        if end - start < 2:
            return False
        appositive = _Description()
        self._describe_right(end, appositive)
        return self._is_apposition(appositive)

    def _looks_like_name(self, start: int, end: int) -> bool:
        doc = self.doc
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
        token = self.doc[i]
        if token.dep_ not in ("amod", "compound") or token.head.i != i + 1:
            return False
        head = self.lower[i + 1]
        if _key(head) not in self.lexicon.titles and head not in self.lexicon.group_nouns:
            return False
        return token.pos_ == "ADJ" or self.lower[i].endswith(_DEMONYM_ENDINGS)

    def _name_words(self, start: int, end: int) -> tuple[str, ...]:
        return tuple(
            word
            for word in self.lower[start:end]
            if word not in _POSSESSIVE_ENDINGS and word not in (".", "-")
        )

    def _untagged_names(self, known: set[tuple[str, ...]]) -> list[tuple[int, int]]:
        """Single capitalised proper nouns outside entities that repeat a known name."""
        if not known:
            return []
        found = []
        doc = self.doc
        for i, word in enumerate(self.lower):
            if (word,) in known and i not in self.entity_at:
                token = doc[i]
                if token.pos_ == "PROPN" and self._is_capitalised(i):
                    found.append((i, i + 1))
        return found

    def _add_person(self, start: int, end: int) -> None:
        words = self._name_words(start, end)
        if not words:
            return
        draft = self._match_person(words)
        name = self.text[self.doc[start].idx : self._chars(start, end)[1]]
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
        self._apply(draft, description)

    def _match_person(self, words: tuple[str, ...]) -> _Draft | None:
        """Return the latest person that a name with ``words`` refers to, if any.

        A short name refers to a person whose full name starts or ends with it ("Kerry",
        "Li"); a full name extends a person known so far by its last words only ("Mugabe",
        then "Robert Mugabe"), not by its first ("King Abdullah" is not "Abdullah Ahmed").
        """
        candidates: list[_Draft] = list(self.person_index.get(words, ()))
        for k in range(1, len(words)):
            candidates.extend(self.person_names.get(words[k:], ()))
        if not candidates:
            return None
        return max(candidates, key=lambda draft: draft.last_token)

    def _index_person(self, draft: _Draft) -> None:
        words = draft.key
        self.person_names.setdefault(words, []).append(draft)
        for k in range(1, len(words) + 1):
            for part in (words[:k], words[-k:]):
                bucket = self.person_index.setdefault(part, [])
                if draft not in bucket:
                    bucket.append(draft)

    def _apply(self, draft: _Draft, description: _Description) -> None:
        doc = self.doc
        for start, end in description.titles:
            draft.add_title(self.text[doc[start].idx : self._chars(start, end)[1]])
        draft.country = draft.country or description.country
        draft.gender = draft.gender or description.gender
        if description.affiliation is not None and draft.affiliation is None:
            draft.affiliation = self._organization(*description.affiliation)
        draft.described_by.extend(description.tokens)
        self.title_tokens.update(description.tokens)

    # ------------------------------------------- countries and organisations
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

    def _is_apposition(self, found: _Description) -> bool:
        """Whether the parser agrees that the title found after a name is in apposition."""
        return any(self.doc[end - 1].dep_ == "appos" for _, end in found.titles)

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

    # ---------------------------------------------------------------- groups
    def _find_groups(self) -> None:
        nouns = self.lexicon.group_nouns
        doc = self.doc
        for i, word in enumerate(self.lower):
            if word not in nouns or i in self.token_owner or i in self.entity_at:
                continue
            if doc[i].pos_ not in ("NOUN", "PROPN"):
                continue
            bounds = self._group_bounds(i)
            if bounds is None:
                continue
            start, name_start = bounds
            codes: set[str] = set()
            affiliation: _Draft | None = None
            j = name_start
            while j < i:
                entity = self.entity_at.get(j)
                if entity is not None:
                    code = self._country_of_range(entity[0], entity[1])
                    if code is not None:
                        codes.add(code)
                    elif entity[2] == "ORG":
                        affiliation = self.token_owner.get(entity[0])
                    j = max(entity[1], j + 1)
                    continue
                match = self.countries.lookup(doc[j].text)
                if match is not None and self._is_capitalised(j):
                    codes.add(match.code)
                j += 1
            code = codes.pop() if len(codes) == 1 else None
            self._add_group(start, i + 1, name_start, code, affiliation)

    def _group_bounds(self, i: int) -> tuple[int, int] | None:
        """Return where the noun phrase headed by group noun ``i`` and its name start.

        None unless a real modifier ("senior", "Chinese", "developing") says which group:
        "the officials" or "two countries" name no group.
        """
        doc = self.doc
        lefts = list(doc[i].lefts)
        if not any(self._is_group_modifier(child.i) for child in lefts):
            return None
        start = min(child.left_edge.i for child in lefts)
        # Keep to the noun phrase: nothing verbal or clausal inside it ...
        for j in range(i - 1, start - 1, -1):
            token = doc[j]
            if (
                token.pos_ in ("VERB", "AUX", "PRON", "ADP", "SCONJ")
                and token.tag_ != "PRP$"
                and token.dep_ not in _MODIFIER_DEPS
            ):
                start = j + 1
                break
        # ... and no piece of a hyphenated word ("state-of-the-art").
        while start < i and start > 0 and self._glued(start):
            start += 1
        if any(self.entity_at.get(j, (0, 0, ""))[2] == "PERSON" for j in range(start, i)):
            return None
        # The name leaves out determiners, numbers and quantifiers ("some other", "three").
        while start < i and doc[start].pos_ in ("CCONJ", "PUNCT"):
            start += 1
        name_start = start
        while name_start < i and (
            doc[name_start].pos_ in ("DET", "CCONJ", "NUM", "PUNCT")
            or doc[name_start].tag_ == "PRP$"
            or self.lower[name_start] in _QUANTIFIERS
        ):
            name_start += 1
        if not any(self._is_group_modifier(j) for j in range(name_start, i)):
            return None
        return start, name_start

    def _is_group_modifier(self, i: int) -> bool:
        token = self.doc[i]
        if token.dep_ not in _MODIFIER_DEPS and token.dep_ not in ("conj", "poss"):
            return False
        if i in self.entity_at:
            return self.entity_at[i][2] in ("GPE", "NORP", "ORG")
        if token.dep_ == "poss":
            return False
        return self.lower[i] not in _QUANTIFIERS and not token.like_num and token.is_alpha

    def _glued(self, i: int) -> bool:
        """Whether token ``i`` continues a hyphenated word ("state-of-the-art")."""
        before, token = self.doc[i - 1], self.doc[i]
        hyphens = ("-", "–")
        return (
            before.whitespace_ == ""
            and (before.is_alpha or before.text in hyphens)
            and (token.is_alpha or token.text in hyphens)
        )

    def _add_group(
        self, start: int, end: int, name_start: int, code: str | None, affiliation: _Draft | None
    ) -> None:
        doc = self.doc
        name = self.text[doc[name_start].idx : self._chars(name_start, end)[1]]
        key = " ".join(self._name_words(name_start, end))
        draft = self.groups.get(key)
        if draft is None:
            draft = self._new_draft(ActorKind.GROUP, name, (key,))
            draft.country = code
            draft.affiliation = affiliation
            self.groups[key] = draft
        draft.mentions.append(self._mention(start, end))
        # Tokens already owned (a country's "US" inside "the US and Chinese delegations")
        # keep their actor.
        self._own(draft, (i for i in range(start, end) if i not in self.token_owner))

    # -------------------------------------------------------------- pronouns
    def _resolve_pronouns(self) -> None:
        if not self.person_mentions:
            return
        doc = self.doc
        by_sentence: dict[int, list[tuple[int, int, _Draft]]] = {}
        for head, draft in self.person_mentions:
            insort(by_sentence.setdefault(self._sentence(head), []), (head, id(draft), draft))
        pronouns = _MALE_PRONOUNS | _FEMALE_PRONOUNS
        for i, word in enumerate(self.lower):
            if word not in pronouns or i in self.token_owner:
                continue
            token = doc[i]
            if token.pos_ != "PRON":
                continue
            gender = "male" if word in _MALE_PRONOUNS else "female"
            antecedent = self._antecedent(token, word, gender, by_sentence)
            if antecedent is None:
                continue
            antecedent.mentions.append(self._mention(i, i + 1, pronoun=True))
            antecedent.gender = antecedent.gender or gender
            self._own(antecedent, (i,))
            insort(by_sentence.setdefault(self._sentence(i), []), (i, id(antecedent), antecedent))

    def _antecedent(
        self,
        token: Any,
        word: str,
        gender: str,
        by_sentence: Mapping[int, Sequence[tuple[int, int, _Draft]]],
    ) -> _Draft | None:
        i = token.i
        sentence = self._sentence(i)

        def compatible(draft: _Draft) -> bool:
            return draft.gender in (None, gender)

        before = [
            (head, draft)
            for head, _, draft in by_sentence.get(sentence, ())
            if head < i and compatible(draft)
        ]
        if not before:
            cataphora = self._main_subject_after(token)
            if cataphora is not None and compatible(cataphora):
                return cataphora
        verb = token.head
        if word in _REFLEXIVE_PRONOUNS:
            for head, draft in reversed(before):
                if self._role(head) == "subject" and self.doc[head].head.i == verb.i:
                    return draft
        if word in _OBJECT_PRONOUNS and token.dep_ not in ("poss",):
            # "Kerry thanked him": not the subject of the same verb.
            before = [
                (head, draft)
                for head, draft in before
                if not (self.doc[head].head.i == verb.i and self._role(head) == "subject")
            ]
        if word in _SUBJECT_PRONOUNS:
            subjects = [draft for head, draft in before if self._role(head) == "subject"]
            if subjects:
                return subjects[-1]
            if before:
                return before[-1][1]
        elif before:
            return before[-1][1]
        # Earlier sentences: the subject of the main clause, else the latest subject, else the
        # latest person ("declared Eldon Elliott, recalling when McVeigh entered his shop. He
        # said ..." is Elliott).
        fallback: _Draft | None = None
        for back in range(1, _PRONOUN_WINDOW + 1):
            mentions = [
                (head, draft)
                for head, _, draft in by_sentence.get(sentence - back, ())
                if compatible(draft)
            ]
            earlier = [(head, draft) for head, draft in mentions if self._role(head) == "subject"]
            for head, draft in earlier:
                if self._is_main_clause_subject(head):
                    return draft
            if earlier:
                return earlier[-1][1]
            if mentions and fallback is None:
                fallback = mentions[-1][1]
        return fallback

    def _is_main_clause_subject(self, head: int) -> bool:
        """Whether the subject mention headed by token ``head`` is its sentence's main subject."""
        token = self.doc[head]
        while token.dep_ in _NAME_LINK_DEPS or token.dep_ == "poss":
            if token.head.i == token.i:
                break
            token = token.head
        verb = token.head
        while verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head
        return bool(verb.dep_ == "ROOT")

    def _role(self, head: int) -> str:
        """Whether the mention headed by token ``head`` is a subject (or owns the subject)."""
        token = self.doc[head]
        while token.dep_ in _NAME_LINK_DEPS and token.head.i != token.i:
            token = token.head
        if token.dep_ in _SUBJECT_DEPS:
            return "subject"
        if token.dep_ == "poss" and token.head.dep_ in _SUBJECT_DEPS:
            return "subject"
        return "other"

    def _main_subject_after(self, token: Any) -> _Draft | None:
        """Return the person subject of the main clause when ``token`` is in a phrase before it."""
        root = token.sent.root
        subject = next((child for child in root.children if child.dep_ in _SUBJECT_DEPS), None)
        if subject is None or subject.i < token.i:
            return None
        branch = token
        while branch.head.i != root.i and branch.head.i != branch.i:
            branch = branch.head
        # Only a fronted adjunct ("In his meeting ..., Kerry"), not a quotation before
        # "said X" ("'I saw him,' said X": "him" is someone else).
        if branch.dep_ not in _FRONTED_DEPS:
            return None
        if branch.i == subject.i or branch.i > subject.i or branch.i == root.i:
            return None
        owner = self.token_owner.get(subject.i)
        if owner is not None and owner.kind is ActorKind.PERSON:
            return owner
        return None

    # ---------------------------------------------------------------- finish
    def _is_participant(self, mention: _Mention) -> bool:
        """Whether a country mention takes part, rather than modify a noun or be a topic."""
        token = self.doc[self._head(mention.start, mention.end)]
        if token.dep_ in _MODIFIER_DEPS:
            return False
        return not (token.dep_ == "pobj" and token.head.lower_ in _TOPIC_PREPOSITIONS)

    def _host_country(self) -> tuple[str | None, set[int]]:
        """Return the country a foreign visitor visits in the story, and the visitors.

        "Kerry's visit to China", "Kerry visited China": a visit by a person whose country
        is known to be another one. None unless exactly one country is visited so.
        """
        doc = self.doc
        hosts: set[str] = set()
        visitors: set[int] = set()
        for i, word in enumerate(self.lower):
            if word not in _VISIT_WORDS:
                continue
            token = doc[i]
            visitor: _Draft | None = None
            host: _Draft | None = None
            for child in token.children:
                if child.dep_ in ("poss", "nsubj"):
                    visitor = self.token_owner.get(child.i)
                elif child.dep_ == "dobj":
                    host = self.token_owner.get(child.i)
                elif child.dep_ == "prep" and child.lower_ in ("to", "in"):
                    objects = list(child.children)
                    if objects and objects[0].dep_ == "pobj":
                        host = self.token_owner.get(objects[0].i)
            if (
                visitor is not None
                and visitor.kind is ActorKind.PERSON
                and host is not None
                and host.kind is ActorKind.COUNTRY
                and visitor.country not in (None, host.country)
                and host.country is not None
            ):
                hosts.add(host.country)
                visitors.add(id(visitor))
        return (hosts.pop() if len(hosts) == 1 else None), visitors

    def _finish(self) -> ActorAnnotations:
        # A country that is only ever a modifier or a topic ("the Iran nuclear talks",
        # "disputes over Taiwan") is not an actor of the story.
        drafts = [
            draft
            for draft in self.drafts
            if draft.mentions
            and (
                draft.kind is not ActorKind.COUNTRY
                or any(self._is_participant(mention) for mention in draft.mentions)
            )
        ]
        # Officials whose nationality goes without saying ("Premier Li Qiang" in a story of
        # Kerry's visit to China) belong to the country a foreign visitor visits; not
        # those who speak for an organisation.
        host, visitors = self._host_country()
        if host is not None:
            for draft in drafts:
                if (
                    draft.kind is ActorKind.PERSON
                    and draft.titles
                    and draft.country is None
                    and draft.affiliation is None
                    and id(draft) not in visitors
                ):
                    draft.country = host
        for draft in drafts:
            draft.mentions.sort(key=lambda mention: mention.start)
        drafts.sort(key=lambda draft: draft.mentions[0].start)
        ids = {id(draft): f"a{number}" for number, draft in enumerate(drafts, start=1)}
        token_actors: dict[int, str] = {}
        for draft in drafts:
            for i in draft.described_by:
                if i not in self.token_owner:
                    token_actors[i] = ids[id(draft)]
        for i, draft in self.token_owner.items():
            if id(draft) in ids:
                token_actors[i] = ids[id(draft)]
        actors = []
        for draft in drafts:
            affiliation = draft.affiliation
            if draft.kind is ActorKind.GROUP and affiliation is None and draft.country:
                affiliation = self.countries_by_code.get(draft.country)
            # Typed Any: mypy cannot solve the generic converter of these fields.
            mentions: Any = tuple(
                Span(
                    start=mention.start_char,
                    end=mention.end_char,
                    text=self.text[mention.start_char : mention.end_char],
                )
                for mention in draft.mentions
            )
            titles: Any = tuple(draft.titles)
            actors.append(
                Actor(
                    id=ids[id(draft)],
                    kind=draft.kind,
                    name=draft.name,
                    mentions=mentions,
                    titles=titles,
                    country=draft.country,
                    affiliation=ids.get(id(affiliation)) if affiliation is not None else None,
                )
            )
        return ActorAnnotations(
            actors=tuple(actors),
            token_actors=token_actors,
            entities=tuple(self._final_entities()),
        )

    def _final_entities(self) -> list[tuple[int, int, str]]:
        """Return the repaired entities, relabelled where the actors say otherwise.

        Short names spaCy missed or mislabelled become persons, "US" tagged as an
        organisation becomes a place name (GPE), an agency tagged as a place an organisation.
        """
        labels = {
            ActorKind.PERSON: "PERSON",
            ActorKind.ORGANIZATION: "ORG",
            ActorKind.COUNTRY: "GPE",
        }
        relabel: dict[tuple[int, int], str] = {}
        for draft in self.drafts:
            label = labels.get(draft.kind)
            if label is not None:
                for mention in draft.mentions:
                    if not mention.pronoun:
                        relabel[(mention.start, mention.end)] = label
        entities = [
            (start, end, relabel.get((start, end), label)) for start, end, label in self.entities
        ]
        covered = {(start, end) for start, end, _ in self.entities}
        entities.extend(
            (start, end, "PERSON")
            for (start, end), label in relabel.items()
            if label == "PERSON" and (start, end) not in covered
        )
        entities.sort()
        return entities


class ActorsComponent:
    """The ``newsevents_actors`` pipeline component.

    Stores the actors as dicts on ``doc._.newsevents_actors``, sets
    ``token._.newsevents_actor`` to the actor id on every token of every mention (and of the
    title phrase around a person's name), and writes the repaired entities to ``doc.ents``.
    """

    def __init__(self, extractor: ActorExtractor) -> None:
        self.extractor = extractor

    def __call__(self, doc: Doc) -> Doc:
        """Annotate ``doc`` in place and return it."""
        found = self.extractor.annotate(doc)
        if found.entities != tuple((ent.start, ent.end, ent.label_) for ent in doc.ents):
            doc.ents = [
                SpacySpan(doc, start, end, label=label) for start, end, label in found.entities
            ]
        if doc._.get(DOC_ACTORS) is not None:
            for token in doc:  # annotated before: forget the old ids
                token._.set(TOKEN_ACTOR, None)
        for i, actor_id in found.token_actors.items():
            doc[i]._.set(TOKEN_ACTOR, actor_id)
        doc._.set(DOC_ACTORS, [converter.unstructure(actor, Actor) for actor in found.actors])
        return doc


@Language.factory(
    "newsevents_actors",
    assigns=["doc._.newsevents_actors", "token._.newsevents_actor", "doc.ents"],
    requires=["doc.ents", "token.dep", "token.pos"],
    default_config={"titles": None, "demonyms": None},
)
def make_actors_component(
    nlp: Language, name: str, titles: str | None, demonyms: str | None
) -> ActorsComponent:
    """Create the ``newsevents_actors`` component (``nlp.add_pipe("newsevents_actors")``).

    ``titles`` and ``demonyms`` are paths of lexicon files that replace the shipped ones;
    they are read once, here.
    """
    register_extensions()
    if titles is None and demonyms is None:
        return ActorsComponent(_default_extractor())
    return ActorsComponent(ActorExtractor.from_files(titles, demonyms))
