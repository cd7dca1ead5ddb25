"""Pass 1a: reports that name one site join, and undated ones take its date.

A named site is the strongest evidence that two reports tell one incident (cluster.py): it
needs no anchor's town and day. Dated reports of one site join within INCIDENT_MAX_DAYS; an
undated one joins the one incident at that site that fits it, marked `date_inherited`.
"""

from __future__ import annotations

from collections import defaultdict

from ..config import INCIDENT_MAX_DAYS
from .article_follow import follow_in_article
from .evidence import parties_agree, parties_compatible
from .grid import Forest, windows_overlap, within_reach
from .incidents import EventRef, admin_key, is_fine
from .placenames import family_key
from .site_days import clues_deny, latest_recalled, lends_date, sentence_clues
from .sites import kind_word, sites_match
from .town_sites import join_town_named_sites, join_unplaced_sites


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
    leaves one; of several still, the one more pages tell when a page links them into one
    story (`one_story`)."""
    roots = {forest.find(j) for j in fit}
    for narrow in (lambda j: refs[j].inferred is None,
                   lambda j: parties_agree(r.event, refs[j].event),
                   lambda j: kind_word(refs[j].place) == kind_word(r.place)):
        if len(roots) < 2:
            break
        roots = {forest.find(j) for j in fit if narrow(j)} or roots
    return roots if len(roots) < 2 else one_story(roots, fit, refs, forest)


def one_story(roots: set[int], fit: set[int], refs: list[EventRef], forest: Forest) -> set[int]:
    """Of several incidents at a site, the one an undated report joins when they are one
    story: every two are linked by a page that reports at the site in both (a page that told
    the strike and, apart, the minister's visit to the site days before), and one of them
    is told there by more pages than any other. Two strikes that no page tells together
    stay rivals, and so does a story none of whose incidents is told by the most pages."""
    pages: dict[int, set[str]] = defaultdict(set)
    for j in fit:
        root = forest.find(j)
        if root in roots:
            pages[root].add(refs[j].article_id)
    order = sorted(roots)
    linked, grew = {order[0]}, True
    while grew:
        shared = set().union(*(pages[r] for r in linked))
        grew = False
        for root in order:
            if root not in linked and pages[root] & shared:
                linked.add(root)
                grew = True
    if linked != roots:
        return roots
    most = sorted((len(pages[r]) for r in roots), reverse=True)
    return {r for r in roots if len(pages[r]) == most[0]} if most[0] > most[1] else roots


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
