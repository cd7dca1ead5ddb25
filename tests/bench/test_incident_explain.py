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


def test_a_missed_dispute_names_where_its_figure_went():

    import conflict
    from scoring.dispute_misses import incident_misses
    from scoring.incident_explain import explain

    a = {"id": "sa", "published": "2020-02-10",
         "events": [{"id": "sa:e0", "type": "ASSAULT", "date": "2020-02-10", "place": TOWN,
                     "claim_id": "sa:c0"},
                    {"id": "sa:e1", "type": "ASSAULT", "negated": True, "claim_id": "sa:c1"}],
         "claims": [{"id": "sa:c0", "claimant": {"text": "the Northland police"},
                     "figures": [{"low": 9, "high": 9, "category": "killed"}]},
                    {"id": "sa:c1", "claimant": {"text": "the Southland army"},
                     "figures": [{"low": 4, "high": 4, "category": "killed"}]}]}
    incidents = [{"id": "x1", "type": "ASSAULT", "date_start": "2020-02-10",
                  "date_end": "2020-02-10", "articles": ["sa"], "events": ["sa:e0"],
                  "figures": [{"category": "killed", "claimant": "Northland police",
                               "side": "n", "low": 9, "high": 9, "articles": ["sa"]}]}]
    gold = [{"id": "g1", "articles": ["ga"],
             "figures": [{"claimant": "the Northland police", "side": "north",
                          "category": "killed", "low": 9, "high": 9, "article": "ga"},
                         {"claimant": "the Southland army", "side": "south",
                          "category": "killed", "low": 4, "high": 4, "article": "ga"}],
             "contradictions": [{"category": "killed", "sides": ["north", "south"],
                                 "claimants": ["the Northland police", "the Southland army"]}]}]
    arts = {"ga": a}
    lines: list[str] = []
    explain(gold, arts, incidents, lines.append,
            lambda gi: incident_misses(gi, incidents[0], arts, conflict.same_name))
    assert "    missed contradiction killed ['the Northland police', 'the Southland army']: " \
           "figure_not_a_row" in lines
    assert "      'the Southland army' 4 (ga): claim c1 'the Southland army' killed: " \
           "e1 in no incident negated" in lines
    assert "      'the Northland police' 9 (ga): claim c0 'the Northland police' killed: " \
           "e0 in x1 (1 art)" in lines
