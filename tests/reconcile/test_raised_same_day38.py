"""A figure whose own sentence says the toll was raised to it (revision_rules.
_one_day_two_voices, stated_figures.says_raised_to): two offices of one side on pages of one
day are two counts, unless the higher one's sentence says the toll was raised, rose or climbed
to it; then the page tells the order itself and the lower count is its earlier step.
Sentences and figures are written for these tests."""

from __future__ import annotations

from .helpers import article
from .test_disputes import one
from .test_revision_steps import wounded

LOW = "The security office of Lowland counted 40 people hurt in the blast at the depot."
RAISED = "The Lowland rescue agency on Friday evening raised the number of injured to 47."
ROSE = "The number of people hurt in the depot blast rose to 47, the Lowland rescue agency said."
OTHER = "The Lowland rescue agency said 47 were hurt, and that crews raised the hall to 12 metres."


def _pair(second: str) -> dict:
    return one([article("a", "Hill Gazette", [{"figures": [wounded(40)]}],
                        claimant=("Lowland security office", "east"), published="2020-02-10",
                        text=LOW),
                article("b", "Plains Wire", [{"figures": [wounded(47)]}],
                        claimant=("Lowland rescue agency", "east"), published="2020-02-10",
                        text=second)])


def test_a_toll_raised_to_the_higher_figure_the_same_day_is_a_revision():
    assert [r["values"] for r in _pair(RAISED)["revisions"]] == [["40", "47"]]


def test_a_toll_that_rose_to_the_higher_figure_the_same_day_is_a_revision():
    assert [r["values"] for r in _pair(ROSE)["revisions"]] == [["40", "47"]]


def test_a_raise_verb_before_another_number_leaves_two_counts():
    # "raised the hall to 12 metres" moves no toll to 47: two offices' counts of one day
    assert _pair(OTHER)["revisions"] == []
