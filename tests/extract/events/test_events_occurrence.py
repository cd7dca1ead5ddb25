"""One occurrence, one reading: the tolls of a whole war are no event, and one statement's
attack and the killing it caused share the type its named victims give. Whole-pipeline runs
(resolve included) on invented sentences in wire-copy register."""

from __future__ import annotations

import pytest

from fogofwar.analysis import analyse_batch
from fogofwar.records import Article


def events(text: str):
    art = Article(id="o1", source="test", text=text, outlet="Test Wire")
    return [e for e in analyse_batch([art])[0].events if e.type in ("FIGHT", "ASSAULT")
            and not e.negated and not e.hypothetical]


@pytest.mark.parametrize("text", [
    # the war's whole toll, placed "in the conflict"
    "Tens of thousands of people have been killed in the insurgency, the report said.",
    # conjoined verbs share the frame of the first
    "Too many villagers have been killed and injured in the war, the aid group said.",
    # a war as the subject of the toll verb
    "The insurgency has displaced two million people in the northeast.",
])
def test_a_war_wide_toll_is_no_event(text):
    assert events(text) == []


def test_a_toll_in_a_relative_clause_on_the_war_is_no_event():
    found = events("The rebels began attacking ships after the army launched its war on the "
                   "province, which has killed more than 40,000 people.")
    assert found  # the ship attacks happened
    assert not any(f.value == 40000 for e in found for f in e.figures if e.target
                   and "people" in e.target.text)


@pytest.mark.parametrize("text", [
    # "a conflict" is one clash, not the war
    "A border guard was killed during a conflict with smugglers on Friday, officials said.",
    # a killing in one shelling of the war is an occurrence
    "Three civilians were killed during the war's heaviest shelling of the city on Sunday.",
])
def test_an_occurrence_inside_a_war_stays_an_event(text):
    found = events(text)
    assert any(f.category == "killed" for e in found for f in e.figures)


@pytest.mark.parametrize("text,kind", [
    # the town struck is where it happened; the policemen killed make it a FIGHT
    ("Militants attacked Kalam town on Monday, killing two policemen, officials said.",
     "FIGHT"),
    # the state named in "in Kenya's ... county" is where, not who was struck
    ("Gunmen ambushed a police post in Kenya's Lamu county, killing three officers, the "
     "police said.", "FIGHT"),
    # civilians killed in a raid on a village: one-sided throughout
    ("Gunmen raided Mada village on Sunday, killing seven farmers, residents said.",
     "ASSAULT"),
])
def test_named_victims_give_the_statement_one_type(text, kind):
    found = events(text)
    assert len(found) >= 2 and {e.type for e in found} == {kind}


@pytest.mark.parametrize("text,state", [
    # a state named in the phrase saying where is no target
    ("A group of militants ambushed a border post in Kenya's Mandera county, killing three "
     "officers, police said.", "Kenya"),
    ("A missile hit a grocery store in Ukraine's Sumy region on Friday, killing six people, "
     "officials said.", "Ukraine"),
    # a place said by a preposition other than "in" or "near"
    ("Rebels shelled a checkpoint outside Sudan's El Fasher on Monday, killing four guards, "
     "the army said.", "Sudan"),
    ("A drone struck a fuel depot along Russia's Belgorod border on Sunday, the governor "
     "said.", "Russia"),
])
def test_a_state_in_a_locative_phrase_is_not_the_target(text, state):
    found = events(text)
    assert found
    assert not any(e.target and e.target.text.startswith(state) for e in found)


def test_a_target_phrase_inside_a_locative_phrase_is_kept():
    # "in X Street against civilians": the civilians are whom the massacre struck
    # (a toll verb the massacre happened "in" would be the event itself: no toll here)
    found = events("Residents said militiamen had committed a massacre in Omar Street against "
                   "civilians queuing for bread.")
    assert any(e.target and "civilians" in e.target.text for e in found)


def test_a_later_toll_of_the_attack_adds_no_event():
    # the second sentence tells the same attack again: no new actor, place or figure
    text = ("A drone strike by the rebels hit a market in Karo on Friday, killing seven people. "
            "The attack killed seven people, officials said.")
    found = events(text)
    assert found
    assert not any(e.sentence.startswith("The attack killed") for e in found)


def test_a_later_sentence_with_a_new_figure_is_kept():
    # "the attack" again, but with a figure not told before: a reader lists it
    text = ("A drone strike by the rebels hit a market in Karo on Friday, killing seven people. "
            "The attack also wounded 23 others, officials said.")
    found = events(text)
    assert any(e.sentence.startswith("The attack also wounded") for e in found)
