"""Bodies a hospital received are those brought there, a floor of the dead even in a party's
or an aid body's words (the reconcile pack's `bodies_moved_patterns`, disputes._as_said): "a
hospital it supports had received 29 bodies" beside another side's 39 dead is no dispute,
where "29 bodies have been buried" is that side's toll as said. Names and sentences are
written for these tests."""

from __future__ import annotations

from fogofwar.reconcile.toll_claims import moved_bodies

from .helpers import article, killed
from .test_dispute_voices import EASTLAND, WESTLAND, pairs
from .test_disputes import civilians, one

RECEIVED = ("The Eastland interior ministry said a hospital it supports in Marrow had received "
            "29 bodies, most of them children.")
BURIED = "The Eastland interior ministry said 29 bodies have been buried in Marrow."


def test_received_bodies_are_bodies_brought_somewhere():
    assert moved_bodies(RECEIVED)
    assert moved_bodies('"We have received 12 dead bodies and 10 injured," the head of the '
                        "casualty ward said.")
    assert not moved_bodies(BURIED)
    assert not moved_bodies("The hospital received dozens of calls from relatives.")


def test_a_sided_count_of_received_bodies_disputes_no_higher_toll():
    got = one([article("a", "X", [{"figures": [killed(29, low=29, high=29, counts="bodies")]}],
                       claimant=EASTLAND, text=RECEIVED),
               article("b", "Y", [{"figures": [civilians(39)]}], claimant=WESTLAND)])
    assert got["contradictions"] == []


def test_a_sided_count_of_buried_bodies_still_disputes_as_said():
    got = one([article("a", "X", [{"figures": [killed(29, low=29, high=29, counts="bodies")]}],
                       claimant=EASTLAND, text=BURIED),
               article("b", "Y", [{"figures": [civilians(39)]}], claimant=WESTLAND)])
    assert pairs(got) == [("Eastland interior ministry", "Westland army command")]
