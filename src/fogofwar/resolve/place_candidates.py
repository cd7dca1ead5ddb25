"""Which gazetteer entries a toponym may be: its core name or the country a demonym stands for,
a state's seat for its aliases ("Kremlin"), regions and features the packs define, a name with
its kind word ("Cape Town"), airport codes, and exact-key matches that do not bear the name
as written scored LOOSE. places.py ranks these; this module only gathers them.
"""

from __future__ import annotations

import re
from functools import cache

from rapidfuzz import fuzz
from spacy.tokens import Span

from ..annotate.packdata import actor_packs
from ..packs import load_pack, require
from . import enclosing, gazetteer, ranking, regions
from .gazetteer import Entry
from .gazetteer_layers import IATA_PREFIX
from .place_roles import demonym_words
from .placenames import ascii_words
from .toponym_context import is_abbreviation
from .toponym_persons import defined_long_name
from .toponym_words import toponym_words
from .toponyms import context_code, core_name

Candidates = list[tuple[Entry, float]]

#: An airport code as news writes it: three capitals ("JFK", "LAX").
IATA = re.compile(r"[A-Z]{3}")
#: Regions, seas, rivers, ranges, islands and roads: no finer precision than an admin area.
RGN_CODES = frozenset({"RGN", "ROAD", "SEA", "GULF", "OCN", "STRT", "BAY", "STM", "MTS", "ISL",
                       "ISLS", "PEN", "LK", "DSRT", "VAL", "PLN", "PLAT"})
#: Score of an exact-key candidate that does not bear the name as written (see `_loose`).
LOOSE = 99.0



def _countries(name: str) -> Candidates:
    """Country (or continent) rows for a name a demonym or alias stands for; failing those, a
    first-level area of that very name (English -> England, a constituent country that
    GeoNames files as ADM1)."""
    found = gazetteer.candidates(name, fuzzy_min_len=99)
    broad = [(e, s) for e, s in found if ranking.broad(e)]
    return broad or [(e, s) for e, s in found
                     if e.fcode == "ADM1" and ranking.own_key(e.name) == ranking.name_key(name)]


def looked_up_name(span: Span, demonyms: bool) -> str:
    """The name looked up: the core name, or the country a demonym or alias stands for."""
    core = core_name(span)
    w = ranking.weights()
    if demonyms:
        if core in w.demonyms:
            return w.demonyms[core]
        iso3 = actor_packs().demonyms.get(core) or actor_packs().demonyms.get(core.rstrip("s"))
        country = gazetteer.country_name(iso3) if iso3 else None
        if country:
            return country
    return w.country_aliases.get(core, core)


def _code_case(core: str, cands: Candidates) -> Candidates:
    """A country matched only by its ISO code needs the code in capitals: "US" is the United
    States, "Ky." and "Mo." are abbreviations of something else (Kentucky, Missouri). Two
    capitals that are no code news writes for a country (pack toponyms country_codes: "US",
    "UK") keep only a first-level area they abbreviate and a famous town that bears them as a
    name ("LA"): "FM radio", "AI features", "SPLA-IO" and "(TT)" name no Micronesia,
    Anguilla, Indian Ocean territory or Trinidad, nor a village the lossy key files there."""
    letters = core.replace(".", "").strip("-\u2013")
    if len(letters) == 2 and letters.isupper() and letters not in toponym_words().country_codes:
        famous = toponym_words().famous_population
        return [(e, s) for e, s in cands if e.fcode == "ADM1" or (
            e.fclass == "P" and e.population >= famous and gazetteer.bears(e, letters))]
    if len(letters) > 3 or letters.isupper():
        return cands
    key = ranking.name_key(core)
    return [(e, s) for e, s in cands
            if not e.fcode.startswith("PCL") or ranking.own_key(e.name) == key]


