"""Publication dates in the forms pages and feeds write them, read with their precision.

Metadata rarely says "2020-02-10": feeds give RFC 2822 ("Tue, 11 Feb 2020 09:30:00 +0000"),
pages give "Feb. 10, 2020", "10.02.2020 - 16:02" or "7:58 AM ET, Sat January 3, 2015". Each
form is read for what it states and no more: a time of day is dropped, a missing day makes the
date month-precise, and a missing year is never taken from the clock. A month and day without
a year ("December 9", "Wed Nov 23") take the year of a `reference` date (from the URL or the
page) when there is one, the year that puts them nearest to it.

Numeric dates follow their separator's convention: dots and dashes are day-first
("10.02.2020" is 10 February), slashes month-first ("11/28/2016") unless the first number
cannot be a month. Month names come from the `dates.yaml` pack; forms in other languages fall
back to dateparser, and only when they carry a four-digit year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from ..packs import load_pack
from ..words import alternation

_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?![\d-])")
_NUMERIC = re.compile(r"(?<![\d.:/-])(\d{1,4})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/]|\.\d)")
_TIME = re.compile(r"(?<![\d.])\d{1,2}(?::\d{2}){1,2}(?:\.\d+)?(?:\s*[ap]\.?m\b\.?)?"
                   r"|(?<![\d.])\d{1,2}\s*[ap]\.?m\b\.?", re.IGNORECASE)
_YEAR = re.compile(r"(?<![\d:])(1[89]\d{2}|20\d{2})(?![\d:])")
_ORDINAL = r"(\d{1,2})(?:st|nd|rd|th)?"
_ONLY_YEAR = re.compile(r"\s*(1[89]\d{2}|20\d{2})\s*")


@dataclass(frozen=True)
class DateReading:
    """What a date string gives: a date and its precision, or why it gives none."""

    value: date | None
    precision: str | None
    problem: str | None = None


@cache
def _names(key: str) -> dict[str, int]:
    """Spelling -> number for `months` or `weekdays` of the dates pack."""
    table = load_pack("dates")[key]
    return {name.casefold(): int(num) for num, names in table.items() for name in names}


@cache
def _month_pattern() -> re.Pattern[str]:
    month = "(" + alternation(_names("months"), longest_first=True) + r")\.?"
    # "07-May-2015": a day and a month name joined by a dash (a dateline's compact form) are
    # a day as much as "7 May 2015"; the dash must lead on to the year, so a range's
    # "5-7 May" and a count's "COVID-19 May" stay what they were
    return re.compile(
        rf"\b{_ORDINAL}\s+(?:of\s+)?{month}(?![a-z])|\b{month}(?:\s+|,\s*){_ORDINAL}\b(?!:)"
        rf"|(?<![\d-])(\d{{1,2}})-{month}(?=-(?:1[89]|20)\d{{2}}(?!\d))"
        rf"|\b{month}(?![a-z])", re.IGNORECASE)


def _make(year: int, month: int, day: int | None) -> date | None:
    try:
        return date(year, month, day or 1)
    except ValueError:
        return None


def _full_year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < 70 else 1900
    return year


def _numeric(text: str) -> DateReading | None:
    """ISO dates anywhere in the string, then D.M.Y, D-M-Y, M/D/Y, Y/M/D."""
    match = _ISO.search(text)
    if match:
        year, month, day = match.groups()
        value = _make(int(year), int(month), int(day) if day else None)
        if value is None:
            return DateReading(None, None, f"no such date {match.group(0)!r}")
        return DateReading(value, "day" if day else "month")
    match = _NUMERIC.search(text)
    if not match:
        return None
    a, sep, b, c = match.groups()
    if len(a) == 4:
        year, month, day = int(a), int(b), int(c)
    elif sep == "/" and int(a) <= 12:
        year, month, day = _full_year(c), int(a), int(b)
    elif sep != "/" and int(b) > 12 >= int(a):
        year, month, day = _full_year(c), int(a), int(b)
    else:
        year, month, day = _full_year(c), int(b), int(a)
    value = _make(year, month, day)
    if value is None:
        return DateReading(None, None, f"no such date {match.group(0)!r}")
    return DateReading(value, "day")


def _nearest_year(month: int, day: int | None, reference: date) -> date | None:
    """The month-day in the year around `reference` that lies nearest to it."""
    candidates = [d for y in (reference.year - 1, reference.year, reference.year + 1)
                  if (d := _make(y, month, day)) is not None]
    return min(candidates, key=lambda d: abs((d - reference).days), default=None)


def _worded(text: str, reference: date | None) -> DateReading | None:
    """English month names: "Feb. 10, 2020", "10 February 2020", "2016 Oct 10", "December 9"."""
    match = _month_pattern().search(text)
    if not match:
        return None
    day_a, month_a, month_b, day_b, day_c, month_c, month_d = match.groups()
    month = _names("months")[(month_a or month_b or month_c or month_d).casefold()]
    day = int(day_a or day_b or day_c) if (day_a or day_b or day_c) else None
    rest = text[:match.start()] + " " + text[match.end():]
    year = _YEAR.search(rest)
    precision = "day" if day else "month"
    if year:
        value = _make(int(year.group(1)), month, day)
        if value is None:
            return DateReading(None, None, f"no such date {match.group(0)!r}")
        return DateReading(value, precision)
    if reference is None:
        return DateReading(None, None, "gives no year and nothing else dates the page")
    value = _nearest_year(month, day, reference)
    return DateReading(value, precision) if value else None


def _other_language(text: str) -> DateReading | None:
    """dateparser for month names in other languages, only when a four-digit year is given."""
    if not _YEAR.search(text):
        return None
    from dateparser.date import DateDataParser

    parser = DateDataParser(settings={"PARSERS": ["absolute-time"],
                                      "PREFER_DAY_OF_MONTH": "first"})
    found = parser.get_date_data(text)
    if found.date_obj is None or str(found.date_obj.year) not in text:
        return None
    precision = "day" if found.period in ("day", "time") else found.period
    if precision not in ("day", "month", "year"):
        return None
    value = found.date_obj.date()
    if precision != "day":
        value = value.replace(month=value.month if precision == "month" else 1, day=1)
    return DateReading(value, precision)


def without_date(text: str) -> str:
    """The text with every date, time, year and weekday taken out (for telling a dateline,
    mostly a date, from a sentence that mentions one)."""
    text = _TIME.sub(" ", text)
    for pattern in (_ISO, _NUMERIC, _month_pattern(), _YEAR, _weekday_pattern()):
        text = pattern.sub(" ", text)
    return text


def has_date(text: str) -> bool:
    """True if the text holds a calendar date or a month with a year, not just a time."""
    text = _TIME.sub(" ", text)
    if _ISO.search(text) or _NUMERIC.search(text):
        return True
    match = _month_pattern().search(text)
    return bool(match and (match.group(1) or match.group(4) or match.group(5)
                           or _YEAR.search(text)))


@cache
def _weekday_pattern() -> re.Pattern[str]:
    days = alternation(_names("weekdays"), longest_first=True)
    return re.compile(r"\b(" + days + r")\b\.?", re.IGNORECASE)


def read_date(value: str, reference: date | None = None) -> DateReading:
    """Read a publication date in any common form; `problem` says why when there is none."""
    text = _TIME.sub(" ", value)
    only_year = _ONLY_YEAR.fullmatch(text)
    if only_year:
        return DateReading(date(int(only_year.group(1)), 1, 1), "year")
    for reader in (_numeric, lambda t: _worded(t, reference), _other_language):
        found = reader(text)
        if found is not None:
            return found
    if _TIME.search(value) and not _YEAR.search(text):
        return DateReading(None, None, "gives a time of day but no date")
    return DateReading(None, None, "not a date")
