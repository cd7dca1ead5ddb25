"""Late joins: reports that share a named site or operation, and undated reports.

Two passes of the clustering rule (cluster.py) that do not need an anchor's town and day:
a named site is the strongest evidence that two reports tell one incident (pass 1a), and an
undated report may still join the one incident its calendar clues, parties or site fit, taking
its date from it (pass 5, marked `date_inherited`).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date, timedelta

from ..config import INCIDENT_MAX_DAYS
from .evidence import parties_agree, parties_compatible, same_target, same_toll
from .grid import Forest, grid_cell, is_tight, near_cells, windows_overlap, within_reach
from .incidents import EventRef, admin_key, is_fine, settings
from .placenames import family_key
from .site_days import clues_deny, latest_recalled, lends_date, report_clues, sentence_clues
from .sites import kind_word, sites_match, village_key
from .town_sites import join_town_named_sites, join_unplaced_sites
from .village_sites import join_sites_of_villages


def _site_fits(a: EventRef, b: EventRef, slack_days: int) -> bool:
    """Two reports of one site: kinds and names agree, dates (when both known) overlap within
    the slack, parties are not disjoint, and located sites lie within reach or in one
    province: a site's town is sometimes misread from the province named beside it ("the
    Chaplino station in the Dnepropetrovsk region" placed at Dnipro city), and one province
    seldom has two sites of one kind and name struck in the same days."""
    if a.group != b.group or not sites_match(a.site, b.site):
        return False
    if a.window is not None and b.window is not None and not windows_overlap(
            a.window, b.window, slack_days):
        return False
    if not parties_compatible(a.event, b.event):
        return False
    return not (is_fine(a.place) and is_fine(b.place)) or within_reach(a.place, b.place) \
        or admin_key(a.place) is not None and admin_key(a.place) == admin_key(b.place) \
        or _names_town(a, b) or _names_town(b, a)


def _names_town(a: EventRef, b: EventRef) -> bool:
    """Whether site a, placed in another country than site b, holds in its own name the town b
    lies in ("the Rann IDP camp" and "the camp in Rann"): a's name places it there, and the
    town read beside it ("in Kala-Balge Local Government Area") was a namesake abroad (Qala,
    Azerbaijan). Within one country, two provinces apart, a site keeps its reading."""
    town, pa, pb = (b.place or {}).get("within"), a.place or {}, b.place or {}
    return bool(town and a.site and pa.get("country") and pb.get("country")
                and pa["country"] != pb["country"] and family_key(town) in a.site[1])


def join_sites(refs: list[EventRef], forest: Forest) -> None:
    """Pass 1a, the strongest key: dated reports of one named site join within
    INCIDENT_MAX_DAYS; an undated one joins when exactly one incident at that site fits it
    (of several, the one alone that `_site_roots` keeps), and takes its date from it
    (`date_inherited`). Blocked by (type group, kind, name word)."""
    named = [i for i, r in enumerate(refs) if r.site is not None]
    index = _join_named_sites(refs, [i for i in named if refs[i].window is not None], forest,
                              INCIDENT_MAX_DAYS)
    unmatched: list[int] = []
    floor = latest_recalled(refs)
    for i in [i for i in named if refs[i].window is None]:
        r = refs[i]
        fit = {j for w in r.site[1] for j in index[(r.group, r.site[0], w)]
               if _site_fits(r, refs[j], 0) and lends_date(refs[j])}
        if r.article_id in floor:  # nor a strike over before a day its page already recalls
            fit = {j for j in fit if refs[j].window[1] >= floor[r.article_id]}  # dated: lends
        clues = sentence_clues(r)
        if clues[0] or clues[1]:
            fit = {j for j in fit if not clues_deny(clues, refs[j].window)}
        roots = _site_roots(r, fit, refs, forest)
        if len(roots) == 1:
            forest.union(i, roots.pop())
            r.date_inherited = True
        elif not roots:
            unmatched.append(i)
    # undated reports of one named site that no dated report names join each other: "the
    # Kremenchuk shopping mall" in four undated reports is one strike told four times, and
    # the group can then be dated as one (pass 5) instead of each report alone failing to be
    _join_named_sites(refs, unmatched, forest, 0)
    join_town_named_sites(refs, forest)
    join_unplaced_sites(refs, forest)
    follow_in_article(refs, forest)


def _site_roots(r: EventRef, fit: set[int], refs: list[EventRef], forest: Forest) -> set[int]:
    """The incidents an undated report at a site may join, of the dated reports `fit` there:
    all of theirs when one; of several, those of reports that name the site in their own
    sentence (not one carried from their paragraph: "the Houthis, who began attacking
    shipping in October 2023", told beside the port), else those whose parties it names alike
    (evidence.parties_agree), else by the kind word ("prison", "detention center"), when that
    leaves one."""
    roots = {forest.find(j) for j in fit}
    for narrow in (lambda j: refs[j].inferred is None,
                   lambda j: parties_agree(r.event, refs[j].event),
                   lambda j: kind_word(refs[j].place) == kind_word(r.place)):
        if len(roots) < 2:
            break
        roots = {forest.find(j) for j in fit if narrow(j)} or roots
    return roots


def _join_named_sites(refs: list[EventRef], idx: list[int], forest: Forest,
                      slack_days: int) -> dict[tuple, list[int]]:
    """Join each report of `idx` with the earlier ones of `idx` at a site that fits it
    (`_site_fits` with this slack), blocked by (type group, kind, name word); the index of
    them by that key."""
    index: dict[tuple, list[int]] = defaultdict(list)
    for i in idx:
        r = refs[i]
        for j in {j for w in r.site[1] for j in index[(r.group, r.site[0], w)]}:  # type: ignore[index]
            if forest.find(i) != forest.find(j) and _site_fits(r, refs[j], slack_days):
                forest.union(i, j)
        for w in r.site[1]:  # type: ignore[index]
            index[(r.group, r.site[0], w)].append(i)  # type: ignore[index]
    return index


def follow_in_article(refs: list[EventRef], forest: Forest) -> None:
    """An undated article that one of its reports tied to an incident is about that incident:
    its other undated events of the same type group join it too (and inherit its date),
    unless they already joined another article's reports: those at their own place within
    reach of the tied one, and those with no place of their own (none, or only the article's
    focus) when the tied report's province holds that focus. An article whose lead names a
    day the incident's day is not ("on Thursday night, 48 hours after" a Tuesday's bombing)
    is about another occurrence told beside it: its other events stay where they are.
    Undated reports of several articles that joined each other (one site in two pages) follow
    too when every one of those articles was tied to that same incident, and then a report's
    place need only lie in the tied report's province: the pages agree on the incident, and a
    site is where in that province it happened."""
    tied: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(refs):
        if r.date_inherited and (is_fine(r.place) or admin_key(r.place)):
            tied[r.article_id].append(i)
    if not tied:
        return
    alone = own_article_only(refs, forest)
    mains: tuple | None = None
    members: dict[int, set[str]] | None = None
    for i, r in enumerate(refs):
        if r.window is not None or r.date_inherited or r.article_id not in tied:
            continue
        shared = not alone[forest.find(i)]
        if shared:
            members = members or articles_in(refs, forest)
        if shared and not _tied_alike(members.get(forest.find(i), set()), forest, tied):
            continue
        roots = {forest.find(j) for j in tied[r.article_id] if refs[j].group == r.group
                 and (_follows(r, refs[j]) or shared and _same_province(r, refs[j]))}
        if len(roots) != 1:
            continue
        root = roots.pop()
        if r.article_days or r.article_weekdays:
            mains = mains or _main_days(refs, forest)
            span = mains[0].get(root) or mains[1].get(root)
            if span is not None and not _fits_clues(
                    (set(r.article_days), set(r.article_weekdays)), span):
                continue
        forest.union(i, root)
        r.date_inherited = True


def _tied_alike(arts: set[str], forest: Forest, tied: dict[str, list[int]]) -> bool:
    """Whether every one of an incident's articles `arts` was tied to one same incident."""
    return all(a in tied for a in arts) and len(
        {forest.find(j) for a in arts for j in tied[a]}) == 1


