"""Resolving news dates against the publication date."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.dates import resolve_date, resolve_period

WEDNESDAY = date(2023, 7, 19)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("yesterday", "2023-07-18"),
        ("today", "2023-07-19"),
        ("tomorrow", "2023-07-20"),
        ("last night", "2023-07-18"),
        ("on Thursday", "2023-07-13"),
        ("Monday", "2023-07-17"),
        ("on Wednesday", "2023-07-19"),
        ("Thursday night", "2023-07-13"),
        ("Tuesday's", "2023-07-18"),
        ("last Wednesday", "2023-07-12"),
        ("next Wednesday", "2023-07-26"),
        ("next Tuesday", "2023-07-25"),
        ("July 18", "2023-07-18"),
        ("on July 18", "2023-07-18"),
        ("18 July", "2023-07-18"),
        ("18th of July", "2023-07-18"),
        ("Sept. 2, 2013", "2013-09-02"),
        ("Jan. 23, 2016", "2016-01-23"),
        ("2023-07-01", "2023-07-01"),
        ("two days ago", "2023-07-17"),
        ("3 days ago", "2023-07-16"),
        ("the morning of 9 July", "2023-07-09"),
        ("the evening of July 18", "2023-07-18"),
        ("Wednesday, 9 July 2025", "2025-07-09"),
        ("the morning of Wednesday, 9 July 2025", "2025-07-09"),
    ],
)
def test_resolves_days(text: str, expected: str) -> None:
    """Each expression names one day, read against a Wednesday, 19 July 2023."""
    assert resolve_date(text, WEDNESDAY) == expected


def test_future_weekday_for_plans() -> None:
    """A planned event's bare weekday is the coming one, not the past one."""
    assert resolve_date("on Thursday", WEDNESDAY, prefer_future=True) == "2023-07-20"
    assert resolve_date("Wednesday", WEDNESDAY, prefer_future=True) == "2023-07-19"


def test_month_day_takes_the_nearest_year() -> None:
    """A month and day without year fall in the year that puts them nearest the anchor."""
    assert resolve_date("Dec. 30", date(2024, 1, 5)) == "2023-12-30"
    assert resolve_date("January 3", date(2023, 12, 28)) == "2024-01-03"
    assert resolve_date("March 3", date(2023, 12, 28), prefer_future=True) == "2024-03-03"


@pytest.mark.parametrize(
    "text", ["last week", "in recent weeks", "midweek", "the 5th", "2023-02-30", "", "soon"]
)
def test_no_single_day(text: str) -> None:
    """Spans of time, vague words and impossible dates resolve to no day."""
    assert resolve_date(text, WEDNESDAY) is None


def test_without_anchor_only_full_dates_resolve() -> None:
    """With no publication date, only dates that carry their year resolve."""
    assert resolve_date("May 12, 2014", None) == "2014-05-12"
    assert resolve_date("yesterday", None) is None
    assert resolve_date("July 18", None) is None


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("last week", date(2023, 7, 10), date(2023, 7, 16)),
        ("earlier this week", date(2023, 7, 17), date(2023, 7, 23)),
        ("next week", date(2023, 7, 24), date(2023, 7, 30)),
        ("last month", date(2023, 6, 1), date(2023, 6, 30)),
        ("this year", date(2023, 1, 1), date(2023, 12, 31)),
        ("in March 2011", date(2011, 3, 1), date(2011, 3, 31)),
        ("December", date(2022, 12, 1), date(2022, 12, 31)),
        ("a week ago", date(2023, 7, 10), date(2023, 7, 16)),
        ("yesterday", date(2023, 7, 18), date(2023, 7, 18)),
        # a part of a month: its halves, or the month for "mid", "the end of"
        ("mid-March", date(2023, 3, 1), date(2023, 3, 31)),
        ("the first half of June", date(2023, 6, 1), date(2023, 6, 15)),
        ("the second half of March 2011", date(2011, 3, 16), date(2011, 3, 31)),
        ("the end of the month", date(2023, 7, 1), date(2023, 7, 31)),
    ],
)
def test_periods(text: str, first: date, last: date) -> None:
    """Weeks run Monday to Sunday; months and years are whole."""
    assert resolve_period(text, WEDNESDAY) == (first, last)


