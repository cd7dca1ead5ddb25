"""A town reading the text rules out: the district it is put in lies in another province."""

from fogofwar.records import Place
from fogofwar.resolve.actors import resolve_actors
from fogofwar.resolve.enclosed_namesakes import placed_in_area
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


def test_a_resolved_namesake_is_placed_in_the_area_after_it():
    # sites.py looks a missed town name up alone, then asks whether the district after it
    # rules the reading out ("a school in Ban Phai in Prasat district")
    town = Place(text="Ban Phai", start=20, end=28, name="Ban Phai", lat=16.06, lon=102.73,
                 country="THA", admin1="Khon Kaen", precision="town")
    area = Place(text="Prasat", start=32, end=38, name="Amphoe Prasat", lat=14.64, lon=103.41,
                 country="THA", admin1="Surin", precision="admin2")
    village = placed_in_area(town, area)
    assert village is not None
    assert (village.name, village.admin1, village.within, village.lat) == (
        "Ban Phai", "Surin", "Amphoe Prasat", 14.64)
    near = Place(text="Prasat", start=32, end=38, name="Amphoe Prasat", lat=16.0, lon=102.8,
                 country="THA", admin1="Khon Kaen", precision="admin2")
    assert placed_in_area(town, near) is None


def test_a_township_is_read_as_its_seat_town(nlp):
    # "Township" is a kind word: the name before it is looked up alone
    found = _located(nlp, "Soldiers torched houses in Hpakant Township on Sunday.")
    assert found["Hpakant Township"].name == "Hpākān"


def test_a_village_put_in_a_township_abroad_is_no_namesake_there(nlp):
    # the township is read as its seat town in Myanmar; a reading of the village's name
    # thousands of kilometres off, in another country, is ruled out, and the village is
    # placed in the township instead
    found = _located(nlp, "A drone hit a market in KaLin Bo village, Hpakant Township, on Monday.")
    village = next(p for t, p in found.items() if t.startswith("KaLin"))
    assert (village.country, village.within) == ("MMR", "Hpākān")
