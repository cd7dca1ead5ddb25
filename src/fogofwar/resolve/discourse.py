"""What a whole article says about one of its toponyms: its dateline, and the same name
qualified elsewhere.

Two conventions of news copy that the ranking of a single mention cannot see:
- a dateline that stands alone ("WASHINGTON —", "LONDON (Reuters)") names a city so well known
  that wire style gives it no state or country (AP's stand-alone datelines: national capitals
  and big cities); a smaller town's dateline carries its area ("COLUMBIA, Ky."). So a bare
  dateline is read without the pull of the article's other places, which would make it the
  namesake town in the state the story is about (Washington, Iowa);
- one sense per discourse: an article that once writes "Paris, Missouri" or "COLUMBIA, Ky."
  means that place by every later bare "Paris" or "Columbia" (Gale, Church and Yarowsky's
  observation for word senses, which holds for place names in a news story).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span

from ..annotate.pipeline import doc_text
from .gazetteer import Entry
from .ranking import inside

#: How far into the text a dateline may start (after a title line or a byline of this length).
DATELINE_WITHIN = 200


def qualifiers(spans: Sequence[Span]) -> list[int | None]:
    """For each span, the index of the span qualifying it as "Town, Area" ("London, Ont.",
    "Paris, Texas"): the next span, separated from it by a comma alone."""
    out: list[int | None] = [None] * len(spans)
    text = doc_text(spans[0].doc) if spans else ""  # Doc.text joins every token: read it once
    for i, (a, b) in enumerate(zip(spans, spans[1:], strict=False)):
        if text[a.end_char:b.start_char].strip() == ",":
            out[i] = i + 1
    return out


def bare_dateline(spans: Sequence[Span], i: int, qualifier: int | None) -> bool:
    """Whether span `i` is an article's dateline standing alone: the first toponym, written in
    capitals, at the start of a line near the top of the text, with no area after it."""
    if i != 0 or qualifier is not None:
        return False
    span = spans[i]
    letters = span.text.replace(".", "").replace(" ", "")
    if len(letters) < 4 or not span.text.isupper() or span.start_char > DATELINE_WITHIN:
        return False
    before = doc_text(span.doc)[:span.start_char]
    return before.strip() == "" or before.endswith("\n")


def one_sense(chosen: Sequence[Entry | None], candidates: Sequence[Sequence[tuple[Entry, float]]],
              keys: Sequence[str], qualifiers: Sequence[int | None]) -> list[Entry | None]:
    """Each mention of a name that the article qualifies elsewhere ("Paris, Missouri") read
    as the qualified place, when that place is among its own candidates. A name qualified
    twice with different answers ("Paris, Texas" and "Paris, France") is left as ranked.
    `keys`: the mentions' names as lossy keys (`gazetteer.fold`), so that case and spelling
    variants of one name count as one."""
    senses: dict[str, set[Entry]] = {}
    for i, q in enumerate(qualifiers):
        e = chosen[i]
        if q is not None and e is not None and chosen[q] is not None and inside(e, chosen[q]):
            senses.setdefault(keys[i], set()).add(e)
    out = list(chosen)
    for j, key in enumerate(keys):
        sense = senses.get(key, set())
        if qualifiers[j] is None and len(sense) == 1:
            e = next(iter(sense))
            if any(c.geonameid == e.geonameid for c, _ in candidates[j]):
                out[j] = e
    return out
