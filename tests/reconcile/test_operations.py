"""Named military operations join the reports of one strike campaign on several towns."""

from __future__ import annotations

import pytest

from fogofwar.reconcile import build_incidents
from fogofwar.reconcile.operations import operation_names

from .helpers import SARAQIB, article, killed

# three towns of one campaign, hundreds of km apart and in different first-level areas
TOWN_A = {**SARAQIB, "text": "Bahawalpur", "name": "Bahawalpur", "geonames_id": 11,
          "lat": 29.4, "lon": 71.7, "country": "PAK", "admin1": "Punjab"}
TOWN_B = {**SARAQIB, "text": "Muzaffarabad", "name": "Muzaffarabad", "geonames_id": 12,
          "lat": 34.4, "lon": 73.5, "country": "PAK", "admin1": "Azad Kashmir"}
TOWN_C = {**SARAQIB, "text": "Kotli", "name": "Kotli", "geonames_id": 13,
          "lat": 33.5, "lon": 73.9, "country": "PAK", "admin1": "Azad Kashmir"}


@pytest.mark.parametrize(("text", "names"), [
    ("India launched Operation Sindoor on Wednesday", {"sindoor"}),
    ('Pakistan launched operation "Bunyan-um-Marsoos" on Saturday', {"bunyanummarsoos"}),
    ('dubbed Operation Iron Wall by the army', {"ironwall"}),
    ('the strikes, codenamed "Banyan un Marsus", hit', {"banyanunmarsus"}),
    ("the military operation Friday killed five", set()),      # a day is no name
    ("Operation Room of the resistance said", set()),           # a joint command's name
    ("the special military operation in Ukraine", set()),
    (None, set()),
    # a past act named before its noun is a key like an operation's
    ("remembering the My Lai massacre of 1968", {"act:mylai"}),
    ("apologized for the 1981 El Mozote massacre", {"act:elmozote"}),
    ("Syria's Houla massacre drew condemnation", {"act:houla"}),
    ("Saturday's massacre in the market", set()),                # a day's possessive
    ("a new Bosnian genocide", set()),                           # a nationality
])
def test_operation_names(text, names):
    assert operation_names(text) == names


def _report(aid: str, place: dict, sentence: str, day: str) -> dict:
    return article(aid, f"Outlet {aid}", [{"place": place, "date": day,
                                           "figures": [killed(5, counts="people")]}],
                   text=sentence, published=day)


def test_reports_of_one_operation_at_distant_towns_are_one_incident():
    arts = [_report("a", TOWN_A, "Operation Sindoor struck a mosque in Bahawalpur.", "2025-05-07"),
            _report("b", TOWN_B, "Missiles of Operation Sindoor hit Muzaffarabad.", "2025-05-07"),
            _report("c", TOWN_C, "Under Operation Sindoor, strikes hit Kotli.", "2025-05-08")]
    (inc,) = build_incidents(arts)
    assert inc["articles"] == ["a", "b", "c"]


def test_two_operations_or_none_stay_apart():
    arts = [_report("a", TOWN_A, "Operation Sindoor struck a mosque in Bahawalpur.", "2025-05-07"),
            _report("b", TOWN_B, "Operation Iron Wall hit Muzaffarabad.", "2025-05-07"),
            _report("c", TOWN_C, "Strikes hit Kotli, officials said.", "2025-05-07")]
    assert len(build_incidents(arts)) == 3


def test_one_operation_weeks_apart_is_two_incidents():
    arts = [_report("a", TOWN_A, "Operation Sindoor struck Bahawalpur.", "2025-05-07"),
            _report("b", TOWN_B, "Operation Sindoor struck Muzaffarabad.", "2025-06-20")]
    assert len(build_incidents(arts)) == 2


def test_reports_of_one_named_massacre_years_later_join():
    """Pages written long after an act date it by its year only; its name joins them."""
    arts = [_report("a", TOWN_A, "The Bahawalpur massacre of that spring is still mourned.",
                    "2025-05-07"),
            _report("b", TOWN_A, "Survivors of the Bahawalpur massacre spoke.", "2025-05-07")]
    arts[0]["events"][0]["date"], arts[1]["events"][0]["date"] = "2001-01-01", "2001-01-01"
    arts[0]["events"][0]["date_precision"] = arts[1]["events"][0]["date_precision"] = "year"
    (inc,) = build_incidents(arts)
    assert inc["articles"] == ["a", "b"]
