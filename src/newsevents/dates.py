"""Resolving the dates news writes ("on Thursday", "last week", "July 18") to ISO dates.

:func:`resolve_date` is a pure function of the text and an anchor, usually the article's
publication date. It answers with a day (``YYYY-MM-DD``), the precision of the data model's
``date`` fields, or ``None`` when the text names no day it can pin down.

>>> from datetime import date
>>> published = date(2023, 7, 19)  # a Wednesday
>>> resolve_date("on Monday", published)
'2023-07-17'
>>> resolve_date("yesterday", published)
'2023-07-18'
>>> resolve_date("July 18", published)
'2023-07-18'
>>> resolve_date("next Tuesday", published)
'2023-07-25'
>>> resolve_date("in recent weeks", published) is None
True

A span of time ("last week", "this month") is pinned to a day only when it is a single day
at that precision, so it answers ``None``; :func:`resolve_period` gives its first and last
day instead:

>>> resolve_period("last week", published)
(datetime.date(2023, 7, 10), datetime.date(2023, 7, 16))

A vague span ahead runs from the next day for a week of days, six weeks or half a year:

>>> resolve_period("in the coming weeks", published)
(datetime.date(2023, 7, 20), datetime.date(2023, 8, 30))
"""

from __future__ import annotations

import re
from datetime import date, timedelta

__all__ = ["day_of_month", "is_weekday", "resolve_date", "resolve_period"]

_WEEKDAYS = {
    name: number
    for number, names in enumerate(
        (
            ("monday", "mon"),
            ("tuesday", "tue", "tues"),
            ("wednesday", "wed"),
            ("thursday", "thu", "thur", "thurs"),
            ("friday", "fri"),
            ("saturday", "sat"),
            ("sunday", "sun"),
        )
    )
    for name in names
}

# The names of the days of the week written out ("Tuesday's meeting").
WEEKDAYS = frozenset(name for name in _WEEKDAYS if name.endswith("day"))

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}

# The names of the months and their short forms ("March", "Sept").
MONTHS = frozenset(_MONTHS)

# Numbers written as words: "the three leaders", "a two-day visit".
NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
# And "a" and "an", which count one in a date: "a week ago".
_NUMBERS = {"a": 1, "an": 1, **NUMBER_WORDS}

_DAY_OFFSETS = {
    "today": 0,
    "tonight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "earlier today": 0,
    "later today": 0,
    "yesterday": -1,
    "last night": -1,
    "yesterday morning": -1,
    "yesterday afternoon": -1,
    "yesterday evening": -1,
    "the day before yesterday": -2,
    "tomorrow": 1,
    "tomorrow morning": 1,
    "tomorrow afternoon": 1,
    "tomorrow evening": 1,
    "the day after tomorrow": 2,
}

# Phrases of a day counted from the document's date ("this morning", "last night").
DAY_PHRASES = frozenset(_DAY_OFFSETS)

_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?P<weekday>" + "|".join(sorted(_WEEKDAYS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night))?"
# A year written out on its own or in a date: "July 1991", "in 2019", "Feb 27, 2019".
YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")

_ISO = re.compile(r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})")
_MONTH_DAY = re.compile(rf"{_MONTH}\s+{_DAY}(?:\s*,?\s*{_YEAR})?")
_DAY_MONTH = re.compile(rf"{_DAY}\s+(?:of\s+)?{_MONTH}(?:\s*,?\s*{_YEAR})?")
_WEEKDAY_NAME = re.compile(_WEEKDAY)
_WEEKDAY_ONLY = re.compile(rf"(?P<which>last|next|this|past|coming)?\s*{_WEEKDAY}{_PART_OF_DAY}")
_AGO = re.compile(r"(?P<count>\d+|[a-z]+)\s+(?P<unit>day|week)s?\s+ago")
_PERIOD = re.compile(
    r"(?:(?:earlier|later)\s+)?(?P<which>last|past|previous|this|next|coming)\s+"
    r"(?P<unit>week|month|year)"
)
# "in the coming weeks", "over the next few days", "in the months ahead": from the next day on
_SPAN_AHEAD = re.compile(
    r"(?:(?:coming|next(?:\s+(?:few|couple\s+of|two|three))?)\s+(?P<unit>day|week|month)s"
    r"|(?P<unit_ahead>day|week|month)s\s+ahead)"
)
# How many days each vague span ahead reaches: a week of days, six weeks, half a year.
_SPAN_DAYS = {"day": 7, "week": 42, "month": 183}
_MONTH_YEAR = re.compile(rf"{_MONTH}(?:\s*,?\s*{_YEAR})?")
# "last June", "June last year", "March of this year"
_MONTH_BEFORE = re.compile(rf"(?P<which>last|next|this)\s+{_MONTH}")
_MONTH_OF_YEAR = re.compile(rf"{_MONTH}\s+(?:of\s+)?(?P<which>last|next|this)\s+year")
_WEEKEND = re.compile(r"(?:(?P<which>last|past|next|coming|this|the)\s+)?weekend")
_YEAR_ONLY = re.compile(_YEAR)
# "the first half of next year", "the third quarter of 2025", "the end of the year"
_OF_YEAR = rf"(?:(?P<which>last|this|next)\s+year|the\s+year|{_YEAR})"
_PART_OF_YEAR = re.compile(
    rf"(?:the\s+)?(?P<part>first|second|third|fourth|final|last)\s+(?P<unit>half|quarter)"
    rf"\s+of\s+{_OF_YEAR}"
)
_END_OF_YEAR = re.compile(rf"(?:the\s+)?end\s+of\s+{_OF_YEAR}")
_PARTS = {"first": 1, "second": 2, "third": 3, "fourth": 4}

