"""Reports of one named military operation join across places (pass 1b of cluster.py)."""

from __future__ import annotations

from collections import defaultdict

from ..config import INCIDENT_MAX_DAYS
from .grid import Forest, windows_overlap
from .incidents import EventRef


def join_operations(refs: list[EventRef], forest: Forest) -> None:
    """Reports of one named operation and type group join when their windows lie within
    INCIDENT_MAX_DAYS; an undated report joins its operation's one incident, or the one more
    articles tell than any other."""
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
        root = _main_root(dated, refs, forest)
        for i in (i for i in idx if refs[i].window is None):
            if root is not None:
                forest.union(i, root)
                refs[i].date_inherited = True


def _main_root(dated: list[int], refs: list[EventRef], forest: Forest) -> int | None:
    """The incident an undated report of the name joins: the only one, else the one told by
    more articles than any other (a page's background act dated months apart, "arrived three
    months before the massacre", is a second incident of the name told by one page)."""
    pages: dict[int, set[str]] = defaultdict(set)
    for i in dated:
        pages[forest.find(i)].add(refs[i].article_id)
    ranked = sorted(pages, key=lambda r: len(pages[r]), reverse=True)
    if not ranked or (len(ranked) > 1 and len(pages[ranked[0]]) <= len(pages[ranked[1]])):
        return None
    return ranked[0]
