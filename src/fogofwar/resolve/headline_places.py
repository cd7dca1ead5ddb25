"""Places of a headline that the body names as locations, when the model missed them there.

A headline is parsed alone, in a few words and without the sentence around it that helps the
entity model: "Dozens dead in rocket strike on Kharkiv", "Shells pound Bakhmut as two
civilians die" come back with no toponym at all, so the headline's event, which is usually the
story's main one, is placed nowhere, though the lede says "in Kharkiv" and the body resolves it.
So a word run of the headline spelling (case aside, on word boundaries) a place the body
resolved as a location finer than a country (a town, a province, a site placed in its town)
is taken as that place, at the headline's offsets, unless the headline's own reading already
covers those words (a place of any role, or a mention of an actor the packs know; an
unknown name the model took for an organisation, "Swat", may be the place) or the run is the
subject of its clause ("Kharkiv mourns twelve dead": who acts, not where). Countries stay
out: a bare country in a headline is most often whose army or government it is ("Chad
ambush kills six").

A country the headline's own reading took for an actor is its location when it qualifies the
noun a locative preposition governs ("25 killed in Mali militant attack", "11 dead in Somalia
clashes", "Gunmen kill villagers in Nigeria's northeast") and the body locates every place
finer than a country that it names in that country: "killed in Israel strike on Gaza camp"
names the attacker, and its body's places lie elsewhere. A headline that names a finer place
("in Syria's Idlib") is placed there, and the country stays as it was.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from ..annotate.packdata import place_words
from ..records import Mention, Place
from .place_roles import ACTOR, LOCATION
from .ranking import own_key

#: Dependency labels of a clause's subject: a place there acts ("Kharkiv mourns its dead").
_SUBJECT = frozenset({"nsubj", "nsubjpass"})
#: How a name qualifies a noun: "Mali militant attack", "Nigeria's northeast".
_QUALIFIER = frozenset({"compound", "poss", "nmod", "amod"})


def _spelled(place: Place) -> bool:
    """A body location worth looking for in a headline: resolved, finer than a country,
    written as a name (capitalised)."""
    return (place.role == LOCATION and place.precision not in (None, "country")
            and (place.geonames_id is not None or place.within is not None)
            and place.text[:1].isupper() and len(place.text) > 2)


def headline_places(doc: Doc, places: Sequence[Place], mentions: Sequence[Mention],
                    body: Sequence[Place]) -> list[Place]:
    """The headline's places `places` and, after them, those of `body` its words spell that
    its own reading missed (see the module docstring)."""
    text = doc.text
    taken = [(p.start, p.end) for p in places] + [
        (m.start, m.end) for m in mentions if m.actor_id is not None]
    found: list[Place] = []
    by_text: dict[str, Place] = {}
    for p in body:
        if _spelled(p):
            by_text.setdefault(p.text.casefold(), p)
    for key in sorted(by_text, key=len, reverse=True):  # "North Darfur" before "Darfur"
        for m in re.finditer(r"(?<!\w)" + re.escape(key) + r"(?!\w)", text, re.I):
            lo, hi = m.start(), m.end()
            if any(lo < e and s < hi for s, e in taken):
                continue
            span = doc.char_span(lo, hi, alignment_mode="expand")
            if span is None or span.root.dep_ in _SUBJECT:
                continue
            found.append(replace(by_text[key], text=text[lo:hi], start=lo, end=hi))
            taken.append((lo, hi))
    places = [replace(p, role=LOCATION) if _locative_country(doc, p, body, [*places, *found])
              else p for p in places]
    places = [_as_body_reads(p, body) for p in places]
    return [*places, *sorted(found, key=lambda p: p.start)]


def _as_body_reads(place: Place, body: Sequence[Place]) -> Place:
    """A headline location read, alone, in a country its body never names in any role (a
    headline is resolved without the story around it: "Rebels attack Beni in eastern Congo"
    read Bolivia's El Beni, "Attack on a Kachin village" a Ukrainian hamlet, "Pak train
    hijack" a Malaysian town): the body's own reading of that name (its core, kind words
    aside) when the body names it, else no reading at all for a place finer than a country;
    a point on another continent is worse than none. A body that names no country decides
    nothing."""
    countries = {p.country for p in body if p.country}
    if place.role != LOCATION or not place.country or not countries or \
            place.country in countries:
        return place
    key = own_key(place.text)
    same = next((p for p in body if p.role == LOCATION and p.country
                 and own_key(p.text) == key), None)
    if same is not None:
        return replace(same, text=place.text, start=place.start, end=place.end)
    if place.precision == "country":
        return place
    return Place(text=place.text, start=place.start, end=place.end, role=place.role)


def _locative_country(doc: Doc, place: Place, body: Sequence[Place],
                      finer: Sequence[Place]) -> bool:
    """Whether a country read as an actor names where the headline's event was (see the
    module docstring); not when the headline places it finer (`finer`, the headline's
    places: "in Syria's Idlib", "in regime air strike in Sagaing") or the noun it qualifies is
    a name ("in Pakistan's Khyber Pakhtunkhwa", a province the headline's reading missed)."""
    if place.role != ACTOR or place.precision != "country" or not place.country:
        return False
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.dep_ not in _QUALIFIER or root.head.dep_ != "pobj" or \
            root.head.head.lower_ not in place_words()[1]:
        return False
    if root.head.pos_ != "NOUN" or any(
            p.role == LOCATION and p.precision not in (None, "country") for p in finer):
        return False
    fine = {p.country for p in body
            if p.role == LOCATION and p.precision not in (None, "country") and p.country}
    return fine == {place.country}