# Words that may surround a date without changing it: "on Thursday", "early on Monday",
# "mid-December".
_FILLER = re.compile(
    r"^(?:(?:on|in|at|by|over|since|from|of|during|early|late|earlier|later)\s+|mid-?\s*)+"
)
# "the first half of December", "the end of March": a part of a month
_PART_OF_MONTH = re.compile(
    r"(?:the\s+)?(?:(?P<half>first|second|last)\s+half|end|beginning|start|middle)\s+of\s+"
    r"(?P<rest>.+)"
)


# "the morning of 9 July", "the night of Wednesday, 9 July": the day names the part of it
_PART_OF_DAY_OF = re.compile(r"^(?:the\s+)?(?:morning|afternoon|evening|night)\s+of\s+")
# "Wednesday, 9 July 2025": the date says which Wednesday
_WEEKDAY_BEFORE_DATE = re.compile(rf"^{_WEEKDAY},?\s+(?=\d|{_MONTH})")


def _normalise(text: str) -> str:
    key = " ".join(text.replace("’", "'").split()).casefold().strip(" ,.;:()")
    key = key.removesuffix("'s").rstrip(" ,.")
    key = _PART_OF_DAY_OF.sub("", _FILLER.sub("", key))
    return _WEEKDAY_BEFORE_DATE.sub("", key)


def is_weekday(text: str) -> bool:
    """Return whether ``text`` is a weekday's name alone.

    >>> is_weekday("Monday"), is_weekday("next Monday")
    (True, False)
    """
    return _WEEKDAY_NAME.fullmatch(text.strip().lower()) is not None


def day_of_month(text: str) -> tuple[int, int] | None:
    """Return where the first day of a month ("November 23", "23 November") is in ``text``.

    >>> day_of_month("Tuesday, November 23 and 24")
    (9, 20)
    >>> day_of_month("the vote") is None
    True
    """
    lowered = text.lower()  # the same length: offsets hold
    found = [
        match
        for match in (_MONTH_DAY.search(lowered), _DAY_MONTH.search(lowered))
        if match is not None
    ]
    if not found:
        return None
    first = min(found, key=lambda match: match.start())
    return first.start(), first.end()


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


# How many days before the anchor a planned event's day may fall and still be this year's.
_PLANNED_DAYS_PAST = 14


def _nearest_year(month: int, day: int, anchor: date, prefer_future: bool) -> date | None:
    """Give a month and day without a year the year that puts it nearest the anchor.

    For a planned event, the next such day, or one in the weeks just past (a visit "from
    Nov. 25 to 29" told on Nov. 27 is under way, not a year off).
    """
    candidates = [_safe_date(anchor.year + shift, month, day) for shift in (-1, 0, 1)]
    dated = [item for item in candidates if item is not None]
    if not dated:
        return None
    if prefer_future:
        ahead = [item for item in dated if (anchor - item).days <= _PLANNED_DAYS_PAST]
        return min(ahead, key=lambda item: abs(item - anchor)) if ahead else None
    return min(dated, key=lambda item: (abs((item - anchor).days), item > anchor))


