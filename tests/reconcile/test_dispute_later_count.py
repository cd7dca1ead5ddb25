"""Issue 14: a source of no known side on a page of no date whose toll is at or just above the
highest toll a side gives tells that side's toll later, once it rose, and disputes none of
that side's figures; far above it, or on a dated page, it disputes them still
(disputes._later_count). Names and counts are written for these tests."""

from __future__ import annotations

from datetime import date

from fogofwar.reconcile.disputes import Stated, disputing
from fogofwar.reconcile.incidents import EventRef

MONITOR = "Hill Valley Monitor"
GOVERNOR = ("Border Province Governor", "turkey")


def _stated(aid: str, claimant: str, side: str | None, n: float, floor: bool = False,
            published: date | None = date(2020, 2, 11)) -> Stated:
    ref = EventRef({}, aid, aid, claimant, side, None, "violence", published=published,
                   party=side is None)
    return Stated(ref, "killed", (n, None if floor else n), (None, None),
                  (published or date.max, 0))


def _side_tolls(*values: float) -> dict[str, set[tuple]]:
    return {"turkey": {(v, v) for v in values}}


def test_an_undated_monitor_just_above_the_sides_latest_toll_disputes_none_of_it():
    monitor = _stated("m", MONITOR, None, 34, floor=True, published=None)
    early, late = _stated("a", *GOVERNOR, 22), _stated("b", *GOVERNOR, 33)
    sided = _side_tolls(22, 33)
    assert not disputing(monitor, early, sided=sided)
    assert not disputing(late, monitor, sided=sided)


def test_far_above_the_sides_toll_it_disputes_still():
    monitor = _stated("m", MONITOR, None, 150, published=None)
    assert disputing(monitor, _stated("b", *GOVERNOR, 60), sided=_side_tolls(60))


def test_on_a_dated_page_it_disputes_still():
    monitor = _stated("m", MONITOR, None, 34, floor=True)
    assert disputing(monitor, _stated("a", *GOVERNOR, 22), sided=_side_tolls(22, 33))
