"""Forms met in round c512-c519 (false events and their general causes): campaigns of counted
years or since a year, running tolls, acts inside a question nobody answered, an office's remit,
"hacked to death", a war that began. Whole-pipeline runs on invented sentences; each rule has a
sentence it must change and one it must leave alone."""

from __future__ import annotations

from .whole import MATERIAL, pipeline_events


def _events(text: str):
    return [e for e in pipeline_events(text) if e.type in MATERIAL]


def _body(*lines: str) -> str:
    """An article: a headline, a body paragraph, then the given lines as paragraphs."""
    return "\n\n".join(["Rebels attack army post in the north",
                        "Rebels attacked an army post near Karsu on Monday, killing two "
                        "soldiers, the army said.", *lines])


def _in(events, snippet: str) -> list:
    return [e for e in events if snippet in e.sentence]


# --- campaigns of counted years, since a year ---------------------------------------------------

def test_fighting_for_counted_years_is_a_campaign():
    events = _events(_body("The Nortland Liberation Front has been fighting the government "
                           "for 22 years."))
    assert not _in(events, "Liberation Front has been fighting")


def test_fought_for_counted_decades_is_a_campaign():
    events = _events(_body("The rebels have fought for three decades to win independence."))
    assert not _in(events, "have fought for three decades")


def test_shelling_for_several_months_is_a_campaign():
    events = _events(_body("For several months now, the invaders have been shelling Karsu, "
                           "killing its residents."))
    assert not _in(events, "have been shelling")


def test_held_for_counted_weeks_is_one_act():
    # the act told beside the stretch is a withdrawal: a release ("before a raid freed them",
    # as this test first had it) is no RETREAT since round c578-c585
    events = _events(_body("The gunmen held the soldiers for three weeks before they "
                           "withdrew."))
    assert _in(events, "held the soldiers")


def test_attacks_since_a_year_are_a_campaign():
    events = _events(_body("The rebels have been attacking army posts in the south since "
                           "2009."))
    assert not _in(events, "attacking army posts")


def test_fighting_since_a_month_is_left_alone():
    events = _events(_body("Troops have been fighting the rebels in Karsu since April."))
    assert _in(events, "fighting the rebels")


def test_occupation_since_a_year_is_left_alone():
    # a seizure held since a year is one long act, and no violent type: kept
    events = _events(_body("The militia has occupied the Karsu valley since 2012."))
    assert [e for e in _in(events, "occupied the Karsu valley") if e.type == "SEIZE"]


def test_a_running_toll_since_the_start_is_no_event():
    events = _events(_body("The deaths brought to nine the number of peacekeepers killed "
                           "since the start of the offensive."))
    assert not [e for e in _in(events, "peacekeepers killed") if e.type in ("FIGHT", "ASSAULT")]


def test_people_killed_in_strikes_since_a_year_are_a_toll():
    events = _events(_body("The toll of 1,400 civilians killed by the militia since 2010 "
                           "was published on Monday."))
    assert not _in(events, "civilians killed by the militia")


# --- a question nobody answered -------------------------------------------------------------------

def test_no_confirmation_of_how_many_were_killed_is_no_event():
    events = _events(_body("There was no independent confirmation of how many people were "
                           "killed in the raid."))
    assert not _in(events, "no independent confirmation")


def test_a_confirmed_toll_keeps_its_event():
    events = _events(_body("Hospital staff gave independent confirmation that 12 people were "
                           "killed when gunmen raided the market."))
    assert _in(events, "gunmen raided the market")


# --- running tolls of thousands in the present perfect ----------------------------------------

def test_thousands_killed_in_the_perfect_are_a_running_toll():
    events = _events(_body("More than 4,000 people have been killed and at least 250,000 "
                           "have fled their homes."))
    assert not _in(events, "have fled their homes")


def test_an_offensive_that_has_killed_thousands_is_a_toll():
    events = _events(_body("The army's offensive in the valley has killed thousands of "
                           "civilians, relief groups say."))
    assert not _in(events, "has killed thousands")


def test_a_small_toll_in_the_perfect_keeps_its_event():
    events = _events(_body("Two more soldiers have been killed in an ambush near Karsu."))
    assert _in(events, "Two more soldiers")


def test_a_massacre_of_thousands_told_in_the_past_keeps_its_event():
    events = _events(_body("Militiamen stormed the town of Ostra in 2019, killing some 1,300 "
                           "people."))
    assert _in(events, "stormed the town of Ostra")


def test_fighting_since_a_clause_with_a_year_is_a_campaign():
    events = _events(_body("The rebels have been fighting the government since it took power "
                           "in 1994."))
    assert not _in(events, "have been fighting the government")


# --- an office's remit ------------------------------------------------------------------------

def test_the_head_of_operations_names_no_operation():
    events = _events("Maoists ambushed a police patrol on Monday. Arjun Mehta, the head of "
                     "anti-Maoist operations in Chhattisgarh, said the patrol had lost four men.")
    assert not _in(events, "anti-Maoist operations")
    assert _in(events, "ambushed a police patrol")


def test_a_spokesperson_for_military_operations_names_no_operation():
    events = _events("Rebels attacked an army post near Bunia on Monday. According to "
                     "Lieutenant Paul Mbeki, spokesperson for military operations in Ituri, the "
                     "post was retaken.")
    assert not [e for e in _in(events, "military operations in Ituri") if e.type == "FIGHT"]


def test_the_commander_of_one_operation_keeps_its_event():
    events = _events(_body("Troops launched an operation near Karsu on Tuesday, and the "
                           "commander of the operation said six rebels were killed."))
    assert _in(events, "launched an operation")


# --- hacked to death, hacked off ---------------------------------------------------------------

def test_people_hacked_to_death_are_an_assault():
    events = _events(_body("Raiders hacked four farmers to death near Karsu on Sunday."))
    assert [e for e in _in(events, "hacked four farmers") if e.type == "ASSAULT"]


def test_ears_hacked_off_are_an_assault():
    events = _events(_body("Eleven traders had their hands hacked off by the raiders last "
                           "week."))
    assert [e for e in _in(events, "hands hacked off") if e.type == "ASSAULT"]


# --- a war as the subject of its start ----------------------------------------------------------

def test_a_war_that_began_is_no_event_but_its_opening_act_is():
    events = _events(_body("The war in the north began with a rebel raid on a border post "
                           "near Karsu."))
    told = _in(events, "The war in the north began")
    assert told and not [e for e in told if e.trigger.lower() == "war"]


def test_an_invasion_launched_is_still_an_event():
    events = _events(_body("The army launched an invasion of the island of Ostra on Monday."))
    assert [e for e in _in(events, "launched an invasion") if e.trigger.lower() == "invasion"]
