"""A page's reports left alone join the one corroborated incident their page reports
(page_leftovers.py, pass 9). Places, names and sentences of our own."""

from __future__ import annotations

from datetime import date

from fogofwar.reconcile.grid import Forest
from fogofwar.reconcile.incidents import EventRef
from fogofwar.reconcile.page_leftovers import join_page_leftovers

DAY = (date(2021, 3, 9), date(2021, 3, 9))
LOOKBACK = (date(2021, 3, 7), date(2021, 3, 10))


def _town(name: str, gid: int, lat: float = 12.1) -> dict:
    return {"text": name, "name": name, "precision": "town", "geonames_id": gid, "lat": lat,
            "lon": 30.2, "country": "SDN", "admin1": "Kordofan"}


def _province(admin1: str = "Kordofan") -> dict:
    return {"text": admin1, "name": admin1, "precision": "admin1", "geonames_id": 7,
            "lat": 12.0, "lon": 30.0, "country": "SDN", "admin1": admin1}


def _ref(aid: str, place: dict | None, window, sentence: str = "", ev: str = "e1",
         group: str = "violence") -> EventRef:
    return EventRef({"id": f"{aid}:{ev}", "type": "ASSAULT", "sentence": sentence}, aid, aid,
                    aid, None, window, group, place)


def _incident(*extra: EventRef) -> tuple[list[EventRef], Forest]:
    """Pages a and b both report the shelling of Tawila; the refs after them are b's."""
    refs = [_ref("a", _town("Tawila", 1), DAY, "Shells hit the Tawila market on Tuesday."),
            _ref("b", _town("Tawila", 1), DAY, "The Tawila market was shelled on Tuesday."),
            *extra]
    forest = Forest(len(refs))
    forest.union(0, 1)
    return refs, forest


def test_a_page_s_province_toll_joins_the_incident_its_page_reports():
    refs, forest = _incident(_ref("b", _province(), LOOKBACK,
                                  "The health office said 14 people died.", ev="e2"),
                             _ref("b", None, None, "Nine more were hurt.", ev="e3"))
    join_page_leftovers(refs, forest)
    assert forest.find(2) == forest.find(0) == forest.find(3)
    assert refs[3].date_inherited and not refs[2].date_inherited


def test_a_report_at_another_town_or_province_or_day_stays_alone():
    refs, forest = _incident(
        _ref("b", _town("Kadugli", 2, lat=11.0), DAY, "Kadugli was shelled too.", ev="e2"),
        _ref("b", _province("Darfur"), DAY, "Fighting went on in Darfur.", ev="e3"),
        _ref("b", None, (date(2021, 2, 1), date(2021, 2, 1)),
             "A raid in February killed six.", ev="e4"))
    join_page_leftovers(refs, forest)
    assert all(forest.find(i) != forest.find(0) for i in (2, 3, 4))


def test_a_page_reporting_two_corroborated_incidents_lends_neither_its_leftovers():
    refs, forest = _incident(
        _ref("b", _town("Kadugli", 2, lat=11.0), DAY, "Kadugli was shelled.", ev="e2"),
        _ref("c", _town("Kadugli", 2, lat=11.0), DAY, "Shells fell on Kadugli.", ev="e1"),
        _ref("b", None, None, "Twenty people were killed.", ev="e3"))
    forest.union(2, 3)
    join_page_leftovers(refs, forest)
    assert forest.find(4) not in (forest.find(0), forest.find(2))


def test_a_lone_report_shared_with_another_page_is_not_a_leftover():
    refs, forest = _incident(_ref("b", None, None, "Twenty people were killed.", ev="e2"),
                             _ref("c", None, None, "Twenty people died.", ev="e1"))
    forest.union(2, 3)
    join_page_leftovers(refs, forest)
    assert forest.find(2) != forest.find(0)


def _district(name: str, admin1: str = "Kordofan") -> dict:
    return {"text": name, "name": name, "precision": "admin2", "geonames_id": 9, "lat": 12.3,
            "lon": 30.4, "country": "SDN", "admin1": admin1}


def test_a_district_toll_joins_the_incident_in_its_province():
    refs, forest = _incident(
        _ref("b", _district("Abu Zabad"), None,
             "A farmer in Abu Zabad said the shells killed eleven of his neighbours.", ev="e2"))
    join_page_leftovers(refs, forest)
    assert forest.find(2) == forest.find(0)
    assert refs[2].date_inherited


def test_a_district_of_another_province_stays_alone():
    refs, forest = _incident(
        _ref("b", _district("Mellit", admin1="Darfur"), None,
             "Seven people were killed in Mellit.", ev="e2"))
    join_page_leftovers(refs, forest)
    assert forest.find(2) != forest.find(0)


def test_an_undated_report_naming_another_month_or_year_stays_alone():
    refs, forest = _incident(
        _ref("b", None, None, "In November the militia burned the same market, killing four.",
             ev="e2"),
        _ref("b", _district("Abu Zabad"), None,
             "Abu Zabad had been quiet since its 2019 truce, when nine people died.", ev="e3"))
    join_page_leftovers(refs, forest)
    assert all(forest.find(i) != forest.find(0) for i in (2, 3))


def test_an_undated_report_naming_the_incident_s_month_joins():
    refs, forest = _incident(
        _ref("b", None, None, "Doctors said 23 people were wounded in the March shelling.",
             ev="e2"))
    join_page_leftovers(refs, forest)
    assert forest.find(2) == forest.find(0)


def test_names_other_time_reads_full_month_words_and_years():
    from fogofwar.reconcile.page_leftovers import names_other_time
    march = (date(2021, 3, 9), date(2021, 3, 9))
    assert names_other_time("The town was hit in April as well.", march)
    assert names_other_time("Fighting there killed 40 in 2018.", march)
    assert not names_other_time("May the dead rest, a priest said of the 2021 attack.", march)
    assert not names_other_time("Crowds began to march toward the market.", march)
    assert not names_other_time("Shelling in April killed four.", None)
