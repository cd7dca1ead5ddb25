"""Flat rows for analysts: one row per event (ACLED-like columns) and one row per claim.

ACLED's column names are what conflict analysts already load into pandas, QGIS or R, so the
event table uses them where the meaning matches (``event_date``, ``actor1``, ``geo_precision``
...) and adds fogofwar's own columns after them: who claims the event, through whom, the hedge,
and the incident it belongs to with that incident's corroboration label. PLOVER types go in
``event_type`` and the mode (airstrike, shelling ...) in ``sub_event_type``; ACLED's own
categories are not invented from them.

Rows keep typed values (numbers, lists, None); each writer renders them for its format.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

from ..reconcile.figures import figure_interval

# ACLED's time_precision: 1 = the day is known, 2 = within a week, 3 = the month or less.
TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}
# ACLED's geo_precision: 1 = the town or a point, 2 = near it or a district, 3 = a region.
GEO_PRECISION = {"point": 1, "site": 1, "town": 1, "admin2": 2, "admin1": 3, "region": 3,
                 "country": 3}

EVENT_COLUMNS = (
    # ACLED-like
    "event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "country", "admin1", "admin2",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities_low", "fatalities_high",
    # fogofwar's own
    "event_id", "article_id", "url", "published", "actor1_id", "actor1_country", "actor1_side",
    "actor2_id", "actor2_country", "actor2_side", "claim_id", "claimant", "claimant_side",
    "chain", "hedge", "negated", "hypothetical", "place_inherited", "date_inherited",
    "in_title", "background", "incident_id", "corroboration", "confidence",
)

CLAIM_COLUMNS = (
    "claim_id", "article_id", "url", "outlet", "published", "claimant", "claimant_id",
    "claimant_country", "claimant_sector", "claimant_side", "intermediaries", "chain", "cue",
    "hedge", "quote", "narrator", "sentence", "start", "end", "killed_low", "killed_high",
    "injured_low", "injured_high", "figures", "in_title",
)


def _whole(x: float | None) -> float | int | None:
    """40.0 -> 40, so that counts of people read as counts."""
    return int(x) if x is not None and float(x).is_integer() else x


def category_total(figures: list[dict], category: str) -> tuple[float | None, float | None]:
    """Sum of one category's figures as (low, high); high None when any is open-ended.

    Each figure is read by the one convention in `reconcile.figures.figure_interval`.
    """
    spans = [b for f in figures if f.get("category") == category
             if (b := figure_interval(f)) is not None]
    if not spans:
        return None, None
    low = sum(b[0] for b in spans)
    high = None if any(b[1] is None for b in spans) else sum(b[1] for b in spans)
    return _whole(low), _whole(high)


def fatalities(figures: list[dict]) -> tuple[float | None, float | None]:
    """Total killed across an event's figures, as low and high (None if unknown or open)."""
    return category_total(figures, "killed")


def _who(m: dict | None) -> tuple[str | None, str | None, str | None, str | None]:
    if not m:
        return None, None, None, None
    return m.get("name") or m.get("text"), m.get("actor_id"), m.get("country"), m.get("side")


def _claimant(claim: dict | None) -> tuple[str | None, str | None, list[str], str | None]:
    """Claimant name (chain head when unresolved), side, chain and hedge of a claim."""
    if not claim:
        return None, None, [], None
    chain = list(claim.get("chain") or [])
    who = _who(claim.get("claimant"))
    return who[0] or (chain[0] if chain else None), who[3], chain, claim.get("hedge")


def event_rows(articles: Iterable[dict],
               incident_of: Mapping[str, tuple[str, str]] | None = None) -> Iterator[dict]:
    """One ACLED-like row per event; `incident_of` maps event id -> (incident, corroboration)."""
    incident_of = incident_of or {}
    for art in articles:
        claims = {c["id"]: c for c in art.get("claims", [])}
        for ev in art.get("events", []):
            place = ev.get("place") or {}
            a1, a2 = _who(ev.get("actor")), _who(ev.get("target"))
            claimant, side, chain, hedge = _claimant(claims.get(ev.get("claim_id") or ""))
            low, high = fatalities(ev.get("figures", []))
            incident, corroboration = incident_of.get(ev["id"], (None, None))
            country = place.get("country")
            yield {
                "event_id_cnty": f"{country or 'XX'}-{ev['id']}",
                "event_date": ev.get("date"),
                "time_precision": TIME_PRECISION.get(ev.get("date_precision") or ""),
                "event_type": ev["type"], "sub_event_type": ev.get("mode"),
                "actor1": a1[0], "assoc_actor_1": None, "actor2": a2[0], "assoc_actor_2": None,
                "country": country, "admin1": place.get("admin1"),
                "admin2": place.get("admin2"),
                "location": place.get("name") or place.get("text"),
                "latitude": place.get("lat"), "longitude": place.get("lon"),
                "geo_precision": GEO_PRECISION.get(place.get("precision") or ""),
                "source": art.get("outlet"), "source_scale": art.get("source_scale"),
                "notes": ev.get("sentence"), "fatalities_low": low, "fatalities_high": high,
                "event_id": ev["id"], "article_id": art["id"], "url": art.get("url"),
                "published": art.get("published"),
                "actor1_id": a1[1], "actor1_country": a1[2], "actor1_side": a1[3],
                "actor2_id": a2[1], "actor2_country": a2[2], "actor2_side": a2[3],
                "claim_id": ev.get("claim_id"), "claimant": claimant, "claimant_side": side,
                "chain": chain, "hedge": hedge, "negated": bool(ev.get("negated")),
                "hypothetical": bool(ev.get("hypothetical")),
                "place_inherited": bool(ev.get("place_inherited")),
                "date_inherited": bool(ev.get("date_inherited")),
                "in_title": bool(ev.get("in_title")),
                "background": bool(ev.get("background")),
                "incident_id": incident, "corroboration": corroboration,
                "confidence": ev.get("confidence"),
            }


def claim_rows(articles: Iterable[dict]) -> Iterator[dict]:
    """One row per claim: who, through whom, how hedged, and its killed/injured totals."""
    for art in articles:
        for c in art.get("claims", []):
            who = c.get("claimant") or {}
            chain = list(c.get("chain") or [])
            figures = c.get("figures", [])
            k_low, k_high = category_total(figures, "killed")
            i_low, i_high = category_total(figures, "injured")
            yield {
                "claim_id": c["id"], "article_id": art["id"], "url": art.get("url"),
                "outlet": art.get("outlet"), "published": art.get("published"),
                "claimant": who.get("name") or who.get("text") or (chain[0] if chain else None),
                "claimant_id": who.get("actor_id"), "claimant_country": who.get("country"),
                "claimant_sector": who.get("sector"), "claimant_side": who.get("side"),
                "intermediaries": chain[1:-1], "chain": chain, "cue": c.get("cue"),
                "hedge": c.get("hedge"), "quote": bool(c.get("quote")),
                "narrator": bool(c.get("narrator")), "sentence": c.get("sentence"),
                "start": c.get("start"), "end": c.get("end"),
                "killed_low": k_low, "killed_high": k_high,
                "injured_low": i_low, "injured_high": i_high,
                "figures": [f.get("text") for f in figures],
                "in_title": bool(c.get("in_title")),
            }
