"""An undated report at a named site joins a dated incident there only if the day it names
fits (round undated15): the same prison struck years apart is two incidents, and a report
"struck on Monday" is not the Friday strike's; a page's recall of an older strike at the site
lends no date. Hand-made sets; sentences of our own."""

from __future__ import annotations

from .helpers import article, site
from .test_sites_dates import by_size, undated

JAIL = site("Saraqib prison", code="PRN")
# 14 Feb 2020 was a Friday
FRIDAY = "Jets bombed the prison in the town on Friday, killing dozens of inmates."
MONDAY = "Jets bombed the prison in the town on Monday, killing dozens of inmates."
SATURDAY_TOLL = "The toll from the strike on the prison rose to 40, officials said Saturday."
NO_DAY = "Rescuers pulled dozens of inmates from the rubble of the prison."


def _dated() -> dict:
    return article("a", "X", [{"place": JAIL, "date": "2020-02-14", "sentence": FRIDAY}],
                   published="2020-02-14", text=FRIDAY)


def _undated_at_jail(aid: str, sentence: str) -> dict:
    return undated(aid, "Y", [{"place": JAIL, "sentence": sentence}], text=sentence)


def _together(incs: list[dict]) -> bool:
    return any({"a", "b"} <= set(i["articles"]) for i in incs)


def test_a_report_naming_the_day_joins():
    assert _together(by_size([_dated(), _undated_at_jail("b", FRIDAY)]))


def test_a_toll_told_the_day_after_joins():
    assert _together(by_size([_dated(), _undated_at_jail("b", SATURDAY_TOLL)]))


def test_a_report_naming_another_day_stays_apart():
    assert not _together(by_size([_dated(), _undated_at_jail("b", MONDAY)]))


def test_a_report_naming_no_day_joins_as_before():
    assert _together(by_size([_dated(), _undated_at_jail("b", NO_DAY)]))


def test_a_recalled_strike_lends_no_date():
    # c's page recalls an older strike on the prison (background), and reports a new one on
    # Monday; b, undated, names Monday too: it does not join the recalled strike's page
    recall = article("c", "Z", [{"place": JAIL, "date": "2018-01-01", "date_precision": "year",
                                 "background": True, "sentence": NO_DAY}],
                     published=None, text=NO_DAY)
    recall["published_precision"] = None
    incs = by_size([recall, _undated_at_jail("b", MONDAY)])
    assert not any({"b", "c"} <= set(i["articles"]) for i in incs)
