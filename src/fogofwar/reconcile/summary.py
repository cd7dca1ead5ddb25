"""Per-incident figures by claimant, contradictions and corroboration, in the export shape.

Figures stay attributed: an incident carries each claimant's own low/high for each category,
never a merged total, because who says "five" and who says "six" is the evidence. Two figures
contradict when they could count the same victims and their intervals cannot both be true.
Corroboration counts independent sources: syndicated copies and reposts of one article count
once, because the source is the head of the claim chain (the author outlet for narration).
"""

from __future__ import annotations

import gc
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace

from .claimant_names import with_fuller_names
from .clause_speakers import split_clauses
from .cluster import cluster, is_anchor, is_tight
from .disputes import contradictions
from .evidence import CASUALTY, comparable, sides
from .figures import approx_value, ceiling_only, intervals_clash, is_vague, merge_intervals
from .ids import assign_ids
from .incidents import (
    EventRef,
    casualty_group,
    casualty_type,
    event_refs,
    is_days_toll,
    type_groups,
)
from .local_voices import with_local_sides
from .narration import relays, voiced_figures
from .other_days import other_day_reports
from .revision_chains import revisions
from .revision_rules import is_revision
from .stated_figures import (
    Stated,
    claim_figures,
    says_earlier,
    says_raised_to,
    says_revised,
    stated,
)
from .toll_owners import owned_tolls
from .tolls import (
    ceiling_of,
    earlier_count_pattern,
    first_count_pattern,
    pronoun_voice,
    raised_to_pattern,
    revision_cue_pattern,
)
from .unplaced import corpus_places
from .voices import one_spelling, respelt, with_inherited_sides


