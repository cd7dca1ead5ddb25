"""A part of a toll counting the attackers is a row of its own, and a page that tells a first
count keeps both counts (round rows53; reconcile/summary.py `_claimed`, `tells_steps`).
Sentences written for these tests."""

from __future__ import annotations

from fogofwar.reconcile.summary import tells_steps

from .helpers import killed, multi_claim_article
from .test_disputes import one

BUREAU = ("Northland relief bureau", "north")


def _rows(inc: dict) -> list[tuple[str, float | None, float | None, str | None]]:
    return sorted((f["claimant"], f["low"], f["high"], f.get("victims"))
                  for f in inc["figures"] if f["category"] == "killed")


def test_a_part_counting_the_attackers_is_a_row_of_its_own():
    # "85 people were killed, including 61 attackers": the attackers' 61 is a toll of its
    # own (`attackers_apart`), not the low end of a row "61-85"
    text = "The bureau said 85 people were killed, including 61 attackers."
    inc = one([multi_claim_article("a", "Lake Courier", [
        (text, BUREAU, [{"figures": [killed(85, counts="people"),
                                     killed(61, counts="attackers")]}])])])
    assert _rows(inc) == [("Northland relief bureau", 61.0, 61.0, "militants"),
                          ("Northland relief bureau", 85.0, 85.0, None)]


def test_a_page_telling_a_first_count_keeps_both():
    # "initial reports ... 500" beside the bureau's "412": the 412 is no part of the 500
    inc = one([multi_claim_article("a", "Lake Courier", [
        ("Initial reports citing the bureau put the death toll at 500.",
         BUREAU, [{"figures": [killed(500, counts="people")]}]),
        ("The bureau says 412 people were killed.",
         BUREAU, [{"figures": [killed(412, counts="people")]}])])])
    assert _rows(inc) == [("Northland relief bureau", 412.0, 500.0, None)]


def test_first_count_cues():
    assert tells_steps("Initial reports put the death toll at 500.")
    assert tells_steps("A preliminary toll gave 20 dead.")
    assert not tells_steps("The bureau says 412 people were killed.")


def test_counts_of_two_sides_dead_are_no_part_and_whole():
    # "four of our soldiers" (struck: the bureau's side) beside "60 rebel fighters" (struck:
    # the rebels): the four are no part of the 60, the row keeps both
    ours = {"text": "our soldiers", "start": 0, "end": 12, "actor_id": None, "name": None,
            "country": None, "sector": "MIL", "side": "north"}
    theirs = {**ours, "text": "rebel fighters", "side": "rebels"}
    inc = one([multi_claim_article("a", "Lake Courier", [
        ("The bureau said four of our soldiers were killed in the ambush.",
         BUREAU, [{"figures": [killed(4, counts="soldiers")], "target": ours}]),
        ("It said 60 rebel soldiers were killed in the fighting that followed.",
         BUREAU, [{"figures": [killed(60, counts="soldiers")], "target": theirs}])])])
    assert _rows(inc) == [("Northland relief bureau", 4.0, 60.0, None)]
