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

from spacy.tokens import Doc, Span

from ..annotate.packdata import actor_packs
from ..records import Mention, Place
from . import gazetteer, ranking
from .gazetteer import Entry
from .ranking import Signals
from .toponyms import context_code, core_name, find_toponyms

Candidates = list[tuple[Entry, float]]
#: Re-ranking rounds after the first pass, each using the previous round's choices as the
#: document's focus and points. A second round measured no better on TR-News (0.665 vs 0.667).
PASSES = 1


def precision(e: Entry) -> str:
    """How precise a location this entry gives: country, admin1, town or point."""
    if e.fcode.startswith("PCL") or e.fcode == "CONT":
        return "country"  # the coarsest precision the schema has; a continent is coarser
    if e.fcode.startswith("ADM") or e.fcode in ("RGN", "ROAD"):
        return "admin1"
    return "town" if e.fclass == "P" else "point"


def to_place(span: Span, e: Entry | None) -> Place:
    """The exported record for a span and its chosen entry (name None when unresolved)."""
    place = Place(text=span.text, start=span.start_char, end=span.end_char)
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
                     if e.fcode == "ADM1" and ranking.own_key(e.name) == gazetteer.fold(name)]


def _name(span: Span, demonyms: bool) -> str:
    """The name looked up: the core name, or the country a demonym or alias stands for."""
    core = core_name(span)
    w = ranking.weights()
    if demonyms and core in w.demonyms:
        return w.demonyms[core]
    return w.country_aliases.get(core, core)


def _code_case(core: str, cands: Candidates) -> Candidates:
    """A country matched only by its ISO code needs the code in capitals: "US" is the United
    States, "Ky." and "Mo." are abbreviations of something else (Kentucky, Missouri)."""
    letters = core.replace(".", "")
    if len(letters) > 3 or letters.isupper():
        return cands
    key = gazetteer.fold(core)
    return [(e, s) for e, s in cands
            if not e.fcode.startswith("PCL") or ranking.own_key(e.name) == key]


def _candidates(span: Span, demonyms: bool) -> Candidates:
    core, name = core_name(span), _name(span, demonyms)
    if name != core:
        found = _countries(name)
        if found:
            return found
    found = _code_case(core, gazetteer.candidates(core))
    if not found and span.text != core:
        # the kind word may be part of the name itself ("Damascus-Aleppo highway")
        found = gazetteer.candidates(span.text)
    return found


def _allowed(cands: Candidates, focus: frozenset[str]) -> Candidates:
    return [(e, s) for e, s in cands if s == 100 or e.country in focus]


def qualifiers(spans: Sequence[Span]) -> list[int | None]:
    """For each span, the index of the span qualifying it as "Town, Area" ("London, Ont.",
    "Paris, Texas"): the next span, separated from it by a comma alone."""
    out: list[int | None] = [None] * len(spans)
    text = spans[0].doc.text if spans else ""  # Doc.text joins every token: read it once
    for i, (a, b) in enumerate(zip(spans, spans[1:], strict=False)):
        if text[a.end_char:b.start_char].strip() == ",":
            out[i] = i + 1
    return out


def _signals(first: Sequence[Entry | None], names: Sequence[str], i: int,
             focus: frozenset[str], qualifier: int | None) -> Signals:
    """Points and first-level areas of the doc's places with other names (a repeated name must
    not confirm itself; countries are too big for a point to mean anything), and the area
    that qualifies this toponym, if one does."""
    others = [e for e, n in zip(first, names, strict=True)
              if n != names[i] and e is not None and not ranking.broad(e)]
    return Signals(focus, tuple((e.lat, e.lon) for e in others),
                   frozenset((e.country, e.admin1) for e in others if e.admin1),
                   first[qualifier] if qualifier is not None else None)


def resolve_spans(doc: Doc, spans: Sequence[Span], focus: Sequence[str] | None = None,
                  demonyms: bool = False) -> list[Place]:
    """Resolve given toponym spans of one doc, one Place per span, in order.

    `focus`: ISO2 countries the caller knows the text is about (None: the conflict pack's);
    `demonyms`: read a nationality adjective as its country, for callers whose spans say the
    adjective stands for a place."""
    given = frozenset(actor_packs().focus_countries if focus is None else focus)
    memo: dict[str, Candidates] = {}
    for s in spans:
        if s.text not in memo:
            memo[s.text] = _candidates(s, demonyms)
    cands = [memo[s.text] for s in spans]
    wants = [context_code(s) for s in spans]
    names = [_name(s, demonyms) for s in spans]
    first = [ranking.best(_allowed(c, given), w, Signals(given), n)
             for c, w, n in zip(cands, wants, names, strict=True)]
    chosen, quals = first, qualifiers(spans)
    for _ in range(PASSES):
        doc_focus = ranking.doc_focus(chosen, names, given)
        chosen = [ranking.best(_allowed(c, doc_focus), w,
                               _signals(chosen, names, i, doc_focus, quals[i]), names[i])
                  for i, (c, w) in enumerate(zip(cands, wants, strict=True))]
    return [to_place(s, e) for s, e in zip(spans, chosen, strict=True)]


def resolve_places(doc: Doc, actors: Sequence[Mention] = ()) -> list[Place]:
    """Find and resolve each toponym; a span with no gazetteer candidate is kept with name None.
    Names used as actors ("Damascus has vowed") are in `actors` and are not places."""
    return resolve_spans(doc, find_toponyms(doc, actors))


def without_places(mentions: Sequence[Mention], places: Sequence[Place]) -> list[Mention]:
    """Drop unknown actor mentions that turned out to be places ("Muhayat Khas", tagged a
    person by the model, listed among villages); pack actors always stay."""
    spots = {(p.start, p.end) for p in places}
    return [m for m in mentions if m.actor_id or (m.start, m.end) not in spots]
