"""Forms met in round c546-c553 (events on conflicts and outlets the set had little of):
arson and fire told with a preposition ("set the car on fire", "an exchange of fire"),
people who fled, a closing "since" on a coordination, a force an existential "there are"
states, habits under "continues to", the vehicles attackers came in, a massacre beside a
fight, and a toll since the page's recent days. Whole-pipeline runs on invented sentences;
each rule has a sentence it must change and one it must leave alone."""

from __future__ import annotations

from .whole import MATERIAL, pipeline_events


def _events(text: str):
    return [e for e in pipeline_events(text) if e.type in MATERIAL]


def _body(*lines: str) -> str:
    """An article: a headline, a body paragraph, then the given lines as paragraphs."""
    return "\n\n".join(["Gunmen attack village in the hills",
                        "Gunmen attacked the village of Karsu on Monday, killing four "
                        "farmers, police said.", *lines])


def _in(events, snippet: str) -> list:
    return [e for e in events if snippet in e.sentence]


def _types(events, snippet: str) -> set[str]:
    return {e.type for e in _in(events, snippet)}


# --- arson and fire told through a preposition ---------------------------------------------------

def test_setting_a_vehicle_on_fire_is_an_assault():
    events = _events(_body("The gunmen then set the lorry on fire and drove off."))
    assert "ASSAULT" in _types(events, "set the lorry on fire")


def test_a_vehicle_set_on_fire_in_the_passive_is_an_assault():
    events = _events(_body("A minibus was set on fire near the market."))
    assert "ASSAULT" in _types(events, "A minibus was set on fire")


def test_setting_a_ministry_on_fire_is_no_assault_on_people():
    events = _events(_body("Rioters set the ministry building on fire on Tuesday."))
    assert "ASSAULT" not in _types(events, "set the ministry building on fire")


def test_an_exchange_of_shots_is_a_fight_with_no_target_fire():
    events = _events(_body("Police later reported an exchange of shots in Dunmore village."))
    fights = [e for e in _in(events, "an exchange of shots") if e.type == "FIGHT"]
    assert fights
    assert all(e.target is None or e.target.text != "shots" for e in fights)


def test_an_exchange_of_prisoners_is_no_fight():
    events = _events(_body("The two sides agreed to an exchange of prisoners next month."))
    assert "FIGHT" not in _types(events, "an exchange of prisoners")


# --- people who fled ---------------------------------------------------------------------------

def test_those_who_fled_are_no_retreat():
    events = _events(_body("A herder told reporters the raid began at dawn, citing accounts "
                           "from those who had fled."))
    assert "RETREAT" not in _types(events, "those who had fled")


def test_the_sole_survivor_who_fled_is_no_retreat():
    events = _events(_body("The sole survivor fled into the forest."))
    assert "RETREAT" not in _types(events, "The sole survivor fled")


def test_people_forced_to_flee_are_no_retreat():
    events = _events(_body("Armed men stormed a second village, killing 12 and forcing "
                           "more than 2,000 to flee."))
    assert "RETREAT" not in _types(events, "forcing more than 2,000 to flee")


def test_people_hurt_while_fleeing_the_attack_are_no_retreat():
    events = _events(_body("Three herders were wounded while fleeing the attack near Dunmore."))
    assert "RETREAT" not in _types(events, "while fleeing the attack")


def test_a_ship_that_escapes_a_missile_is_no_retreat():
    events = _events(_body("A cargo ship escaped a missile in the strait on Friday."))
    assert "RETREAT" not in _types(events, "escaped a missile")


def test_attackers_who_fled_the_scene_still_retreat():
    events = _events(_body("The gunmen fled the scene on motorcycles."))
    assert "RETREAT" in _types(events, "fled the scene")


def test_soldiers_forced_to_flee_still_retreat():
    events = _events(_body("The rebels overran the outpost and forced the soldiers to flee."))
    assert "RETREAT" in _types(events, "forced the soldiers to flee")


def test_attackers_who_fled_still_retreat():
    events = _events(_body("The attackers fled into the forest after the raid."))
    assert "RETREAT" in _types(events, "The attackers fled")


# --- a closing since on a coordination; a since of recent days ---------------------------------

def test_since_on_the_last_conjunct_makes_the_whole_a_campaign():
    events = _events(_body("The insurgents have killed nearly 900 people in the province and "
                           "displaced 400,000 more since the start of 2016."))
    assert "ASSAULT" not in _types(events, "have killed nearly 900 people")


def test_a_coordination_with_no_since_keeps_its_event():
    events = _events(_body("The insurgents killed nine people in the province and burned "
                           "20 homes on Tuesday."))
    assert "ASSAULT" in _types(events, "killed nine people in the province")


def test_a_toll_since_a_weekday_is_the_raid_reported():
    events = _events(_body("Monitors said that since Friday, at least 18 people have been "
                           "killed in Karsu and two nearby hamlets."))
    assert _in(events, "at least 18 people have been killed")


