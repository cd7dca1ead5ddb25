"""Undated reports join the incident whose reports tell the same story (pass 6 of cluster.py).

An article with no date at all (no publication date, no date in its text) cannot be placed in
time, and in a town that saw several strikes its place alone does not say which one it tells.
What does is its wording: a report of the aid-convoy killings at a roundabout shares "convoy",
"trucks", "flour" and the street's name with the other reports of that incident, and little
with reports of a school strike in the same city. So an undated article whose events sit alone
is compared with every dated incident of the same type group within reach of its events, by the
cosine of binary TF-IDF word vectors (document frequencies over the articles being reconciled,
so words every report of the war uses weigh nothing), and joins the best one only when that one
is similar enough (`text_min_similarity`) and clearly ahead of the best unrelated candidate
(`text_margin` times its score). Candidates are only incidents whose reports fit its events by
type group, place and parties (not disjoint); when they are all one story told by two articles
or more and one of its reports is at a town within reach, a lower floor suffices
(`text_alone_share` of the minimum): nothing else could be what it tells. Its events then
inherit the incident's date (`date_inherited`), as in the other late passes.

The same holds for a dated report that places the event no finer than a province or the
country ("Indian strikes in Pakistan" beside reports naming the towns hit): its candidates are
the incidents of its country whose dates overlap its own within INCIDENT_MAX_DAYS. An undated
page's report placed only at its country that gives a casualty count ("22 people were killed in
Kenya as the protests turned deadly"), on a page none of whose reports is tied to another page,
has the dated incidents of that country as candidates, only through a report of one that gives
a near or equal count (`_country_only`, `_fits`): a country holds many incidents, and a count
and the wording together say which one the page tells.
"""

from __future__ import annotations

import json
import math
import os
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from ..config import INCIDENT_MAX_DAYS
from .evidence import near_toll, parties_compatible
from .grid import Forest, buckets, grid_cell, is_tight, near_cells, windows_overlap, within_reach
from .incidents import EventRef, admin_key, casualty_group, is_fine, settings
from .site_days import act_clues, clues_deny, report_clues


def idf_weights(words: dict[str, frozenset[str]]) -> dict[str, float]:
    """Inverse document frequency of each word over the articles (article -> its words)."""
    df = Counter(w for ws in words.values() for w in ws)
    n = len(words)
    return {w: math.log(n / k) for w, k in df.items()}


#: Each page's words (article -> its words) and their inverse document frequency (`page_words`).
Wording = tuple[dict[str, frozenset[str]], dict[str, float]]


def page_words(refs: Iterable[EventRef]) -> Wording:
    """Each page's words (article -> its words, read from any of its reports) and their
    inverse document frequency over the pages: what every wording pass compares by. The
    words and pages do not change while clustering, so cluster() reads them once and hands
    them to each wording pass (`wording`); a pass called alone reads them itself."""
    words = {r.article_id: r.words for r in refs}
    return words, idf_weights(words)


def cosine(a: frozenset[str], b: set[str], idf: dict[str, float]) -> float:
    num = sum(idf[w] ** 2 for w in a & b)
    den = math.sqrt(sum(idf[w] ** 2 for w in a) * sum(idf[w] ** 2 for w in b))
    return num / den if den else 0.0


def _page_areas(r: EventRef) -> frozenset[tuple[str, str]] | None:
    """The areas an undated report with no place of its own is looked for in: the first-level
    areas its page names (`areas`), when the report has no place, not even a country ("the
    clash killed 20", on a page that names the province once). The wording then decides among
    the incidents there, as for a placed report; None when it has a place or its page none."""
    if (r.place or {}).get("country") or not r.areas:
        return None
    return r.areas


def _country_only(r: EventRef) -> bool:
    """An undated report of an undated page placed at its country and no finer ("22 people
    were killed in Kenya as the protests turned deadly"): its candidates are the dated
    incidents of that country, and only its wording can tell which of them it reports."""
    return bool(r.window is None and r.published is None and not r.date_inherited
                and (r.place or {}).get("precision") == "country"
                and (r.place or {}).get("country"))


