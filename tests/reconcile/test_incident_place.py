"""The place an incident summary gives: the one most of its pages agree on, never a page's
main area borrowed by its unplaced reports when a report states a place itself. Places and
pages are made up."""

from __future__ import annotations

from datetime import date

from fogofwar.reconcile.incidents import EventRef
from fogofwar.reconcile.summary import incident_place

DAY = (date(2021, 3, 4), date(2021, 3, 4))


def _place(name: str, precision: str = "town", lat: float = 1.0) -> dict:
    return {"text": name, "name": name, "geonames_id": None, "lat": lat, "lon": 2.0,
            "country": "XXX", "admin1": "North", "precision": precision}


def _ref(page: str, place: dict | None, inferred: str | None = None, window=None) -> EventRef:
    return EventRef({"type": "ASSAULT"}, page, page, "c", None, window, "violence",
                    place=place, inferred=inferred)


def test_the_place_most_pages_give_wins_over_the_first():
    valley, town = _place("Green Valley", "admin1", 3.0), _place("Redford")
    members = [_ref("a", valley), _ref("a", valley), _ref("b", town), _ref("c", town)]
    assert incident_place(members)["name"] == "Redford"


def test_a_main_area_borrowed_by_one_page_gives_way_to_a_stated_place():
    # page a's reports name no place and took the page's main area; page b states a village
    abroad, village = _place("Far Shire", "admin1", 50.0), _place("Oakmere")
    members = [_ref("a", abroad, "article"), _ref("a", abroad, "article"), _ref("b", village)]
    assert incident_place(members)["name"] == "Oakmere"


def test_anchors_come_first_and_a_tie_keeps_the_first():
    first, second = _place("Stonebridge"), _place("Millbrook", lat=1.1)
    members = [_ref("a", _place("Wide Province", "admin1")), _ref("b", _place("Wide Province",
               "admin1")), _ref("c", first, window=DAY), _ref("d", second, window=DAY)]
    assert incident_place(members)["name"] == "Stonebridge"


def test_no_place_at_all():
    assert incident_place([_ref("a", None)]) is None


def test_the_finest_place_the_coarser_pages_hold_wins():
    # three pages say only the country, one the province inside it: the province is where
    country = {**_place("Lowland", "country", 9.0), "admin1": None}
    province = _place("North", "admin1", 8.0)
    members = [_ref("a", country), _ref("b", country), _ref("c", country), _ref("d", province)]
    assert incident_place(members)["name"] == "North"


def test_a_province_of_another_country_is_not_held():
    country = {**_place("Lowland", "country", 9.0), "admin1": None}
    abroad = {**_place("South", "admin1", 7.0), "country": "YYY"}
    members = [_ref("a", country), _ref("b", country), _ref("c", abroad)]
    assert incident_place(members)["name"] == "Lowland"
