"""Pass 10: a page left alone joins the incident a learned model scores it to, clearly ahead.

After every rule pass, some pages still have no report in an incident that another page tells
too: a page with no date, one that places the event no finer than its country, one whose
place the gazetteer got wrong. The rule passes tie such a page by one kind of evidence at a
time (its site, its day, its wording, its parties); this pass weighs them together with a
logistic regression fitted on dev gold incidents (bench/train_page_linker.py, grouped by
incident), so that what carries to a new conflict is the weight of each kind of evidence, not
a rule fitted to one incident.

For each page left alone (none of its reports shares an incident with another page), the
candidates are the incidents of two pages or more holding a report of one of its type groups,
in a country one of its reports or its page's places name (any, when it names none). Each
candidate is described by `features` (page vs the incident's pages: wording, figures,
claimants, parties, places, type groups, days, the page's publication day against the
incident's span) and scored, 0 for those its days or provinces rule out (`contradicts`:
days apart, published before, other provinces); the page joins the best candidate when
its probability reaches the model's `threshold` and beats the runner-up's by `margin`, both
chosen in grouped cross-validation for no wrong join. Its reports of the incident's type
groups then join it, and those with no window take its date (`date_inherited`). Decisions
are all taken on the incidents as the rule passes left them, then applied, so the order
pages are read in decides nothing.

With FOGOFWAR_LINKER_DUMP naming a file, the pass joins nothing and writes each (page,
candidate) pair's features there (one JSON line), for the training script.
"""

from __future__ import annotations

import json
import math
import os
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from ..config import INCIDENT_MAX_DAYS
from ..models import shipped_model
from .grid import Forest
from .incidents import EventRef, admin_key, is_fine
from .similar import Wording, cosine, page_words

MODEL = "page_linker.json"
#: Figures this small recur across a war's reports ("one killed", "two wounded").
MIN_FIGURE = 3
#: Day gaps are read up to this many days (a month): beyond, one more day says nothing.
GAP_DAYS = 30
#: Claimants that name no one.
NAMELESS = frozenset({"unknown", "unknown outlet", ""})


@dataclass
class Bag:
    """What the features read of a page, or of an incident (its reports) and its pages."""

    words: set[str] = field(default_factory=set)
    figures: set[int] = field(default_factory=set)
    claimants: set[str] = field(default_factory=set)
    sides: set[str] = field(default_factory=set)
    towns: set[str] = field(default_factory=set)
    areas: set[tuple[str, str]] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)
    groups: set[str] = field(default_factory=set)
    windows: list[tuple[date, date]] = field(default_factory=list)
    published: date | None = None


def _page_bag(refs: list[EventRef]) -> Bag:
    """A page's figures, claimants and parties, from all its reports."""
    bag = Bag(words=set(refs[0].words), published=refs[0].published)
    for r in refs:
        for f in r.event.get("figures", []):
            v = f.get("value")
            if isinstance(v, (int, float)) and v >= MIN_FIGURE:
                bag.figures.add(int(v))
        if r.claimant.lower() not in NAMELESS and not r.narrated:
            bag.claimants.add(r.claimant.lower())
        for role in ("actor", "target"):
            side = (r.event.get(role) or {}).get("side")
            if side:
                bag.sides.add(f"{role}={side}")
    return bag


def _place_into(bag: Bag, refs: list[EventRef]) -> None:
    """The places, type groups and windows of some reports."""
    for r in refs:
        p = r.place or {}
        if is_fine(p):
            if p.get("geonames_id"):
                bag.towns.add(f"#{p['geonames_id']}")
            if p.get("name"):
                bag.towns.add(p["name"].lower())
        if admin_key(p):
            bag.areas.add(admin_key(p))
        if p.get("country"):
            bag.countries.add(p["country"])
        bag.groups.add(r.group)
        if r.window is not None and not r.date_inherited:
            bag.windows.append(r.window)


def _gap(a: list[tuple[date, date]], b: list[tuple[date, date]]) -> int | None:
    """The fewest days between a window of `a` and one of `b` (0 when they overlap)."""
    gaps = [max((x[0] - y[1]).days, (y[0] - x[1]).days, 0) for x in a for y in b]
    return min(gaps) if gaps else None


def _share(mine: set, theirs: set) -> float:
    return len(mine & theirs) / len(mine) if mine else 0.0


