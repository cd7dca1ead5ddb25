"""Which incident a page's toll claims count in, once its reports are clustered.

A toll claim with no event of its own ("Ukraine's security service said 38 people were taken
to hospital": toll_claims.py) is anchored to the report its page told last before it, before
clustering. Where that report was split off the incident the page tells (a village named in
one sentence of a strike the rest of the page places at the town; a report of the dead the
page dates a day off), the toll counted in that stray and never reached the page's incident:
the source's figure was lost from the incident's per-claimant rows.

So, after clustering, a page's toll claims anchored to a report of violence outside the
incident holding most of the page's reports of violence (`main`, the first of them on a tie)
count in that incident, anchored to the page's first report there, where the anchor's
incident is no better attested: it holds no more pages than the page's incident, and no more
of the page's reports. A toll stays with its anchor where that report tells another occurrence
by what it states itself: a day of its own that the page's incident's reports do not span
(slack of `anchor_max_days`), or a place of its own (not inherited from the page) in another
first-level area than every one the page's incident's reports are placed in.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from .grid import windows_overlap
from .incidents import EventRef, admin_key, casualty_group, settings


def rehomed(clusters: list[list[EventRef]]) -> list[list[EventRef]]:
    """The clusters with the page's toll claims of stray reports moved to its main incident."""
    violent = casualty_group()[0]
    told: dict[str, dict[int, list[EventRef]]] = defaultdict(lambda: defaultdict(list))
    for k, members in enumerate(clusters):
        for r in members:
            if not r.background and r.group == violent:
                told[r.article_id][k].append(r)
    pages = [len({r.article_id for r in members}) for members in clusters]
    main = {art: max(by, key=lambda k: (len(by[k]), -min(r.order for r in by[k])))
            for art, by in told.items()}
    moved: dict[tuple[int, str], list[EventRef]] = defaultdict(list)
    out: list[list[EventRef]] = []
    for k, members in enumerate(clusters):
        kept = []
        for r in members:
            home = main.get(r.article_id)
            if r.tolls and home is not None and home != k and pages[home] >= pages[k] \
                    and len(told[r.article_id][home]) >= len(told[r.article_id].get(k, ())) \
                    and not _elsewhere(r, told[r.article_id][home]):
                moved[home, r.article_id].extend(r.tolls)
                r = replace(r, tolls=())
            kept.append(r)
        out.append(kept)
    for (k, art), tolls in moved.items():
        host = min(told[art][k], key=lambda r: r.order).event_id
        out[k] = [replace(r, tolls=(*r.tolls, *tolls)) if r.event_id == host else r
                  for r in out[k]]
    return out


def _elsewhere(anchor: EventRef, reports: Sequence[EventRef]) -> bool:
    """The anchor tells an occurrence apart from the page's `reports` by what it states: its
    own day outside all their windows, or its own place in a first-level area none of them
    is in."""
    if anchor.event.get("date") and not anchor.date_inherited and anchor.window \
            and not any(r.window and windows_overlap(anchor.window, r.window,
                                                     settings()["anchor_max_days"])
                        for r in reports):
        return True
    area = admin_key(anchor.place) if anchor.inferred is None else None
    areas = {a for r in reports if (a := admin_key(r.place))}
    return area is not None and bool(areas) and area not in areas
