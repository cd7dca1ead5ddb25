"""The year of a month or month-day written without one ("in February", "October 7").

A report tells what happened: such a date is its most recent occurrence on or before
publication, unless its own clause speaks of the future ("will meet on March 3").
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from ..words import alternation
from .date_pack import _RANK, _alt, _pack, _safe_date, _usable, month_names


def month_day(month: int, day: int, year: int | None, published: date | None,
              precision: str | None, future: bool = False,
              whole_month: bool = False) -> date | None:
    """A month-day, its year explicit or the most recent one on or before publication; with a
    future cue, the first one on or after it. `whole_month` compares months ("in February")."""
    if year is not None:
        return _safe_date(year, month, day)
    if published is None or precision not in _RANK:
        return None
    first, last = period(published, precision)
    candidates = [c for y in (published.year - 1, published.year, published.year + 1)
                  if (c := _safe_date(y, month, day)) is not None]
    if future:
        floor = first.replace(day=1) if whole_month else first
        return next((c for c in candidates if c >= floor), None)
    last += timedelta(days=_pack()["grace_days"])
    return next((c for c in reversed(candidates) if c <= last), None)


def period(published: date, precision: str) -> tuple[date, date]:
    """The first and last day a publication date of this precision may stand for."""
    if precision == "year":
        return published.replace(month=1, day=1), published.replace(month=12, day=31)
    if precision == "month":
        start = published.replace(day=1)
        following = (start + timedelta(days=32)).replace(day=1)
        return start, following - timedelta(days=1)
    if precision == "week":
        monday = published - timedelta(days=published.weekday())
        return monday, monday + timedelta(days=6)
    return published, published


def month_after(m: re.Match[str], published: date | None,
                 precision: str | None) -> tuple[date | None, str | None]:
    """ "last December" is the latest December before publication's month, "next March" the
    first March after it."""
    if not _usable(published, precision, "month"):
        return None, None
    assert published is not None
    month = month_names()[m.group("mon6").lower()]
    here = published.replace(day=1)
    if m.group("mmod").lower() == "last":
        return date(here.year if month < here.month else here.year - 1, month, 1), "month"
    return date(here.year if month > here.month else here.year + 1, month, 1), "month"


def future_cued(text: str, start: int, end: int) -> bool:
    """The clause of the date at text[start:end] speaks of the future: a `future_cues` word
    before it in its clause ("talks will resume on March 3", "scheduled for February"), or
    after it when the date opens its clause ("On March 3, the leaders will meet"). Clauses end
    at sentence ends and at the pack's `clause_breaks` (", and", ", which", " said", ...)."""
    p = _pack()
    breaks = alternation(p["clause_breaks"])
    stop = re.compile(rf"[.!?](?=\s+[A-Z\"'“])|\n|{breaks}", re.IGNORECASE)
    cue = re.compile(r"(?<![\w'])(?:" + _alt(p["future_cues"]) + r")(?!\w)", re.IGNORECASE)
    head = text[max(0, start - 200):start]
    cuts = [x.end() for x in stop.finditer(head)]
    head = head[cuts[-1]:] if cuts else head
    if cue.search(head):
        return True
    if re.fullmatch(r"\W*(?:\w+\W+){0,2}", head) is None:  # the date does not open its clause
        return False
    tail = text[end:end + 200]
    cut = stop.search(tail)
    return cue.search(tail[:cut.start()] if cut else tail) is not None
