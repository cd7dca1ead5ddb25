"""Dates: expressions from the seed articles resolved against their publication dates."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fogofwar.resolve.dates import resolve_dates

FEB11 = date(2020, 2, 11)  # 002 and 004, a Tuesday
FEB1 = date(2020, 2, 1)  # 000, a Saturday
MAY26 = date(2019, 5, 26)  # 001, a Sunday

CASES = [
    # weekday: most recent on or before publication
    ("“Five of our troops were killed,” the Turkish Defense Ministry said on Monday, adding",
     FEB11, [("on Monday", date(2020, 2, 10), "day")]),
    # month-day without a year takes the publication year
    ("Syrian troops killed five Turkish soldiers and a civilian in Idlib on Feb. 3 as they",
     FEB11, [("Feb. 3", date(2020, 2, 3), "day")]),
    # two weekdays in one sentence
    ("Turkey resumed talks with a Russian delegation in Ankara on Monday after failure to reach "
     "an agreement on Idlib on Saturday",
     FEB11, [("on Monday", date(2020, 2, 10), "day"), ("on Saturday", date(2020, 2, 8), "day")]),
    # the same weekday as publication counts as that day
    ("Syrian insurgents carried out at least three car bomb attacks against government forces "
     "west of Aleppo on Saturday",
     FEB1, [("on Saturday", date(2020, 2, 1), "day")]),
    ("considering on Friday President Erdogan warned", FEB1, [("on Friday", date(2020, 1, 31),
                                                                 "day")]),
    # explicit month and year: month precision; a year after "in": year precision
    ("despite government forces liberating the major northern city in December 2016, which",
     FEB1, [("December 2016", date(2016, 12, 1), "month")]),
    ("Some 400,000 people have been killed because of the Syrian conflict that broke out in 2011.",
     MAY26, [("2011", date(2011, 1, 1), "year")]),
    # two month-days; "Late on" keeps the day
    ("On February 10 and February 12, al-Qaeda forces conducted two large-scale attacks",
     FEB11, [("February 10", date(2020, 2, 10), "day"), ("February 12", date(2020, 2, 12), "day")]),
    ("Late on February 13, the Israeli Air Force carried out a new wave of airstrikes",
     date(2020, 2, 14), [("February 13", date(2020, 2, 13), "day")]),
    ("On February 8, Ankara hosted a Russian-Turkish meeting", FEB11,
     [("February 8", date(2020, 2, 8), "day")]),
    # week precision: the Monday of that week
    ("A week ago, six Turkish troops were killed by Syrian artillery fire", FEB11,
     [("A week ago", date(2020, 2, 3), "week")]),
    ("Erdogan last week threatened to use force", FEB11, [("last week", date(2020, 2, 3), "week")]),
    ("The new round of talks will take place this week.", FEB11,
     [("this week", date(2020, 2, 10), "week")]),
    ("Turkey’s state-run Anadolu Agency reported air attacks in Idlib throughout last week.",
     MAY26, [("last week", date(2019, 5, 13), "week")]),
    # overnight: the night before publication
    ("the growing feud between Russia and Turkey escalated overnight, and as Bloomberg reports",
     FEB11, [("overnight", date(2020, 2, 10), "day")]),
    ("Earlier this month, UN head of Political and Peacebuilding Affairs Rosemary DiCarlo warned",
     MAY26, [("Earlier this month", date(2019, 5, 1), "month")]),
    # spans ending at publication are recognised but not pinned to a date
    ("suburbs near Aleppo have been scene of intense fighting in recent days", FEB1,
     [("in recent days", None, None)]),
    ("“Over the past two days, more than 800 militants", MAY26,
     [("the past two days", None, None)]),
    ("400 Syrian personnel were killed and 900 others were injured during the past month.",
     date(2020, 2, 14), [("the past month", None, None)]),
    # a month-day far after publication belongs to the year before
    ("the offensive began on December 19", FEB11, [("December 19", date(2019, 12, 19), "day")]),
    # "may" the verb is not May the month
    ("Erdogan and Russia’s Vladimir Putin may meet if no deal can be reached", FEB11, []),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_seed_dates(text: str, published: date, expected: list[tuple]) -> None:
    got = [(r.text, r.value, r.precision) for r in resolve_dates(text, published)]
    assert got == expected


NO_PUBLICATION = [
    # without a publication date: no year invented, relative dates unresolved
    ("killed five Turkish soldiers and a civilian in Idlib on Feb. 3", [("Feb. 3", None, None)]),
    ("the Turkish Defense Ministry said on Monday", [("on Monday", None, None)]),
    ("A week ago, six Turkish troops were killed", [("A week ago", None, None)]),
    # explicit years still resolve
    ("the major northern city in December 2016, which",
     [("December 2016", date(2016, 12, 1), "month")]),
]


@pytest.mark.parametrize(("text", "expected"), NO_PUBLICATION)
def test_without_publication(text: str, expected: list[tuple]) -> None:
    assert [(r.text, r.value, r.precision) for r in resolve_dates(text, None)] == expected


def test_month_precision_publication_keeps_day_relative_unresolved() -> None:
    # a month-precision publication date cannot say which Monday, but can say which month
    refs = resolve_dates("said on Monday, and earlier this month", date(2020, 2, 1), "month")
    assert [(r.text, r.value, r.precision) for r in refs] == [
        ("on Monday", None, None), ("earlier this month", date(2020, 2, 1), "month")]


def test_offset_and_repeated_day() -> None:
    # "February 10 and 12": the bare day shares the month; offsets point into the article
    text = "attacks on February 10 and 12 near Saraqib"
    refs = resolve_dates(text, FEB11, offset=50)
    assert [(r.text, r.value) for r in refs] == [("February 10", date(2020, 2, 10)),
                                                 ("12", date(2020, 2, 12))]
    assert all(text[r.start - 50:r.end - 50] == r.text for r in refs)


WORDS = st.sampled_from(["on", "Monday", "last", "week", "a", "ago", "Feb.", "3", "February",
                         "29", "30", "December", "2016", "in", "2011", "this", "month",
                         "earlier", "yesterday", "overnight", "the", "past", "two", "days",
                         "and", "12", ",", ".", "May", "may", "next", "Sunday", "2020-02-30",
                         "year", "mid-February", "recent", "few", "since", "3 February"])


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=80), st.lists(WORDS, max_size=12).map(" ".join)),
       st.one_of(st.none(), st.dates()),
       st.sampled_from(["day", "month", "year", None]),
       st.integers(min_value=0, max_value=10_000))
def test_properties(text: str, published: date | None, precision: str | None,
                    offset: int) -> None:
    # never raises; spans give back the text; a value always comes with a precision
    for r in resolve_dates(text, published, precision, offset):
        assert offset <= r.start < r.end <= offset + len(text)
        assert text[r.start - offset:r.end - offset] == r.text
        assert (r.value is None) == (r.precision is None)
        assert r.precision in {None, "day", "week", "month", "year"}
        # the value is the first day of its period: a Monday, the 1st, 1 January
        if r.precision == "week":
            assert r.value.weekday() == 0
        if r.precision in ("month", "year"):
            assert r.value.day == 1 and (r.precision == "month" or r.value.month == 1)
        # no year is invented: without a usable reference the year is written in the text,
        # in the expression itself or (a month-day anchored on a full date) beside it; an
        # anchored month-day may cross the new year from its anchor ("3 Dec" within
        # anchor_days before "1 February 2000" is 1999's), so one year either side counts
        if r.value is not None and (published is None or precision is None):
            if published is not None:
                assert str(r.value.year) in r.text
            else:
                assert any(str(r.value.year + k) in text for k in (-1, 0, 1))


def test_month_day_crossing_the_new_year_from_its_anchor() -> None:
    # found by hypothesis: a month-day just before a full date of early January-February
    # takes the year before it, not the anchor's year and not none
    refs = resolve_dates("1 February 2000: 3 Dec", None, None)
    assert [(r.text, r.value) for r in refs] == [("1 February 2000", date(2000, 2, 1)),
                                                 ("3 Dec", date(1999, 12, 3))]
