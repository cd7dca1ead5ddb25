"""Villages and areas the gazetteer lacks, placed at the place the text puts them in.

Conflict reports name hamlets, wards and valleys no package lists ("the village of Marere, in
the district of Mocimboa da Praia", "Shebaa, in the Hasbaya district", "Fafi, Garissa
County", "Cairo's Abbasiya neighbourhood", "Wadi al-Naft, about 25km west of Kirkuk"). The
text itself says where they are: a toponym with no gazetteer entry takes the point of

1. the next toponym, when only a kind word ("village", "area"), a comma, a preposition of
   place ("in", "near", "of", "outside", "on the outskirts of") or a short distance ("about
   25km west of", at most `MAX_KM`), possibly led by a copula or "located" ("Kishishe, which
   is in North Kivu", "the village is located only 20 km from Goma"), stand between them;
2. the toponym right before it as a possessive ("Cairo's Abbasiya");
3. at a stated distance beyond `MAX_KM` but within `AREA_KM` ("about 90 km north of Goma"),
   the first-level area of the place measured from, at that area's point and precision: the
   village is not near the town, but the report still says which province it lies in.

Every other mention of the same name in the article that nothing places takes the same place
(one sense per discourse: "Kishishe, in North Kivu" once, then "Kishishe" alone).

A compass word may lead the enclosing place ("Hroza, in the northeastern Kharkiv region").

The enclosing place must be a town or an admin area (not a country, a continent or a world
region: too big for its point to place a village), and not one in a country the article does not
name anywhere else while it names others (`abroad`: a namesake). The point is that
place's, so precision is that place's too, and its name is in `within`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from spacy.tokens import Span

from ..annotate.pipeline import doc_text
from ..words import alternation
from . import gazetteer
from .figure_base import distance_units
from .gazetteer import Entry
from .place_roles import DEMONYM
from .toponym_words import toponym_words

#: The farthest a stated distance may put a village from the place it is measured from for
#: that place's point to stand for it (the benchmarks count a place right within 161 km).
MAX_KM = 60.0
#: The farthest a stated distance may put a village from a town for the town's first-level
#: area to stand for it ("Kishishe, about 70 km north of Goma" lies in North Kivu); beyond it
#: the village may lie across a provincial or national border.
AREA_KM = 120.0
#: Arabic articles joined by a hyphen to the next word of a name ("al-Noura", "el-Balah")
_ARTICLE = "(?:al|el|ad|an|ar|as|ash|at|az|ud)"


@cache
def _gap() -> re.Pattern[str]:
    """What may stand between a place and the place it lies in."""
    words = toponym_words()
    kinds = alternation(words.kind_of | words.kind_after | words.area_words, longest_first=True)
    # "Hroza, in the northeastern Kharkiv region": a compass word leads the enclosing place
    compass = _compass()
    residents = alternation(words.resident_nouns, longest_first=True)
    units = alternation(distance_units(), longest_first=True)
    return re.compile(
        # the rest of a name the model cut at its lowercase article ("Wad" of "Wad al-Noura
        # in al-Jazira state", "Tell" of "Tell el-Hawa near"): still the village's name
        rf"(?:\s+(?-i:{_ARTICLE})-(?-i:[A-Z])[\w’'-]*)?"
        # a closing quotation mark may end the village's name ("the village of Kafra” near");
        # a bracket may open the place it lies in ("Lumbo (in the Nhamatanda area)")
        rf"[”\"’]?\s*(?:(?:{kinds})\b\s*)?,?\s*\(?\s*"
        # "Amrit, an area near", "Doro, a village in": an apposition names its kind, maybe
        # with its size ("a rural town of around 10,000 inhabitants in")
        rf"(?:an?\s+(?:[a-z]+\s+)?(?:{kinds})\s+"
        rf"(?:of\s+(?:(?:about|around|some|nearly|roughly|over|more\s+than)\s+)?"
        rf"[\d,.]+\s+(?:{residents})\s+)?)?"
        # "Kishishe, which is in", "the village is located 70 km from": a copula or
        # "located" may lead the preposition or the distance, never stand alone
        r"(?:(?:(?:(?:which|that)\s+)?(?:is|lies|was|sits)\s+)?(?:(?:located|situated)\s+)?"
        r"(?:(?:about|some|around|approximately|nearly|roughly|almost|just|only|over|less than|"
        r"more than)\s+)?"
        r"(?:(?:(?P<n>\d+(?:\.\d+)?)|a few|a couple of|several)\s*-?\s*"
        rf"(?P<unit>{units})"
        r"(?:\s*\([^()]{0,30}\))?\s+"  # "70 kilometers (43 miles) from"
        r"(?:(?:north|south|east|west|northeast|northwest|southeast|southwest)\s+|away\s+)?"
        r"(?:of|from|outside(?:\s+of)?)\s+|"  # "37 kilometres outside of Mogadishu"
        r"(?:in|near|of|at|outside|on the outskirts of|close to|just outside)\s+))?"
        # "the regional capital of Goma", "the state capital Goma": one word may qualify the
        # kind word, which "of" may or may not join to the name
        rf"(?:the\s+)?(?:(?:[a-z]+\s+)?(?:{kinds})\s+(?:of\s+)?)?(?:the\s+)?"
        rf"(?:(?:{compass})\s+)?$", re.I)


@cache
def _possessive() -> re.Pattern[str]:
    """A possessive that makes the place before it hold the next: "Cairo's Abbasiya", and with
    a compass word before the part ("Cairo's eastern Abbasiya district")."""
    return re.compile(rf"\s*(?:'s|’s)\s+(?:the\s+)?(?:(?:{_compass()})\s+)?$", re.I)


def _compass() -> str:
    """The compass words as a regex alternation, longest first ("northeastern" before
    "north")."""
    return alternation(toponym_words().compass_words, longest_first=True)


def _reach(gap: str) -> str | None:
    """How far `gap` puts a place from the next one: "point" when it lies in it or near it
    (no stated distance beyond MAX_KM), "area" when a stated distance is beyond MAX_KM but
    within AREA_KM (the place lies in that place's first-level area, not at its point), None
    when the gap does not join them."""
    m = _gap().fullmatch(gap)
    if m is None:
        return None
    if m.group("n") is None:
        return "point"
    km = float(m.group("n")) * distance_units()[m.group("unit").lower()]
    return "point" if km <= MAX_KM else "area" if km <= AREA_KM else None


def _close(gap: str) -> bool:
    """Whether `gap` joins a place to the next one, with no stated distance beyond MAX_KM."""
    return _reach(gap) == "point"


def first_level_area(e: Entry) -> Entry | None:
    """The first-level area a town or area lies in (itself when it is one)."""
    if e.fcode == "ADM1":
        return e
    if not e.admin1_name:
        return None
    return next((a for a, _ in gazetteer.candidates(e.admin1_name, fuzzy_min_len=99)
                 if a.fcode == "ADM1" and a.country == e.country and a.admin1 == e.admin1), None)


def can_enclose(e: Entry | None) -> bool:
    """A town or an admin area below a country: precise enough to place a village."""
    return e is not None and (e.fclass == "P" or (e.fclass == "A" and not e.fcode.startswith(
        "PCL")))


def abroad(at: int, chosen: Sequence[Entry | None], roles: Sequence[str]) -> bool:
    """Whether the enclosing place (index `at`) is a namesake abroad: the article names
    countries (as a location or an actor, not only by a demonym), and nothing else it names
    (no other place, demonym or actor of any level) lies in the enclosing place's country.
    "Ngarbuh village, Ndu district" in a report on Cameroon read Ndu as Rundu, Namibia (one of
    its alternate names), the only Namibian name of the page; a village the gazetteer lacks
    must not follow it abroad, and stays unplaced. An article naming no country, or only
    demonyms ("Russian forces hit Hroza, in the Kharkiv region"), lends no such check, and
    one naming that country anywhere else ("Ukrainian", "Kharkiv") keeps the reading."""
    named = {e.country for e, r in zip(chosen, roles, strict=True)
             if e is not None and e.fcode.startswith("PCL") and r != DEMONYM}
    country = chosen[at].country  # type: ignore[union-attr]
    elsewhere = any(e is not None and e.country == country
                    for k, e in enumerate(chosen) if k != at)
    return bool(named) and not elsewhere


def enclosing(spans: Sequence[Span], chosen: Sequence[Entry | None], i: int,
              reach: str = "point") -> int | None:
    """The index of the span whose place span `i` lies in, or None (see the module doc).
    `reach` "area": the span measured from at a distance beyond MAX_KM (see `_reach`)."""
    text, span = doc_text(spans[i].doc), spans[i]
    nxt = i + 1
    # "Jallianwala Bagh in Punjab's Amritsar", "Parachinar in Khyber Pakhtunkhwa's Kurram":
    # the place an area's possessive holds is the one the name lies in, not the area
    if reach == "point" and nxt + 1 < len(spans) and can_enclose(chosen[nxt]) \
            and can_enclose(chosen[nxt + 1]) and _close(
            text[span.end_char:spans[nxt].start_char]) and _possessive().match(
            text[spans[nxt].end_char:spans[nxt + 1].start_char]):
        nxt += 1
    # a bare compass word read as an area ("Akka (south)") says where, not what area
    if nxt < len(spans) and can_enclose(chosen[nxt]) and \
            spans[nxt].text.lower() not in toponym_words().compass_words and (
            nxt > i + 1 or _reach(text[span.end_char:spans[nxt].start_char]) == reach):
        return nxt
    if reach != "point":
        return None
    if i > 0 and can_enclose(chosen[i - 1]) and _possessive().match(
            text[spans[i - 1].end_char:span.start_char]):
        return i - 1
    return None
