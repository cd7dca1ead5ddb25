"""Stretches of days written as one ("between March 27 and 31", "from May 3 to 6"): the first
day with week precision, so the whole stretch is the window (round incidents24). Sentences of
our own."""

from __future__ import annotations

from datetime import date

import pytest

from fogofwar.resolve.dates import resolve_dates

APR5 = date(2022, 4, 5)


@pytest.mark.parametrize(("text", "written", "first"), [
    ("The raids on the hamlet went on between March 27 and 31, elders said.",
     "March 27 and 31", date(2022, 3, 27)),
    ("Soldiers held the men from March 2 to 6 before releasing them.", "March 2 to 6",
     date(2022, 3, 2)),
    ("Shelling on March 20-23 destroyed the bridge.", "March 20-23", date(2022, 3, 20)),
])
def test_a_stretch_of_days_is_one_date_of_week_precision(text, written, first):
    refs = resolve_dates(text, APR5)
    assert [(r.text, r.value, r.precision) for r in refs] == [(written, first, "week")]


@pytest.mark.parametrize("text", [
    # two days told apart are two dates
    "Gunmen struck on March 10 and 12 near the ford.",
    # a stretch longer than a week keeps its first day alone
    "The siege lasted between March 2 and 25, residents said.",
    # a number after "and" that counts something is no day
    "On March 3 and 40 more were hurt.",
])
def test_what_is_no_stretch(text):
    assert all(r.precision != "week" for r in resolve_dates(text, APR5))
