"""Reports of one named military operation join across places (pass 1b of cluster.py)."""

from __future__ import annotations

from collections import defaultdict

from ..config import INCIDENT_MAX_DAYS
from .grid import Forest, windows_overlap
from .incidents import EventRef


def join_operations(refs: list[EventRef], forest: Forest) -> None:
    """Reports of one named operation and type group join when their windows lie within
    INCIDENT_MAX_DAYS; an undated report joins when its operation has exactly one incident."""
    by_key: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, r in enumerate(refs):
        if r.operation:
            by_key[(r.group, r.operation)].append(i)
    for idx in by_key.values():
        if len({refs[i].article_id for i in idx}) < 2:
            continue  # one article's reports: pass 0 already read them
        dated = sorted((i for i in idx if refs[i].window is not None),
                       key=lambda i: refs[i].window[0])  # type: ignore[index]
        for a, b in zip(dated, dated[1:], strict=False):
            if windows_overlap(refs[a].window, refs[b].window, INCIDENT_MAX_DAYS):
                forest.union(a, b)
        roots = {forest.find(i) for i in dated}
        for i in (i for i in idx if refs[i].window is None):
            if len(roots) == 1:
                forest.union(i, next(iter(roots)))
                refs[i].date_inherited = True
