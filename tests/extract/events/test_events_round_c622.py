"""Forms met in round c622-c629 (events with their arguments on Cabo Delgado, Burkina Faso,
Myanmar, Colombia, the Philippines and Haiti): a dateline ended by a bare dash before a
capitalised subject, arson "set alight", ambushes laid with mines, a trend told on a
conjoined verb, a negated attempt, beheadings as killings, a toll restated with the count's
own words, and "dozens of" before what was struck. Whole-pipeline runs on invented
sentences; each rule has a sentence it must change and one it must leave alone."""

from __future__ import annotations

from .whole import MATERIAL, pipeline_events
from .whole import done_events as _events
from .whole import raid_article as _body


def _found(events, snippet: str):
    return [e for e in events if snippet in e.sentence]


def _types(events, snippet: str) -> set[str]:
    return {e.type for e in _found(events, snippet)}


# --- a dateline closed by a bare dash -----------------------------------------------------------

def test_the_subject_after_a_bare_dash_dateline_is_the_actor():
    found = _found(_events("KANDAR, Haiti \u2014 Gunmen invaded another town north of the "
                           "capital on Thursday."), "invaded another town")
    assert found and all(e.actor is not None and e.actor.text == "Gunmen" for e in found)


def test_a_capitalised_gunmen_after_a_dateline_is_no_place():
    found = _found(_events("KANDAR, Haiti \u2014 Gunmen invaded another town north of the "
                           "capital on Thursday."), "invaded another town")
    assert found and all(e.place is None or e.place.text != "Gunmen" for e in found)


def test_a_dateline_with_its_agency_keeps_its_subject():
    found = _found(_events("KANDAR, Veloria (AP) \u2014 Rebels shelled an army camp on "
                           "Friday."), "shelled an army camp")
    assert found and found[0].actor is not None and found[0].actor.text == "Rebels"


# --- arson --------------------------------------------------------------------------------------

def test_setting_alight_to_huts_is_arson():
    events = _events(_body("Villagers ran as the raiders set alight to their huts."))
    assert "ASSAULT" in _types(events, "set alight to their huts")


def test_setting_a_granary_alight_is_arson():
    events = _events(_body("The raiders set the granary alight before dawn."))
    assert "ASSAULT" in _types(events, "set the granary alight")


def test_dozens_of_homes_burned_are_what_was_struck():
    events = _events(_body("The group said its fighters burned dozens of homes in the valley."))
    found = [e for e in _found(events, "burned dozens of homes") if e.type == "ASSAULT"]
    assert found and found[0].target is not None and found[0].target.text == "homes"


# --- mines --------------------------------------------------------------------------------------

def test_an_ambush_laid_with_mines_is_an_assault():
    events = _events(_body("An army truck was ambushed with mines near Kolda by the rebels."))
    assert _types(events, "ambushed with mines") == {"ASSAULT"}


def test_an_ambush_with_no_bomb_on_a_patrol_stays_a_fight():
    events = _events(_body("Rebels ambushed an army patrol near Kolda on Friday."))
    assert _types(events, "ambushed an army patrol") == {"FIGHT"}


# --- a trend told on a conjoined verb -----------------------------------------------------------

def test_raids_that_resumed_and_grew_over_months_are_a_trend():
    events = _events(_body("After a quiet spell, raids resumed and have grown in recent months."))
    assert not _found(events, "raids resumed")


def test_clashes_that_resumed_on_a_day_are_a_fight():
    events = _events(_body("Clashes resumed on Tuesday near Dorvel and spread to the market."))
    assert "FIGHT" in _types(events, "Clashes resumed on Tuesday")


# --- negated attempts ---------------------------------------------------------------------------

def test_an_attack_not_dared_did_not_happen():
    found = _found(pipeline_events(_body("We did not dare to attack the barracks, the "
                                         "commander said.")), "did not dare")
    assert found and all(e.negated for e in found if e.type in MATERIAL)


def test_an_attack_not_hesitated_over_happened():
    events = _events(_body("The rebels did not hesitate to attack the convoy near Kolda."))
    assert "FIGHT" in _types(events, "did not hesitate")


# --- beheadings and their restated toll ---------------------------------------------------------

def test_a_beheading_counts_the_killed():
    events = _events("Militants raided Tamboro on Sunday, beheading at least three farmers.")
    found = _found(events, "beheading at least three farmers")
    assert any(("killed", 3) == (f.category, f.value) for e in found for f in e.figures)


def test_a_beheading_restated_with_the_counts_words_is_no_new_event():
    events = _events(_body("Militants raided Tamboro on Sunday, beheading at least three "
                           "farmers.", "A witness said three farmers were beheaded."))
    assert not _found(events, "three farmers were beheaded")


def test_more_victims_beheaded_are_a_new_count():
    events = _events(_body("Militants raided Tamboro on Sunday, beheading at least three "
                           "farmers.", "Two more farmers were beheaded."))
    assert "ASSAULT" in _types(events, "Two more farmers were beheaded")


def test_other_victims_of_the_same_count_are_kept():
    events = _events(_body("Militants raided Tamboro on Sunday, beheading at least three "
                           "farmers.", "Three soldiers were also killed in the raid."))
    assert _types(events, "Three soldiers were also killed")


def test_residential_units_destroyed_are_homes_not_a_force():
    events = _events(_body("The army destroyed dozens of residential units in the camp."))
    assert _types(events, "destroyed dozens of residential units") == {"ASSAULT"}


def test_victims_of_a_second_encounter_are_a_new_event():
    events = _events(_body("Two guards were wounded in the raid.",
                           "Two soldiers were also wounded in the second encounter."))
    assert _types(events, "in the second encounter")


def test_soldiers_and_a_civilian_killed_keep_the_soldiers_reading():
    events = _events(_body("Rebels killed four soldiers and a civilian in an attack on a "
                           "convoy near Kolda."))
    assert "FIGHT" in _types(events, "killed four soldiers and a civilian")
