"""Toponyms in a doc resolved to gazetteer entries.

Two passes over a document, because the best evidence for one toponym is the others:
1. each toponym gets its best candidate from its own signals (feature type, population, kind
   words such as "province" or "city", the caller's focus countries);
2. the document's focus is then the countries it names plus the country most of its places fall
   in, and each toponym is ranked again with that focus and with spatial coherence (candidates
   near the document's other places, or in the same first-level area, gain), and with its
   qualifier: in "London, Ontario" or "Paris, Texas" the area after the comma asks for a
   place inside it. See `ranking` and the `places` pack for the weights.

Fuzzy (near-spelling) candidates are only taken inside the focus countries: a near spelling
somewhere else in the world ("Kalariyah" ~ Kalvarija, Lithuania) is more likely wrong than no
answer. Precision follows the feature: country, admin1, town, or point.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from spacy.tokens import Doc, Span

from ..annotate.packdata import actor_packs
from ..packs import load_pack, require
from ..records import Mention, Place
from . import (
    discourse,
    enclosing,
    gazetteer,
    local_sites,
    narrowing,
    ranking,
    regions,
    shared_names,
    short_forms,
)
from .discourse import qualifiers
from .gazetteer import Entry
from .gazetteer_layers import IATA_PREFIX
from .place_roles import LOCATION, demonym_words, location_role, role_toponyms
from .ranking import Signals
from .toponym_context import is_abbreviation
from .toponym_persons import defined_long_name
from .toponyms import context_code, core_name, find_toponyms

Candidates = list[tuple[Entry, float]]
#: An airport code as news writes it: three capitals ("JFK", "LAX").
IATA = re.compile(r"[A-Z]{3}")
#: Regions, seas, rivers, ranges, islands and roads: no finer precision than an admin area.
RGN_CODES = frozenset({"RGN", "ROAD", "SEA", "GULF", "OCN", "STRT", "BAY", "STM", "MTS", "ISL",
                       "ISLS", "PEN", "LK", "DSRT", "VAL", "PLN", "PLAT"})
#: Re-ranking rounds after the first pass, each using the previous round's choices as the
#: document's focus and points. A second round measured no better on TR-News (0.665 vs 0.667).
PASSES = 1
#: Score of an exact-key candidate that does not bear the name as written (see `_loose`).
LOOSE = 99.0


def precision(e: Entry) -> str:
    """How precise a location this entry gives: country, admin1, town or point."""
    if e.fcode.startswith("PCL") or e.fcode == "CONT":
        return "country"  # the coarsest precision the schema has; a continent is coarser
    if e.fcode.startswith("ADM2"):
        return "admin2"
    if e.fcode.startswith("ADM") or e.fcode in RGN_CODES:
        return "admin1"
    return "town" if e.fclass == "P" else "point"


def to_place(span: Span, e: Entry | None, role: str = LOCATION) -> Place:
    """The exported record for a span and its chosen entry (name None when unresolved)."""
    place = Place(text=span.text, start=span.start_char, end=span.end_char, role=role)
    if e is None:
        return place
    place.name, place.lat, place.lon = e.name, e.lat, e.lon
    place.geonames_id = e.geonameid if e.geonameid > 0 else None
    place.country, place.admin1 = gazetteer.iso3(e.country), e.admin1_name
    place.feature_code = e.fcode
    place.precision = precision(e)
    return place


def _countries(name: str) -> Candidates:
    """Country (or continent) rows for a name a demonym or alias stands for; failing those, a
    first-level area of that very name (English -> England, a constituent country that
    GeoNames files as ADM1)."""
    found = gazetteer.candidates(name, fuzzy_min_len=99)
    broad = [(e, s) for e, s in found if ranking.broad(e)]
    return broad or [(e, s) for e, s in found
                     if e.fcode == "ADM1" and ranking.own_key(e.name) == ranking.name_key(name)]


def _name(span: Span, demonyms: bool) -> str:
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
    States, "Ky." and "Mo." are abbreviations of something else (Kentucky, Missouri)."""
    letters = core.replace(".", "")
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