def _weekday(which: str | None, weekday: int, anchor: date, prefer_future: bool) -> date:
    """Resolve a weekday name: the past one for past events, the coming one for plans."""
    behind = (anchor.weekday() - weekday) % 7
    ahead = (weekday - anchor.weekday()) % 7
    if which in ("last", "past"):
        return anchor - timedelta(days=behind or 7)
    if which in ("next", "coming"):
        return anchor + timedelta(days=ahead or 7)
    # A bare weekday, or "this Friday": the nearest one on the side the tense points to.
    return anchor + timedelta(days=ahead) if prefer_future else anchor - timedelta(days=behind)


def _count(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return _NUMBERS.get(word)


def resolve_date(text: str, anchor: date | None, *, prefer_future: bool = False) -> str | None:
    """Return the ISO day (``YYYY-MM-DD``) that ``text`` names, read against ``anchor``.

    ``anchor`` is the day the text was written (the publication date); without it only dates
    that carry their year resolve. A bare weekday ("on Thursday") is the last one on or before
    the anchor, or with ``prefer_future`` (for a planned event) the next one on or after it.

    >>> from datetime import date
    >>> resolve_date("Sept. 2, 2013", None)
    '2013-09-02'
    >>> resolve_date("on Thursday", date(2023, 7, 19), prefer_future=True)
    '2023-07-20'
    >>> resolve_date("two days ago", date(2023, 7, 19))
    '2023-07-17'
    >>> resolve_date("Dec. 30", date(2024, 1, 5))
    '2023-12-30'
    """
    key = _normalise(text)
    if not key:
        return None
    found = _ISO.fullmatch(key)
    if found:
        exact = _safe_date(int(found["year"]), int(found["month"]), int(found["day"]))
        return exact.isoformat() if exact else None
    for pattern in (_MONTH_DAY, _DAY_MONTH):
        found = pattern.fullmatch(key)
        if found:
            month, day = _MONTHS[found["month"]], int(found["day"])
            if found["year"]:
                exact = _safe_date(int(found["year"]), month, day)
            elif anchor is not None:
                exact = _nearest_year(month, day, anchor, prefer_future)
            else:
                exact = None
            return exact.isoformat() if exact else None
    if anchor is None:
        return None
    if key in _DAY_OFFSETS:
        return (anchor + timedelta(days=_DAY_OFFSETS[key])).isoformat()
    found = _WEEKDAY_ONLY.fullmatch(key)
    if found:
        weekday = _WEEKDAYS[found["weekday"]]
        return _weekday(found["which"], weekday, anchor, prefer_future).isoformat()
    found = _AGO.fullmatch(key)
    if found and found["unit"] == "day":
        count = _count(found["count"])
        return (anchor - timedelta(days=count)).isoformat() if count is not None else None
    return None


def resolve_period(
    text: str, anchor: date | None, *, prefer_future: bool = False
) -> tuple[date, date] | None:
    """Return the first and last day of the span of time ``text`` names, or None.

    Weeks run Monday to Sunday (ISO 8601). A day is a period of one day. A month without
    its year is the last such month up to the anchor's, or with ``prefer_future`` the next
    one from it.

    >>> from datetime import date
    >>> resolve_period("this month", date(2023, 7, 19))
    (datetime.date(2023, 7, 1), datetime.date(2023, 7, 31))
    >>> resolve_period("in March 2011", None)
    (datetime.date(2011, 3, 1), datetime.date(2011, 3, 31))
    >>> resolve_period("Thursday", date(2023, 7, 19))
    (datetime.date(2023, 7, 13), datetime.date(2023, 7, 13))
    """
    day = resolve_date(text, anchor, prefer_future=prefer_future)
    if day is not None:
        single = date.fromisoformat(day)
        return single, single
    key = _normalise(text)
    found = _MONTH_YEAR.fullmatch(key)
    if found:
        month = _MONTHS[found["month"]]
        if found["year"]:
            year = int(found["year"])
        elif anchor is not None:
            if prefer_future:
                year = anchor.year if month >= anchor.month else anchor.year + 1
            else:
                year = anchor.year if month <= anchor.month else anchor.year - 1
        else:
            return None
        return _month(year, month)
    found = _YEAR_ONLY.fullmatch(key)
    if found:
        year = int(found["year"])
        return date(year, 1, 1), date(year, 12, 31)
    part = _part_of_year(key, anchor)
    if part is not None:
        return part
    found = _PART_OF_MONTH.fullmatch(key)
    rest = found["rest"].replace("the month", "this month") if found else ""
    if found and (_MONTH_YEAR.fullmatch(rest) or rest == "this month"):
        whole = resolve_period(rest, anchor, prefer_future=prefer_future)
        if whole is None or whole[0].day != 1 or whole[1].month != whole[0].month:
            return whole
        if found["half"] == "first":
            return whole[0], whole[0].replace(day=15)
        if found["half"] in ("second", "last"):
            return whole[0].replace(day=16), whole[1]
        return whole
    if anchor is None:
        return None
    return _relative_period(key, anchor, prefer_future)


def _part_of_year(key: str, anchor: date | None) -> tuple[date, date] | None:
    """Resolve "the first half of next year", "the third quarter of 2025", "the end of the year".

    The end of a year is its December. A year named against the anchor needs one.
    """
    found = _PART_OF_YEAR.fullmatch(key) or _END_OF_YEAR.fullmatch(key)
    if found is None:
        return None
    if found["year"]:
        year = int(found["year"])
    elif anchor is not None:
        year = anchor.year + {"last": -1, "next": 1}.get(found["which"] or "this", 0)
    else:
        return None
    if "part" not in found.groupdict():
        return _month(year, 12)
    months = 6 if found["unit"] == "half" else 3
    count = 12 // months
    index = count if found["part"] in ("final", "last") else _PARTS[found["part"]]
    if index > count:
        return None  # "the third half"
    first = (index - 1) * months + 1
    return _month(year, first)[0], _month(year, first + months - 1)[1]


def _relative_period(key: str, anchor: date, prefer_future: bool) -> tuple[date, date] | None:
    """Resolve a period named relative to the anchor: "last week", "June last year"."""
    found = _MONTH_OF_YEAR.fullmatch(key)
    if found:
        step = {"last": -1, "this": 0, "next": 1}[found["which"]]
        return _month(anchor.year + step, _MONTHS[found["month"]])
    found = _MONTH_BEFORE.fullmatch(key)
    if found:
        # "last June" is the latest June before this month; "next June" the first after it
        month = _MONTHS[found["month"]]
        if found["which"] == "this":
            return _month(anchor.year, month)
        if found["which"] == "last":
            return _month(anchor.year if month < anchor.month else anchor.year - 1, month)
        return _month(anchor.year if month > anchor.month else anchor.year + 1, month)
    found = _WEEKEND.fullmatch(key)
    if found:
        saturday = _weekend(found["which"], anchor, prefer_future)
        return saturday, saturday + timedelta(days=1)
    found = _PERIOD.fullmatch(key)
    if found:
        step = {"last": -1, "past": -1, "previous": -1, "this": 0, "next": 1, "coming": 1}[
            found["which"]
        ]
        unit = found["unit"]
        if unit == "week":
            monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=step)
            return monday, monday + timedelta(days=6)
        if unit == "month":
            month_index = anchor.year * 12 + anchor.month - 1 + step
            return _month(month_index // 12, month_index % 12 + 1)
        year = anchor.year + step
        return date(year, 1, 1), date(year, 12, 31)
    found = _SPAN_AHEAD.fullmatch(key.removeprefix("the ").removeprefix("over the "))
    if found:
        unit = found["unit"] or found["unit_ahead"]
        return anchor + timedelta(days=1), anchor + timedelta(days=_SPAN_DAYS[unit])
    found = _AGO.fullmatch(key)
    if found and found["unit"] == "week":
        count = _count(found["count"])
        if count is None:
            return None
        monday = anchor - timedelta(days=anchor.weekday()) - timedelta(weeks=count)
        return monday, monday + timedelta(days=6)
    return None


def _weekend(which: str | None, anchor: date, prefer_future: bool) -> date:
    """Return the Saturday of the weekend meant: the last one, or for plans the coming one."""
    this_saturday = anchor - timedelta(days=anchor.weekday()) + timedelta(days=5)
    if which == "this":
        return this_saturday
    if which in ("last", "past"):
        return this_saturday - timedelta(weeks=1)
    if which in ("next", "coming") or prefer_future:
        return this_saturday if anchor < this_saturday else this_saturday + timedelta(weeks=1)
    # "at the weekend", "over the weekend" told of the past: the one on or before the anchor
    return this_saturday if anchor >= this_saturday else this_saturday - timedelta(weeks=1)


def _month(year: int, month: int) -> tuple[date, date]:
    first = date(year, month, 1)
    following = date(year + month // 12, month % 12 + 1, 1)
    return first, following - timedelta(days=1)
