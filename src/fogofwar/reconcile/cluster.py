"""Cluster EventRefs into incidents, respecting how precisely each place and date is known.

The rule, in seven passes:

0. **One report, one occurrence.** Events of compatible type that one article tells in the same
   claim or sentence ("115 regime targets have been struck, 101 regime soldiers have been
   neutralized") are one occurrence seen through several verbs, unless their places or dates
   are known and disagree or their parties are disjoint. So are events in one paragraph of one
   article stated at the same place (not the article's focus) on the same known day.
1. **Anchors** are events placed at a town or point with a tight date (window of at most
   `anchor_max_days`). Two anchors of compatible type join when they lie within INCIDENT_MAX_KM,
   their windows overlap within INCIDENT_MAX_DAYS, and their parties are not disjoint.
2. **Loose** events are the rest that have a place at admin1 precision or better and either a
   fine place or a tight date: a bare "Idlib" (governorate) on a known day, or a town with a
   wide date ("last week", or no date at all). A governorate with a wide date says too little
   to join anything. A loose event joins an anchor incident only when exactly one candidate
   exists: same admin area (or within reach, for a town) and a date window that overlaps with
   no slack. Ambiguity leaves it alone: a governorate-wide report is not evidence for one of
   several strikes in it.
3. Loose admin1 events that joined nothing join each other only when both have tight dates that
   overlap exactly, in the same admin area.

4. **Parties as evidence.** An event whose attacker side, target side and victim class are all
   known joins another in the same admin area whose windows overlap and which names the same
   attacker, target and victim class, when exactly one incident qualifies. This lets "a week
   ago, six Turkish troops were killed by Syrian artillery fire" (Idlib, week) join "Syrian
   troops killed five Turkish soldiers in Idlib on Feb. 3" (Idlib, day), while a second
   shelling a week later, whose window overlaps neither, stays apart. Two fine places still
   have to be within reach.

1a. **Sites** (before anchors, the strongest key): events at one named site (a hospital, a
   station, a prison; see sites.py) join within INCIDENT_MAX_DAYS whatever their precision,
   and an undated one joins the only incident at that site.

5. **Undated** events (no date and no publication date to bound one) join the only dated
   incident of their group within reach whose parties they share; their date is inherited from
   it (marked `date_inherited`).

Country-level and placeless events join nothing after pass 0. Candidate pairs come only from
blocks (the article for pass 0; type group x date bucket x lat/lon cell, or x admin area), so
the work grows with the number of events times the block size, not with the square of the
corpus.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date, timedelta

from ..config import INCIDENT_MAX_DAYS, INCIDENT_MAX_KM
from ..geodesy import distance_km
from ..resolve.dates import calendar_clues
from .evidence import parties_agree, parties_compatible
from .incidents import EventRef, admin_key, is_fine, settings
from .sites import sites_match


def windows_overlap(a: tuple[date, date], b: tuple[date, date], slack_days: int) -> bool:
    slack = timedelta(days=slack_days)
    return a[0] <= b[1] + slack and b[0] <= a[1] + slack


def is_tight(r: EventRef) -> bool:
    """A window of at most `anchor_max_days` days (1: the day is known)."""
    return r.window is not None and (
        (r.window[1] - r.window[0]).days + 1 <= settings()["anchor_max_days"])


def is_anchor(r: EventRef) -> bool:
    """A town or point and a tight date, both the report's own: a place only taken from the
    article's main town never anchors an incident."""
    return is_fine(r.place) and is_tight(r) and r.inferred != "article"


def within_reach(pa: dict, pb: dict) -> bool:
    """Two located places close enough to be one occurrence's (INCIDENT_MAX_KM)."""
    return distance_km((pa["lat"], pa["lon"]), (pb["lat"], pb["lon"])) <= INCIDENT_MAX_KM


def anchors_join(a: EventRef, b: EventRef) -> bool:
    if a.group != b.group or not windows_overlap(a.window, b.window, INCIDENT_MAX_DAYS):
        return False
    if not parties_compatible(a.event, b.event):
        return False
    return within_reach(a.place, b.place)


def places_compatible(pa: dict | None, pb: dict | None) -> bool:
    """Whether two places could be where one occurrence happened (unknown fits anything)."""
    if not pa or not pb:
        return True
    if is_fine(pa) and is_fine(pb):
        return within_reach(pa, pb)
    ka, kb = admin_key(pa), admin_key(pb)
    if ka and kb:
        return ka == kb
    return not (pa.get("country") and pb.get("country")) or pa["country"] == pb["country"]


