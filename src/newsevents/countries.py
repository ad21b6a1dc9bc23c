"""Country names, short forms and demonyms to ISO 3166-1 alpha-3 codes.

The ISO names come from :mod:`pycountry` (names, official names, common names); the shipped
``demonyms`` lexicon adds what pycountry lacks: demonyms ("Chinese", "Americans") and the
short forms news writes ("US", "U.S.", "Britain", "Russia"). The index is built once per
process; every look-up is a dictionary access.

>>> country_code("U.S.")
'USA'
>>> country_code("China’s")
'CHN'
>>> country_code("Chinese")
'CHN'
>>> country_code("the United Kingdom")
'GBR'
>>> country_code("Wakanda") is None
True
>>> country_name("RUS")
'Russia'

Abbreviations match only as written in capitals, so that the pronoun "us" is not a country,
and other names need a capital letter, so that "turkey" on a menu is not one either:

>>> country_code("us") is None, country_code("turkey") is None
(True, True)
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Mapping
from functools import cache
from typing import Any

import attrs
import pycountry

from newsevents.errors import InputError
from newsevents.lexicons import load_lexicon

__all__ = ["CountryIndex", "CountryMatch", "country_code", "country_name"]

_SECTIONS = ("names", "demonyms", "short_names")


@attrs.frozen
class CountryMatch:
    """The country a piece of text names: its code, and whether the text is a demonym."""

    code: str
    demonym: bool


def _fold(text: str) -> str:
    """Drop diacritics, so that "Turkiye" finds "Türkiye" and "Cote" finds "Côte"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _normalise(text: str) -> str:
    """Return ``text`` without a leading "the", a possessive ending or extra spaces."""
    key = " ".join(text.replace("’", "'").split())
    if key[:4].lower() == "the ":
        key = key[4:]
    if key.endswith(("'s", "'S")):
        key = key[:-2]
    elif key.endswith("'"):
        key = key[:-1]
    return key.strip()


def _is_abbreviation(name: str) -> bool:
    letters = name.replace(".", "")
    return letters.isalpha() and letters.isupper()


def _inverted(name: str) -> str | None:
    """Turn pycountry's "Korea, Republic of" into "Republic of Korea"."""
    head, sep, tail = name.partition(", ")
    if not sep or ", " in tail:
        return None
    if tail.endswith((" of", " of the")) or " " not in tail:
        return f"{tail} {head}"
    return None


def _check_lexicon(data: Any, source: str) -> dict[str, dict[str, str]]:
    if not isinstance(data, Mapping):
        raise InputError(f"{source}: $: expected an object with {', '.join(_SECTIONS)}")
    sections: dict[str, dict[str, str]] = {}
    for section in _SECTIONS:
        entries = data.get(section, {})
        if not isinstance(entries, Mapping):
            raise InputError(f"{source}: $.{section}: expected an object of name -> code")
        for key, value in entries.items():
            code = key if section == "short_names" else value
            if not isinstance(code, str) or len(code) != 3 or not code.isupper():
                raise InputError(
                    f"{source}: $.{section}.{key}: expected an ISO 3166-1 alpha-3 code "
                    f"in capitals, got {code!r}"
                )
            if not isinstance(value, str) or not value:
                raise InputError(f"{source}: $.{section}.{key}: expected a non-empty string")
        sections[section] = dict(entries)
    return sections


