"""Round events32: act nouns that name one deadly act ("after a deadly ambush", "the deaths of
nine guards in a raid"), the nouns "slaughter" and "bloodshed", the lemmatiser's "retook", and
forces that "swept into" a town. Whole-pipeline runs on invented sentences."""

from __future__ import annotations

import pytest

from fogofwar.analysis import analyse_batch
from fogofwar.records import Article


def types(text: str) -> set[str]:
    art = Article(id="e32", source="test", text=text, outlet="Test Wire")
    return {e.type for e in analyse_batch([art])[0].events
            if not e.negated and not e.hypothetical}


@pytest.mark.parametrize("text,kind", [
    # a noun an adjective of lost lives modifies is one act, anchored or not
    ("The village buried eleven farmers after a deadly attack by bandits.", "ASSAULT"),
    ("Relatives mourned the guards who fell in a deadly ambush last winter.", "FIGHT"),
    # the act the deaths fell in
    ("The ministry confirmed the deaths of nine villagers in coordinated attacks.", "ASSAULT"),
    ("Witnesses described the slaughter of thirty farmers at the market.", "ASSAULT"),
    ("Elders said bandits carried out the bloodshed.", "ASSAULT"),
    ("Army units retook the river port from the rebels on Sunday.", "SEIZE"),
    ("Rebel columns swept into the provincial capital and advanced north.", "SEIZE"),
])
def test_the_act_is_found(text, kind):
    assert kind in types(text)


@pytest.mark.parametrize("text,kind", [
    # no one act: an idea, a vote
    ("The envoy said talks could end the bloodshed.", "ASSAULT"),
    ("The reform party swept into power after the vote.", "SEIZE"),
    ("Analysts wrote about attacks on convoys in general.", "ASSAULT"),
    # many acts, or a grade among them
    ("Rebels are usually behind the most deadly attacks in the region.", "ASSAULT"),
    ("Deadly attacks have become more common, the report said.", "ASSAULT"),
])
def test_no_act_is_found(text, kind):
    assert kind not in types(text)


@pytest.mark.parametrize("text,kind", [
    # what an existential "there was" states happened
    ("There was an exchange of fire near the checkpoint, the mayor said.", "FIGHT"),
    ("There was heavy firing across the border on Monday night.", "FIGHT"),
    # the act a toll noun's "in" phrase names
    ("Casualties in the rocket attack on the bus station rose to nine.", "ASSAULT"),
    # forces carried to a place
    ("Two hundred police officers were transported to the valley on Friday.", "MOBILIZE"),
    ("Commandos were parachuted into three villages before dawn.", "MOBILIZE"),
])
def test_more_acts_are_found(text, kind):
    assert kind in types(text)


@pytest.mark.parametrize("text,kind", [
    ("There was no attack on the convoy, the army said.", "ASSAULT"),
    ("Grain was transported to the port on Friday.", "MOBILIZE"),
])
def test_no_more_acts_are_found(text, kind):
    assert kind not in types(text)


@pytest.mark.parametrize("text", [
    "The army jets bombed a wedding party in the village on Sunday.",
    "Warplanes struck a funeral in the hill town, killing 40 mourners.",
])
def test_a_struck_gathering_is_an_assault(text):
    assert "ASSAULT" in types(text) and "FIGHT" not in types(text)
