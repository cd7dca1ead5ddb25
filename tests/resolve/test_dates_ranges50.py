"""A stretch of days written before its month ("from 19 to 24 January 2024", "the 12th-14th
December clash") is dated by its first day, as the pages that say when it began date it, not
by its last (round dates50)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fogofwar.resolve.dates import resolve_dates

MAR10 = date(2008, 3, 10)
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def _refs(text: str, published: date | None = MAR10) -> list[tuple]:
    return [(r.text, r.value, r.precision)
            for r in resolve_dates(text, published, "day" if published else None)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Raids on the hill villages from 11 to 16 February 2007 left 30 dead.",
     [("11 to 16 February 2007", date(2007, 2, 11), "day")]),
    ("Troops fought the rebels between 3 and 5 January 2008 near the dam.",
     [("3 and 5 January 2008", date(2008, 1, 3), "day")]),
    ("Dozens died in the 21st-23rd February riots in the port.",
     [("21st-23rd February", date(2008, 2, 21), "day")]),
    ("Gunmen raided two farms on 6 and 7 March, officials said.",
     [("6 and 7 March", date(2008, 3, 6), "day")]),
    ("the 1–4 March sweep through the valley",
     [("1–4 March", date(2008, 3, 1), "day")]),
])
def test_a_stretch_is_dated_by_its_first_day(text: str, expected: list[tuple]) -> None:
    assert _refs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a number that is no day of the stretch: a count, a figure, a later day first
    ("The toll rose from 40 to 45 on 2 March in the port.", [("2 March", date(2008, 3, 2), "day")]),
    ("Aid fell by 1,5 to 2 March levels.", [("2 March", date(2008, 3, 2), "day")]),
    ("from 30 to 2 March", [("2 March", date(2008, 3, 2), "day")]),
])
def test_what_opens_no_stretch_leaves_the_day(text: str, expected: list[tuple]) -> None:
    assert _refs(text) == expected


def test_an_undated_page_anchors_the_first_day_to_its_full_date() -> None:
    # no publication date: the stretch's first day takes its year from a full date nearby
    text = ("The mission reported on 2 March 2008 that clashes on 25-27 February killed "
            "dozens.")
    assert _refs(text, None)[-1] == ("25-27 February", date(2008, 2, 25), "day")


@given(st.integers(1, 30), st.integers(1, 30), st.integers(0, 11), st.integers(1990, 2030),
       st.sampled_from(["-", "–", " to ", " and ", " until ", " through "]))
def test_stretch_properties(first: int, span: int, month: int, year: int, join: str) -> None:
    # the first day wherever it exists and comes before the last; else the last day as read
    last = min(first + span, 31)
    text = f"Fighting raged from {first}{join}{last} {MONTHS[month]} {year} in the hills."
    refs = resolve_dates(text, MAR10, "day")
    assert len(refs) == 1
    ref = refs[0]
    assert text[ref.start:ref.end] == ref.text
    try:
        end = date(year, month + 1, last)
    except ValueError:
        end = None
    try:
        start = date(year, month + 1, first) if first < last else None
    except ValueError:
        start = None
    if start is not None:
        assert (ref.value, ref.text.startswith(str(first))) == (start, True)
    else:
        assert ref.value == end


@pytest.mark.parametrize(("text", "first", "last"), [
    # a Monday page: the stretch that ends on Wednesday began on the Monday before it
    ("Shelling went on from Monday to Wednesday in the old town.", date(2008, 3, 3),
     date(2008, 3, 5)),
    ("Most of the looting happened between Sunday and Tuesday.", date(2008, 3, 2),
     date(2008, 3, 4)),
    ("the Monday-Thursday offensive on the ridge", date(2008, 3, 3), date(2008, 3, 6)),
    # already in order: left as read
    ("Raids from Friday to Sunday emptied the camp.", date(2008, 3, 7), date(2008, 3, 9)),
])
def test_a_weekday_stretch_runs_forward(text: str, first: date, last: date) -> None:
    assert [r.value for r in resolve_dates(text, MAR10, "day")] == [first, last]


def test_weekdays_not_joined_keep_their_own_reading() -> None:
    text = "Rebels struck on Monday; the army answered on Wednesday."
    assert [r.value for r in resolve_dates(text, MAR10, "day")] == [MAR10, date(2008, 3, 5)]
