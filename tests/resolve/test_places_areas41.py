"""Areas the gazetteer's first-level layer lacks, and abbreviations of the area a page is in."""

import pytest

from fogofwar.annotate import annotate
from fogofwar.resolve import resolve_actors, resolve_places
from fogofwar.resolve.gazetteer import distance_km


def _places(text):
    doc = next(iter(annotate([text])))
    return {p.text: p for p in resolve_places(doc, resolve_actors(doc))}


@pytest.mark.parametrize(
    ("text", "toponym", "point"),
    [
        # federal member states of Somalia (GeoNames keeps the older regions)
        ("Militia fighters clashed with soldiers in Puntland on Friday.", "Puntland",
         (8.4, 48.5)),
        ("The governor of Jubaland met elders after the raid.", "Jubaland", (0.5, 42.0)),
        # Russia's republics and regions, spelled as English news spells them
        ("Gunmen opened fire on a police post in Ingushetia overnight.", "Ingushetia",
         (43.2, 45.0)),
        ("Violence flared again across the North Caucasus last year.", "the North Caucasus",
         (43.5, 44.5)),
        ("Georgian troops shelled villages in South Ossetia.", "South Ossetia", (42.3, 44.0)),
    ],
)
def test_areas_from_the_pack(text, toponym, point):
    p = _places(text)[toponym]
    assert p.precision == "admin1" and p.geonames_id is None, p
    assert distance_km((p.lat, p.lon), point) < 1, p


@pytest.mark.parametrize(
    ("text", "toponym", "point"),
    [
        # the model tags these names as organisations or persons: a pack area as written is a
        # place all the same
        ("Fighting spread across Mindanao after the ambush.", "Mindanao", (7.5, 124.8)),
        ("Azerbaijan and Armenia fought over Nagorno-Karabakh for decades.",
         "Nagorno-Karabakh", (39.9, 46.7)),
    ],
)
def test_pack_areas_the_model_misreads(text, toponym, point):
    p = _places(text)[toponym]
    assert distance_km((p.lat, p.lon), point) < 1, p


def test_initials_of_the_country_the_page_is_in():
    # "SA" alone is Saudi Arabia's code; on a page whose places lie in South Africa it is
    # South Africa, though the page never names the country in full
    text = ("Police in Limpopo said three men were shot near Polokwane on Sunday. "
            "SA police chiefs called the attack brutal.")
    assert _places(text)["SA"].country == "ZAF"


def test_initials_of_the_province_the_page_is_in():
    text = "Two soldiers were killed on Monday in KP's Bannu district, police said."
    p = _places(text)["KP"]
    assert (p.country, p.name, p.precision) == ("PAK", "Khyber Pakhtunkhwa", "admin1"), p


def test_initials_stay_the_code_beside_that_country():
    # the page's places lie in Saudi Arabia: SA is Saudi Arabia
    text = "Drones struck near Riyadh on Sunday, SA officials said."
    assert _places(text)["SA"].country == "SAU"


def test_an_area_inside_one_country_carries_its_country_and_first_level_area():
    # a province inside one region: its events share country and area with that region's
    # towns
    p = _places("Soldiers raided a village in Maguindanao province overnight.")[
        "Maguindanao province"]
    assert (p.country, p.admin1) == ("PHL", "Autonomous Region in Muslim Mindanao"), p
    # a sea across borders gives neither
    sea = _places("Drones flew over the Black Sea on Monday.")["the Black Sea"]
    assert (sea.country, sea.admin1) == (None, None), sea


def test_feature_pack_country_fields_are_checked(monkeypatch):
    from fogofwar.errors import PackError
    from fogofwar.resolve import regions

    regions.feature_table.cache_clear()
    monkeypatch.setattr(regions, "load_pack", lambda name: {
        "features": {"Puntland": [8.4, 48.5, "RGN", 12]}, "feature_aliases": {}})
    with pytest.raises(PackError, match="features.Puntland"):
        regions.feature_table()
    regions.feature_table.cache_clear()



def test_a_ceasefire_line_is_no_pack_area():
    # a line hundreds of kilometres long has no point to stand for it: as a pack area it drew
    # an undated page's events into another year's incident along the same line
    places = _places("Soldiers exchanged fire across the Line of Control on Sunday.")
    assert all(p.precision != "admin1" or p.geonames_id is not None for p in places.values())
