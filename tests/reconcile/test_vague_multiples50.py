"""A vague multiple of a scale ("several hundred", "a few thousand", "several dozen") is a vague
plural as "hundreds" is (reconcile/figures.py `is_vague`, round pairs50): the figure reader gives
it a range of the scale's order, and a witness's "several hundred were killed" tells the toll's
order, no count to set against a state's (disputes._loose). A number of a scale ("three
hundred") stays a count. Names and sentences are made up; the articles are at Saraqib (state
side `syria_gov`)."""

from __future__ import annotations

import pytest

from fogofwar.reconcile.figures import is_vague

from .helpers import killed
from .test_disputes import one
from .test_local_side import state
from .test_local_vague39 import local


@pytest.mark.parametrize(("text", "vague"), [
    ("several hundred", True), ("a few thousand", True), ("several dozen", True),
    ("a couple of dozen", True), ("hundreds", True), ("three hundred", False),
    ("a hundred", False), ("several", False), ("450", False)])
def test_vague_multiples_of_a_scale_are_vague(text, vague):
    assert is_vague({"text": text}) is vague


def test_witnesses_several_hundred_dispute_no_state_toll():
    many = {**killed(300, low=300, high=999, counts="people"), "text": "several hundred"}
    inc = one([state("a", 12),
               local("b", "witnesses", many,
                     "Witnesses at the market said several hundred people had been killed.")])
    assert inc["contradictions"] == []


def test_witnesses_three_hundred_still_dispute_the_state():
    count = {**killed(300, counts="people"), "text": "three hundred"}
    inc = one([state("a", 12),
               local("b", "witnesses", count,
                     "Witnesses at the market said three hundred people had been killed.")])
    (c,) = inc["contradictions"]
    assert c["values"] == ["12", "300"]
