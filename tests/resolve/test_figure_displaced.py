"""Displaced people are no casualties (round figures13): a count whose people are the
displaced ones stays `displaced` whatever casualty word comes later in its clause."""

from __future__ import annotations

import pytest

from fogofwar.resolve.figures import parse_figures


def cats(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.category) for f in parse_figures(text)]


@pytest.mark.parametrize("text, want", [
    ("The jets hit a settlement sheltering thousands of families displaced by the 'injured' "
     "militia's raids.", [("thousands", "displaced")]),
    ("Some 8,000 villagers uprooted from the valley now live in tents.", [("Some 8,000",
                                                                            "displaced")]),
    ("The floods left 3,500 people displaced, while 9 were wounded.",
     [("3,500", "displaced"), ("9", "injured")]),
])
def test_displaced_people_stay_displaced(text, want):
    assert cats(text) == want


@pytest.mark.parametrize("text, want", [
    ("Twelve displaced were killed when the shelter was shelled.", [("Twelve", "killed")]),
    ("Forty families displaced from the town were wounded in the blast.",
     [("Forty", "injured")]),
    ("Six refugees were killed and 14 wounded.", [("Six", "killed"), ("14", "injured")]),
])
def test_a_fate_the_clause_states_still_decides(text, want):
    assert cats(text) == want