def test_a_toll_since_a_year_stays_a_running_toll():
    events = _events(_body("Monitors said that since 2019, at least 1,800 people have been "
                           "killed in the province."))
    assert not _in(events, "at least 1,800 people have been killed")


# --- a force an existential states; habits under "continues to" --------------------------------

def test_troops_there_are_deployed_is_no_mobilisation():
    events = _events(_body("There are 3,000 foreign troops deployed in the region."))
    assert "MOBILIZE" not in _types(events, "There are 3,000 foreign troops deployed")


def test_troops_deployed_to_a_town_is_a_mobilisation():
    events = _events(_body("The army deployed 300 troops to Karsu on Tuesday."))
    assert "MOBILIZE" in _types(events, "deployed 300 troops to Karsu")


def test_soldiers_deployed_on_a_truck_among_the_dead_is_no_mobilisation():
    events = _events(_body("Among the dead were two soldiers deployed on the bus to guard it, "
                           "a teacher said."))
    assert "MOBILIZE" not in _types(events, "two soldiers deployed on the bus")


def test_reinforcements_sent_in_a_headline_form_still_mobilise():
    events = _events(_body("Reinforcements sent to Karsu after the attack."))
    assert "MOBILIZE" in _types(events, "Reinforcements sent to Karsu")


def test_a_harm_prevented_is_no_coercion():
    events = _events(_body("Quick action by the police prevented further damage in the town."))
    assert "COERCE" not in _types(events, "prevented further damage")


def test_people_prevented_from_marching_are_coerced():
    events = _events(_body("Police prevented the protesters from marching to the palace."))
    assert "COERCE" in _types(events, "prevented the protesters from marching")


def test_continuing_to_carry_out_attacks_is_a_habit():
    events = _events(_body("The movement is in talks with the government but continues to "
                           "carry out attacks."))
    assert not _in(events, "continues to carry out attacks")


def test_vowing_a_particular_attack_is_not_taken_for_a_habit():
    events = _events(_body("On Tuesday the rebels continued to attack the town of Dunmore."))
    assert _in(events, "continued to attack the town")


# --- the vehicles attackers came in, a massacre or arson beside a fight ---------------------

def test_attackers_named_by_their_vehicles_are_the_actor_of_their_class():
    events = _events(_body("Later, three pickups of rebel fighters raided Dunmore, wounding a "
                           "shepherd."))
    raids = [e for e in _in(events, "three pickups of rebel fighters") if e.actor is not None]
    assert raids and all(e.actor.actor_class == "militants" for e in raids)


def test_a_massacre_beside_a_fight_stays_an_assault():
    events = _events(_body("Gang boss Tom Kell took responsibility for the massacre, saying it "
                           "was revenge for villagers staying silent while police killed his "
                           "fighters."))
    massacres = [e for e in _in(events, "took responsibility for the massacre")
                 if e.trigger == "massacre"]
    assert massacres and all(e.type == "ASSAULT" for e in massacres)


def test_stores_set_on_fire_beside_a_fight_stay_an_assault():
    events = _events(_body("Two policemen returning fire were wounded, and a number of shops "
                           "were set on fire."))
    assert "ASSAULT" in _types(events, "a number of shops were set on fire")


def test_houses_pillaged_then_set_on_fire_are_assaulted():
    events = _events(_body("They looted the huts then set them on fire, a witness said."))
    # the looting and the arson of the huts are one ASSAULT since round precision19 (retold.py)
    arson = [e for e in _in(events, "then set them on fire")
             if e.trigger.startswith(("set", "looted"))]
    assert arson and all(e.type == "ASSAULT" for e in arson)


def test_an_army_vehicle_is_no_army():
    events = _events(_body("Two soldiers died when their army vehicle hit a landmine near "
                           "Dunmore."))
    assert "ASSAULT" in _types(events, "their army vehicle hit a landmine")


def test_a_potential_kidnapping_is_hypothetical():
    events = _events(_body("Officers were sent after a call about a potential kidnapping on "
                           "the road to Dunmore."))
    assert not [e for e in _in(events, "a potential kidnapping")
                if e.type == "ASSAULT" and not e.hypothetical]


def test_a_kidnapping_on_the_road_is_an_event():
    events = _events(_body("Officers were sent after a kidnapping on the road to Dunmore."))
    assert [e for e in _in(events, "after a kidnapping on the road") if e.type == "ASSAULT"]


def test_people_butchered_are_counted_killed():
    events = _events(_body("On Saturday the gunmen stopped a bus and butchered the six "
                           "passengers inside it."))
    figures = [f for e in _in(events, "butchered the six passengers") for f in e.figures]
    assert any(f.category == "killed" and f.value == 6 for f in figures)


def test_people_abducted_while_wounding_another_are_counted_captured():
    events = _events(_body("Militants raided Dunmore, wounding a farmer and abducting two "
                           "others."))
    figures = [f for e in _in(events, "abducting two others") for f in e.figures]
    assert any(f.category == "captured" and f.value == 2 for f in figures)