def features(page: Bag, incident: Bag, pages: list[Bag], idf: dict[str, float]) -> dict[str, float]:
    """Page vs one candidate incident (`incident`: its reports' places, groups and windows and
    its pages' words, figures, claimants and parties; `pages`: its pages one by one). The same
    dict at training and at run time."""
    words = frozenset(page.words)
    gap = _gap(page.windows, incident.windows)
    span = (min(w[0] for w in incident.windows), max(w[1] for w in incident.windows)) \
        if incident.windows else None
    pub = page.published
    return {
        "cos_all": cosine(words, incident.words, idf),
        "cos_max": max((cosine(words, p.words, idf) for p in pages), default=0.0),
        "figures": _share(page.figures, incident.figures),
        "no_figures": float(not page.figures),
        "claimants": _share(page.claimants, incident.claimants),
        "sides": _share(page.sides, incident.sides),
        "towns": _share(page.towns, incident.towns),
        "no_towns": float(not page.towns),
        "areas": _share(page.areas, incident.areas),
        "country": float(bool(page.countries & incident.countries)),
        "no_country": float(not page.countries),
        "groups": _share(page.groups, incident.groups),
        "dated": float(pub is not None),
        "windows": float(bool(page.windows)),
        "gap": min(gap, GAP_DAYS) / GAP_DAYS if gap is not None else 0.0,
        "gap_unknown": float(gap is None),
        "published_before": float(pub is not None and span is not None and pub < span[0]),
        "published_after": min(max((pub - span[1]).days, 0), GAP_DAYS) / GAP_DAYS
        if pub is not None and span is not None else 0.0,
        "pages": math.log(len(pages)),
    }


def with_rivals(rows: list[dict[str, float]]) -> list[dict[str, float]]:
    """Add, to each of one page's candidates, how far its wording leads the best other
    candidate's (`cos_lead`; its own when alone) and how many candidates there are."""
    for k, row in enumerate(rows):
        others = [r["cos_all"] for j, r in enumerate(rows) if j != k]
        row["cos_lead"] = row["cos_all"] - max(others, default=0.0)
        row["rivals"] = min(len(others), 5) / 5
    return rows


def _tight(windows: list[tuple[date, date]]) -> list[tuple[date, date]]:
    """The windows that name a day or two, not a month (a month-dated page's window holds
    every strike of its month)."""
    return [w for w in windows if (w[1] - w[0]).days <= INCIDENT_MAX_DAYS]


def contradicts(page: Bag, incident: Bag) -> bool:
    """Whether the page's days or provinces rule the incident out, whatever its wording reads:
    its reports dated to a day or two and the incident's lie more than INCIDENT_MAX_DAYS
    apart, it came out before the incident began, or both name provinces and none is the
    same. The rule passes keep such pages apart on purpose; the model has no say there."""
    gap = _gap(_tight(page.windows), _tight(incident.windows))
    if gap is not None and gap > INCIDENT_MAX_DAYS:
        return True
    if page.published is not None and incident.windows \
            and page.published < min(w[0] for w in incident.windows):
        return True
    return bool(page.areas and incident.areas and not page.areas & incident.areas)


def probability(model: dict, row: dict[str, float]) -> float:
    """The model's probability that the page reports the incident; 0 for an incident its
    days or provinces rule out (`contradicts`: it still counts as a rival in `cos_lead`)."""
    if row.get("contradicted"):
        return 0.0
    z = model["bias"] + sum(w * row.get(f, 0.0) for f, w in model["weights"].items())
    return 1.0 / (1.0 + math.exp(-max(min(z, 50.0), -50.0)))


def pick(probs: list[float], threshold: float, margin: float) -> int | None:
    """The candidate chosen among one page's, by index: the best when it reaches `threshold`
    and leads the runner-up by `margin`; else None."""
    if not probs:
        return None
    order = sorted(range(len(probs)), key=lambda k: -probs[k])
    best = probs[order[0]]
    second = probs[order[1]] if len(order) > 1 else 0.0
    return order[0] if best >= threshold and best - second >= margin else None


@cache
def _model() -> dict | None:
    return shipped_model(MODEL)


