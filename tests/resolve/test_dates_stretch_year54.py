"""A stretch of days written after its month with one year closing it ("January 19-20, 1990",
"September 16th and 18th 1982") puts its first day in that year too, not in the page's own
year (round opened54: anniversary and retrospective pages)."""

from __future__ import annotations

from datetime import date

import pytest

from fogofwar.resolve.dates import resolve_dates

PUBLISHED = date(2024, 5, 2)


def _refs(text: str) -> list[tuple]:
    return [(r.text, r.value) for r in resolve_dates(text, PUBLISHED, "day")]


@pytest.mark.parametrize(("text", "expected"), [
    # the stretch's last day takes its first day's value (dates._stretch_ends), in the year too
    ("On the night of March 11–12, 1994, soldiers shelled the market town.",
     [("March 11", date(1994, 3, 11)), ("12", date(1994, 3, 11))]),
    ("Riots on October 2 and 3, 2001 left eleven dead in the port.",
     [("October 2", date(2001, 10, 2)), ("3", date(2001, 10, 3))]),
    ("Between July 7th and 9th 1985, gunmen raided three villages.",
     [("July 7th", date(1985, 7, 7))]),
    ("From August 4 to 6, 1999, the army bombed the valley.",
     [("August 4", date(1999, 8, 4))]),
])
def test_the_closing_year_dates_the_whole_stretch(text: str, expected: list[tuple]) -> None:
    assert _refs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a count after the day, a later day first, a figure or a decade: no year closes a stretch
    ("On March 5, 12 people were shot near the bridge.", [("March 5", date(2024, 3, 5))]),
    ("Shelling on April 28 to 2, 1998 rumours", [("April 28", date(2024, 4, 28))]),
    ("Aid on April 3 to 4, 1998,500 tonnes", [("April 3", date(2024, 4, 3))]),
    ("Raids on April 3 and 4 1990s style", [("April 3", date(2024, 4, 3)),
                                            ("4", date(2024, 4, 4))]),
])
def test_what_closes_no_stretch_leaves_the_page_year(text: str, expected: list[tuple]) -> None:
    assert _refs(text) == expected
