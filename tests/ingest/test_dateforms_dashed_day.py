"""read_date: a day and a month name joined by a dash before the year ("21-Mar-2016") are a
day, as "21 Mar 2016" is (issue 14: a dateline "Herat 21-Mar-2016" dated the page to its
month only, and the story's "on Monday" then had no day to count back from)."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fogofwar.ingest.dateforms import has_date, read_date, without_date

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("21-Mar-2016", date(2016, 3, 21)),
        ("Herat 21-Mar-2016", date(2016, 3, 21)),  # a place before it: a dateline
        ("3-september-1998 08:40", date(1998, 9, 3)),  # a full month name, a time after it
        ("Updated: 09-Dec-2011 | world", date(2011, 12, 9)),
    ],
)
def test_a_dashed_day_month_year_is_a_day(value, expected):
    reading = read_date(value)
    assert (reading.value, reading.precision) == (expected, "day")


def test_without_a_year_after_the_dash_nothing_changes():
    # "14-Jun" alone gives no year: still no date (and not a day of some year)
    assert read_date("14-Jun").value is None
    assert not has_date("14-Jun")
    # a span of days before the month is read as before, the last day with its month
    assert read_date("12-14 June 2019").value == date(2019, 6, 14)


def test_without_date_takes_the_dashed_form_out():
    # a dateline is told from a sentence by what is left once the date is taken out
    assert "Mar" not in without_date("Herat 21-Mar-2016")
    assert "21" not in without_date("Herat 21-Mar-2016")


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)),
       st.sampled_from(["", "Kabul ", "Posted ", "Updated: "]), st.booleans())
def test_any_dashed_date_reads_back_as_itself(day, before, padded):
    text = f"{before}{day.day:02d}" if padded else f"{before}{day.day}"
    text += f"-{MONTHS[day.month - 1]}-{day.year}"
    reading = read_date(text)
    assert (reading.value, reading.precision) == (day, "day")
    assert has_date(text)


@given(st.text(alphabet="0123456789-MayJunODEC ,.:", max_size=40))
def test_any_text_reads_without_error(text):
    reading = read_date(text)
    assert reading.value is None or reading.precision in ("day", "month", "year")