def _seat(core: str) -> Candidates:
    """The seat of government a state's alias stands for (its most populous town of that
    name in that country), or nothing when `core` is no such alias."""
    seat, iso3 = _seat_names(actor_packs().conflicts).get(core, (None, None))
    towns = [(e, s) for e, s in (gazetteer.candidates(seat, fuzzy_min_len=99) if seat else ())
             if e.fclass == "P" and gazetteer.iso3(e.country) == iso3]
    return [max(towns, key=lambda c: (c[0].fcode == "PPLC", c[0].population))] if towns else []


def _candidates(span: Span, demonyms: bool) -> Candidates:
    long = defined_long_name(span)
    if long is not None:  # "Khyber Pakhtunkhwa (KP)": KP is that, not North Korea's code
        return _candidates(long, demonyms)
    core, name = core_name(span), _name(span, demonyms)
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
    return found


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


def _allowed(cands: Candidates, focus: frozenset[str], name: str = "",
             given: frozenset[str] = frozenset()) -> Candidates:
    """Exact spellings anywhere; near and loose spellings only in the focus countries; and,
    when the document itself says which countries it is about (a focus beyond the caller's
    `given`, with `name` given), no village or town that bears the name only as an alternate
    name in another country: "Wad" (of "Wad al-Noura", Sudan) is no Vad in Russia."""
    own = bool(name) and bool(focus - given)
    return [(e, s) for e, s in cands if (s == 100 or e.country in focus)
            and not (own and _foreign_namesake(e, name, focus))]


@cache
def _namesake_codes() -> frozenset[str]:
    """Feature codes of the small populated places `_foreign_namesake` may drop (pack)."""
    return frozenset(require(load_pack("places"), "places", "foreign_namesake_codes", list))


def _foreign_namesake(e: Entry, name: str, focus: frozenset[str]) -> bool:
    """A small place outside the focus countries that bears `name` only as an alternate name
    (its own name is another): a loose namesake more likely wrong than no answer."""
    return e.country not in focus and e.fcode in _namesake_codes() \
        and ranking.own_key(e.name) != ranking.name_key(name)


def _signals(first: Sequence[Entry | None], keys: Sequence[str], i: int,
             focus: frozenset[str], qualifier: int | None) -> Signals:
    """Points and first-level areas of the doc's places with other names (a repeated name must
    not confirm itself, nor may a place of the same name reached through a longer mention:
    "Montgomery County History Center" read as Texas' Montgomery County must not vote for
    Texas when "Montgomery County" is ranked; countries are too big for a point to mean
    anything), and the area that qualifies this toponym, if one does. `keys`: the names'
    lossy keys (`gazetteer.fold`)."""
    key = keys[i]
    others = [e for e, k in zip(first, keys, strict=True)
              if k != key and e is not None and not ranking.broad(e)
              and ranking.own_key(e.name) != key]
    return Signals(focus, tuple((e.lat, e.lon) for e in others),
                   frozenset((e.country, e.admin1) for e in others if e.admin1),
                   first[qualifier] if qualifier is not None else None,
                   frozenset((e.country, e.admin1) for e in others
                             if e.fcode == "ADM1" and e.admin1))


def resolve_spans(doc: Doc, spans: Sequence[Span], focus: Sequence[str] | None = None,
                  demonyms: bool = False, roles: Sequence[str] | None = None,
                  actors: Sequence[tuple[str, str]] = ()) -> list[Place]:
    """Resolve given toponym spans of one doc, one Place per span, in order.

    `focus`: ISO2 countries the caller knows the text is about (None: the conflict pack's);
    `demonyms`: read a nationality adjective as its country, for callers whose spans say the
    adjective stands for a place; `roles`: each span's role (default location), a demonym's
    read as its country whatever `demonyms` says; `actors`: the (id, ISO3) of the pack actors
    the text names, which say which state a shared country name means (shared_names). Spans
    are ranked in text order whatever order they come in (a gold set may group them by name):
    which span qualifies or encloses which ("Lewisburg, West Virginia") is read from their
    neighbours."""
    roles = list(roles) if roles is not None else [LOCATION] * len(spans)
    order = sorted(range(len(spans)), key=lambda k: (spans[k].start_char, spans[k].end_char))
    if order == list(range(len(spans))):
        return _resolve_in_order(doc, spans, focus, demonyms, roles, actors)
    placed = dict(zip(order, _resolve_in_order(doc, [spans[k] for k in order], focus, demonyms,
                                               [roles[k] for k in order], actors), strict=True))
    return [placed[k] for k in range(len(spans))]


