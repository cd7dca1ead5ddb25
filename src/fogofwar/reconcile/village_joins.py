"""Pass 7, after every other: reports at one village no gazetteer knows join.

It comes last (cluster.py) so that the joins the passes before made by province, day or
wording stand; only then are reports read at a village known by its province alone.
"""

from __future__ import annotations

from collections import defaultdict

from .article_follow import follow_in_article
from .evidence import parties_compatible
from .grid import Forest, is_tight, windows_overlap
from .incidents import EventRef
from .placenames import family_key
from .sites import is_village, sites_match, village_key
from .village_sites import join_sites_of_villages

#: Days two dated reports of one named village may lie apart and still join: a page that
#: dates the killings to the day it learnt of them ("on Friday", where the others say Thursday)
#: tells of the same village's massacre; a village's name in one province is rarer than a day.
VILLAGE_SLACK_DAYS = 1


def join_villages(refs: list[EventRef], forest: Forest) -> None:
    """Pass 7, after every other: reports at one village no gazetteer knows, read at the place
    the text put it in (sites.village_key: "Kishishe" in North Kivu, "Karma" in Yatenga or 15
    km from Ouahigouya). Dated ones whose windows overlap or lie a day apart
    (`VILLAGE_SLACK_DAYS`) join, though each report's own dates (a statement of Monday, a toll
    of Thursday) left them in two incidents; an undated one then joins the incident holding
    dated reports of that village that fit it, and takes its date (`date_inherited`): reports
    whose place and date are their own count first (a trend of "March" that took the village
    from its paragraph, a report dated only by its page, are no second incident of that
    village); with none, those dated to the day that took the village from their paragraph
    (`_own_placed`); and of several incidents the one more pages tell it in than any other
    (`_widest_root`: a statement's day gave one page's report an incident of its own); two
    told by as many pages leave it alone. Not one whose village is only its article's focus
    (`_undated_placed`). Same type group, province and compatible parties throughout. It
    comes last so that the reports the passes before read by their province, day or wording
    keep the joins they made; its article's other undated reports there follow
    (`follow_in_article`)."""
    keys = {i: k for i, r in enumerate(refs) if (k := village_key(r.place)) is not None}
    index: dict[tuple, list[int]] = defaultdict(list)
    for i in (i for i in keys if refs[i].window is not None):
        r = refs[i]
        for j in {j for w in keys[i][1] for j in index[(r.group, w)]}:
            if forest.find(i) != forest.find(j) and _village_fits(r, keys[i], refs[j], keys[j]):
                forest.union(i, j)
        for w in keys[i][1]:
            index[(r.group, w)].append(i)
    join_sites_of_villages(refs, forest, keys)
    for i in (i for i in keys if refs[i].window is None and not refs[i].date_inherited
              and refs[i].inferred != "article"):
        r = refs[i]
        fits = [j for w in keys[i][1] for j in index[(r.group, w)]
                if refs[j].inferred != "article" and _village_fits(r, keys[i], refs[j], keys[j])]
        root = _widest_root(_own_placed(fits, refs), refs, forest)
        if root is not None:
            forest.union(i, root)
            r.date_inherited = True
    follow_in_article(refs, forest)


def _village_fits(a: EventRef, ka: tuple, b: EventRef, kb: tuple) -> bool:
    """Two reports of one village: names agree, one province, dates (when both known) overlap
    or lie a day apart (`VILLAGE_SLACK_DAYS`), parties not disjoint."""
    if a.group != b.group or not sites_match(ka, kb) or _area(a.place) != _area(b.place):
        return False
    if a.window is not None and b.window is not None and not windows_overlap(
            a.window, b.window, VILLAGE_SLACK_DAYS):
        return False
    return parties_compatible(a.event, b.event)


def _own_placed(fits: list[int], refs: list[EventRef]) -> list[int]:
    """The dated reports of a village an undated one may join: those placed there by their own
    sentence when any are; else those dated to the day (grid.is_tight) that took the village
    from their paragraph. A page that names the village once and tells the strike in the
    sentences after it (their place inherited, `inferred` "paragraph") still dates that
    village's incident: without it, an undated page placing the village at its district found
    no report to join, though another page's reports of that night named it in their
    paragraph. Own-placed reports come first, and a trend of "March" or "late 2021" that took
    the village from its paragraph dates nothing: it is no incident of that village."""
    return [j for j in fits if refs[j].inferred is None] or [j for j in fits if is_tight(refs[j])]


