"""Forms met in round events20 (c737-c744: events with their arguments on Plateau, Togo,
Benin, the anglophone regions of Cameroon, Manipur, Kachin, Abu Shouk and Ituri): whom an act
a noun names left dead or wounded or took the lives of, a toll whose own subject names no one
joined to one that does, and the second side of a clash the parse hung inside the first.
Whole-pipeline runs on invented sentences; each rule has a sentence it must change and one
it must leave alone."""

from __future__ import annotations

from .whole import done_events as _events


def _targets(events, snippet: str, kind: str) -> list[str]:
    return [e.target.text if e.target is not None else "" for e in events
            if snippet in e.sentence and e.type == kind]


# --- whom an act left dead or wounded, or whose lives it took -----------------------------------

def test_the_soldiers_an_assault_left_wounded_were_struck():
    events = _events("Gunmen raided a border post near Dorvel on Monday. That assault left two "
                     "soldiers wounded, the army said.")
    assert any("soldiers" in t for t in _targets(events, "That assault left", "FIGHT"))


def test_the_soldiers_whose_lives_an_ambush_claimed_were_struck():
    events = _events("The ambush near Dorvel claimed the lives of four soldiers on Sunday.")
    assert any("soldiers" in t for t in _targets(events, "claimed the lives", "FIGHT"))


def test_a_road_an_attack_left_closed_is_no_target():
    events = _events("Gunmen attacked the market in Dorvel, an attack that left the road "
                     "closed for hours.")
    assert not any("road" in t for e in ("ASSAULT", "FIGHT")
                   for t in _targets(events, "an attack that left", e))


# --- a toll whose own subject names no one ------------------------------------------------------

def test_eight_more_injured_are_the_five_soldiers_side():
    events = _events("An army convoy was ambushed near Dorvel on Monday. Five soldiers died and "
                     "at least eight more were injured, a source said.")
    assert any("soldiers" in t for t in _targets(events, "Five soldiers died", "FIGHT"))


def test_a_passive_joined_to_a_storage_is_not_read_as_a_toll():
    events = _events("Rockets were stored in the hangar near Dorvel, and the hangar was "
                     "struck by a drone on Friday.")
    assert not any("Rockets" in t for e in ("ASSAULT", "FIGHT")
                   for t in _targets(events, "the hangar was", e))


# --- the second side of a clash ------------------------------------------------------------------

def test_the_second_side_hung_on_the_first_sides_of_phrase():
    events = _events("Clashes erupted between troops of the rebel brigade and army troops near "
                     "Dorvel on Monday.")
    assert any("army troops" in t for t in _targets(events, "Clashes erupted", "FIGHT"))


def test_the_second_side_named_plainly_is_kept():
    events = _events("Clashes erupted between the army and the rebels near Dorvel on Monday.")
    assert any("rebels" in t for t in _targets(events, "Clashes erupted", "FIGHT"))


# --- a dated act whose "since" belongs to a superlative ----------------------------------------

def test_a_dated_killing_is_no_running_toll():
    events = _events("Suspected Islamists in northern Dorvel killed 16 people on Tuesday in their "
                     "deadliest attack since launching an insurgency in 2017, sources said.")
    assert any(e.type == "ASSAULT" for e in events if "killed 16 people" in e.sentence)


def test_a_toll_since_a_month_stays_a_running_toll():
    events = _events("Militants killed 200 people since July, officials said on Tuesday.")
    assert not any(e.type in ("ASSAULT", "FIGHT") for e in events
                   if "killed 200 people" in e.sentence)


# --- hostilities between two sides --------------------------------------------------------------

def test_people_killed_as_hostilities_erupted_fell_in_a_fight():
    events = _events("At least 11 people were killed in Dorvel last week as hostilities between "
                     "the two communities erupted again.")
    kinds = {e.type for e in events if "At least 11 people" in e.sentence}
    assert "FIGHT" in kinds and "ASSAULT" not in kinds


def test_people_killed_by_gunmen_with_no_fight_named_were_assaulted():
    events = _events("At least 11 villagers were killed in Dorvel last week when gunmen "
                     "stormed the market.")
    assert "ASSAULT" in {e.type for e in events if "At least 11 villagers" in e.sentence}
