"""Issue 14: an undated article whose lead names one weekday ("the army confirmed late
Wednesday night ...") and no month-day lends that weekday to its reports whose own sentence
names no day, so that they join the one incident of their province that fell on it; a lead
naming two weekdays, or a weekday beside a month-day, lends none."""

from __future__ import annotations

from fogofwar.reconcile.incidents import article_clues

from .helpers import IDLIB_GOV, TAFTANAZ, article
from .test_sites_dates import by_size, undated

# Feb 12, 2020 was a Wednesday.
LEAD = ("The army confirmed late Wednesday night that its jets had bombed a gathering held by "
        "the opposition in a hamlet of the province.")
NO_DAY = "Rescuers said dozens of people were pulled from the rubble."


def _undated(text: str, title: str | None = None) -> dict:
    art = undated("b", "Y", [{"place": IDLIB_GOV, "sentence": NO_DAY}], text=text)
    art["title"] = title
    return art


def test_a_lead_naming_one_weekday_gives_it():
    assert article_clues({"title": None, "text": LEAD}) == (frozenset(), frozenset({2}))


def test_a_lead_naming_two_weekdays_or_a_month_day_gives_no_weekday():
    two = LEAD + " Further raids followed on Friday."
    assert article_clues({"title": None, "text": two}) == (frozenset(), frozenset())
    dated = "On 12 February, " + LEAD
    assert article_clues({"title": None, "text": dated}) == (frozenset({(2, 12)}), frozenset())


def test_an_undated_report_joins_the_incident_of_its_leads_weekday():
    a = article("a", "X", [{"date": "2020-02-12"}], published="2020-02-13")
    b = _undated(LEAD + "\n\n" + NO_DAY)
    (inc,) = by_size([a, b])
    assert inc["date_inherited"] == ["b:e0"]


def test_two_incidents_on_that_weekday_leave_it_alone():
    a = article("a", "X", [{"date": "2020-02-12"}], published="2020-02-13")
    c = article("c", "Z", [{"date": "2020-02-05", "place": TAFTANAZ}], published="2020-02-06")
    b = _undated(LEAD + "\n\n" + NO_DAY)
    assert len(by_size([a, b, c])) == 3


def test_a_weekday_past_the_lead_lends_nothing():
    a = article("a", "X", [{"date": "2020-02-12"}], published="2020-02-13")
    filler = "The province has seen months of fighting between the army and the opposition. "
    b = _undated(filler * 6 + "\n\n" + LEAD + "\n\n" + NO_DAY)
    assert len(by_size([a, b])) == 2
