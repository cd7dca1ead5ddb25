"""Cluster EventRefs into incidents, respecting how precisely each place and date is known.

The rule, in ten passes:

0. **One report, one occurrence.** Events of compatible type that one article tells in the same
   claim or sentence ("115 regime targets have been struck, 101 regime soldiers have been
   neutralized") are one occurrence seen through several verbs, unless their places or dates
   are known and disagree or their parties are disjoint. So are events in one paragraph of one
   article stated at the same place (not the article's focus) on the same known day.
1. **Anchors** are events placed at a town or point with a tight date (window of at most
   `anchor_max_days`). Two anchors of compatible type join when they lie within INCIDENT_MAX_KM,
   their windows overlap within INCIDENT_MAX_DAYS, and their parties are not disjoint.
2. **Loose** events are the rest that have a place at admin1 precision or better and either a
   fine place or a tight date: a bare "Idlib" (governorate) on a known day, or a town with a
   wide date ("last week", or no date at all). A governorate with a wide date says too little
   to join anything. A loose event joins an anchor incident only when exactly one candidate
   exists: same admin area (or within reach, for a town) and a date window that overlaps with
   no slack. Ambiguity leaves it alone: a governorate-wide report is not evidence for one of
   several strikes in it; a town's report with a wide date that fits several within reach
   takes the one at its very town, when one alone is (`_at_own_town`).
3. Loose admin1 events that joined nothing join each other only when both have tight dates that
   overlap exactly, in the same admin area.

4. **Parties as evidence.** An event whose attacker side, target side and victim class are all
   known joins another in the same admin area whose windows overlap and which names the same
   attacker, target and victim class, when exactly one incident qualifies. This lets "a week
   ago, six Turkish troops were killed by Syrian artillery fire" (Idlib, week) join "Syrian
   troops killed five Turkish soldiers in Idlib on Feb. 3" (Idlib, day), while a second
   shelling a week later, whose window overlaps neither, stays apart. Two fine places still
   have to be within reach.

1b. **Operations** (operations.py): reports naming one military operation ("Operation
   Sindoor") join within INCIDENT_MAX_DAYS wherever each places it: a campaign of strikes on
   several towns is one incident.

1a. **Sites** (before anchors, the strongest key): events at one named site (a hospital, a
   station, a prison; see sites.py) join within INCIDENT_MAX_DAYS whatever their precision,
   and an undated one joins the only incident at that site.

5. **Undated** events (no date and no publication date to bound one) join the only dated
   incident of their group within reach that their text's calendar clues fit ("the January
   14 attack", "early Thursday"), whose attacker, target and victims they name alike or, placed
   only at a province, whose toll of one kind of victims they give ("22 soldiers") or, giving
   none, whose target side they name; their date is inherited from it (marked
   `date_inherited`), and their article's other undated reports there follow. A page whose
   reports point at several incidents (or fit several alike) joins the one its wording shares
   most with, clearly ahead, or none (undated_choice.py); a page an earlier pass tied to an
   incident picks none more than a month from it (late.PAGE_DAYS). Pass 1a is in
   site_joins.py, pass 5 in late.py. In pass 1a a site named by its town alone ("a hospital
   in Kunduz") also fits any site of its kind located in that town, and an undated report at
   a site no text located fits a located one of its kind in its page's provinces on the day
   its text names (town_sites.py). Just before pass 5, a page's report of no day placed at a
   province joins the incident all its page's other reports of that type group are in
   (sameday.py).

5a. **Unknown places** (village_sites.py, unknown_places.py): reports placed at no town whose
   sentence or place names a toponym no gazetteer knows and no text puts in a province
   ("another army camp in Mondoro"), keyed by its spelling family and the page's country,
   join when dated with overlapping windows; an undated one joins the one incident holding
   dated reports of that key, and its page's other undated reports at no place follow.

5b. **Country-level** reports dated to the day join the one incident of their country that
   day whose reports, at a town or site, name the same attacker side (country_level.py).

5c. **Undated country-level** reports (country_days.py) of an undated page join the one
   incident of their country whose main day their calendar clues fit and whose reports name
   the side they hit and a near toll of the same victims ("34 Turkish soldiers were killed
   Thursday in Syria" and "33 soldiers" on that Thursday in Idlib).

6. **Wording** (similar.py): an article with no date whose reports still sit alone joins the
   dated incident within reach whose reports read most like it (TF-IDF, clear winner only),
   and so does a report dated to the day but placed only at province or country level, and
   one naming no day on a page dated only to its month, placed at its province, and an
   undated page's country-level report whose count a report of the incident gives too.

6a. **Late pages** (late_pages.py): a report naming no day of its own, on a page published after
   the look-back of an earlier incident of its type group at its very town, site, village
   (read at the same province) or unknown place, joins it when its page refers to the past
   ("last June", "in 2020", a past perfect), that incident (or story of incidents sharing a
   page or days) is the only one there, and the page reads like it clearly ahead of the
   other incidents of its country (date_inherited).

6b. **A page's coarse report of its own day** (sameday.py): a report its sentence dates to the
   day but places at a country or nowhere joins the incident most of its page's town-or-site
   reports of that day are in.

7. **Villages** (village_joins.py): reports at one village no gazetteer knows, read at its province
   ("Kishishe" in North Kivu), join when dated with overlapping windows, and an undated one
   joins the one incident holding dated reports of that village.

8. **Halves** (placed_halves.py): an incident no dated report places at a province joins the
   one placed incident of its type group that shares two pages or more with it, on overlapping
   days, with the same toll of the same victims and no opposed parties.

9. **A page's leftovers** (page_leftovers.py): an incident of one page's reports alone joins
   the one incident of its type group that other pages report too and that page reports,
   when its reports' places and days fit there (placed nowhere or coarser, or within reach).
9b. **Undated pairs** (undated_pairs.py): two pages of no date, each left alone, of one
   country, whose reports give one count of the same victims that is the largest of its
   category on both pages (at least `undated_toll_min`), told by no opposed parties, join
   each other when each is the other's only such page and their wording meets a low floor:
   an incident none of whose pages is dated has no dated report for the passes above.
10. **Learned last chance** (page_linker.py): a page none of whose reports shares an incident
   with another page joins the incident of two pages or more that a logistic regression over
   page-vs-incident evidence (wording, figures, claimants, places, days) scores it to, when
   the score reaches the model's threshold and clearly beats the runner-up's.
11. **A page's scene** (day_scenes.py): a page's arrest, dispersal or protest report at the town
   or site and on the day of its violent report joins that report's incident (the pack's
   `day_scene_groups`): one unrest told by several verbs.
12. **Shared pages** (shared_pages.py): an incident that shares a page with the one larger
   violent incident whose days overlap its own and whose places hold its own joins it (a
   protest, dispersal or arrests incident only when it shares two pages): the page that tells
   both links one story told two ways.


Country-level and placeless events join nothing after pass 0. Candidate pairs come only from
blocks (the article for pass 0; type group x date bucket x lat/lon cell, or x admin area), so
the work grows with the number of events times the block size, not with the square of the
corpus.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from ..config import INCIDENT_MAX_DAYS
from .compact import anchor_keys, keys_join
from .country_days import join_undated_country
from .country_level import join_country_level
from .day_scenes import join_day_scenes
from .evidence import parties_agree, parties_compatible
from .grid import Forest, buckets, grid_cell, is_tight, near_cells, windows_overlap, within_reach
from .incidents import EventRef, admin_key, is_fine
from .late import first_roots, join_undated, same_town
from .late_pages import join_late_pages
from .operation_joins import join_operations
from .page_leftovers import join_page_leftovers
from .page_linker import join_learned
from .placed_halves import join_placed_halves
from .sameday import join_article_day, join_page_province
from .shared_pages import join_shared_pages
from .similar import join_by_text, page_words
from .site_joins import join_sites
from .toll_homes import rehomed
from .undated_pairs import join_undated_pairs
from .village_joins import join_village_towns, join_villages
from .village_sites import join_unknown_places

__all__ = ["buckets", "cluster", "is_anchor", "is_tight"]


def is_anchor(r: EventRef) -> bool:
    """A town or point and a tight date, both the report's own: a place only taken from the
    article's main town never anchors an incident."""
    return is_fine(r.place) and is_tight(r) and r.inferred != "article"


