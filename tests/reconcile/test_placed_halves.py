"""Pass 8 (placed_halves.py): an unplaced incident joins the placed incident it is half of."""

from __future__ import annotations

from datetime import date

from fogofwar.reconcile.grid import Forest
from fogofwar.reconcile.incidents import EventRef
from fogofwar.reconcile.placed_halves import join_placed_halves

from .helpers import IDLIB_GOV, killed

DAY = (date(2020, 3, 4), date(2020, 3, 4))


def _ref(page: str, place: dict | None, n: float, window=DAY, etype: str = "ASSAULT") -> EventRef:
    # "Rebels executed 15 soldiers they held", told in a sentence naming a province or none
    event = {"type": etype, "actor": {"name": "rebels", "side": "reb"},
             "target": {"name": "soldiers", "side": "gov"}, "figures": [killed(n)]}
    return EventRef(event=event, article_id=page, origin=page, claimant="ministry",
                    side="gov", window=window, group="violence", place=place)


def _joined(refs: list[EventRef], halves: list[tuple[int, int]]) -> Forest:
    forest = Forest(len(refs))
    for a, b in halves:
        forest.union(a, b)
    join_placed_halves(refs, forest)
    return forest


def test_unplaced_half_with_the_same_toll_joins_the_placed_one():
    refs = [_ref("p1", None, 15), _ref("p2", None, 15, etype="FIGHT"),
            _ref("p1", IDLIB_GOV, 15), _ref("p2", IDLIB_GOV, 15)]
    forest = _joined(refs, [(0, 1), (2, 3)])
    assert forest.find(0) == forest.find(2)


def test_one_shared_page_or_another_toll_keeps_them_apart():
    one_page = [_ref("p1", None, 15), _ref("p2", None, 15),
                _ref("p1", IDLIB_GOV, 15), _ref("p3", IDLIB_GOV, 15)]
    forest = _joined(one_page, [(0, 1), (2, 3)])
    assert forest.find(0) != forest.find(2)
    other_toll = [_ref("p1", None, 15), _ref("p2", None, 15),
                  _ref("p1", IDLIB_GOV, 40), _ref("p2", IDLIB_GOV, 40)]
    forest = _joined(other_toll, [(0, 1), (2, 3)])
    assert forest.find(0) != forest.find(2)


def test_other_days_keep_them_apart():
    later = (date(2020, 3, 9), date(2020, 3, 9))
    refs = [_ref("p1", None, 15), _ref("p2", None, 15),
            _ref("p1", IDLIB_GOV, 15, later), _ref("p2", IDLIB_GOV, 15, later)]
    forest = _joined(refs, [(0, 1), (2, 3)])
    assert forest.find(0) != forest.find(2)
