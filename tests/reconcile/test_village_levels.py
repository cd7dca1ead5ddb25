"""Round sites20 (issue 14, i51): one village no gazetteer holds, put in its district on one
page ("the village of Karma in Yatenga province"), at a town near it on another ("Karma, a
village 15 km from Ouahigouya"), and left unresolved on a third. Hand-made articles of our own
villages; the coordinates are made up."""

from __future__ import annotations

from fogofwar.present.export import validate
from fogofwar.reconcile import build_incidents
from fogofwar.reconcile.coherence import coherent
from fogofwar.reconcile.sites import is_village, village_key

from .helpers import SARAQIB, article

#: a district (second-level area) and a town of one province
DISTRICT = {**SARAQIB, "text": "Harim district", "name": "Harim", "geonames_id": 11,
            "lat": 36.2, "lon": 36.5, "feature_code": "ADM2", "precision": "admin2"}
TOWN = {**SARAQIB, "text": "Ariha", "name": "Ariha", "geonames_id": 12, "lat": 35.81,
        "lon": 36.61}


def village(name: str, at: dict) -> dict:
    """A village the text put in a district or near a town (resolve's `within`)."""
    return {**at, "text": name, "name": name, "geonames_id": None, "feature_code": None,
            "within": at["name"]}


def undated(aid: str, outlet: str, events: list[dict], **kw) -> dict:
    art = article(aid, outlet, [{"date": None, "date_precision": None, **e} for e in events],
                  **kw)
    art["published"] = None
    return art


def incidents(arts: list[dict]) -> list[dict]:
    incs = build_incidents(arts)
    for inc in incs:
        validate(inc, "incident")
    return incs


def test_a_village_put_in_its_district_or_near_a_town_is_a_village():
    assert is_village(village("Kafr Awda", DISTRICT))
    assert is_village(village("Kafr Awda", TOWN))
    assert village_key(village("Kafr Awda", DISTRICT)) == village_key(village("Kafr Awda", TOWN))
    assert not is_village(DISTRICT) and not is_village(TOWN)  # the places themselves
    assert not is_village({**village("Ariha", TOWN)})         # a town named as itself


def test_a_village_at_its_district_a_day_off_joins_the_same_village_at_a_town():
    # c731 dates the killings "on Friday" and puts Karma in Yatenga; the others say Thursday
    # and put it 15 km from Ouahigouya
    arts = [article("a", "X", [{"place": village("Kafr Awda", TOWN), "date": "2020-02-10"}]),
            article("b", "Y", [{"place": village("Kafr Awda", DISTRICT), "date": "2020-02-11"}])]
    (inc,) = incidents(arts)
    assert inc["articles"] == ["a", "b"]


def test_reports_of_one_village_two_days_apart_stay_apart():
    arts = [article("a", "X", [{"place": village("Kafr Awda", TOWN), "date": "2020-02-10"}]),
            article("b", "Y", [{"place": village("Kafr Awda", DISTRICT), "date": "2020-02-12"}],
                    published="2020-02-12")]
    assert len(incidents(arts)) == 2


def test_an_undated_report_joins_the_incident_more_pages_tell_of_that_village():
    # c733's statement "sent to AFP on Friday" gave its own report of Karma an incident of
    # its own a week on; c732's undated report of Karma belongs with the massacre the pages
    # tell of the Thursday before
    arts = [article("a", "X", [{"place": village("Kafr Awda", TOWN), "date": "2020-02-10"}]),
            article("b", "Y", [{"place": village("Kafr Awda", DISTRICT), "date": "2020-02-10"}]),
            article("c", "W", [{"place": village("Kafr Awda", TOWN), "date": "2020-02-17"}],
                    published="2020-02-17"),
            undated("d", "Z", [{"place": village("Kafr Awda", DISTRICT),
                                "sentence": "Gunmen killed dozens in Kafr Awda."}],
                    text="Gunmen killed dozens in Kafr Awda.")]
    main = next(i for i in incidents(arts) if "a" in i["articles"])
    assert main["articles"] == ["a", "b", "d"]


def test_an_undated_report_between_two_incidents_told_by_as_many_pages_stays_alone():
    arts = [article("a", "X", [{"place": village("Kafr Awda", TOWN), "date": "2020-02-10"}]),
            article("c", "W", [{"place": village("Kafr Awda", TOWN), "date": "2020-02-17"}],
                    published="2020-02-17"),
            undated("d", "Z", [{"place": village("Kafr Awda", DISTRICT),
                                "sentence": "Gunmen killed dozens in Kafr Awda."}],
                    text="Gunmen killed dozens in Kafr Awda.")]
    assert all(i["articles"] != ["a", "d"] and i["articles"] != ["c", "d"]
               for i in incidents(arts))


def test_an_unresolved_mention_taking_a_villages_reading_stays_that_village():
    # c734 names Karma where nothing places it; the corpus reading is the village at the
    # town another page put it near, and must keep saying so
    placed, bare = village("Kafr Awda", TOWN), {**TOWN, "text": "Kafr Awda", "name": None,
                                                "geonames_id": None, "lat": None, "lon": None,
                                                "country": None, "admin1": None,
                                                "precision": None, "within": None}
    a = article("a", "X", [{"place": placed}])
    a["places"] = [placed, TOWN]
    b = undated("b", "Y", [{"place": bare}])
    b["places"] = [bare, TOWN]
    c = article("c", "W", [{"place": placed}])
    c["places"] = [placed, TOWN]
    out = {x["id"]: x for x in coherent([a, b, c])}
    assert out["b"]["places"][0]["within"] == "Ariha"
    assert is_village(out["b"]["places"][0])