def _widest_root(fits: list[int], refs: list[EventRef], forest: Forest) -> int | None:
    """Of the incidents (roots) holding the reports in `fits`, the one whose reports come from
    more articles than any other's; None when there is none or two tie."""
    pages: dict[int, set[str]] = defaultdict(set)
    for j in fits:
        pages[forest.find(j)].add(refs[j].article_id)
    ranked = sorted(pages.items(), key=lambda kv: len(kv[1]), reverse=True)
    if not ranked or (len(ranked) > 1 and len(ranked[1][1]) == len(ranked[0][1])):
        return None
    return ranked[0][0]


def _area(place: dict | None) -> tuple[str, str] | None:
    """(country, admin1) of a village (`is_village`): the province it lies in, whether the
    text put it there, in its district or at a town near it (incidents.admin_key reads no
    district; a village's district is known to its province all the same)."""
    if not place or not is_village(place) or not place.get("admin1") or not place.get("country"):
        return None
    return place["country"], place["admin1"]


def _village_at(place: dict | None) -> tuple | None:
    """Where a village no gazetteer knows lies, as a town report may name it: ("town", the
    family key of the town the text put it in: "X village, Hpakant Township") or ("area",
    country, admin1) for one put in its province or district only; else None."""
    if not place or not is_village(place):
        return None
    if place.get("precision") == "town":
        return ("town", family_key(place["within"]))
    return ("area", place.get("country"), place.get("admin1")) if place.get("admin1") else None


def _town_at(place: dict | None) -> list[tuple]:
    """The keys of `_village_at` a report placed at a gazetteer's town itself meets: its town,
    and its province."""
    if not place or place.get("precision") != "town" or place.get("geonames_id") is None \
            or not place.get("name"):
        return []
    out: list[tuple] = [("town", family_key(place["name"]))]
    return out + ([("area", place.get("country"), place["admin1"])] if place.get("admin1")
                  else [])


def join_village_towns(refs: list[EventRef], forest: Forest) -> None:
    """A report dated to the day at a town joins the incident of a village the text put in
    that town (or the township named after it), or put in that town's province only, on that
    day: one page says "Kala village, Oldtown Township", another only "Oldtown Township",
    which reads as the township's seat town. Same type group, windows overlapping with no
    slack, parties compatible; only when one village (its name, its province) fits the
    town's incident, so two villages of one township or province struck that day stay
    apart. Several towns' reports may join one village ("Oldtown Township" on one page,
    "Sagaing" on another).
    Run before the undated pass (cluster.py), so that an undated page of the province finds
    one dated incident of that day there, not the village's and the town's apart."""
    keys = {i: k for i, r in enumerate(refs) if (k := village_key(r.place)) is not None}
    villages: dict[tuple, set[int]] = defaultdict(set)  # (group, where) -> roots
    dated: dict[int, list[int]] = defaultdict(list)  # root -> its dated village reports
    for i in keys:
        r = refs[i]
        where = _village_at(r.place)
        if where and r.window is not None and not r.background:
            villages[(r.group, where)].add(forest.find(i))
            dated[forest.find(i)].append(i)
    if not villages:
        return
    # town-report root -> {village (name words, province): the roots holding it that day}
    pairs: dict[int, dict[tuple, set[int]]] = defaultdict(lambda: defaultdict(set))
    for i, r in enumerate(refs):
        if r.background or not is_tight(r) or keys.get(i) is not None:
            continue
        a = forest.find(i)
        for where in _town_at(r.place):
            for b in villages.get((r.group, where), ()):
                for j in dated[b]:
                    if a != b and _same_day(r, refs[j]):
                        pairs[a][(keys[j][1], _area(refs[j].place))].add(b)
    for a, found in pairs.items():
        if len(found) == 1:  # of two villages the town's report may tell either: neither
            for b in next(iter(found.values())):
                forest.union(a, b)


def _same_day(town: EventRef, village: EventRef) -> bool:
    """A town report and a dated village report of one group on overlapping days (no slack),
    parties compatible."""
    return village.window is not None and not village.background and \
        town.group == village.group and windows_overlap(town.window, village.window, 0) and \
        parties_compatible(town.event, village.event)
