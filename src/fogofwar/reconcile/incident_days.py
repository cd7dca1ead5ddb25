"""Which day an incident is about, and whether an undated report's day clues name it.

An undated report may join an incident only on a day its text names ("a January 14 missile
attack", "early Thursday"), and that day must be the incident's own, not one of a report of
the day before. Both the undated pass (late.join_undated) and a report following its article
into its incident (article_follow.follow_in_article) ask this, so it is answered once here.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date, timedelta

from .grid import Forest, is_tight
from .incidents import EventRef


def fits_clues(clues: tuple[set[tuple[int, int]], set[int]],
                span: tuple[date, date] | None) -> bool:
    """An incident's day is one an undated report's text names: its month and day ("a
    January 14 missile attack"), or, with no month-day given, its weekday ("early Thursday").
    `span` is the incident's main day, or the few days its reports' windows share when none
    of them is tightly dated: the one Saturday in Feb 1-4 fits "on Saturday"."""
    if span is None or not (clues[0] or clues[1]):
        return False
    days = [span[0] + timedelta(days=n) for n in range((span[1] - span[0]).days + 1)]
    fits = [d for d in days if (d.month, d.day) in clues[0]
            or (not clues[0] and d.weekday() in clues[1])]
    return len(fits) == 1


def main_days(refs: list[EventRef], forest: Forest) -> tuple[dict[int, tuple[date, date]],
                                                               dict[int, tuple[date, date]]]:
    """Per incident root: the day most of its tightly dated reports give (its earliest on a
    tie), as a one-day span, since a weekday clue must fit the strike the incident is about,
    not a report of the day before; and, for roots with no tightly dated report, the days all
    their reports' windows share, when they share at most a week (a second choice)."""
    days: dict[int, Counter] = defaultdict(Counter)
    shared: dict[int, tuple[date, date]] = {}
    for r_i, r in enumerate(refs):
        if r.window is None:
            continue
        root = forest.find(r_i)
        if is_tight(r):
            days[root][r.window[0]] += 1
        old = shared.get(root, r.window)
        shared[root] = (max(old[0], r.window[0]), min(old[1], r.window[1]))
    tight = {root: (d, d) for root, c in days.items()
             for d in [max(sorted(c), key=lambda d: c[d])]}
    loose = {root: (a, b) for root, (a, b) in shared.items()
             if root not in tight and a <= b <= a + timedelta(days=6)}
    return tight, loose


def main_span(mains: tuple[dict[int, tuple[date, date]], dict[int, tuple[date, date]]],
              root: int) -> tuple[date, date] | None:
    """An incident's main days from `main_days`: its tight day, else the days its reports
    share; None when it has neither."""
    return mains[0].get(root) or mains[1].get(root)
