""""half a dozen" is six, not a dozen (round c562-c569: "at least half a dozen dead bodies")."""

from __future__ import annotations

import pytest

from fogofwar.resolve.figures import parse_figures


@pytest.mark.parametrize(("text", "low", "high"), [
    ("Villagers saw at least half a dozen dead bodies.", 6, None),
    ("Half a dozen soldiers were killed and a dozen wounded.", 6, 6),
    ("A dozen people died in the fire.", 12, 12),
    ("Half a million people fled the fighting.", 500000, 500000),
])
def test_half_of_a_scale(text, low, high):
    first = parse_figures(text)[0]
    assert (first.low, first.high) == (low, high)
