"""A close killing (shot dead, gunned down, executed) of a person named only by name, or of
people named only as victims or a family, is one-sided: an ASSAULT though a force did it
(round events25, `sites.killed_unarmed`). A victim of a known armed kind, and a killing by a
means of war (a drone), keep the other rules' type. Invented sentences, whole pipeline."""

from __future__ import annotations

import pytest

from fogofwar.analysis import analyse_batch
from fogofwar.records import Article


def types(text: str) -> list[str]:
    art = Article(id="s1", source="test", text=text, outlet="Test Wire")
    return [e.type for e in analyse_batch([art])[0].events if e.type in ("FIGHT", "ASSAULT")]


@pytest.mark.parametrize("text", [
    "Police officers shot dead Tomas Varga outside his shop in the northern town on Sunday, "
    "his brother said.",
    "Soldiers shot the victims in the head as they went from house to house, a witness said.",
])
def test_a_named_person_or_victims_shot_by_a_force_is_an_assault(text):
    found = types(text)
    assert found and all(t == "ASSAULT" for t in found)


def test_armed_victims_stay_a_fight():
    found = types("Troops killed eight rebels in a clash near the border on Monday, the army "
                  "said.")
    assert found and all(t == "FIGHT" for t in found)


def test_a_drone_killing_of_a_named_commander_keeps_its_means():
    found = types("An Israeli drone killed Hamas commander Yusuf Ali in Gaza on Monday, the "
                  "army said.")
    assert found and all(t == "FIGHT" for t in found)


def test_an_official_gunned_down_is_an_assault():
    found = types("A senior provincial official was gunned down by two men on a motorbike in "
                  "the capital on Tuesday, police said.")
    assert found and all(t == "ASSAULT" for t in found)


def test_a_name_in_apposition_to_a_leader_keeps_the_fight():
    # "the group's leader" may lead fighters: the name alone does not make him unarmed
    found = types("Last year army commandos killed the militia's leader, Omar Wardi, near the "
                  "border.")
    assert found and all(t == "FIGHT" for t in found)


@pytest.mark.parametrize("text,kind", [
    # an official's title in apposition leaves the killing one-sided
    ("Abdi Nur, the deputy mayor of the town, was shot dead in his car on Monday, police "
     "said.", "ASSAULT"),
    # an armed kind in apposition keeps the fight
    ("Abdi Nur, a police officer, was shot dead in his car on Monday, officials said.",
     "FIGHT"),
])
def test_the_title_a_name_stands_beside_decides(text, kind):
    found = types(text)
    assert found and all(t == kind for t in found)
