"""A denied toll (a figure 0, resolve/figure_zero.py) disputes the other side's toll of the same
victims only: 0 civilians against 30 civilians is a contradiction, 0 soldiers against 30
civilians is two sides speaking of other people (round zero30; figures written for the test)."""

from __future__ import annotations

from .helpers import article, killed
from .test_disputes import civilians, one

ARMY = ("Ruritanian army", "russia")
GOVERNOR = ("regional governor", "ukraine")


def zero(counts: str | None) -> dict:
    return killed(0, low=0, high=0, counts=counts)


def test_zero_civilians_against_civilians_is_a_contradiction():
    inc = one([article("a", "X", [{"figures": [zero("civilian")]}], claimant=ARMY),
               article("b", "Y", [{"figures": [civilians(30)]}], claimant=GOVERNOR)])
    (con,) = inc["contradictions"]
    assert con["values"] == ["0", "30"]


def test_zero_soldiers_against_civilians_is_no_contradiction():
    inc = one([article("a", "X", [{"figures": [zero("soldiers")]}], claimant=ARMY),
               article("b", "Y", [{"figures": [civilians(30)]}], claimant=GOVERNOR)])
    assert inc["contradictions"] == []


def test_no_casualties_of_no_class_disputes_any_toll():
    inc = one([article("a", "X", [{"figures": [zero(None)]}], claimant=ARMY),
               article("b", "Y", [{"figures": [civilians(30)]}], claimant=GOVERNOR)])
    assert [c["values"] for c in inc["contradictions"]] == [["0", "30"]]


def test_a_denial_of_no_known_side_disputes_no_one():
    inc = one([article("a", "X", [{"figures": [zero(None)]}], claimant=("unnamed sources", None)),
               article("b", "Y", [{"figures": [civilians(30)]}], claimant=GOVERNOR)])
    assert inc["contradictions"] == []


def test_a_sides_zero_of_one_class_beside_its_own_toll_of_another_is_no_denial():
    # the army counts 20 militants killed and says no civilians died: its 0 is a part of its
    # account, not a denial of the governor's 30 civilians
    inc = one([article("a", "X", [{"figures": [killed(20, counts="militants"), zero("civilians")]}],
                       claimant=ARMY),
               article("b", "Y", [{"figures": [civilians(30)]}], claimant=GOVERNOR)])
    assert not any(f["low"] == 0 and f["high"] == 0 for f in inc["figures"])
