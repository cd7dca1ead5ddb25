"""Forms met in round c578-c585 (false events on unseen reporting): captives released and
papers released read as withdrawals, people evacuated named by a reduced passive, a relative
or a participle, acts only agreed to or asked for, a force the simple present passive says is
deployed, and campaigns told as thousands of attacks. Whole-pipeline runs on invented
sentences; each rule has a sentence it must change and one it must leave alone."""

from __future__ import annotations

from .whole import done_events as _events
from .whole import pipeline_events
from .whole import raid_article as _body


def _types(events, snippet: str) -> set[str]:
    return {e.type for e in events if snippet in e.sentence}


# --- releases: captives let go, papers made public ----------------------------------------------

def test_hostages_released_by_their_captors_are_no_withdrawal():
    events = _events(_body("The kidnappers released 14 hostages on Thursday, a week after "
                           "they seized them."))
    assert "RETREAT" not in _types(events, "released 14 hostages")


def test_captives_freed_in_the_passive_are_no_withdrawal():
    events = _events(_body("Nine abducted traders were freed late on Saturday."))
    assert "RETREAT" not in _types(events, "Nine abducted traders were freed")


def test_a_communique_released_by_the_army_is_no_withdrawal():
    events = _events(_body("The communiqué released by the army gave no toll for the raid."))
    assert "RETREAT" not in _types(events, "The communiqué released by the army")


def test_a_release_only_promised_is_an_agreement():
    found = pipeline_events("The rebels said they will release the 12 hostages on Friday.")
    assert "AGREE" in {e.type for e in found if "will release" in e.sentence}


def test_a_force_that_withdrew_stays_a_withdrawal():
    events = _events(_body("The militants withdrew from the post after two hours."))
    assert "RETREAT" in _types(events, "The militants withdrew from the post")


# --- people evacuated ---------------------------------------------------------------------------

def test_people_evacuated_in_a_reduced_passive_are_no_withdrawal():
    events = _events(_body("Some 4,000 people evacuated after the raid, officials said."))
    assert "RETREAT" not in _types(events, "Some 4,000 people evacuated")


def test_a_girl_who_was_evacuated_is_no_withdrawal():
    events = _events(_body("A young girl who was evacuated by boat later died."))
    assert "RETREAT" not in _types(events, "who was evacuated by boat")


def test_troops_who_evacuated_their_base_withdrew():
    events = _events(_body("Government troops evacuated their base near Dorvel on Tuesday."))
    assert "RETREAT" in _types(events, "evacuated their base")


# --- acts agreed to or asked for ---------------------------------------------------------------

def test_an_agreement_to_disarm_is_no_withdrawal_yet():
    events = _events(_body("The rebel leaders agreed to disarm their fighters within a month."))
    assert "RETREAT" not in _types(events, "agreed to disarm")


def test_gunmen_urged_to_surrender_have_not_surrendered():
    events = _events(_body("The governor urged the gunmen in the hills to surrender."))
    assert "RETREAT" not in _types(events, "urged the gunmen")


def test_fighters_who_surrendered_withdrew():
    events = _events(_body("Twelve fighters surrendered to the army near Dorvel on Friday."))
    assert "RETREAT" in _types(events, "Twelve fighters surrendered")


# --- a force the simple present passive places --------------------------------------------------

def test_troops_that_are_deployed_in_a_region_stand_there():
    events = _events(_body("Army units are deployed in the north of the province to contain "
                           "the insurgents."))
    assert "MOBILIZE" not in _types(events, "Army units are deployed")


def test_troops_being_deployed_are_sent():
    events = _events(_body("More troops are being deployed to the border after the raid."))
    assert "MOBILIZE" in _types(events, "More troops are being deployed")


def test_troops_that_were_deployed_were_sent():
    events = _events(_body("Extra police were deployed in Dorvel on Tuesday."))
    assert "MOBILIZE" in _types(events, "Extra police were deployed")


# --- campaigns counted in thousands of attacks ------------------------------------------------

def test_thousands_of_attacks_over_years_are_a_campaign():
    events = _events(_body("In four years, the region has suffered more than 4,100 militant "
                           "attacks claiming some 9,000 lives, the minister said."))
    assert not _types(events, "more than 4,100 militant attacks")


def test_two_attacks_that_killed_many_are_events():
    events = _events(_body("Two attacks on the market in Dorvel killed 40 people on Sunday."))
    assert "ASSAULT" in _types(events, "Two attacks on the market")


# --- a bare toll after the attack it counts -----------------------------------------------------

def test_a_bare_toll_repeating_the_attack_is_no_new_event():
    events = _events(_body("Three guards were killed, a local official said."))
    assert not _types(events, "Three guards were killed, a local")


def test_a_bare_toll_with_a_new_count_is_kept():
    events = _events(_body("Two more guards were killed and five were wounded."))
    assert _types(events, "Two more guards were killed")


def test_a_looting_told_in_the_passive_is_its_own_act():
    events = _events(_body("Most of the shops in Dorvel were looted."))
    assert "ASSAULT" in _types(events, "were looted")


# --- campaigns and wars recalled -----------------------------------------------------------------

def test_attacks_suffered_since_a_year_are_a_campaign():
    events = _events(_body("Since 2016, the districts of Kolo and Barma have been subjected "
                           "to armed attacks attributed to jihadist groups."))
    assert not _types(events, "subjected to armed attacks")


def test_a_civil_war_that_killed_hundreds_of_thousands_is_no_event():
    events = _events(_body("The president has ruled since a 2005 peace deal ended a civil war "
                           "between the two factions, which killed hundreds of thousands of "
                           "people."))
    assert not _types(events, "which killed hundreds of thousands")


def test_a_conflict_that_killed_four_is_one_clash():
    events = _events(_body("Two guards died in a conflict with smugglers, which killed four "
                           "people near Dorvel on Sunday."))
    assert _types(events, "which killed four")


# --- who a passive ambush struck, named by a relative or a pronoun --------------------------------

def test_a_unit_who_were_ambushed_is_the_target_and_the_ambush_a_fight():
    events = _events(_body("The guards were part of a 30-member army unit who were ambushed "
                           "by gunmen near Dorvel on Sunday."))
    found = [e for e in events if "who were ambushed" in e.sentence and e.type == "FIGHT"]
    assert found and found[0].target is not None and "unit" in found[0].target.text


def test_they_who_were_ambushed_are_the_target():
    events = _events(_body("Two army trucks were crossing the bridge when they were ambushed "
                           "by gunmen."))
    found = [e for e in events if "they were ambushed" in e.sentence]
    assert found and found[0].target is not None


# --- people ordered to leave ---------------------------------------------------------------------

def test_people_ordered_to_leave_a_village_are_expelled():
    events = _events(_body("The gunmen executed the men and the women were ordered to leave "
                           "the village."))
    assert "COERCE" in _types(events, "ordered to leave")


def test_a_minister_ordered_to_appear_in_court_is_no_expulsion():
    events = pipeline_events("A judge ordered the former minister to appear in court on Monday.")
    assert "COERCE" not in {e.type for e in events}