def _same_count(a: dict, b: dict, least: int) -> bool:
    """Both reports give one count of one casualty category, at least `least` ("at least 49
    police commandos" and "49 commandos"), whatever class of victims each names."""
    kinds = casualty_group()[1]
    return any(f.get("category") in kinds and (f.get("value") or 0) >= least
               and g.get("category") == f.get("category") and g.get("value") == f.get("value")
               for f in a.get("figures") or () for g in b.get("figures") or ())


def _tolls(r: EventRef) -> bool:
    """Whether the report gives a casualty figure of its own ("22 people were killed")."""
    kinds = casualty_group()[1]
    return any(f.get("category") in kinds for f in r.event.get("figures") or ())


def _place_fits(r: EventRef, d: EventRef) -> bool:
    if _country_only(r):
        return (d.place or {}).get("country") == r.place["country"]  # type: ignore[index]
    areas = _page_areas(r)
    if areas is not None:
        return admin_key(d.place) in areas
    if is_fine(r.place) and is_fine(d.place):
        return within_reach(r.place, d.place)
    return admin_key(r.place) is not None and admin_key(r.place) == admin_key(d.place)


def _lonely(refs: list[EventRef], forest: Forest) -> dict[str, list[int]]:
    """Article -> its events that joined no other article and that place and date could not
    tie: undated events of an article with no publication date, placed to admin1 or better,
    dated events placed no finer than admin1 or country (a report that names only
    "Pakistan" or "the Donetsk region" for a strike the others place in a town), and events
    naming no day on a page dated only to its month, placed at a province (`_month_page`),
    and undated reports placed at a country that give a casualty count, on a page tied to no
    other page (`_country_only`)."""
    articles_of: dict[int, set[str]] = defaultdict(set)
    for i, r in enumerate(refs):
        articles_of[forest.find(i)].add(r.article_id)
    tied = {a for arts in articles_of.values() if len(arts) > 1 for a in arts}
    out: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(refs):
        if r.date_inherited or articles_of[forest.find(i)] != {r.article_id}:
            continue
        undated = r.window is None and r.published is None and (
            admin_key(r.place) or _page_areas(r) is not None
            or _country_only(r) and _tolls(r) and r.article_id not in tied)
        coarse = r.window is not None and is_tight(r) and not is_fine(r.place) \
            and bool((r.place or {}).get("country"))
        if undated or coarse or _month_page(r):
            out[r.article_id].append(i)
    return out


def _month_only(r: EventRef) -> bool:
    """A report whose only date is its page's month ("2017-08"): no dated report to read
    another page by (its page's words would dilute the incident it joined)."""
    return not r.day_known and not r.event.get("date")


def _month_page(r: EventRef) -> bool:
    """A report naming no day of its own on a page dated only to its month ("2017-08"), placed
    at its province and no finer: its month is all place and page say of its day, like a page
    with no date at all, so only its wording can tell which of the province's incidents that
    month it reports."""
    return (r.window is not None and _month_only(r) and not is_fine(r.place)
            and admin_key(r.place) is not None)


def _keys(r: EventRef) -> list[tuple]:
    """Index keys an event is found under: its cells, admin area, and country per date bucket."""
    keys: list[tuple] = []
    if r.window is None:
        if _country_only(r):
            return [(r.group, "country", r.place["country"])]  # type: ignore[index]
        if _page_areas(r) is not None:
            return [(r.group, "area", a) for a in sorted(_page_areas(r) or ())]
        if is_fine(r.place):
            keys += [(r.group, "cell", *c) for c in near_cells(r.place)]
        return [*keys, (r.group, "area", admin_key(r.place))]
    area = ("area", admin_key(r.place)) if admin_key(r.place) else ("country", r.place["country"])
    return [(r.group, *area, b) for b in buckets(r.window, INCIDENT_MAX_DAYS)]


