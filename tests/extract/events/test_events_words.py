"""Trigger words the conflict set showed missing, and a date word that is no trigger.
Whole-pipeline runs on invented sentences in wire-copy register."""

from __future__ import annotations

import pytest

from fogofwar.analysis import analyse_batch
from fogofwar.records import Article


def types(text: str) -> list[str]:
    art = Article(id="w1", source="test", text=text, outlet="Test Wire")
    return [e.type for e in analyse_batch([art])[0].events]


@pytest.mark.parametrize("text,kind", [
    # escaping an area is a withdrawal, as fleeing it is
    ("The militants escaped the area after the raid, the army said.", "RETREAT"),
    # closing off a place is coercion (the phrase needs "off" kept a word, not YAML's False)
    ("Troops sealed off the village on Friday, residents said.", "COERCE"),
    ("The area near the market has been cordoned off, police said.", "COERCE"),
    # a person gunned down is shot, not an aircraft "downed"
    ("A shopkeeper was gunned down in the town on Monday, police said.", "ASSAULT"),
])
def test_missing_trigger_words(text, kind):
    assert kind in types(text)


@pytest.mark.parametrize("text", [
    "The incident is the latest in a flare-up that began in mid-March.",
    "In March, a senior official said the group had 400 active fighters.",
])
def test_a_month_named_march_is_no_protest(text):
    assert "PROTEST" not in types(text)


def test_a_march_is_still_a_protest():
    assert "PROTEST" in types("Protesters marched through the capital on Monday.")


@pytest.mark.parametrize("text", [
    "Rebel artillery shelled a bakery in the town on Saturday, officials said.",
    "A rocket struck a football pitch in the village on Saturday, officials said.",
])
def test_a_bakery_or_a_pitch_struck_is_civilian_property(text):
    # one-sided violence on where people buy and play: ASSAULT, not FIGHT
    assert "ASSAULT" in types(text) and "FIGHT" not in types(text)



def test_armed_men_among_the_victims_make_it_a_fight():
    # no target named; the figures count people and soldiers: a force was struck
    art = Article(id="w2", source="test", outlet="Test Wire",
                  text="Sixteen people are still missing and 13 soldiers were hurt in an attack "
                       "by militants on Friday, a ministry statement said.")
    found = [e for e in analyse_batch([art])[0].events if e.type in ("FIGHT", "ASSAULT")]
    assert found and {e.type for e in found} == {"FIGHT"}


@pytest.mark.parametrize("text,kind,present", [
    # things released or filmed are no release of people, no shooting
    ("The names of the victims were released by the ministry on Sunday.", "RETREAT", False),
    ("Footage shot at the scene showed a burning building.", "FIGHT", False),
    # nor is a release of people: captives let go are no force leaving ground (round
    # c578-c585; the conflict set codes none)
    ("The rebels released five hostages on Sunday, officials said.", "RETREAT", False),
])
def test_what_is_released_or_shot_decides(text, kind, present):
    assert (kind in types(text)) is present


@pytest.mark.parametrize("text,present", [
    # ground changing hands, said without "capture"
    ("The town fell to rebel forces in the summer, residents said.", True),
    ("The north came under the control of jihadists in 2012.", True),
    ("The army said it had recovered almost all lost territory.", True),
    # a fall that is no capture
    ("Fuel prices fell to their lowest level in a year.", False),
])
def test_ground_changing_hands(text, present):
    assert ("SEIZE" in types(text)) is present


@pytest.mark.parametrize("text", [
    "Police used water cannons against the protesters outside parliament on Monday.",
    "Tear gas was deployed against demonstrators in the capital on Sunday.",
    "Riot police were seen firing tear gas in the town square, witnesses said.",
])
def test_crowd_control_weapons_are_an_assault(text):
    assert "ASSAULT" in types(text) and "MOBILIZE" not in types(text)
