"""One occurrence told twice in a clause is one event; a reaction passive and the example
parties of a subject name no event and no place. Whole-pipeline runs on invented sentences."""

from __future__ import annotations

from .whole import pipeline_events as _events


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


def test_killed_and_injured_by_a_bomb_is_one_assault():
    # a bomb is an ASSAULT whoever it strikes; the two tolls are the victims of one blast
    evs = _events("A paramilitary ranger was killed and six more rangers were severely "
                  "injured by a bomb in Narathiwat province on Tuesday.")
    assert [e.type for e in evs] == ["ASSAULT"]
    assert sorted((f.category, f.value) for f in evs[0].figures) == [
        ("injured", 6), ("killed", 1)]


def test_tolls_with_their_own_actors_stay_two_events():
    evs = _events("Gunmen killed five villagers on Monday, and on Tuesday troops killed "
                  "three gunmen in the forest.")
    assert len([e for e in evs if e.trigger == "killed"]) == 2


def test_what_an_attack_was_done_with_is_no_target():
    evs = _events("The insurgents detonated remote-controlled bombs near the convoy. One of "
                  "them opened fire with an M16 assault rifle, killing a ranger.")
    targets = [e.target.text.lower() for e in evs if e.target is not None]
    assert not [t for t in targets if "bomb" in t or "rifle" in t]


def test_a_shot_down_missile_is_still_the_target():
    evs = _events("Ukrainian forces also shot down one of the missiles over Bucha.")
    assert any(e.target is not None and "missile" in e.target.text for e in evs)


def test_jawans_are_soldiers():
    evs = _events("Two jawans were killed in an ambush laid by militants in Kamjong district.")
    assert [e.type for e in evs] == ["FIGHT"]


def test_what_an_objective_was_is_only_meant():
    evs = _events("He said the objective was to capture the police chief and government "
                  "ministers.")
    assert evs and all(e.hypothetical for e in evs if e.type == "SEIZE")


def test_a_protest_is_against_what_it_defies():
    evs = _events("Hundreds of thousands of people blocked streets in Hong Kong in defiance "
                  "of Chinese authorities to demand democratic reform.")
    protest = [e for e in evs if e.type == "PROTEST"]
    assert protest and protest[0].target is not None
    assert "authorities" in protest[0].target.text


def test_a_hunger_strike_in_protest_of_a_refusal_is_against_who_refused():
    evs = _events("Refugees are continuing a hunger strike in protest of the Russian "
                  "government's refusal to accept them.")
    strike = next(e for e in evs if e.trigger == "strike")
    assert strike.type == "PROTEST" and "government" in strike.target.text



def test_a_bare_act_gives_way_to_the_one_that_names_its_victims():
    # "started shooting, killing nine people": the shooting names no victim, the killing
    # does; one occurrence, kept once with its victims
    evs = _events("The gunmen arrived on motorbikes and started shooting, killing nine "
                  "people, the police said.")
    assert [(e.type, e.target.text if e.target else None) for e in evs] == [
        ("ASSAULT", "nine people")]
    struck = _events("Officials said the airstrike, near the town of Bardera, hit a school.")
    assert [(e.type, e.target.text if e.target else None) for e in struck] == [
        ("ASSAULT", "school")]
