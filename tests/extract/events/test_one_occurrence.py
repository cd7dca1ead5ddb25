"""One occurrence told twice in a clause is one event; a reaction passive and the example
parties of a subject name no event and no place. Whole-pipeline runs on invented sentences."""

from __future__ import annotations

from fogofwar.analysis import analyse_batch
from fogofwar.records import Article


def _events(text: str):
    return analyse_batch([Article(id="u1", source="test", text=text,
                                  outlet="Test Wire")])[0].events


def test_killed_in_a_clash_is_one_fight():
    evs = _events("Five soldiers were killed in a clash with rebels in Bukidnon on Friday.")
    assert [(e.type, e.trigger) for e in evs] == [("FIGHT", "killed")]


def test_a_clash_killing_six_is_the_clash():
    evs = _events("A similar clash took place on Jan 30 in Camarines Sur province, south of "
                  "Manila, killing at least six.")
    assert [(e.type, e.trigger) for e in evs] == [("FIGHT", "clash")]
    assert evs[0].place is not None and "Camarines" in evs[0].place.text


def test_a_fired_strike_keeps_both_acts():
    # "fired" is no toll verb: the strike and the firing are not folded together
    evs = _events("The rocket strike, part of a barrage fired from Lebanon, hit the town.")
    assert len(evs) >= 2


def test_met_with_protests_is_no_meeting():
    evs = _events("The takeover was met with peaceful demonstrations across the country.")
    assert not [e for e in evs if e.type == "CONSULT"]
    met = _events("The minister met with rebel leaders in Doha on Monday.")
    assert [e.type for e in met] == ["CONSULT"]


def test_example_states_of_a_subject_are_not_the_place():
    evs = _events("Some nations, such as the United States and Britain, have refused to "
                  "adopt the name change.")
    assert evs and all(e.place is None for e in evs)
