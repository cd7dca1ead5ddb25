"""Villages the gazetteer lacks, placed at the place the text puts them in (issue 12)."""

import pytest

from fogofwar.geodesy import distance_km
from fogofwar.resolve.actors import resolve_actors
from fogofwar.resolve.enclosing import MAX_KM, _close
from fogofwar.resolve.places import resolve_places


def _located(nlp, text):
    doc = nlp(text)
    return {p.text: p for p in resolve_places(doc, resolve_actors(doc))}


@pytest.mark.parametrize(
    ("text", "village", "within", "country"),
    [
        ("Terrorists on Friday attacked the village of Marere, in the district of Mocimboa da "
         "Praia, in Mozambique.", "Marere", "Mocímboa", "MOZ"),
        ("Assailants attacked their barracks in Wadi al-Naft, about 25km west of the city of "
         "Kirkuk.", "Wadi al-Naft", "Kirkuk", "IRQ"),
        ("The attack on the outpost in Indelimane in the Menaka region left 15 troops dead.",
         "Indelimane", "Ménaka", "MLI"),
    ],
)
def test_unknown_village_takes_the_place_it_lies_in(nlp, text, village, within, country):
    found = _located(nlp, text)
    p = found[village]
    assert (p.within, p.country, p.name) == (within, country, village)
    area = next(q for q in found.values() if q.name == within and q.within is None)
    assert distance_km((p.lat, p.lon), (area.lat, area.lon)) < 1


def test_far_stated_distance_places_nothing(nlp):
    found = _located(nlp, "The convoy was attacked near Yogofongo village, more than 470 "
                          "kilometres east of the capital Bangui.")
    assert all(p.within != "Bangui" for p in found.values())


@pytest.mark.parametrize(
    ("gap", "close"),
    [(", in the ", True), (" village in ", True), (" area, ", True),
     (", in the district of ", True), (", about 25km west of the city of ", True),
     (f", {MAX_KM + 40:.0f} miles from ", False),
     (" and ", False), (" said the governor of ", False)],
)
def test_what_joins_a_village_to_its_place(gap, close):
    assert _close(gap) is close


def test_a_compass_word_may_lead_the_enclosing_area(nlp):
    found = _located(nlp, "UN monitors spoke with survivors in Hroza, in the northeastern "
                          "Kharkiv region.")
    p = found["Hroza"]
    assert p.country == "UKR" and p.within is not None and "Kharkiv" in p.within
    assert _close(", in the northeastern ")