class CountryIndex:
    """Look-up tables from names and demonyms to country codes, built once.

    ``lexicon`` has the shape of the shipped ``demonyms`` lexicon (``names``, ``demonyms``,
    ``short_names``: objects mapping text to an alpha-3 code, or code to name;
    ``region_modifiers``: a list of adjectives); entries there win over pycountry's.

    >>> index = CountryIndex({"names": {"Ruritania": "RUR"}, "short_names": {"RUR": "Ruritania"}})
    >>> index.lookup("Ruritania"), index.name("RUR")
    (CountryMatch(code='RUR', demonym=False), 'Ruritania')
    """

    def __init__(self, lexicon: Mapping[str, Any], *, source: str = "demonyms") -> None:
        sections = _check_lexicon(lexicon, source)
        self._exact: dict[str, CountryMatch] = {}
        self._folded: dict[str, CountryMatch] = {}
        self._names: dict[str, str] = {}
        for country in pycountry.countries:
            code = country.alpha_3
            common = getattr(country, "common_name", None)
            official = getattr(country, "official_name", None)
            self._names[code] = common or country.name
            for name in (country.name, official, common):
                if name:
                    self._add(name, CountryMatch(code, demonym=False))
                    inverted = _inverted(name)
                    if inverted:
                        self._add(inverted, CountryMatch(code, demonym=False))
        for name, code in sections["names"].items():
            self._add(name, CountryMatch(code, demonym=False), override=True)
        for name, code in sections["demonyms"].items():
            self._add(name, CountryMatch(code, demonym=True))
        self._names.update(sections["short_names"])
        regions = lexicon.get("region_modifiers", [])
        if not isinstance(regions, list) or not all(isinstance(word, str) for word in regions):
            raise InputError(f"{source}: $.region_modifiers: expected an array of strings")
        #: Adjectives that make a country name a region of it ("the western United States").
        self.region_modifiers: frozenset[str] = frozenset(word.lower() for word in regions)

    def _add(self, name: str, match: CountryMatch, *, override: bool = False) -> None:
        key = _normalise(name)
        if not key:
            return
        if _is_abbreviation(key):
            table, key = self._exact, key
        else:
            table, key = self._folded, _fold(key).casefold()
        if override or key not in table:
            table[key] = match

    def lookup(self, text: str) -> CountryMatch | None:
        """Return the country ``text`` names ("China", "China's", "Chinese", "US"), or None.

        >>> CountryIndex.default().lookup("Americans")
        CountryMatch(code='USA', demonym=True)
        >>> CountryIndex.default().lookup("Cuban-American")
        CountryMatch(code='USA', demonym=True)
        >>> CountryIndex.default().lookup("US-China") is None
        True
        """
        key = _normalise(text)
        if not key or not key[0].isupper():
            return None
        found = self._exact.get(key)
        if found is None and "." in key:
            found = self._exact.get(key.rstrip("."))
        if found is not None:
            return found
        folded = _fold(key).casefold()
        found = self._folded.get(folded)
        if found is None and folded.endswith("s"):
            # A plural demonym ("Israelis", "Americans") is the people of the country.
            singular = self._folded.get(folded[:-1])
            if singular is not None and singular.demonym:
                found = singular
        if found is None and "-" in key:
            # "Cuban-American" is American: the last of several demonyms is the nationality.
            parts = [self.lookup(part) for part in key.split("-")]
            if all(part is not None and part.demonym for part in parts):
                found = parts[-1]
        return found

    def code(self, text: str) -> str | None:
        """Return the alpha-3 code of the country ``text`` names, or None.

        >>> CountryIndex.default().code("South Korea")
        'KOR'
        """
        found = self.lookup(text)
        return found.code if found is not None else None

    def name(self, code: str) -> str | None:
        """Return the usual English name of the country with alpha-3 ``code``, or None.

        >>> CountryIndex.default().name("USA")
        'United States'
        """
        return self._names.get(code)

    @classmethod
    def from_file(cls, path: str | os.PathLike[str]) -> CountryIndex:
        """Build an index from a lexicon file of the shape of the shipped ``demonyms``.

        >>> CountryIndex.from_file("no/such/file.json")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        newsevents.errors.InputError: no/such/file.json: cannot read lexicon: ...
        """
        return cls(load_lexicon("demonyms", path), source=os.fspath(path))

    @staticmethod
    @cache
    def default() -> CountryIndex:
        """Return the index of pycountry and the shipped lexicon, built on first use.

        >>> CountryIndex.default() is CountryIndex.default()
        True
        """
        return CountryIndex(load_lexicon("demonyms"))


def country_code(name: str) -> str | None:
    """Return the ISO 3166-1 alpha-3 code of the country ``name`` names, or None.

    ``name`` may be a country's name, short form or demonym, possessive or not.

    >>> country_code("Britain"), country_code("Iranian"), country_code("Côte d'Ivoire")
    ('GBR', 'IRN', 'CIV')
    """
    return CountryIndex.default().code(name)


def country_name(code: str) -> str | None:
    """Return the usual English name of the country with alpha-3 ``code``, or None.

    >>> country_name("CHN"), country_name("KOR"), country_name("ZZZ")
    ('China', 'South Korea', None)
    """
    return CountryIndex.default().name(code)
