"""Round evrecall27: trigger senses missing from the events pack, a shooting that went on, a
killing named as removal and an aircraft strafing (sentences written for these tests)."""

from __future__ import annotations

from .whole import done_events


def _types(text: str) -> list[str]:
    return [e.type for e in done_events(text)]


def test_a_shooting_between_forces_is_a_fight():
    assert "FIGHT" in _types("Police in Tolsa said the shooting with the rebels of the Free Hill "
                             "Brigades went on until dawn on Friday.")


def test_gunmen_eliminated_by_troops_is_a_fight():
    assert "FIGHT" in _types("Troops eliminated six gunmen of the Free Hill Brigades near Veld "
                             "on Friday, the army said.")


def test_militants_liquidated_is_a_fight():
    assert "FIGHT" in _types("Four militants were liquidated by soldiers near Veld on Friday, "
                             "the army said.")


def test_an_aircraft_strafing_a_village_is_an_assault():
    assert "ASSAULT" in _types("A military aircraft strafed the village of Dorvel on Friday, "
                               "residents said.")
