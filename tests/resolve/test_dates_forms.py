"""Dates: one row per form the dates issue (#6) lists, resolved against the seed article's
publication date and without one. Seed sentences are quoted from src/fogofwar/data/demo."""

from __future__ import annotations

from datetime import date

import pytest

from fogofwar.resolve.dates import resolve_dates

FEB11 = date(2020, 2, 11)  # seeds 002 and 004 (a Tuesday)
FEB1 = date(2020, 2, 1)  # seed 000 (a Saturday)
FEB14 = date(2020, 2, 14)  # seed 003 (a Friday)

FORMS = [
    # "on Monday": the Monday on or before publication (seed 002)
    ("Five of our troops were killed and five others were injured in the shelling by the Syrian "
     "regime,” the Turkish Defense Ministry said on Monday", FEB11,
     [("on Monday", date(2020, 2, 10), "day")],
     [("on Monday", None, None)]),
    # "last week": week precision, the Monday of the week before (seed 002)
    ("Erdogan last week threatened to use force to break the siege of military outposts",
     FEB11, [("last week", date(2020, 2, 3), "week")], [("last week", None, None)]),
    # "a week ago" (seed 002)
    ("A week ago, six Turkish troops were killed by Syrian artillery fire", FEB11,
     [("A week ago", date(2020, 2, 3), "week")], [("A week ago", None, None)]),
    # "overnight": the night before publication (seed 002)
    ("the growing feud between Russia and Turkey over control of Syria last remaining rebel "
     "holdout in Idlib province escalated overnight", FEB11,
     [("overnight", date(2020, 2, 10), "day")], [("overnight", None, None)]),
    # "Feb. 3": the publication year; none invented without one (seed 002)
    ("since Syrian troops killed five Turkish soldiers and a civilian in Idlib on Feb. 3", FEB11,
     [("Feb. 3", date(2020, 2, 3), "day")], [("Feb. 3", None, None)]),
    # "February 10 and February 12" (seed 003) and "February 10 and 12"
    ("On February 10 and February 12, al-Qaeda forces that mainstream media modestly calls "
     "“opposition armed groups” conducted two large-scale attacks", FEB14,
     [("February 10", date(2020, 2, 10), "day"), ("February 12", date(2020, 2, 12), "day")],
     [("February 10", None, None), ("February 12", None, None)]),
    ("Turkish artillery shelled Saraqib on February 10 and 12.", FEB14,
     [("February 10", date(2020, 2, 10), "day"), ("12", date(2020, 2, 12), "day")],
     [("February 10", None, None), ("12", None, None)]),
    # "in December 2016": carries its own year, so resolves with or without publication (000)
    ("despite government forces liberating the major northern city in December 2016, which "
     "marked a turning point in the war", FEB1,
     [("December 2016", date(2016, 12, 1), "month")],
     [("December 2016", date(2016, 12, 1), "month")]),
    # "in recent days": a span ending at publication, recognised but not a point (seed 000)
    ("suburbs near Aleppo have been scene of intense fighting in recent days", FEB1,
     [("in recent days", None, None)], [("in recent days", None, None)]),
    # "the last few days" (seed 004): a span as well
    ("During the last few days, Turkey deployed approximately 1,000 units of military "
     "equipment", FEB11, [("the last few days", None, None)],
     [("the last few days", None, None)]),
    # day-month order
    ("The clashes on 3 February killed eight Turkish personnel.", FEB11,
     [("3 February", date(2020, 2, 3), "day")], [("3 February", None, None)]),
    # a month with a relative year: the year comes from publication (regression, issue 6)
    ("the offensive that began in December last year has displaced 900,000 people", FEB11,
     [("in December last year", date(2019, 12, 1), "month")],
     [("in December last year", None, None)]),
    # "mid-February": month precision (regression, issue 6)
    ("Ankara set a deadline for the Syrian army to withdraw by mid-February.", FEB1,
     [("mid-February", date(2020, 2, 1), "month")], [("mid-February", None, None)]),
    # a month alone late in the year before publication is last year's
    ("Fighting has raged since December.", FEB11,
     [("since December", date(2019, 12, 1), "month")], [("since December", None, None)]),
    # "two weeks ago" and "three days ago"
    ("Three days ago, Syrian troops entered the town; two weeks ago they took Maarat al-Numan.",
     FEB11, [("Three days ago", date(2020, 2, 8), "day"),
             ("two weeks ago", date(2020, 1, 27), "week")],
     [("Three days ago", None, None), ("two weeks ago", None, None)]),
]


@pytest.mark.parametrize(("text", "published", "with_pub", "without_pub"), FORMS)
def test_forms(text: str, published: date, with_pub: list[tuple],
               without_pub: list[tuple]) -> None:
    assert [(r.text, r.value, r.precision) for r in resolve_dates(text, published)] == with_pub
    assert [(r.text, r.value, r.precision) for r in resolve_dates(text, None)] == without_pub


def test_year_precision_publication_resolves_relative_year_only() -> None:
    # a publication known to the year says which year "last year" is, not which December day
    refs = resolve_dates("in December last year, and on Monday", date(2020, 1, 1), "year")
    assert [(r.text, r.value, r.precision) for r in refs] == [
        ("in December last year", date(2019, 12, 1), "month"), ("on Monday", None, None)]
