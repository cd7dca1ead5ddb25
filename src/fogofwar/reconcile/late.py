"""Late joins of undated reports (pass 5): an event no report of its own dates joins one
incident.

An undated report may still join the one incident its calendar clues, parties or toll fit,
taking its date from it (marked `date_inherited`). It needs no anchor's town and day, so it
runs late in the clustering (cluster.py). The other late passes live beside it: named sites
(site_joins.py, pass 1a), villages (village_joins.py, pass 7), and an article's undated
reports following it into its incident (article_follow.py).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import timedelta

from .article_follow import follow_in_article
from .evidence import near_toll, parties_agree, parties_compatible, same_target
from .grid import Forest, grid_cell, near_cells, within_reach
from .incident_days import fits_clues, main_days, main_span
from .incidents import EventRef, admin_key, is_fine, settings
from .similar import Wording
from .site_days import report_clues
from .sites import sites_match
from .undated_choice import choose


def first_roots(candidates, forest: Forest, limit: int = 2) -> set[int]:
    """The incidents (roots) of candidate events, read only until `limit` are found: a report
    that fits two incidents joins neither, so scanning a crowded city's whole history for a
    third would change nothing and cost time."""
    roots: set[int] = set()
    for j in candidates:
        roots.add(forest.find(j))
        if len(roots) >= limit:
            break
    return roots


def join_undated(refs: list[EventRef], forest: Forest, wording: Wording | None = None) -> None:
    """Pass 5: an event no report of its own dates (no date, no publication date) joins the one
    dated incident of its type group within reach that its text's calendar clues fit (a month
    and day, a weekday; failing any in its sentence, the month and day, else the weekday, its
    article's title and lead name), or, at a place of its own, whose attacker, target and
    kind of victims it names alike (evidence.parties_agree), or, placed only at its province,
    whose toll it gives (evidence.near_toll) or, giving none, whose target side it names
    (evidence.same_target), and is marked `date_inherited`.
    A weekday alone ("on Sunday") fits one day in seven anywhere: at a town some dated report
    also names, it picks only an incident at that very town, not one a few towns away that
    happened on a Sunday too. Of several that fit, the one whose articles name a village its
    article names wins (`_village_named`), else the one at its very town; one that fits
    several elsewhere, or none, stays alone; one whose text names no day joins the one
    incident there whose articles name a village its article names. A report at a named
    site that no dated report names is read by its town like any other. A report that took
    its date from its incident in the site pass dates that incident here as well: "the camp
    in Rann", undated, joined the dated "Rann IDP camp" strike (whose own town was misread),
    and is then the report at Rann that an undated "Tuesday's bombing" in Rann can meet.
    Each report's fit is read on the incidents as they stand before the pass, and a page whose
    reports point at several incidents, or fit several alike, joins only the one its wording
    picks (undated_choice.choose): whichever fits first is not evidence."""
    dated: dict[tuple, list[int]] = defaultdict(list)
    for i, r in enumerate(refs):
        if (r.window is not None or r.date_inherited) and is_fine(r.place):
            dated[(r.group, *grid_cell(r.place))].append(i)
        if r.window is not None and admin_key(r.place):
            dated[(r.group, admin_key(r.place))].append(i)
    mains, least = main_days(refs, forest), settings()["undated_toll_min"]
    dated_sites = [r.site for r in refs if r.window is not None and r.site is not None]
    cands: dict[int, set[int]] = {}
    tied = {r.article_id for r in refs if r.date_inherited}  # pages an earlier pass dated
    for i, r in enumerate(refs):
        if r.window is not None or r.date_inherited or not _undated_placed(r) or (
                r.site and any(sites_match(r.site, s) for s in dated_sites)):
            continue  # a site other reports name had its chance in the site pass
        near = [j for j in _near_dated(r, refs, dated)
                if parties_compatible(r.event, refs[j].event)]
        if roots := _fitting(r, near, refs, forest, mains, least, r.article_id in tied):
            cands[i] = roots
    cands = _within_page_days(cands, refs, forest, mains)
    for i, root in choose(cands, refs, forest, wording).items():
        forest.union(i, root)
        refs[i].date_inherited = True
    follow_in_article(refs, forest)


#: Days around the incident an undated page is already tied to within which its other undated
#: reports may pick theirs: the page was written about then. A month, not a week: an
#: incident's main day may be a follow-up's (an investigation published ten days later that
#: its site's reports joined), so only what lies months off is ruled out.
PAGE_DAYS = 31


def _within_page_days(cands: dict[int, set[int]], refs: list[EventRef], forest: Forest,
                      mains: tuple) -> dict[int, set[int]]:
    """The candidates of each undated report, less the incidents far in time from the one an
    earlier pass tied its page to (its site's strike): a page that told the August school
    strike was written that August, and its "strikes on Thursday hit two schools" is not the
    Thursday of a February massacre in the same city. An incident with no main day, or a
    page tied to none or to incidents of no main day, keeps its candidates."""
    spans: dict[str, list[tuple]] = defaultdict(list)
    for i, r in enumerate(refs):
        if r.date_inherited:
            root = forest.find(i)
            span = main_span(mains, root)
            if span is not None:
                spans[r.article_id].append(span)
    if not spans:
        return cands
    slack = timedelta(days=PAGE_DAYS)
    out: dict[int, set[int]] = {}
    for i, roots in cands.items():
        tied = spans.get(refs[i].article_id)
        kept = {root for root in roots if not tied or _near_any(
            main_span(mains, root), tied, slack)}
        if kept:
            out[i] = kept
    return out


def _near_any(span: tuple | None, tied: list[tuple], slack: timedelta) -> bool:
    """Whether an incident's main days lie within `slack` of one of the page's tied spans (an
    incident with no main day is not judged)."""
    return span is None or any(span[0] - slack <= b and a - slack <= span[1] for a, b in tied)


def _fitting(r: EventRef, near: list[int], refs: list[EventRef], forest: Forest,
             mains: tuple, least: int, tied: bool = False) -> set[int]:
    """The incident (root) an undated report picks, as one root; or the several it fits alike
    when neither a village nor its town picks one; empty when it fits none. A weekday alone
    picks among a week's worth of incidents within reach only on a page an earlier pass
    dated (`tied`: its days bound the candidates, `_within_page_days`) or at the incident's
    village (`_few_days`)."""
    clues = report_clues(r)  # its sentence's day, else the one its article's lead names
    fine = is_fine(r.place)
    home = fine and any(same_town(r.place, refs[j].place) for j in near)
    weekday_tells = clues[0] or home or tied or _few_days(near, forest, mains)
    several: set[int] = set()
    for main in mains:  # incidents tightly dated first, those of a shared span after
        fit = [j for j in near if _day_fits(clues, main.get(forest.find(j)))
               and (weekday_tells or bool(refs[j].villages & r.villages))
               and (clues[0] or not home or same_town(r.place, refs[j].place))
               or r.inferred != "article" and _alike(r, refs[j], fine, least)]
        roots = first_roots(fit, forest)
        if len(roots) > 1:  # a weekday fits a Tuesday in any year: its village or town
            town = {forest.find(j) for j in fit if same_town(r.place, refs[j].place)}
            several = several or town or {forest.find(j) for j in fit}
            roots = _village_named(r, fit, refs, forest) or town
        if roots:
            break
    if not roots and not (clues[0] or clues[1]):
        roots = _village_named(r, near, refs, forest)  # no day named: its village may
    return roots if len(roots) == 1 else several


#: A span of this many days holds every weekday.
WEEK_DAYS = 7


def _day_fits(clues: tuple[set[tuple[int, int]], set[int]], span: tuple | None) -> bool:
    """Whether an undated report's clues fit an incident's main days (incident_days.fits_clues),
    where a weekday alone fits no span of a whole week: every weekday falls in it once, so
    "on Friday" fits any incident whose reports agree only on the week (a border clash "on
    Friday" is no report of a riot two provinces away whose pages share only a week)."""
    if span is not None and not clues[0] and (span[1] - span[0]).days >= WEEK_DAYS - 1:
        return False
    return fits_clues(clues, span)


#: Dated incidents within reach from which a weekday alone may still pick one: a weekday is
#: one day in seven, so among a week's worth of incidents or more one falls on it by chance.
WEEKDAY_REACH = 7


def _few_days(near: list[int], forest: Forest, mains: tuple) -> bool:
    """Whether fewer than `WEEKDAY_REACH` dated incidents (with a main day) lie within reach
    of an undated report placed away from every dated town (a province, a village read at
    it, a town none names): an undated "on Monday" in a province whose dated incidents span
    years fits one of them by chance ("on Monday" and some other Monday's strike in the same
    province), so there the weekday picks only an incident whose articles name a village its
    own article names (sites.named_villages); else none, and the site, village or wording
    passes after it must."""
    days = {root for j in near if (root := forest.find(j)) in mains[0] or root in mains[1]}
    return len(days) < WEEKDAY_REACH


def _alike(r: EventRef, d: EventRef, fine: bool, least: int) -> bool:
    """An undated report at a town of its own names the dated one's attacker, target and
    victims (evidence.parties_agree); one its text places only at the province gives its toll
    of one kind of victims, at least `least` (evidence.near_toll: "22 soldiers killed"), or,
    giving no toll, names the dated one's target side and no other attacker
    (evidence.same_target: "Turkish soldiers bombarded in Idleb")."""
    if fine:
        return parties_agree(r.event, d.event)
    return near_toll(r.event, d.event, least) or not r.event.get("figures") and same_target(
        r.event, d.event)  # a report with a toll is judged by it; one with none, by whom


def _village_named(r: EventRef, fit: list[int], refs: list[EventRef],
                   forest: Forest) -> set[int]:
    """Of several incidents an undated report fits, the one alone whose articles name a village
    its own article names (sites.named_villages: "Pazi Gyi village" and "Pazigyi Village",
    unknown to the gazetteer): two airstrikes on villages of one province on two Tuesdays are
    told apart by the village. Empty when none, or several, do."""
    if not r.villages:
        return set()
    roots = {forest.find(j) for j in fit if refs[j].villages & r.villages}
    return roots if len(roots) == 1 else set()


def same_town(a: dict | None, b: dict | None) -> bool:
    """The very place, not one within reach: an undated "on Tuesday" in Kramatorsk fits the
    Tuesday strike on Kramatorsk, not a Tuesday's shelling of a town 40 km away months before."""
    return bool(a and b and is_fine(a) and a.get("geonames_id")
                and a.get("geonames_id") == b.get("geonames_id"))


def _undated_placed(r: EventRef) -> bool:
    """A place pass 5 can read: a town or point, or a province the report names itself ("a
    strike in Ukraine's Kharkiv region on Thursday": the village was not found), not one
    taken from its article's focus."""
    return is_fine(r.place) or (admin_key(r.place) is not None and r.inferred != "article")


def _near_dated(r: EventRef, refs: list[EventRef], dated: dict[tuple, list[int]]) -> list[int]:
    """Dated events an undated report could be of: within reach of its town, or in its
    province when it names only that (then only its calendar clues can pick the incident)."""
    if is_fine(r.place):
        return [j for cell in near_cells(r.place) for j in dated.get((r.group, *cell), ())
                if within_reach(r.place, refs[j].place)]
    return list(dated.get((r.group, admin_key(r.place)), ()))