def _fits(r: EventRef, d: EventRef) -> bool:
    if d.article_id == r.article_id:
        return False
    if _country_only(r):
        # a country holds many incidents: the report must give a near toll of the same
        # victims as the candidate report ("22 people were killed in Kenya" beside "22 deaths"
        # in Nairobi), not a country's running count ("300 dead across Iraq since October")
        conf = settings()
        return _place_fits(r, d) and parties_compatible(r.event, d.event) and (near_toll(
            r.event, d.event, conf["undated_toll_min"], conf["undated_country_toll_share"])
            or _same_count(r.event, d.event, conf["undated_toll_min"]))
    if r.window is not None:
        return windows_overlap(r.window, d.window, INCIDENT_MAX_DAYS) \
            and parties_compatible(r.event, d.event)
    return _place_fits(r, d) and parties_compatible(r.event, d.event)


def _candidates(idx: list[int], refs: list[EventRef], index: dict,
                taken: dict | None = None) -> dict[int, list[int]]:
    """Dated events each of the article's lonely events could be a report of (and, given
    `taken`, the undated ones that took their date from an incident)."""
    return {i: sorted({j for ix in (index, taken or {}) for k in _keys(refs[i])
                       for j in ix.get(k, ()) if _fits(refs[i], refs[j])}) for i in idx}


def _named_days_fit(fits: dict[int, list[int]], refs: list[EventRef]) -> dict[int, list[int]]:
    """The candidates an undated report may pick its incident by: none of a tightly dated
    report whose days, and the day before and after, are not the day its own sentence names
    ("on Monday", "the March 3 attack"; `clues_deny`, as the site pass reads it). A strike in a
    province's market "on Monday" is not the Thursday one there, however alike the pages
    read. A day only the page's lead names is no bar: a lead tells when a side spoke ("the
    group said Friday") as often as when it struck. Once the article's reports picked an
    incident, its other reports of it follow whatever day they name ("investigators searched
    the site on Saturday" of a strike days earlier). Nor is a day its sentence hangs on a
    reporting verb ("Hungarian radio reported Dec. 19" of a weekend's shooting, "officials
    said Monday": `act_clues`) a bar: the saying came days after the act as often as not."""
    out = {}
    for i, js in fits.items():
        clues = act_clues(refs[i])
        out[i] = [j for j in js if not (clues[0] or clues[1]) or not is_tight(refs[j])
                  or not clues_deny(clues, refs[j].window)]
    return out