def _resolve_in_order(doc: Doc, spans: Sequence[Span], focus: Sequence[str] | None,
                      demonyms: bool, roles: list[str],
                      actors: Sequence[tuple[str, str]] = ()) -> list[Place]:
    """`resolve_spans` on spans in text order."""
    given = frozenset(actor_packs().focus_countries if focus is None else focus)
    readings = [demonyms or r != LOCATION for r in roles]
    given_spans, (spans, readings) = spans, narrowing.inner_places(spans, readings)
    memo: dict[tuple[str, bool], Candidates] = {}
    for s, d in zip(spans, readings, strict=True):
        if (s.text, d) not in memo:
            memo[(s.text, d)] = _candidates(s, d)
    # a name standing for a government or a people is a well-known name: no near spellings
    # ("Kremlin" is not Kremmling, Colorado)
    cands = [memo[(s.text, d)] if r == LOCATION else [c for c in memo[(s.text, d)] if c[1] == 100]
             for s, d, r in zip(spans, readings, roles, strict=True)]
    wants = [context_code(s) for s in spans]
    names = [_name(s, d) for s, d in zip(spans, readings, strict=True)]
    # a name repeated with the same reading, role and context code has the same first pick
    # (`best` is a pure function of these): ranked once per document, not once per mention
    ranked: dict[tuple, Entry | None] = {}
    first = []
    for s, d, r, c, w, n in zip(spans, readings, roles, cands, wants, names, strict=True):
        key = (s.text, d, r == LOCATION, w, n)
        if key not in ranked:
            ranked[key] = ranking.best(_allowed(c, given), w, Signals(given), n)
        first.append(ranked[key])
    full = short_forms.named_in_full(names, first)  # "SA" beside "South Africa"
    cands = [[(f, 100.0)] if f is not None else c for c, f in zip(cands, full, strict=True)]
    first = [f or e for e, f in zip(first, full, strict=True)]
    chosen, quals = first, qualifiers(spans)
    keys = [ranking.name_key(n) for n in names]
    for _ in range(PASSES):
        # only locations say where the story is: "Iranian-backed" or "Ankara said" do not
        where = [e if r == LOCATION else None for e, r in zip(chosen, roles, strict=True)]
        # a name must not confirm itself, however it is written: "COLUMBIA" read as Colombia
        # on the first pass must not make Colombia the story's focus when "Columbia" is ranked
        focus_without = {k: ranking.doc_focus(
            [e if m != k else None for e, m in zip(where, keys, strict=True)], names, given)
            for k in set(keys)}
        chosen = [ranking.best(_allowed(c, focus_without[keys[i]], names[i], given), w,
                               Signals(focus_without[keys[i]])
                               if discourse.bare_dateline(spans, i, quals[i]) else
                               _signals(where, keys, i, focus_without[keys[i]], quals[i]),
                               names[i])
                  for i, (c, w) in enumerate(zip(cands, wants, strict=True))]
    chosen = shared_names.decided(discourse.one_sense(chosen, cands, keys, quals), keys, actors)
    out = [to_place(s, e, r) for s, e, r in zip(given_spans, chosen, roles, strict=True)]
    return _with_areas(given_spans, chosen, roles, _with_sites(given_spans, chosen, cands,
                                                                 roles, out))


