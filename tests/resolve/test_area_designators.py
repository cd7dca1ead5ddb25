"""First-level areas written without the designator their gazetteer name carries ("Dagestan"
for "Dagestan, Respublika"), round placerec31."""

import pytest

from fogofwar.resolve import gazetteer
from fogofwar.resolve.actors import resolve_actors
from fogofwar.resolve.placenames import bare_names
from fogofwar.resolve.places import resolve_places


@pytest.mark.parametrize(
    ("name", "bare"),
    [
        ("Dagestan, Respublika", ("dagestan",)),
        ("Dagestan Republic", ("dagestan",)),
        ("Republic of Dagestan", ("dagestan",)),
        ("Idlib Governorate", ("idlib",)),
        ("Kurskaya oblast'", ("kurskaya",)),
        ("Hatay", ()),  # nothing to strip
        ("Free State", ()),  # what is left names no area
        ("Northern Region", ()),
        ("the 10th Ostan", ()),
    ],
)
def test_bare_names(name, bare):
    assert bare_names(name) == bare


def test_area_bears_its_bare_name():
    [e] = [e for e, s in gazetteer.candidates("Dagestan") if e.fcode == "ADM1"]
    assert gazetteer.bears(e, "Dagestan")


def _located(nlp, sentence):
    doc = nlp(sentence)
    return {p.text: p for p in resolve_places(doc, resolve_actors(doc)) if p.role == "location"}


def test_bare_area_name_resolves(nlp):
    found = _located(nlp, "A drone hit a fuel depot in Dagestan late on Sunday, the governor "
                          "wrote.")
    assert found["Dagestan"].country == "RUS"
