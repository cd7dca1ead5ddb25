"""Toponyms in a doc resolved to gazetteer entries.

Ranking rules (a score per candidate; highest wins):
- feature type: a country scores 6; a first-level area (ADM1) 3.0; a town log10(population)/2,
  so a bare name shared by a governorate and its seat goes to the city only when the city has
  over a million people. Bare "Idlib" (128k) is the governorate, which is what this reporting
  usually means; "Aleppo" and "Damascus" are the cities.
- context words around the name (pack `context_words`: "province" -> ADM1, "city" -> PPL,
  "airbase" -> AIRB ...) add 5 to that feature code, so "Idlib city" is the city and "the
  province of Idlib" the governorate.
- document focus: candidates in the conflict pack's focus countries, or in the country most of
  the doc's other toponyms resolve to, gain 2.
- spatial coherence: a candidate within 300 km of the doc's other places gains 1.
- fuzzy matches lose (100 - score) / 5, and are only considered inside the focus countries: a
  near-spelling somewhere else in the world ("Kalariyah" ~ Kalvarija, Lithuania) is more
  likely wrong than no answer.
"""

from __future__ import annotations

import math
import statistics
from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Doc, Span

from ..annotate.packdata import actor_packs, place_words
from ..records import Mention, Place
from . import gazetteer
from .gazetteer import Entry

PLACE_LABELS = {"GPE", "LOC", "FAC"}
PRECISION = {"PCLI": "country", "ADM1": "admin1", "RGN": "admin1", "ROAD": "admin1",
             "AIRB": "point"}
COHERENCE_KM = 300.0
CONTEXT_BEFORE, CONTEXT_AFTER = 3, 2


def _context(span: Span) -> str | None:
    """The feature code that words just before or after the name ask for, if any."""
    words, _ = place_words()
    doc, sent = span.doc, span.sent
    window = list(doc[max(sent.start, span.start - CONTEXT_BEFORE):span.start])
    window += list(doc[span.end:min(sent.end, span.end + CONTEXT_AFTER)]) + list(span)
    return next((words[t.lower_] for t in window if t.lower_ in words), None)


def _core(span: Span) -> str:
    """The name without a leading article or trailing kind word ("Idlib province")."""
    words, _ = place_words()
    toks = [t for t in span if t.lower_ != "the"]
    while len(toks) > 1 and toks[-1].lower_ in words:
        toks.pop()
    return span.doc[toks[0].i:toks[-1].i + 1].text if toks else span.text


def _base(e: Entry) -> float:
    if e.fcode.startswith("PCL"):
        return 6.0
    if e.fcode == "ADM1":
        return 3.0
    return math.log10(e.population) / 2 if e.population > 0 else 1.0


def _score(e: Entry, fuzzy: float, want: str | None, focus: set[str],
           near: tuple[float, float] | None) -> float:
    score = _base(e) - (100 - fuzzy) / 5
    if want and (e.fcode == want or (want == "PPL" and e.fclass == "P")):
        score += 5
    if e.country in focus:
        score += 2
    if near and gazetteer.distance_km((e.lat, e.lon), near) < COHERENCE_KM:
        score += 1
    return score


def _best(cands: list[tuple[Entry, float]], want: str | None, focus: set[str],
          near: tuple[float, float] | None = None) -> Entry | None:
    if not cands:
        return None
    return max(cands, key=lambda c: _score(c[0], c[1], want, focus, near))[0]


def _toponyms(doc: Doc, actors: Sequence[Mention]) -> list[Span]:
    """Place-labelled ents not used as actors, plus unlabelled-as-place ents that exactly name
    a place in the conflict's focus countries ("Khan Sheikhoun" tagged PERSON by spaCy)."""
    packs = actor_packs()
    taken = {(m.start, m.end) for m in actors}
    spans = []
    for ent in doc.ents:
        if (ent.start_char, ent.end_char) in taken or ent.text in packs.demonyms:
            continue
        if ent.label_ in PLACE_LABELS:
            spans.append(ent)
        elif ent.label_ in ("PERSON", "ORG") and not ent.ent_id_ and gazetteer.exact_in(
                ent.text, packs.focus_countries):
            spans.append(ent)
    return spans


def _place(span: Span, e: Entry | None) -> Place:
    place = Place(text=span.text, start=span.start_char, end=span.end_char)
    if e is None:
        return place
    place.name, place.lat, place.lon = e.name, e.lat, e.lon
    place.geonames_id = e.geonameid if e.geonameid > 0 else None
    place.country, place.admin1 = gazetteer.iso3(e.country), e.admin1_name
    place.feature_code = e.fcode
    place.precision = PRECISION.get(e.fcode, "town" if e.fclass == "P" else "point")
    return place


def resolve_places(doc: Doc, actors: Sequence[Mention] = ()) -> list[Place]:
    """Resolve each toponym; a span with no gazetteer candidate is kept with name None."""
    spans = _toponyms(doc, actors)
    focus = set(actor_packs().focus_countries)
    cands = [[(e, sc) for e, sc in gazetteer.candidates(_core(s))
              if sc == 100 or e.country in focus] for s in spans]
    wants = [_context(s) for s in spans]
    first = [_best(c, w, focus) for c, w in zip(cands, wants, strict=True)]
    found = [e for e in first if e is not None]
    if found:
        focus.add(Counter(e.country for e in found).most_common(1)[0][0])
    final = []
    for i, (c, w) in enumerate(zip(cands, wants, strict=True)):
        others = [e for j, e in enumerate(first) if j != i and e is not None and e.country in focus]
        near = (statistics.median(e.lat for e in others),
                statistics.median(e.lon for e in others)) if others else None
        final.append(_place(spans[i], _best(c, w, focus, near)))
    return final
