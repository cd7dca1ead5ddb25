"""FIGHT or ASSAULT by the victims a sentence names outside the target the parse gives:
people of no known kind counted beside named civilians, civilians named in an apposition or
an "including" phrase of a strike's toll, and a paragraph's capitalised dateline, which names
the filing town or outlet, never what was struck. Whole-pipeline runs on invented sentences
in wire-copy register."""

from __future__ import annotations

import pytest

from fogofwar.analysis import analyse_batch
from fogofwar.records import Article


def events(text: str):
    art = Article(id="s1", source="test", text=text, outlet="Test Wire")
    return [e for e in analyse_batch([art])[0].events if e.type in ("FIGHT", "ASSAULT")]


def test_others_counted_beside_civilians_were_civilians():
    # "25 others" names no kind: the figures ("nine civilians") do, not the army's sector
    found = events("The doctors' group said the army committed a dreadful act in the region, "
                   "resulting in the deaths of nine civilians, while injuring 25 others.")
    hurt = [e for e in found if e.target is not None and "others" in e.target.text]
    assert hurt and all(e.type == "ASSAULT" for e in hurt)


def test_others_counted_beside_soldiers_were_soldiers():
    found = events("The doctors' group said the rebels committed a dreadful act at the base, "
                   "resulting in the deaths of nine soldiers, while injuring 25 others.")
    hurt = [e for e in found if e.target is not None and "others" in e.target.text]
    assert hurt and all(e.type == "FIGHT" for e in hurt)


@pytest.mark.parametrize("text", [
    # a toll with no noun, its victims named in an apposition
    "Airstrikes killed 30 in the province, most of them women and children, officials said.",
    # "people" are named as civilians in an "including" phrase after the verb
    "At least 20 people have been killed, including women and children, in an air strike on "
    "the city, the ministry said.",
])
def test_a_strike_whose_toll_the_sentence_names_as_civilians_is_an_assault(text):
    found = events(text)
    assert found and all(e.type == "ASSAULT" for e in found)


@pytest.mark.parametrize("text", [
    # civilians said to be unhurt: the dead the toll counts with no noun were no civilians
    "An air strike killed 12 near the town, officials said, adding that no civilians were hurt.",
    # armed victims decide, whatever else the sentence names
    "An air strike killed 12 fighters near the town where women and children had sheltered, "
    "officials said.",
])
def test_civilians_named_as_unhurt_or_beside_armed_victims_leave_the_strike_a_fight(text):
    found = events(text)
    assert found and all(e.type == "FIGHT" for e in found)


@pytest.mark.parametrize("text,filed", [
    ("SANAA, June 3: Nine people, including five soldiers, were killed in an attack in Aden "
     "on Saturday, officials said.", "SANAA"),
    ("GAROWE (Puntland Post) \u2013At least 8 people were killed in an attack on a checkpoint "
     "on Monday, officials said.", "Puntland Post"),
])
def test_a_capitalised_dateline_is_not_what_was_struck(text, filed):
    found = events(text)
    assert found and all(e.type == "FIGHT" for e in found)
    assert all(e.target is None or filed not in e.target.text for e in found)


def test_a_dateline_read_as_target_no_longer_hides_the_civilian_toll():
    found = events("RAFAH, May 2 (BBC): At least 20 people have been killed in an air strike "
                   "on the city, the ministry says.")
    assert found and all(e.type == "ASSAULT" for e in found)
    assert all(e.target is None or "RAFAH" not in e.target.text for e in found)


def test_a_fight_somebody_reports_in_a_clause_of_its_own_leaves_the_strike_alone():
    # the fighting is what residents said had broken out: another occurrence, not this strike
    found = events("An air strike killed at least 30 people in the village on Sunday, a nurse "
                   "told reporters, after residents said fresh fighting had broken out nearby.")
    strike = [e for e in found if "fighting" not in (e.trigger or "")]
    fighting = [e for e in found if "fighting" in (e.trigger or "")]
    assert strike and all(e.type == "ASSAULT" for e in strike)
    assert all(e.type == "FIGHT" for e in fighting)


@pytest.mark.parametrize("text", [
    "Two people were killed in clashes between troops and rebels in the town, residents said.",
    "Residents said two people were killed in clashes between troops and rebels in the town.",
])
def test_people_killed_in_the_clashes_the_statement_names_were_killed_in_a_fight(text):
    found = events(text)
    assert found and all(e.type == "FIGHT" for e in found)


@pytest.mark.parametrize("text", [
    "Russian shelling killed 10 in the city, the governor said.",
    "At least 12 killed by an air strike in the southern district, medics said.",
])
def test_a_strike_from_afar_whose_toll_names_no_one_struck_civilians(text):
    found = events(text)
    assert found and all(e.type == "ASSAULT" for e in found)


@pytest.mark.parametrize("text", [
    "The army said it had carried out an air strike in the town that eliminated two rebel "
    "commanders.",
    "Government warplanes killed 20 militants in the rebel-held town, a monitor said.",
])
def test_a_strike_whose_toll_names_who_died_keeps_their_reading(text):
    found = events(text)
    assert found and all(e.type == "FIGHT" for e in found)


@pytest.mark.parametrize("text", [
    # an armed party's camp a common word names is an armed post: the strike fought it
    "Troops shelled guerrilla camps in the hills overnight, leaving 12 dead, the army said.",
    # the post the act's fire was aimed at, named on the act the toll's participle hangs from
    "Government forces launched artillery and rocket fire against rebel camps near the "
    "border, killing 30, military sources said.",
])
def test_a_strike_on_an_armed_partys_camp_with_a_bare_toll_is_a_fight(text):
    found = events(text)
    assert found and all(e.type == "FIGHT" for e in found)
