"""A month or month-day without a year is the most recent one on or before publication (a
report tells what happened); only a future cue in its clause puts it after publication."""

from __future__ import annotations

from datetime import date

import pytest

from fogofwar.resolve.dates import future_cued, resolve_dates

DEC13 = date(2011, 12, 13)
AUG20 = date(2022, 8, 20)
DEC28 = date(2015, 12, 28)
JAN9 = date(2016, 1, 9)


def _first(text: str, published: date, precision: str = "day") -> tuple:
    ref = resolve_dates(text, published, precision)[0]
    return ref.value, ref.precision


@pytest.mark.parametrize(("text", "published", "expected"), [
    # past tense, up to two months after publication: this year's, not next year's
    ("In February, rebels overran the garrison at the river crossing.", DEC13,
     (date(2011, 2, 1), "month")),
    ("Gunmen stormed the village on October 3 and burned the market.", AUG20,
     (date(2021, 10, 3), "day")),
    ("the raid of 3 October left the depot in ruins", AUG20, (date(2021, 10, 3), "day")),
    ("Shelling resumed on October 3, and the mayor will ask for help.", AUG20,
     (date(2021, 10, 3), "day")),
    ("Talks will resume soon, the envoy said on October 3.", AUG20, (date(2021, 10, 3), "day")),
    # the year boundary: a December page's January is the same year's, 11 months back
    ("The convoy was ambushed on January 5 near the border.", DEC28, (date(2015, 1, 5), "day")),
    # a January page's December is the year before
    ("The convoy was ambushed on December 30 near the border.", JAN9,
     (date(2015, 12, 30), "day")),
    ("Fighting broke out last December in the hills.", JAN9, (date(2015, 12, 1), "month")),
    ("Fighting broke out last December in the hills.", DEC28, (date(2014, 12, 1), "month")),
    ("Fighting broke out last March in the hills.", DEC28, (date(2015, 3, 1), "month")),
    # a page date a day off: a past event a day after it keeps the page's year
    ("Militants shelled the airport on August 21.", AUG20, (date(2022, 8, 21), "day")),
    # future cues in the date's clause
    ("The two delegations will meet on 3 March in the capital.", DEC13,
     (date(2012, 3, 3), "day")),
    ("Talks scheduled to open in February could end the siege.", DEC13,
     (date(2012, 2, 1), "month")),
    ("On March 3, the two delegations will meet in the capital.", DEC13,
     (date(2012, 3, 3), "day")),
    ("Elections are expected to take place in January.", DEC28, (date(2016, 1, 1), "month")),
    ("The commission plans to report in December.", DEC28, (date(2015, 12, 1), "month")),
    ("The army will withdraw by next March.", DEC28, (date(2016, 3, 1), "month")),
    # a plan told in a place's relative clause leaves the date in the past (round dates50)
    ("On 12 December, gunmen stormed the arena, where a final was to be held.", DEC13,
     (date(2011, 12, 12), "day")),
])
def test_yearless_dates(text: str, published: date, expected: tuple) -> None:
    assert _first(text, published) == expected


def test_a_month_precision_page_counts_to_the_end_of_its_month() -> None:
    # published "June 2019": a strike on June 20 is that June's, not 2018's
    assert _first("A drone struck the base on June 20.", date(2019, 6, 1), "month") == (
        date(2019, 6, 20), "day")


@pytest.mark.parametrize(("text", "cued"), [
    ("Leaders will meet on May 4", True),
    ("On May 4, leaders will meet", True),
    ("The vote, due to be held on May 4", True),
    ("Rebels seized the town on May 4 and will hold it", False),
    ("The attack of May 4, which will be remembered", False),
    ("Rebels seized the town on May 4; the army will respond", False),
    ("Officials will say on Friday what happened. Rebels seized the town on May 4", False),
    # a relative clause on a place tells its own plans, not the date's (round dates50)
    ("On May 4, gunmen stormed the stadium, where a final was to be held", False),
    ("On May 4, rebels shelled the hall, where talks were due to open", False),
])
def test_future_cued(text: str, cued: bool) -> None:
    start = text.index("May 4")
    assert future_cued(text, start, start + len("May 4")) is cued
