"""An undated report at a village takes no day from a report its page or another only
recalls (`background`: "the deadliest raid on the village since the 1994 war"): the recalled
event is another occurrence, so the undated one neither joins it nor inherits its year
(village_joins.join_villages). Places of our own; the coordinates are made up."""

from __future__ import annotations

from datetime import date

from fogofwar.reconcile.grid import Forest
from fogofwar.reconcile.incidents import EventRef
from fogofwar.reconcile.village_joins import join_villages

from .helpers import SARAQIB
from .test_village_levels import village

PROVINCE = {**SARAQIB, "text": "Idlib province", "name": "Idlib", "geonames_id": 13,
            "lat": 35.93, "lon": 36.63, "feature_code": "ADM1", "precision": "admin1"}


def _ref(aid: str, window: tuple[date, date] | None, background: bool = False) -> EventRef:
    return EventRef(event={}, article_id=aid, origin=aid, claimant="c", side=None,
                    window=window, group="violence", place=village("Kafr Awda", PROVINCE),
                    background=background)


def _run(dated: EventRef) -> tuple[bool, bool]:
    refs = [dated, _ref("b", None)]
    forest = Forest(2)
    join_villages(refs, forest)
    return forest.find(0) == forest.find(1), refs[1].date_inherited


def test_an_undated_village_report_does_not_take_a_recalled_year():
    recalled = _ref("a", (date(1994, 1, 1), date(1994, 12, 31)), background=True)
    assert _run(recalled) == (False, False)


def test_an_undated_village_report_still_joins_a_dated_report_of_the_village():
    told = _ref("a", (date(2020, 2, 10), date(2020, 2, 10)))
    assert _run(told) == (True, True)