def _same_province(r: EventRef, tied: EventRef) -> bool:
    return admin_key(r.place) is not None and admin_key(r.place) == admin_key(tied.place)


def own_article_only(refs: list[EventRef], forest: Forest) -> dict[int, bool]:
    """Per incident root: whether it holds one article's events only (a lone report, or the
    reports one sentence tells through several verbs, joined in pass 0), so that they may
    still follow their article into the incident it was tied to."""
    return {root: len(a) == 1 for root, a in articles_in(refs, forest).items()}


def articles_in(refs: list[EventRef], forest: Forest) -> dict[int, set[str]]:
    """Per incident root: the articles of its reports."""
    arts: dict[int, set[str]] = defaultdict(set)
    for i, r in enumerate(refs):
        arts[forest.find(i)].add(r.article_id)
    return arts


def _follows(r: EventRef, tied: EventRef) -> bool:
    """Whether an undated report can follow its article's report tied to an incident."""
    if r.place is None:
        return True
    if r.inferred == "article":
        return admin_key(r.place) is not None and admin_key(r.place) == admin_key(tied.place)
    return is_fine(r.place) and is_fine(tied.place) and within_reach(r.place, tied.place)


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


def _fits_clues(clues: tuple[set[tuple[int, int]], set[int]],
                span: tuple[date, date] | None) -> bool:
    """An incident's day is one an undated report's text names: its month and day ("a
    January 14 missile attack"), or, with no month-day given, its weekday ("early Thursday").
    `span` is the incident's main day, or the few days its reports' windows share when none
    of them is tightly dated: the one Saturday in Feb 1-4 fits "on Saturday"."""
    if span is None or not (clues[0] or clues[1]):
        return False
    days = [span[0] + timedelta(days=n) for n in range((span[1] - span[0]).days + 1)]
    fits = [d for d in days if (d.month, d.day) in clues[0]
            or (not clues[0] and d.weekday() in clues[1])]
    return len(fits) == 1