def _place_id(p: dict | None) -> tuple | None:
    return (p.get("geonames_id") or p.get("name"), p.get("precision")) if p else None


def same_occurrence(a: EventRef, b: EventRef) -> bool:
    """Pass 0: two events of one article that report one occurrence (see module docstring)."""
    if a.group != b.group or not parties_compatible(a.event, b.event):
        return False
    ca, cb = a.event.get("claim_id"), b.event.get("claim_id")
    same = ca == cb if ca and cb else bool(a.event.get("sentence")) and (
        a.event.get("sentence") == b.event.get("sentence"))  # no claims: the sentence decides
    if same:
        return places_compatible(a.place, b.place) and (
            a.window is None or b.window is None or windows_overlap(a.window, b.window, 0))
    return (a.para is not None and a.para == b.para and "article" not in (a.inferred, b.inferred)
            and a.place is not None and _place_id(a.place) == _place_id(b.place)
            and is_tight(a) and a.window == b.window)


def _join_same_report(refs: list[EventRef], forest: _Forest) -> None:
    by_article: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(refs):
        by_article[r.article_id].append(i)
    for idx in by_article.values():
        for n, i in enumerate(idx):
            for j in idx[n + 1:]:
                if forest.find(i) != forest.find(j) and same_occurrence(refs[i], refs[j]):
                    forest.union(i, j)


