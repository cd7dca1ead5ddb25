"""read_date: publication dates in the forms pages, feeds and gold sets write them (issue 13)."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fogofwar.ingest.dateforms import has_date, read_date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2020-02-10T16:02:00+03:00", (date(2020, 2, 10), "day")),  # ISO with time and zone
        ("2009-03-25 00:26:04.358077-05", (date(2009, 3, 25), "day")),  # ISO, short offset
        ("Tue, 11 Feb 2020 09:30:00 +0000", (date(2020, 2, 11), "day")),  # RFC 2822 (feeds)
        ("Feb. 10, 2020", (date(2020, 2, 10), "day")),  # abbreviated month with a dot
        ("10.02.2020", (date(2020, 2, 10), "day")),  # dotted numeric is day-first
        ("10-02-2020", (date(2020, 2, 10), "day")),  # dashed numeric is day-first
        ("11/28/2016", (date(2016, 11, 28), "day")),  # slashed numeric is month-first
        ("28/11/2016", (date(2016, 11, 28), "day")),  # ... unless the first cannot be a month
        ("10 February 2020 16:02", (date(2020, 2, 10), "day")),  # day-month-year with a time
        ("Newsroom | 10.02.2020 - 16:02", (date(2020, 2, 10), "day")),  # dateline furniture
        ("date 2022-08-14", (date(2022, 8, 14), "day")),  # labelled ISO date
        ("7:58 AM ET, Sat January 3, 2015", (date(2015, 1, 3), "day")),  # CNN (TR-News)
        ("Wed Nov 23, 2016 | 4:58pm EST", (date(2016, 11, 23), "day")),  # Reuters (TR-News)
        ("December 17, 2016 4:45:51 EST PM", (date(2016, 12, 17), "day")),  # odd time order
        ("December 9th 2016", (date(2016, 12, 9), "day")),  # ordinal suffix
        ("2016 Oct 10", (date(2016, 10, 10), "day")),  # year first
        ("DEC. 14, 2016, 2:54 AM EST", (date(2016, 12, 14), "day")),  # capitals
        ("February 2020", (date(2020, 2, 1), "month")),  # no day: month precision
        ("2020-02", (date(2020, 2, 1), "month")),  # ISO month
        ("2020", (date(2020, 1, 1), "year")),  # year alone
        ("10 Şubat 2020", (date(2020, 2, 10), "day")),  # another language, with its year
    ],
)
def test_forms(value, expected):
    reading = read_date(value)
    assert (reading.value, reading.precision) == expected


@pytest.mark.parametrize(
    ("value", "reference", "expected"),
    [
        ("December 9", date(2016, 12, 11), date(2016, 12, 9)),  # year from the reference
        ("Wed Nov 23", date(2016, 11, 25), date(2016, 11, 23)),  # weekday is no year
        ("December 30", date(2017, 1, 2), date(2016, 12, 30)),  # nearest: the year before
        ("January 2", date(2016, 12, 30), date(2017, 1, 2)),  # nearest: the year after
    ],
)
def test_missing_year_taken_from_reference(value, reference, expected):
    reading = read_date(value, reference)
    assert (reading.value, reading.precision) == (expected, "day")


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("December 9", "gives no year"),  # never the clock's year
        ("Wed Nov 23", "gives no year"),
        ("7:58 AM ET", "time of day"),  # nothing to keep
        ("Updated 3 hours ago", "not a date"),  # relative to an unknown now
        ("2020-02-30", "no such date"),
    ],
)
def test_unreadable_gives_a_reason(value, problem):
    reading = read_date(value)
    assert reading.value is None and reading.precision is None
    assert problem in reading.problem


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Published: Feb. 10, 2020", True),
        ("7:58 AM ET", False),  # a time is not a date
        ("It happened in May", False),  # a month alone is not a date
        ("in May 2019", True),
    ],
)
def test_has_date(line, expected):
    assert has_date(line) is expected


@given(st.text(max_size=80), st.none() | st.dates())
def test_never_raises(value, reference):
    # untrusted metadata: any string gives a reading or a reason, never an exception
    reading = read_date(value, reference)
    assert (reading.value is None) == (reading.problem is not None)
