"""Publication dates as users and manifests give them: a day, a month or just a year.

A date is only as precise as its source: "2020-02" means some day in February 2020, and later
stages (relative dates, incident windows) must know that rather than assume the 1st.
"""

from __future__ import annotations

from datetime import date

from ..errors import InputError
from .dateforms import read_date

PRECISIONS = ("day", "month", "year")


def parse_published(value: str, reference: date | None = None) -> tuple[date, str]:
    """Parse a publication date in any common form into (date, precision).

    Month and year precision give the first day of the period, so the date sorts correctly
    while the precision says how far to trust it. A date that cannot be read is an InputError
    naming the value and the reason, never a ValueError from deep inside datetime.
    `reference` supplies the year of a form without one (see `dateforms`).
    """
    if not isinstance(value, str):
        raise InputError(f"published date must be a string like 2020-02-11, got {value!r}")
    reading = read_date(value, reference)
    if reading.value is None or reading.precision is None:
        raise InputError(f"bad published date {value!r}: {reading.problem}")
    return reading.value, reading.precision


def format_published(value: date, precision: str) -> str:
    """The ISO string for a date at its precision: 2020-02-11, 2020-02 or 2020."""
    text = value.isoformat()
    return {"day": text, "month": text[:7], "year": text[:4]}[precision]


def normalise_published(value: str, precision: str | None = None) -> tuple[str, str]:
    """Normalise a date and an optional stated precision, which may only make it coarser.

    A manifest may say "2020-02-11" with precision "month" (the day is a placeholder); it may
    not claim day precision for "2020-02".
    """
    parsed, found = parse_published(value)
    if precision is not None:
        if precision not in PRECISIONS:
            raise InputError(f"bad published_precision {precision!r}: use day, month or year")
        if PRECISIONS.index(precision) > PRECISIONS.index(found):
            found = precision
    return format_published(parsed, found), found
