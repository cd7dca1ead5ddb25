"""Sites named after the village they stand in (village_joins.join_villages, pass 7).

A village no gazetteer knows is read at its province ("Manda Bay", in Lamu: sites.village_key),
and a facility named after it ("the Manda Bay airfield") is a site of its own with no place
the gazetteer gives: the two keys never meet, and one article's reports of one attack, some
placed at the village and some at the airfield, fell into two incidents.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from .evidence import parties_compatible
from .grid import Forest, is_tight, windows_overlap
from .incidents import EventRef, admin_key
from .site_days import clues_deny, report_clues


def join_sites_of_villages(refs: list[EventRef], forest: Forest, keys: dict[int, tuple]) -> None:
    """A site named after its village ("the Manda Bay airfield" beside reports at "Manda Bay",
    a village read at its province) is there: a dated report at the site joins the dated
    reports at the village whose windows overlap with no slack, when the site's name holds
    every word of the village's, the site lies in no other province and parties agree."""
    index: dict[tuple, list[int]] = defaultdict(list)
    for i, r in enumerate(refs):
        if r.site is not None and r.window is not None and i not in keys:
            for w in r.site[1]:
                index[(r.group, w)].append(i)
    for i in (i for i in keys if refs[i].window is not None):
        r, words = refs[i], keys[i][1]
        for j in {j for w in words for j in index[(r.group, w)]}:
            b = refs[j]
            if forest.find(i) != forest.find(j) and words <= b.site[1] \
                    and admin_key(b.place) in (None, admin_key(r.place)) \
                    and windows_overlap(r.window, b.window, 0) \
                    and parties_compatible(r.event, b.event):
                forest.union(i, j)


def join_unknown_places(refs: list[EventRef], forest: Forest) -> None:
    """Pass 5a: reports of one place no gazetteer knows and no text puts in a province, keyed
    by its spelling family and its page's country (`EventRef.unknown`, unknown_places.py).
    Dated ones of two articles sharing a key, in one type group, join when their windows
    overlap with no slack and their parties are not disjoint (one article's own reports are
    pass 0's to join); an undated one then joins the one incident holding
    dated reports of one of its keys (reported ones before those a page only recalls,
    `_reported`; of several, the one more articles tell, `_leading_root`), and takes its
    date (`date_inherited`); not when the day
    its text names (site_days.report_clues: "on Sunday") is none of those reports' days:
    the attack on that camp two years before, told by an undated page."""
    index: dict[tuple, list[int]] = defaultdict(list)
    for i, r in enumerate(refs):
        if not r.unknown or r.window is None:
            continue
        for j in {j for k in r.unknown for j in index[(r.group, k)]}:
            if forest.find(i) != forest.find(j) and refs[j].article_id != r.article_id \
                    and windows_overlap(r.window, refs[j].window, 0) \
                    and parties_compatible(r.event, refs[j].event):
                forest.union(i, j)
        for k in r.unknown:
            index[(r.group, k)].append(i)
    tied: dict[str, set[tuple[int, str]]] = {}
    # an incident's tight days, read through each dated report's root before any undated
    # report joins (a join may change which report a root is named by)
    days = _tight_windows(refs, forest)
    first = {j: forest.find(j) for js in index.values() for j in js}
    for i, r in enumerate(refs):
        if not r.unknown or r.window is not None or r.date_inherited:
            continue
        clues = report_clues(r)
        fits = [j for k in r.unknown for j in index[(r.group, k)]
                if parties_compatible(r.event, refs[j].event)
                and _named_day_fits(clues, days.get(first[j]) or [refs[j].window])]
        roots = _leading_root(_reported(fits, refs), refs, forest)
        if len(roots) == 1:
            forest.union(i, roots.pop())
            r.date_inherited = True
            tied.setdefault(r.article_id, set()).add((i, r.group))
    _follow_keyed(refs, forest, tied)


def _leading_root(fits: list[int], refs: list[EventRef], forest: Forest) -> set[int]:
    """Of the incidents an undated report's place could join (those of its reports `fits`),
    the one more articles report that place in than in any other, when two or more do: the
    day two pages report the attack at that village on is its news; a third page's report of
    another day there, a lone page's own reading (a misread "the previous day", a recalled
    one), is not. All of them when none leads."""
    arts: dict[int, set[str]] = defaultdict(set)
    for j in fits:
        arts[forest.find(j)].add(refs[j].article_id)
    if len(arts) < 2:
        return set(arts)
    first, second = sorted(arts.values(), key=len, reverse=True)[:2]
    lead = next(root for root, told in arts.items() if told is first)
    return {lead} if len(first) > max(len(second), 1) else set(arts)


def _reported(fits: list[int], refs: list[EventRef]) -> list[int]:
    """The dated reports an undated one may join: those their pages report, when any do. A
    page that recalls an attack at the place ("the attack outside the town of X is one of the
    deadliest since ... the coup in January 2022") dates a background mention, often by
    another clause's day: it is no second incident there for the undated report to weigh."""
    return [j for j in fits if not refs[j].background] or fits


def _follow_keyed(refs: list[EventRef], forest: Forest,
                  tied: dict[str, set[tuple[int, str]]]) -> None:
    """An undated page one incident took through its unknown places is about it: its other
    undated reports of the type group that are told at no place of their own (none, their
    country, or the page's main place) and still sit alone with their page's own reports
    follow it ("At least 25 soldiers are dead after militants attacked two army outposts"
    beside "Camps in the towns of X and Y came under attack")."""
    articles: dict[int, set[str]] = defaultdict(set)
    for i, r in enumerate(refs):
        articles[forest.find(i)].add(r.article_id)
    for i, r in enumerate(refs):
        roots = {forest.find(j) for j, group in tied.get(r.article_id, ()) if group == r.group}
        if len(roots) != 1 or r.window is not None or r.date_inherited or r.unknown:
            continue
        place = r.place or {}
        own = place.get("lat") is not None and place.get("precision") != "country" \
            and r.inferred != "article"
        root = roots.pop()
        if not own and articles[forest.find(i)] == {r.article_id}:
            forest.union(i, root)
            r.date_inherited = True


def _tight_windows(refs: list[EventRef], forest: Forest) -> dict[int, list[tuple[date, date]]]:
    """Per incident root: the windows of its tightly dated reports (grid.is_tight)."""
    out: dict[int, list[tuple[date, date]]] = defaultdict(list)
    for i, r in enumerate(refs):
        if r.window is not None and is_tight(r):
            out[forest.find(i)].append(r.window)
    return out


def _named_day_fits(clues: tuple[set[tuple[int, int]], set[int]],
                    windows: list[tuple[date, date] | None]) -> bool:
    """No day named, or one of `windows` (an incident's tightly dated reports', else the
    keyed report's own) does not rule the named day out (site_days.clues_deny)."""
    if not (clues[0] or clues[1]):
        return True
    return any(w is not None and not clues_deny(clues, w) for w in windows)