@cache
def _seat_names(conflicts: tuple[str, ...]) -> dict[str, tuple[str, str]]:
    """Alias -> (seat, ISO3) for the aliases of the actor packs' states that name no place
    of their own but the seat of government ("White House", "Kremlin"): the place they stand
    for is the seat, not a namesake village (White House, Tennessee). An alias the gazetteer
    knows as a country ("Russian Federation") stays the country. `conflicts`: the packs'
    cache key."""
    packs, out = actor_packs(), {}
    for a in packs.actors.values():
        if not (a.seat and a.country):
            continue
        own = {w for n in (a.name, a.seat, *(d for d, c in packs.demonyms.items()
                                             if c == a.country)) for w in n.split()}
        for alias in a.aliases:
            words = alias.split()
            if (alias.replace(".", "").isupper() or not all(w[0].isupper() for w in words)
                    or own.intersection(words) or alias in ranking.weights().country_aliases
                    or _countries(alias)):
                continue  # a code ("US"), a phrase ("Government of X") or the country's name
            out[alias] = (a.seat, a.country)
    return out


def _other_states_building(doc_text: str, alias: str, iso3: str) -> bool:
    """Whether the document calls the alias another state's ("the Russian White House",
    "Russia's White House": Moscow's parliament building, not Washington). Said once, it
    holds for every mention of the alias in that document ("shooting in the vicinity of the
    White House" a line later): a story naming two states' White Houses is rare, and a seat
    misread puts a Moscow siege in Washington."""
    packs = actor_packs()
    states = {a.name: a.country for a in packs.actors.values() if a.country and a.seat}
    for m in re.finditer(rf"([A-Z][\w.-]*)(?:['’]s)?\s+{re.escape(alias)}\b", doc_text):
        word = m.group(1)
        owner = packs.demonyms.get(word) or states.get(word)
        if owner and owner != iso3:
            return True
    return False


def foreign_seat(core: str, span: Span) -> bool:
    """Whether `core` is a state's seat alias that this document gives to another state
    (`_other_states_building`): then it names no place the gazetteer holds, and no act of
    the alias's state (resolve/actors.py)."""
    iso3 = _seat_names(actor_packs().conflicts).get(core, (None, None))[1]
    return iso3 is not None and _other_states_building(span.doc.text, core, iso3)


def _seat(core: str) -> Candidates:
    """The seat of government a state's alias stands for (its most populous town of that
    name in that country), or nothing when `core` is no such alias."""
    seat, iso3 = _seat_names(actor_packs().conflicts).get(core, (None, None))
    towns = [(e, s) for e, s in (gazetteer.candidates(seat, fuzzy_min_len=99) if seat else ())
             if e.fclass == "P" and gazetteer.iso3(e.country) == iso3]
    return [max(towns, key=lambda c: (c[0].fcode == "PPLC", c[0].population))] if towns else []


def candidates_of(span: Span, demonyms: bool) -> Candidates:
    long = defined_long_name(span)
    if long is not None:  # "Khyber Pakhtunkhwa (KP)": KP is that, not North Korea's code
        return candidates_of(long, demonyms)
    core, name = core_name(span), looked_up_name(span, demonyms)
    if foreign_seat(core, span):
        return []  # another state's building of that name (the Russian White House)
    seat = _seat(core)
    if seat:
        return seat
    area = regions.region(core) or (regions.region_of_demonym(core) if demonyms else None)
    if area is not None:
        return [(area, 100.0)]
    feature = regions.feature(core) or regions.feature(_bare(span))
    if feature is not None and context_code(span) in (
            None, feature.fcode, *RGN_CODES, *(("ADM1",) if feature.fcode == "RGN" else ())):
        return [(feature, 100.0)]  # "the Darfur region", but not "Red Sea state"
    if span.text != core and span[-1].is_title:  # a kind word in the name ("Cape Town")
        whole = [(e, s) for e, s in gazetteer.candidates(span.text, fuzzy_min_len=99)
                 if ranking.spelled_as(e.name, span.text)]
        if whole:
            return whole
    if name != core:
        found = _countries(name)
        if found:
            return found
    if demonyms and core in demonym_words():
        return []  # a people with no country of its own ("Arab") is not Arab, Alabama
    found = _loose(core, _code_case(core, gazetteer.candidates(core)))
    if is_abbreviation(core):  # "LOUISVILLE, KY": Kentucky, not the Cayman Islands' code
        found = [(e, s) for e, s in found if e.fcode == "ADM1"] or found
    if not found and span.text != core:
        # the kind word may be part of the name itself ("Damascus-Aleppo highway")
        found = _loose(span.text, gazetteer.candidates(span.text))
    if IATA.fullmatch(core) and (not found or context_code(span) == "AIRB"):
        found = found + gazetteer.candidates(IATA_PREFIX + core, fuzzy_min_len=99)
    return found + _areas_of_towns(span, core, found)


