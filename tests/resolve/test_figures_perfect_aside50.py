"""A count, an aside set off by commas, then a perfect ("have died", "had been killed"): the verb
after the aside tells the count's fate, as it does after "were" (round opened50). Sentences of
our own."""

from __future__ import annotations

import pytest

from fogofwar.resolve.figures import parse_figures


def read(text: str) -> list[tuple[str, str, str | None]]:
    return [(f.text, f.category, f.counts) for f in parse_figures(text)]


@pytest.mark.parametrize("text, want", [
    ("Nearly 900 villagers, most of them farmers, have died since the siege began.",
     [("Nearly 900", "killed", "villagers")]),
    ("About 60 people, mostly students, had been wounded by the blast.",
     [("About 60", "injured", "people")]),
    ("Some 4,000 residents, many of them elderly, have fled the valley.",
     [("Some 4,000", "displaced", "residents")]),
    ("At least 75 people, the mayor said, have lost their lives in the fire.",
     [("At least 75", "killed", "people")]),
])
def test_the_perfect_after_an_aside_tells_the_fate(text, want):
    assert read(text) == want


@pytest.mark.parametrize("text, want", [
    # the perfect after the aside is no fate: the count keeps its own reading
    ("About 300 families, most of them herders, have returned to the district.",
     [("About 300", "other", "families")]),
])
def test_a_perfect_of_no_fate_leaves_the_count_alone(text, want):
    assert read(text) == want
