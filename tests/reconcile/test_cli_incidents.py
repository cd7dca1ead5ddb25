"""Incidents a user gets through `fogofwar ingest` + `export --what incidents` (issue 14):
hand-written reports of one fictional strike on a village the gazetteer does not know, told
by outlets of both sides, one of them undated and placing it only by its province, one giving
the attacker's figure with the spokesman's city in the attribution. Not copies of any report."""

from __future__ import annotations

import pytest

from .cli_run import cli_exports

ARTICLES = [
    {"outlet": "Kharkiv Herald", "published": "2023-05-12", "url": "https://kh.example/1",
     "text": "A Russian missile struck a cafe in the village of Zorivka near Kupiansk in the "
             "Kharkiv region on Thursday, killing 31 people, Ukrainian officials said.\n\n"
             "Rescuers were still searching the rubble."},
    {"outlet": "Evening Wire", "url": "https://ew.example/2",
     "text": "A Russian strike hit a cafe in Ukraine's Kharkiv region on Thursday, killing "
             "34 people according to Ukrainian officials.\n\nAccording to the interior "
             "minister, seven people had been seriously injured in the attack."},
    {"outlet": "Moscow Courier", "published": "2023-05-13", "url": "https://mc.example/3",
     "text": "Russian forces struck a gathering of Ukrainian troops near Kupiansk on "
             "Thursday. \"Two commanders and 60 officers of the brigade as well as 20 "
             "foreign mercenaries who attended the meeting were destroyed,\" spokesman Igor "
             "Konashenkov said at a briefing in Moscow."},
]


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    incidents, arts = cli_exports(tmp_path_factory.mktemp("cli-incidents"), ARTICLES)
    return incidents, {a["url"]: a["id"] for a in arts}


def _one(incidents: list[dict], arts: dict[str, str]) -> dict:
    (inc,) = [i for i in incidents if set(arts.values()) & set(i["articles"])
              and len(i["articles"]) > 1]
    return inc


def test_the_undated_report_naming_only_the_province_joins(exported):
    # Evening Wire has no date and no village, only "Kharkiv region" and "on Thursday"
    incidents, arts = exported
    assert set(_one(incidents, arts)["articles"]) == set(arts.values())


def test_the_undated_reports_other_tolls_follow_it(exported):
    # its placeless second paragraph ("seven people had been seriously injured") tells the
    # same strike once the article is tied to the incident
    incidents, arts = exported
    assert any(f["category"] == "injured" and f["low"] == 7
               for f in _one(incidents, arts)["figures"])


def test_the_spokesmans_city_is_not_where_the_strike_was(exported):
    incidents, arts = exported
    inc = _one(incidents, arts)
    assert inc["place"]["name"] != "Moscow"
    assert not any(i["place"] and i["place"]["name"] == "Moscow" for i in incidents)


def test_each_sides_toll_and_their_dispute(exported):
    incidents, arts = exported
    inc = _one(incidents, arts)
    rows = {(f["claimant"], f["category"]): f for f in inc["figures"]}
    # the list "two commanders and 60 officers ... were destroyed" is a toll of 60
    assert rows[("Igor Konashenkov", "killed")]["high"] == 60
    assert rows[("Ukrainian officials", "killed")]["side"] is not None
    (con,) = [c for c in inc["contradictions"] if c["category"] == "killed"]
    assert {"Igor Konashenkov", "Ukrainian officials"} <= set(con["claimants"])
