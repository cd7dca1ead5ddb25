"""An incident no report places joins the placed incident it is half of (pass 8 of cluster.py).

Pages that tell one killing often give its place in one sentence ("in the Dahuk region") and
its toll in others that name no place ("13 captives were killed"), and the operation around
it in a third. The placed reports then form one incident, the unplaced ones of the same pages
another, and every later pass indexes candidates by place, so the unplaced half is never
offered to anything. Two incidents of one type group that share two pages or more, whose days
overlap, one placed and the other placed nowhere, and that hold the same toll of the same
victims (evidence.near_toll) told by no opposed parties are one story told twice: the unplaced
one joins the placed one, when it is the only placed incident that fits. An incident is placed
when one of its dated reports is placed at a province or finer; reports of no date placed at a
country (background to the story) do not place it.
"""

from __future__ import annotations

from collections import defaultdict

from .evidence import near_toll, parties_compatible
from .grid import Forest, windows_overlap
from .incidents import EventRef, admin_key, settings

#: Pages two incidents must share before their tolls are compared.
MIN_SHARED_PAGES = 2


def join_placed_halves(refs: list[EventRef], forest: Forest) -> None:
    """Join each unplaced incident to the one placed incident that is its other half."""
    members = forest.members()
    by_page: dict[str, set[int]] = defaultdict(set)
    for root, idx in members.items():
        for i in idx:
            by_page[refs[i].article_id].add(root)
    least = settings()["undated_toll_min"]
    for root, idx in list(members.items()):
        if any(_dated_area(refs[i]) for i in idx):
            continue
        pages = {refs[i].article_id for i in idx}
        if len(pages) < MIN_SHARED_PAGES:
            continue
        shared: dict[int, set[str]] = defaultdict(set)
        for page in pages:
            for other in by_page[page]:
                if other != root:
                    shared[other].add(page)
        fits = [other for other, common in shared.items()
                if len(common) >= MIN_SHARED_PAGES
                and _halves(idx, members[other], refs, least)]
        if len(fits) == 1:
            forest.union(root, fits[0])


def _dated_area(r: EventRef) -> tuple[str, str] | None:
    """The province of a dated report placed at one (or finer): what places an incident."""
    return admin_key(r.place) if r.window is not None else None


def _halves(a: list[int], b: list[int], refs: list[EventRef], least: int) -> bool:
    """Whether `a` (unplaced) and `b` (placed) tell one occurrence: one type group, the
    placed one's country among those `a` names (if any), days that overlap, no opposed
    parties, and a shared toll of the same victims (`least` or more)."""
    ra, rb = [refs[i] for i in a], [refs[i] for i in b]
    areas = {_dated_area(r) for r in rb} - {None}
    if not areas or {r.group for r in ra} != {r.group for r in rb}:
        return False
    countries = {(r.place or {}).get("country") for r in ra} - {None}
    if countries and not countries & {c for c, _ in areas}:
        return False
    wa = [r.window for r in ra if r.window is not None]
    wb = [r.window for r in rb if r.window is not None]
    if not wa or not wb or not any(windows_overlap(x, y, 0) for x in wa for y in wb):
        return False
    if not all(parties_compatible(x.event, y.event) for x in ra for y in rb):
        return False
    return any(near_toll(x.event, y.event, least) for x in ra for y in rb)