def anchors_join(a: EventRef, b: EventRef) -> bool:
    """Pass 1's pair rule on EventRefs, as written in the module docstring. Pass 1 itself
    decides on compact keys (compact.keys_join), which a property test holds equal to this."""
    if a.group != b.group or not windows_overlap(a.window, b.window, INCIDENT_MAX_DAYS):
        return False
    if not parties_compatible(a.event, b.event):
        return False
    return within_reach(a.place, b.place)


def places_compatible(pa: dict | None, pb: dict | None) -> bool:
    """Whether two places could be where one occurrence happened (unknown fits anything)."""
    if not pa or not pb:
        return True
    if is_fine(pa) and is_fine(pb):
        return within_reach(pa, pb)
    ka, kb = admin_key(pa), admin_key(pb)
    if ka and kb:
        return ka == kb
    return not (pa.get("country") and pb.get("country")) or pa["country"] == pb["country"]


def _place_id(p: dict | None) -> tuple | None:
    return (p.get("geonames_id") or p.get("name"), p.get("precision")) if p else None


def same_occurrence(a: EventRef, b: EventRef) -> bool:
    """Pass 0: two events of one article that report one occurrence (see module docstring)."""
    if a.group != b.group or a.background != b.background \
            or not parties_compatible(a.event, b.event):
        return False  # what a page recalls beside its news is another occurrence
    ca, cb = a.event.get("claim_id"), b.event.get("claim_id")
    same = ca == cb if ca and cb else bool(a.event.get("sentence")) and (
        a.event.get("sentence") == b.event.get("sentence"))  # no claims: the sentence decides
    if same:
        return places_compatible(a.place, b.place) and (
            a.window is None or b.window is None or windows_overlap(a.window, b.window, 0))
    return (a.para is not None and a.para == b.para and "article" not in (a.inferred, b.inferred)
            and a.place is not None and _place_id(a.place) == _place_id(b.place)
            and is_tight(a) and a.window == b.window)


