"""Sites named after the village they stand in (late.join_villages, pass 7).

A village no gazetteer knows is read at its province ("Manda Bay", in Lamu: sites.village_key),
and a facility named after it ("the Manda Bay airfield") is a site of its own with no place
the gazetteer gives: the two keys never meet, and one article's reports of one attack, some
placed at the village and some at the airfield, fell into two incidents.
"""

from __future__ import annotations

from collections import defaultdict

from .evidence import parties_compatible
from .grid import Forest, windows_overlap
from .incidents import EventRef, admin_key


def join_sites_of_villages(refs: list[EventRef], forest: Forest, keys: dict[int, tuple]) -> None:
    """A site named after its village ("the Manda Bay airfield" beside reports at "Manda Bay",
    a village read at its province) is there: a dated report at the site joins the dated
    reports at the village whose windows overlap with no slack, when the site's name holds
    every word of the village's, the site lies in no other province and parties agree."""
    index: dict[tuple, list[int]] = defaultdict(list)
    for i, r in enumerate(refs):
        if r.site is not None and r.window is not None and i not in keys:
            for w in r.site[1]:
                index[(r.group, w)].append(i)
    for i in (i for i in keys if refs[i].window is not None):
        r, words = refs[i], keys[i][1]
        for j in {j for w in words for j in index[(r.group, w)]}:
            b = refs[j]
            if forest.find(i) != forest.find(j) and words <= b.site[1] \
                    and admin_key(b.place) in (None, admin_key(r.place)) \
                    and windows_overlap(r.window, b.window, 0) \
                    and parties_compatible(r.event, b.event):
                forest.union(i, j)
