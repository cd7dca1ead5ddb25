"""A town reading the text rules out: the district it is put in lies in another province."""

from fogofwar.resolve.actors import resolve_actors
from fogofwar.resolve.places import resolve_places


def _located(nlp, text):
    doc = nlp(text)
    return {p.text: p for p in resolve_places(doc, resolve_actors(doc))}


def test_town_put_in_a_far_district_is_placed_in_that_district(nlp):
    # the gazetteer's only Ban Phai lies in Khon Kaen; the text puts this one in Surin's Prasat
    found = _located(nlp, "Shells fell on a school in Ban Phai, Prasat district, on Monday.")
    village = found["Ban Phai"]
    assert (village.admin1, village.within) == ("Surin", "Amphoe Prasat")


def test_town_near_a_city_of_another_first_level_area_keeps_its_reading(nlp):
    # Kyiv city is a first-level area of its own, Irpin lies in Kyiv oblast: a town, not an
    # admin area, is never taken as ruling a reading out
    found = _located(nlp, "Drones hit a warehouse in Irpin, near Kyiv, at night.")
    town = found["Irpin"]
    assert (town.precision, town.admin1, town.within) == ("town", "Kyivska oblast", None)
