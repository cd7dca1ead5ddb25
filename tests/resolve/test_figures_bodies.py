"""Counts of people found dead, of people hurt told by their state, and a toll read past an
aside with an apposition in it (session 32). Sentences of our own."""

from __future__ import annotations

import pytest

from fogofwar.reconcile.tolls import is_floor
from fogofwar.resolve.figures import parse_figures


def read(text: str) -> list[tuple[str, str, str | None]]:
    return [(f.text, f.category, f.counts) for f in parse_figures(text)]


@pytest.mark.parametrize("text, want", [
    ("The bodies of 12 villagers were found near the river on Monday.",
     [("12", "killed", "bodies")]),
    ("Rescuers said the remains of 40 people had been pulled from the rubble.",
     [("40", "killed", "bodies")]),
    ("Fourteen soldiers' bodies have been recovered from the forest.",
     [("Fourteen", "killed", "bodies")]),
    ("The corpses of the 9 miners were brought to the surface.",
     [("9", "killed", "bodies")]),
])
def test_a_count_of_bodies_of_people_is_a_floor_of_the_dead(text, want):
    assert read(text) == want
    assert all(is_floor({"counts": f.counts}) for f in parse_figures(text))


@pytest.mark.parametrize("text, want", [
    # people counted with no word of bodies keep their own reading
    ("The convoy carried 30 police officers to the border.", [("30", "troops", "officers")]),
    ("The governor said 12 villagers returned home.", [("12", "other", "villagers")]),
])
def test_people_not_found_dead_stay_as_they_were(text, want):
    assert read(text) == want


@pytest.mark.parametrize("text, want", [
    ("The health office said four more people were in critical condition.",
     [("four", "injured", "people")]),
    ("Twelve residents were hospitalised after the blast.", [("Twelve", "injured", "residents")]),
])
def test_people_in_hospital_are_injured(text, want):
    assert read(text) == want


def test_a_toll_reads_its_verb_past_an_aside_with_an_apposition():
    text = ("Officials said more than 25 rebels, including a senior commander, a close aide of "
            "the group's leader, were killed in the raid.")
    assert read(text) == [("more than 25", "killed", "rebels")]


def test_an_apposition_with_no_verb_after_it_gives_no_fate():
    text = "The army deployed 300 soldiers, including a general, a veteran of the war, to the town."
    assert read(text) == [("300", "troops", "soldiers")]
