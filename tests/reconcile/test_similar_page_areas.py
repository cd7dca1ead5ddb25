"""An undated report with no place of its own is looked for in the areas its page names
(issue 14, reconcile/similar.py `_page_areas`): the wording then picks among the incidents there,
with the same floor and margin as a placed report."""

from __future__ import annotations

from fogofwar.reconcile import build_incidents

from .helpers import QAMISHLI, SARAQIB
from .test_similar import CONVOY_AGAIN, MARKET, dated_pair, incident_of, undated


def _unplaced(aid: str, text: str, *, names_area: bool) -> dict:
    art = undated(aid, text)
    art["events"][0]["place"] = None
    # two areas named once each: no area dominates, so the page lends its report no place
    art["places"] = [SARAQIB, QAMISHLI] if names_area else []
    return art


def test_an_unplaced_undated_report_joins_the_strike_of_its_pages_area_it_reads_like():
    incs = build_incidents([*dated_pair(), _unplaced("later", CONVOY_AGAIN, names_area=True)])
    assert incident_of(incs, "later") == ["convoy", "later"]


def test_an_unplaced_undated_report_on_a_page_naming_no_area_joins_none():
    incs = build_incidents([*dated_pair(), _unplaced("later", CONVOY_AGAIN, names_area=False)])
    assert incident_of(incs, "later") == ["later"]


def test_an_unplaced_undated_report_like_neither_strike_joins_none():
    incs = build_incidents([*dated_pair(), _unplaced("other", MARKET, names_area=True)])
    assert incident_of(incs, "other") == ["other"]
