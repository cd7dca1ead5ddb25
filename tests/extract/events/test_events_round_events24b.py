"""Round events24b: false events of a campaign's start and of a civilian convoy struck."""

from __future__ import annotations

from .whole import done_events


def _types(text: str) -> list[str]:
    return [e.type for e in done_events(text)]


def test_a_tally_since_an_offensive_began_tells_no_event():
    assert _types("At least five Zandian soldiers had been killed in Morland since the "
                  "offensive began.") == []


def test_a_tally_since_the_start_of_a_war_tells_no_event():
    assert _types("Separately, at least 57 reporters had died since the start of the war.") == []


def test_a_visit_since_an_invasion_was_launched_tells_no_event():
    assert _types("It was the third visit to Tarsa since Ostia launched its full-scale "
                  "invasion.") == []


def test_a_toll_since_a_recent_day_stays_an_event():
    assert _types("Rebels have killed 60 people in Corvo since Sunday.") == ["ASSAULT"]


def test_an_act_a_since_clause_names_is_kept():
    assert "FIGHT" in _types("The group has not been seen since US forces killed its leader "
                             "in a raid in 2019.")


def test_an_attack_on_a_supply_convoy_is_an_assault():
    types = _types("Gunmen on Thursday attacked a supply convoy near the town of Alpha.")
    assert types and set(types) == {"ASSAULT"}


def test_an_ambush_on_a_military_convoy_stays_a_fight():
    types = _types("Rebels ambushed a military convoy near Gamma on Monday.")
    assert types and set(types) == {"FIGHT"}


def test_an_act_ranked_as_the_deadliest_is_not_told_again():
    events = done_events("Gunmen killed nine villagers in Tarsa on Monday. It was the deadliest "
                         "attack in the region this year.")
    assert [e.sentence.startswith("Gunmen") for e in events] == [True]


def test_a_clash_ranked_as_the_deadliest_stays_an_event():
    assert _types("The clash in Tarsa was the deadliest since 2013.") == ["FIGHT"]


def test_one_of_the_deadliest_attacks_is_not_told_again():
    events = done_events("Gunmen killed nine villagers in Tarsa on Monday. It marks one of the "
                         "deadliest attacks on civilians since the war began.")
    assert [e.sentence.startswith("Gunmen") for e in events] == [True]


def test_a_raid_ranked_in_apposition_stays_an_event():
    assert "ASSAULT" in _types("The raid, one of the deadliest attacks this year, killed nine "
                               "villagers in Tarsa.")
