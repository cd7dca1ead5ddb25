"""Forms met on reporting the rules had not seen (round c342-c351): a clause subject whose verb
the tagger reads as an adjective, and an attempt ("struggling to fight") that tells no act.
Whole-pipeline runs on invented sentences in wire-copy register."""

from __future__ import annotations

from .whole import pipeline_events as _events


def test_clashes_whose_verb_is_tagged_an_adjective_are_an_event():
    # the small model tags "erupt" JJ at the root; its "between" parties still anchor it
    found = [e for e in _events("Clashes erupt between Ethiopian military and Amhara militia "
                                "in Amhara region.") if e.type == "FIGHT"]
    assert found and not any(e.negated or e.hypothetical for e in found)


def test_a_struggle_to_fight_is_no_fight():
    found = [e for e in _events("Iran has been struggling to fight against the Kurdish "
                                "militants for the past 40 years.") if e.type == "FIGHT"]
    # an attempt (hypothetical), and told of forty years (round c472: no event at all)
    assert all(e.hypothetical for e in found)


def test_shelling_that_only_says_where_it_fell_on_civilians_is_an_assault():
    found = [e for e in _events("A civilian was killed and ten injured as government troops "
                                "shelled Donetsk on Thursday evening, the authorities said.")
             if e.type in ("FIGHT", "ASSAULT")]
    assert found and all(e.type == "ASSAULT" for e in found)


def test_shelling_a_town_with_no_victims_named_is_an_assault():
    # round events24d: a populated place struck from afar is where people live (set README);
    # before, a target of unknown kind kept the shelling's FIGHT
    found = [e for e in _events("Russian forces shelled Kharkiv on Monday, the governor said.")
             if e.type in ("FIGHT", "ASSAULT")]
    assert found and all(e.type == "ASSAULT" for e in found)


def test_a_drone_strike_keeps_the_type_its_means_gave():
    # the strike itself (no target but its victim) stays a FIGHT; the car it hit is property
    found = [e for e in _events("On Tuesday, a drone strike hit a car in a nearby village, "
                                "killing a man, the army said.")
             if e.type in ("FIGHT", "ASSAULT") and e.target is None]
    assert found and all(e.type == "FIGHT" for e in found)


def test_bombs_dropped_from_the_air_are_a_strike_typed_by_what_they_hit():
    on_homes = [e for e in _events("A military jet fighter dropped three bombs on a house in "
                                   "the village on Tuesday, a resident said.")
                if e.type in ("FIGHT", "ASSAULT")]
    assert on_homes and all(e.type == "ASSAULT" and e.mode == "airstrike" for e in on_homes)
    assert not any(e.target is not None and "bomb" in e.target.text for e in on_homes)
    on_posts = [e for e in _events("The jet dropped bombs on rebel positions near the town, "
                                   "the army said.") if e.type in ("FIGHT", "ASSAULT")]
    assert on_posts and all(e.type == "FIGHT" for e in on_posts)


def test_leaflets_dropped_are_no_event():
    assert not [e for e in _events("Aircraft dropped leaflets over the town on Monday.")
                if e.type in ("FIGHT", "ASSAULT")]


def test_a_headline_strike_on_a_named_thing_is_an_event():
    found = _events("Death toll rises to 28 from Ukrainian strike on bakery\n\n"
                    "The toll rose on Sunday.")
    assert any(e.type == "ASSAULT" and e.target is not None and "bakery" in e.target.text
               for e in found)


def test_the_sides_of_clashes_that_erupted_between_them():
    found = [e for e in _events("Clashes erupted between the Ethiopian army and Fano "
                                "militiamen near Debre Tabor on Tuesday.") if e.type == "FIGHT"]
    assert found and found[0].actor is not None and "army" in found[0].actor.text
    assert found[0].target is not None and "Fano" in found[0].target.text


def test_what_a_force_took_control_of_is_the_target():
    found = [e for e in _events("Fano militiamen took control of the holy town of Lalibela "
                                "on Friday.") if e.type == "SEIZE"]
    assert found and found[0].target is not None and "town" in found[0].target.text


def test_the_victims_after_a_dateline_the_parser_took_for_the_subject():
    found = [e for e in _events("OUAGADOUGOU – Four soldiers and 10 volunteers with the "
                                "military were killed in northern Burkina Faso in a jihadist "
                                "attack, a security source said Thursday.")
             if e.type in ("FIGHT", "ASSAULT")]
    assert found and all(e.type == "FIGHT" for e in found)
    assert any(e.target is not None and "soldiers" in e.target.text for e in found)
    assert not any(e.target is not None and "OUAGADOUGOU" in e.target.text for e in found)


def test_they_were_attacked_again_is_the_attack_told_before():
    found = [e for e in _events("Gunmen attacked soldiers at a base in Cesar on Thursday, the "
                                "army said. According to reports, the soldiers were resting in "
                                "hammocks when they were attacked.")
             if e.type in ("FIGHT", "ASSAULT")]
    assert len(found) == 1 and found[0].target is not None
    assert "soldiers" in found[0].target.text
