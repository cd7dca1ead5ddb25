"""A local voice's vague plural (round wrongpairs39): residents "finding dozens of bodies" or
witnesses saying "several hundred were killed" tell the toll's order from what they saw, no
count of a party's, so they dispute no state's toll (disputes._loose), as a vague plural of a
source of no side or of an international body does not. A local voice's count still does.
Names and sentences are made up; the articles are at Saraqib (state side `syria_gov`)."""

from __future__ import annotations

from .helpers import article, killed
from .test_disputes import civilians, one
from .test_local_side import state


def local(aid: str, name: str, fig: dict, text: str) -> dict:
    art = article(aid, "Hill Courier", [{"figures": [fig]}], claimant=(name, None),
                  published="2020-02-11", text=text)
    art["claims"][0]["claimant"]["actor_id"] = None
    return art


def test_residents_dozens_of_bodies_dispute_no_state_toll():
    dozens = {**killed(24, low=24, high=99, counts="civilians"), "text": "dozens"}
    inc = one([state("a", 12),
               local("b", "residents", dozens, "Residents said they found dozens of bodies.")])
    assert inc["contradictions"] == []


def test_witnesses_count_still_disputes_the_state():
    inc = one([state("a", 12),
               local("b", "residents", civilians(70), "Residents said 70 people died.")])
    (c,) = inc["contradictions"]
    assert c["claimants"] == ["Idlib health directorate", "residents"]
