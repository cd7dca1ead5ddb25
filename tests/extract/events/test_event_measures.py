"""Distances and shares written as figures ("600km north of the capital", "30% of the town")
are kept as figures of the page but tie to no event: an event's figures count who or what it
harmed or moved, and a distance beside a toll would read as a second toll."""

from __future__ import annotations

from .whole import pipeline_events


def test_a_distance_is_no_figure_of_the_attack_beside_it() -> None:
    events = pipeline_events("Rebels killed six soldiers in an ambush near Tarso, a town "
                             "600km north of the capital, on Monday, the army said.")
    attacks = [e for e in events if e.type in ("ASSAULT", "FIGHT")]
    assert attacks
    for e in attacks:
        assert [(f.value, f.category) for f in e.figures] == [(6, "killed")]


def test_a_share_is_no_figure_of_the_event() -> None:
    events = pipeline_events("Shelling destroyed 40% of the market in Kolto on Sunday and "
                             "wounded eleven traders, officials said.")
    harmed = [e for e in events if e.type in ("ASSAULT", "FIGHT")]
    assert harmed
    assert all(f.counts != "%" for e in harmed for f in e.figures)
    assert any(f.value == 11 and f.category == "injured" for e in harmed for f in e.figures)