def test_month_without_year_follows_the_tense() -> None:
    """A bare month is the last one for past events and the next one for plans."""
    assert resolve_period("in December", WEDNESDAY) == (date(2022, 12, 1), date(2022, 12, 31))
    assert resolve_period("in December", WEDNESDAY, prefer_future=True) == (
        date(2023, 12, 1),
        date(2023, 12, 31),
    )
    assert resolve_period("July", WEDNESDAY) == (date(2023, 7, 1), date(2023, 7, 31))


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("in June last year", date(2022, 6, 1), date(2022, 6, 30)),
        ("March of this year", date(2023, 3, 1), date(2023, 3, 31)),
        ("in May next year", date(2024, 5, 1), date(2024, 5, 31)),
        ("last June", date(2023, 6, 1), date(2023, 6, 30)),
        ("last July", date(2022, 7, 1), date(2022, 7, 31)),
        ("next March", date(2024, 3, 1), date(2024, 3, 31)),
        ("next August", date(2023, 8, 1), date(2023, 8, 31)),
    ],
)
def test_months_named_against_the_year(text: str, first: date, last: date) -> None:
    """A "last June" is the latest June before this month; "June last year" the year before."""
    assert resolve_period(text, WEDNESDAY) == (first, last)


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("in the first half of next year", date(2024, 1, 1), date(2024, 6, 30)),
        ("the second half of this year", date(2023, 7, 1), date(2023, 12, 31)),
        ("the third quarter of 2022", date(2022, 7, 1), date(2022, 9, 30)),
        ("the last quarter of the year", date(2023, 10, 1), date(2023, 12, 31)),
        ("by the end of the year", date(2023, 12, 1), date(2023, 12, 31)),
        ("the end of next year", date(2024, 12, 1), date(2024, 12, 31)),
    ],
)
def test_parts_of_a_year(text: str, first: date, last: date) -> None:
    """Halves and quarters of a year, and its end (its December)."""
    assert resolve_period(text, WEDNESDAY) == (first, last)
    # a year of its own needs no anchor; one named against the document's does
    assert (resolve_period(text, None) is not None) == any(c.isdigit() for c in text)


def test_weekend_follows_the_tense() -> None:
    """A weekend told of the past is the one before; one planned is the one coming."""
    past = (date(2023, 7, 15), date(2023, 7, 16))
    coming = (date(2023, 7, 22), date(2023, 7, 23))
    assert resolve_period("over the weekend", WEDNESDAY) == past
    assert resolve_period("last weekend", WEDNESDAY) == past
    assert resolve_period("at the weekend", WEDNESDAY, prefer_future=True) == coming
    assert resolve_period("this weekend", WEDNESDAY) == coming
    sunday = date(2023, 7, 23)
    assert resolve_period("at the weekend", sunday) == coming
    assert resolve_period("last weekend", sunday) == past
    assert resolve_period("next weekend", sunday) == (date(2023, 7, 29), date(2023, 7, 30))


def test_period_of_vague_text_is_none() -> None:
    """Vague spans of time have no period."""
    assert resolve_period("in recent weeks", WEDNESDAY) is None
    assert resolve_period("the third half of 2022", WEDNESDAY) is None
    assert resolve_period("last week", None) is None


@pytest.mark.parametrize(
    ("text", "last"),
    [
        ("in the coming days", date(2023, 7, 26)),
        ("in the coming weeks", date(2023, 8, 30)),
        ("over the next few weeks", date(2023, 8, 30)),
        ("in the months ahead", date(2024, 1, 18)),
    ],
)
def test_vague_span_ahead_runs_from_the_next_day(text: str, last: date) -> None:
    """'in the coming weeks': from the day after the anchor, for six weeks."""
    assert resolve_period(text, WEDNESDAY) == (date(2023, 7, 20), last)
