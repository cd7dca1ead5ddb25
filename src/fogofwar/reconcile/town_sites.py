"""Sites named after their town: "the Kunduz hospital" is also "the MSF hospital in Kunduz".

A site's name is read without its kind word, so "a hospital in Kunduz" is the site {kunduz} and
"the Doctors Without Borders hospital in Kunduz" the site {doctors, borders}: their words share
nothing, and the site pass (site_joins.join_sites) keeps them apart, though the first only names the
hospital by the town it stands in. A report that names a site by its town alone says which town
and which kind of site, no more; every site of that kind in that town fits it.

So an incident holding a report dated to the day at a site named only by its town joins an
incident holding a report at another site of the same kind located in that town, when their
dated reports' windows overlap with no slack and their parties are not disjoint, and exactly one
incident qualifies each way. The joined incident's undated reports take the day (they are
marked `date_inherited` by the pass that tied them, or here when still undated).

A site no text located ("the Medecins Sans Frontieres-operated hospital", on a page that
names Kunduz only as the province) says its kind and, by its page, the provinces it may lie
in. An undated report there joins the one incident holding a report dated to the day at a
located site of that kind in one of its page's provinces, when the day its own sentence or
its page's lead names ("Saturday morning") fits that report's day (site_days.clues_deny);
with no day named, or several incidents that fit, it stays alone.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from .evidence import parties_compatible
from .grid import Forest, is_tight, windows_overlap
from .incidents import EventRef, admin_key
from .placenames import family_key
from .site_days import clues_deny, report_clues

#: (type group, site kind, town key)
TownKind = tuple[str, str, str]


def town_of(r: EventRef) -> str | None:
    """The family key of the town a site report's place was located in, else None."""
    town = (r.place or {}).get("within") if r.site is not None else None
    return family_key(town) if town else None


def named_by_town(r: EventRef) -> bool:
    """Whether a site report names its site by its town alone ("a hospital in Kunduz")."""
    town = town_of(r)
    return bool(town) and r.site is not None and r.site[1] == frozenset({town})


def join_town_named_sites(refs: list[EventRef], forest: Forest) -> None:
    """Join each incident holding a tightly dated report at a site named after its town with
    the one incident holding a report at another site of that kind in that town (see the
    module docstring)."""
    named: dict[TownKind, set[int]] = defaultdict(set)   # roots with a town-named, dated site
    other: dict[TownKind, set[int]] = defaultdict(set)   # roots with a site of another name
    for i, r in enumerate(refs):
        town = town_of(r)
        if town is None:
            continue
        key = (r.group, r.site[0], town)  # type: ignore[index]
        if named_by_town(r):
            if r.window is not None and is_tight(r) and not r.background:
                named[key].add(forest.find(i))
        else:
            other[key].add(forest.find(i))
    if not named:
        return
    windows, members = _windows_and_members(refs, forest)
    pairs: dict[int, set[int]] = defaultdict(set)
    for key, roots in named.items():
        for a in roots:
            for b in other.get(key, ()):
                if a != b and _fits(a, b, windows, members, refs):
                    pairs[b].add(a)
    for b, roots in pairs.items():
        if len(roots) != 1:
            continue  # two dated incidents at that kind of site in that town: which is unsaid
        a = next(iter(roots))
        if sum(1 for x in pairs.values() if a in x) != 1:
            continue
        for i in members[b]:
            if refs[i].window is None:
                refs[i].date_inherited = True
        forest.union(a, b)


def _windows_and_members(refs: list[EventRef], forest: Forest
                         ) -> tuple[dict[int, list[tuple[date, date]]], dict[int, list[int]]]:
    windows: dict[int, list[tuple[date, date]]] = defaultdict(list)
    members: dict[int, list[int]] = defaultdict(list)
    for i, r in enumerate(refs):
        root = forest.find(i)
        members[root].append(i)
        if r.window is not None and not r.date_inherited and not r.background:
            windows[root].append(r.window)
    return windows, members


def _fits(a: int, b: int, windows: dict[int, list[tuple[date, date]]],
          members: dict[int, list[int]], refs: list[EventRef]) -> bool:
    """Incident b's dated reports all overlap incident a's (no slack), and some have a date;
    no pair of their site reports names disjoint parties."""
    wa, wb = windows.get(a, []), windows.get(b, [])
    if not wa or not wb or not all(any(windows_overlap(x, y, 0) for x in wa) for y in wb):
        return False
    sa = [refs[i] for i in members[a] if refs[i].site is not None]
    sb = [refs[i] for i in members[b] if refs[i].site is not None]
    return all(parties_compatible(x.event, y.event) for x in sa for y in sb)


def join_unplaced_sites(refs: list[EventRef], forest: Forest) -> None:
    """Undated reports at a site no text located join the one incident holding a tightly
    dated report at a located site of that kind in one of their page's provinces, on a day
    their text names (see the module docstring); marked `date_inherited`."""
    located: dict[tuple, list[int]] = defaultdict(list)  # (group, kind, area) -> dated reports
    for j, d in enumerate(refs):
        if d.site is not None and is_tight(d) and not d.background and d.window is not None \
                and (d.place or {}).get("lat") is not None and admin_key(d.place):
            located[(d.group, d.site[0], admin_key(d.place))].append(j)
    if not located:
        return
    for i, r in enumerate(refs):
        if r.site is None or r.window is not None or r.date_inherited or r.background \
                or (r.place or {}).get("lat") is not None:
            continue
        clues = report_clues(r)
        if not (clues[0] or clues[1]):
            continue
        roots = {forest.find(j) for area in r.areas
                 for j in located.get((r.group, r.site[0], area), ())
                 if parties_compatible(r.event, refs[j].event)
                 and not clues_deny(clues, refs[j].window)}
        if len(roots) == 1:
            forest.union(i, roots.pop())
            r.date_inherited = True
