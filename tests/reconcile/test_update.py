"""Incremental reconcile against a real SQLite store: only touched incidents change."""

from __future__ import annotations

import pytest

from fogofwar.reconcile import build_incidents, update_incidents
from fogofwar.store import Store

from .helpers import QAMISHLI, TAFTANAZ, article, killed, to_analysis


@pytest.fixture
def store(tmp_path):
    s = Store(f"sqlite:///{tmp_path / 'fow.db'}")
    yield s
    s.close()


def add(store: Store, *arts: dict) -> None:
    for a in arts:
        assert store.write(to_analysis(a))


def stored(store: Store) -> dict[str, list[str]]:
    return {i["id"]: i["events"] for i in store.iter_incidents()}


def partition(incidents) -> list[list[str]]:
    return sorted(sorted(i["events"]) for i in incidents)


def test_update_matches_a_from_scratch_run(store):
    # reconciling article by article gives the same incidents as all at once
    arts = [article("a", "X", [{"figures": [killed(5)]}]),
            article("b", "Y", [{"place": TAFTANAZ}]),
            article("c", "Z", [{"place": QAMISHLI}, {"date": "2020-02-03"}])]
    for a in arts:
        add(store, a)
        update_incidents(store)
    assert partition(store.iter_incidents()) == partition(build_incidents(arts))


def test_unrelated_article_keeps_ids_and_rewrites_nothing_else(store):
    add(store, article("a", "X", [{}]), article("b", "Y", [{}]))
    update_incidents(store)
    before = stored(store)
    add(store, article("c", "Z", [{"place": QAMISHLI, "date": "2020-03-20"}]))
    summary = update_incidents(store)
    after = stored(store)
    assert summary.new_articles == 1 and summary.written == 1  # only c's own incident
    assert {k: after[k] for k in before} == before


def test_incident_keeps_its_id_when_a_new_report_joins(store):
    add(store, article("b", "Zero Hedge", [{}]))
    update_incidents(store)
    (old_id,) = stored(store)
    # "a" sorts first, so a from-scratch run would name the incident after a's event
    add(store, article("a", "South Front", [{"place": TAFTANAZ}]))
    update_incidents(store)
    assert stored(store) == {old_id: ["a:e0", "b:e0"]}


def test_a_bridging_report_merges_two_stored_incidents_under_the_larger_ones_id(store):
    # 10 and 14 Feb at Saraqib are 4 days apart (more than the 2-day slack): two incidents
    add(store, article("a", "X", [{}, {}]), article("c", "Z", [{"date": "2020-02-14"}]))
    update_incidents(store)
    before = stored(store)
    (big,) = [i for i, ev in before.items() if len(ev) == 2]
    # a report dated 12 Feb is within reach of both and joins them into one
    add(store, article("b", "Y", [{"date": "2020-02-12"}]))
    update_incidents(store)
    assert stored(store) == {big: ["a:e0", "a:e1", "b:e0", "c:e0"]}


def test_second_update_with_nothing_new_does_nothing(store):
    add(store, article("a", "X", [{}]))
    assert update_incidents(store).written == 1
    again = update_incidents(store)
    assert (again.new_articles, again.written) == (0, 0)


def test_stored_incidents_validate_against_the_export_schema(store):
    from fogofwar.present.export import validate

    add(store, article("a", "X", [{"figures": [killed(5)]}],
                       claimant=("Turkish Defense Ministry", "turkey")),
        article("b", "Y", [{"figures": [killed(6)]}], claimant=("Russia", "russia")))
    update_incidents(store)
    (inc,) = list(store.iter_incidents())
    validate(inc, "incident")
    assert inc["contradictions"][0]["values"] == ["5", "6"]
