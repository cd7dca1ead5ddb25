"""A district (admin2) is known to its province: reconcile reads a report at a district as one
at its province (incidents.admin_key). Places, outlets and sentences of our own."""

from __future__ import annotations

from fogofwar.reconcile import build_incidents
from fogofwar.reconcile.incidents import admin_key

from .helpers import IDLIB_GOV, SARAQIB, article

MAARET = {**SARAQIB, "text": "Maarat al-Numan District", "name": "Maarat al-Numan",
          "geonames_id": 11, "lat": 35.64, "lon": 36.67, "feature_code": "ADM2",
          "precision": "admin2"}
ARIHA = {**SARAQIB, "text": "Ariha District", "name": "Ariha", "geonames_id": 12,
         "lat": 35.81, "lon": 36.61, "feature_code": "ADM2", "precision": "admin2"}
SALAMIYAH = {**SARAQIB, "text": "Salamiyah District", "name": "Salamiyah", "geonames_id": 13,
             "lat": 35.01, "lon": 37.05, "feature_code": "ADM2", "precision": "admin2",
             "admin1": "Hama Governorate"}

RAID = "Gunmen raided a checkpoint in Maarat al-Numan District on 10 February, killing four."
CLASH = ("Fighters clashed with troops in the Ariha District on Monday, the monitor said, "
         "leaving six dead.")
ELSEWHERE = "Elsewhere, jets pounded Salamiyah District, killing two shepherds."


def _sizes(arts: list[dict]) -> list[int]:
    return sorted((len(i["events"]) for i in build_incidents(arts)), reverse=True)


def test_a_district_is_keyed_at_its_province():
    assert admin_key(MAARET) == ("SY", "Idlib Governorate") == admin_key(IDLIB_GOV)
    assert admin_key({**MAARET, "admin1": None}) is None


def test_two_districts_of_one_province_on_one_day_join_when_nothing_finer_exists():
    arts = [article("a", "X", [{"place": MAARET}], text=RAID),
            article("b", "Y", [{"place": ARIHA, "sentence": CLASH}], text=CLASH)]
    assert _sizes(arts) == [2]


def test_districts_of_two_provinces_or_days_stay_apart():
    arts = [article("a", "X", [{"place": MAARET}], text=RAID),
            article("b", "Y", [{"place": SALAMIYAH, "sentence": ELSEWHERE}], text=ELSEWHERE),
            article("c", "Z", [{"place": ARIHA, "date": "2020-02-03", "sentence": CLASH}],
                    text=CLASH)]
    assert _sizes(arts) == [1, 1, 1]


def test_a_district_on_the_day_joins_the_only_strike_in_its_province():
    arts = [article("a", "X", [{}]),
            article("b", "Y", [{"place": MAARET}], text=RAID)]
    assert _sizes(arts) == [2]
