"""bench/scoring/site_outs.py: how an article out on its site or place differs, by category."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from scoring.site_outs import out_categories  # noqa: E402

HOSPITAL = {"name": "Marwell Hospital", "geonames_id": None, "precision": "site",
            "within": "Fenby", "feature_code": "HSP", "country": "XX", "admin1": "A"}


def _case(a_place: dict, b_place: dict) -> dict[str, int]:
    arts = {"ga": {"id": "sa", "events": [{"id": "sa:e0", "type": "FIGHT", "date": "2020-02-10",
                                           "place": a_place}]},
            "gb": {"id": "sb", "events": [{"id": "sb:e0", "type": "FIGHT", "date": "2020-02-10",
                                           "place": b_place}]}}
    incidents = [{"id": "i1", "type": "FIGHT", "date_start": "2020-02-10",
                  "date_end": "2020-02-10", "articles": ["sa"], "events": ["sa:e0"]},
                 {"id": "i2", "articles": ["sb"], "events": ["sb:e0"]}]
    return out_categories([{"id": "g1", "articles": ["ga", "gb"]}], arts, incidents)


def test_two_hospitals_of_one_town_with_no_shared_word():
    assert _case(HOSPITAL, {**HOSPITAL, "name": "Beacon Hospital"}) == {"site:no_words": 1}


def test_hospitals_in_towns_resolved_apart():
    assert _case(HOSPITAL, {**HOSPITAL, "name": "Beacon Hospital", "within": "Odley"}) == \
        {"site:other_town+place_id": 1}


def test_a_town_against_another_town_of_its_province():
    town = {"name": "Fenby", "geonames_id": 1, "precision": "town", "country": "XX",
            "admin1": "A"}
    assert _case(town, {**town, "name": "Odley", "geonames_id": 2}) == {"place:other_town": 1}


def test_a_report_placed_nowhere_on_a_page_naming_the_incidents_town():
    town = {"name": "Fenby", "geonames_id": 1, "precision": "town", "country": "XX",
            "admin1": "A", "role": "location"}
    arts = {"ga": {"id": "sa", "events": [{"id": "sa:e0", "type": "FIGHT", "date": "2020-02-10",
                                           "place": town}]},
            "gb": {"id": "sb", "places": [town],
                   "events": [{"id": "sb:e0", "type": "FIGHT", "date": "2020-02-10",
                               "place": None}]}}
    incidents = [{"id": "i1", "type": "FIGHT", "date_start": "2020-02-10",
                  "date_end": "2020-02-10", "articles": ["sa"], "events": ["sa:e0"]},
                 {"id": "i2", "articles": ["sb"], "events": ["sb:e0"]}]
    assert out_categories([{"id": "g1", "articles": ["ga", "gb"]}], arts, incidents) == \
        {"no_place:page_names_place": 1}
    arts["gb"]["places"] = []
    assert out_categories([{"id": "g1", "articles": ["ga", "gb"]}], arts, incidents) == \
        {"no_place:page_unplaced": 1}
