"""Forms met on reporting the rules had not seen (round c342-c351): a clause subject whose verb
the tagger reads as an adjective, and an attempt ("struggling to fight") that tells no act.
Whole-pipeline runs on invented sentences in wire-copy register."""

from __future__ import annotations

from fogofwar.analysis import analyse_batch
from fogofwar.records import Article


def _events(text: str):
    art = Article(id="r1", source="test", text=text, outlet="Test Wire")
    return analyse_batch([art])[0].events


def test_clashes_whose_verb_is_tagged_an_adjective_are_an_event():
    # the small model tags "erupt" JJ at the root; its "between" parties still anchor it
    found = [e for e in _events("Clashes erupt between Ethiopian military and Amhara militia "
                                "in Amhara region.") if e.type == "FIGHT"]
    assert found and not any(e.negated or e.hypothetical for e in found)


def test_a_struggle_to_fight_is_no_fight():
    found = [e for e in _events("Iran has been struggling to fight against the Kurdish "
                                "militants for the past 40 years.") if e.type == "FIGHT"]
    assert found and all(e.hypothetical for e in found)


def test_shelling_that_only_says_where_it_fell_on_civilians_is_an_assault():
    found = [e for e in _events("A civilian was killed and ten injured as government troops "
                                "shelled Donetsk on Thursday evening, the authorities said.")
             if e.type in ("FIGHT", "ASSAULT")]
    assert found and all(e.type == "ASSAULT" for e in found)


def test_shelling_with_no_victims_named_keeps_its_fight():
    found = [e for e in _events("Russian forces shelled Kharkiv on Monday, the governor said.")
             if e.type in ("FIGHT", "ASSAULT")]
    assert found and all(e.type == "FIGHT" for e in found)


def test_a_drone_strike_keeps_the_type_its_means_gave():
    # the strike itself (no target but its victim) stays a FIGHT; the car it hit is property
    found = [e for e in _events("On Tuesday, a drone strike hit a car in a nearby village, "
                                "killing a man, the army said.")
             if e.type in ("FIGHT", "ASSAULT") and e.target is None]
    assert found and all(e.type == "FIGHT" for e in found)
