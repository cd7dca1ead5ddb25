"""Country-level reports of one day (pass 5b of cluster.py): a report placed only at its
country but dated to the day joins the one incident of that country, day and attacker side
whose reports place it at a town or site."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from .article_follow import own_article_only
from .evidence import sides
from .grid import Forest, is_tight, windows_overlap
from .incidents import EventRef, is_fine, settings


def join_country_level(refs: list[EventRef], forest: Forest) -> None:
    """A report placed only at its country ("a US airstrike in Yemen", its town given in a
    dateline the event does not read) but tightly dated joins the one incident of that country
    and type group whose reports place it at a town or site, date it as tightly as an anchor
    (a day or two) to overlap the report's day with no slack, and name the same attacker side
    (each may come from another of its reports: the dated one need not name the attacker); of
    two such incidents it joins neither. A strike dated only to its month ("in April") says
    nothing of the day, even as the one candidate: a month-wide window took a country-level
    report of another town's strike that day. Its article must have joined nothing else yet:
    a report tied to other articles keeps that tie."""
    alone = own_article_only(refs, forest)
    wanted = [i for i, r in enumerate(refs) if _country_level(r) and alone[forest.find(i)]]
    if not wanted:
        return
    roots = _incident_traits(refs, forest)
    for i in wanted:
        r = refs[i]
        key = (r.group, r.place.get("country"), sides(r.event)[0])  # type: ignore[union-attr]
        # a day inside a month-wide report's window says little of it
        fits = {root for root, (keys, windows, arts) in roots.items()
                if key in keys and arts != {r.article_id}
                and any(windows_overlap(r.window, w, 0) and _tight_window(w) for w in windows)}
        if len(fits) == 1:
            forest.union(i, fits.pop())


def _tight_window(w: tuple[date, date]) -> bool:
    """A window as narrow as an anchor's (grid.is_tight)."""
    return (w[1] - w[0]).days + 1 <= settings()["anchor_max_days"]


def _incident_traits(refs: list[EventRef], forest: Forest) -> dict[int, tuple[set, list, set]]:
    """Per incident root: (group, country, attacker side) keys its town-or-site reports and
    its named attackers make up, its reports' date windows, and its articles."""
    fine: dict[int, set] = defaultdict(set)
    attackers: dict[int, set] = defaultdict(set)
    windows: dict[int, list] = defaultdict(list)
    arts: dict[int, set] = defaultdict(set)
    for i, r in enumerate(refs):
        root = forest.find(i)
        arts[root].add(r.article_id)
        if is_fine(r.place):
            fine[root].add((r.group, r.place.get("country")))  # type: ignore[union-attr]
        if attacker := sides(r.event)[0]:
            attackers[root].add(attacker)
        if r.window is not None:
            windows[root].append(r.window)
    return {root: ({(*gc, a) for gc in places for a in attackers[root]}, windows[root],
                   arts[root])
            for root, places in fine.items() if attackers[root] and windows[root]}


def _country_level(r: EventRef) -> bool:
    """A tightly dated report of its own country-level place and a known attacker side."""
    return bool(r.place and r.place.get("precision") == "country" and r.place.get("country")
                and r.inferred is None and is_tight(r) and sides(r.event)[0])
