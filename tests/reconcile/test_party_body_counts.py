"""A party's count of bodies against another voice's toll (reconcile/disputes.py `_as_said`),
one voice's count of a class beside one naming no class (`disputing`), and a partitive of
the victims (the reconcile pack's `toll_part_after`), no step of a revision.
Names and sentences are written for these tests."""

from __future__ import annotations

from fogofwar.reconcile.toll_claims import is_part

from .helpers import article, killed, multi_claim_article
from .test_dispute_voices import EASTLAND, pairs
from .test_disputes import civilians, one


def values(inc: dict) -> list[list[str]]:
    return [p["values"] for c in inc["contradictions"] for p in c["pairs"]]


def test_a_sided_count_of_bodies_disputes_a_higher_toll_as_said():
    # "the Eastland relief directorate said 40 bodies have been buried so far", and a
    # watchdog's "at least 95 villagers died": the side's count is its toll, 40 against 95
    buried = killed(40, low=40, high=40, counts="bodies")
    inc = one([article("a", "X", [{"figures": [buried]}], claimant=EASTLAND),
               article("b", "Y", [{"figures": [civilians(95)]}],
                       claimant=("Harrow Rights Watch", None))])
    assert pairs(inc) == [("Eastland interior ministry", "Harrow Rights Watch")]
    assert values(inc) == [["40", "95"]]


def test_an_unsided_count_of_bodies_stays_a_floor():
    # "a clinic in the town received 40 bodies" beside a side's 95: part of the dead, no dispute
    inc = one([article("a", "X", [{"figures": [killed(40, counts="bodies")]}],
                       claimant=("Marrow Street Clinic", None)),
               article("b", "Y", [{"figures": [civilians(95)]}], claimant=EASTLAND)])
    assert inc["contradictions"] == []


def test_a_sided_count_of_bodies_is_a_floor_of_its_own_toll():
    # one ministry: "40 bodies recovered" and "95 killed" are no two values at once
    inc = one([article("a", "X", [{"figures": [killed(40, counts="bodies")]}], claimant=EASTLAND),
               article("b", "Y", [{"figures": [civilians(95)]}], claimant=EASTLAND)])
    assert inc["contradictions"] == []



def test_one_voice_counting_a_class_and_the_dead_gives_no_two_values():
    # the Eastland ministry: "our troops killed 12 raiders" and "at least 30 are dead": the
    # raiders and a toll naming no one are two counts, not one voice's two values at once
    inc = one([article("a", "X", [{"figures": [killed(12, counts="raiders"),
                                              killed(30, low=30, counts="dead")]}],
                       claimant=EASTLAND)])
    assert inc["contradictions"] == []
    # (two counts of one class from one voice still are: test_disputes.py, the 5 and 6 soldiers)


def test_a_partitive_of_the_victims_is_a_part_and_no_revision_step():
    # "Nine of the victims were pupils" on one page, "eleven killed" on the next: the nine are
    # some of the dead, not a toll the ministry raised to eleven
    assert is_part("Nine of the victims were pupils, the ministry said.", "Nine")
    assert is_part("Four of the dead are yet to be named.", "Four")
    assert not is_part("Nine of their fighters died, the ministry said.", "Nine")
    inc = one([multi_claim_article("a", "X", [
                   ("Nine of the victims were pupils, the ministry said.", EASTLAND,
                    [{"figures": [{**killed(9, counts=""), "text": "Nine"}]}])],
                   published="2020-02-10"),
               article("b", "Y", [{"figures": [killed(11, counts="")]}], claimant=EASTLAND)])
    assert inc["revisions"] == []


def test_the_rest_of_a_toll_told_apart_is_a_part():
    assert is_part("Apart from the pilot, the other three dead were farmers.", "three")
    assert is_part("Two hostages escaped, while the other 11 were shot.", "11")
    assert not is_part("The other day, three farmers were shot near the well.", "three")


def test_a_count_in_apposition_after_a_toll_is_a_part():
    # "nine guards, four of them cadets" and "a toll of 30, 12 of whom were farmers": some of
    # the toll's people; "killing 13 of them" (no comma before) is the toll itself
    assert is_part("Nine guards, four of them cadets, died at the gate.", "four")
    assert is_part("The raid left 30 dead, 12 of whom were farmers.", "12")
    assert is_part("Twenty people were hurt \u2014 six of them badly.", "six")
    assert not is_part("The gunmen stormed the post, killing 13 of them.", "13")
    assert not is_part("Two of them died later in hospital.", "Two")
    # the watchdog's 12 farmers of its 30 dead dispute no side's toll of 30
    inc = one([multi_claim_article("a", "X", [
                   ("Harrow Rights Watch said the raid left 30 dead, 12 of whom were farmers.",
                    ("Harrow Rights Watch", None),
                    [{"figures": [{**killed(12, low=12, high=12, counts=""), "text": "12"}]}])],
                   published="2020-02-10"),
               article("b", "Y", [{"figures": [killed(30, low=30, high=30, counts="")]}],
                       claimant=EASTLAND)])
    assert inc["contradictions"] == []
