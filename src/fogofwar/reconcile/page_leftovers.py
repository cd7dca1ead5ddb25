"""Pass 9: a page's reports left alone join the one corroborated incident their page reports.

After every other pass, some reports of a page still sit in an incident of their own page
alone: "the Saada Health Directorate said at least 63 people were killed" read at the
governorate, "eight civilians were killed in the village" with no place, a toll at a country
("Pakistan's airstrikes on eastern Afghanistan killed 46"). Their page's other reports of that
type group are in an incident that other pages report too, and the lone report's words place
it nowhere else: it is that occurrence's toll seen from further off, and its claimant's
figures are the incident's. Left alone it is a second incident of one occurrence, and its
figures reach neither the incident's per-claimant rows nor its disputes.

A lone incident of one page joins when, for its type group, exactly one incident holding
reports of two pages or more holds reports of that page (a page telling two corroborated
occurrences says nothing of which one a coarse report is of), and every report of the lone
incident fits it: placed nowhere, or at a province or country of a report of the incident (a
district, admin2, read at its province: "18 people were killed" in Barmal district, where the
incident's reports are at Paktika province or a town in it), or at a town one of them is at
or lies in (a site of that town); dated in no window, or in one
that overlaps a report's of the incident; with no party disjoint from those of its page's
reports there. A report at the incident's town on an undated page whose lead names a day (its
calendar clues) the incident's main day is not ("on Thursday night, 48 hours after" a
Tuesday's strike) tells another occurrence there, as article_follow.py reads it; a coarser
one is not held to them (the lead's day is as often its dateline's: "TRIPOLI, July 5"). A
town only within reach is no more evidence here than pass 1 found. A report its page gave no
date whose sentence names a month or year the incident's days are not in ("In April the US
conducted an airstrike on Achin" on a page of an August strike there) is one its page recalls,
and stays apart. A background report (its
page recalls it) never joins. A report with no window takes the incident's date
(`date_inherited`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date
from functools import cache

from ..resolve.dates import month_names
from .evidence import parties_compatible
from .grid import Forest, windows_overlap
from .incident_days import fits_clues, main_days, main_span
from .incidents import EventRef, admin_key, is_fine
from .placenames import family_key
from .unplaced import MIN_KEY

_YEAR = re.compile(r"\b(19\d\d|20\d\d)\b")


def _towns(p: dict | None) -> set[str]:
    """The town a fine place is, or lies in (a site's `within`), as its geonames id and its
    spelling family: "Rafah" and a camp within "Rafaḩ" are one town."""
    if not p or not is_fine(p):
        return set()
    out = {f"#{p['geonames_id']}"} if p.get("geonames_id") else set()
    for name in (p.get("within"), p.get("name") if p.get("precision") != "site" else None):
        if name and len(key := family_key(name)) >= MIN_KEY:
            out.add(key)
    return out


def _fits(r: EventRef, members: list[EventRef]) -> bool:
    """The lone report could be the incident's, by its place and window (module)."""
    p = r.place
    if p is not None and p.get("lat") is not None:
        if is_fine(p):
            placed = bool(_towns(p) & set().union(*(_towns(m.place) for m in members)))
        elif p.get("precision") == "country":
            placed = any((m.place or {}).get("country") == p.get("country") for m in members)
        else:
            area = admin_key(p)
            placed = area is not None and any(admin_key(m.place) == area for m in members)
        if not placed:
            return False
    return r.window is None or any(m.window is not None and windows_overlap(r.window, m.window, 0)
                                   for m in members)


@cache
def _month_word() -> re.Pattern[str]:
    """A month written out in full and capitalised ("April", not "Apr" nor "a march")."""
    names = sorted((n for n in month_names() if len(n) > 3), key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(n.capitalize() for n in names) + r")\b")


def names_other_time(sentence: str, span: tuple[date, date] | None) -> bool:
    """Whether a report's sentence names a month or year its incident's days are not in ("In
    April the US conducted an airstrike on Achin", beside an August strike there): it tells
    another occurrence, one its page recalls, though its page gave it no date to read. A month
    word opening the sentence is not read (a name, "May", as often as a month)."""
    if span is None or not sentence:
        return False
    months = month_names()
    named = {months[m.group(1).lower()] for m in _month_word().finditer(sentence) if m.start()}
    years = {int(y) for y in _YEAR.findall(sentence)}
    first, last = span
    held = {(first.year + (first.month - 1 + n) // 12, (first.month - 1 + n) % 12 + 1)
            for n in range((last.year - first.year) * 12 + last.month - first.month + 1)}
    return bool(named and not named & {m for _, m in held}
                or years and not years & {y for y, _ in held})


def join_page_leftovers(refs: list[EventRef], forest: Forest) -> None:
    """Pass 9 (see the module docstring)."""
    members = forest.members()
    pages = {root: {refs[i].article_id for i in idx} for root, idx in members.items()}
    told: dict[tuple[str, str], set[int]] = defaultdict(set)  # (page, group) -> shared roots
    for root, arts in pages.items():
        if len(arts) > 1:
            for i in members[root]:
                told[(refs[i].article_id, refs[i].group)].add(root)
    joins: list[tuple[int, int]] = []
    mains: dict | None = None
    for root, arts in pages.items():
        if len(arts) != 1:
            continue
        lone = [refs[i] for i in members[root]]
        if any(r.background for r in lone) or len({r.group for r in lone}) != 1:
            continue
        shared = told.get((lone[0].article_id, lone[0].group), set())
        if len(shared) != 1:
            continue
        target = next(iter(shared))
        there = [refs[j] for j in members[target]]
        mates = [m for m in there if m.article_id == lone[0].article_id]
        if not all(_fits(r, there) and all(parties_compatible(r.event, m.event) for m in mates)
                   for r in lone):
            continue
        mains = mains if mains is not None else main_days(refs, forest)
        span = main_span(mains, target)
        if any(r.window is None and names_other_time(r.event.get("sentence") or "", span)
               for r in lone):
            continue  # an undated page's report naming another month or year: recalled
        clues = (set(lone[0].article_days), set(lone[0].article_weekdays))
        if any(clues) and any(is_fine(r.place) for r in lone):
            # an undated page's report at the incident's town that pass 5 left apart, when its
            # lead names another day, tells another occurrence there
            if span is not None and not fits_clues(clues, span):
                continue
        joins.append((root, target))
    for root, target in joins:
        for i in members[root]:
            refs[i].date_inherited |= refs[i].window is None
        forest.union(root, target)
