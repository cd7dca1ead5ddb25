"""A page's arrests, protest and clash of one town and day are one occurrence (cluster.py's
last pass).

Reports of one unrest split by type: "243 people were injured in the clashes" (FIGHT) and
"516 people were arrested" (SEIZE), or "police dispersed the march" (COERCE) and "protesters
rallied" (PROTEST), are told apart by their verbs, and the type groups cluster them into
separate incidents. When one page states a violent report and one of another type group the
reconcile pack pairs with it (`day_scene_groups`) at the same town or site on the same known
day, with no parties that rule it out, it tells one scene: the two incidents join. Only a
page's own sentences link them (no other page's day or town), and only a day to the day and
a place known to the town: a province, a week or a page's main town says too little.
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache

from ..packs import load_pack, require
from .evidence import parties_compatible
from .grid import Forest, within_reach
from .incidents import EventRef, casualty_group, is_fine


@cache
def scene_groups() -> frozenset[str]:
    """The type groups whose reports join a violent one of their page's town and day."""
    pack = load_pack("reconcile")
    return frozenset(require(pack, "reconcile", "day_scene_groups", list))


def _scene_key(r: EventRef) -> tuple | None:
    """(page, place, day) of a report placed at a town or site and dated to one day by its
    own sentence or paragraph ("He said 516 people were arrested" after the clash's sentence
    of the day); None for anything coarser, recalled or given only its page's main town."""
    if r.background or r.inferred == "article" or not is_fine(r.place) or r.window is None \
            or r.window[0] != r.window[1]:
        return None
    place = r.place or {}
    where = place.get("geonames_id") or (place.get("name"), place.get("within"))
    return r.article_id, where, r.window[0]


def join_day_scenes(refs: list[EventRef], forest: Forest) -> None:
    """Join each report of a scene group to the violent reports of its page at its town on its
    day, when exactly one incident holds those and their parties fit (module docstring)."""
    violent, others = casualty_group()[0], scene_groups()
    by_key: dict[tuple, list[int]] = defaultdict(list)
    for i, r in enumerate(refs):
        if r.group == violent or r.group in others:
            key = _scene_key(r)
            if key is not None:
                by_key[key].append(i)
    first = [forest.find(i) for i in range(len(refs))]  # the incidents before this pass
    members: dict[int, list[int]] = defaultdict(list)
    for i, root in enumerate(first):
        members[root].append(i)
    for idx in by_key.values():
        fights = [i for i in idx if refs[i].group == violent]
        roots = {forest.find(i) for i in fights}
        if len(roots) != 1:
            continue  # no violence that day there, or several occurrences of it
        for i in idx:
            if refs[i].group != violent and forest.find(i) not in roots and all(
                    parties_compatible(refs[i].event, refs[j].event) for j in fights) \
                    and _of_scene(refs[i], [refs[j] for j in members[first[i]]]):
                forest.union(i, fights[0])


def _of_scene(r: EventRef, incident: list[EventRef]) -> bool:
    """Whether every report of `r`'s incident lies at `r`'s town or within reach of it and
    on `r`'s day: an incident that also holds a report of no place or no day (joined by its
    page's wording, or a province's) says more than that scene does, and stays apart."""
    day = r.window[0]  # a scene report has one day (`_scene_key`)
    return all(m.place is not None and is_fine(m.place) and within_reach(r.place, m.place)
               and m.window is not None and m.window[0] <= day <= m.window[1]
               for m in incident)
