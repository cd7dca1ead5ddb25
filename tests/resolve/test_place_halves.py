"""Names the model cuts in two: an area named by two halves joined by "and", and a named lake
or gulf whose last word is a country's name."""

import pytest

from fogofwar.annotate import annotate
from fogofwar.resolve import resolve_actors, resolve_places
from fogofwar.resolve.gazetteer import distance_km


def _places(text):
    doc = next(iter(annotate([text])))
    return {p.text: p for p in resolve_places(doc, resolve_actors(doc))}


@pytest.mark.parametrize(
    ("text", "toponym"),
    [
        ("Gunmen killed four border guards in Sistan and Baluchestan province on Tuesday.",
         "Sistan and Baluchestan province"),
        ("Iran hanged a young man from Sistan and Baluchestan, a rights group said.",
         "Sistan and Baluchestan"),
    ],
)
def test_an_area_named_by_two_halves_is_one_place(text, toponym):
    places = _places(text)
    p = places[toponym]
    assert p.precision == "admin1" and p.country == "IRN", p
    assert "Sistan" not in places  # the first half is no place of its own


def test_two_places_listed_with_and_stay_two():
    places = _places("Artillery shelled Aleppo and Idlib on Monday, monitors said.")
    assert {"Aleppo", "Idlib"} <= set(places)


def test_a_lake_named_after_a_country_is_the_lake():
    p = _places("Fishermen were attacked on the shores of Lake Chad on Sunday, officials said.")[
        "Lake Chad"]
    assert p.name == "Lake Chad" and distance_km((p.lat, p.lon), (13.0, 14.5)) < 1, p



def test_a_longer_name_before_and_is_not_cut():
    # "Azad Jammu" and "Kashmir": the last word before "and" with the name after it would
    # make India's Jammu and Kashmir, which Azad Jammu and Kashmir is not
    places = _places("Two soldiers were killed by cross-border fire in Azad Jammu and Kashmir, "
                     "the army said.")
    assert "Jammu and Kashmir" not in places



@pytest.mark.parametrize(
    ("text", "adjective", "region"),
    [
        ("Central Asian governments closed their borders after the riots.", "Central Asian",
         "Central Asia"),
        ("Southeast Asian envoys urged both sides to stop the shelling.", "Southeast Asian",
         "Southeast Asia"),
    ],
)
def test_a_regional_adjective_is_the_region_not_the_continent(text, adjective, region):
    places = _places(text)
    assert places[adjective].name == region, places
    assert "Asian" not in places


@pytest.mark.parametrize(
    ("text", "toponym", "country"),
    [
        # the model stops at "da": read alone, "Praia" is Cape Verde's capital
        ("Insurgents ambushed a truck 11 kilometres from Mocimboa da Praia town on Saturday.",
         "Mocimboa da Praia", "MOZ"),
        ("Gunmen burned a bus in Mocimboa da Praia district, in Cabo Delgado province.",
         "Mocimboa da Praia district", "MOZ"),
        # "Santander" alone is another department
        ("The governor of the Norte de Santander department condemned the bombing.",
         "Norte de Santander", "COL"),
        ("Soldiers clashed with gunmen in Maguindanao del Sur province on Friday.",
         "Maguindanao del Sur province", "PHL"),
    ],
)
def test_a_name_cut_at_its_particle_is_one_place(text, toponym, country):
    places = _places(text)
    assert toponym in places and places[toponym].country == country, places
    assert not any(p.country not in (country, None) for p in places.values()), places


def test_two_places_beside_a_particle_stay_two():
    # "de" between two places that make no name together joins nothing
    places = _places("Refugees fled from Goma de Bukavu, officials said.")
    assert "Goma de Bukavu" not in places
