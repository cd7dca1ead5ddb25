"""One statement's events are harmonised among themselves only: a trigger skipped in a
statement (civilians fleeing) must not pull the previous statement's event into its set."""

from __future__ import annotations

from .whole import pipeline_events as _events


def test_a_skipped_flight_leaves_the_previous_statement_alone():
    # "fled" by residents is no event; the clash of the second statement is a FIGHT, but
    # it must not recode the first statement's attack of unknown victims
    evs = _events("There was an attack in Gusau on Sunday. Residents fled as soldiers "
                  "clashed with the gunmen.")
    by_trigger = {e.trigger: e.type for e in evs}
    assert by_trigger["attack"] == "ASSAULT"
    assert by_trigger["clashed"] == "FIGHT"
    assert "fled" not in by_trigger