def _with_areas(spans: Sequence[Span], chosen: Sequence[Entry | None], roles: Sequence[str],
                places: list[Place]) -> list[Place]:
    """Villages and areas no gazetteer knows, placed at the place the text puts them in
    ("Shebaa, in the Hasbaya district"; "about 90 km from Goma": Goma's province), and every
    other unplaced mention of that name at the same place (enclosing)."""
    placed: dict[str, Place] = {}
    for i, p in enumerate(places):
        if p.lat is None and roles[i] == LOCATION:
            j = enclosing.enclosing(spans, chosen, i)
            area = chosen[j] if j is not None else None
            if area is None and (j := enclosing.enclosing(spans, chosen, i, "area")) is not None:
                area = enclosing.first_level_area(chosen[j])  # type: ignore[arg-type]
            if area is not None and not enclosing.abroad(j, chosen, roles):  # type: ignore[arg-type]
                places[i] = area_place(p, area)
                placed.setdefault(gazetteer.fold(core_name(spans[i])), places[i])
    for i, p in enumerate(places):
        same = placed.get(gazetteer.fold(core_name(spans[i]))) if p.lat is None else None
        if same is not None and roles[i] == LOCATION:
            places[i] = replace(same, text=p.text, start=p.start, end=p.end)
    return places


def area_place(place: Place, area: Entry) -> Place:
    """An unknown village or area located at the town or area it lies in: that place's point,
    areas and precision, its own text as its name, the place's name in `within`."""
    return Place(text=place.text, start=place.start, end=place.end, name=place.text,
                 lat=area.lat, lon=area.lon, country=gazetteer.iso3(area.country),
                 admin1=area.admin1_name, precision=precision(area), within=area.name,
                 role=place.role)


def _with_sites(spans: Sequence[Span], chosen: Sequence[Entry | None], cands: Sequence[Candidates],
                roles: Sequence[str], places: list[Place]) -> list[Place]:
    """Streets and facilities placed at the town the text puts them in (local_sites)."""
    kinds = [local_sites.site_kind(s) for s in spans]
    if not any(kinds):
        return places
    towns = local_sites.town_candidates(chosen, kinds, [r == LOCATION for r in roles])
    for i, (kind, e) in enumerate(zip(kinds, chosen, strict=True)):
        fuzzy = any(c is e and score < 100 for c, score in cands[i])
        if kind is None or roles[i] != LOCATION or not local_sites.gives_way(kind, e, fuzzy):
            continue
        j = local_sites.site_town(spans, towns, i)
        if j is not None:
            places[i] = site_place(places[i], towns[j])
    return places


def site_place(place: Place, town: Entry) -> Place:
    """A street or facility mention located at its town: the town's point and areas, its
    own text as its name, precision `site`."""
    return Place(text=place.text, start=place.start, end=place.end, name=place.text,
                 lat=town.lat, lon=town.lon, country=gazetteer.iso3(town.country),
                 admin1=town.admin1_name, precision="site", within=town.name, role=place.role)


def resolve_places(doc: Doc, actors: Sequence[Mention] = ()) -> list[Place]:
    """Find and resolve every toponym with its role; a span with no gazetteer candidate is
    kept with name None. Names used as actors ("Damascus has vowed") are in `actors`: they are
    places with role `actor`, nationality words places with role `demonym` (place_roles)."""
    located = find_toponyms(doc, actors)
    found = [(s, location_role(s)) for s in located] + role_toponyms(doc, actors, located)
    found = [narrowing.narrowed(s, r) for s, r in sorted(found, key=lambda f: f[0].start)]
    return resolve_spans(doc, [s for s, _ in found], roles=[r for _, r in found],
                         actors=[(m.actor_id, m.country) for m in actors
                                 if m.actor_id and m.country])


def locations(places: Sequence[Place]) -> list[Place]:
    """The places that say where something is: what events and incidents use."""
    return [p for p in places if p.role == LOCATION]


def without_places(mentions: Sequence[Mention], places: Sequence[Place]) -> list[Mention]:
    """Drop unknown actor mentions that turned out to be places ("Muhayat Khas", tagged a
    person by the model, listed among villages); pack actors always stay."""
    spots = {(p.start, p.end) for p in places}
    return [m for m in mentions if m.actor_id or (m.start, m.end) not in spots]
