"""Undated country-level reports join the one incident of their country on the day they name
(pass 5c of cluster.py).

A page with no date that places a strike only at its country ("34 Turkish soldiers were
killed Thursday in air strikes in Syria") cannot join by place (pass 5 needs a town or a
province) nor by wording (pass 6 needs a province). What it still gives is the day its text
names, whose side was hit and how many: among the incidents of its country and type group
whose main day that clue fits (incident_days.fits_clues), the one alone some of whose reports
name the same target side (evidence.same_target) and a toll of the same category and kind of
victims within `undated_country_toll_share` of its own (evidence.near_toll) is the one it
tells. A weekday fits a Thursday of any year and a side's name fits any of its war's strikes:
the toll is what ties a page of no date to one of them.

A state's soldiers whose side the packs do not know ("54 soldiers" of Benin) are read as that
state's side (`_same_forces`). When the report's own sentence, title and lead name no day, the
month-days the page's other reports of its kind name are its clue ("the toll of the April 17
attack" two paragraphs below): one page tells one attack's day wherever it writes it.
"""

from __future__ import annotations

from collections import defaultdict

from .article_follow import follow_in_article, own_article_only
from .evidence import near_toll, same_target, sides
from .grid import Forest
from .incident_days import fits_clues, main_days
from .incidents import EventRef, settings
from .site_days import own_clues, report_clues


def join_undated_country(refs: list[EventRef], forest: Forest) -> None:
    """An undated report of an undated page, placed at its country only and naming the side
    it hit, whose page has joined nothing yet, joins the one incident of its country and type
    group whose main day its calendar clues fit and whose reports name that target side (and
    no other attacker) and a near toll of the same victims (`_tells`); it inherits the
    incident's date (`date_inherited`). Of two such incidents it joins neither."""
    alone = own_article_only(refs, forest)
    wanted = [i for i, r in enumerate(refs) if _undated_country(r) and alone[forest.find(i)]]
    if not wanted:
        return
    dated: dict[tuple[str, str], set[int]] = defaultdict(set)
    members: dict[int, list[int]] = defaultdict(list)
    for j, d in enumerate(refs):
        members[forest.find(j)].append(j)
        if d.window is not None and (d.place or {}).get("country"):
            dated[(d.group, d.place["country"])].add(forest.find(j))  # type: ignore[index]
    mains, conf = main_days(refs, forest), settings()
    least, share = conf["undated_toll_min"], conf["undated_country_toll_share"]
    for i in wanted:
        r = refs[i]
        clues = report_clues(r)
        if not (clues[0] or clues[1]):
            clues = _page_clues(r, refs)
        if not (clues[0] or clues[1]):
            continue
        told = {root for root in dated.get((r.group, r.place["country"]), ())  # type: ignore[index]
                if _tells(r, [refs[j] for j in members[root]], least, share)}
        for main in mains:  # incidents tightly dated first, those of a shared span after
            roots = {root for root in told if fits_clues(clues, main.get(root))}
            if roots:
                break
        if len(roots) == 1:
            forest.union(i, roots.pop())
            r.date_inherited = True
    follow_in_article(refs, forest)


def _page_clues(r: EventRef, refs: list[EventRef]) -> tuple[set[tuple[int, int]], set[int]]:
    """The month-days the page's other reports of the report's type group name in their own
    sentences ("the toll of the April 17 attack" two paragraphs below "54 soldiers were
    killed"), when its own sentence, title and lead name none: one page tells one attack's day
    wherever it writes it. Weekdays are left out: a page's "on Thursday" is as often when a
    side spoke as when it struck."""
    days: set[tuple[int, int]] = set()
    for d in refs:
        if d.article_id == r.article_id and d.group == r.group and d is not r:
            days |= own_clues(d)[0]
    return days, set()


def _tells(r: EventRef, reports: list[EventRef], least: int, share: float) -> bool:
    """Whether an incident's reports (another page's) name the report's target side and give a
    near toll of its victims; each may come from another of them: the report that names the
    side hit need not be the one giving the count."""
    others = [d for d in reports if d.article_id != r.article_id]
    return any(same_target(r.event, d.event) or _same_forces(r.event, d.event)
               for d in others) and \
        any(near_toll(r.event, d.event, least, share) for d in others)


def _undated_country(r: EventRef) -> bool:
    """A report its page neither dates nor places finer than the country, naming whom it hit."""
    return bool(r.window is None and r.published is None and not r.date_inherited
                and r.place and r.place.get("precision") == "country"
                and r.place.get("country") and (sides(r.event)[1] or _forces(r.event)))


def _forces(ev: dict) -> str | None:
    """The country whose armed forces the report's target is ("54 soldiers" of Benin: a class
    of the military sector in the actor classes pack) when the packs know no side for them;
    None otherwise."""
    target = ev.get("target") or {}
    if target.get("side") or target.get("sector") != "MIL":
        return None
    return target.get("country") or None


def _same_forces(a: dict, b: dict) -> bool:
    """Both reports name one country's forces as the target, their side unknown to the packs
    (`_forces`), and neither names an attacker of that country: the state whose soldiers
    were hit stands for the side `same_target` reads."""
    country = _forces(a)
    return country is not None and _forces(b) == country and all(
        (ev.get("actor") or {}).get("country") != country for ev in (a, b))
