"""Places by name: countries, well-known cities and seats of government, and regions.

The cities come from the ``places`` lexicon; the states, provinces and regions from ISO
3166-2 (through pycountry), when a name belongs to one country only. :func:`city_country`
also knows the world's cities of 50,000 people or more, from GeoNames (CC BY 4.0; the
shipped ``cities.tsv``, built by ``tools/build_cities.py``), for a name already known to
be a place.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from importlib import resources
from unicodedata import normalize

import pycountry

from newsevents.countries import country_code
from newsevents.lexicons import load_lexicon

__all__ = ["city_country", "is_subdivision", "listed_city", "listed_place", "place_country"]

# The labels the model gives the name of a place: a country or city, a region, a building.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


@cache
def _places() -> Mapping[str, str]:
    table: Mapping[str, str] = load_lexicon("places")["places"]
    return {name.casefold(): code for name, code in table.items()}


def place_country(name: str) -> str | None:
    """Return the country of a place name: a country itself, or a well-known city in one.

    >>> place_country("Egypt"), place_country("Dubai"), place_country("Springfield")
    ('EGY', 'ARE', None)
    >>> place_country("Alberta"), place_country("The Hague"), place_country("the Kremlin")
    ('CAN', 'NLD', 'RUS')

    A region of several countries of the ``places`` lexicon is in none, though a province
    of one country bears its name ("the Gulf", "the Sahel"):

    >>> place_country("Gulf"), place_country("the Sahel")
    (None, None)
    """
    code = country_code(name)
    if code is not None:
        return code
    key = _name_key(name)
    bare = key.removeprefix("the ")  # "the Kremlin", but "The Hague" keeps its article
    found = _places().get(key) or _places().get(bare)
    if found is not None or bare in _world_region_keys():
        return found
    return _regions().get(bare)


# Kinds of ISO 3166-2 subdivisions big enough to be named alone in news ("in Alberta").
_REGION_TYPES = frozenset({
    "State", "Province", "Region", "Autonomous region", "Autonomous community", "Country",
    "Nation", "Land", "Prefecture", "Territory", "Union territory", "Federal district",
})  # fmt: skip


@cache
def _regions() -> Mapping[str, str]:
    """States, provinces and regions of ISO 3166-2 whose name belongs to one country only."""
    found: dict[str, set[str]] = {}
    for subdivision in pycountry.subdivisions:
        if subdivision.type in _REGION_TYPES:
            for name in _written_forms(subdivision.name):
                found.setdefault(name.casefold(), set()).add(subdivision.country_code)
    regions = {}
    for name, codes in found.items():
        if len(codes) == 1:
            country = pycountry.countries.get(alpha_2=codes.pop())
            if country is not None:
                regions[name] = str(country.alpha_3)
    return regions


@cache
def _listed_cities() -> frozenset[str]:
    return frozenset(load_lexicon("places").get("places", {}))


# The macron of a romanised name ("Bihār", "Tamil Nādu", "Kābul"): ISO 3166-2 writes it,
# English news never does. Other accents stay: "León" without its accent is a first name.
_MACRON = "\N{COMBINING MACRON}"


def _written_forms(name: str) -> set[str]:
    """Return the ISO name, and the name as English news writes it, without its macrons."""
    return {name, normalize("NFC", normalize("NFD", name).replace(_MACRON, ""))}


@cache
def _subdivision_names() -> frozenset[str]:
    return frozenset(
        written
        for subdivision in pycountry.subdivisions
        for written in _written_forms(subdivision.name)
    )


def load_tables() -> None:
    """Read every table of places now, not at the first name looked up.

    Reading ISO 3166-2 and ``cities.tsv`` takes about half a second; a pipeline component
    that looks up places calls this when it is made, so that its first document is no
    slower than the others.
    """
    _places()
    _regions()
    _listed_cities()
    _subdivision_names()
    _world_regions()
    _cities()


def listed_city(name: str) -> bool:
    """Whether ``name``, as written, is a city or seat of the ``places`` lexicon.

    >>> listed_city("Kyiv"), listed_city("kyiv"), listed_city("Manipur")
    (True, False, False)
    """
    return name in _listed_cities()


def is_subdivision(name: str) -> bool:
    """Whether ``name``, as written, is an ISO 3166-2 subdivision's (a state, a province).

    >>> is_subdivision("Texas"), is_subdivision("Goma")
    (True, False)

    A romanised name is known without the macrons ISO 3166-2 gives it ("Bihār"):

    >>> is_subdivision("Bihar"), is_subdivision("Tamil Nadu")
    (True, True)
    """
    return name in _subdivision_names()


def listed_place(name: str) -> bool:
    """Whether ``name``, as written, is a listed city or region, or an ISO 3166-2 subdivision's.

    The ``places`` lexicon's ``regions`` are continents and regions of several countries.

    >>> listed_place("Kharkiv"), listed_place("Manipur"), listed_place("Reuters")
    (True, True, False)
    >>> listed_place("Africa"), listed_place("Southeast Asia")
    (True, True)
    """
    return name in _listed_cities() or name in _subdivision_names() or name in _world_regions()


@cache
def _world_regions() -> frozenset[str]:
    return frozenset(load_lexicon("places").get("regions", []))


@cache
def _world_region_keys() -> frozenset[str]:
    """Return the ``places`` lexicon's regions as looked up: lower case, no leading "the"."""
    return frozenset(_name_key(name).removeprefix("the ") for name in _world_regions())


def city_country(name: str) -> str | None:
    """Return the country of a city of 50,000 people or more, the most populous of the name.

    For a name already known to be a place (the model tags it so): many cities are named
    like people or things. :func:`place_country` is asked first.

    >>> city_country("Hamburg"), city_country("Port Sudan"), city_country("Nagasaki")
    ('DEU', 'SDN', 'JPN')
    >>> city_country("Wakanda") is None
    True
    """
    return _cities().get(_name_key(name).removeprefix("the "))


def _name_key(name: str) -> str:
    """Return a place name as looked up: single spaces, lower case, no "'s" or dot."""
    return " ".join(name.replace("’", "'").split()).casefold().removesuffix("'s").rstrip(".")


@cache
def _cities() -> Mapping[str, str]:
    """Each city name of the shipped ``cities.tsv`` (from GeoNames), lower case, by country."""
    text = resources.files("newsevents.data").joinpath("cities.tsv").read_text(encoding="utf-8")
    found = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, _, code = line.partition("\t")
            found[name.casefold()] = code
    return found
