"""Cluster EventRefs into incidents, respecting how precisely each place and date is known.

The rule, in three passes:

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

Country-level and placeless events join nothing. Candidate pairs come only from blocks (type
group x date bucket x lat/lon cell, or x admin area), so the work grows with the number of
events times the block size, not with the square of the corpus.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import date, timedelta

from ..config import INCIDENT_MAX_DAYS, INCIDENT_MAX_KM
from .incidents import EventRef, admin_key, haversine_km, is_fine, settings


def windows_overlap(a: tuple[date, date], b: tuple[date, date], slack_days: int) -> bool:
    slack = timedelta(days=slack_days)
    return a[0] <= b[1] + slack and b[0] <= a[1] + slack


def is_tight(r: EventRef) -> bool:
    """A window of at most `anchor_max_days` days (1: the day is known)."""
    return r.window is not None and (
        (r.window[1] - r.window[0]).days + 1 <= settings()["anchor_max_days"])


def is_anchor(r: EventRef) -> bool:
    return is_fine(r.place) and is_tight(r)


def parties_compatible(a: dict, b: dict) -> bool:
    """False only when both events name both parties and the pairs share no side."""
    sa = {(a.get(k) or {}).get("side") for k in ("actor", "target")}
    sb = {(b.get(k) or {}).get("side") for k in ("actor", "target")}
    if None in sa or None in sb:
        return True
    return bool(sa & sb)


def anchors_join(a: EventRef, b: EventRef) -> bool:
    if a.group != b.group or not windows_overlap(a.window, b.window, INCIDENT_MAX_DAYS):
        return False
    if not parties_compatible(a.event, b.event):
        return False
    pa, pb = a.place, b.place
    return haversine_km((pa["lat"], pa["lon"]), (pb["lat"], pb["lon"])) <= INCIDENT_MAX_KM


def buckets(window: tuple[date, date], slack_days: int) -> range:
    size, slack = settings()["bucket_days"], timedelta(days=slack_days)
    return range((window[0] - slack).toordinal() // size,
                 (window[1] + slack).toordinal() // size + 1)


def _cell(place: dict) -> tuple[int, int]:
    size = float(settings()["cell_degrees"])
    return int(place["lat"] // size), int(place["lon"] // size)


def _near_cells(place: dict) -> Iterator[tuple[int, int]]:
    cx, cy = _cell(place)
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
            for cell in _near_cells(r.place):
                for j in blocks.get((*key, *cell), ()):
                    if forest.find(i) != forest.find(j) and anchors_join(r, refs[j]):
                        forest.union(i, j)
            blocks[(*key, *_cell(r.place))].append(i)
    return blocks


def _candidates(r: EventRef, refs: list[EventRef], spatial: dict, by_area: dict) -> Iterator[int]:
    for b in buckets(r.window, 0):
        if is_fine(r.place):
            for cell in _near_cells(r.place):
                yield from spatial.get((r.group, b, *cell), ())
        else:
            yield from by_area.get((r.group, b, admin_key(r.place)), ())


def _loose_fits(r: EventRef, a: EventRef) -> bool:
    if not windows_overlap(r.window, a.window, 0) or not parties_compatible(r.event, a.event):
        return False
    if is_fine(r.place):
        pr, pa = r.place, a.place
        return haversine_km((pr["lat"], pr["lon"]), (pa["lat"], pa["lon"])) <= INCIDENT_MAX_KM
    return admin_key(r.place) == admin_key(a.place)


def cluster(refs: list[EventRef]) -> list[list[EventRef]]:
    """Partition refs into incidents by the three-pass rule in the module docstring."""
    forest = _Forest(len(refs))
    usable = [i for i, r in enumerate(refs) if r.window is not None and admin_key(r.place)]
    anchors = [i for i in usable if is_anchor(refs[i])]
    spatial = _join_anchors(refs, anchors, forest)
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
    _join_coarse(refs, leftovers, forest)
    groups: dict[int, list[EventRef]] = defaultdict(list)
    for i, r in enumerate(refs):
        groups[forest.find(i)].append(r)
    return list(groups.values())


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
