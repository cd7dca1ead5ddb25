"""A page's arrests or protest at the town and on the day of its clash are that clash's incident
(day_scenes.py), and an incident of violence is typed as violence (summary.incident_type)."""

from __future__ import annotations

from fogofwar.reconcile import build_incidents
from fogofwar.reconcile.day_scenes import join_day_scenes
from fogofwar.reconcile.grid import Forest
from fogofwar.reconcile.incidents import event_refs

from .helpers import QAMISHLI, SARAQIB, article, killed, multi_claim_article

DAY = "2020-02-10"
CLASH = "Troops and protesters clashed in the market of Saraqib on Monday, leaving 40 hurt."
ARRESTS = "Police said 300 people were detained."


def _hurt(n: float) -> dict:
    return {**killed(n, counts="people"), "category": "injured"}


def _detained(n: float) -> dict:
    return {**killed(n, counts="people"), "category": "captured"}


def _clash_and_arrests(aid: str, arrests: dict) -> dict:
    """A page telling the clash, then, in a paragraph of its own, the arrests."""
    return multi_claim_article(aid, f"Outlet {aid}", [
        (CLASH, None, [{"type": "FIGHT", "figures": [_hurt(40)]}]),
        (ARRESTS, None, [{"type": "SEIZE", "figures": [_detained(300)], **arrests}])])


def _arrests_only(aid: str, **seize) -> dict:
    return article(aid, f"Outlet {aid}", [{"type": "SEIZE", "figures": [_detained(300)],
                                           **seize}], text="Some 300 protesters were detained.")


def _clash_only(aid: str) -> dict:
    return article(aid, f"Outlet {aid}", [{"type": "FIGHT", "figures": [_hurt(35)]}],
                   text="Dozens were hurt in clashes in Saraqib on Monday.")


def _holding(incidents: list[dict], aid: str) -> list[dict]:
    return [i for i in incidents if aid in i["articles"]]


def test_a_pages_arrests_of_its_clashs_town_and_day_join_the_clash():
    arts = [_clash_and_arrests("a", {}), _arrests_only("b"), _clash_only("c")]
    incidents = build_incidents(arts)
    (inc,) = _holding(incidents, "b")
    assert inc["articles"] == ["a", "b", "c"]
    assert inc["type"] == "FIGHT"  # two arrests against two clashes: the clash's type
    assert {f["category"] for f in inc["figures"]} >= {"injured", "captured"}


def test_arrests_of_another_day_or_town_stay_apart():
    for moved in ({"date": "2020-02-12"}, {"place": QAMISHLI}):
        arts = [_clash_and_arrests("a", moved), _arrests_only("b", **moved), _clash_only("c")]
        incidents = build_incidents(arts)
        (arrests,) = _holding(incidents, "b")
        assert arrests["articles"] == ["a", "b"] and arrests["type"] == "SEIZE"


def _scene_roots(arts: list[dict], tied: tuple[str, str] | None) -> dict[str, int]:
    """Root of each event after the day-scene pass, `tied` events joined beforehand."""
    refs = list(event_refs(arts))
    forest = Forest(len(refs))
    at = {r.event_id: n for n, r in enumerate(refs)}
    if tied:
        forest.union(at[tied[0]], at[tied[1]])
    join_day_scenes(refs, forest)
    return {eid: forest.find(n) for eid, n in at.items()}


def test_an_arrests_incident_holding_an_unplaced_report_stays_apart():
    arts = [_clash_and_arrests("a", {}), _arrests_only("b", date=None, place=None)]
    roots = _scene_roots(arts, None)
    assert roots["a:c1e0"] == roots["a:c0e0"] != roots["b:e0"]
    # b's report of no place and no day tied to a's arrests (by its wording, say): that
    # incident says more than the scene at Saraqib that day, and stays apart
    roots = _scene_roots(arts, ("a:c1e0", "b:e0"))
    assert roots["a:c1e0"] == roots["b:e0"] != roots["a:c0e0"]


def test_a_protest_whose_reports_give_a_toll_is_typed_as_violence():
    deadly = [article(a, f"Outlet {a}", [{"type": "PROTEST", "place": SARAQIB, "date": DAY,
                                          "figures": [killed(12, counts="people")]}],
                      text="Twelve people died during the protests in Saraqib on Monday.")
              for a in ("a", "b")]
    (inc,) = build_incidents(deadly)
    assert inc["type"] == "ASSAULT"
    calm = [article(a, f"Outlet {a}", [{"type": "PROTEST", "place": SARAQIB, "date": DAY}],
                    text="Thousands marched through Saraqib on Monday.") for a in ("a", "b")]
    (inc,) = build_incidents(calm)
    assert inc["type"] == "PROTEST"
