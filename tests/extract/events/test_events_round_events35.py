"""Round events35: a deadly crackdown is an assault; arson on buildings and carriages people use."""

from __future__ import annotations

from .whole import done_events


def _types(text: str) -> list[str]:
    return [e.type for e in done_events(text)]


def _of(text: str, trigger: str) -> list[str]:
    return [e.type for e in done_events(text) if e.trigger.lower() == trigger]


# --- a crackdown people died or were hurt in -------------------------------------------------

def test_a_crackdown_people_died_in_is_an_assault():
    assert _of("Forty people have died in a wave of unrest and a government crackdown in "
               "Vessel, exiles said.", "crackdown") == ["ASSAULT"]


def test_a_headline_toll_dead_in_a_crackdown_is_an_assault():
    assert _of("12 confirmed dead in Vessel crackdown", "crackdown") == ["ASSAULT"]


def test_a_crackdown_that_left_people_dead_is_an_assault():
    assert _of("The army's crackdown on a march in Vessel left more than 30 people dead, a "
               "rights group said.", "crackdown") == ["ASSAULT"]


def test_a_killing_in_a_crackdown_is_an_assault():
    assert _of("Guards kill 30 in protest crackdown", "kill") == ["ASSAULT"]


def test_a_wounding_in_a_crackdown_is_an_assault():
    assert "ASSAULT" in _of("Dozens of people were injured in a military crackdown on "
                            "marchers in Vessel on Monday.", "injured")


def test_a_crackdown_with_no_toll_stays_coercion():
    assert _of("The army launched a crackdown on the province after the raid.",
               "crackdown") == ["COERCE"]


def test_militants_killed_beside_a_crackdown_stay_a_fight():
    assert _of("The army launched a crackdown on rebels in the hills, killing 20 militants, "
               "officials said.", "killing") == ["FIGHT"]


# --- arson on buildings and carriages ---------------------------------------------------------

def test_a_station_set_on_fire_is_an_assault():
    assert _types("A police station was set on fire, witnesses said.") == ["ASSAULT"]


def test_a_train_set_on_fire_is_an_assault():
    assert _types("Rioters set the train on fire near Vessel.") == ["ASSAULT"]


def test_what_buildings_set_on_fire_included_is_read():
    assert _types("A number of buildings including local offices and a hotel were set on "
                  "fire in Vessel.") == ["ASSAULT"]


def test_every_item_of_a_list_set_on_fire_is_read():
    # the parser hangs "a hotel" on the town hall as an apposition, the house as its conjunct
    assert _types("Rioters set fire to the town hall, a hotel and the house of the "
                  "mayor.") == ["ASSAULT"]


def test_offices_alone_set_on_fire_stay_coercion():
    assert _types("Settlers set fire to the offices of the land registry in Vessel "
                  "overnight.") == ["COERCE"]


# --- a protest lodged with an envoy ----------------------------------------------------------

def test_a_protest_lodged_with_an_envoy_is_no_street_protest():
    types = [e.type for e in done_events("The foreign office lodged a strong protest with the "
                                         "envoy over the killing of two guards.")]
    assert "PROTEST" not in types and "FIGHT" in types


def test_a_protest_staged_stays_a_protest():
    assert "PROTEST" in _types("Students staged a protest outside parliament in Vessel on "
                               "Monday.")
