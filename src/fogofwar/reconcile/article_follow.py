"""Undated reports following their article into the incident one of its reports was tied to.

An undated article is about the incident one of its reports joined: its other undated reports
of that kind follow (and inherit its date) unless their place, their own incident or their
article's named day says otherwise. Every late pass (site_joins.py, late.py,
village_joins.py) ends with it, so it stands apart from them.
"""

from __future__ import annotations

from collections import defaultdict

from .grid import Forest, within_reach
from .incident_days import fits_clues, main_days, main_span
from .incidents import EventRef, admin_key, is_fine


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
            mains = mains or main_days(refs, forest)
            span = main_span(mains, root)
            if span is not None and not fits_clues(
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