def incident_figures(refs: Sequence[EventRef]) -> list[dict]:
    """Each claimant's figures per category, merged (see figures.merge_intervals). A toll's
    parts that one statement gives beside it ("28 civilians were killed, including one
    child") are not the claimant's figures: "killed 1-28" read as a range no one gave.

    A page's outlet of no side narrating a count of casualties in its own words is no claimant:
    where a source of the incident gives a toll of casualties (of any category: the outlet's
    narrated wounded beside a ministry's dead are the outlet's telling, not a voice of its
    own), the outlet's row is left out (it still takes part in the disputes and revisions,
    which read it as a report of the toll known when it wrote); where none does, the narrated
    toll is all there is and stays. Nor is
    a source of no known side whose figures of a category are all vague plurals ("dozens of
    wounded", `Stated.vague`) a claimant where another source gives that category's count: it
    gives the toll's order, as disputes read it (disputes._loose); a side's "dozens" is its
    claim and stays. Nor is a source of no side named only by a pronoun of several voices
    ("both", "others": `tolls.pronoun_voice`) a claimant where a voice gives that category's
    count: it stands for voices named elsewhere, not one. A voice's vague plural beside its
    own count of that category that it can mean ("hundreds killed, UN says" beside the UN's "at
    least 330") gives way to the count: merged, "200 and up" is a floor the voice never gave,
    and it overlaps other voices' counts. One its count cannot mean ("hundreds" beside "27")
    counts something else and stays; a voice whose figures are all vague keeps them, but for
    the wounded (`VAGUE_UNLISTED`): "dozens were wounded", "hundreds injured" give the scale of
    the harm, not a count any voice sets against another's (as the gold conventions have it,
    a vague count is a claim with no figure), so a voice whose wounded are all vague plurals
    lists no row of them; its "dozens killed", which sides do set against a count, stays. Its
    figures still take part in the disputes.

    One claimant's name in two spellings ("Maxim Kozitsky", "Maksym Kozytskyy":
    `voices.respelt`) is one row under the spelling met first, the others listed in its
    `spellings`: two rows would read as two voices giving the same toll. So is the name its
    page wrote where reconcile keyed the voice by the person or fuller name the incident gives
    it ("the governor": `EventRef.renamed_from`), so that the row is still found by it. Names
    that differ only by a body's title ("Pakistan", "Pakistan Army") stay two rows: two voices
    of a side.

    One voice's count of the militants and its count of another known group of one category
    ("30 militants and 5 soldiers were killed") are two rows, the militants' marked `victims`
    (`attackers_apart`): one row spanning 5-30 is no group's toll. Its other groups stay one
    row, spanning each (`_span`), as a part of a toll does ("including 38 soldiers"), but for
    a part counting the militants ("85 killed, including 61 attackers"): their own row.

    One voice's smaller counts of a category on the page where it gives a larger one ("155
    people were killed" and "killing eight guards", "35 dead, three of them police", "22
    policemen and nine civilians" beside "seven police officers") are parts of that page's
    toll (`page_parts`): the row holds the page's toll, not "8 or more", which overlaps every
    other voice's count. Its pages' tolls merge as before, but for the counts its highest
    count revises in an order the words tell (`earlier_steps`: "20 dead" on Monday's page,
    "the toll has risen to 74" on Wednesday's): those are steps, not the row, which is the
    toll the voice gives now (the revision lists the steps). Counts the highest does not
    revise, or whose order beside it no word tells, still merge (20-74)."""
    tallies: dict[tuple[str, str, bool], _Tally] = {}
    spelling = one_spelling(respelt)
    told = list(_claimed(refs))
    classes: dict[tuple[str, str], set[str | None]] = defaultdict(set)
    for r, category, _, _, _, group, _ in told:
        classes[category, spelling(r.claimant)].add(group)

    def key_of(r: EventRef, category: str, group: str | None) -> tuple[str, str, bool]:
        name = spelling(r.claimant)
        return category, name, group == ATTACKERS and attackers_apart(classes[category, name])

    steps = earlier_steps(told, key_of)
    claimed = [c[:6] for i, c in enumerate(told) if i not in steps]
    parts = page_parts(claimed, key_of)
    claimed = [c for i, c in enumerate(claimed) if i not in parts]
    counts: dict[tuple[str, str, bool], list[tuple]] = defaultdict(list)
    for r, category, bounds, _, loose, group in claimed:
        if not loose:
            counts[key_of(r, category, group)].append(bounds)
    for r, category, bounds, about, loose, group in claimed:
        key = key_of(r, category, group)
        if loose and any(not intervals_clash(bounds, c) for c in counts.get(key, ())):
            continue  # "hundreds killed" beside the voice's own "at least 330": its count
        name, apart = key[1], key[2]
        tally = tallies.get(key)
        if tally is None:
            tally = tallies[key] = _Tally({
                "category": category, "claimant": name, "side": r.side, "low": bounds[0],
                "high": bounds[1], "articles": [], **({"victims": ATTACKERS} if apart else {})})
        row = tally.row
        tally.vague = tally.vague and loose and r.side is None
        tally.loose = tally.loose and loose
        for spelt in (r.claimant, r.spoken_as, r.renamed_from):
            if spelt and spelt != name and spelt not in row.setdefault("spellings", []):
                row["spellings"].append(spelt)
        if not row.get("spellings", True):
            del row["spellings"]
        tally.abouts.add(about)
        tally.zero = tally.zero or (bounds[0] == 0 and not ceiling_only(bounds))
        tally.told = tally.told and r.narrated and r.side is None
        if tally.groups and _other_group(group, tally.groups):
            row["low"], row["high"] = _span((row["low"], row["high"]), bounds)
        else:
            row["low"], row["high"] = merge_intervals((row["low"], row["high"]), bounds)
        tally.groups.add(group)
        row["side"] = row["side"] or r.side
        if r.article_id not in row["articles"]:
            row["articles"].append(r.article_id)
    for tally in tallies.values():
        if len(tally.abouts) == 1 and None not in tally.abouts:
            tally.row["approx"] = True  # every figure of the row was "about N", one N: say so
            tally.row["about"] = next(iter(tally.abouts))  # N as said (a floor's row keeps no mid)
        tally.row["low"], tally.row["high"] = as_said(tally.row, tally.zero)
    sourced = {key[0] for key, tally in tallies.items() if not tally.told}
    tolled = not sourced.isdisjoint(CASUALTY)  # a source gives a toll of some casualty category
    counted = {key[0] for key, tally in tallies.items() if not tally.vague}
    voiced = {key[0] for key, tally in tallies.items()
              if not pronoun_voice(tally.row["claimant"])}
    return sorted((tally.row for key, tally in tallies.items()
                   if not (tally.told and key[0] in CASUALTY and tolled)
                   and not (key[0] in CASUALTY and key[0] in voiced
                            and tally.row["side"] is None
                            and pronoun_voice(tally.row["claimant"]))
                   and not (tally.vague and key[0] in counted and key[0] in CASUALTY)
                   and not (tally.loose and key[0] in VAGUE_UNLISTED)),
                  key=lambda x: (x["category"], x["claimant"], "victims" in x))


