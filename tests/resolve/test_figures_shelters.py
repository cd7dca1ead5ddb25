"""A displacement word naming a shelter's kind is no fate of the counted people (round
incidents23): "the toll of the shelling of camps for displaced persons rose to 20" counts the
dead, not the displaced. Sentences of our own."""

from __future__ import annotations

import pytest

from fogofwar.resolve.figures import parse_figures


def cats(text: str) -> dict[str, str]:
    return {f.text: f.category for f in parse_figures(text)}


@pytest.mark.parametrize("text, figure, want", [
    ("The number of victims of the shelling of camps for displaced persons near Kalemie has "
     "risen to 20, officials said.", "20", "killed"),
    ("The death toll from the strike on the displaced persons camp has risen to 14.", "14",
     "killed"),
    # a count of the displaced keeps its fate
    ("The number of people displaced by the fighting has risen to 3,000.", "3,000", "displaced"),
])
def test_a_shelter_kind_is_no_fate(text, figure, want):
    assert cats(text)[figure] == want
