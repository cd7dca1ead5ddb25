"""Forms met in round events22: who did an act the sentence names by another word than its
subject: a passive whose "by" agent is the shelling itself with its doer in a "from" phrase,
and a subject that is an attack carried out "by" someone. Whole-pipeline runs on invented
sentences; each rule has a sentence it must change and one it must leave alone."""

from __future__ import annotations

from .whole import done_events as _events


def _actors(events, snippet: str) -> list[str]:
    return [e.actor.text if e.actor is not None else "" for e in events
            if snippet in e.sentence and e.type in ("ASSAULT", "FIGHT")]


def _targets(events, snippet: str) -> list[str]:
    return [e.target.text if e.target is not None else "" for e in events
            if snippet in e.sentence and e.type in ("ASSAULT", "FIGHT")]


# --- "was killed by shelling from X" ------------------------------------------------------------

def test_the_source_of_the_shelling_a_victim_was_killed_by_is_the_actor():
    events = _events("Witnesses said a farmer was killed by shelling from rebel fighters near "
                     "the river crossing on Monday.")
    assert any("fighters" in a for a in _actors(events, "killed by shelling"))


def test_a_victim_killed_by_named_troops_keeps_them():
    events = _events("Witnesses said a farmer was killed by rebel fighters near the river "
                     "crossing on Monday.")
    assert any("fighters" in a for a in _actors(events, "killed by rebel"))


# --- "Airstrikes by X killed Y" -----------------------------------------------------------------

def test_who_carried_out_the_strikes_that_killed_is_the_actor():
    events = _events("Airstrikes by Myanmar's military killed at least twelve villagers on "
                     "Tuesday, residents said.")
    actors = _actors(events, "Airstrikes by")
    assert actors and all("military" in a for a in actors)


def test_strikes_with_no_by_phrase_keep_their_own_actor():
    events = _events("Russian airstrikes killed at least twelve villagers on Tuesday, "
                     "residents said.")
    assert any("Russian" in a for a in _actors(events, "airstrikes killed"))

