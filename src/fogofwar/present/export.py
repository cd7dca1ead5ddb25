"""Write stored articles out: JSON lines, ACLED-like CSV of events, GeoJSON of located events.

Writers take iterables and write as they go, so an export of any size runs in flat memory.
Rows are built from the export shape (what `Store.iter_articles` yields), never from the
database directly, so every format says the same thing the JSON export says.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from typing import BinaryIO, TextIO

import orjson

from ..errors import FogofwarError
from ..reconcile import outlet_framing, update_incidents
from ..reconcile.figures import figure_interval
from ..store import open_store
from .schema import load_schema, validate

__all__ = ["CSV_COLUMNS", "event_rows", "export_records", "load_schema", "validate",
           "write_csv_events", "write_geojson_events", "write_jsonl"]

CSV_COLUMNS = (
    "event_id", "article_id", "event_date", "date_precision", "event_type", "mode",
    "actor1", "actor1_country", "actor1_side", "actor2", "actor2_country", "actor2_side",
    "location", "latitude", "longitude", "geo_precision", "country", "admin1",
    "claimant", "chain", "hedge", "fatalities_low", "fatalities_high", "source", "url", "notes",
)


def write_jsonl(records: Iterable[dict], out: BinaryIO) -> int:
    """One JSON object per line; returns how many were written."""
    n = 0
    for rec in records:
        out.write(orjson.dumps(rec))
        out.write(b"\n")
        n += 1
    return n


def fatalities(figures: list[dict]) -> tuple[float | None, float | None]:
    """Total killed across the event's figures, as low and high (None if unknown or open).

    Each figure is read by the one convention in `reconcile.figures.figure_interval`.
    """
    killed = [b for f in figures if f.get("category") == "killed"
              if (b := figure_interval(f)) is not None]
    if not killed:
        return None, None
    low = sum(b[0] for b in killed)
    high = None if any(b[1] is None for b in killed) else sum(b[1] for b in killed)
    return _whole(low), _whole(high)


def _whole(x: float | None) -> float | int | None:
    """40.0 -> 40, so that counts of people read as counts in CSV."""
    return int(x) if x is not None and float(x).is_integer() else x


def _who(m: dict | None) -> tuple[str | None, str | None, str | None]:
    if not m:
        return None, None, None
    return m.get("name") or m.get("text"), m.get("country"), m.get("side")


def _claim_source(claim: dict | None) -> tuple[str | None, str | None, str | None]:
    """Claimant name (chain head when the claimant is unresolved), chain, hedge."""
    if not claim:
        return None, None, None
    chain = claim.get("chain") or []
    name = _who(claim.get("claimant"))[0] or (chain[0] if chain else None)
    return name, " > ".join(chain) or None, claim.get("hedge")


def event_rows(articles: Iterable[dict]) -> Iterator[dict]:
    """One flat ACLED-like row per event, in CSV_COLUMNS order."""
    for art in articles:
        claims = {c["id"]: c for c in art.get("claims", [])}
        for ev in art.get("events", []):
            place = ev.get("place") or {}
            a1, a2 = _who(ev.get("actor")), _who(ev.get("target"))
            claimant, chain, hedge = _claim_source(claims.get(ev.get("claim_id") or ""))
            low, high = fatalities(ev.get("figures", []))
            yield dict(zip(CSV_COLUMNS, (
                ev["id"], art["id"], ev.get("date"), ev.get("date_precision"), ev["type"],
                ev.get("mode"), *a1, *a2, place.get("name") or place.get("text"),
                place.get("lat"), place.get("lon"), place.get("precision"), place.get("country"),
                place.get("admin1"), claimant, chain, hedge, low, high, art.get("outlet"),
                art.get("url"), ev.get("sentence"),
            ), strict=True))


def write_csv_events(articles: Iterable[dict], out: TextIO) -> int:
    """CSV with a header and one row per event; returns the number of rows."""
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    n = 0
    for row in event_rows(articles):
        writer.writerow(row)
        n += 1
    return n


def write_geojson_events(articles: Iterable[dict], out: TextIO) -> int:
    """A FeatureCollection with one Point per event whose place has coordinates."""
    out.write('{"type":"FeatureCollection","features":[')
    n = 0
    for row in event_rows(articles):
        if row["latitude"] is None or row["longitude"] is None:
            continue
        props = {k: v for k, v in row.items() if k not in ("latitude", "longitude")}
        feature = {"type": "Feature", "id": row["event_id"],
                   "geometry": {"type": "Point",
                                "coordinates": [row["longitude"], row["latitude"]]},
                   "properties": props}
        out.write(("," if n else "") + orjson.dumps(feature).decode())
        n += 1
    out.write("]}\n")
    return n


def export_records(db: str | None, what: str, fmt: str, out: BinaryIO) -> int:
    """`fogofwar export`: stream articles, or compute incidents/outlets, into `out`."""
    store = open_store(db)
    try:
        articles = store.iter_articles()
        if fmt == "jsonl":
            if what == "articles":
                return write_jsonl(articles, out)
            if what == "outlets":
                return write_jsonl(outlet_framing(articles), out)
            update_incidents(store)
            return write_jsonl(store.iter_incidents(), out)
        if what != "articles":
            raise FogofwarError(f"--format {fmt} writes one record per event: use --what articles")
        text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
        try:
            writer = write_csv_events if fmt == "csv" else write_geojson_events
            return writer(articles, text)
        finally:
            text.flush()
            text.detach()
    finally:
        store.close()