def _best(article: str, fits: dict[int, list[int]], refs: list[EventRef], forest: Forest,
          idf: dict[str, float], words: dict[str, frozenset[str]],
          told: dict[int, set[str]] | None = None, why: list[str] | None = None,
          page: list[int] | None = None) -> int | None:
    """The incident (root) the article's wording picks, or None when none is clearly ahead. The
    wording must be clearly ahead of every rival (`text_margin`) and reach
    `text_min_similarity`, or only `text_alone_share` of it when the best is a story at the
    page's town told by two pages or more (`_sole_story`), and no rival lies at that town.
    Candidates read as the articles of their dated reports; the one incident an article can be
    of (no other fits its type, place and parties) reads as all the pages that tell it (`told`:
    also those that joined it undated, by its site, their day or their wording; the article
    itself left out): a strike that one dated page and several undated reposts tell reads like
    the reposts as much as like the dated page, and the wording only has to confirm what nothing
    else contradicts. Between several candidates the dated reports alone are read, so that an
    incident holding many pages does not outread the others by its size."""
    members: dict[int, set[str]] = defaultdict(set)
    for js in fits.values():
        for j in js:
            members[forest.find(j)].add(refs[j].article_id)
    mine = words[article]
    read = {root: arts | (told or {}).get(root, set()) - {article} if len(members) == 1
            else arts for root, arts in members.items()}
    scored = sorted(((cosine(mine, set().union(*(words[a] for a in read[root])), idf),
                      len(arts), -root, root) for root, arts in members.items()), reverse=True)
    why = [] if why is None else why
    if not scored:
        why.append("no_candidate")
        return None
    top, conf = scored[0], settings()
    # stories are told by the dated reports: a page that joined undated (by its wording, with
    # nothing to contradict it) does not chain two incidents into one story
    dated: dict[int, set[str]] = defaultdict(set)
    for js in fits.values():
        for j in js:
            if not refs[j].date_inherited:
                dated[forest.find(j)].add(refs[j].article_id)
    story = _story(top[3], {root: dated.get(root, set()) for root in members})
    # nor is an incident that shares a page with the best one a rival of it: the same page's
    # reports, dated or not, tell the same story
    rivals = [s for s in scored[1:] if s[3] not in story and not members[s[3]] & members[top[3]]]
    # a day the page names that fits the story's days and rules out every rival's settles
    # what the wording leaves open: the rivals are other occurrences (`days_confirm`); with
    # no rival, the day that fits the one story within reach confirms it as well (type, place
    # and parties already point at it, and the day is a second, independent witness): the
    # wording then has to reach only the lower floor
    dated_by_day = days_confirm(fits, refs, forest, story, {s[3] for s in rivals}, page)
    if rivals and top[0] < conf["text_margin"] * rivals[0][0] and not dated_by_day:
        why.append("wording_margin")
        return None
    # a story at the page's own town, told by two pages or more and clearly ahead of every
    # rival, none of them at that town, needs only the lower floor: place, type and parties
    # point at it, and the absolute floor moves with every unrelated page the corpus takes in;
    # so does one the page's named day alone fits (rivals or none)
    # and so does an undated page's story that outreads every rival by the margin, when one
    # of the page's reports lies at a town within reach of one of its reports: the rivals are
    # what the page could otherwise tell, and the wording has told them apart; a page placed
    # no finer than the province (or out of reach) has only the wording to tie it, and an
    # older or other occurrence in that province reads alike under the floor
    # and an undated page whose one story at its town (as above) names a party of a class its
    # own report names in the same role ("security forces descended on protesters" in
    # Nasiriyah beside "security forces opened fire on protesters" there) needs only a lower
    # floor still (`text_party_share`): type, place and a party agree, and a short page shares
    # few words with a long one
    floor = conf["text_min_similarity"]

    @cache
    def sole() -> bool:  # read only where a route needs it, once
        return _sole_story(story, members, fits, refs, forest) \
            and not _at_town({s[3] for s in rivals}, fits, refs, forest)
    if top[0] < floor and not (
            top[0] >= floor * conf["text_alone_share"]
            and (dated_by_day or _clear_lead(rivals, fits, refs, page)
                 and _at_town({top[3]}, fits, refs, forest) or sole())
            or top[0] >= floor * conf["text_party_share"] and sole()
            and _party_shared(story, fits, refs, forest)):
        why.append("wording_floor" if not rivals else "wording_floor_rivals")
        return None
    # of the story's incidents, the one most of its reports are in
    return max((s for s in scored if s[3] in story), key=lambda s: (len(members[s[3]]), s))[3]


#: The widest window (days) of a story's report that a month-day the page names can confirm
#: (a weekday confirms only a report of one day): a month-day fits some day of any month.
CONFIRM_DAYS = 4


def days_confirm(fits: dict[int, list[int]], refs: list[EventRef], forest: Forest,
                 story: set[int], rivals: set[int], page: list[int] | None = None) -> bool:
    """Whether the days the undated page names (the month-days and weekdays of its reports'
    sentences, `page` when given, else of those in `fits`, or failing any of a report's own
    those of its title and lead: `report_clues`) fit a report of the story dated within
    `CONFIRM_DAYS` (a day of its window itself: `_names_day_in`) and rule out every dated
    report of every rival (`clues_deny`: not its days, nor the day before or after).
    "Witnesses buried the dead on October 25" fits a strike reported on 24-27 October and not
    one of June eleven years before, however little of their wording the pages share. A
    weekday (no month-day named) confirms only a story report dated to that very day: it fits
    some day of any few days' window. A rival whose window holds a named day (a month, or a
    strike on the same weekday) is not ruled out, nor one with no dated report, and then
    nothing is confirmed: the more days a page names, the fewer rivals they rule out. With
    no rival, the named day fitting the story's own days is the whole confirmation: the one
    incident within reach of the page's type, place and parties struck on the day it names."""
    clues: tuple[set[tuple[int, int]], set[int]] = (set(), set())
    for i in {*fits, *(page or ())} & set(range(len(refs))):
        days, weekdays = report_clues(refs[i])
        clues[0].update(days)
        clues[1].update(weekdays)
    if not (clues[0] or clues[1]):
        return False
    ours = [refs[j] for js in fits.values() for j in js if forest.find(j) in story]
    widest = CONFIRM_DAYS if clues[0] else 1
    if not any(d.window is not None and (d.window[1] - d.window[0]).days < widest
               and _names_day_in(clues, d.window) for d in ours):
        return False
    theirs: dict[int, list[EventRef]] = defaultdict(list)
    for js in fits.values():
        for j in js:
            if forest.find(j) in rivals and refs[j].window is not None:
                theirs[forest.find(j)].append(refs[j])
    return len(theirs) == len(rivals) and all(
        clues_deny(clues, d.window) for ds in theirs.values() for d in ds)


