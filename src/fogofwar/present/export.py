"""Write stored data out: JSON lines, ACLED-like CSV, GeoJSON of located events, Parquet.

Writers take iterables and write as they go, so an export of any size runs in flat memory.
Rows are built from the export shape (what `Store.iter_articles` yields), never from the
database directly, so every format says the same thing the JSON export says.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Mapping
from typing import BinaryIO, TextIO

import orjson

from ..errors import FogofwarError
from ..reconcile import outlet_framing, update_incidents
from ..store import open_store
from .flat import CLAIM_COLUMNS, EVENT_COLUMNS, claim_rows, event_rows, fatalities
from .schema import load_schema, validate

__all__ = ["CLAIM_COLUMNS", "CSV_COLUMNS", "EVENT_COLUMNS", "claim_rows", "event_rows",
           "export_records", "fatalities", "load_schema", "validate", "write_csv",
           "write_csv_events", "write_geojson_events", "write_jsonl"]

CSV_COLUMNS = EVENT_COLUMNS


def write_jsonl(records: Iterable[dict], out: BinaryIO) -> int:
    """One JSON object per line; returns how many were written."""
    n = 0
    for rec in records:
        out.write(orjson.dumps(rec))
        out.write(b"\n")
        n += 1
    return n


def _csv_value(value: object) -> object:
    """Lists (chains, figure texts) as 'a > b' so a spreadsheet shows them in one cell."""
    return " > ".join(value) if isinstance(value, list) else value


def write_csv(rows: Iterable[dict], columns: tuple[str, ...], out: TextIO) -> int:
    """CSV with a header and one line per row; returns the number of rows."""
    writer = csv.DictWriter(out, fieldnames=columns)
    writer.writeheader()
    n = 0
    for row in rows:
        writer.writerow({k: _csv_value(v) for k, v in row.items()})
        n += 1
    return n


def write_csv_events(articles: Iterable[dict], out: TextIO,
                     incident_of: Mapping[str, tuple[str, str]] | None = None) -> int:
    """ACLED-like CSV, one row per event; returns the number of rows."""
    return write_csv(event_rows(articles, incident_of), EVENT_COLUMNS, out)


def write_geojson_events(articles: Iterable[dict], out: TextIO,
                         incident_of: Mapping[str, tuple[str, str]] | None = None) -> int:
    """A FeatureCollection with one Point per event whose place has coordinates."""
    out.write('{"type":"FeatureCollection","features":[')
    n = 0
    for row in event_rows(articles, incident_of):
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


def _incident_index(store) -> dict[str, tuple[str, str]]:
    """Event id -> (incident id, corroboration), after reconciling any new articles."""
    update_incidents(store)
    return {eid: (inc["id"], inc["corroboration"])
            for inc in store.iter_incidents() for eid in inc["events"]}


def _text_out(out: BinaryIO, write: Callable[[TextIO], int]) -> int:
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    try:
        return write(text)
    finally:
        text.flush()
        text.detach()


# (what, format) pairs that make sense; `articles` with csv/geojson means its events, as before.
SUPPORTED = {
    "jsonl": {"articles", "incidents", "outlets", "events", "claims"},
    "csv": {"articles", "events", "claims"},
    "geojson": {"articles", "events"},
    "parquet": {"articles", "events", "claims"},
}


def export_records(db: str | None, what: str, fmt: str, out: BinaryIO) -> int:
    """`fogofwar export`: stream articles, events, claims, incidents or outlets into `out`."""
    if what not in SUPPORTED.get(fmt, set()):
        fits = "|".join(sorted(SUPPORTED.get(fmt, ())))
        raise FogofwarError(f"--format {fmt} does not export {what}: use --what {fits}")
    store = open_store(db)
    try:
        if what == "incidents":
            update_incidents(store)
            return write_jsonl(store.iter_incidents(), out)
        if what == "outlets":
            return write_jsonl(outlet_framing(store.iter_articles()), out)
        events = fmt in ("csv", "geojson") and what == "articles" or what == "events"
        index = _incident_index(store) if events else None
        articles = store.iter_articles()
        if fmt == "parquet":
            from .parquet import article_rows, write_parquet

            rows = (event_rows(articles, index) if what == "events" else
                    claim_rows(articles) if what == "claims" else article_rows(articles))
            return write_parquet(rows, what, out)
        if fmt == "jsonl":
            if what == "articles":
                return write_jsonl(articles, out)
            rows = event_rows(articles, index) if what == "events" else claim_rows(articles)
            return write_jsonl(rows, out)
        if fmt == "geojson":
            return _text_out(out, lambda t: write_geojson_events(articles, t, index))
        if what == "claims":
            return _text_out(out, lambda t: write_csv(claim_rows(articles), CLAIM_COLUMNS, t))
        return _text_out(out, lambda t: write_csv_events(articles, t, index))
    finally:
        store.close()
