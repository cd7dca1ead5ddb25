"""Round events23: strikes typed by the kind of what they struck (a named armed party's post,
an armed post the victims were at), one FIGHT/ASSAULT pair from the pack. Whole-pipeline runs
on invented sentences."""

from __future__ import annotations

from fogofwar.extract.events.pack import event_rules

from .whole import done_events


def _types(text: str) -> list[str]:
    return [e.type for e in done_events(text) if e.type in event_rules().violent_types]


def test_the_violent_pair_is_the_packs():
    assert event_rules().violent_types == frozenset({"ASSAULT", "FIGHT"})


def test_a_named_armed_partys_camp_is_a_post_fought_over():
    assert _types("The Turkish air force bombed a PKK camp in Qandil last week, the agency "
                  "reported.") == ["FIGHT"]
    assert _types("The coalition said its airstrikes targeted a Houthi weapons depot.") == [
        "FIGHT"]


def test_a_place_a_party_holds_or_a_civilian_building_it_runs_is_no_post():
    assert _types("Israeli jets struck a Hamas-run hospital in the north.") == ["ASSAULT"]
    assert _types("The death toll rose to 20 in a US strike on a Houthi-controlled fuel "
                  "port.") == ["ASSAULT"]


def test_people_killed_in_an_army_camp_were_its_men():
    # the "in" hangs from the victims, not the verb
    assert _types("Militants kill 6 people in army camp in Mandera") == ["FIGHT"]
    assert _types("Gunmen killed four people in a market in Mopti on Monday.") == ["ASSAULT"]


def test_an_attack_launched_against_an_outpost_struck_the_outpost():
    assert _types("At least seven people were killed during an attack launched by rebels "
                  "against a militia outpost in the north, the army said.") == ["FIGHT"]
    assert _types("Five people were killed in an attack by gunmen on a hospital in the "
                  "town.") == ["ASSAULT"]


def test_a_headlines_act_keeps_the_on_phrase_its_verb_took():
    # the parse hangs "on ... convoy" from "die": it is still what the ambush struck
    evs = [e for e in done_events("Eight die in ambush on Niger army convoy")
           if e.type in event_rules().violent_types]
    assert [e.type for e in evs] == ["FIGHT"]
    assert evs[0].target is not None and "convoy" in evs[0].target.text


def test_a_denied_clause_is_no_event_but_a_denied_part_is():
    assert not done_events("The spokesman denied the commander was abducted.")
    # only who did it is denied: the attack on the market happened
    assert _types("The group denied it was behind the attack on the market, which killed "
                  "nine.")


def test_killing_captives_is_an_assault_whoever_held_them():
    # hostages of an army are captives, not the army; soldiers taken captive are unarmed
    assert _types("Rebels say they killed 40 army hostages after talks failed.") == ["ASSAULT"]
    assert "ASSAULT" in _types("The rebels executed six soldiers captured in the raid, the "
                               "group said.")
    assert _types("Gunmen killed three soldiers at a checkpoint on Monday.") == ["FIGHT"]


def test_civilians_shot_beside_a_clash_are_assaulted_but_not_those_fallen_in_it():
    assert _types("The clash broke out after border guards shot at a boy who was herding "
                  "goats.") == ["ASSAULT"]
    assert _types("Police killed four villagers in a gunbattle in the hills on Friday.") == [
        "FIGHT"]


def test_people_told_as_suspected_fighters_are_fought():
    assert _types("Police killed nine men suspected of belonging to a rebel cell in the "
                  "north.") == ["FIGHT"]
    assert _types("Police killed nine men in the north.") == ["ASSAULT"]


def test_a_mode_word_inside_a_longer_mode_phrase_is_not_the_mode():
    # "grenades" of "rocket-propelled grenades" is no thrown bomb
    evs = [e for e in done_events("At least nine soldiers were killed when gunmen with "
                                  "rocket-propelled grenades attacked two checkpoints in the "
                                  "hills.") if e.type in event_rules().violent_types]
    assert evs and all(e.mode == "rpg" and e.type == "FIGHT" for e in evs)
    assert _types("A man threw a grenade into a crowded market, killing four.") == ["ASSAULT"]


def test_a_block_of_flats_is_civilian_property():
    evs = [e for e in done_events("Two missiles fired by bombers struck a block of flats near "
                                  "the port overnight.") if e.trigger == "struck"]
    assert [e.type for e in evs] == ["ASSAULT"]