def _join_same_report(refs: list[EventRef], forest: Forest) -> None:
    by_article: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(refs):
        by_article[r.article_id].append(i)
    for idx in by_article.values():
        for n, i in enumerate(idx):
            for j in idx[n + 1:]:
                if forest.find(i) != forest.find(j) and same_occurrence(refs[i], refs[j]):
                    forest.union(i, j)


def _join_anchors(refs: list[EventRef], anchors: list[int], forest: Forest) -> dict:
    """Pass 1; returns the spatial block index of anchors for pass 2. Two incidents that one
    article dates to days apart stay apart (`ArticleDays`)."""
    blocks: dict[tuple, list[int]] = defaultdict(list)
    days = ArticleDays(refs, anchors, forest)
    keys = anchor_keys(refs, anchors)  # anchors_join on compact keys (compact.py)
    for i in anchors:
        r, k = refs[i], keys[i]
        for b in buckets(r.window, INCIDENT_MAX_DAYS):
            key = (r.group, b)
            for cell in near_cells(r.place):
                for j in blocks.get((*key, *cell), ()):
                    if forest.find(i) != forest.find(j) and keys_join(k, keys[j]) \
                            and not days.apart(i, j):
                        days.union(i, j)
            blocks[(*key, *grid_cell(r.place))].append(i)
    return blocks


