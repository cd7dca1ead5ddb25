"""Parquet exports with typed columns (pyarrow, optional extra ``parquet``).

Dates are Arrow dates, coordinates and figures floats, flags booleans, chains lists of strings,
so pandas, DuckDB and QGIS read the file without guessing. A partial date ("2020-02", month
precision) is stored as its first day beside the precision column that says how much of it is
known. Rows are written in batches, so memory stays flat for any size of export.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from itertools import islice
from typing import BinaryIO

from ..errors import FogofwarError
from .flat import CLAIM_COLUMNS, EVENT_COLUMNS

BATCH = 2000

_EVENT_TYPES = {
    "event_date": "date", "published": "date", "time_precision": "int8",
    "geo_precision": "int8", "latitude": "float64", "longitude": "float64",
    "fatalities_low": "float64", "fatalities_high": "float64", "chain": "list",
    "negated": "bool", "hypothetical": "bool", "place_inherited": "bool",
    "date_inherited": "bool", "in_title": "bool", "background": "bool",
    "confidence": "float64",
}
_CLAIM_TYPES = {
    "published": "date", "intermediaries": "list", "chain": "list", "figures": "list",
    "quote": "bool", "narrator": "bool", "start": "int64", "end": "int64",
    "killed_low": "float64", "killed_high": "float64", "injured_low": "float64",
    "injured_high": "float64", "in_title": "bool",
}
_ARTICLE_COLUMNS = ("id", "source", "url", "outlet", "original_outlet", "title", "byline",
                    "published", "published_precision", "text", "removed", "duplicate_of",
                    "n_actors", "n_places", "n_claims", "n_events")
_ARTICLE_TYPES = {"published": "date", "removed": "list", "n_actors": "int64",
                  "n_places": "int64", "n_claims": "int64", "n_events": "int64"}


def _pa():
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise FogofwarError("--format parquet needs pyarrow: pip install 'fogofwar[parquet]'") \
            from None
    return pa, pq


def _schema(columns: tuple[str, ...], types: dict[str, str]):
    pa, _ = _pa()
    arrow = {"date": pa.date32(), "int8": pa.int8(), "int64": pa.int64(),
             "float64": pa.float64(), "bool": pa.bool_(), "list": pa.list_(pa.string())}
    return pa.schema([(c, arrow.get(types.get(c, ""), pa.string())) for c in columns])


def to_date(value: str | None) -> date | None:
    """'2020-02-10' -> date; '2020-02' and '2020' -> their first day; anything else None."""
    if not value:
        return None
    parts = value.split("-")
    try:
        y, m, d = (int(parts[0]), int(parts[1]) if len(parts) > 1 else 1,
                   int(parts[2]) if len(parts) > 2 else 1)
        return date(y, m, d)
    except (ValueError, IndexError):
        return None


def _typed(row: dict, columns: tuple[str, ...], types: dict[str, str]) -> dict:
    out = {}
    for c in columns:
        v = row.get(c)
        if types.get(c) == "date":
            v = to_date(v)
        elif types.get(c) == "float64" and v is not None:
            v = float(v)
        elif types.get(c) is None and v is not None and not isinstance(v, str):
            v = str(v)
        out[c] = v
    return out


def article_rows(articles: Iterable[dict]) -> Iterator[dict]:
    """Articles without their nested lists (those are the events/claims exports), plus counts."""
    for a in articles:
        yield {**{c: a.get(c) for c in _ARTICLE_COLUMNS[:12]},
               "n_actors": len(a.get("actors", [])), "n_places": len(a.get("places", [])),
               "n_claims": len(a.get("claims", [])), "n_events": len(a.get("events", []))}


TABLES = {"events": (EVENT_COLUMNS, _EVENT_TYPES), "claims": (CLAIM_COLUMNS, _CLAIM_TYPES),
          "articles": (_ARTICLE_COLUMNS, _ARTICLE_TYPES)}


def write_parquet(rows: Iterable[dict], kind: str, out: BinaryIO) -> int:
    """Write `rows` of table `kind` (events | claims | articles) as Parquet; returns the count."""
    pa, pq = _pa()
    columns, types = TABLES[kind]
    schema = _schema(columns, types)
    n = 0
    it = iter(rows)
    with pq.ParquetWriter(pa.PythonFile(out, mode="w"), schema) as writer:
        while batch := list(islice(it, BATCH)):
            typed = [_typed(r, columns, types) for r in batch]
            writer.write_table(pa.Table.from_pylist(typed, schema=schema))
            n += len(batch)
        if n == 0:
            writer.write_table(schema.empty_table())
    return n
