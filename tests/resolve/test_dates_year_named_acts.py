"""A year naming a past act ("the 1995 Srebrenica massacre") is that act's date, at year
precision; a year that counts something, or names no act of the pack, is none."""

from __future__ import annotations

from datetime import date

import pytest

from fogofwar.resolve.dates import resolve_dates

PUB = date(2012, 1, 16)


@pytest.mark.parametrize(("text", "found"), [
    # a retrospective page: the act named by its year and place, decades before publication
    ("The president apologized for the 1981 Mozote massacre and acknowledged the killings.",
     [("1981", date(1981, 1, 1), "year")]),
    ("Marchers remembered 1968 killings of students.", [("1968", date(1968, 1, 1), "year")]),
    ("The 1919 Amritsar massacre, known as the Bagh massacre", [("1919", date(1919, 1, 1),
                                                                 "year")]),
    # a count before the noun is no year; lower-case words between are no name
    ("Soldiers killed 1995 people in the massacre.", []),
    # a quantifier before the number makes it a count of acts (issue 14)
    ("Monitors recorded more than 1950 killings in the province last year.",
     [("last year", date(2011, 1, 1), "year")]),
    ("The army was blamed for at least 2000 killings.", []),
    ("Marchers protested over 1968 killings of students.", [("1968", date(1968, 1, 1),
                                                             "year")]),
    ("the 1995 war", []),
])
def test_year_naming_an_act(text, found):
    refs = resolve_dates(text, PUB)
    assert [(r.text, r.value, r.precision) for r in refs] == found
