"""Headlinese: a headline's passive with its auxiliary left out names the victim first
("Police Killed, ... After Al-Shabaab Attack"), which only a headline (or a line of the body
that reads as one) is read as; body sentences keep their active reading. Whole-pipeline runs
on invented headlines over a neutral lede."""

from __future__ import annotations

import pytest

from fogofwar.analysis import analyse_batch
from fogofwar.records import Article

LEDE = "The report came on Monday, officials said."
HEADLINES = {
    "swap": "Police Killed, Transport Paralyzed After Al-Shabaab Attack",
    "shot": "Journalist shot dead in Kabul",
    "abducted": "Soldiers Abducted In Borno After Boko Haram Raid",
    "by": "Two Policemen Killed By Gunmen In Zamfara",
    "object": "Gunmen Killed 5 Soldiers In Borno",
}


@pytest.fixture(scope="module")
def headline_events():
    arts = [Article(id=k, source="test", title=t, text=LEDE, outlet="Test Wire")
            for k, t in HEADLINES.items()]
    return {a.id: [e for e in an.events if e.in_title]
            for a, an in zip(arts, analyse_batch(arts), strict=True)}


def _text(mention):
    return mention.text if mention is not None else None


def test_the_noun_phrase_before_a_bare_participle_is_the_target(headline_events):
    [ev] = [e for e in headline_events["swap"] if e.trigger == "Killed"]
    assert _text(ev.target) == "Police"
    # the attack the police fell in names who killed them
    assert _text(ev.actor) == "Al-Shabaab"
    assert ev.type == "FIGHT"  # an attack on police is a FIGHT (conflict-set convention)


def test_shot_dead_names_its_victim_and_no_actor(headline_events):
    [ev] = [e for e in headline_events["shot"] if e.trigger == "shot"]
    assert _text(ev.target) == "Journalist" and ev.actor is None
    assert ev.type == "ASSAULT"  # violence on a civilian by one side


def test_an_abduction_after_a_raid_takes_the_raiders_as_actor(headline_events):
    [ev] = [e for e in headline_events["abducted"] if e.trigger == "Abducted"]
    assert _text(ev.target) == "Soldiers" and _text(ev.actor) == "Boko Haram"


def test_a_by_phrase_is_the_actor(headline_events):
    [ev] = [e for e in headline_events["by"] if e.trigger == "Killed"]
    assert _text(ev.actor) == "Gunmen" and "Policemen" in _text(ev.target)


def test_a_past_tense_with_an_object_stays_active(headline_events):
    [ev] = [e for e in headline_events["object"] if e.trigger == "Killed"]
    assert _text(ev.actor) == "Gunmen" and "Soldiers" in _text(ev.target)


def _body_events(text: str):
    art = Article(id="b", source="test", text=text, outlet="Test Wire")
    return [e for e in analyse_batch([art])[0].events if e.type in ("FIGHT", "ASSAULT")]


def test_a_body_sentence_keeps_its_active_reading():
    # hard-wrapped: "police killed" ends a line but is no line of its own
    found = _body_events("The officers said police killed\nthe gunmen in Garissa on Monday.")
    [ev] = [e for e in found if e.trigger == "killed"]
    assert "police" in _text(ev.actor) and "gunmen" in _text(ev.target)


def test_a_sub_heading_in_the_body_reads_as_a_headline():
    found = _body_events("Journalist shot dead in Kabul\n\n"
                         "The attack happened on Monday, officials said.")
    [ev] = [e for e in found if e.trigger == "shot"]
    assert _text(ev.target) == "Journalist" and ev.actor is None
