"""Undated reports of one site named two ways: by its town alone ("a hospital in Marvan") and
by a name of its own ("the Red Crescent hospital in Marvan"), or left unlocated; and a page's
province-level report of no day (town_sites.py, sameday.join_page_province). Places, names
and sentences of our own."""

from __future__ import annotations

from datetime import date

from fogofwar.reconcile.grid import Forest
from fogofwar.reconcile.incidents import EventRef
from fogofwar.reconcile.sameday import join_page_province
from fogofwar.reconcile.sites import site_key
from fogofwar.reconcile.town_sites import (
    join_town_named_sites,
    join_unplaced_sites,
    named_by_town,
)

SORKH = ("AFG", "Sorkh")


def _site(name: str, town: str | None, lat: float | None = 36.7, admin1: str = "Sorkh") -> dict:
    return {"text": name, "name": name, "precision": "site" if lat is not None else None,
            "feature_code": "HSP", "within": town, "lat": lat, "lon": 68.9 if lat else None,
            "country": "AFG" if lat else None, "admin1": admin1 if lat else None}


def _province() -> dict:
    return {"text": "Sorkh", "name": "Sorkh", "precision": "admin1", "geonames_id": 99,
            "lat": 36.8, "lon": 68.8, "country": "AFG", "admin1": "Sorkh"}


def _ref(aid: str, place: dict | None, window: tuple[date, date] | None, sentence: str = "",
         weekdays: frozenset[int] = frozenset(), ev: str = "e1") -> EventRef:
    return EventRef({"id": f"{aid}:{ev}", "type": "ASSAULT", "sentence": sentence}, aid, aid,
                    aid, None, window, "violence", place, site=site_key(place),
                    article_weekdays=weekdays, areas=frozenset({SORKH}))


SAT = (date(2019, 5, 4), date(2019, 5, 4))  # a Saturday
LOOKBACK = (date(2019, 5, 2), date(2019, 5, 5))


def test_a_site_named_by_its_town_alone_is_told_apart_from_one_with_a_name():
    assert named_by_town(_ref("a", _site("Marvan hospital", "Marvan"), SAT))
    assert not named_by_town(_ref("b", _site("Red Crescent hospital", "Marvan"), SAT))
    assert not named_by_town(_ref("c", _site("Marvan hospital", None), SAT))


def test_the_town_named_hospital_joins_the_named_hospital_in_that_town_on_those_days():
    refs = [_ref("a", _site("Marvan hospital", "Marvan"), SAT),
            _ref("b", _site("Red Crescent hospital", "Marvan"), LOOKBACK),
            _ref("c", _site("Red Crescent hospital", "Baghlan"), LOOKBACK),  # another town
            _ref("d", _site("Red Crescent hospital", "Marvan"),
                 (date(2021, 3, 1), date(2021, 3, 4)))]  # the same town two years on
    forest = Forest(len(refs))
    join_town_named_sites(refs, forest)
    assert forest.find(0) == forest.find(1)
    assert forest.find(2) != forest.find(0) and forest.find(3) != forest.find(0)


def test_two_dated_town_named_incidents_leave_the_named_hospital_alone():
    refs = [_ref("a", _site("Marvan hospital", "Marvan"), SAT),
            _ref("b", _site("Marvan hospital", "Marvan"), (date(2019, 5, 5),) * 2),
            _ref("c", _site("Red Crescent hospital", "Marvan"), LOOKBACK)]
    forest = Forest(len(refs))
    join_town_named_sites(refs, forest)
    assert forest.find(2) not in (forest.find(0), forest.find(1))


def test_an_unlocated_hospital_joins_by_its_pages_province_on_the_day_its_lead_names():
    located = _ref("a", _site("Marvan hospital", "Marvan"), SAT)
    saturday = _ref("b", _site("Red Crescent-run hospital", None, lat=None), None,
                    "More than 30 were wounded in the bombing.", weekdays=frozenset({5}))
    monday = _ref("c", _site("Red Crescent-run hospital", None, lat=None), None,
                  "More than 30 were wounded in the bombing.", weekdays=frozenset({0}))
    no_day = _ref("d", _site("Red Crescent-run hospital", None, lat=None), None,
                  "More than 30 were wounded in the bombing.")
    refs = [located, saturday, monday, no_day]
    forest = Forest(len(refs))
    join_unplaced_sites(refs, forest)
    assert forest.find(1) == forest.find(0) and saturday.date_inherited
    assert forest.find(2) != forest.find(0) and not monday.date_inherited
    assert forest.find(3) != forest.find(0)


def test_a_pages_province_report_of_no_day_joins_the_incident_its_other_reports_are_in():
    strike = _ref("a", _site("Marvan hospital", "Marvan"), SAT)
    page_site = _ref("b", _site("Red Crescent hospital", None, lat=None), LOOKBACK, ev="e1")
    toll = _ref("b", _province(), LOOKBACK, "The charity said 19 were killed.", ev="e2")
    other = _ref("c", _province(), LOOKBACK, "Fighting went on in the province.", ev="e1")
    refs = [strike, page_site, toll, other]
    forest = Forest(len(refs))
    forest.union(0, 1)  # the page's site report was tied to the strike by an earlier pass
    join_page_province(refs, forest)
    assert forest.find(2) == forest.find(0)
    assert forest.find(3) != forest.find(0)  # its page has no other report tied anywhere


def test_a_province_report_whose_page_tells_two_incidents_stays_alone():
    refs = [_ref("a", _site("Marvan hospital", "Marvan"), SAT),
            _ref("x", _site("Marvan hospital", "Marvan"), (date(2019, 4, 20),) * 2),
            _ref("b", _site("Red Crescent hospital", None, lat=None), LOOKBACK, ev="e1"),
            _ref("b", _site("Red Crescent hospital", None, lat=None), LOOKBACK, ev="e3"),
            _ref("b", _province(), LOOKBACK, "The charity said 19 were killed.", ev="e2")]
    forest = Forest(len(refs))
    forest.union(0, 2)
    forest.union(1, 3)
    join_page_province(refs, forest)
    assert forest.find(4) not in (forest.find(0), forest.find(1))


def test_an_update_compares_the_sites_these_passes_join_across_buckets():
    from fogofwar.reconcile.update import block_keys

    town_named = _ref("a", _site("Marvan hospital", "Marvan"), SAT)
    named = _ref("b", _site("Red Crescent hospital", "Marvan"), None)
    unlocated = _ref("c", _site("Red Crescent-run hospital", None, lat=None), None)
    elsewhere = _ref("d", _site("Red Crescent hospital", "Baghlan", admin1="Baghlan"), None)
    elsewhere.areas = frozenset({("AFG", "Baghlan")})
    assert block_keys(town_named) & block_keys(named)
    assert block_keys(town_named) & block_keys(unlocated)
    assert not block_keys(town_named) & block_keys(elsewhere)
