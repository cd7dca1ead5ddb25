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

from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from spacy.tokens import Doc, Span

from ..annotate.packdata import actor_packs
from ..packs import load_pack, require
from ..records import Mention, Place
from . import (
    discourse,
    enclosed_namesakes,
    enclosing,
    gazetteer,
    local_sites,
    narrowing,
    ranking,
    shared_names,
    short_forms,
    strays,
)
from .discourse import qualifiers
from .gazetteer import Entry
from .place_candidates import RGN_CODES, Candidates, candidates_of, looked_up_name
from .place_roles import DEMONYM, LOCATION, location_role, role_toponyms
from .ranking import Signals
from .toponyms import context_code, core_name, find_toponyms

#: Re-ranking rounds after the first pass, each using the previous round's choices as the
#: document's focus and points. A second round measured no better on TR-News (0.665 vs 0.667).
PASSES = 1
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
            memo[(s.text, d)] = candidates_of(s, d)
    # a name standing for a government or a people is a well-known name: no near spellings
    # ("Kremlin" is not Kremmling, Colorado)
    cands = [memo[(s.text, d)] if r == LOCATION else [c for c in memo[(s.text, d)] if c[1] == 100]
             for s, d, r in zip(spans, readings, roles, strict=True)]
    wants = [context_code(s) for s in spans]
    names = [looked_up_name(s, d) for s, d in zip(spans, readings, strict=True)]
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
    chosen = strays.in_named_country(chosen, cands, roles, LOCATION)
    chosen = strays.read_inside(chosen, cands, keys, roles, LOCATION)
    where = [e if r == LOCATION else None for e, r in zip(chosen, roles, strict=True)]
    named, placed = strays.named_countries(chosen), strays.named_countries(where)
    settings = strays.settings_named(chosen, roles, DEMONYM)
    homes = {k: strays.home_country(where, keys, k, named) for k in set(keys)}
    chosen = [None if r == LOCATION and strays.stray(
        e, names[i], homes[keys[i]], strays.shielded(given, named, homes[keys[i]]),
        _signals(where, keys, i, focus_without[keys[i]], quals[i]), named, wants[i],
        placed, settings) else e
        for i, (e, r) in enumerate(zip(chosen, roles, strict=True))]
    chosen = enclosed_namesakes.without_namesakes(given_spans, chosen, roles)
    out = [to_place(s, e, r) for s, e, r in zip(given_spans, chosen, roles, strict=True)]
    return _with_areas(given_spans, chosen, roles, _with_sites(given_spans, chosen, cands,
                                                                 roles, out))


def _with_areas(spans: Sequence[Span], chosen: Sequence[Entry | None], roles: Sequence[str],
                places: list[Place]) -> list[Place]:
    """Villages and areas no gazetteer knows, placed at the place the text puts them in
    ("Shebaa, in the Hasbaya district"; "about 90 km from Goma": Goma's province), and every
    other unplaced mention of that name at the same place (enclosing). Read from the last
    mention back, an unknown area placed so lends its place to the village the text puts in
    it ("Boga in Irumu territory, Ituri province": Irumu at Ituri, then Boga at Ituri too)."""
    placed: dict[str, Place] = {}
    chain = list(chosen)  # each unknown place that is placed stands for the area it took
    for i in reversed(range(len(places))):
        p = places[i]
        if p.lat is None and roles[i] == LOCATION:
            j = enclosing.enclosing(spans, chain, i)
            area = chain[j] if j is not None else None
            if area is None and (j := enclosing.enclosing(spans, chain, i, "area")) is not None:
                area = enclosing.first_level_area(chain[j])  # type: ignore[arg-type]
            if area is not None and not enclosing.abroad(j, chain, roles):  # type: ignore[arg-type]
                places[i] = area_place(p, area)
                chain[i] = area
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
