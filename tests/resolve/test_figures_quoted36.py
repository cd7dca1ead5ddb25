"""A toll quoted as said ('the death toll was "about 50"') keeps what its words before the
quotation mark say it counts (round opened36); sentences written for these tests."""

from __future__ import annotations

import pytest

from fogofwar.resolve.figures import parse_figures


@pytest.mark.parametrize("sentence", [
    'The station said the death toll was "about 40," though others gave fewer.',
    "The party put the death toll at \u201cmore than 120\u201d on Sunday.",
    'The mayor said the death toll had risen to "at least 30".',
])
def test_a_quoted_toll_is_a_toll(sentence):
    (fig, *_) = parse_figures(sentence)
    assert fig.category == "killed"


def test_a_quoted_count_of_something_else_stays_what_it_counts():
    (fig,) = parse_figures('He said "12 houses" burned in the village.')
    assert fig.category == "other"
