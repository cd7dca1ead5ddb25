"""An incident that shares a page with a larger one of the same story joins it (pass 12 of
cluster.py).

Reports of one unrest or raid end up in two incidents when one page tells it in two ways the
passes before keep apart: "a raid involving U.S. troops in Somalia" on the day of the raid
(placed at the country only) beside the farm near a town the other pages name; "the unrest in
the Karakalpakstan region" (the province) beside the clashes in its capital (where its towns
are the story's); "a protest triggered by a rise in fuel prices in Almaty" (PROTEST) beside
the toll of the riots in Almaty (ASSAULT). The page that tells both links them, and a page
that tells only the first way stays out of the story the other pages tell.

An incident X joins an incident Y of the violent group when they share a page and X holds a
page Y does not (what joins is a page left out of the story, not more of a page's own
reports: pass 9 reads those), Y is told by two pages or more and by no fewer than X, days
X's sentences give overlap (no slack) those Y's give (or, when none of Y's does, the look-back
before its pages' dates: a half no sentence dates may be any strike of those days), X's
places fit Y's (every town or site of X within reach of one of Y's, every country and
province X names among those of Y), their parties are not opposed, and Y is the only such
incident for X. X is of the violent group, or of a group the reconcile pack pairs with
violence in one unrest (`day_scene_groups`: a protest, its dispersal, its arrests) and then
shares two pages or more with Y: one page telling a march and a crackdown in one city may
tell two occurrences, two pages that both do tell one unrest. A town far from all of Y's
("the massacre in Odesa" on a page that also tells the fighting at Sloviansk that day) keeps
X apart.
"""

from __future__ import annotations

from collections import defaultdict

from .day_scenes import scene_groups
from .evidence import parties_compatible
from .grid import Forest, windows_overlap, within_reach
from .incidents import EventRef, admin_key, casualty_group, is_fine

#: Pages an incident of a scene group (a protest, its dispersal, its arrests) must share with
#: the violent incident it joins.
SCENE_SHARED_PAGES = 2


def join_shared_pages(refs: list[EventRef], forest: Forest) -> None:
    """Join each incident to the one larger violent incident of its story it shares a page
    with (module docstring)."""
    violent, scenes = casualty_group()[0], scene_groups()
    members = {root: [i for i in idx if not refs[i].background]
               for root, idx in forest.members().items()}
    members = {root: idx for root, idx in members.items() if idx}
    pages = {root: {refs[i].article_id for i in idx} for root, idx in members.items()}
    by_page: dict[str, set[int]] = defaultdict(set)
    for root, arts in pages.items():
        for page in arts:
            by_page[page].add(root)
    joins: list[tuple[int, int]] = []
    for root, idx in members.items():
        groups = {refs[i].group for i in idx}
        if len(groups) != 1 or not groups <= {violent} | scenes:
            continue
        least = 1 if groups == {violent} else SCENE_SHARED_PAGES
        fits = [other for other in set().union(*(by_page[p] for p in pages[root])) - {root}
                if len(pages[other]) >= max(2, len(pages[root]))
                and pages[root] - pages[other]
                and len(pages[other] & pages[root]) >= least
                and all(refs[j].group == violent for j in members[other])
                and _same_story(idx, members[other], refs)]
        if len(fits) == 1:
            joins.append((root, fits[0]))
    joining = {root for root, _ in joins}
    for root, other in joins:  # decided on the incidents as they were before this pass; one
        if other not in joining:  # that joins another is no incident to join (no chains)
            forest.union(root, other)


def _same_story(a: list[int], b: list[int], refs: list[EventRef]) -> bool:
    """Whether incident `a` fits incident `b`: the days the text of `a`'s reports gives
    (`_told`) overlap those of `b`'s, or, where no sentence dates `b`, its pages' look-back (a
    half no sentence dates may be any strike of those days); `a`'s towns lie within reach of
    `b`'s, its countries and provinces are among `b`'s, and no parties are opposed."""
    ra, rb = [refs[i] for i in a], [refs[i] for i in b]
    wa, wb = _told(ra), _told(rb) or [r.window for r in rb if r.window is not None]
    if not wa or not wb or not any(windows_overlap(x, y, 0) for x in wa for y in wb):
        return False
    fine_b = [r.place for r in rb if is_fine(r.place)]
    if not fine_b:
        return False
    if not all(any(within_reach(r.place, p) for p in fine_b) for r in ra if is_fine(r.place)):
        return False
    countries = {(r.place or {}).get("country") for r in rb} - {None}
    if not {(r.place or {}).get("country") for r in ra} - {None} <= countries:
        return False
    areas = {admin_key(r.place) for r in rb} - {None}
    if not {admin_key(r.place) for r in ra if not is_fine(r.place)} - {None} <= areas:
        return False
    return all(parties_compatible(x.event, y.event) for x in ra for y in rb)


def _told(reports: list[EventRef]) -> list[tuple]:
    """The windows of the reports whose text gives their days (their own date, or one they
    took from the incident they joined), not the look-back before their pages' dates."""
    return [r.window for r in reports
            if r.window is not None and (r.event.get("date") or r.date_inherited)]