def buckets(window: tuple[date, date], slack_days: int) -> range:
    size, slack = settings()["bucket_days"], timedelta(days=slack_days)
    return range((window[0] - slack).toordinal() // size,
                 (window[1] + slack).toordinal() // size + 1)


def grid_cell(place: dict) -> tuple[int, int]:
    size = float(settings()["cell_degrees"])
    return int(place["lat"] // size), int(place["lon"] // size)


def near_cells(place: dict) -> Iterator[tuple[int, int]]:
    cx, cy = grid_cell(place)
    for dx in (-1, 0, 1):
        for dy in (-1, 0, 1):
            yield cx + dx, cy + dy


class _Forest:
    """Union-find over event indices."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        self.parent[self.find(i)] = self.find(j)


def _join_anchors(refs: list[EventRef], anchors: list[int], forest: _Forest) -> dict:
    """Pass 1; returns the spatial block index of anchors for pass 2."""
    blocks: dict[tuple, list[int]] = defaultdict(list)
    for i in anchors:
        r = refs[i]
        for b in buckets(r.window, INCIDENT_MAX_DAYS):
            key = (r.group, b)
            for cell in near_cells(r.place):
                for j in blocks.get((*key, *cell), ()):
                    if forest.find(i) != forest.find(j) and anchors_join(r, refs[j]):
                        forest.union(i, j)
            blocks[(*key, *grid_cell(r.place))].append(i)
    return blocks


def _candidates(r: EventRef, refs: list[EventRef], spatial: dict, by_area: dict) -> Iterator[int]:
    for b in buckets(r.window, 0):
        if is_fine(r.place):
            for cell in near_cells(r.place):
                yield from spatial.get((r.group, b, *cell), ())
        else:
            yield from by_area.get((r.group, b, admin_key(r.place)), ())


def _loose_fits(r: EventRef, a: EventRef) -> bool:
    if not windows_overlap(r.window, a.window, 0) or not parties_compatible(r.event, a.event):
        return False
    if is_fine(r.place):
        return within_reach(r.place, a.place)
    return admin_key(r.place) == admin_key(a.place)


def cluster(refs: list[EventRef]) -> list[list[EventRef]]:
    """Partition refs into incidents by the five-pass rule in the module docstring."""
    forest = _Forest(len(refs))
    _join_same_report(refs, forest)
    _join_sites(refs, forest)
    usable = [i for i, r in enumerate(refs) if r.window is not None and admin_key(r.place)]
    anchors = [i for i in usable if is_anchor(refs[i])]
    spatial = _join_anchors(refs, anchors, forest)
    leftovers = _attach_loose(refs, usable, anchors, spatial, forest)
    _join_coarse(refs, leftovers, forest)
    _join_by_parties(refs, usable, forest)
    _join_undated(refs, forest)
    groups: dict[int, list[EventRef]] = defaultdict(list)
    for i, r in enumerate(refs):
        groups[forest.find(i)].append(r)
    return list(groups.values())


def _attach_loose(refs: list[EventRef], usable: list[int], anchors: list[int], spatial: dict,
                  forest: _Forest) -> list[int]:
    """Pass 2; returns the tight admin1 events that found no anchor, for pass 3."""
    by_area: dict[tuple, list[int]] = defaultdict(list)
    for i in anchors:
        for b in buckets(refs[i].window, 0):
            by_area[(refs[i].group, b, admin_key(refs[i].place))].append(i)
    anchor_set = set(anchors)
    attach: list[tuple[int, int]] = []
    leftovers: list[int] = []
    for i in usable:
        if i in anchor_set or not (is_fine(refs[i].place) or is_tight(refs[i])):
            continue  # a coarse place needs a tight date; a wide date needs a fine place
        roots = {forest.find(j) for j in _candidates(refs[i], refs, spatial, by_area)
                 if _loose_fits(refs[i], refs[j])}
        if len(roots) == 1:
            attach.append((i, roots.pop()))
        elif not roots and not is_fine(refs[i].place) and is_tight(refs[i]):
            leftovers.append(i)
    for i, root in attach:
        forest.union(i, root)
    return leftovers


def _party_fits(a: EventRef, b: EventRef) -> bool:
    if not windows_overlap(a.window, b.window, 0) or not parties_agree(a.event, b.event):
        return False
    return not (is_fine(a.place) and is_fine(b.place)) or places_compatible(a.place, b.place)


def _join_by_parties(refs: list[EventRef], usable: list[int], forest: _Forest) -> None:
    """Pass 4: join two incidents on agreeing parties and victims when each is the other's
    only candidate (a report that fits two clashes, or a clash two reports fit, joins none)."""
    blocks: dict[tuple, list[int]] = defaultdict(list)
    eligible = [i for i in usable if parties_agree(refs[i].event, refs[i].event)]
    for i in eligible:
        for b in buckets(refs[i].window, 0):
            blocks[(refs[i].group, b, admin_key(refs[i].place))].append(i)
    fits: dict[int, set[int]] = defaultdict(set)
    for i in eligible:
        r, own = refs[i], forest.find(i)
        fits[own] |= {forest.find(j) for b in buckets(r.window, 0)
                      for j in blocks[(r.group, b, admin_key(r.place))]
                      if forest.find(j) != own and _party_fits(r, refs[j])}
    for root, other in [(a, next(iter(c))) for a, c in fits.items() if len(c) == 1]:
        if root < other and fits[other] == {root}:
            forest.union(root, other)


def _join_coarse(refs: list[EventRef], idx: list[int], forest: _Forest) -> None:
    """Pass 3: tight-dated admin1 events with nothing finer to join, per admin area."""
    blocks: dict[tuple, list[int]] = defaultdict(list)
    for i in idx:
        r = refs[i]
        for b in buckets(r.window, 0):
            key = (r.group, b, admin_key(r.place))
            for j in blocks[key]:
                if (forest.find(i) != forest.find(j)
                        and windows_overlap(r.window, refs[j].window, 0)
                        and parties_compatible(r.event, refs[j].event)):
                    forest.union(i, j)
            blocks[key].append(i)


def _site_fits(a: EventRef, b: EventRef, slack_days: int) -> bool:
    """Two reports of one site: kinds and names agree, dates (when both known) overlap within
    the slack, parties are not disjoint, and located sites lie within reach."""
    if a.group != b.group or not sites_match(a.site, b.site):
        return False
    if a.window is not None and b.window is not None and not windows_overlap(
            a.window, b.window, slack_days):
        return False
    if not parties_compatible(a.event, b.event):
        return False
    return not (is_fine(a.place) and is_fine(b.place)) or within_reach(a.place, b.place)


def _join_sites(refs: list[EventRef], forest: _Forest) -> None:
    """Pass 1a, the strongest key: dated reports of one named site join within
    INCIDENT_MAX_DAYS; an undated one joins when exactly one incident at that site fits it,
    and takes its date from it (`date_inherited`). Blocked by (type group, kind, name word)."""
    index: dict[tuple, list[int]] = defaultdict(list)
    named = [i for i, r in enumerate(refs) if r.site is not None]
    for i in [i for i in named if refs[i].window is not None]:
        r = refs[i]
        for j in {j for w in r.site[1] for j in index[(r.group, r.site[0], w)]}:
            if forest.find(i) != forest.find(j) and _site_fits(r, refs[j], INCIDENT_MAX_DAYS):
                forest.union(i, j)
        for w in r.site[1]:
            index[(r.group, r.site[0], w)].append(i)
    for i in [i for i in named if refs[i].window is None]:
        r = refs[i]
        roots = {forest.find(j) for w in r.site[1] for j in index[(r.group, r.site[0], w)]
                 if _site_fits(r, refs[j], 0)}
        if len(roots) == 1:
            forest.union(i, roots.pop())
            r.date_inherited = True
    _follow_in_article(refs, forest)


def _follow_in_article(refs: list[EventRef], forest: _Forest) -> None:
    """An undated article that one of its reports tied to an incident is about that incident:
    its other undated events of the same type group, at their own place within reach of the
    tied one, join it too (and inherit its date), unless they already joined another."""
    tied: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(refs):
        if r.date_inherited and is_fine(r.place):
            tied[r.article_id].append(i)
    if not tied:
        return
    sizes = Counter(forest.find(i) for i in range(len(refs)))
    for i, r in enumerate(refs):
        if r.window is not None or r.date_inherited or r.article_id not in tied \
                or not is_fine(r.place) or r.inferred == "article" or sizes[forest.find(i)] > 1:
            continue
        roots = {forest.find(j) for j in tied[r.article_id]
                 if refs[j].group == r.group and within_reach(r.place, refs[j].place)}
        if len(roots) == 1:
            forest.union(i, roots.pop())
            r.date_inherited = True


def _fits_clues(clues: tuple[set[tuple[int, int]], set[int]], day: date | None) -> bool:
    """An incident's main day is one an undated report's text names: its month and day ("a
    January 14 missile attack"), or, with no month-day given, its weekday ("early Thursday")."""
    if day is None or not (clues[0] or clues[1]):
        return False
    return (day.month, day.day) in clues[0] or (not clues[0] and day.weekday() in clues[1])


def _main_days(refs: list[EventRef], forest: _Forest) -> dict[int, date]:
    """Incident root -> the day most of its tightly dated reports give (its earliest on a tie):
    a weekday clue must fit the strike the incident is about, not a report of the day before."""
    days: dict[int, Counter] = defaultdict(Counter)
    for r_i, r in enumerate(refs):
        if r.window is not None and is_tight(r):
            days[forest.find(r_i)][r.window[0]] += 1
    return {root: max(sorted(c), key=lambda d: c[d]) for root, c in days.items()}


def _join_undated(refs: list[EventRef], forest: _Forest) -> None:
    """Pass 5: an event no report of its own dates (no date, no publication date) joins the one
    dated incident of its type group within reach that its text's calendar clues fit (a month
    and day, a weekday), or, at a place of its own, whose attacker, target and kind of victims
    it names alike (evidence.parties_agree), and is marked `date_inherited`; one that fits
    several, or none, stays alone."""
    dated: dict[tuple, list[int]] = defaultdict(list)
    for i, r in enumerate(refs):
        if r.window is not None and is_fine(r.place):
            dated[(r.group, *grid_cell(r.place))].append(i)
    main = _main_days(refs, forest)
    for i, r in enumerate(refs):
        if r.window is not None or r.date_inherited or r.site or not is_fine(r.place):
            continue  # a report naming a site had its chance in the site pass
        clues = calendar_clues(r.event.get("sentence") or "")
        roots = {forest.find(j) for cell in near_cells(r.place)
                 for j in dated.get((r.group, *cell), ())
                 if within_reach(r.place, refs[j].place)
                 and parties_compatible(r.event, refs[j].event)
                 and (_fits_clues(clues, main.get(forest.find(j))) or r.inferred != "article"
                      and parties_agree(r.event, refs[j].event))}
        if len(roots) == 1:
            forest.union(i, roots.pop())
            r.date_inherited = True
    _follow_in_article(refs, forest)


def _follow_in_article(refs: list[EventRef], forest: _Forest) -> None:
    """An undated article that one of its reports tied to an incident is about that incident:
    its other undated events of the same type group, at their own place within reach of the
    tied one, join it too (and inherit its date), unless they already joined another."""
    tied: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(refs):
        if r.date_inherited and is_fine(r.place):
            tied[r.article_id].append(i)
    if not tied:
        return
    sizes = Counter(forest.find(i) for i in range(len(refs)))
    for i, r in enumerate(refs):
        if r.window is not None or r.date_inherited or r.article_id not in tied \
                or not is_fine(r.place) or r.inferred == "article" or sizes[forest.find(i)] > 1:
            continue
        roots = {forest.find(j) for j in tied[r.article_id]
                 if refs[j].group == r.group and within_reach(r.place, refs[j].place)}
        if len(roots) == 1:
            forest.union(i, roots.pop())
            r.date_inherited = True
