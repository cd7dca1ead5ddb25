"""People in medical care are the injured (session 45, issue 14): "being treated", "treated
in hospital", "receiving treatment". Sentence shapes seen on pages of several outlets
(a governor's and a spokesman's counts of people in hospital, a health minister's total);
the sentences are our own."""

from __future__ import annotations

import pytest

from fogofwar.resolve.figures import parse_figures


def read(text: str) -> list[tuple[str, str, str | None]]:
    return [(f.text, f.category, f.counts) for f in parse_figures(text)]


@pytest.mark.parametrize("text, want", [
    ("Three more residents were being treated in hospital, the governor said.",
     [("Three", "injured", "residents")]),
    ("Doctors said that over 20 people are being treated after the shelling.",
     [("over 20", "injured", "people")]),
    ("Four people were killed and 11 others are receiving treatment, the mayor said.",
     [("Four", "killed", "people"), ("11", "injured", "people")]),
    ("The minister put the number of people treated in hospitals at 140.",
     [("140", "injured", "people")]),
])
def test_people_in_care_are_injured(text, want):
    assert read(text) == want


def test_treatment_for_something_other_than_a_wound_is_no_injury():
    # "treated for smoke inhalation" names no care word of the pack: the count stays other
    assert read("Medics said 15 people were treated for smoke inhalation.") == [
        ("15", "other", "people")]
