"""A toll's value after "at" (round opened37): "the party put the death toll at N and the
number of injured at M" gives N to the dead, though the injured's noun is the first casualty
word after it in the clause. Sentences are written for these tests."""

from __future__ import annotations

import pytest

from fogofwar.resolve.figures import parse_figures


def _rows(text: str) -> list[tuple]:
    return [(f.text, f.low, f.high, f.category) for f in parse_figures(text)]


@pytest.mark.parametrize("text, rows", [
    ("The movement put the death toll at 1,300 and the number of injured at 7,000.",
     [("1,300", 1300, 1300, "killed"), ("7,000", 7000, 7000, "injured")]),
    ("The union put its toll at 45 and the wounded at 210 on Monday.",
     [("45", 45, 45, "killed"), ("210", 210, 210, "injured")]),
    ("The league put the death toll at a staggering 800 and the injured at 3,000.",
     [("800", 800, 800, "killed"), ("3,000", 3000, 3000, "injured")]),
    # the other order: the injured first, then the dead
    ("Doctors put the number of wounded at 64 and the dead at 19.",
     [("64", 64, 64, "injured"), ("19", 19, 19, "killed")]),
])
def test_a_toll_put_at_a_value_is_that_tolls(text, rows):
    assert _rows(text) == rows


def test_at_after_no_toll_noun_is_no_tolls_value():
    # "at" after no toll's noun (a time) says nothing of the figure's fate
    assert _rows("Police arrived at 9 and found 30 people injured.") == \
        [("9", 9, 9, "other"), ("30", 30, 30, "injured")]
