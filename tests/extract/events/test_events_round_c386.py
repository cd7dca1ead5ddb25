"""Forms met in round c386-c393 (false events on the dev set): a rescue by emergency services,
power seized in a coup told as background, and a mine blast that killed soldiers.
Whole-pipeline runs on invented sentences in wire-copy register."""

from __future__ import annotations

from .whole import MATERIAL
from .whole import pipeline_events as _events


def test_a_rescue_operation_is_no_aid():
    found = _events("The governor said a search and rescue operation was under way at the "
                    "damaged apartment block.")
    assert not [e for e in found if e.type in MATERIAL]


def test_a_relief_operation_stays_aid():
    found = _events("Aid groups launched a relief operation in the flooded district.")
    assert [e for e in found if e.type == "AID"]


def test_power_seized_in_a_coup_is_no_seizure():
    found = _events("Violence has surged since the army seized power in a coup in 2020, the "
                    "report said.")
    assert not [e for e in found if e.type == "SEIZE"]


def test_a_town_seized_is_still_a_seizure():
    found = _events("Rebels seized the town of Baraka on Friday, residents said.")
    assert [e for e in found if e.type == "SEIZE"]


def test_soldiers_killed_by_a_mine_blast_are_an_assault():
    # a bomb is ASSAULT whoever it strikes (README), a mine blast included
    found = [e for e in _events("Four border guards were killed in a mine blast near the "
                                "village of Karam on Sunday, the ministry said.")
             if e.type in ("FIGHT", "ASSAULT")]
    assert found and all(e.type == "ASSAULT" for e in found)


def test_a_drone_strike_that_killed_civilians_is_an_assault():
    # README: drone strikes on armed parties are FIGHT, strikes on civilians ASSAULT
    found = [e for e in _events("Nine civilians were killed by a drone strike on the "
                                "outskirts of Tessit on Monday, a local official said.")
             if e.type in ("FIGHT", "ASSAULT")]
    assert found and all(e.type == "ASSAULT" for e in found)


def test_a_drone_strike_on_fighters_stays_a_fight():
    found = [e for e in _events("A drone strike killed six rebel fighters near Tessit on "
                                "Monday, the army said.")
             if e.type in ("FIGHT", "ASSAULT")]
    assert found and all(e.type == "FIGHT" for e in found)


def test_weapons_seized_are_a_seizure_though_high_powered():
    found = _events("After the firefight police seized four trucks and high-powered rifles, "
                    "the governor said.")
    assert [e for e in found if e.type == "SEIZE"]


def test_a_drone_strike_that_killed_a_man_keeps_its_fight():
    # "a man" may have been a fighter: a strike that names no civilians keeps its means' type
    found = [e for e in _events("A man was killed in a drone strike on a car near Tessit on "
                                "Thursday, the health ministry said.")
             if e.type in ("FIGHT", "ASSAULT") and e.target is not None
             and e.target.text.lower().endswith("man")]
    assert found and all(e.type == "FIGHT" for e in found)


def test_a_gerund_triggers_by_phrase_is_its_actor_not_its_target():
    found = [e for e in _events("Three farmers were killed in Marinka as a result of shelling "
                                "by separatist forces, the local governor said on Monday.")
             if "shelling" in (e.trigger, e.mode)]  # one event with the killing (retold.py)
    assert found and all(e.actor is not None and "separatist" in e.actor.text for e in found)
    assert all(e.target is None or "separatist" not in e.target.text for e in found)


def test_air_defences_intercepting_a_drone_fight():
    found = _events("Air defences intercepted two armed drones launched toward the port city "
                    "overnight, the coalition said on Friday.")
    assert [e for e in found if e.type == "FIGHT"]
    assert not [e for e in found if e.type == "COERCE"]


def test_a_convoy_intercepted_is_no_fight():
    found = _events("Gunmen intercepted a convoy of lorries on the highway on Tuesday, "
                    "police said.")
    assert not [e for e in found if e.type == "FIGHT"]
