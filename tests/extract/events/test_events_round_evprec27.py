"""Round evprec27: false events of victims named again, an act dated again, a fight going on
and a standing occupation (sentences written for these tests)."""

from __future__ import annotations

from .whole import done_events, raid_article


def _types(text: str) -> list[str]:
    return [e.type for e in done_events(text)]


def _later(line: str) -> list[str]:
    """The types of the events a story's later line tells (the raid of `raid_article` aside)."""
    return [e.type for e in done_events(raid_article(line)) if e.sentence.startswith(line[:20])]


def test_victims_among_those_killed_tell_no_new_event():
    assert _later("A schoolteacher from Dorvel was among those killed, his brother said.") == []


def test_those_wounded_taken_to_hospital_tell_no_new_event():
    assert _later("Those wounded were taken to a clinic in Larsen by road.") == []


def test_another_injured_in_a_headline_stays_an_event():
    assert _types("Soldier killed and another injured in rebel attack in Tolsa") != []


def test_a_killing_told_with_a_participle_on_a_noun_stays():
    assert "ASSAULT" in _types("Gunmen shot dead four farmers near Veld on Friday; the farmers "
                               "killed were buried on Saturday.")


def test_an_act_dated_again_by_come_is_no_new_event():
    assert _later("The attack came as the governor of Tolsa province met rebel envoys in the "
                  "capital.") == []


def test_an_act_framed_again_by_come_keeps_the_other_act_it_names():
    assert _later("The raid comes three weeks after a bombing in Larsen killed nine.") == [
        "ASSAULT"]


def test_an_act_with_its_own_place_under_come_stays():
    assert "FIGHT" in _later("A second attack on an army post in Tolsa came two days later.")


def test_a_fight_going_on_in_the_present_progressive_is_no_event():
    assert _types("The Free Hill Brigades are battling the army in the southern hills, a "
                  "spokesman said.") == []


def test_a_fight_told_in_the_past_progressive_stays():
    assert "FIGHT" in _types("Soldiers were battling the rebels near Arvo on Sunday when the "
                             "bridge collapsed.")


def test_a_headline_in_the_present_progressive_stays():
    assert _types("Troops are battling rebels in Arvo") != []


def test_a_standing_occupation_is_no_seizure():
    assert "SEIZE" not in _types("Residents have resisted the occupation of the valley by "
                                 "Zandian forces for a decade.")


def test_a_town_captured_stays_a_seizure():
    assert "SEIZE" in _types("Zandian forces captured the town of Arvo on Monday.")


def test_reinforcements_arriving_name_troops_not_a_move():
    assert "MOBILIZE" not in _later("Reinforcements arrived from Larsen in the evening and "
                                    "found the post empty.")


def test_reinforcements_dispatched_stay_a_mobilisation():
    assert "MOBILIZE" in _types("The army dispatched reinforcements to Dorvel on Tuesday.")