def _leading(area: str, name: str) -> str:
    """As many leading words of an area's name as the name has: a local kind word the packs
    do not list ("mangghystau oblysy") is left out of the comparison."""
    return " ".join(area.split()[:len(name.split())])


@cache
def _area_spelling_ratio() -> float:
    """How near an area's own name must be to the name (rapidfuzz ratio, lower-case ASCII)."""
    return float(require(load_pack("places"), "places", "area_of_town_min_ratio", int | float))


def _areas_of_towns(span: Span, core: str, found: Candidates) -> Candidates:
    """A name a first-level kind word follows ("the Andijan region", "Mangistau Province")
    that the gazetteer files only as towns: the first-level area each such town lies in, when
    the area's own name begins with another spelling of the name. GeoNames often gives a
    region's English form only to its namesake town ("Andijan" is an alternate name of the
    town Andijon, not of the region Andijon; the region Mangghystaū oblysy lacks
    "Mangistau"), so the kind word, which asks for the area, found the town. Scored as the
    town was; ranking weighs the kind word."""
    if context_code(span) != "ADM1" or any(e.fclass == "A" for e, _ in found):
        return []
    key, have, out = ascii_words(core), set(), []
    for e, s in found:
        area = enclosing.first_level_area(e) if e.fclass == "P" else None
        if area is None or area.geonameid in have:
            continue
        if fuzz.ratio(_leading(ascii_words(area.name), key), key) >= _area_spelling_ratio():
            have.add(area.geonameid)
            out.append((area, s))
    return out


def _loose(name: str, cands: Candidates) -> Candidates:
    """Exact-key candidates that do not bear the name as written, scored LOOSE: the lossy key
    meant for transliterations (Saraqeb/Saraqib) also files "Shebaa" under Chiba, Japan, and
    "Fafi" under Fafe, Portugal. Like a near spelling, such a match is taken only inside the
    document's focus countries (`_allowed`). Countries, continents and abbreviations of
    first-level areas keep their score: their short forms ("US", "Ky.") are indexed but not
    listed among their alternate names. When a country or first-level area bears the name as
    its own, loose matches are dropped: the name is that area's, not a transliteration."""
    if is_abbreviation(name) or gazetteer.fold(name) in ranking.abbreviation_keys():
        return cands
    out = [(e, LOOSE if s == 100 and not ranking.broad(e) and not gazetteer.bears(e, name)
            else s) for e, s in cands]
    # an airport bears its town's name as a short form the gazetteer derived ("Hodeidah" of
    # Hodeidah International Airport): the town spelled another way (Al Hudaydah) is meant
    airports = {e.country for e, s in out if s == 100 and e.fcode == "AIRP"}
    if airports and all(e.fcode == "AIRP" for e, s in out if s == 100 and not ranking.broad(e)):
        out = [(e, 100.0 if s == LOOSE and e.country in airports and e.fclass in ("P", "A")
                else s) for e, s in out]
    if any(s == 100 and (e.fcode == "ADM1" or ranking.broad(e)) and ranking.spelled_as(
            e.name, name) for e, s in out):  # "Wales" is Wales before a loose Valais
        return [(e, s) for e, s in out if s != LOOSE]
    return out


def _bare(span: Span) -> str:
    """The span's text without a leading "the" or a trailing possessive ("the Black Sea's")."""
    toks = [t for t in span if t.lower_ != "the"]
    while toks and toks[-1].lower_ in ("'s", "’s", "'", "’"):
        toks.pop()
    return span.doc[toks[0].i:toks[-1].i + 1].text if toks else span.text