def candidates(refs: list[EventRef], forest: Forest, every: bool = False,
               wording: Wording | None = None) -> dict[str, list[tuple[int, dict]]]:
    """Each page left alone -> its candidate incidents (root, features), as the module says.
    With `every` (training), every page, each incident it is in read without it: a page the
    rules joined, seen as if they had left it out."""
    members = forest.members()
    pages_of = {root: {refs[i].article_id for i in idx} for root, idx in members.items()}
    by_page: dict[str, list[EventRef]] = defaultdict(list)
    for r in refs:
        by_page[r.article_id].append(r)
    shared = {a for arts in pages_of.values() if len(arts) > 1 for a in arts}
    words, idf = wording or page_words(refs)
    bags = {a: _page_bag(rs) for a, rs in by_page.items()}

    def incident(root: int, without: str | None = None) -> tuple[Bag, list[Bag]]:
        arts = sorted(pages_of[root] - {without})
        bag = Bag()
        for a in arts:
            b = bags[a]
            bag.words |= b.words
            bag.figures |= b.figures
            bag.claimants |= b.claimants
            bag.sides |= b.sides
        _place_into(bag, [refs[i] for i in members[root] if refs[i].article_id != without])
        return bag, [bags[a] for a in arts]

    # incidents of two pages or more by (type group, country) and (type group, None); each
    # one's bag is read only when a page left alone is compared with it (`whole`)
    by_key: dict[tuple[str, str | None], set[int]] = defaultdict(set)
    for root, arts in pages_of.items():
        if len(arts) > 1:
            rs = [refs[i] for i in members[root]]
            countries = {c for r in rs if (c := (r.place or {}).get("country"))}
            for g in {r.group for r in rs}:
                by_key[(g, None)].add(root)
                for c in countries:
                    by_key[(g, c)].add(root)
    whole = cache(incident)  # an incident read with all its pages, once

    out: dict[str, list[tuple[int, dict]]] = {}
    for a, rs in sorted(by_page.items()):
        own = [r for r in rs if not r.background]
        if (a in shared and not every) or not own or not words[a]:
            continue
        page = bags[a]
        _place_into(page, own)
        page.countries |= {k[0] for r in own for k in r.areas}
        keys = [(g, c) for g in page.groups for c in page.countries] if page.countries \
            else [(g, None) for g in page.groups]
        read = {root: incident(root, a) if a in pages_of[root] else whole(root)
                for root in sorted(set().union(*(by_key.get(k, set()) for k in keys)))
                if len(pages_of[root] - {a}) > 1}
        rows = with_rivals([features(page, *bags_, idf) for bags_ in read.values()])
        for row, bags_ in zip(rows, read.values(), strict=True):
            row["contradicted"] = float(contradicts(page, bags_[0]))
        out[a] = list(zip(read, rows, strict=True))
    return out


def join_learned(refs: list[EventRef], forest: Forest, model: dict | None = None,
                 wording: Wording | None = None) -> None:
    """Pass 10 (module docstring)."""
    dump = os.environ.get("FOGOFWAR_LINKER_DUMP")
    model = model if model is not None else _model()
    if model is None and not dump:
        return
    # FOGOFWAR_LINKER_THRESHOLD overrides the model's threshold (above 1: the pass is off and
    # reads nothing, so an ablation with it off costs what the rule passes cost)
    shipped = (model or {}).get("threshold", 1)
    threshold = float(os.environ.get("FOGOFWAR_LINKER_THRESHOLD") or shipped)
    if threshold > 1 and not dump:
        return
    found = candidates(refs, forest, every=bool(dump), wording=wording)
    if dump:
        pages_of = {root: {refs[i].article_id for i in idx}
                    for root, idx in forest.members().items()}
        shared = {a for arts in pages_of.values() if len(arts) > 1 for a in arts}
        with open(dump, "a", encoding="utf-8") as fh:
            for a, cands in found.items():
                for root, row in cands:
                    fh.write(json.dumps({"page": a, "incident": sorted(pages_of[root] - {a}),
                                         "alone": a not in shared, "features": row}) + "\n")
        return
    assert model is not None
    joins = []
    for a, cands in found.items():
        k = pick([probability(model, row) for _, row in cands], threshold, model["margin"])
        if k is not None:
            joins.append((a, cands[k][0]))
    members = forest.members()
    for a, root in joins:
        groups = {refs[i].group for i in members[root]}
        for i, r in enumerate(refs):
            if r.article_id == a and r.group in groups and not r.background:
                r.date_inherited |= r.window is None
                forest.union(i, root)