def earlier_steps(told: Sequence[tuple], key_of: Callable[[EventRef, str, str | None], tuple]
                  ) -> set[int]:
    """Indices of the `told` figures (`_claimed`) that their row's highest count revises:
    earlier steps of a toll that rose ("20 deaths" on Monday's page, "risen to 74" on
    Wednesday's), as the revision rules read two figures of one voice
    (`revision_rules.is_revision`, the earlier first), where the words tell the order
    (`_told_before`). The highest is the row's count of the largest floor, of a casualty
    category and no vague plural; a figure it does not revise (a count of other victims, one
    in a range it gave, one whose order beside it no word tells) stays in the row."""
    rows: dict[tuple, list[int]] = defaultdict(list)
    for i, (r, category, _, _, loose, group, item) in enumerate(told):
        if category in CASUALTY and not loose and item is not None:
            rows[key_of(r, category, group)].append(i)
    out: set[int] = set()
    for members in rows.values():
        items: list[Stated] = [told[i][6] for i in members]
        top = max(items, key=lambda s: (s.bounds[0], ceiling_of(s.bounds)))
        out |= {i for i, s in zip(members, items, strict=True)
                if s.bounds[0] < top.bounds[0] and _told_before(s, top)
                and is_revision(s, top)}
    return out


def _told_before(early: Stated, late: Stated) -> bool:
    """The words tell that `early` is an earlier count than `late`: the later one's sentence
    says the toll was moved to it or revised ("the toll rose to 74", "up from 20":
    `stated_figures.says_raised_to`, `says_revised`), or the earlier one's says it was the
    voice's earlier count ("had earlier reported 20", "initially said there were no
    casualties": `says_earlier`). Page dates alone do not: two pages of one voice a day apart
    may count two groups ("more than 70 of his students", "335 killed in the operation"),
    and which is the voice's toll no word says."""
    return says_raised_to(late) or says_revised(late) or says_earlier(early)


def as_said(row: dict, zero: bool = False) -> tuple[float | None, float | None]:
    """The row's bounds as its voice said them, for the export: "about 100" is 100-100 (its
    `approx` flag says "about"), "about 93 bodies" a floor of 93, "up to 40" no low bound and
    40, unless a figure of the row said 0 itself (`zero`: "no one was killed", later "one":
    0-1 is what it said). The -/+10 % margin and the 0 below a ceiling
    (`figures.figure_interval`) are for comparing only: disputes read the figures' own
    intervals (`Stated.bounds`), never the row's, so "about 100" and "95" stay no
    contradiction; exported, 90-110 or 0-40 are bounds nobody gave."""
    low, high = row["low"], row["high"]
    if row.get("approx"):
        return row["about"], None if high is None else row["about"]
    if low == 0 and high is not None and high > 0 and not zero:
        return None, high  # a ceiling ("up to 40"): no floor was said
    return low, high


