"""A state's office named with the part or the member of it that speaks (round voices53): "the
Zonal Police Office", "a senior police officer", "Police spokespeople", "the chief
prosecutor's office" speak for the land of the page as "police" and "the prosecutor" do; a
word naming whose office it is ("regional") still leaves the body unsided, and a member's word
with no body's word ("the office", "a senior official") names no state's body. Names and pages
are written for these tests."""

from __future__ import annotations

import pytest

from fogofwar.reconcile.claimant_sides import home_body_side

PAGE = {"places": [{"text": "Tamali", "country": "MLI", "role": "location"},
                   {"text": "Gao", "country": "MLI", "role": "location"}]}


def _body(text: str) -> dict:
    return {"text": text, "actor_id": None, "sector": None, "side": None, "country": None}


@pytest.mark.parametrize("said", [
    "the Zonal Police Office", "the district police station", "a senior police officer",
    "Police spokespeople", "the police boss", "the chief prosecutor's office",
    "One senior prosecutor", "the police headquarters"])
def test_a_part_or_member_of_a_state_office_speaks_for_the_land(said):
    assert home_body_side(_body(said), PAGE) == "mli"


@pytest.mark.parametrize("said", [
    "the regional police spokesman", "the regional prosecutor", "the office",
    "a senior official", "police union"])
def test_a_member_word_alone_or_a_place_word_leaves_it_unsided(said):
    assert home_body_side(_body(said), PAGE) is None
