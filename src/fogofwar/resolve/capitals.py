"""A country's seat named without its name: "the Somali capital", "Yemen's capital", "the capital".

News names a capital by its country about as often as by its own name ("protesters marched in
the Malagasy capital", "clashes spread across the capital"); the toponym finder sees no name
there, so the event told in that sentence is placed nowhere, or at the country, and never meets
the reports that name the city (issue 14). Such a phrase is read as the national capital
(GeoNames PPLC) of
- the country of the nationality word or country name right before it ("the Libyan capital",
  "Madagascar's capital");
- else, for a bare "the capital", the country the page's places lie in most, when one leads.
Only a phrase standing where a place stands counts: the object of a preposition of place ("in",
"across", "outside", "of" ...; not "from" or "to", which tell a journey, nor one a bearing or a
distance leads: "north of the capital", "30 km outside the capital"), or a possessor ("the
capital's main square"). Not when a name follows it ("the capital, Kabul", "the capital Kabul":
that name is the toponym, read already) or "of" does ("the capital of Kachin State" is a
state's seat), nor when another word qualifies it ("the provincial capital", "a regional
capital"). The place carries the capital's name as its text, so that corpus coherence reads it
as that town; it serves events only, and is no toponym of the text (resolve_places keeps none).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from ..records import Place
from ..tally import sole_leader
from . import gazetteer
from .figure_base import distance_units
from .place_roles import LOCATION
from .toponym_words import toponym_words

#: Prepositions that tell where one goes or comes from, not where something happens.
_JOURNEY = frozenset({"from", "to", "toward", "towards"})
_POSSESSIVE = frozenset({"'s", "’s"})


def _place_ending(places: Sequence[Place], end: int) -> Place | None:
    return next((p for p in places if p.end == end and p.country), None)


def _leading_country(places: Sequence[Place]) -> str | None:
    """The country most of the page's places (of any role) lie in, when one leads alone."""
    return sole_leader(Counter(p.country for p in places if p.country))


def _named_after(tok: Token) -> bool:
    """Whether a name or "of" follows the phrase ("the capital, Kabul", "the capital of X")."""
    doc, i = tok.doc, tok.i + 1
    if i < len(doc) and doc[i].text == ",":
        i += 1
    return i < len(doc) and (doc[i].lower_ == "of" or (
        doc[i].pos_ == "PROPN" and doc[i].is_title))


def _stands_as_place(root: Token) -> bool:
    """A possessor, or the object of a preposition of place that no bearing or distance
    leads ("north of the capital", "20 km from the capital" lie outside it)."""
    if root.dep_ == "poss":
        return True
    prep = root.head
    if not (root.dep_ == "pobj" and prep.dep_ == "prep"):
        return False
    if prep.lower_ not in toponym_words().before | {"of"} or prep.lower_ in _JOURNEY:
        return False
    before = prep.doc[prep.i - 1] if prep.i > 0 else None
    return before is None or not (before.lower_ in toponym_words().compass_words
                                  or before.lower_ in distance_units() or before.like_num)


def _country_before(tok: Token, places: Sequence[Place]) -> str | None | bool:
    """The country the word(s) right before `tok` name ("Somali", "Yemen's"); True for a bare
    "the" (the page's country is meant); None when another word qualifies it."""
    doc = tok.doc
    if tok.i < 1:
        return None
    prev = doc[tok.i - 1]
    if prev.text in _POSSESSIVE and tok.i >= 2:
        owner = doc[tok.i - 2]
        place = _place_ending(places, owner.idx + len(owner))
        return place.country if place is not None and place.precision == "country" else None
    place = _place_ending(places, prev.idx + len(prev))
    if place is not None:
        return place.country if place.precision == "country" or place.role == "demonym" \
            else None
    return True if prev.lower_ == "the" else None


def capital_places(doc: Doc, places: Sequence[Place]) -> list[Place]:
    """The capitals `doc` names by their country alone (see module docstring), as places."""
    nouns = toponym_words().capital_nouns
    out: list[Place] = []
    for tok in doc:
        if tok.lower_ not in nouns or tok.pos_ != "NOUN" or any(
                p.start <= tok.idx < p.end for p in places):
            continue
        last = tok
        if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "city":
            last = doc[tok.i + 1]  # "the capital city"
        if _named_after(last) or not _stands_as_place(last):
            continue
        country = _country_before(tok, places)
        if country is True:
            country = _leading_country(places)
        if not isinstance(country, str):
            continue
        seat = gazetteer.capital_of(country)
        if seat is None:
            continue
        out.append(Place(text=seat.name, start=tok.idx, end=last.idx + len(last),
                         name=seat.name, geonames_id=seat.geonameid, lat=seat.lat,
                         lon=seat.lon, country=gazetteer.iso3(seat.country),
                         admin1=seat.admin1_name, feature_code=seat.fcode, precision="town",
                         role=LOCATION))
    return out
