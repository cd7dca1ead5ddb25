"""Forms met in round c472-c479 (events on unseen text): acts told of a stretch of time, a
war fought, and huts set on fire. Whole-pipeline runs on invented sentences."""

from __future__ import annotations

from .whole import MATERIAL, pipeline_events


def _events(text: str):
    return [e for e in pipeline_events(text) if e.type in MATERIAL]


def test_a_tally_of_this_year_is_no_event():
    assert not _events("Security forces have killed 120 rebels this year in several "
                       "operations, officials said.")


def test_a_tally_over_various_raids_is_no_event():
    assert not _events("Police have killed 35 suspected bandits in various raids, the "
                       "governor said.")


def test_a_campaign_of_years_is_no_event():
    assert not _events("The rebels for years fought the state, carrying out kidnappings "
                       "and bombings in the capital.")


def test_attacks_over_the_past_two_years_are_no_event():
    assert not _events("The group has carried out dozens of attacks over the past two years.")


def test_clashes_in_recent_weeks_are_no_event():
    assert not _events("Heavy clashes between the army and the militia have spread across "
                       "the province in recent weeks.")


def test_a_war_fought_and_its_toll_are_no_event():
    assert not _events("The two armies have been fighting a war since May 2019 that has "
                       "killed more than 9,000 people.")


def test_an_attack_earlier_this_year_stays_an_event():
    found = _events("Earlier this year, gunmen attacked the town of Maro, killing nine "
                    "people.")
    assert [e for e in found if e.type == "ASSAULT"]


def test_one_attack_toll_so_far_stays_an_event():
    found = _events("Twelve people have been killed so far in Sunday's attack on the "
                    "market, police said.")
    assert [e for e in found if e.type == "ASSAULT"]


def test_shelling_in_the_past_day_stays_an_event():
    found = _events("In the past 24 hours, enemy forces shelled 14 settlements in the "
                    "region, the governor said.")
    assert [e for e in found if e.type in ("ASSAULT", "FIGHT")]


def test_huts_set_on_fire_are_an_assault():
    found = _events("Gunmen set fire to dozens of huts in the village of Kora on Tuesday.")
    assert [e for e in found if e.type == "ASSAULT"]
    assert not [e for e in found if e.type == "COERCE"]


def test_offices_set_on_fire_stay_a_coercion():
    found = _events("Protesters set fire to the offices of the local council overnight.")
    assert [e for e in found if e.type == "COERCE"]


def test_offices_set_on_fire_stay_no_assault_whatever_they_hold():
    found = _events("Raiders set fire to the offices of the land registry holding church "
                    "property records.")
    assert not [e for e in found if e.type == "ASSAULT"]


def test_an_object_pronoun_stands_for_the_soldiers_named_before():
    found = _events("The soldiers were on patrol near the town of Dori when gunmen on "
                    "motorbikes attacked them on Friday.")
    attacks = [e for e in found if e.trigger == "attacked"]
    assert attacks and attacks[0].type == "FIGHT"
    assert attacks[0].target is not None and attacks[0].target.text == "them"


def test_a_pronoun_after_a_pronoun_is_left_unresolved():
    found = _events("But they later fled after some villagers had overpowered them, the "
                    "chief said.")
    assert not [e for e in found if e.type == "ASSAULT"]


def test_an_attack_at_a_police_station_in_a_headline_is_a_fight():
    found = _events("Attack at a police station in Kenya by militants kills 1, injures 4")
    assert [e for e in found if e.type == "FIGHT"]
    assert not [e for e in found if e.type == "ASSAULT"]


def test_a_launched_search_operation_is_a_mobilisation():
    found = _events("Security forces launched a cordon and search operation in the village "
                    "of Hanji on Monday.")
    assert [e for e in found if e.type == "MOBILIZE"]


def test_a_search_operation_going_on_is_no_event():
    assert not _events("The search operation was still going on when this report was filed.")


def test_search_operations_framing_a_capture_add_no_mobilisation():
    found = _events("Troops captured five militants during search operations across the "
                    "valley.")
    assert [e for e in found if e.type == "SEIZE"]
    assert not [e for e in found if e.type == "MOBILIZE"]


def test_a_village_evacuated_is_no_withdrawal():
    found = _events("Local fighters helped to evacuate the village after the air strike, a "
                    "resident said.")
    assert not [e for e in found if e.type == "RETREAT"]


def test_residents_evacuated_are_no_withdrawal():
    assert not [e for e in _events("About 2,000 residents were evacuated from the border "
                                   "town on Sunday.") if e.type == "RETREAT"]


def test_positions_evacuated_by_rebels_stay_a_withdrawal():
    found = _events("The rebels evacuated several positions near the river after the "
                    "shelling.")
    assert [e for e in found if e.type == "RETREAT"]


def test_a_truck_that_hit_a_landmine_is_the_target_of_an_assault():
    found = [e for e in _events("Three soldiers died when their truck hit a landmine near "
                                "the border, the army said.") if e.trigger == "hit"]
    assert found and found[0].type == "ASSAULT"
    assert found[0].target is not None and "truck" in found[0].target.text
    assert found[0].actor is None or "truck" not in found[0].actor.text


def test_troops_that_hit_positions_stay_the_actor_of_a_fight():
    found = [e for e in _events("Government troops hit rebel positions near the town with "
                                "artillery on Monday.") if e.trigger == "hit"]
    assert found and found[0].type == "FIGHT" and found[0].actor is not None