def page_parts(claimed: Sequence[tuple], key_of: Callable[[EventRef, str, str | None], tuple]
               ) -> set[int]:
    """Indices of the `claimed` figures (`_claimed`) that a larger count of the same row key
    on the same page tops: each counts a part of the toll the voice gives there (see
    `incident_figures`). The top is the page's largest floor among its figures that are no
    toll of several days (`incidents.is_days_toll`: "40 since the start of the week" beside
    the day's "12" is no whole of it); a figure is a part when its ceiling (its floor, for a
    floor) is below the top and it counts people the top can hold (`evidence.comparable`, one
    voice, the side struck too: `_counted`; "76 people" beside "140 security officers", or
    "5 Turkish soldiers" beside "101 regime soldiers", are two groups, not a part and its
    whole; "eight guards" beside "155 people" is a part). A page that tells steps of a count
    ("the toll has risen to 30", "up from 14", "had earlier put it at 54": `tells_steps`)
    keeps them all: the row shows each value the voice gave, the revision lists the steps.
    Vague plurals take no part: they are the toll's order."""
    pages: dict[tuple, list[int]] = defaultdict(list)
    for i, (r, category, _, _, loose, group) in enumerate(claimed):
        if category in CASUALTY and not loose:
            pages[key_of(r, category, group), r.article_id].append(i)
    out: set[int] = set()
    for members in pages.values():
        said = [claimed[i][0].event.get("sentence") or "" for i in members]
        tops = [claimed[i][2][0] for i, text in zip(members, said, strict=True)
                if not is_days_toll(text)]
        if len(members) < 2 or not tops or any(map(tells_steps, said)):
            continue
        top = max(tops)
        groups = {_counted(claimed[i]) for i in members if claimed[i][2][0] == top}
        out |= {i for i in members if (claimed[i][2][1] if claimed[i][2][1] is not None
                                       else claimed[i][2][0]) < top
                and all(comparable(_counted(claimed[i]), g, one_voice=True) for g in groups)}
    return out


def _counted(figure: tuple) -> tuple[str | None, str | None]:
    """(victim class, side of the people struck) of a `_claimed` figure: "five of our troops"
    struck by the regime's shelling (side of Turkey) and "101 regime soldiers" (side of
    Syria's government) count two sides' dead, neither a part of the other."""
    return figure[5], sides(figure[0].event)[1]


def tells_steps(sentence: str) -> bool:
    """The sentence moves a toll or recalls an earlier count of it ("the death toll has risen
    to 30", "up from 14", "police earlier put it at 54", "initial reports put the toll at
    500": the reconcile pack's `toll_raised_verbs`, `revision_cues`, `earlier_count_cues`,
    `first_count_cues`)."""
    low = " ".join(sentence.lower().split())
    return bool(raised_to_pattern().search(low) or revision_cue_pattern().search(low)
                or earlier_count_pattern().search(low) or first_count_pattern().search(low))


#: Casualty categories whose all-vague rows are no rows ("dozens wounded": see
#: `incident_figures`).
VAGUE_UNLISTED = frozenset({"injured"})


@dataclass
class _Tally:
    """One row of `incident_figures` and what its figures so far say beside it: the "about N"
    values they gave (`abouts`), whether all were an unsided outlet's narration (`told`) or an
    unsided voice's vague plurals (`vague`), whether all were vague plurals whatever the voice's
    side (`loose`), and the victim classes they counted (`groups`)."""

    row: dict
    abouts: set[float | None] = field(default_factory=set)
    zero: bool = False  # a figure said 0 as a count, not as the floor below a ceiling
    told: bool = True
    vague: bool = True
    loose: bool = True
    groups: set[str | None] = field(default_factory=set)


#: The victim class of a non-state armed group's fighters (evidence.victim): one voice's count
#: of them and its count of the others killed are two rows.
ATTACKERS = "militants"


def attackers_apart(groups: set[str | None]) -> bool:
    """One voice's figures of one category count the militants and another known group of
    people ("30 militants and 5 soldiers were killed", "91 attackers ... while 33 members of its
    own forces and 12 civilians also died"): two tolls, of two groups, not one span."""
    return ATTACKERS in groups and any(g not in (None, ATTACKERS) for g in groups)


