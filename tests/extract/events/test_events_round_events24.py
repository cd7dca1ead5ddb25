"""Round events24 (fresh events on Somaliland, Enga, Kurram, Sweida, the Hermel border, the
Hill Tracts, Sulu, the Sahara buffer zone, the VRAE and Maguindanao): arson told beside a
fight stays arson, fights written with a hyphen or as fire traded, calls and appeals for an
act, an evacuation of people, a bomb made safe. Whole-pipeline runs on invented sentences."""

from __future__ import annotations

from .whole import done_events, pipeline_events


def _types(text: str) -> list[str]:
    return [e.type for e in done_events(text)]


def test_houses_burned_down_beside_a_fight_are_arson():
    found = done_events("Four people died in fighting near Kora on Friday, with clan gunmen "
                        "burning down dozens of houses, the district officer said.")
    assert any(e.type == "ASSAULT" and e.target is not None and "houses" in e.target.text
               for e in found)


def test_a_hut_torched_while_the_fighting_raged_is_arson():
    found = done_events("While the fighting raged, the rebels torched a hut near the river, "
                        "the commander said.")
    assert "ASSAULT" in [e.type for e in found if "torch" in (e.trigger or "")]


def test_trucks_burned_in_a_convoy_are_arson():
    assert "ASSAULT" in _types("The union leader said 12 trucks in the convoy were burned on "
                               "the highway.")


def test_a_hyphenated_shoot_out_is_a_fight():
    assert "FIGHT" in _types("Three men died in a shoot-out at a bar in Wapu on Sunday, police "
                             "said.")


def test_people_killed_in_gunfire_exchanges_died_in_a_fight():
    types = _types("In March, four people were killed in gunfire exchanges between two clans "
                   "in the valley.")
    assert "FIGHT" in types and "ASSAULT" not in types


def test_a_call_to_withdraw_is_no_withdrawal():
    found = [e for e in pipeline_events("The federal cabinet calls on the regional government "
                                        "to withdraw its troops from the city.")
             if e.type == "RETREAT"]
    assert found and all(e.hypothetical for e in found)


def test_an_appeal_to_surrender_suspects_is_no_surrender():
    assert "RETREAT" not in _types("Police were appealing to village elders to surrender the "
                                   "suspects, a local radio station said.")


def test_an_evacuation_of_residents_is_no_withdrawal():
    assert "RETREAT" not in _types("The shelling prompted the evacuation of residents from "
                                   "three hamlets on Tuesday.")


def test_an_evacuation_of_fighters_stays_a_withdrawal():
    assert "RETREAT" in _types("The evacuation of the fighters from the town began on Monday.")


def test_a_bomb_made_safe_is_no_disarmament():
    assert "RETREAT" not in _types("Army engineers disarmed two roadside bombs near the bridge "
                                   "on Wednesday.")


def test_a_force_that_left_a_town_withdrew():
    found = [e for e in done_events("On Friday the army left the town of Gure and set up a camp "
                                    "near the river.") if e.type == "RETREAT"]
    assert found and found[0].actor is not None and "army" in found[0].actor.text


def test_leaving_that_is_no_forces_withdrawal():
    for text in ("The blast left five people dead and ten wounded.",
                 "Residents left their homes after the attack.",
                 "The minister left for the capital on Monday.",
                 "A mine was left by the militants near the road."):
        assert "RETREAT" not in _types(text), text


def test_an_act_after_the_aim_of_is_only_meant():
    found = pipeline_events("The band crossed the river in June with the aim of launching "
                            "attacks on police stations, the prosecutor said.")
    attacks = [e for e in found if e.type in ("ASSAULT", "FIGHT")]
    assert attacks and all(e.hypothetical for e in attacks)


def test_an_attack_done_with_an_aim_stays_done():
    found = done_events("The rebels attacked the town with the aim of capturing its airport.")
    assert "SEIZE" not in [e.type for e in found]
    assert any(e.type in ("ASSAULT", "FIGHT") for e in found)


def test_troops_that_encountered_a_groups_members_fought():
    assert "FIGHT" in _types("Marines encountered about 40 members of the armed group near "
                             "Talipao on Tuesday, the brigade said.")


def test_a_shootout_that_followed_happened():
    assert "FIGHT" in _types("Gunmen blocked the road near the bridge. A shootout followed that "
                             "lasted two hours, police said.")


def test_police_officers_kidnapped_are_assaulted():
    types = _types("At least three police officers were kidnapped by gunmen on the coast road "
                   "on Sunday.")
    assert "ASSAULT" in types and "FIGHT" not in types


def test_an_uprising_or_unrest_told_as_a_state_is_no_protest():
    for text in ("Unrest in the province began in 2015, when rebels hijacked a farmers' "
                 "uprising.",
                 "The front is one of several groups still waging a separatist uprising in the "
                 "hills."):
        assert "PROTEST" not in _types(text), text


def test_a_rally_stays_a_protest():
    assert "PROTEST" in _types("Thousands of students rallied in the capital on Sunday against "
                               "the new curfew.")
