"""Reports an incident holds whose own sentence tells of another day: their figures are another
attack's toll, not the incident's (round pairs40).

A page joins an incident through its report of it, and its other reports of the same type and
area join with it; some of them name a day of their own that is not the incident's: "On July
24, officials said, nine civilians were killed in an airstrike on a prayer ceremony" on an
undated page about a strike of 10 August, "The attempted missile attack killed one civilian
on Wednesday evening" on a page whose strike of the incident was on Thursday. Their figures
stood in the incident's rows and were set against its voices as contradictions. Such a report
stays a member of the incident (the page still reports it), but gives no figures:

- an undated page's report dated only by the incident it joined (`date_inherited`) whose own
  sentence names month-days that all lie a week or more (`EARLIER_DAYS`) before the first day
  the incident's dated reports give ("as recently as July 23" beside reports of 10 August).
  Weekdays are no such clue: "said Monday" is as often the day a toll was given on;
- a dated page's report whose own day no other page gives and comes before the day its page
  dates its report of the incident on, that later day being the one most of the incident's
  pages give: the page itself tells the two days apart. Two days or more before, that is
  enough; one day before (the same attack's start late at night, as its other pages count
  it), only when the report's casualty figures can mean none of those the other pages give
  of the incident's day (`_uncorroborated`). A day after the incident's is left alone: it
  is the day a toll rose, or was given, on.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from datetime import date

from .evidence import CASUALTY
from .figures import figure_interval, intervals_clash
from .grid import is_tight
from .incidents import EventRef
from .site_days import own_clues

#: How many days before an incident's first dated report a day an undated page's report names
#: must lie to be another attack's: a week (statements of a toll come within days of it)
EARLIER_DAYS = 7


def _own_day(r: EventRef) -> date | None:
    """The one day a report's own date gives (none when it is inherited or loose)."""
    if r.window is None or r.date_inherited or not is_tight(r) or r.window[0] != r.window[1]:
        return None
    return r.window[0]


def other_day_reports(reports: Sequence[EventRef]) -> frozenset[str]:
    """Event ids of the `reports` (an incident's, background left out) that tell of another
    day than the incident's (module docstring)."""
    days: dict[str, set[date]] = defaultdict(set)
    for r in reports:
        day = _own_day(r)
        if day is not None:
            days[r.article_id].add(day)
    if not days:
        return frozenset()
    pages = Counter(d for page_days in days.values() for d in page_days)
    top = max(pages.values())
    modal = {d for d, n in pages.items() if n == top} if top > 1 else set()
    first = min(pages)
    out: set[str] = set()
    for r in reports:
        day = _own_day(r)
        if day is not None:
            later = [d for d in days[r.article_id] & modal if d > day]
            if pages[day] == 1 and later and (
                    (min(later) - day).days >= 2 or _uncorroborated(r, reports, modal)):
                out.add(r.event_id)
        elif r.date_inherited and r.article_id not in days \
                and _named_before(own_clues(r)[0], first):
            out.add(r.event_id)
    return frozenset(out)


def _named_before(month_days: set[tuple[int, int]], first: date) -> bool:
    """Whether the month-days a sentence names (no year: its page is undated) all lie at least
    `EARLIER_DAYS` before the first day the incident's dated reports give, in whichever year
    puts them nearest it."""
    if not month_days:
        return False
    for month, day in month_days:
        near = []
        for year in (first.year - 1, first.year, first.year + 1):
            try:
                near.append(date(year, month, day))
            except ValueError:
                continue
        if not near:
            return False
        closest = min(near, key=lambda d: abs((d - first).days))
        if (first - closest).days < EARLIER_DAYS:
            return False
    return True


def _uncorroborated(r: EventRef, reports: Sequence[EventRef], modal: set[date]) -> bool:
    """Whether the report gives casualty figures, the incident's other pages' reports of its
    day (`modal`) give figures of one of their categories, and none of the report's can hold
    beside any of theirs: the day before the incident's may be the same attack's start, late
    at night ("late on Tuesday ... killing at least 44" of Wednesday's reports), as its other
    pages count it; a toll none of them can mean ("killed one civilian on Wednesday evening"
    beside Thursday's dozens) is another attack's."""
    own = list(_tolls(r))
    others: dict[str, list[tuple[float, float | None]]] = defaultdict(list)
    for o in reports:
        if o.article_id != r.article_id and _own_day(o) in modal:
            for category, bounds in _tolls(o):
                others[category].append(bounds)
    return any(others[c] for c, _ in own) and not any(
        not intervals_clash(b, x) for c, b in own for x in others[c])


def _tolls(r: EventRef) -> Iterator[tuple[str, tuple[float, float | None]]]:
    """(category, interval) of the report's own casualty figures: not those another claim of
    its page states, nor a recalled attack's (`EventRef.foreign`)."""
    for f in r.event.get("figures") or []:
        bounds = figure_interval(f)
        if f.get("category") in CASUALTY and bounds is not None \
                and f.get("text") not in r.foreign:
            yield f["category"], bounds
