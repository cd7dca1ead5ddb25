"""Forms met in round events22: who did an act the sentence names by another word than its
subject: a passive whose "by" agent is the shelling itself with its doer in a "from" phrase,
and a subject that is an attack carried out "by" someone; and what a toll struck when it
names its victims only by a count or as people ("At least 12 were killed in an airstrike on
a market"). Whole-pipeline runs on invented sentences; each rule has a sentence it must
change and one it must leave alone."""

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


# --- "At least 12 (people) were killed in an airstrike on a market" ------------------------

def test_what_the_attack_a_bare_toll_fell_in_struck_is_the_target():
    events = _events("At least 12 were killed in an airstrike on a crowded market in Velka on "
                     "Monday, officials said.")
    assert any("market" in t for t in _targets(events, "At least 12"))


def test_what_the_attack_mere_people_fell_in_struck_is_the_target():
    events = _events("At least 51 people were killed in an airstrike on a busy market in Velka "
                     "on Monday, officials said.")
    assert any("market" in t for t in _targets(events, "At least 51"))


def test_a_toll_that_names_its_victims_keeps_them():
    events = _events("Twelve villagers were killed in an airstrike on a crowded market in Velka "
                     "on Monday, officials said.")
    targets = _targets(events, "Twelve villagers")
    assert targets and all("market" not in t for t in targets)
