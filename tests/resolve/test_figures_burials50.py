"""Those someone says they buried are dead: a burial verb right before a count of people makes
it a toll of killed, counted as written (round opened50). Sentences of our own."""

from __future__ import annotations

import pytest

from fogofwar.reconcile.tolls import is_floor
from fogofwar.resolve.figures import parse_figures


def read(text: str) -> list[tuple[str, str, str | None]]:
    return [(f.text, f.category, f.counts) for f in parse_figures(text)]


@pytest.mark.parametrize("text, want", [
    ("“This morning we buried 64 people from the village,” the elder said.",
     [("64", "killed", "people")]),
    ("The district officer said the town had buried 118 civilians since the raid.",
     [("118", "killed", "civilians")]),
    ("Relatives buried more than 30 villagers in a single grave on Tuesday.",
     [("more than 30", "killed", "villagers")]),
    ("Militia members buried 9 fighters near the river after the battle.",
     [("9", "killed", "fighters")]),
])
def test_a_count_someone_buried_is_a_toll_of_the_dead(text, want):
    assert read(text) == want
    assert not any(is_floor({"counts": f.counts}) for f in parse_figures(text))


@pytest.mark.parametrize("text, want", [
    # buried alive or trapped: the passive says nothing of death
    ("About 25 people were buried under the rubble of the market.",
     [("About 25", "other", "people")]),
    # a burial verb's object that is no person
    ("The retreating unit buried 40 landmines along the road.", [("40", "other", "landmines")]),
])
def test_burial_words_elsewhere_leave_the_figure_as_it_was(text, want):
    assert read(text) == want
