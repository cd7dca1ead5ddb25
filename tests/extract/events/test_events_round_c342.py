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
