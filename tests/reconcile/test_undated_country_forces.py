"""Issue 14: an undated page that places an attack only at its country joins the one incident
of that country whose reports name the same state's forces as the target and a near toll,
when the day is written in another of the page's reports of that kind ("the February 12
ambush" two paragraphs below "21 soldiers were killed"), and the forces are a state's whose
side the packs do not know (reconcile/country_days.py)."""

from __future__ import annotations

from fogofwar.reconcile.country_days import _forces

from .helpers import IDLIB_GOV, SYRIA, article, killed, mention
from .test_sites_dates import by_size, undated

TOLL = "Twenty-one soldiers were killed in an ambush in the country's east, the army said."


def forces(country: str, name: str = "soldiers") -> dict:
    """A state's soldiers, their side unknown to the packs."""
    return {**mention(name, None), "actor_id": None, "name": None, "country": country,
            "sector": "MIL", "class": "military"}


def _dated(aid: str, day: str, target: dict | None = None) -> dict:
    return article(aid, "X" + aid, [{"date": day, "place": IDLIB_GOV,
                                     "target": target or forces("SYR"),
                                     "figures": [killed(20)]}], published=day)


def _page(later: str, target: dict | None = None) -> dict:
    """An undated page: the toll placed at the country, and a later report of the same kind
    (no place) that writes the day."""
    return undated("b", "Y", [
        {"place": SYRIA, "target": target or forces("SYR"), "sentence": TOLL,
         "figures": [killed(21)]},
        {"place": None, "sentence": later, "figures": []}], text=TOLL)


def test_the_day_another_report_of_the_page_names_ties_it():
    page = _page("A spokesman gave the toll of the February 12 ambush at a briefing.")
    incs = by_size([_dated("a", "2020-02-12"), page])
    (joined,) = [inc for inc in incs if "b" in inc["articles"] and "a" in inc["articles"]]
    assert "b:e0" in joined["date_inherited"]


def test_no_day_anywhere_on_the_page_leaves_it_alone():
    page = _page("A spokesman gave the toll of the ambush at a briefing.")
    incs = by_size([_dated("a", "2020-02-12"), page])
    assert not [inc for inc in incs if {"a", "b"} <= set(inc["articles"])]


def test_another_day_leaves_it_alone():
    page = _page("A spokesman gave the toll of the February 19 ambush at a briefing.")
    incs = by_size([_dated("a", "2020-02-12"), page])
    assert not [inc for inc in incs if {"a", "b"} <= set(inc["articles"])]


def test_a_weekday_in_another_report_is_no_day_of_the_attack():
    # Feb 12, 2020 was a Wednesday: a weekday written elsewhere on the page is as often when
    # a side spoke as when it struck, and is not read from another report
    page = _page("A spokesman gave the toll of the ambush at a briefing on Wednesday.")
    incs = by_size([_dated("a", "2020-02-12"), page])
    assert not [inc for inc in incs if {"a", "b"} <= set(inc["articles"])]


def test_another_states_forces_leave_it_alone():
    page = _page("A spokesman gave the toll of the February 12 ambush at a briefing.")
    incs = by_size([_dated("a", "2020-02-12", forces("TUR")), page])
    assert not [inc for inc in incs if {"a", "b"} <= set(inc["articles"])]


def test_forces_are_read_only_where_the_side_is_unknown():
    assert _forces({"target": forces("SYR")}) == "SYR"
    assert _forces({"target": {**forces("SYR"), "side": "syria"}}) is None  # side known
    assert _forces({"target": {**forces("SYR"), "class": "civilians", "sector": "CVL"}}) is None
    assert _forces({"target": None}) is None
