"""A town's report with a wide date (a page dated only to its month, no date of its own)
that fits two incidents within reach joins the one at its very town (cluster pass 2,
`_at_own_town`); at a town neither incident is at, it joins neither. Hand-made reports."""

from __future__ import annotations

from fogofwar.reconcile import build_incidents

from .helpers import NAYRAB, SARAQIB, TAFTANAZ, article


def _month_page(aid: str, place: dict) -> dict:
    art = article(aid, "Monthly", [{"place": place, "date": None, "date_precision": None}])
    art["published"], art["published_precision"] = "2020-02", "month"
    return art


def _dated(aid: str, outlet: str, place: dict, day: str) -> dict:
    return article(aid, outlet, [{"place": place, "date": day}], published=day)


STRIKES = [_dated("s1", "X", SARAQIB, "2020-02-10"), _dated("s2", "Y", SARAQIB, "2020-02-10"),
           _dated("t1", "X", TAFTANAZ, "2020-02-20"), _dated("t2", "Y", TAFTANAZ, "2020-02-20")]


def _with(aid: str) -> set[str]:
    return next(set(i["articles"]) for i in build_incidents(STRIKES + [_month_page(aid, {
        "m": SARAQIB, "n": NAYRAB}[aid])]) if aid in i["articles"])


def test_the_report_joins_the_incident_at_its_own_town():
    assert _with("m") == {"s1", "s2", "m"}


def test_a_report_at_a_third_town_within_reach_of_both_joins_neither():
    assert _with("n") == {"n"}