def _other_group(group: str | None, seen: set[str | None]) -> bool:
    """A figure of a victim class none of the row's figures so far counts, and that one voice
    cannot mean for the same dead ("up to 50 officers as well as up to 20 mercenaries"): it
    counts other people."""
    return group is not None and None not in seen and not any(
        comparable((group, None), (g, None), one_voice=True) for g in seen)


def _span(a: tuple[float, float | None], b: tuple[float, float | None]
          ) -> tuple[float, float | None]:
    """Every value of two intervals of different victim groups: what both say together
    (`merge_intervals` of two ceilings, "up to 50" and "up to 20": up to 20) is a count of
    neither group."""
    high = None if None in (a[1], b[1]) else max(a[1], b[1])  # type: ignore[type-var]
    return min(a[0], b[0]), high


def _claimed(refs: Sequence[EventRef]
             ) -> Iterator[tuple[EventRef, str, tuple, float | None, bool, str | None,
                                 Stated | None]]:
    """(ref, category, interval, approximate value or None, vague, victim class or None, the
    figure as stated or None for an uncategorised number) of
    every figure a claimant states as a count of its own: the tolls disputes compare (parts
    dropped, and an outlet of no side narrating the figure a named source of the incident
    gives: that source's row holds it), then the uncategorised numbers as they stand."""
    for items in stated(refs).values():
        voiced = voiced_figures(items)
        tolls = page_tolls(items)
        for s in items:
            if not relays(s, voiced):  # an outlet narrating a named source's figure
                # a part of a toll ("53 killed, including 38 soldiers") is no group apart,
                # but for the attackers ("85 killed, including 61 attackers"): their count
                # is a toll of its own (`attackers_apart`)
                # "nearly 300" is 300 as said, as "about 300" is (`Stated.below`)
                about = s.about if s.about is not None else s.below
                yield s.ref, s.category, row_bounds(s, tolls), about, s.vague, \
                    None if s.part and s.victims[0] != ATTACKERS else s.victims[0], s
    for r, fig, bounds in claim_figures(refs):
        if fig.get("category") == "other":
            yield r, "other", bounds, approx_value(fig), is_vague(fig), None, None


def page_tolls(items: Sequence[Stated]) -> dict[str, float]:
    """Page -> the largest floor among the figures of one category it gives, counts of bodies
    included, that are no vague plural or part of a toll: what the page says died."""
    out: dict[str, float] = {}
    for s in items:
        if not s.vague and not s.part:
            out[s.ref.article_id] = max(out.get(s.ref.article_id, 0), s.bounds[0])
    return out


def row_bounds(s: Stated, tolls: dict[str, float]) -> tuple[float, float | None]:
    """The interval a figure gives its voice's row: a count of bodies as said ("61 bodies were
    recovered": 61), the toll the voice gives, unless its page tells a larger toll ("the death
    toll rose to 46" beside "24 bodies were found"): then the bodies are those found so far, at
    least that many dead (the floor, `Stated.bounds`). Disputes weigh the floor against other
    voices' tolls either way (disputes._as_said); a vague plural of bodies ("dozens of
    bodies") stays the toll's order."""
    if s.said is None or s.vague or tolls.get(s.ref.article_id, 0) > s.said[0]:
        return s.bounds
    return s.said


def source_sides(refs: Sequence[EventRef]) -> dict[str, str | None]:
    """Independent source (claim chain head) -> its side, None when unknown.

    Reposts, syndicated copies and repeated reports by one voice are one source.
    """
    sides: dict[str, str | None] = {}
    for r in refs:
        sides[r.claimant] = sides.get(r.claimant) or r.side
    return sides


