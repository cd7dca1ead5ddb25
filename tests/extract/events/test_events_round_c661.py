"""Forms met in round events18 (c661-c668: events with their arguments on the Naxalite belt,
Amhara, Ecuador, the Makran coast, Intan Jaya, Kidal and Culiacán): a subject that "came
under fire", whose "from" phrase names who fired. Whole-pipeline runs on invented sentences;
each rule has a sentence it must change and one it must leave alone."""

from __future__ import annotations

from .whole import done_events as _events
from .whole import raid_article as _body


def _found(events, snippet: str):
    return [e for e in events if snippet in e.sentence]


def _types(events, snippet: str) -> set[str]:
    return {e.type for e in _found(events, snippet)}


# --- came under fire ----------------------------------------------------------------------------

def test_a_patrol_that_came_under_fire_was_in_a_fight():
    events = _events("The patrol came under fire late on Tuesday near Dorvel, officials said.")
    found = [e for e in _found(events, "came under fire") if e.type == "FIGHT"]
    assert found and found[0].target is not None and found[0].target.text.endswith("patrol")


def test_who_fired_is_the_from_phrase():
    events = _events("The cordoning troops came under heavy fire from the holed militants "
                     "near Dorvel.")
    found = [e for e in _found(events, "came under heavy fire") if e.type == "FIGHT"]
    assert found and found[0].actor is not None and "militants" in found[0].actor.text
    assert found[0].target is not None and "troops" in found[0].target.text


def test_a_fire_that_no_one_came_under_is_no_fight():
    events = _events(_body("A fire broke out in a warehouse near the market on Sunday."))
    assert not _types(events, "A fire broke out")


# --- a fight that ensued, erupted or broke out --------------------------------------------------

def test_an_exchange_of_fire_that_ensued_happened():
    events = _events("Government troops met the militia on the road near Dorvel and an "
                     "exchange of fire ensued.")
    assert "FIGHT" in _types(events, "an exchange of fire ensued")


def test_clashes_that_broke_out_happened():
    events = _events("Clashes broke out on Monday.")
    assert "FIGHT" in _types(events, "Clashes broke out")


def test_no_fighting_occurred_is_no_fight():
    events = _events("No fighting occurred when the soldiers were handed over, an officer said.")
    assert "FIGHT" not in _types(events, "No fighting occurred")


def test_the_strikes_that_occurred_are_ones_named_before():
    events = _events("Children were among those gathered in the area where the air strikes "
                     "occurred.")
    assert not _types(events, "where the air strikes occurred")


# --- a force encountered, grenades dropped ------------------------------------------------------

def test_troops_that_encountered_a_militia_fought_it():
    events = _events("A unit of government troops encountered the militia on the road near "
                     "Dorvel on Monday.")
    found = [e for e in _found(events, "encountered the militia") if e.type == "FIGHT"]
    assert found and found[0].target is not None and "militia" in found[0].target.text


def test_resistance_encountered_is_no_fight():
    events = _events("The patrol encountered long delays near Dorvel on Monday.")
    assert "FIGHT" not in _types(events, "encountered long delays")


def test_grenades_dropped_from_drones_are_a_strike():
    events = _events("Witnesses said security forces dropped mortar grenades from drones on "
                     "rebel positions near Dorvel.")
    assert _types(events, "dropped mortar grenades") & {"FIGHT", "ASSAULT"}


def test_leaflets_dropped_are_no_strike():
    events = _events("Witnesses said army helicopters dropped leaflets over Dorvel on Monday.")
    assert not _types(events, "dropped leaflets") & {"FIGHT", "ASSAULT"}


# --- arson on what a pronoun stands for, kept one-sided -----------------------------------------

def test_houses_searched_and_some_of_them_set_on_fire_is_arson():
    events = _events("Soldiers searched the villagers' houses and set some of them on fire in "
                     "their hunt for the rebels.")
    assert "ASSAULT" in _types(events, "set some of them on fire")


def test_offices_searched_and_some_of_them_set_on_fire_is_no_assault():
    events = _events("Soldiers searched the party offices and set some of them on fire.")
    assert "ASSAULT" not in _types(events, "set some of them on fire")


def test_a_massacre_stays_one_sided_whoever_is_named():
    events = _events("Soldiers massacred villagers suspected of hiding rebels near Dorvel.")
    assert "ASSAULT" in _types(events, "massacred villagers")


# --- a confrontation ----------------------------------------------------------------------------

def test_a_confrontation_between_two_sides_is_a_fight():
    events = _events("Residents were woken by blasts from a confrontation between gunmen and "
                     "the National Guard near Dorvel on Sunday.")
    assert "FIGHT" in _types(events, "a confrontation between gunmen")


def test_no_confrontation_is_no_fight():
    events = _events("Residents said there was no confrontation because the soldiers came at "
                     "night.")
    assert "FIGHT" not in _types(events, "no confrontation")


# --- road tankers are property ------------------------------------------------------------------

def test_fire_opened_on_tankers_is_an_assault():
    events = _events("Gunmen opened fire on three tankers on the coastal highway near Dorvel.")
    assert "ASSAULT" in _types(events, "opened fire on three tankers")


def test_fire_opened_on_soldiers_stays_a_fight():
    events = _events("Gunmen opened fire on three soldiers on the coastal highway near Dorvel.")
    assert "FIGHT" in _types(events, "opened fire on three soldiers")
