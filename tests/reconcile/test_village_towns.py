"""Issue 14 (round placejoin28): one page puts the struck village in its township ("Kafr Awda
village, Ariha Township"), and the corpus may read it at its province; another page names
only the township, read as its seat town. A report dated to the day at a town joins the one
village incident of that day in that town or its province (village_joins.join_village_towns).
Places of our own; the coordinates are made up."""

from __future__ import annotations

from datetime import date

from fogofwar.reconcile.grid import Forest
from fogofwar.reconcile.incidents import EventRef
from fogofwar.reconcile.village_joins import join_village_towns

from .helpers import SARAQIB
from .test_village_levels import village

PROVINCE = {**SARAQIB, "text": "Idlib province", "name": "Idlib", "geonames_id": 13,
            "lat": 35.93, "lon": 36.63, "feature_code": "ADM1", "precision": "admin1"}
TOWN = {**SARAQIB, "text": "Ariha Township", "name": "Ariha", "geonames_id": 12,
        "lat": 36.61, "lon": 36.61}
OTHER_PROVINCE = {**PROVINCE, "admin1": "Hama Governorate"}


def _ref(aid: str, place: dict, day: int) -> EventRef:
    d = date(2020, 2, day)
    return EventRef(event={}, article_id=aid, origin=aid, claimant="c", side=None,
                    window=(d, d), group="violence", place=place)


def _joined(refs: list[EventRef]) -> set[str]:
    forest = Forest(len(refs))
    join_village_towns(refs, forest)
    town = forest.find(len(refs) - 1)
    return {r.article_id for i, r in enumerate(refs) if forest.find(i) == town}


def test_a_report_at_a_town_joins_the_village_of_its_province_that_day():
    refs = [_ref("a", village("Kafr Awda", PROVINCE), 10),
            _ref("b", village("Kafr Awda", PROVINCE), 10), _ref("c", TOWN, 10)]
    assert _joined(refs) == {"a", "b", "c"}


def test_a_report_at_a_town_joins_the_village_the_text_put_in_it():
    refs = [_ref("a", village("Kafr Awda", TOWN), 10), _ref("c", TOWN, 10)]
    assert _joined(refs) == {"a", "c"}


def test_a_town_report_of_a_day_two_villages_were_struck_joins_neither():
    refs = [_ref("a", village("Kafr Awda", PROVINCE), 10),
            _ref("b", village("Tell Hamra", PROVINCE), 10), _ref("c", TOWN, 10)]
    assert _joined(refs) == {"c"}


def test_a_town_report_of_another_day_or_province_stays_apart():
    assert _joined([_ref("a", village("Kafr Awda", PROVINCE), 10), _ref("c", TOWN, 12)]) == {"c"}
    assert _joined([_ref("a", village("Kafr Awda", OTHER_PROVINCE), 10),
                    _ref("c", TOWN, 10)]) == {"c"}
