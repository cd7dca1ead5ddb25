"""FIGHT or ASSAULT for blasts, explosions and assassinations (round events24c): a bomb is an
ASSAULT whoever it strikes (the set README's convention), and a blast or an explosion is a
bomb's, told as the trigger or as the means of a killing; a killing told as an assassination
is one-sided however armed its victim. The class words a victim's noun needs ("squaddies",
"a reporter") and a launcher's grenades, a fighting weapon, are covered too. Whole-pipeline
runs on invented sentences in wire-copy register."""

from __future__ import annotations

import pytest

from fogofwar.analysis import analyse_batch
from fogofwar.extract.events.classes import class_of_text
from fogofwar.records import Article


def events(text: str):
    art = Article(id="s1", source="test", text=text, outlet="Test Wire")
    return [e for e in analyse_batch([art])[0].events if e.type in ("FIGHT", "ASSAULT")]


@pytest.mark.parametrize("text", [
    # the blast is the trigger's subject, soldiers its victims
    "The blast left four border guards dead near the crossing on Monday, officials said.",
    # an explosion as the means of the killing
    "Three policemen were killed in an explosion outside the district office on Friday.",
    # another blast as the means of the wounding
    "Six more soldiers were wounded in a second blast near the depot, the army said.",
])
def test_blasts_and_explosions_are_assaults_whoever_they_strike(text):
    found = events(text)
    assert found and all(e.type == "ASSAULT" for e in found)


def test_an_assassinated_commander_is_an_assault():
    found = events("A senior militia commander was assassinated by unknown gunmen in the "
                   "port city on Tuesday, the group said.")
    assert found and all(e.type == "ASSAULT" for e in found)


def test_soldiers_shot_in_a_raid_stay_a_fight():
    # no blast, no assassination: the armed victims keep the fight
    found = events("Rebels raided an army post on Sunday and killed five soldiers, the "
                   "governor said.")
    assert found and all(e.type == "FIGHT" for e in found)


def test_squaddies_are_soldiers_and_reporters_civilians():
    assert class_of_text("27 squaddies").sector == "MIL"
    assert class_of_text("a local reporter").sector == "CVL"


def test_grenade_launchers_are_a_fighting_weapon_not_a_bomb():
    found = events("Gunmen attacked the police battalion with grenade launchers and "
                   "automatic rifles on Saturday night, the ministry said.")
    assert found and all(e.mode == "rpg" for e in found)


def test_blasts_heard_from_a_fight_make_no_bomb_of_it():
    # the blasts are the battle's noise, not its means: the battle keeps its FIGHT
    found = events("Shoppers were startled by explosions from a confrontation between police "
                   "and smugglers near the market on Friday.")
    battle = [e for e in found if (e.trigger or "").lower() == "confrontation"]
    assert battle and all(e.type == "FIGHT" and e.mode != "bomb" for e in battle)


@pytest.mark.parametrize("text", [
    "Coalition warplanes carried out six air strikes on the capital overnight, residents said.",
    "Army gunners fired dozens of shells at the border villages on Sunday, the mayor said.",
])
def test_strikes_on_a_capital_or_villages_strike_where_people_live(text):
    found = events(text)
    assert found and all(e.type == "ASSAULT" for e in found)
