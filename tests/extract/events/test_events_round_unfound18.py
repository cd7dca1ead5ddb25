"""Forms met in round unfound18 (dev gold events whose sentence got no system event at all):
headlines whose verb the parser read as a noun of a compound. Whole-pipeline runs on invented
headlines and sentences; each rule has a text it must change and one it must leave alone."""

from __future__ import annotations

from fogofwar.analysis import analyse_batch
from fogofwar.records import Article

from .whole import MATERIAL, done_events, raid_article

_BODY = "Officials said on Monday that the assault took place overnight in the north."


def _title_events(title: str) -> list:
    art = Article(id="t1", source="test", text=_BODY, outlet="Test Wire", title=title,
                  title_printed=True)
    return [e for e in analyse_batch([art])[0].events
            if getattr(e, "in_title", False) and e.type in MATERIAL]


# --- headlines read as one compound noun -----------------------------------------------------

def test_a_headline_verb_between_two_nouns_is_read_as_a_verb():
    events = _title_events("Dorvel rebels attack town, no word on casualties")
    assert events, "the headline states the attack"
    assert events[0].actor is not None and "rebels" in events[0].actor.text
    assert events[0].target is not None and events[0].target.text.endswith("town")


def test_a_headline_with_two_bare_verbs_keeps_their_objects():
    events = _title_events("Militia shoot district official dead in Dorvel")
    assert any(e.target is not None and "official" in e.target.text for e in events)


def test_a_recapture_after_an_adjective_subject():
    events = _title_events("Dorvel's military recaptures key town from the militia")
    assert any(e.type == "SEIZE" for e in events)


def test_a_headline_with_a_finite_verb_is_parsed_as_it_was():
    events = _title_events("Rebel attack kills five soldiers near Dorvel")
    assert [e.trigger for e in events if e.type in ("FIGHT", "ASSAULT")]
    assert not any(e.trigger == "attack" and e.target is not None
                   and e.target.text == "kills" for e in events)


def test_a_noun_compound_of_no_verb_trigger_stays_a_noun():
    events = _title_events("Dorvel market traders count losses")
    assert not events


# --- a present tense with a counted object tells one occurrence --------------------------------

def test_a_present_tense_toll_in_a_body_line_is_an_event():
    events = done_events(raid_article("Rebels kill at least 16 police officers in an ambush "
                                      "near Dorvel, police say."))
    found = [e for e in events if "kill at least 16" in e.sentence]
    assert found and found[0].target is not None and "16 police officers" in found[0].target.text


def test_a_present_tense_habit_with_no_count_stays_generic():
    events = done_events(raid_article("The rebels strike military targets across the "
                                      "province, a resident said."))
    assert not [e for e in events if "strike military targets" in e.sentence]


# --- trigger verbs the pack lacked -------------------------------------------------------------

def test_a_unit_that_assaulted_villages_attacked_them():
    events = done_events(raid_article("A militia unit assaulted two villages near Dorvel on "
                                      "Tuesday, residents said."))
    assert [e for e in events if "assaulted two villages" in e.sentence]


def test_forces_that_routed_or_confronted_rebels_fought_them():
    events = done_events(raid_article("Government forces routed the rebels near Dorvel on "
                                      "Tuesday.", "Police confronted a four-member armed team "
                                      "in Kandar on Wednesday."))
    assert "FIGHT" in {e.type for e in events if "routed the rebels" in e.sentence}
    assert "FIGHT" in {e.type for e in events if "confronted a four-member" in e.sentence}


def test_a_breach_of_a_base_is_a_fight_and_of_a_truce_none():
    events = done_events(raid_article("Militants breached the perimeter of the army base near "
                                      "Dorvel on Tuesday.", "The rebels breached the truce "
                                      "agreement, the minister said."))
    assert "FIGHT" in {e.type for e in events if "breached the perimeter" in e.sentence}
    assert not [e for e in events if "breached the truce" in e.sentence]


# --- the act a headline's dead fell in -------------------------------------------------------

def test_the_attack_the_dead_fell_in_is_an_event():
    events = _title_events("Dorvel: 13 dead in border post attack")
    assert [e for e in events if e.trigger.lower() == "attack"]


def test_dead_of_no_preposition_names_no_act():
    events = _title_events("Dorvel: 13 dead in heavy floods")
    assert not [e for e in events if e.type in ("ASSAULT", "FIGHT")]


# --- wounds sustained, projectiles launched ------------------------------------------------------

def test_others_who_sustained_injuries_were_harmed():
    events = done_events(raid_article("Two others sustained injuries from bullets, he said."))
    found = [e for e in events if "sustained injuries" in e.sentence]
    assert found and all(e.target is None or "injur" not in e.target.text for e in found)


def test_damage_sustained_by_a_building_is_no_event():
    events = done_events(raid_article("The school building sustained heavy damage in the "
                                      "storm last year."))
    assert not [e for e in events if "sustained heavy damage" in e.sentence]


def test_rockets_launched_at_a_campus_are_a_strike_not_its_target():
    events = done_events(raid_article("Militants launched two rockets at the university "
                                      "campus in Kandar on Tuesday."))
    found = [e for e in events if "launched two rockets" in e.sentence]
    assert found and all(e.target is None or "rockets" not in e.target.text for e in found)
