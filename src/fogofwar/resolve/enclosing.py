"""Villages and areas the gazetteer lacks, placed at the place the text puts them in.

Conflict reports name hamlets, wards and valleys no package lists ("the village of Marere, in
the district of Mocimboa da Praia", "Shebaa, in the Hasbaya district", "Fafi, Garissa
County", "Cairo's Abbasiya neighbourhood", "Wadi al-Naft, about 25km west of Kirkuk"). The
text itself says where they are: a toponym with no gazetteer entry takes the point of

1. the next toponym, when only a kind word ("village", "area"), a comma, a preposition of
   place ("in", "near", "of", "outside", "on the outskirts of") or a short distance ("about
   25km west of", at most `MAX_KM`) stand between them;
2. the toponym right before it as a possessive ("Cairo's Abbasiya").

A compass word may lead the enclosing place ("Hroza, in the northeastern Kharkiv region").

The enclosing place must be a town or an admin area (not a country, a continent or a world
region: too big for its point to place a village). The point is that place's, so precision
is that place's too, and its name is in `within`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from spacy.tokens import Span

from ..annotate.pipeline import doc_text
from .gazetteer import Entry
from .toponym_words import toponym_words

#: The farthest a stated distance may put a village from the place it is measured from for
#: that place's point to stand for it (the benchmarks count a place right within 161 km).
MAX_KM = 60.0
_MILES = 1.609
_POSSESSIVE = re.compile(r"\s*(?:'s|’s)\s+(?:the\s+)?$")


@cache
def _gap() -> re.Pattern[str]:
    """What may stand between a place and the place it lies in."""
    words = toponym_words()
    kinds = "|".join(sorted(map(re.escape, words.kind_of | words.kind_after), key=len,
                            reverse=True))
    # "Hroza, in the northeastern Kharkiv region": a compass word leads the enclosing place
    compass = "|".join(sorted(map(re.escape, words.compass_words), key=len, reverse=True))
    return re.compile(
        rf"\s*(?:(?:{kinds})\b\s*)?,?\s*"
        r"(?:(?:about|some|around|nearly|roughly|almost|just|over|less than|more than)\s+)?"
        r"(?:(?P<n>\d+(?:\.\d+)?)\s*-?\s*(?P<unit>km|kms|kilometres|kilometers|miles)\s+"
        r"(?:(?:north|south|east|west|northeast|northwest|southeast|southwest)\s+)?"
        r"(?:of|from)\s+|"
        r"(?:in|near|of|at|outside|on the outskirts of|close to|just outside)\s+)?"
        rf"(?:the\s+)?(?:(?:{kinds})\s+of\s+)?(?:the\s+)?(?:(?:{compass})\s+)?$", re.I)


def _close(gap: str) -> bool:
    """Whether `gap` joins a place to the next one, with no stated distance beyond MAX_KM."""
    m = _gap().fullmatch(gap)
    if m is None:
        return False
    if m.group("n") is None:
        return True
    km = float(m.group("n")) * (_MILES if m.group("unit").lower() == "miles" else 1.0)
    return km <= MAX_KM


def can_enclose(e: Entry | None) -> bool:
    """A town or an admin area below a country: precise enough to place a village."""
    return e is not None and (e.fclass == "P" or (e.fclass == "A" and not e.fcode.startswith(
        "PCL")))


def enclosing(spans: Sequence[Span], chosen: Sequence[Entry | None], i: int) -> int | None:
    """The index of the span whose place span `i` lies in, or None (see the module doc)."""
    text, span = doc_text(spans[i].doc), spans[i]
    nxt = i + 1
    if nxt < len(spans) and can_enclose(chosen[nxt]) and _close(
            text[span.end_char:spans[nxt].start_char]):
        return nxt
    if i > 0 and can_enclose(chosen[i - 1]) and _POSSESSIVE.match(
            text[spans[i - 1].end_char:span.start_char]):
        return i - 1
    return None