class ArticleDays:
    """The days each article itself gives the reports an incident holds (its own dates to the
    day, not inherited). An article that tells a strike "on Thursday" and another "on
    Saturday" in one town tells two occurrences, though other reports' dates, a day or two
    off, would chain them: two incidents whose reports from one article lie two or more days
    apart (and none within a day) are not joined in pass 1."""

    def __init__(self, refs: list[EventRef], anchors: list[int], forest: Forest) -> None:
        self.forest = forest
        self.by_root: dict[int, dict[str, set]] = {}
        for i in anchors:
            r = refs[i]
            if r.inferred is None and r.event.get("date_precision") == "day" \
                    and not r.event.get("date_inherited") and r.window is not None:
                days = self.by_root.setdefault(forest.find(i), {})
                days.setdefault(r.article_id, set()).add(r.window[0])

    def apart(self, i: int, j: int) -> bool:
        a = self.by_root.get(self.forest.find(i), {})
        b = self.by_root.get(self.forest.find(j), {})
        if len(a) > len(b):
            a, b = b, a
        return any(not any(abs((x - y).days) < INCIDENT_MAX_DAYS for x in days for y in b[art])
                   for art, days in a.items() if art in b)

    def union(self, i: int, j: int) -> None:
        ri, rj = self.forest.find(i), self.forest.find(j)
        a, b = self.by_root.pop(ri, {}), self.by_root.pop(rj, {})
        if len(a) > len(b):
            a, b = b, a
        for art, days in a.items():
            b.setdefault(art, set()).update(days)
        self.forest.union(i, j)
        if b:
            self.by_root[self.forest.find(i)] = b


def _candidates(r: EventRef, refs: list[EventRef], spatial: dict, by_area: dict) -> Iterator[int]:
    for b in buckets(r.window, 0):
        if is_fine(r.place):
            for cell in near_cells(r.place):
                yield from spatial.get((r.group, b, *cell), ())
        else:
            yield from by_area.get((r.group, b, admin_key(r.place)), ())


def _loose_fits(r: EventRef, a: EventRef) -> bool:
    if not windows_overlap(r.window, a.window, 0) or not parties_compatible(r.event, a.event):
        return False
    if is_fine(r.place):
        return within_reach(r.place, a.place)
    return admin_key(r.place) == admin_key(a.place)


def cluster(refs: list[EventRef]) -> list[list[EventRef]]:
    """Partition refs into incidents by the five-pass rule in the module docstring; a page's
    toll claims anchored to a report split off the incident it tells then count in that
    incident (toll_homes.py)."""
    forest = Forest(len(refs))
    wording = page_words(refs)  # what the wording passes compare pages by, read once
    _join_same_report(refs, forest)
    join_sites(refs, forest)
    join_operations(refs, forest)
    usable = [i for i, r in enumerate(refs) if r.window is not None and admin_key(r.place)]
    anchors = [i for i in usable if is_anchor(refs[i])]
    spatial = _join_anchors(refs, anchors, forest)
    leftovers = _attach_loose(refs, usable, anchors, spatial, forest)
    _join_coarse(refs, leftovers, forest)
    _join_by_parties(refs, usable, forest)
    join_page_province(refs, forest)
    join_village_towns(refs, forest)
    join_undated(refs, forest, wording)
    join_unknown_places(refs, forest)
    join_country_level(refs, forest)
    join_undated_country(refs, forest)
    join_by_text(refs, forest, wording)
    join_late_pages(refs, forest, wording)
    join_article_day(refs, forest)
    join_villages(refs, forest)
    join_placed_halves(refs, forest)
    join_page_leftovers(refs, forest)
    join_undated_pairs(refs, forest, wording)
    join_learned(refs, forest, wording=wording)
    join_day_scenes(refs, forest)
    join_shared_pages(refs, forest)
    groups: dict[int, list[EventRef]] = defaultdict(list)
    for i, r in enumerate(refs):
        groups[forest.find(i)].append(r)
    return rehomed(list(groups.values()))


