"""Space and time for clustering: date windows, grid cells, reach, and the union-find forest.

Shared by the clustering passes (cluster.py), the late joins of sites and undated reports
(late.py) and incremental updates (update.py), so that each blocks and compares events alike.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import date, timedelta

from ..config import INCIDENT_MAX_KM
from ..geodesy import distance_km
from .incidents import EventRef, settings


def windows_overlap(a: tuple[date, date], b: tuple[date, date], slack_days: int) -> bool:
    slack = timedelta(days=slack_days)
    return a[0] <= b[1] + slack and b[0] <= a[1] + slack


def is_tight(r: EventRef) -> bool:
    """A window of at most `anchor_max_days` days (1: the day is known)."""
    return r.window is not None and (
        (r.window[1] - r.window[0]).days + 1 <= settings()["anchor_max_days"])


def within_reach(pa: dict, pb: dict) -> bool:
    """Two located places close enough to be one occurrence's (INCIDENT_MAX_KM)."""
    return distance_km((pa["lat"], pa["lon"]), (pb["lat"], pb["lon"])) <= INCIDENT_MAX_KM


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


class Forest:
    """Union-find over event indices, with the size of each tree (how many reports an
    incident holds so far), kept as trees join rather than counted over every event."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))
        self._size = [1] * n

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        ri, rj = self.find(i), self.find(j)
        if ri != rj:
            self.parent[ri] = rj
            self._size[rj] += self._size[ri]

    def size(self, i: int) -> int:
        """How many indices share i's tree."""
        return self._size[self.find(i)]

    def members(self) -> defaultdict[int, list[int]]:
        """Each tree's root -> its indices in order: the incidents as they stand, which the
        late passes read before they join any (a missing root reads as no members)."""
        out: defaultdict[int, list[int]] = defaultdict(list)
        for i in range(len(self.parent)):
            out[self.find(i)].append(i)
        return out