def classify_sources(sides: dict[str, str | None]) -> str:
    """The corroboration label for independent sources and their sides:

    - single-source: one independent source.
    - same-side: two or more sources, every one with a known side, all the same side.
    - cross-side: sources from at least two different known sides.
    - multi-source: two or more sources, but at most one known side among them (the others
      unknown), so neither agreement within a side nor across sides is established.
    """
    if len(sides) < 2:
        return "single-source"
    known = {s for s in sides.values() if s}
    if len(known) >= 2:
        return "cross-side"
    return "same-side" if None not in sides.values() else "multi-source"


def corroboration(refs: Sequence[EventRef]) -> str:
    """How independently the incident is attested; see `classify_sources` for the labels."""
    return classify_sources(source_sides(refs))


def incident_dates(refs: Sequence[EventRef]) -> tuple[str | None, str | None]:
    """The span of the tightly dated members; else the overlap (or span) of all windows."""
    windows = [r.window for r in refs if r.window and is_tight(r)] or [
        r.window for r in refs if r.window]
    if not windows:
        return None, None
    if any(is_tight(r) for r in refs):
        start, end = min(w[0] for w in windows), max(w[1] for w in windows)
    else:
        start, end = max(w[0] for w in windows), min(w[1] for w in windows)
        if start > end:
            start, end = min(w[0] for w in windows), max(w[1] for w in windows)
    return start.isoformat(), end.isoformat()


def incident_place(members: Sequence[EventRef]) -> dict | None:
    """Where the incident happened: among its anchors (a town and a tight date of the report's
    own), else among the places its reports state themselves, else among any (one borrowed
    from a page's main area), the place the most pages agree with: a page agrees with its own
    place and with any place inside it (a page at "Iraq" agrees with "Dahuk", one at Dahuk
    not with "Iraq"), so the finest place the others hold wins over their coarser reading.
    The first met wins a tie. One page stating a place its sister pages do not (a page whose
    unplaced reports all took its main area) does not outvote the pages that agree."""
    located = [r for r in members if is_anchor(r)] or [
        r for r in members if r.place and r.inferred != "article"] or [
        r for r in members if r.place]
    if not located:
        return None
    pages: dict[tuple, set[str]] = {}
    first: dict[tuple, dict] = {}
    for r in located:
        key = _place_key(r.place)
        pages.setdefault(key, set()).add(r.article_id)
        first.setdefault(key, r.place)

    def agreeing(key: tuple) -> int:
        return len(set().union(*(pages[k] for k in pages
                                 if k == key or _holds(first[k], first[key]))))

    return first[max(pages, key=agreeing)]  # max keeps the first on a tie


def _place_key(place: dict) -> tuple:
    return (place.get("geonames_id"), place.get("name") or place.get("text"),
            place.get("lat"), place.get("lon"))


#: How coarse a place's precision is: a country holds an admin1 area, which holds a town.
_LEVEL = {"country": 0, "admin1": 1}


def _holds(outer: dict, inner: dict) -> bool:
    """Whether `outer` is a country or first-level area `inner` lies in (that a place holds
    itself, `incident_place` reads from their keys)."""
    level = _LEVEL.get(outer.get("precision") or "")
    if level is None or not outer.get("country") or outer.get("country") != inner.get("country"):
        return False
    if _LEVEL.get(inner.get("precision") or "", 2) <= level:
        return False
    return level == 0 or (bool(outer.get("admin1")) and outer.get("admin1") == inner.get("admin1"))


