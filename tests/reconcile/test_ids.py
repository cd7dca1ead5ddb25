"""Incident ids: named after the smallest member event, kept as incidents grow or merge."""

from __future__ import annotations

from fogofwar.reconcile import build_incidents
from fogofwar.reconcile.ids import assign_ids
from fogofwar.reconcile.incidents import EventRef, event_key

from .helpers import QAMISHLI, article


def ref(event_id: str) -> EventRef:
    return EventRef({"id": event_id}, "a", "a", "X", None, None, "violence")


def test_new_incident_is_named_after_its_smallest_event_id():
    assert assign_ids([[ref("b:e1"), ref("a:e2")]], {}) == [event_key("a:e2")]


def test_growing_incident_keeps_its_id_even_if_a_smaller_event_joins():
    previous = {"b:e1": "inc-old"}
    assert assign_ids([[ref("a:e0"), ref("b:e1")]], previous) == ["inc-old"]


def test_merge_keeps_the_id_covering_most_events_and_retires_the_other():
    previous = {"a:e0": "inc-small", "b:e0": "inc-big", "b:e1": "inc-big"}
    assert assign_ids([[ref("a:e0"), ref("b:e0"), ref("b:e1")]], previous) == ["inc-big"]


def test_split_keeps_the_id_on_the_larger_part_and_names_the_rest_afresh():
    previous = {"a:e0": "inc-x", "b:e0": "inc-x", "b:e1": "inc-x"}
    ids = assign_ids([[ref("a:e0")], [ref("b:e0"), ref("b:e1")]], previous)
    assert ids == [event_key("a:e0"), "inc-x"]


def test_ids_in_use_elsewhere_are_not_reused():
    taken = {event_key("a:e0")}
    assert assign_ids([[ref("a:e0"), ref("a:e1")]], {}, taken) == [event_key("a:e1")]


def test_ids_do_not_depend_on_article_order():
    arts = [article("a", "X", [{}]), article("b", "Y", [{}])]
    assert build_incidents(arts)[0]["id"] == build_incidents(arts[::-1])[0]["id"]


def test_an_unrelated_article_leaves_ids_unchanged():
    arts = [article("a", "X", [{}]), article("b", "Y", [{}])]
    before = {i["id"] for i in build_incidents(arts)}
    far = article("c", "Z", [{"place": QAMISHLI}])
    after = {i["id"] for i in build_incidents([*arts, far])}
    assert before < after
