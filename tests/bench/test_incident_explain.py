"""bench/scoring/incident_explain.py: an article kept out is blamed on its type only when the
type group reconcile joins in differs (an ASSAULT report beside a FIGHT incident is not)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from scoring.incident_explain import apart_counts  # noqa: E402

TOWN = {"name": "Town", "geonames_id": 1, "precision": "town", "country": "XX", "admin1": "A"}


def _arts(kind: str) -> tuple[dict, list[dict]]:
    a = {"id": "sa", "events": [{"id": "sa:e0", "type": "FIGHT", "date": "2020-02-10",
                                 "place": TOWN}]}
    b = {"id": "sb", "events": [{"id": "sb:e0", "type": kind, "date": "2020-02-10",
                                 "place": TOWN}]}
    incidents = [{"id": "i1", "type": "FIGHT", "date_start": "2020-02-10",
                  "date_end": "2020-02-10", "articles": ["sa"], "events": ["sa:e0"]},
                 {"id": "i2", "articles": ["sb"], "events": ["sb:e0"]}]
    return {"ga": a, "gb": b}, incidents


def test_an_assault_beside_a_fight_incident_is_not_out_for_its_type():
    arts, incidents = _arts("ASSAULT")
    gold = [{"id": "g1", "articles": ["ga", "gb"]}]
    assert apart_counts(gold, arts, incidents) == {"none": 1}


def test_a_statement_type_is_out_for_its_type():
    arts, incidents = _arts("REJECT")
    gold = [{"id": "g1", "articles": ["ga", "gb"]}]
    assert apart_counts(gold, arts, incidents) == {"type": 1}


def _month_report(day: str, precision: str | None) -> tuple[dict, list[dict]]:
    arts, incidents = _arts("FIGHT")
    arts["gb"]["events"][0].update(date=day, date_precision=precision)
    return arts, incidents


def test_a_month_date_holding_the_incidents_day_is_not_out_for_its_date():
    # "died last June" (2020-02 here) read as its month's window, as reconcile reads it
    arts, incidents = _month_report("2020-02-01", "month")
    gold = [{"id": "g1", "articles": ["ga", "gb"]}]
    assert apart_counts(gold, arts, incidents) == {"none": 1}
    # a first of the month known to the day is still a day outside the incident's
    arts, incidents = _month_report("2020-02-01", "day")
    assert apart_counts(gold, arts, incidents) == {"date": 1}
    # and a month that misses the incident's day is out for its date
    arts, incidents = _month_report("2020-01-01", "month")
    assert apart_counts(gold, arts, incidents) == {"date": 1}


SITE = {"name": "Marwell Hospital", "text": "Marwell Hospital", "geonames_id": None,
        "precision": "site", "within": "Town", "feature_code": "HSP", "country": "XX",
        "admin1": "A"}


def _site_incident(other: dict | None) -> tuple[dict, list[dict]]:
    """An incident of a report at a hospital in Town, and a lone report at `other`."""
    arts, incidents = _arts("FIGHT")
    arts["ga"]["events"][0]["place"] = SITE
    arts["gb"]["events"][0]["place"] = other
    return arts, incidents


def test_a_report_placed_nowhere_is_out_for_no_place_not_for_a_site():
    # a site's missing gazetteer id once equalled the missing place: blamed on the site
    arts, incidents = _site_incident(None)
    gold = [{"id": "g1", "articles": ["ga", "gb"]}]
    assert apart_counts(gold, arts, incidents) == {"no_place": 1}


def test_a_report_in_the_sites_town_is_not_out_for_its_place_nor_a_site():
    arts, incidents = _site_incident(TOWN)
    gold = [{"id": "g1", "articles": ["ga", "gb"]}]
    assert apart_counts(gold, arts, incidents) == {"none": 1}


def test_two_sites_of_one_kind_and_town_with_other_names_are_out_for_the_site():
    arts, incidents = _site_incident({**SITE, "name": "Beacon Hospital", "text": "Beacon"})
    gold = [{"id": "g1", "articles": ["ga", "gb"]}]
    assert apart_counts(gold, arts, incidents) == {"site": 1}
    # the same hospital named shorter is one site: nothing differs
    arts, incidents = _site_incident({**SITE, "name": "the Marwell hospital"})
    assert apart_counts(gold, arts, incidents) == {"none": 1}
