"""Round events24d: a strike from afar on a populated place is an assault on where people live."""

from __future__ import annotations

from .whole import done_events


def _types(text: str) -> list[str]:
    return [e.type for e in done_events(text)]


def test_shelling_a_city_is_an_assault():
    assert _types("Russian forces shelled Kharkiv on Monday.") == ["ASSAULT"]


def test_an_air_attack_on_a_town_is_an_assault():
    assert _types("Israeli jets also launched an attack on Khan Younis at dawn.") == ["ASSAULT"]


def test_a_later_repeat_of_the_town_name_is_still_the_town():
    types = _types("Heavy fighting went on around Lysychansk on Tuesday.\n\n"
                   "The Russians kept shelling Lysychansk from the east.")
    assert types[-1] == "ASSAULT"


def test_shelling_a_town_that_killed_soldiers_stays_a_fight():
    assert set(_types("Russian forces shelled Kharkiv on Monday, killing 12 soldiers.")) == {
        "FIGHT"}


def test_shelling_armed_positions_near_a_town_stays_a_fight():
    assert _types("Russian artillery shelled Ukrainian positions near Bakhmut.") == ["FIGHT"]


def test_bombing_fighters_in_a_town_stays_a_fight():
    assert _types("Israeli jets bombed Hamas fighters in Rafah.") == ["FIGHT"]
