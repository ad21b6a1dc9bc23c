"""The actor extractor: the lexicons it holds, and the steps it runs on each doc."""

from __future__ import annotations

import os
from functools import cache

from spacy.tokens import Doc

from newsevents.actors._build import ActorAnnotations, _Assembly
from newsevents.actors._capitals import _Capitals
from newsevents.actors._descriptions import _Descriptions
from newsevents.actors._entities import _EntityRepairs
from newsevents.actors._epithets import _Epithets
from newsevents.actors._lexicon import (
    TitleLexicon,
    _default_roles,
    _default_titles,
    prepare_matching,
)
from newsevents.actors._persons import _Persons
from newsevents.actors._pronouns import _Pronouns
from newsevents.countries import CountryIndex, CountryMatch
from newsevents.lexicons import load_lexicon
from newsevents.model import Actor
from newsevents.places import load_tables

# Texts whose country look-up an extractor remembers at most (then it starts afresh).
_MAX_COUNTRY_MATCHES = 100_000


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
        self.roles = _default_roles()
        # the tables looked up in every document are read here, not in the first document
        prepare_matching(self.titles)
        load_tables()
        # What ``countries.lookup`` said of each text asked about: the same words (names,
        # demonyms, capitalised words) come back in every article.
        self._country_matches: dict[str, CountryMatch | None] = {}

    def _country_match(self, text: str) -> CountryMatch | None:
        """Return ``self.countries.lookup(text)``, looked up once per text."""
        matches = self._country_matches
        if text in matches:
            return matches[text]
        match = self.countries.lookup(text)
        if len(matches) >= _MAX_COUNTRY_MATCHES:
            matches.clear()
        matches[text] = match
        return match

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


class _DocActors(
    _EntityRepairs, _Persons, _Capitals, _Descriptions, _Epithets, _Pronouns, _Assembly
):
    """The work on one doc: entities, actors, mentions and pronouns."""

    def run(self) -> ActorAnnotations:
        self._repair_entities()
        self._find_persons()
        self._find_countries_and_organizations()
        self._find_loose_acronyms()
        self._find_organizations_by_word()
        self._find_country_pairs()
        self._find_capitals()
        self._find_groups()
        self._find_descriptions()
        self._find_epithets()
        self._resolve_pronouns()
        return self._finish()
