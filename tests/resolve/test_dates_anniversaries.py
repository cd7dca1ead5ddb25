"""An anniversary counts back to the act it names ("the 45th anniversary of the massacre",
"32 years since the massacre", "103 years ago today"): the act's year, or its very day when
the count is from "today"; only that act takes it, not the rally that marks it nor a shooting
"two days after" it (shapes of retrospective and commemoration pages: sentences of our own)."""

from __future__ import annotations

from datetime import date

import pytest

from fogofwar.analysis import analyse_batch
from fogofwar.records import Article
from fogofwar.resolve.dates import is_anniversary, resolve_dates


@pytest.mark.parametrize(("text", "published", "found"), [
    ("Crowds will observe the 100th anniversary of the Lakeside massacre next month.",
     date(2019, 3, 18), ("100th anniversary", date(1919, 1, 1), "year", True)),
    ("This week marks 32 years since the massacre at the Kamba airstrip.",
     date(2016, 2, 13), ("32 years since", date(1984, 1, 1), "year", True)),
    ("Students gathered on the sixth anniversary of the killings.",
     date(1997, 11, 17), ("sixth anniversary", date(1991, 1, 1), "year", True)),
    ("The Lakeside massacre took place 103 years ago today (April 13, 1919).",
     date(2022, 4, 13), ("103 years ago today", date(1919, 4, 13), "day", False)),
])
def test_anniversary_counts_back(text, published, found):
    refs = [(r.text, r.value, r.precision, is_anniversary(r))
            for r in resolve_dates(text, published)]
    assert found in refs


def test_an_anniversary_without_a_reference_stays_unresolved():
    refs = resolve_dates("the first anniversary of the attack", None)
    assert [(r.text, r.value) for r in refs] == [("first anniversary", None)]


def _dates(text: str, published: date) -> dict[str, tuple[date | None, str | None]]:
    art = Article(id="a1", source="test", text=text, outlet="Test Wire", published=published,
                  published_precision="day")
    return {e.trigger: (e.date, e.date_precision) for e in analyse_batch([art])[0].events}


def test_the_act_named_takes_the_count_not_the_day_it_is_marked():
    found = _dates("While the country prepares to observe the 100th anniversary of Lakeside "
                   "massacre next month, officials are unsure of the records.", date(2019, 3, 18))
    assert found["massacre"] == (date(1919, 1, 1), "year")


def test_the_rally_keeps_its_own_day():
    found = _dates("Thousands rallied in the capital on Sunday to mark the 30th anniversary of "
                   "the Lakeside massacre.", date(2020, 5, 10))
    assert found["massacre"] == (date(1990, 1, 1), "year")
    assert found["rallied"] == (date(2020, 5, 10), "day")


def test_an_act_before_its_own_anniversary():
    found = _dates("Kamba massacre remembered on its 25th anniversary", date(2009, 3, 12))
    assert found["massacre"] == (date(1984, 1, 1), "year")


def test_another_act_of_the_sentence_takes_no_count():
    found = _dates("Police opened fire on students two days after the sixth anniversary of the "
                   "Lakeside massacre, killing one.", date(1996, 11, 20))
    assert found["massacre"] == (date(1990, 1, 1), "year")
    assert found["opened fire"][0] != date(1990, 1, 1)
