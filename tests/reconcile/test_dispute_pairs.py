"""Contradictions are pairs of figures whose intervals do not overlap (round figures13): two
sides' ranges that overlap are no dispute, and a contradiction of three or more values says
which of them clash."""

from __future__ import annotations

from fogofwar.present.export import validate
from fogofwar.present.report import disputes_text
from fogofwar.reconcile import build_incidents

from .helpers import article, killed

ARMY = ("the army", "government")
REBELS = ("the rebel command", "rebels")
MONITOR = ("a rights monitor", "monitor")


def _art(aid: str, who: tuple[str, str], fig: dict, day: str) -> dict:
    return article(aid, f"Outlet {aid}", [{"figures": [fig]}], claimant=who, published=day)


def one(arts: list[dict]) -> dict:
    (inc,) = build_incidents(arts)
    validate(inc, "incident")
    return inc


def test_overlapping_ranges_of_two_sides_are_no_contradiction():
    # "between 30 and 50" against "at least 45": both can hold
    inc = one([_art("a", ARMY, killed(30, low=30, high=50), "2020-02-10"),
               _art("b", REBELS, killed(45, low=45), "2020-02-10")])
    assert inc["contradictions"] == []
    # "up to 20" against "more than 15": overlap too
    inc = one([_art("a", ARMY, killed(20, high=20), "2020-02-10"),
               _art("b", REBELS, killed(15, low=15), "2020-02-10")])
    assert inc["contradictions"] == []


def test_ranges_apart_are_a_contradiction_and_the_pairs_say_which_clash():
    inc = one([_art("a", ARMY, killed(30, high=30), "2020-02-10"),
               _art("b", REBELS, killed(150, low=150), "2020-02-10"),
               _art("c", MONITOR, killed(120, low=120), "2020-02-10")])
    (con,) = inc["contradictions"]
    assert con["values"] == ["<=30", ">=120", ">=150"]
    # >=120 and >=150 overlap: no pair of theirs
    assert [p["values"] for p in con["pairs"]] == [["<=30", ">=120"], ["<=30", ">=150"]]
    assert con["pairs"][0]["claimants"] == ["the army", "a rights monitor"]
    # each pair names its two voices: bare numbers would not say who disputes whom
    assert disputes_text(inc) == ("killed: <=30 (the army) vs >=120 (a rights monitor); "
                                  "<=30 (the army) vs >=150 (the rebel command)")


def test_two_values_read_as_before():
    inc = one([_art("a", ARMY, killed(5), "2020-02-10"), _art("b", REBELS, killed(6),
                                                              "2020-02-10")])
    assert disputes_text(inc) == "killed: 5 vs 6"
    assert inc["contradictions"][0]["pairs"] == [{"values": ["5", "6"],
                                                  "claimants": ["the army", "the rebel command"]}]