def summarise(incident_id: str, members: Sequence[EventRef]) -> dict:
    """One incident in the export shape. Its `articles` are the pages that report it; a page
    whose events in it are all background (recalled beside its news: "since the October 7
    attack") is only `mentioned_in`, and its figures are no claimant's toll of the incident:
    figures, disputes and corroboration come from the reports alone."""
    reports = [r for r in members if not r.background]
    # a report of a page that names another day of its own than the incident's gives no
    # figures: they are another attack's toll (other_days.py); the page still reports it
    apart = other_day_reports(reports)
    tellers = [r for r in reports if r.event_id not in apart] or reports
    # the toll claims of the reports' pages with no event of their own (toll_claims.py) give
    # figures; a second speaker's clause in a claim's sentence is that speaker's statement
    # (figures only), as is a count an outlet's sentence names its keeper of ("a government
    # toll stood at 132": toll_owners.py); names and sides are worked out again only when
    # either added any
    told = [*tellers, *(t for r in tellers for t in r.tolls)]
    split = list(owned_tolls(split_clauses(told)))
    reports = with_inherited_sides(with_fuller_names(reports))
    if len(split) != len(tellers):
        voices = with_inherited_sides(with_fuller_names(split))
    elif len(tellers) == len(reports):  # none set apart (or every one): the reports as named
        voices = reports
    else:
        voices = with_inherited_sides(with_fuller_names(tellers))
    voiced = with_local_sides(voices)
    start, end = incident_dates(members)
    reporting = {r.article_id for r in reports}
    figures = incident_figures([replace(r, claimant=r.written, spoken_as=r.claimant)
                                if r.written else r for r in voiced])
    return {
        "id": incident_id,
        "type": incident_type(members, figures),
        "place": incident_place(members),
        "date_start": start,
        "date_end": end,
        "articles": sorted(reporting),
        "mentioned_in": sorted({r.article_id for r in members} - reporting),
        "events": sorted(r.event_id for r in members),
        # a described body's row keeps the name its page wrote ("the charity"), and the
        # body's own name among its spellings
        "figures": figures,
        "contradictions": contradictions(voiced),
        "revisions": revisions(voiced),
        "corroboration": corroboration(reports or members),
        "date_inherited": sorted(r.event_id for r in members if r.date_inherited),
    }


def order_incidents(incidents: list[dict]) -> list[dict]:
    """Most-reported first, then by date."""
    return sorted(incidents, key=lambda i: (-len(i["articles"]), -len(i["events"]),
                                            i["date_start"] or "", i["id"]))


@contextmanager
def cyclic_gc_paused() -> Iterator[None]:
    """Pause CPython's cyclic garbage collector while clustering.

    Clustering allocates many small, acyclic objects over a heap of event dicts; every full
    collection walks that whole heap, which made 100k events cost 14x, not 10x, what 10k cost.
    Nothing built here forms a reference cycle, so reference counting frees it all anyway.
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            # What was built here is acyclic: filed with the old objects at once (freeze, then
            # unfreeze into the oldest generation), so that the first young collection after
            # the pause does not walk every object allocated during it (0.3 s of 10 at 100k
            # events, and growing with them). Objects frozen before stay frozen.
            frozen = gc.get_freeze_count()
            gc.freeze()
            gc.enable()
            if not frozen:
                gc.unfreeze()


def build_incidents(articles: Iterable[dict], previous: dict[str, str] | None = None) -> list[dict]:
    """Incidents of these articles from scratch; `previous` (event id -> id) keeps old ids."""
    with cyclic_gc_paused():
        clusters = cluster(list(event_refs(corpus_places(list(articles)))))
        ids = assign_ids(clusters, previous or {})
        return order_incidents([summarise(i, m) for i, m in zip(ids, clusters, strict=True)])


def incident_type(members: Sequence[EventRef], figures: Sequence[dict]) -> str:
    """The incident's PLOVER type: its reports' most common type, except that an incident of
    violence (a report in the casualty group, or a row counting its killed or injured) takes
    the most common of its violent types, or the pack's `casualty_type` when no report has
    one. Protesters "killed during the protests" read by the protest noun, or a raid's
    arrests told more often than its dead, do not make a deadly occurrence a PROTEST or a
    SEIZE: the type says what the tolls it carries are of."""
    group, categories = casualty_group()
    groups = type_groups()
    types = [r.event["type"] for r in members]
    violent = [t for t in types if groups.get(t) == group]
    if violent:
        return _majority(violent)
    if any(r.group == group for r in members) or any(
            f.get("category") in categories for f in figures):
        return casualty_type()
    return _majority(types)


def _majority(values: Iterable[str]) -> str:
    counts = Counter(values)
    return max(sorted(counts), key=lambda k: counts[k])
