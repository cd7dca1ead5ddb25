"""Issue 14 (round undated17): an undated page that names only the province and no day joins
the one dated incident there that gives the same toll of the same victims ("22 soldiers
killed"); a small toll, another category, other victims or two such incidents leave it alone."""

from __future__ import annotations

from fogofwar.reconcile.evidence import near_toll, same_target

from .helpers import IDLIB_GOV, TAFTANAZ, article, killed, mention
from .test_sites_dates import by_size, undated

TOLL = "Twenty-two soldiers were killed in a bombardment of their positions, the governor said."
BORDER = "A bombardment of the army's positions killed soldiers near the border, sources said."


def _dated(aid: str, n: float, counts: str = "soldiers", day: str = "2021-03-04",
           place: dict = IDLIB_GOV) -> dict:
    return article(aid, "X", [{"type": "FIGHT", "date": day, "place": place,
                               "figures": [killed(n, n, n, counts)],
                               "target": mention("soldiers", "turkey")}],
                   published=day, text=BORDER)


def _page(n: float, counts: str = "soldiers", category: str = "killed") -> dict:
    fig = {**killed(n, n, n, counts), "category": category}
    return undated("u", "Y", [{"type": "FIGHT", "place": IDLIB_GOV, "sentence": TOLL,
                               "figures": [fig], "target": mention("soldiers", "turkey")}],
                   text=TOLL)


def test_an_undated_province_report_joins_the_incident_giving_its_toll():
    incs = by_size([_dated("a", 22), _page(22)])
    assert len(incs) == 1 and incs[0]["date_inherited"] == ["u:e0"]


def test_a_small_toll_says_nothing():
    assert len(by_size([_dated("a", 3), _page(3)])) == 2


def test_another_toll_category_or_victims_join_nothing():
    assert len(by_size([_dated("a", 22), _page(22, category="injured")])) == 2
    assert len(by_size([_dated("a", 22, counts="civilians"), _page(22)])) == 2


def test_two_incidents_with_that_toll_leave_it_alone():
    other = _dated("b", 22, day="2021-05-20", place=TAFTANAZ)
    assert len(by_size([_dated("a", 22), other, _page(22)])) == 3


def test_one_toll_reads_category_value_and_victims():
    a = {"figures": [killed(33, 33, None, "troops")], "target": None}
    b = {"figures": [killed(33, 33, 33, "soldiers")], "target": None}
    assert near_toll(a, b, 10) and near_toll(b, a, 10)  # troops and soldiers: combatants
    assert not near_toll(a, b, 40)
    assert not near_toll(a, {"figures": [killed(34, 34, 34, "soldiers")]}, 10)
    assert not near_toll(a, {"figures": [killed(33, 33, 33, "children")]}, 10)


def test_a_count_of_the_dead_says_nothing_of_whose_toll_it_is():
    assert len(by_size([_dated("a", 35, counts="dead"), _page(35, counts="dead")])) == 2
    assert not near_toll({"figures": [killed(35, 35, 35, "dead")]},
                         {"figures": [killed(35, 35, 35, "soldiers")]}, 10)


def test_a_report_at_a_town_is_judged_by_its_parties_not_its_toll():
    town = undated("u", "Y", [{"type": "FIGHT", "place": TAFTANAZ, "sentence": TOLL,
                               "figures": [killed(22, 22, 22)]}], text=TOLL)
    assert len(by_size([_dated("a", 22, place=TAFTANAZ), town])) == 2


NO_TOLL = "Turkish soldiers were shelled in their positions, the ministry said."


def _page_of_no_toll(target: str = "turkey", attacker: str | None = None) -> dict:
    ev = {"type": "FIGHT", "place": IDLIB_GOV, "sentence": NO_TOLL,
          "target": mention("soldiers", target)}
    if attacker:
        ev["actor"] = mention("the rebels", attacker)
    return undated("u", "Y", [ev], text=NO_TOLL)


def test_an_undated_province_report_of_no_toll_joins_the_incident_of_its_target():
    incs = by_size([_dated("a", 22), _page_of_no_toll()])
    assert len(incs) == 1 and incs[0]["date_inherited"] == ["u:e0"]


def test_another_target_an_attacker_of_its_own_or_two_such_incidents_join_nothing():
    assert len(by_size([_dated("a", 22), _page_of_no_toll(target="syria_gov")])) == 2
    other = _dated("b", 22, day="2021-05-20", place=TAFTANAZ)
    assert len(by_size([_dated("a", 22), other, _page_of_no_toll()])) == 3


def test_same_target_needs_the_side_and_no_other_attacker():
    dated = {"actor": {"side": "syria_gov"}, "target": {"side": "turkey"}}
    assert same_target({"actor": None, "target": {"side": "turkey"}}, dated)
    assert same_target({"actor": {"side": "syria_gov"}, "target": {"side": "turkey"}}, dated)
    assert not same_target({"actor": {"side": "russia"}, "target": {"side": "turkey"}}, dated)
    assert not same_target({"actor": None, "target": None}, {"actor": None, "target": None})
