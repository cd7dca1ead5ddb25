"""A source of no known side giving exactly a toll one side gives itself disputes none of that
side's other figures: the gap is that side's own toll moving (reconcile/moments.echoes, round
disputes18). Names and figures are written for these tests; ABROAD's side is not the home
side of the incident's place, so the witness rule does not apply."""

from __future__ import annotations

from datetime import date

from fogofwar.reconcile.disputes import Stated, disputing
from fogofwar.reconcile.incidents import EventRef
from fogofwar.reconcile.moments import echoes, sided_values

from .helpers import article
from .test_disputes import civilians, one

ABROAD = "turkey"


def _stated(aid: str, claimant: str, side: str | None, n: float, day: int = 11) -> Stated:
    ref = EventRef({}, aid, aid, claimant, side, None, "violence")
    return Stated(ref, "killed", (n, n), (None, None), (date(2020, 2, day), 0))


def test_a_governor_repeating_his_states_later_toll_does_not_dispute_its_first():
    first = _stated("a", "Kilis border office", ABROAD, 9, day=10)
    later = _stated("b", "the news agency of Kilis", ABROAD, 33)
    governor = _stated("c", "Governor Selim Ateş", None, 33)
    sided = sided_values([first, later, governor])
    assert sided == {ABROAD: {(9, 9), (33, 33)}}
    assert echoes(governor, first, sided)
    assert not disputing(governor, first, home="syria_gov", sided=sided)
    # without the state's own 33 his figure is his own, and it disputes its 9
    assert disputing(governor, first, home="syria_gov")


def test_a_figure_the_side_never_gives_still_disputes():
    first = _stated("a", "Kilis border office", ABROAD, 9, day=10)
    governor = _stated("c", "Governor Selim Ateş", None, 40)
    sided = sided_values([first, _stated("b", "the news agency of Kilis", ABROAD, 33)])
    assert not echoes(governor, first, sided)
    assert disputing(governor, first, home="syria_gov", sided=sided)


def test_an_echo_of_one_side_still_disputes_the_other_side():
    ours = _stated("a", "Kilis border office", ABROAD, 33)
    theirs = _stated("b", "Damascus defence ministry", "syria_gov", 0)
    governor = _stated("c", "Governor Selim Ateş", None, 33)
    sided = sided_values([ours, theirs, governor])
    assert disputing(governor, theirs, sided=sided)


def test_an_incident_of_one_sides_rising_toll_and_its_echo_lists_no_contradiction():
    first = article("a", "Plain Post", [{"figures": [civilians(9)]}],
                    claimant=("Kilis border office", ABROAD), published="2020-02-10")
    later = article("b", "Plain Post", [{"figures": [civilians(33)]}],
                    claimant=("the news agency of Kilis", ABROAD), published="2020-02-11")
    governor = article("c", "Hill Courier", [{"figures": [civilians(33)]}],
                       claimant=("Governor Selim Ateş", None), published="2020-02-11")
    governor["claims"][0]["claimant"]["actor_id"] = None
    assert one([first, later, governor])["contradictions"] == []
