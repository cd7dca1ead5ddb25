"""A Russian republic the gazetteer files under its transliterated name only ("Severnaya
Osetiya, Respublika", alternate "Simali Osetiya"): English news writes "North Ossetia", which
found no entry, so the place was read as no place at all (places pack `features`, stop 52)."""

import pytest

from fogofwar.annotate import annotate
from fogofwar.resolve import resolve_actors, resolve_places


def _places(text):
    doc = next(iter(annotate([text])))
    return {p.text: p for p in resolve_places(doc, resolve_actors(doc))}


@pytest.mark.parametrize(("text", "toponym"), [
    ("Police in North Ossetia said two officers were shot at a checkpoint.", "North Ossetia"),
    ("Armed men took over a clinic in the southern republic of North Ossetia.",
     "North Ossetia"),
    ("Clashes in North Ossetia-Alania left two people dead.", "North Ossetia-Alania"),
])
def test_north_ossetia_is_the_russian_republic(text, toponym):
    p = _places(text)[toponym]
    assert (p.precision, p.country) == ("admin1", "RUS"), p
    assert p.admin1 == "Severnaya Osetiya, Respublika", p


def test_a_town_named_beside_it_lies_inside_it():
    places = _places("Gunmen seized a school in Beslan, in North Ossetia, on Wednesday.")
    assert places["Beslan"].admin1 == places["North Ossetia"].admin1
