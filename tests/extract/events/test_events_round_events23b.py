"""Round events23b: a state's forces written as a name ("Georgian Armed Forces") are the
military; a force's headquarters struck is a post fought over. Whole-pipeline runs on
invented sentences."""

from __future__ import annotations

from .whole import done_events


def _types(text: str) -> list[str]:
    return [e.type for e in done_events(text)]


def test_a_states_armed_forces_named_in_capitals_strike_as_a_military():
    assert "FIGHT" in _types("Corporal Levan Beridze was wounded by fire from the Russian Armed "
                             "Forces near the village on Friday, the ministry said.")


def test_a_militias_headquarters_struck_is_a_fight():
    assert "FIGHT" in _types("A drone struck the headquarters of a local militia near Tal "
                             "Afar on Monday.")


def test_a_fight_for_self_determination_is_no_clash():
    assert "FIGHT" not in _types("The movement, banned by the government, says it fights for the "
                                 "self-determination of the Ogoni people.")
