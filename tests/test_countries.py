"""Tests of the country names, short forms and demonyms index."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsevents.countries import CountryIndex, CountryMatch, country_code, country_name
from newsevents.errors import InputError


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("China", "CHN"),
        ("US", "USA"),
        ("U.S.", "USA"),
        ("the United States", "USA"),
        ("America", "USA"),
        ("Britain", "GBR"),
        ("UK", "GBR"),
        ("Russia", "RUS"),
        ("Russian Federation", "RUS"),
        ("South Korea", "KOR"),
        ("Republic of Korea", "KOR"),
        ("North Korea", "PRK"),
        ("Iran", "IRN"),
        ("Turkey", "TUR"),
        ("Viet Nam", "VNM"),
        ("Cote d'Ivoire", "CIV"),
        # news writes the Democratic Republic of Congo short; the other Congo says so
        ("Congo", "COD"),
        ("Congo Republic", "COG"),
        ("Republic of Congo", "COG"),
        ("Burkina", "BFA"),
    ],
)
def test_country_names_and_short_forms(text: str, code: str) -> None:
    """Names, official and common names and short forms map to the alpha-3 code."""
    assert country_code(text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [("Chinese", "CHN"), ("American", "USA"), ("Israelis", "ISR"), ("Swiss", "CHE")],
)
def test_demonyms(text: str, code: str) -> None:
    """Demonyms, singular or plural, map to the code and are flagged as demonyms."""
    assert CountryIndex.default().lookup(text) == CountryMatch(code, demonym=True)


@pytest.mark.parametrize("text", ["China's", "China’s", "Iran’s", "the Philippines'"])
def test_possessives(text: str) -> None:
    """A possessive ending, typographic or not, does not hide the country."""
    assert country_code(text) is not None


@pytest.mark.parametrize(
    "text", ["Wakanda", "Atlantis", "Beijing", "Xinjiang", "Europe", "Korean", "us", "turkey", ""]
)
def test_not_countries(text: str) -> None:
    """Cities, regions, invented places, lower-case words and ambiguous adjectives give None."""
    assert country_code(text) is None


def test_canonical_names() -> None:
    """The canonical name is the usual short English name, not ISO's formal one."""
    assert [country_name(code) for code in ("USA", "CHN", "RUS", "IRN", "GBR")] == [
        "United States",
        "China",
        "Russia",
        "Iran",
        "United Kingdom",
    ]
    assert country_name("ZZZ") is None


def test_user_lexicon_overrides(tmp_path: Path) -> None:
    """A user's lexicon file adds names and wins over pycountry's."""
    path = tmp_path / "demonyms.json"
    path.write_text(
        json.dumps({"names": {"Georgia": "USA"}, "demonyms": {"Ruritanian": "RUR"}}),
        encoding="utf-8",
    )
    index = CountryIndex.from_file(path)
    assert index.code("Georgia") == "USA"
    assert index.lookup("Ruritanian") == CountryMatch("RUR", demonym=True)
    assert index.code("China") == "CHN"


def test_bad_user_lexicon(tmp_path: Path) -> None:
    """A malformed lexicon is refused with the file and the JSON path of the culprit."""
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"names": {"Utopia": "utopia"}}), encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.json: \$\.names\.Utopia: expected an ISO"):
        CountryIndex.from_file(path)


def test_shipped_cities_table_names_a_country_for_every_city() -> None:
    """Each line of ``cities.tsv`` is a name and an ISO 3166-1 alpha-3 code of pycountry."""
    from importlib import resources

    import pycountry

    from newsevents.places import city_country

    text = resources.files("newsevents.data").joinpath("cities.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if not line.startswith("#")]
    assert len(rows) > 10_000
    codes = {country.alpha_3 for country in pycountry.countries}
    assert all(len(row) == 2 and row[0] and row[1] in codes for row in rows)
    # a city of the table, and a name that is none
    assert (city_country("Port Sudan"), city_country("Wakanda")) == ("SDN", None)
