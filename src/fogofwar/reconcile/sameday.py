"""Pass 6b: a page's coarse report of its own day joins the incident its precise reports are in.

An article that dates a report to the day but places it only at a country, or nowhere ("Sunday's
attack highlights how the war in Yemen is spreading", "Last night, the Houthis unleashed a
flurry of missiles"), tells the occurrence its own reports of that very day, placed at a town
or site, tell: the coarse words are the same strike seen from further off. When the
article's town-or-site reports of that type group and day lie in one incident, or most of them
(more than in all its other incidents together: "missiles at Riyadh" five times, at Abha once,
tell the salvo whose toll the page gives at Riyadh), the coarse report
(and the reports of other articles it was already joined with, as long as none of them is placed
at a town or site: nothing there says they happened elsewhere) joins it. Parties must not be
disjoint. An even split between incidents, or none, leaves it where it is.

A report placed nowhere, on a page with no town-or-site report of that day, reads the page's
reports of that day placed at a province the same way ("Reports citing activists said the
village was shelled for hours on Wednesday" beside "more than 200 were killed in an attack in
Gezira state" on Wednesday): nothing in its words places it elsewhere. A country-level report
does not: a province is no finer evidence than its own country for where it happened.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from .evidence import parties_compatible
from .grid import Forest, is_tight
from .incidents import EventRef, admin_key, is_fine


def _nowhere(r: EventRef) -> bool:
    """Placed nowhere the gazetteer knows: no place, or a toponym left unresolved."""
    return r.place is None or r.place.get("lat") is None


def _coarse_day(r: EventRef) -> bool:
    """A report its own sentence dates to the day, placed at a country or nowhere."""
    return (_nowhere(r) or r.place.get("precision") == "country") and is_tight(r) \
        and r.event.get("date_precision") == "day" and not r.event.get("date_inherited") \
        and r.inferred is None and bool(r.event.get("date"))


def join_article_day(refs: list[EventRef], forest: Forest) -> None:
    """Pass 6b (see the module docstring)."""
    precise: dict[tuple, list[int]] = defaultdict(list)
    provincial: dict[tuple, list[int]] = defaultdict(list)
    for i, r in enumerate(refs):
        if is_tight(r) and r.inferred != "article" and admin_key(r.place):
            at = precise if is_fine(r.place) else provincial
            at[(r.article_id, r.group, r.window[0])].append(i)  # type: ignore[index]
    if not precise and not provincial:
        return
    placed: dict[int, bool] = defaultdict(bool)  # root -> holds a town-or-site report
    for i, r in enumerate(refs):
        placed[forest.find(i)] |= is_fine(r.place)
    for i, r in enumerate(refs):
        if not _coarse_day(r):
            continue
        key = (r.article_id, r.group, r.window[0])  # type: ignore[index]
        mates = precise.get(key) or (provincial.get(key, []) if _nowhere(r) else [])
        counts = Counter(forest.find(j) for j in mates).most_common()
        own = forest.find(i)
        if not counts or 2 * counts[0][1] <= len(mates) or placed[own] \
                or any(root == own for root, _ in counts):
            continue
        root = counts[0][0]
        if not all(parties_compatible(r.event, refs[j].event) for j in mates
                   if forest.find(j) == root):
            continue
        forest.union(i, root)
        placed[forest.find(i)] = True


def _dayless(r: EventRef) -> bool:
    """A report its own sentence gives no day, placed at its province by its own words (not a
    village, not its article's focus)."""
    return not r.event.get("date") and not r.background and r.inferred != "article" \
        and r.place is not None and r.place.get("precision") == "admin1" \
        and r.place.get("geonames_id") is not None and admin_key(r.place) is not None


def join_page_province(refs: list[EventRef], forest: Forest) -> None:
    """A page's report of no day, placed only at a province ("Doctors Without Borders said 19
    were killed", read at Kunduz province), joins the incident every other report of its
    type group on the page is in, when that incident holds a report at a town or site of
    that province, dated to the day within the report's own window (its page's look-back;
    any, when the page is undated), and no party of theirs is disjoint from its own. The
    page tells one occurrence, and the province is where its other reports place it. A report
    already joined with other pages' reports stays where it is; so does one whose page's other
    reports lie in two incidents or more (a page telling two occurrences). An undated one takes
    the incident's date (`date_inherited`)."""
    by_page: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, r in enumerate(refs):
        by_page[(r.article_id, r.group)].append(i)
    sized: dict[int, set[str]] = defaultdict(set)
    for i, r in enumerate(refs):
        sized[forest.find(i)].add(r.article_id)
    days: dict[int, list] = defaultdict(list)  # root -> (province, day) of its fine, tight reports
    for i, r in enumerate(refs):
        if is_fine(r.place) and is_tight(r) and r.inferred != "article":
            days[forest.find(i)].append((admin_key(r.place), r.window[0]))  # type: ignore[index]
    for i, r in enumerate(refs):
        own = forest.find(i)
        if not _dayless(r) or sized[own] != {r.article_id}:
            continue
        mates = [j for j in by_page[(r.article_id, r.group)] if forest.find(j) != own]
        roots = {forest.find(j) for j in mates}
        if len(roots) != 1:
            continue
        root = roots.pop()
        if not any(area == admin_key(r.place) and (
                r.window is None or r.window[0] <= day <= r.window[1])
                for area, day in days.get(root, ())):
            continue
        if not all(parties_compatible(r.event, refs[j].event) for j in mates):
            continue
        for k in [k for k in by_page[(r.article_id, r.group)] if forest.find(k) == own]:
            refs[k].date_inherited |= refs[k].window is None  # it and its sentence's mates
        forest.union(i, root)
