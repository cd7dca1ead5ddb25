"""An aid body that treats the wounded (the reconcile pack's `care_body_sides`: the ICRC, MSF)
counts the patients its teams and the hospitals it supports took in: its wounded dispute no
party's count of the wounded (disputes._treated), its dead still dispute a party's toll.
Names and sentences are written for these tests."""

from __future__ import annotations

from fogofwar.reconcile.civil_sides import care_sides

from .helpers import article, killed
from .test_dispute_voices import EASTLAND, pairs
from .test_disputes import civilians, one

MSF = ("Doctors Without Borders", "msf")


def wounded(n: float) -> dict:
    return {**killed(n, low=n, high=n, counts="people"), "category": "injured"}


def test_the_care_bodies_are_the_packs():
    assert {"icrc", "msf"} <= care_sides()
    assert "un" not in care_sides() and "amnesty" not in care_sides()


def test_an_aid_bodys_wounded_dispute_no_partys_count_of_the_wounded():
    # "Doctors Without Borders in a separate statement put the number of wounded alone at
    # around 200" beside "the ministry said 236 were injured"
    got = one([article("a", "X", [{"figures": [wounded(200)]}], claimant=MSF,
                       text="Doctors Without Borders put the number of wounded in Marrow at 200."),
               article("b", "Y", [{"figures": [wounded(236)]}], claimant=EASTLAND,
                       text="The Eastland interior ministry said 236 were injured in Marrow.")])
    assert got["contradictions"] == []
    assert {f["claimant"] for f in got["figures"]} == {MSF[0], EASTLAND[0]}


def test_an_aid_bodys_dead_still_dispute_a_partys_toll():
    got = one([article("a", "X", [{"figures": [civilians(19)]}], claimant=MSF,
                       text="Doctors Without Borders said 19 people were killed in Marrow."),
               article("b", "Y", [{"figures": [civilians(3)]}], claimant=EASTLAND,
                       text="The Eastland interior ministry said three people died in Marrow.")])
    assert pairs(got) == [(EASTLAND[0], MSF[0])]
