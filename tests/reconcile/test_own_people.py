"""A voice counting its own people among the dead is the victims' voice, not a witness of its
land (issue 14, round opened40: reconcile/own_people.py). Names and sentences are written for
these tests; the reports are at Saraqib, Syria, whose pack side is `syria_gov`."""

from __future__ import annotations

from datetime import date

from fogofwar.reconcile.disputes import Stated, disputing
from fogofwar.reconcile.incidents import EventRef
from fogofwar.reconcile.moments import witness
from fogofwar.reconcile.own_people import counts_own_people

from .helpers import SARAQIB

STATE = ("Idlib health directorate", "syria_gov")


def _stated(claimant: str, side: str | None, n: float, sentence: str, text: str) -> Stated:
    event = {"sentence": sentence, "figures": [{"text": text, "category": "killed"}]}
    ref = EventRef(event, claimant, claimant, claimant, side, None, "violence", place=SARAQIB)
    return Stated(ref, "killed", (n, None), (None, None), (date(2020, 2, 11), 0))


STATE_TOLL = _stated(*STATE, 9, "The directorate said only 9 people died in the raid.", "9")


def test_a_preacher_counting_his_pupils_disputes_the_states_toll():
    told = _stated("Yusuf Harun", None, 60, "Yusuf Harun, the seminary's head, said troops had "
                   "shot at least 60 of his pupils during the raid.", "at least 60")
    assert counts_own_people(told.ref) and not witness(told)
    assert disputing(told, STATE_TOLL, home="syria_gov")


def test_bodies_of_our_members_and_its_members_count_as_own_people():
    ours = _stated("Hana Bakir", None, 40, "\u201cWe buried 40 bodies of our members,\u201d "
                   "Hana Bakir said.", "40")
    its = _stated("the brotherhood", None, 300, "The brotherhood said 300 of its followers "
                  "were killed.", "300")
    assert counts_own_people(ours.ref) and counts_own_people(its.ref)


def test_a_resident_counting_the_dead_at_large_stays_a_witness_of_his_land():
    told = _stated("Yusuf Harun", None, 60, "Yusuf Harun said at least 60 people died in the "
                   "raid on his street.", "at least 60")
    assert witness(told) and not counts_own_people(told.ref)
    assert not disputing(told, STATE_TOLL, home="syria_gov")


def test_their_fighters_is_no_own_count():
    # "their" is as often the enemy's: the speaker counting the other side's dead
    told = _stated("Omar Sadiq", None, 30, "Omar Sadiq said his unit killed 30 of their "
                   "fighters.", "30")
    assert not counts_own_people(told.ref) and witness(told)


def test_a_state_force_counting_its_men_keeps_its_reading():
    # a military source's "ten of our men" counts the state's own dead, no victims' voice
    told = _stated("a military source", None, 10, "A military source said 10 of our men were "
                   "killed.", "10")
    assert not counts_own_people(told.ref) and witness(told)
