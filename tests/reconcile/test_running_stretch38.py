"""A toll of weeks, months or years of unrest told as what they have done is a running total,
no incident's (reconcile pack cumulative_patterns); days of shelling may be one incident's.
Sentences are written for these tests."""

from __future__ import annotations

import pytest

from fogofwar.reconcile.incidents import is_running_total


@pytest.mark.parametrize("sentence", [
    "Three weeks of protests sparked by the disputed vote, and by the arrest of the opposition "
    "leader, have killed at least 80 people.",
    "Four months of clashes between the two militias have left some 300 dead.",
])
def test_weeks_or_months_of_unrest_make_a_running_total(sentence):
    assert is_running_total(sentence)


@pytest.mark.parametrize("sentence", [
    "Two days of shelling on the border town have killed 40 soldiers.",
    "Police said 12 people were killed in the attack on the market on Friday.",
])
def test_days_of_shelling_or_one_attack_are_no_running_total(sentence):
    assert not is_running_total(sentence)
