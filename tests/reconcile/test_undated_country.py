"""Issue 14: an undated page placing a strike only at its country ("in Syria") still names the
day, whom it hit and how many; it joins the one incident of that country whose main day fits
its day clue and whose reports name the same target side and a near toll of the same victims,
and no incident when two fit, or none names that side or such a toll
(reconcile/country_days.py)."""

from __future__ import annotations

from fogofwar.reconcile.evidence import near_toll

from .helpers import IDLIB_GOV, SYRIA, TAFTANAZ, article, killed, mention
from .test_sites_dates import by_size, undated

# Feb 12, 2020 was a Wednesday; so was Feb 5.
COUNTRY_ONLY = ("Twenty-one Turkish soldiers died on Wednesday in air raids across Syria, "
                "a monitoring group said.")
TURKS = mention("Turkish soldiers", "turkey")
KURDS = mention("Kurdish fighters", "sdf")


def _dated(aid: str, day: str, place: dict = IDLIB_GOV, target: dict = TURKS,
           toll: float = 20) -> dict:
    return article(aid, "X" + aid, [{"date": day, "place": place, "target": target,
                                     "figures": [killed(toll)]}], published=day)


def _country_page(target: dict = TURKS, toll: float = 21) -> dict:
    return undated("b", "Y", [{"place": SYRIA, "target": target, "sentence": COUNTRY_ONLY,
                               "figures": [killed(toll)]}], text=COUNTRY_ONLY)


def test_an_undated_country_report_joins_the_incident_of_its_day_target_and_toll():
    (inc,) = by_size([_dated("a", "2020-02-12"), _country_page()])
    assert inc["articles"] == ["a", "b"]
    assert inc["date_inherited"] == ["b:e0"]


def test_two_incidents_on_its_weekday_leave_it_alone():
    incs = by_size([_dated("a", "2020-02-12"), _dated("c", "2020-02-05", TAFTANAZ),
                    _country_page()])
    assert len(incs) == 3


def test_another_target_side_leaves_it_alone():
    assert len(by_size([_dated("a", "2020-02-12"), _country_page(KURDS)])) == 2


def test_another_day_leaves_it_alone():
    assert len(by_size([_dated("a", "2020-02-13"), _country_page()])) == 2


def test_a_far_toll_leaves_it_alone():
    assert len(by_size([_dated("a", "2020-02-12", toll=80), _country_page()])) == 2


def test_near_toll_needs_one_kind_of_victims_and_a_close_count():
    mine = {"figures": [killed(34)], "target": TURKS}
    assert near_toll(mine, {"figures": [killed(33)]}, 10, 0.1)
    assert not near_toll(mine, {"figures": [killed(25)]}, 10, 0.1)
    assert not near_toll(mine, {"figures": [killed(33, counts="students")]}, 10, 0.1)
    assert not near_toll({"figures": [killed(6)]}, {"figures": [killed(6)]}, 10, 0.1)