def _names_day_in(clues: tuple[set[tuple[int, int]], set[int]],
                  window: tuple[date, date]) -> bool:
    """Whether a day of the window itself, with no day's slack either side, is the month-day,
    or with none given the weekday, the clues name: the slack that keeps a rival from being
    ruled out too soon would let "this morning (Monday)" confirm a Tuesday's roadside bomb."""
    days = (window[0] + timedelta(days=n) for n in range((window[1] - window[0]).days + 1))
    return any((d.month, d.day) in clues[0] or not clues[0] and d.weekday() in clues[1]
               for d in days)


def _clear_lead(rivals: list, fits: dict[int, list[int]], refs: list[EventRef],
                page: list[int] | None) -> bool:
    """Whether the reports read are those of an undated page no earlier pass tied to an
    incident (none of its reports took a date: `page`, its reports) and rivals exist that
    the best story outreads by `text_margin` (checked before): then the wording has told
    which of the incidents within reach the page tells, and the absolute floor, which moves
    with every unrelated page the corpus takes in, only has to be nearly met
    (`text_alone_share`). A page with no rival, or none it shares a word with, has shown
    nothing of the kind; a page already tied keeps the full floor for its other reports,
    which may tell another occurrence. The caller also asks that a report of the page lie at a
    town within reach of one of the best story's (`_at_town`)."""
    return bool(rivals) and rivals[0][0] > 0 and bool(fits) \
        and all(refs[i].window is None for i in fits) \
        and not any(refs[i].date_inherited for i in page or fits)


def _sole_story(story: set[int], members: dict[int, set[str]], fits: dict[int, list[int]],
                refs: list[EventRef], forest: Forest) -> bool:
    """Whether the one story every candidate belongs to is told by two articles or more and
    one of the article's reports lies at a town within reach of one of its reports. Then type,
    place and parties already point at it alone, and the wording only has to confirm it: an
    absolute cosine floor moves with every unrelated article the corpus takes in (its
    document frequencies shift), and a report that had joined its one possible incident must
    not fall out because a report of another war was added."""
    if len(set().union(*(members[s] for s in story))) < 2:
        return False
    return _at_town(story, fits, refs, forest)


def _party_shared(story: set[int], fits: dict[int, list[int]], refs: list[EventRef],
                  forest: Forest) -> bool:
    """Whether an undated report (no window of its own, on a page none of whose reports took a
    date) names an actor, or a target, of a class that a report of the story it fits names in
    the same role and at the very same town (late.same_town: "troops killed 15 rebels" in one
    district is not the air strike on a rebel camp in the next, though a war's every clash has
    these parties) ("riot police shooting protesters" and "police fired on protesters"), a
    class the pack's `unspecific_classes` lists aside ("people": anyone; "the building": no
    party). Across roles a class tells two sides apart, not one party: "soldiers killed" at a
    border is not the military that fired the missiles."""
    from .late import same_town  # late.py reads this module's Wording
    if not fits or any(refs[i].window is not None or refs[i].date_inherited for i in fits):
        return False
    return any(forest.find(j) in story and same_town(refs[i].place, refs[j].place)
               and _party_classes(refs[i].event) & _party_classes(refs[j].event)
               for i, js in fits.items() for j in js)


