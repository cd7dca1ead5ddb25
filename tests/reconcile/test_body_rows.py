"""A voice's count of bodies is its row as said unless its page tells a larger toll (round
rows54; reconcile/summary.py `row_bounds`), and a toll just short of a number is that number
(`Stated.below`). Sentences written for these tests."""

from __future__ import annotations

from fogofwar.reconcile.figures import below_value

from .helpers import article, killed, multi_claim_article
from .test_disputes import one

RESCUERS = ("Northland civil defence", "north")
POLICE = ("Inspector Tomas Varga", "north")


def _rows(inc: dict) -> list[tuple[str, float | None, float | None]]:
    return sorted((f["claimant"], f["low"], f["high"]) for f in inc["figures"]
                  if f["category"] == "killed")


def test_a_count_of_bodies_alone_on_its_page_is_the_voices_toll_as_said():
    # "the civil defence said 61 bodies were pulled from the flats": the row is 61, not a
    # floor "61 and up" the voice never gave
    inc = one([article("a", "Valley Post",
                       [{"figures": [killed(61, counts="bodies")]}], claimant=RESCUERS)])
    assert _rows(inc) == [("Northland civil defence", 61.0, 61.0)]


def test_bodies_found_beside_a_larger_toll_on_the_page_stay_a_floor():
    # "The toll from the ambush rose to 46 on Tuesday" and, further down, "Inspector Varga said
    # 24 bodies were found by the road": those found so far, at least 24 dead
    inc = one([multi_claim_article("a", "Valley Post", [
        ("The toll from the ambush on the convoy rose to 46 on Tuesday.",
         None, [{"figures": [killed(46, counts="people")]}]),
        ("Inspector Tomas Varga said 24 bodies were found by the road on Monday.",
         POLICE, [{"figures": [killed(24, counts="bodies")]}])])])
    assert ("Inspector Tomas Varga", 24.0, None) in _rows(inc)


def test_a_larger_count_of_bodies_by_another_voice_on_the_page_keeps_the_floor():
    # "rescuers said 160 bodies were recovered in all", "police said 35 bodies were taken to
    # the morgue": the 35 are some of the dead
    inc = one([multi_claim_article("a", "Valley Post", [
        ("Rescuers said 160 bodies had been recovered from the rubble in all.",
         RESCUERS, [{"figures": [killed(160, counts="bodies")]}]),
        ("Inspector Tomas Varga said 35 bodies were taken to the city morgue.",
         POLICE, [{"figures": [killed(35, counts="bodies")]}])])])
    assert _rows(inc) == [("Inspector Tomas Varga", 35.0, None),
                          ("Northland civil defence", 160.0, 160.0)]


def test_a_vague_plural_of_bodies_stays_the_tolls_order():
    # "dozens of bodies lay in the square": no count the row could give as said
    dozens = {"text": "dozens", "value": None, "low": 24, "high": 99, "approx": False,
              "counts": "bodies", "category": "killed"}
    inc = one([article("a", "Valley Post", [{"figures": [dozens]}], claimant=RESCUERS)])
    assert _rows(inc) == [("Northland civil defence", 24.0, None)]


def test_a_toll_just_short_of_a_number_is_that_number_as_said():
    # "the group said nearly 300 villagers were killed": the row is 300 (flagged approx), as
    # "about 300" is, not 270-300, whose 270 nobody said
    nearly = {"text": "nearly 300", "value": 300, "low": 270, "high": 300, "approx": True,
              "counts": "villagers", "category": "killed"}
    inc = one([article("a", "Valley Post", [{"figures": [nearly]}], claimant=RESCUERS)])
    (row,) = [f for f in inc["figures"] if f["category"] == "killed"]
    assert (row["low"], row["high"], row["approx"]) == (300, 300, True)


def test_only_a_figure_short_of_its_number_has_a_value_below():
    assert below_value({"text": "close to 500", "value": 500, "low": 450, "high": 500,
                        "approx": True}) == 500
    assert below_value({"text": "about 500", "value": 500, "low": None, "high": None,
                        "approx": True}) is None
    assert below_value({"text": "450 to 500", "value": 500, "low": 450, "high": 500,
                        "approx": False}) is None
