"""Per-incident figures by claimant, contradictions and corroboration.

Figures stay attributed: an incident carries each claimant's own low/high for each category,
never a merged total, because who says "five" and who says "six" is the evidence. Two figures
contradict when their intervals cannot both be true. Corroboration counts independent sources:
syndicated copies and reposts of one article count once.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from .incidents import EventRef, cluster, event_refs, incident_id


def figure_bounds(fig: dict) -> tuple[float, float] | None:
    """The interval a figure asserts.

    An explicit low with no high ("at least 5", "more than 800") is open upwards; an explicit
    high with no low ("up to 40") is open downwards; a bare approximate value ("nearly 1,000")
    is taken as +/-10 %, so that "nearly 1,000" and "1,000" do not count as a contradiction.
    """
    low, high, value = fig.get("low"), fig.get("high"), fig.get("value")
    if low is None and high is None:
        if value is None:
            return None
        spread = 0.1 * value if fig.get("approx") else 0.0
        return float(value) - spread, float(value) + spread
    return (float(low) if low is not None else 0.0,
            float(high) if high is not None else float("inf"))


def incident_figures(refs: list[EventRef]) -> list[dict]:
    rows: dict[tuple[str, str], dict] = {}
    for r in refs:
        for fig in r.event.get("figures", []):
            bounds = figure_bounds(fig)
            if bounds is None:
                continue
            key = (fig["category"], r.claimant)
            row = rows.setdefault(key, {"category": fig["category"], "claimant": r.claimant,
                                        "side": r.side, "low": bounds[0], "high": bounds[1],
                                        "articles": []})
            row["low"] = min(row["low"], bounds[0])
            row["high"] = max(row["high"], bounds[1])
            if r.article_id not in row["articles"]:
                row["articles"].append(r.article_id)
    out = []
    for row in rows.values():
        row["high"] = None if row["high"] == float("inf") else row["high"]
        out.append(row)
    return sorted(out, key=lambda x: (x["category"], x["claimant"]))


def contradictions(refs: list[EventRef]) -> list[dict]:
    """Same category, intervals that do not overlap: e.g. five versus six soldiers killed."""
    by_cat: dict[str, list[tuple[tuple[float, float], str]]] = defaultdict(list)
    for r in refs:
        for fig in r.event.get("figures", []):
            bounds = figure_bounds(fig)
            if bounds is not None and fig.get("category") != "other":
                by_cat[fig["category"]].append((bounds, r.claimant))
    out = []
    for cat, items in sorted(by_cat.items()):
        clash = [
            (a, b) for i, a in enumerate(items) for b in items[i + 1:]
            if a[0][1] < b[0][0] or b[0][1] < a[0][0]
        ]
        if clash:
            values = sorted({_fmt(v) for pair in clash for v, _ in pair})
            claimants = sorted({c for pair in clash for _, c in pair})
            out.append({"category": cat, "values": values, "claimants": claimants})
    return out


def _fmt(bounds: tuple[float, float]) -> str:
    low, high = bounds
    if high == float("inf"):
        return f">={low:g}"
    return f"{low:g}" if low == high else f"{low:g}-{high:g}"


def corroboration(refs: list[EventRef]) -> str:
    """single-source | same-side | cross-side.

    Sources are the claimants at the head of each chain (an outlet's own narration counts as
    that outlet, a repost as its author), so syndicated copies and repeated reports by the same
    voice count once. Cross-side needs claimants from at least two known, different sides.
    """
    sides: dict[str, str | None] = {}
    for r in refs:
        if sides.get(r.claimant) is None:
            sides[r.claimant] = r.side
    if len(sides) < 2:
        return "single-source"
    return "cross-side" if len({s for s in sides.values() if s}) >= 2 else "same-side"


def build_incidents(articles: Iterable[dict], min_articles: int = 1) -> list[dict]:
    """Incidents in the export shape, most-reported first."""
    refs = list(event_refs(articles))
    out = []
    for members in cluster(refs):
        arts = sorted({r.article_id for r in members})
        if len(arts) < min_articles:
            continue
        windows = [r.window for r in members if r.window]
        place = next((r.event["place"] for r in members if r.event.get("place")), None)
        out.append({
            "id": incident_id(members),
            "type": _majority(r.event["type"] for r in members),
            "place": place,
            "date_start": max(w[0] for w in windows).isoformat() if windows else None,
            "date_end": min(w[1] for w in windows).isoformat() if windows else None,
            "articles": arts,
            "events": sorted(r.event["id"] for r in members),
            "figures": incident_figures(members),
            "contradictions": contradictions(members),
            "corroboration": corroboration(members),
        })
    for inc in out:
        if inc["date_start"] and inc["date_end"] and inc["date_start"] > inc["date_end"]:
            inc["date_start"], inc["date_end"] = inc["date_end"], inc["date_start"]
    out.sort(key=lambda i: (-len(i["articles"]), -len(i["events"]), i["date_start"] or ""))
    return out


def _majority(values: Iterable[str]) -> str:
    counts: dict[str, int] = defaultdict(int)
    for v in values:
        counts[v] += 1
    return max(sorted(counts), key=lambda k: counts[k])
