"""Writing the SQLite gazetteer: its schema, the default build from what `pip install` brings,
and a GeoNames dump streamed in. Reading it (candidate lookup) is gazetteer.py's job; this
module never reads it, so building and loading stay out of the lookup path.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable, Iterable
from pathlib import Path

from . import gazetteer_layers as layers
from . import gazetteer_sources as sources
from .gazetteer_sources import latin
from .geonames_dump import open_dump, read_lines
from .placenames import fold

log = logging.getLogger(__name__)

COMMIT_EVERY = 50_000
SCHEMA = """
CREATE TABLE IF NOT EXISTS places (geonameid INTEGER PRIMARY KEY, name TEXT, asciiname TEXT,
  alternatenames TEXT, lat REAL, lon REAL, fclass TEXT, fcode TEXT, country TEXT, admin1 TEXT,
  population INTEGER, alt_count INTEGER);
CREATE TABLE IF NOT EXISTS names (key TEXT, geonameid INTEGER);
CREATE TABLE IF NOT EXISTS admin1 (country TEXT, code TEXT, name TEXT, geonameid INTEGER,
  PRIMARY KEY (country, code));
"""
INDEXES = """
CREATE INDEX IF NOT EXISTS names_key ON names (key);
CREATE INDEX IF NOT EXISTS names_id ON names (geonameid);
CREATE INDEX IF NOT EXISTS places_fcode ON places (fcode);
"""


def _insert(con: sqlite3.Connection, row: tuple, names: Iterable[str],
            fresh: bool = False) -> None:
    """Insert or replace one place and its name keys (`fresh`: the id cannot exist yet)."""
    if not fresh:
        con.execute("DELETE FROM names WHERE geonameid = ?", (row[0],))
    con.execute("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", row)
    keys = {fold(n) for n in names if latin(n)} - {""}
    con.executemany("INSERT INTO names VALUES (?, ?)", [(k, row[0]) for k in keys])


def _admin1(con: sqlite3.Connection, area: tuple, replace: bool) -> None:
    verb = "INSERT OR REPLACE" if replace else "INSERT OR IGNORE"
    con.execute(f"{verb} INTO admin1 VALUES (?, ?, ?, ?)", area)


def _insert_all(con: sqlite3.Connection, rows: Iterable[sources.Row], fresh: bool) -> None:
    """Rows in; an ADM1 row also names its area (the curated supplement's name wins)."""
    for row, names in rows:
        _insert(con, row, names, fresh)
        if row[7] == "ADM1" and row[9]:
            _admin1(con, (row[8], row[9], row[1], row[0]), replace=True)


def build(path: Path) -> Path:
    """Build the default gazetteer at `path` (temp file, then atomic rename)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    con = sqlite3.connect(tmp)
    con.execute("PRAGMA journal_mode = OFF")
    con.execute("PRAGMA synchronous = OFF")
    try:
        con.executescript(SCHEMA)
        with con:
            _insert_all(con, sources.city_rows(), fresh=True)
            for a in sources.admin1_areas():
                _admin1(con, (a.country, a.code, a.name, a.geonameid), replace=True)
            con.executescript(INDEXES)
            _insert_all(con, sources.admin1_rows(), fresh=False)
            _insert_all(con, layers.admin2_rows(), fresh=False)
            _insert_all(con, layers.airport_rows(), fresh=False)
            _insert_all(con, sources.country_rows(), fresh=False)
            _insert_all(con, sources.continent_rows(), fresh=False)
            _insert_all(con, sources.supplement_rows(), fresh=False)
        con.execute("ANALYZE")
    finally:
        con.close()
    os.replace(tmp, path)
    log.info("built gazetteer %s", path)
    return path


def stream_dump(con: sqlite3.Connection, path: Path,
                progress: Callable[[int, int], None] | None = None) -> tuple[int, int, int]:
    """Stream a GeoNames dump's rows into an open gazetteer: (places, admin1 rows, skipped)."""
    places = admin1 = skipped = 0
    with open_dump(path) as (fh, total), con:
        for n, (line, done) in enumerate(read_lines(path, fh), 1):
            if line is None:
                skipped += 1
            elif line.admin1:
                _admin1(con, line.admin1, replace=True)
                admin1 += 1
            else:
                _insert(con, line.row, line.names)
                if line.row[7] == "ADM1" and line.row[9]:
                    _admin1(con, (line.row[8], line.row[9], line.row[1], line.row[0]), False)
                places += 1
            if n % COMMIT_EVERY == 0:
                con.commit()
                if progress:
                    progress(done, total)
    if progress:
        progress(total, total)
    return places, admin1, skipped
