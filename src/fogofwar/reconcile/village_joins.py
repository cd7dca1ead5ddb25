"""Pass 7, after every other: reports at one village no gazetteer knows join.

It comes last (cluster.py) so that the joins the passes before made by province, day or
wording stand; only then are reports read at a village known by its province alone.
"""

from __future__ import annotations

from collections import defaultdict

from .article_follow import follow_in_article
from .evidence import parties_compatible
from .grid import Forest, windows_overlap
from .incidents import EventRef, admin_key
from .sites import sites_match, village_key
from .village_sites import join_sites_of_villages


def join_villages(refs: list[EventRef], forest: Forest) -> None:
    """Pass 7, after every other: reports at one village no gazetteer knows, read at its province
    (sites.village_key: "Kishishe" in North Kivu). Dated ones whose windows overlap (no slack)
    join, though each report's own dates (a statement of Monday, a toll of Thursday) left them
    in two incidents; an undated one then joins the one incident holding dated reports of that
    village that fit it, and takes its date (`date_inherited`); not one whose village is only
    its article's focus (`_undated_placed`). Same type group, province and compatible parties
    throughout; two incidents that fit leave it alone. It comes last so that the reports the
    passes before read by their province, day or wording keep the joins they made; its
    article's other undated reports there follow (`follow_in_article`)."""
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
        roots = {forest.find(j) for w in keys[i][1] for j in index[(r.group, w)]
                 if _village_fits(r, keys[i], refs[j], keys[j])}
        if len(roots) == 1:
            forest.union(i, roots.pop())
            r.date_inherited = True
    follow_in_article(refs, forest)


def _village_fits(a: EventRef, ka: tuple, b: EventRef, kb: tuple) -> bool:
    """Two reports of one village: names agree, one province, dates (when both known) overlap
    with no slack, parties not disjoint."""
    if a.group != b.group or not sites_match(ka, kb) or admin_key(a.place) != admin_key(b.place):
        return False
    if a.window is not None and b.window is not None and not windows_overlap(
            a.window, b.window, 0):
        return False
    return parties_compatible(a.event, b.event)
