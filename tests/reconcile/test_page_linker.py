"""The learned last-chance linker (page_linker.py, pass 10): a page left alone joins the
incident of two pages or more its features score clearly ahead. Places, names, figures and
sentences of our own; the model is a hand-set one, so the test reads the mechanics, not the
shipped weights."""

from __future__ import annotations

from datetime import date

from fogofwar.reconcile.grid import Forest
from fogofwar.reconcile.incidents import EventRef
from fogofwar.reconcile.page_linker import candidates, join_learned, pick

MAY3 = (date(2022, 5, 3), date(2022, 5, 3))
MAY20 = (date(2022, 5, 20), date(2022, 5, 20))
#: Wording and figures weigh; a page published before the incident weighs against.
MODEL = {"bias": -4.0, "threshold": 0.6, "margin": 0.2,
         "weights": {"cos_all": 6.0, "figures": 3.0, "cos_lead": 4.0, "published_before": -8.0}}


def _town(name: str, gid: int, lat: float) -> dict:
    return {"text": name, "name": name, "precision": "town", "geonames_id": gid, "lat": lat,
            "lon": 24.0, "country": "XX", "admin1": "Northland"}


def _ref(aid: str, place: dict | None, window, words: str, killed: int | None = None,
         published: date | None = None) -> EventRef:
    figures = [{"value": killed, "category": "killed"}] if killed else []
    return EventRef({"id": f"{aid}:e1", "type": "ASSAULT", "figures": figures}, aid, aid,
                    f"{aid} desk", None, window, "violence", place, published=published,
                    words=frozenset(words.split()))


FERRY = "ferry pier river boats drowned passengers shelling"
DEPOT = "fuel depot tanks blaze warehouse drone"


def _corpus(lone: EventRef) -> tuple[list[EventRef], Forest]:
    """Pages a and b tell the shelling of the Okara ferry pier (17 dead), c and d the drone
    strike on a Bela fuel depot (4 dead); `lone` is the page the rules left alone."""
    refs = [_ref("a", _town("Okara", 1, 10.0), MAY3, FERRY + " okara", 17, MAY3[0]),
            _ref("b", _town("Okara", 1, 10.0), MAY3, FERRY + " mourners", 17, MAY3[0]),
            _ref("c", _town("Bela", 2, 12.0), MAY20, DEPOT + " bela", 4, MAY20[0]),
            _ref("d", _town("Bela", 2, 12.0), MAY20, DEPOT + " smoke", 4, MAY20[0]),
            _ref("x1", None, None, "market bread queue"),
            _ref("x2", None, None, "school exam results"),
            lone]
    forest = Forest(len(refs))
    forest.union(0, 1)
    forest.union(2, 3)
    return refs, forest


def test_an_undated_page_joins_the_incident_its_words_and_figures_tell():
    refs, forest = _corpus(_ref("e", None, None, FERRY + " survivors", 17))
    join_learned(refs, forest, MODEL)
    assert forest.find(6) == forest.find(0) != forest.find(2)
    assert refs[6].date_inherited


def test_a_page_alike_to_neither_or_published_before_stays_alone():
    refs, forest = _corpus(_ref("e", None, None, "parliament vote budget"))
    join_learned(refs, forest, MODEL)
    assert forest.size(6) == 1
    early = _ref("e", None, None, FERRY + " survivors", 17, published=date(2022, 4, 1))
    refs, forest = _corpus(early)
    join_learned(refs, forest, MODEL)
    assert forest.size(6) == 1 and not refs[6].date_inherited


def test_candidates_are_incidents_of_two_pages_and_pages_left_alone_only():
    refs, forest = _corpus(_ref("e", None, None, FERRY, 17))
    found = candidates(refs, forest)
    assert "a" not in found and set(found["e"][0][1]) >= {"cos_all", "figures", "gap"}
    assert {root for root, _ in found["e"]} == {forest.find(0), forest.find(2)}
    assert found["e"][[r for r, _ in found["e"]].index(forest.find(0))][1]["figures"] == 1.0


def test_the_best_must_reach_the_threshold_and_lead_the_runner_up():
    assert pick([0.9, 0.5], 0.6, 0.2) == 0
    assert pick([0.9, 0.8], 0.6, 0.2) is None
    assert pick([0.5], 0.6, 0.0) is None


def test_a_page_whose_days_or_province_rule_the_incident_out_never_joins():
    # the same wording a week later at the same pier is another shelling there
    week_on = (date(2022, 5, 10), date(2022, 5, 10))
    refs, forest = _corpus(_ref("e", _town("Okara", 1, 10.0), week_on, FERRY, 17, week_on[0]))
    join_learned(refs, forest, MODEL)
    assert forest.size(6) == 1
    # undated, but placed in another province than the pier's
    elsewhere = {**_town("Okara", 9, 10.0), "admin1": "Southland"}
    refs, forest = _corpus(_ref("e", elsewhere, None, FERRY + " survivors", 17))
    join_learned(refs, forest, MODEL)
    assert forest.size(6) == 1


def test_a_threshold_above_one_turns_the_pass_off(monkeypatch):
    """FOGOFWAR_LINKER_THRESHOLD above 1 is the ablation switch: the page the model would join
    stays alone, and no candidate is read (candidates is never called)."""
    import fogofwar.reconcile.page_linker as linker

    refs, forest = _corpus(_ref("e", None, None, FERRY + " survivors", 17))
    monkeypatch.setenv("FOGOFWAR_LINKER_THRESHOLD", "2")
    monkeypatch.setattr(linker, "candidates", lambda *a, **k: (_ for _ in ()).throw(AssertionError))
    join_learned(refs, forest, MODEL)
    assert forest.find(6) != forest.find(0)
    assert not refs[6].date_inherited
