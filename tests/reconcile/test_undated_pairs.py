"""Pass 9b (undated_pairs.py): two pages of no date that give one headline toll join."""

from __future__ import annotations

from datetime import date

from fogofwar.reconcile.grid import Forest
from fogofwar.reconcile.incidents import EventRef
from fogofwar.reconcile.undated_pairs import join_undated_pairs

from .helpers import IDLIB_GOV, killed

AMBUSH = frozenset({"ambush", "convoy", "ravine", "patrol", "rebels"})
OTHER = frozenset({"market", "bomb", "traders", "stalls", "rebels"})


def _ref(page: str, figures: list[dict], words: frozenset[str] = AMBUSH,
         window=None, published=None, place: dict | None = IDLIB_GOV) -> EventRef:
    # "Rebels ambushed an army convoy in a ravine, killing 22 soldiers", on a page with no date
    event = {"type": "ASSAULT", "actor": {"name": "rebels", "side": "reb"},
             "target": {"name": "soldiers", "side": "gov"}, "figures": figures}
    return EventRef(event=event, article_id=page, origin=page, claimant="army", side="gov",
                    window=window, group="violence", place=place, published=published,
                    words=words)


def _run(refs: list[EventRef]) -> Forest:
    forest = Forest(len(refs))
    join_undated_pairs(refs, forest)
    return forest


def _filler() -> list[EventRef]:
    # pages of other stories, so that the wording's weights are not all zero
    return [_ref(f"f{k}", [killed(3)], OTHER) for k in range(3)]


def test_two_undated_pages_with_one_headline_toll_join():
    refs = [_ref("p1", [killed(22)]), _ref("p2", [killed(22, counts="jawans"), killed(4)]),
            *_filler()]
    forest = _run(refs)
    assert forest.find(0) == forest.find(1)
    assert forest.find(2) != forest.find(0)


def test_a_toll_that_is_not_each_pages_largest_joins_nothing():
    # the second page leads with 60 dead and recalls "22 soldiers" of another clash
    refs = [_ref("p1", [killed(22)]), _ref("p2", [killed(60), killed(22)]), *_filler()]
    forest = _run(refs)
    assert forest.find(0) != forest.find(1)


def test_a_third_page_with_that_toll_or_a_date_keeps_them_apart():
    three = [_ref("p1", [killed(22)]), _ref("p2", [killed(22)]), _ref("p3", [killed(22)]),
             *_filler()]
    forest = _run(three)
    assert len({forest.find(i) for i in range(3)}) == 3
    dated = [_ref("p1", [killed(22)]),
             _ref("p2", [killed(22)], published=date(2021, 4, 4),
                  window=(date(2021, 4, 3), date(2021, 4, 3))), *_filler()]
    forest = _run(dated)
    assert forest.find(0) != forest.find(1)


def test_other_victims_or_small_counts_join_nothing():
    civilians = [_ref("p1", [killed(22)]), _ref("p2", [killed(22, counts="villagers")]),
                 *_filler()]
    forest = _run(civilians)
    assert forest.find(0) != forest.find(1)
    small = [_ref("p1", [killed(6)]), _ref("p2", [killed(6)]), *_filler()]
    forest = _run(small)
    assert forest.find(0) != forest.find(1)


def test_pages_that_read_unlike_join_nothing():
    refs = [_ref("p1", [killed(22)]), _ref("p2", [killed(22)], OTHER), *_filler()]
    forest = _run(refs)
    assert forest.find(0) != forest.find(1)
