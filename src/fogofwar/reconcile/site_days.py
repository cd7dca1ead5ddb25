"""The days an undated report at a named site may join a dated incident there on (round
undated15): the day its own sentence names, and the latest day its page recalls."""

from __future__ import annotations

import re
from datetime import date, timedelta

from ..resolve.dates import calendar_clues
from .incidents import EventRef

#: "since March 15", "until Friday": the bound of a stretch, not the day a report tells of
_BOUND = re.compile(r"(?i)\b(?:since|from|until|till)\s+(?:\S+\s+){0,2}\S+")


def latest_recalled(refs: list[EventRef]) -> dict[str, date]:
    """Per article: the latest first day its events' own dates give. An undated page that
    recalls "the war in Gaza begun in October 2023" tells of news no older than that: a strike
    at its site in January 2022 is another one. So does the full date of a photo caption
    cleaning removed from it ("…, in Sada, Yemen, April 28, 2025."): the page is no older."""
    out: dict[str, date] = {}
    for r in refs:
        for day in (r.window[0] if r.window is not None and not r.date_inherited else None,
                    r.caption_day):
            if day is not None:
                out[r.article_id] = max(out.get(r.article_id, day), day)
    return out


def clues_deny(clues: tuple[set[tuple[int, int]], set[int]],
                window: tuple[date, date] | None) -> bool:
    """Whether a dated report's window rules out the day an undated report names: none of its
    days, nor the day before it (a page dated the day after the strike) or, of a one-day
    window, after it (a toll "the rebels said Saturday" of a Friday's strike), is the
    month-day, or with none given the weekday, the report names. The same prison struck
    on a Friday three years before is not the one "struck on Monday"."""
    if window is None:
        return False
    first, last = window[0] - timedelta(days=1), max(window[1], window[0] + timedelta(days=1))
    days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    return not any((d.month, d.day) in clues[0] or not clues[0] and d.weekday() in clues[1]
                   for d in days)


def own_clues(r: EventRef) -> tuple[set[tuple[int, int]], set[int]]:
    """The month-days and weekdays its own sentence names, not a stretch's bound ("since
    March 15")."""
    return calendar_clues(_BOUND.sub("", r.event.get("sentence") or ""))


def act_clues(r: EventRef) -> tuple[set[tuple[int, int]], set[int]]:
    """The days its own sentence names for the act (`own_clues`), not the day a reporting verb
    hangs on ("officials said Monday", "the radio reported Dec. 19"): a report told days after
    the act names the day it was told."""
    return calendar_clues(_BOUND.sub("", r.event.get("sentence") or ""), spoken=False)


def sentence_clues(r: EventRef) -> tuple[set[tuple[int, int]], set[int]]:
    """The day its own sentence names (`own_clues`); else the weekday its article's lead
    names (a lead's month-day may be the campaign's start)."""
    clues = own_clues(r)
    return clues if clues[0] or clues[1] else (set(), set(r.article_weekdays))


def report_clues(r: EventRef) -> tuple[set[tuple[int, int]], set[int]]:
    """The calendar clues of an undated report: its sentence's month-days and weekdays, or,
    failing any, those its article's title and lead name."""
    clues = calendar_clues(r.event.get("sentence") or "")
    if not (clues[0] or clues[1]) and (r.article_days or r.article_weekdays):
        clues = (set(r.article_days), set(r.article_weekdays))
    return clues


#: The widest date window of a report at a site that an undated report there may take as its
#: own: a month and its look-back. A year ("a migrant centre struck in 2022") says nothing of
#: which of the site's strikes an undated report tells.
LEND_DAYS = 62


def lends_date(r: EventRef) -> bool:
    """Whether a dated report at a site is dated narrowly enough to date an undated one, and
    reports it: a page's recall of an older strike there ("a centre previously struck in
    2022") lends no date, being no report of it and naming no day of its own."""
    return not r.background and r.window is not None and \
        (r.window[1] - r.window[0]).days < LEND_DAYS