def _party_classes(ev: dict) -> set[tuple[str, str]]:
    """The (role, class) of an event's actor and target that name a party (`_party_shared`)."""
    found = {(role, (ev.get(role) or {}).get("class")) for role in ("actor", "target")}
    return {(role, c) for role, c in found if c and c not in settings()["unspecific_classes"]}


def _at_town(roots: set[int], fits: dict[int, list[int]], refs: list[EventRef],
             forest: Forest) -> bool:
    """Whether a report of the incidents `roots` lies within reach of one of the article's
    reports, both placed at a town or finer."""
    return any(forest.find(j) in roots and is_fine(refs[i].place) and is_fine(refs[j].place)
               and within_reach(refs[i].place, refs[j].place)
               for i, js in fits.items() for j in js)


def _story(root: int, members: dict[int, set[str]]) -> set[int]:
    """The candidate incidents that share reports with `root`, directly or through others:
    one story whose articles' events sit in several incidents (a strike and its toll placed
    at the region) is no rival of itself."""
    story, arts, grew = {root}, set(members[root]), True
    while grew:
        grew = False
        for other, own in members.items():
            if other not in story and own & arts:
                story.add(other)
                arts |= own
                grew = True
    return story


def join_by_text(refs: list[EventRef], forest: Forest, wording: Wording | None = None) -> None:
    """Pass 6 (module docstring): undated articles join the incident they read like. For a page
    no earlier pass tied to an incident, a report that took its date from an incident
    (`date_inherited`, in an earlier pass or earlier in this one) is a candidate like a dated
    one, by its place: an undated page's reports that
    the place of an incident's dated pages does not reach ("a bakery in Lisichansk" read in
    Luhansk) may meet the reports of another undated page that joined it (the same bakery's
    toll, placed at the province). Read once more when a page joined, so that the order the
    pages are read in does not decide which of two undated pages finds the other."""
    done: set[str] = set()  # pages that joined: read once, their other reports stay put
    reading: _Reading | None = None
    for _ in range(_ROUNDS):
        lonely = {a: idx for a, idx in _lonely(refs, forest).items() if a not in done}
        if not lonely:
            return
        reading = reading or _Reading.of(refs, wording)  # built once: later rounds only add
        if not _text_round(refs, forest, lonely, done, reading):
            return


#: Rounds of pass 6: a page that joined in one round may be the candidate another page of
#: the incident needed in the round before; more than a chain of three is not looked for.
_ROUNDS = 3


@dataclass
class _Reading:
    """What pass 6 reads the corpus by, built once for all its rounds: the dated reports by
    their keys (`index`: no window changes in the pass), the reports that took their date by
    their place (`taken`) and the list of those reports (`inherited`), both kept as reports
    join (a scan of all reports after every join would cost the whole corpus each time), and
    each article's words with their weights."""

    index: dict[tuple, list[int]]
    taken: dict[tuple, list[int]]
    inherited: list[int]
    words: dict[str, frozenset[str]]
    idf: dict[str, float]
    pages: dict[str, list[int]]  # each article's reports, for the days its page names

    @classmethod
    def of(cls, refs: list[EventRef], wording: Wording | None = None) -> _Reading:
        index: dict[tuple, list[int]] = defaultdict(list)
        taken: dict[tuple, list[int]] = defaultdict(list)
        for j, d in enumerate(refs):
            if d.window is None:
                if d.date_inherited:
                    _index_inherited(taken, j, d)
                continue
            if not (d.place or {}).get("country") or _month_only(d):
                continue
            area = admin_key(d.place)  # once per report, not once per bucket
            for b in buckets(d.window, 0):
                index[(d.group, "country", d.place["country"], b)].append(j)
                if area:
                    index[(d.group, "area", area, b)].append(j)
            if is_fine(d.place):
                index[(d.group, "cell", *grid_cell(d.place))].append(j)
            if area:
                index[(d.group, "area", area)].append(j)
            index[(d.group, "country", d.place["country"])].append(j)
        pages: dict[str, list[int]] = defaultdict(list)
        for j, d in enumerate(refs):
            pages[d.article_id].append(j)
        return cls(index, taken, [i for i, r in enumerate(refs) if r.date_inherited],
                   *(wording or page_words(refs)), pages)


