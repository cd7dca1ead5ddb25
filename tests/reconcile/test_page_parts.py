"""A voice's smaller counts on the page where it gives its toll are parts of that toll, not the
low end of its row (round rows51; reconcile/summary.py `page_parts`). Sentences written for
these tests."""

from __future__ import annotations

from fogofwar.reconcile.incidents import is_days_toll

from .helpers import article, killed, multi_claim_article
from .test_disputes import one

MINISTRY = ("Eastland health ministry", "east")


def _rows(inc: dict) -> list[tuple[str, float, float | None]]:
    return sorted((f["claimant"], f["low"], f["high"]) for f in inc["figures"]
                  if f["category"] == "killed")


def test_a_part_told_beside_the_voices_toll_on_its_page_leaves_the_toll():
    # "155 people were killed" and, a sentence on, "troops shot dead eight people": the row
    # is the 155, not "8-155", which overlaps any other voice's count
    inc = one([multi_claim_article("a", "Lake Courier", [
        ("The ministry said 155 people were killed in the fighting around the palace.",
         MINISTRY, [{"figures": [killed(155, counts="people")]}]),
        ("It said the clashes began when troops shot dead eight people at a checkpoint.",
         MINISTRY, [{"figures": [killed(8, counts="people")]}])])])
    assert _rows(inc) == [("Eastland health ministry", 155.0, 155.0)]


def test_two_groups_a_voice_counts_apart_are_no_part_and_whole():
    # "76 civilians and 140 soldiers were killed": neither count holds the other
    inc = one([article("a", "Lake Courier",
                       [{"figures": [killed(76, counts="civilians"),
                                     killed(140, counts="soldiers")]}],
                       claimant=MINISTRY)])
    assert _rows(inc) == [("Eastland health ministry", 76.0, 140.0)]


def test_a_toll_of_several_days_stands_for_no_days_whole():
    # the day's 12 beside "40 since the start of the week": the 12 is no part of a whole
    inc = one([multi_claim_article("a", "Lake Courier", [
        ("The ministry said 12 people were killed in the market on Friday.",
         MINISTRY, [{"figures": [killed(12, counts="people")]}]),
        ("It said 40 people have been killed in the province since the start of the week.",
         MINISTRY, [{"figures": [killed(40, counts="people")]}])])])
    assert _rows(inc) == [("Eastland health ministry", 12.0, 40.0)]


def test_a_voices_tolls_on_two_pages_still_span():
    inc = one([article("a", "Lake Courier", [{"figures": [killed(20, counts="people")]}],
                       claimant=MINISTRY, published="2020-02-10"),
               article("b", "Hill Times", [{"figures": [killed(74, counts="people")]}],
                       claimant=MINISTRY, published="2020-02-11")])
    assert _rows(inc) == [("Eastland health ministry", 20.0, 74.0)]


def test_tolls_of_several_days():
    assert is_days_toll("Officials said 27 people have died since 10 November.")
    assert is_days_toll("At least 40 were killed since the start of the week, medics said.")
    assert is_days_toll("The group said 52 people were killed over the last three days.")
    assert is_days_toll("Since the governor resigned on March 4, 19 people have died.")
    assert not is_days_toll("Nine people were killed on Monday when a shell hit the market.")
