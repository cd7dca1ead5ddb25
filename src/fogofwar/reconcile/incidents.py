"""Cluster events reported across articles into incidents.

Two events belong to one incident when their types are compatible, their places are close (or
share an admin area when one is only known to that precision) and their date windows overlap.
Candidate pairs come only from blocks (type group x date bucket), so the work grows with the
number of events times the block size, not with the square of the corpus.

An event whose sentence gives no date inherits the article's publication date as the *end* of
its window: a report cannot describe what has not happened yet, but it may describe the days
before. Hypothetical and negated events never make incidents.
"""

from __future__ import annotations

import hashlib
import math
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta

from ..config import INCIDENT_MAX_DAYS, INCIDENT_MAX_KM
from ..packs import load_pack, require

#: How far back from publication an undated event may lie.
UNDATED_LOOKBACK_DAYS = 7


@dataclass
class EventRef:
    """One event with what reconciliation needs from its article and claim."""

    event: dict
    article_id: str
    origin: str  # the independent source this copy counts as (collapses reposts/duplicates)
    claimant: str
    side: str | None
    window: tuple[date, date] | None
    group: str


@dataclass
class _Cluster:
    refs: list[EventRef] = field(default_factory=list)


def type_groups() -> dict[str, str]:
    """PLOVER type -> compatibility group, from the reconcile pack."""
    pack = load_pack("reconcile")
    groups = require(pack, "reconcile", "compatible_types", dict)
    out: dict[str, str] = {}
    for group, types in groups.items():
        for t in types:
            out[t] = group
    return out


def event_window(ev: dict, published: date | None) -> tuple[date, date] | None:
    """Earliest and latest day the event can have happened, from its date and precision."""
    when, prec = ev.get("date"), ev.get("date_precision")
    if when:
        d = date.fromisoformat(when[:10]) if len(when) >= 10 else None
        if d is None and len(when) == 7:
            d = date.fromisoformat(when + "-01")
            prec = "month"
        if d is not None:
            if prec == "month":
                nxt = (d.replace(day=28) + timedelta(days=4)).replace(day=1)
                return d.replace(day=1), nxt - timedelta(days=1)
            if prec == "week":
                return d, d + timedelta(days=6)
            if prec == "year":
                return d.replace(month=1, day=1), d.replace(month=12, day=31)
            return d, d
    if published is not None:
        return published - timedelta(days=UNDATED_LOOKBACK_DAYS), published
    return None


def haversine_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


def places_compatible(p: dict | None, q: dict | None) -> bool:
    """Close enough to be one incident, respecting how precisely each place is known.

    A country-level place says too little to join anything; an admin1-level place joins
    anything inside that admin area; towns and points join within INCIDENT_MAX_KM.
    """
    if not p or not q or p.get("lat") is None or q.get("lat") is None:
        return False
    if "country" in (p.get("precision"), q.get("precision")):
        return False
    if "admin1" in (p.get("precision"), q.get("precision")):
        return bool(p.get("admin1")) and p.get("admin1") == q.get("admin1") and (
            p.get("country") == q.get("country"))
    return haversine_km((p["lat"], p["lon"]), (q["lat"], q["lon"])) <= INCIDENT_MAX_KM


def windows_overlap(a: tuple[date, date], b: tuple[date, date]) -> bool:
    slack = timedelta(days=INCIDENT_MAX_DAYS)
    return a[0] <= b[1] + slack and b[0] <= a[1] + slack


def compatible(a: EventRef, b: EventRef) -> bool:
    if a.group != b.group or a.window is None or b.window is None:
        return False
    if not windows_overlap(a.window, b.window):
        return False
    return places_compatible(a.event.get("place"), b.event.get("place"))


def _blocks(refs: list[EventRef], bucket_days: int) -> dict[tuple[str, int], list[int]]:
    """Index events by (group, date bucket); an event sits in every bucket its window touches."""
    blocks: dict[tuple[str, int], list[int]] = defaultdict(list)
    slack = timedelta(days=INCIDENT_MAX_DAYS)
    for i, r in enumerate(refs):
        if r.window is None:
            continue
        first = (r.window[0] - slack).toordinal() // bucket_days
        last = (r.window[1] + slack).toordinal() // bucket_days
        for bucket in range(first, last + 1):
            blocks[(r.group, bucket)].append(i)
    return blocks


def cluster(refs: list[EventRef], bucket_days: int = 7) -> list[list[EventRef]]:
    """Union-find over compatible pairs found inside blocks."""
    parent = list(range(len(refs)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    seen: set[tuple[int, int]] = set()
    for members in _blocks(refs, bucket_days).values():
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                i, j = members[x], members[y]
                if (i, j) in seen:
                    continue
                seen.add((i, j))
                if find(i) != find(j) and compatible(refs[i], refs[j]):
                    parent[find(i)] = find(j)
    groups: dict[int, list[EventRef]] = defaultdict(list)
    for i, r in enumerate(refs):
        groups[find(i)].append(r)
    return list(groups.values())


def event_refs(articles: Iterable[dict]) -> Iterator[EventRef]:
    """Flatten articles (export shape) into events carrying claim and source context."""
    groups = type_groups()
    for art in articles:
        published = _parse_published(art.get("published"))
        claims = {c["id"]: c for c in art.get("claims", [])}
        origin = art.get("duplicate_of") or art["id"]
        for ev in art.get("events", []):
            if ev.get("negated") or ev.get("hypothetical") or ev["type"] not in groups:
                continue
            claim = claims.get(ev.get("claim_id") or "")
            claimant, side = claim_source(claim, art)
            yield EventRef(ev, art["id"], origin, claimant, side,
                           event_window(ev, published), groups[ev["type"]])


def claim_source(claim: dict | None, art: dict) -> tuple[str, str | None]:
    """Who first made the claim (chain head) and their side; the outlet for narration."""
    if claim and claim.get("chain"):
        head = claim["chain"][0]
        person = claim.get("claimant") or {}
        return head, person.get("side")
    return art.get("original_outlet") or art.get("outlet") or "unknown outlet", None


def _parse_published(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value if len(value) == 10 else (value + "-01-01")[:10])
    except ValueError:
        return None


def incident_id(refs: list[EventRef]) -> str:
    """Stable for the same member events, whatever order they were found in."""
    key = "|".join(sorted(r.event["id"] for r in refs))
    return "inc-" + hashlib.sha1(key.encode()).hexdigest()[:12]
