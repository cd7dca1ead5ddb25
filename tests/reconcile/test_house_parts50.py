"""One house's dead told before the figure ("in one house, nine people died") are a part of the
toll, as "nine died in one house" already was (the reconcile pack's `toll_part_before`, round
pairs50): a witness's part, no rival count of a side's toll. Sentences are made up."""

from __future__ import annotations

import pytest

from fogofwar.reconcile.toll_claims import is_part


@pytest.mark.parametrize("sentence", [
    "The shells fell on the hamlet, and in one house, nine people were killed, he said.",
    "In a single home eleven died, a neighbour told us.",
    "In another building, 4 bodies were found under the rubble.",
])
def test_one_houses_dead_told_first_are_a_part(sentence):
    figure = next(w for w in ("nine", "eleven", "4") if w in sentence)
    assert is_part(sentence, figure)


def test_a_toll_in_houses_at_large_is_no_part():
    sentence = "The shells hit two or three houses and nine people were killed, he said."
    assert not is_part(sentence, "nine")