def _main_days(refs: list[EventRef], forest: Forest) -> tuple[dict[int, tuple[date, date]],
                                                               dict[int, tuple[date, date]]]:
    """Per incident root: the day most of its tightly dated reports give (its earliest on a
    tie), as a one-day span, since a weekday clue must fit the strike the incident is about,
    not a report of the day before; and, for roots with no tightly dated report, the days all
    their reports' windows share, when they share at most a week (a second choice)."""
    days: dict[int, Counter] = defaultdict(Counter)
    shared: dict[int, tuple[date, date]] = {}
    for r_i, r in enumerate(refs):
        if r.window is None:
            continue
        root = forest.find(r_i)
        if is_tight(r):
            days[root][r.window[0]] += 1
        old = shared.get(root, r.window)
        shared[root] = (max(old[0], r.window[0]), min(old[1], r.window[1]))
    tight = {root: (d, d) for root, c in days.items()
             for d in [max(sorted(c), key=lambda d: c[d])]}
    loose = {root: (a, b) for root, (a, b) in shared.items()
             if root not in tight and a <= b <= a + timedelta(days=6)}
    return tight, loose


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


def join_undated(refs: list[EventRef], forest: Forest) -> None:
    """Pass 5: an event no report of its own dates (no date, no publication date) joins the one
    dated incident of its type group within reach that its text's calendar clues fit (a month
    and day, a weekday; failing any in its sentence, the month and day, else the weekday, its
    article's title and lead name), or, at a place of its own, whose attacker, target and
    kind of victims it names alike (evidence.parties_agree), or, placed only at its province,
    whose toll it gives (evidence.same_toll) or, giving none, whose target side it names
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
    and is then the report at Rann that an undated "Tuesday's bombing" in Rann can meet."""
    dated: dict[tuple, list[int]] = defaultdict(list)
    for i, r in enumerate(refs):
        if (r.window is not None or r.date_inherited) and is_fine(r.place):
            dated[(r.group, *grid_cell(r.place))].append(i)
        if r.window is not None and admin_key(r.place):
            dated[(r.group, admin_key(r.place))].append(i)
    mains, least = _main_days(refs, forest), settings()["undated_toll_min"]
    dated_sites = [r.site for r in refs if r.window is not None and r.site is not None]
    for i, r in enumerate(refs):
        if r.window is not None or r.date_inherited or not _undated_placed(r) or (
                r.site and any(sites_match(r.site, s) for s in dated_sites)):
            continue  # a site other reports name had its chance in the site pass
        clues = report_clues(r)  # its sentence's day, else the one its article's lead names
        fine = is_fine(r.place)
        near = [j for j in _near_dated(r, refs, dated)
                if parties_compatible(r.event, refs[j].event)]
        home = fine and any(same_town(r.place, refs[j].place) for j in near)
        roots: set[int] = set()
        for main in mains:  # incidents tightly dated first, those of a shared span after
            fit = [j for j in near if _fits_clues(clues, main.get(forest.find(j)))
                   and (clues[0] or not home or same_town(r.place, refs[j].place))
                   or r.inferred != "article" and _alike(r, refs[j], fine, least)]
            roots = first_roots(fit, forest)
            if len(roots) > 1:  # a weekday fits a Tuesday in any year: its village or town
                roots = _village_named(r, fit, refs, forest) or first_roots(
                    (j for j in fit if same_town(r.place, refs[j].place)), forest)
            if roots:
                break
        if not roots and not (clues[0] or clues[1]):
            roots = _village_named(r, near, refs, forest)  # no day named: its village may
        if len(roots) == 1:
            forest.union(i, roots.pop())
            r.date_inherited = True
    follow_in_article(refs, forest)


def _alike(r: EventRef, d: EventRef, fine: bool, least: int) -> bool:
    """An undated report at a town of its own names the dated one's attacker, target and
    victims (evidence.parties_agree); one its text places only at the province gives its toll
    of one kind of victims, at least `least` (evidence.same_toll: "22 soldiers killed"), or,
    giving no toll, names the dated one's target side and no other attacker
    (evidence.same_target: "Turkish soldiers bombarded in Idleb")."""
    if fine:
        return parties_agree(r.event, d.event)
    return same_toll(r.event, d.event, least) or not r.event.get("figures") and same_target(
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
