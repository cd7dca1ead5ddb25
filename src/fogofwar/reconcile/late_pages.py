"""Late pages (pass 6a, after the wording pass): a page published long after an incident whose
report of it names no day of its own.

A report with no date of its own on a dated page is read in the look-back before the page's date
(`undated_lookback_days`); a follow-up, an admission, an anniversary or an inquiry published
weeks or months later tells an incident far before that window ("China admitted to casualties
during the Galwan Valley clash"), and no pass reaches it. Such a report joins the one earlier
incident when the evidence is strong and unique:

- the report names no day of its own and sits with no other page's report;
- its page refers to the past (past_cues.refers_to_past: an earlier year, "last June", a
  past perfect);
- a dated incident of its type group lies at its very place (the same town or site in the
  gazetteer, the same named site, the same village no gazetteer holds read at the same province,
  or the same place no gazetteer knows: not merely the country)
  and ends before the page's look-back;
- exactly one such incident fits (two fit: none is joined; incidents sharing a dated page,
  a clash and its month-dated toll told by one page, or whose days overlap, the clash of 15
  June and another page's "June" report of it, are one story, and the report joins the
  incident of it most pages tell), and the page reads like the story's pages, all of them
  (similar.py's TF-IDF cosine at least `text_min_similarity`, or `text_alone_share` of it
  when two pages or more date the story, as pass 6 asks of a story at the page's town),
  clearly ahead (`text_margin` times) of every other incident of its type group in its
  country.

It then takes the incident's date (`date_inherited`), as the undated reports of the other late
passes do.

A report dated only to its month on a page published after that month ("the observatory says
139 were killed on the bridge in February 2008", a year on; "in April, the military bombed a
gathering in Sagaing") is read the same way, with its province for the very place: the
incidents of its type group and parties in its province (placed only at its country: of its
country, giving a near or equal toll of the same victims, `undated_toll_min` and
`undated_country_toll_share`) whose dated days fall in its month, one story of them, read
clearly ahead of the country's other incidents. Its page need not name the past: its month
does.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import timedelta

from .coherence import toponym_key
from .evidence import CASUALTY, near_toll, parties_compatible
from .grid import Forest
from .incidents import EventRef, admin_key, is_fine, settings
from .past_cues import refers_to_past
from .similar import Wording, cosine, page_words
from .sites import is_village, sites_match


def join_late_pages(refs: list[EventRef], forest: Forest, wording: Wording | None = None) -> None:
    """Pass 6a (module docstring)."""
    conf = settings()
    lookback = timedelta(days=conf["undated_lookback_days"])
    late = [i for i, r in enumerate(refs) if _late_report(r)]
    months = [i for i, r in enumerate(refs) if _month_report(r, lookback)]
    if not late and not months:
        return
    pages = {root: {refs[i].article_id for i in idx} for root, idx in forest.members().items()}
    late = [i for i in late if pages[forest.find(i)] == {refs[i].article_id}]
    months = [i for i in months if pages[forest.find(i)] == {refs[i].article_id}]
    past: dict[str, bool] = {}  # page -> whether it refers to the past, read once per page
    late = [i for i in late if _refers_to_past(refs[i], past)]
    if not late and not months:
        return
    dated = [j for j, d in enumerate(refs)
             if d.window is not None and not d.date_inherited and d.event.get("date")]
    words, idf = wording or page_words(refs)
    arts: dict[int, set[str]] = defaultdict(set)  # incident -> the pages of its dated reports
    last: dict[int, object] = {}  # incident -> the last day of its dated reports
    first: dict[int, object] = {}  # incident -> the first day of its dated reports
    by_country: dict[tuple, set[int]] = defaultdict(set)
    for j in dated:
        d, root = refs[j], forest.find(j)
        arts[root].add(d.article_id)
        last[root] = max(last.get(root, d.window[1]), d.window[1])
        first[root] = min(first.get(root, d.window[0]), d.window[0])
        by_country[(d.group, (d.place or {}).get("country"))].add(root)
    spots = _spots(refs, dated)
    areas = _areas(refs, dated)
    joins: dict[int, int] = {}
    for i in [*late, *months]:
        r = refs[i]
        before = r.published - lookback
        if r.event.get("date"):
            # a month's report: the incidents of its province (or, placed at its country, of
            # its country with a near or equal toll) whose days fall in that month
            here = {forest.find(j) for j in areas.get(_area_key(r), ())
                    if refs[j].article_id != r.article_id and _month_fits(r, refs[j], conf)}
            here = {root for root in here
                    if first[root] <= r.window[1] and last[root] >= r.window[0]}
        else:
            # the incidents at its very place lying wholly before the page's look-back
            here = {forest.find(j) for j in _spot_candidates(r, spots)
                    if refs[j].group == r.group and refs[j].article_id != r.article_id
                    and _same_spot(r, refs[j])}
            here = {root for root in here if last[root] < before}
        stories = _stories(here, arts, {x: (first[x], last[x]) for x in here})
        if len(stories) != 1:
            continue
        # of the story's incidents, the one most of its pages tell
        root = max(stories[0], key=lambda x: (len(arts[x]), -x))
        mine = words[r.article_id]

        def read(xs: set[int], article: str = r.article_id, mine: frozenset = mine) -> float:
            told = set().union(*(pages[x] for x in xs)) - {article}
            return cosine(mine, set().union(*(words[a] for a in told)), idf)
        top = read(stories[0])
        second = max((read({x}) for x in by_country[(r.group, (r.place or {}).get("country"))]
                      if x not in stories[0]), default=0.0)
        if top >= _floor(stories[0], arts, conf) and top >= conf["text_margin"] * second:
            joins[i] = root
    for i, root in joins.items():
        forest.union(i, root)
        refs[i].date_inherited = True


def _floor(story: set[int], arts: dict[int, set[str]], conf: dict) -> float:
    """The wording a late page needs to join the one story at its very place:
    `text_min_similarity`, or only `text_alone_share` of it when two pages or more date the
    story (as pass 6 asks of a story at the page's town, similar._sole_story): place, type and
    the page's look back already point at it alone, and the absolute floor moves with every
    unrelated page the corpus takes in."""
    floor = conf["text_min_similarity"]
    return floor * conf["text_alone_share"] if len(set().union(*(arts[x] for x in story))) >= 2 \
        else floor


def _late_report(r: EventRef) -> bool:
    """A report of a dated page naming no day of its own (its page's text is read last, for
    the reports left: `_refers_to_past`)."""
    return (r.published is not None and r.window is not None and not r.date_inherited
            and not r.event.get("date") and r.day_known)


def _month_report(r: EventRef, lookback: timedelta) -> bool:
    """A report dated by its own sentence to a month only ("in February 2008", "in November")
    on a page published after that month and its look-back (a rights group's report a year
    on, a recall of an earlier attack): a month-wide window joins nothing in the passes that
    read days, so only its province, its month and its wording can tell which incident it
    tells."""
    return (r.published is not None and r.window is not None and not r.date_inherited
            and r.event.get("date_precision") == "month" and bool(r.event.get("date"))
            and r.window[1] + lookback < r.published
            and _area_key(r) is not None)


def _area_key(r: EventRef) -> tuple | None:
    """Where a month's report looks: its province, else its country (with a toll)."""
    if (key := admin_key(r.place)) is not None:
        return ("area", *key)
    country = (r.place or {}).get("country")
    return ("country", r.group, country) if country and _tolled(r) else None


def _tolled(r: EventRef) -> bool:
    return any(f.get("category") in CASUALTY for f in r.event.get("figures") or ())


def _month_fits(r: EventRef, d: EventRef, conf: dict) -> bool:
    """A dated report a month's report may be of: of its type group and parties, and, the
    month's report placed only at its country, giving a near or equal toll of the same victims
    (a country holds many incidents a month)."""
    if d.group != r.group or not parties_compatible(r.event, d.event):
        return False
    if admin_key(r.place) is not None:
        return True
    return near_toll(r.event, d.event, conf["undated_toll_min"],
                     conf["undated_country_toll_share"])


def _areas(refs: list[EventRef], dated: list[int]) -> dict[tuple, list[int]]:
    """The dated reports by province, and by type group and country."""
    out: dict[tuple, list[int]] = defaultdict(list)
    for j in dated:
        d = refs[j]
        if (key := admin_key(d.place)) is not None:
            out[("area", *key)].append(j)
        if (country := (d.place or {}).get("country")):
            out[("country", d.group, country)].append(j)
    return out


def _refers_to_past(r: EventRef, seen: dict[str, bool]) -> bool:
    """Whether the report's page refers to the past (past_cues.py), each page read once."""
    if r.article_id not in seen:
        seen[r.article_id] = refers_to_past(r.page_text, r.published)
    return seen[r.article_id]


def _same_spot(a: EventRef, b: EventRef) -> bool:
    """The very place, not its country: the same gazetteer town or site, the same named site,
    or the same place no gazetteer knows."""
    pa, pb = a.place or {}, b.place or {}
    if is_fine(pa) and is_fine(pb) and pa.get("geonames_id") and \
            pa.get("geonames_id") == pb.get("geonames_id"):
        return True
    if a.site is not None and b.site is not None and sites_match(a.site, b.site):
        return True
    if (va := _village_spot(pa)) is not None and va == _village_spot(pb):
        return True
    return bool(a.unknown & b.unknown)


def _village_spot(place: dict | None) -> tuple | None:
    """A village no gazetteer holds, read at the province its text put it in (sites.is_village:
    "the Galwan Valley" in Ladakh): its country, province and spelling family, the same on every
    page that names it there (sites.village_key keys the name alone)."""
    if not place or not is_village(place):
        return None
    return ("village", place.get("country"), place.get("admin1"), toponym_key(place.get("name")))


def _spot_keys(r: EventRef) -> list[tuple]:
    """The place keys a report is indexed and looked up under: gazetteer id, named site (one
    key for all: `sites_match` tells them apart), village, unknown place."""
    keys: list[tuple] = []
    if is_fine(r.place) and r.place.get("geonames_id"):
        keys.append(("gid", r.place["geonames_id"]))
    if r.site is not None:
        keys.append(("site",))
    if (key := _village_spot(r.place)) is not None:
        keys.append(key)
    keys += [("unknown", key) for key in r.unknown]
    return keys


def _spots(refs: list[EventRef], dated: list[int]) -> dict[tuple, list[int]]:
    """The dated reports by their place keys (`_spot_keys`)."""
    out: dict[tuple, list[int]] = defaultdict(list)
    for j in dated:
        for key in _spot_keys(refs[j]):
            out[key].append(j)
    return out


def _spot_candidates(r: EventRef, spots: dict[tuple, list[int]]) -> set[int]:
    return {j for key in _spot_keys(r) for j in spots.get(key, ())}


def _stories(roots: set[int], arts: dict[int, set[str]],
             spans: dict[int, tuple]) -> list[set[int]]:
    """The incidents grouped into stories: those sharing a dated page (a clash and its toll
    placed apart, both told by one page) or whose days overlap (the clash of 15 June and a
    report of "the June clash" there, dated to its month) tell one story, and are no rivals of
    each other."""

    def overlap(a: int, b: int) -> bool:
        return a in spans and b in spans and spans[a][0] <= spans[b][1] and \
            spans[b][0] <= spans[a][1]
    out: list[tuple[set[int], set[str]]] = []
    for root in sorted(roots):
        joined = [s for s in out if s[1] & arts[root] or any(overlap(root, x) for x in s[0])]
        for s in joined:
            out.remove(s)
        out.append(({root, *(r for s in joined for r in s[0])},
                    arts[root].union(*(s[1] for s in joined))))
    return [s[0] for s in out]