def _text_round(refs: list[EventRef], forest: Forest, lonely: dict[str, list[int]],
                done: set[str], reading: _Reading) -> bool:
    """One reading of every lonely article (pass 6); whether any joined an incident (those
    are added to `done`)."""
    index, taken, inherited = reading.index, reading.taken, reading.inherited
    words, idf = reading.words, reading.idf
    tied = {refs[i].article_id for i in inherited}
    told = _joined_undated(refs, forest, inherited)
    moved = False
    for article in sorted(a for a in lonely if words[a]):
        # a page an earlier pass tied already is placed: the pages that took their date are
        # candidates only for one nothing tied
        fits = _candidates(lonely[article], refs, index,
                           None if article in tied else taken)
        undated = {i: js for i, js in fits.items() if refs[i].window is None}
        named = _named_days_fit(undated, refs)
        why: list[str] = []
        root = _best(article, named, refs, forest, idf, words, told, why,
                     reading.pages.get(article))
        if undated:
            trace(article, "joined_by_wording" if root is not None else
                  "named_day_denies" if why == ["no_candidate"] and any(undated.values())
                  else why[0])
        if root is not None:
            moved = True
            done.add(article)
            joined = [i for i, js in undated.items() if any(forest.find(j) == root for j in js)]
            # where some of its reports meet a dated report of the incident, those alone join:
            # a report that meets only the pages that took their date ("60 died in recent
            # fighting" in the town of the strike) is another occurrence the page tells
            met = [i for i in joined if any(forest.find(j) == root and not refs[j].date_inherited
                                            for j in undated[i])]
            joined = met or joined
            for i in joined + _unplaced(article, {refs[i].group for i in joined}, refs, forest):
                forest.union(i, root)
                if not refs[i].date_inherited:
                    refs[i].date_inherited = True
                    inherited.append(i)
                    _index_inherited(taken, i, refs[i])
            told = _joined_undated(refs, forest, inherited)
        for i in [i for i in fits if refs[i].window is not None]:
            # a dated report is judged on its own: its days and area bound its candidates
            root = _best(article, {i: fits[i]}, refs, forest, idf, words, told)
            if root is not None:
                forest.union(i, root)
                told = _joined_undated(refs, forest, inherited)
    return moved


def trace(article: str, outcome: str) -> None:
    """Diagnostics: append what pass 6 did with an undated article's reports (one JSON line)
    to the file FOGOFWAR_TRACE_UNDATED names, when set (bench/scoring/undated_why.py reads it)."""
    path = os.environ.get("FOGOFWAR_TRACE_UNDATED")
    if path:
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(json.dumps({"article": article, "outcome": outcome}) + "\n")


def _index_inherited(index: dict[tuple, list[int]], j: int, d: EventRef) -> None:
    """Index a report that took its date from an incident by its place alone (its cell, its
    area), where the undated reports of pass 6 look (`_keys`); it has no window of its own for
    the dated coarse reports' keys."""
    if is_fine(d.place):
        index[(d.group, "cell", *grid_cell(d.place))].append(j)
    if admin_key(d.place):
        index[(d.group, "area", admin_key(d.place))].append(j)


def _joined_undated(refs: list[EventRef], forest: Forest,
                    inherited: list[int]) -> dict[int, set[str]]:
    """Per incident root: the articles of its reports that took their date from it
    (`inherited`: those reports)."""
    out: dict[int, set[str]] = defaultdict(set)
    for i in inherited:
        out[forest.find(i)].add(refs[i].article_id)
    return out


def _unplaced(article: str, groups: set[str], refs: list[EventRef], forest: Forest) -> list[int]:
    """An undated article's events of the joined kind that have no place and joined nothing:
    once its wording tied the article to an incident, its unplaced reports ("survivors said
    tanks fired on them") tell that incident too."""
    return [i for i, r in enumerate(refs)
            if r.article_id == article and r.published is None and r.window is None
            and not (r.place or {}).get("country") and r.group in groups
            and not r.date_inherited and forest.size(i) == 1]