def _attach_loose(refs: list[EventRef], usable: list[int], anchors: list[int], spatial: dict,
                  forest: Forest) -> list[int]:
    """Pass 2; returns the tight admin1 events that found no anchor, for pass 3."""
    by_area: dict[tuple, list[int]] = defaultdict(list)
    for i in anchors:
        for b in buckets(refs[i].window, 0):
            by_area[(refs[i].group, b, admin_key(refs[i].place))].append(i)
    anchor_set = set(anchors)
    attach: list[tuple[int, int]] = []
    leftovers: list[int] = []
    for i in usable:
        if i in anchor_set or not (is_fine(refs[i].place) or is_tight(refs[i])):
            continue  # a coarse place needs a tight date; a wide date needs a fine place
        fits = [j for j in _candidates(refs[i], refs, spatial, by_area)
                if _loose_fits(refs[i], refs[j])]
        roots = _at_own_town(refs[i], fits, refs, forest)
        if len(roots) == 1:
            attach.append((i, roots.pop()))
        elif not roots and not is_fine(refs[i].place) and is_tight(refs[i]):
            leftovers.append(i)
    for i, root in attach:
        forest.union(i, root)
    return leftovers


def _at_own_town(r: EventRef, fits: list[int], refs: list[EventRef], forest: Forest) -> set[int]:
    """The incidents (roots) a loose report fits; of several, when it is at a town and has a
    wide date, the one alone holding a report at that very town: "the strike in Kramatorsk"
    on a page dated only to January fits the Kramatorsk strike of that month, not also the
    shelling of a town 50 km away that month."""
    roots = {forest.find(j) for j in fits}
    if len(roots) < 2 or not is_fine(r.place) or is_tight(r):
        return roots
    return first_roots((j for j in fits if same_town(r.place, refs[j].place)), forest) or roots


def _party_fits(a: EventRef, b: EventRef) -> bool:
    if not windows_overlap(a.window, b.window, 0) or not parties_agree(a.event, b.event):
        return False
    return not (is_fine(a.place) and is_fine(b.place)) or places_compatible(a.place, b.place)


def _join_by_parties(refs: list[EventRef], usable: list[int], forest: Forest) -> None:
    """Pass 4: join two incidents on agreeing parties and victims when each is the other's
    only candidate (a report that fits two clashes, or a clash two reports fit, joins none)."""
    blocks: dict[tuple, list[int]] = defaultdict(list)
    eligible = [i for i in usable if parties_agree(refs[i].event, refs[i].event)]
    for i in eligible:
        for b in buckets(refs[i].window, 0):
            blocks[(refs[i].group, b, admin_key(refs[i].place))].append(i)
    fits: dict[int, set[int]] = defaultdict(set)
    for i in eligible:
        r, own = refs[i], forest.find(i)
        fits[own] |= {forest.find(j) for b in buckets(r.window, 0)
                      for j in blocks[(r.group, b, admin_key(r.place))]
                      if forest.find(j) != own and _party_fits(r, refs[j])}
    for root, other in [(a, next(iter(c))) for a, c in fits.items() if len(c) == 1]:
        if root < other and fits[other] == {root}:
            forest.union(root, other)


def _join_coarse(refs: list[EventRef], idx: list[int], forest: Forest) -> None:
    """Pass 3: tight-dated admin1 events with nothing finer to join, per admin area."""
    blocks: dict[tuple, list[int]] = defaultdict(list)
    for i in idx:
        r = refs[i]
        for b in buckets(r.window, 0):
            key = (r.group, b, admin_key(r.place))
            for j in blocks[key]:
                if (forest.find(i) != forest.find(j)
                        and windows_overlap(r.window, refs[j].window, 0)
                        and parties_compatible(r.event, refs[j].event)):
                    forest.union(i, j)
            blocks[key].append(i)


