"""parse_published: dates in common forms at day, month or year precision, InputError otherwise."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fogofwar.errors import InputError
from fogofwar.ingest import parse_published
from fogofwar.ingest.dates import normalise_published


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2020-02-11", (date(2020, 2, 11), "day")),  # full date, as in the demo manifest
        ("2020-02", (date(2020, 2, 1), "month")),  # month only: first of month, month precision
        ("2020", (date(2020, 1, 1), "year")),  # year only
        (" 2019-05-26 ", (date(2019, 5, 26), "day")),  # surrounding spaces tolerated
        ("2020-02-11T09:30:00Z", (date(2020, 2, 11), "day")),  # a timestamp keeps its day
        ("2020-2-3", (date(2020, 2, 3), "day")),  # unpadded month and day
    ],
)
def test_parse_published_valid(value, expected):
    assert parse_published(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        "2020-13-01",  # month out of range
        "2020-02-30",  # day out of range
        "",  # empty
        "junk",  # no date at all
        "7:58 AM ET",  # a time of day gives no date (issue 13)
        "December 9",  # no year and nothing to take one from (issue 13)
    ],
)
def test_parse_published_invalid_is_one_line_input_error(value):
    with pytest.raises(InputError) as info:
        parse_published(value)
    message = str(info.value)
    assert "\n" not in message and repr(value) in message


@pytest.mark.parametrize(
    ("value", "precision", "expected"),
    [
        ("2020-02-11", "day", ("2020-02-11", "day")),  # stated precision agrees
        ("2020-02-11", "month", ("2020-02", "month")),  # stated precision coarsens
        ("2020-02", "day", ("2020-02", "month")),  # cannot claim a day that is not there
        ("2020-02-11", None, ("2020-02-11", "day")),  # no stated precision: from the value
    ],
)
def test_normalise_published_precision(value, precision, expected):
    assert normalise_published(value, precision) == expected


@given(st.one_of(st.text(), st.integers(), st.none(), st.floats()))
def test_parse_published_raises_only_input_error(value):
    # property: whatever comes in (a JSONL field may be any JSON value), only InputError escapes
    try:
        parsed, precision = parse_published(value)
    except InputError:
        return
    assert precision in {"day", "month", "year"} and isinstance(parsed, date)
