"""Round evtype28: FIGHT or ASSAULT where the struck thing is a building or a vehicle and the
dead are counted, and the ambush. Whole-pipeline runs on invented sentences."""

from __future__ import annotations

from fogofwar.analysis import analyse_batch
from fogofwar.records import Article


def violent(text: str, trigger: str | None = None):
    art = Article(id="t28", source="test", text=text, outlet="Test Wire")
    found = [e for e in analyse_batch([art])[0].events if e.type in ("FIGHT", "ASSAULT")]
    return [e for e in found if trigger is None or (e.trigger or "").lower() == trigger]


def test_a_building_whose_dead_are_all_armed_men_held_a_force():
    # the office struck is where the force was; the dead say who was struck: a fight
    found = violent("Gunmen attacked a district revenue office near the border on Monday, "
                    "killing four police officers, a spokesman said.", "attacked")
    assert found and all(e.type == "FIGHT" for e in found)


def test_a_vehicle_whose_dead_are_all_soldiers_is_a_fight():
    found = violent("Militants struck a truck near the checkpoint, killing three soldiers.",
                    "struck")
    assert found and all(e.type == "FIGHT" for e in found)


def test_civilians_among_the_dead_leave_the_building_one_sided():
    # armed men and civilians were hurt: the building keeps its own (civilian) reading
    found = violent("Rebels attacked a district revenue office on Monday, killing four "
                    "police officers and wounding six civilians.", "attacked")
    assert found and all(e.type == "ASSAULT" for e in found)


def test_an_ambush_of_no_named_victims_is_a_fight():
    # no victims named: an ambush lies in wait for a force on the move
    found = violent("The ambush happened on a dirt road east of the town late on Friday, a "
                    "local official said.", "ambush")
    assert found and all(e.type == "FIGHT" for e in found)


def test_an_ambush_of_civilians_is_an_assault():
    found = violent("Bandits ambushed a group of farmers on the road to the market on "
                    "Tuesday, killing five villagers.", "ambushed")
    assert found and all(e.type == "ASSAULT" for e in found)
