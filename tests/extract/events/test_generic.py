"""Generic mentions of violence are no events; particular ones and headlines still are."""

from __future__ import annotations

import pytest

from fogofwar.analysis import analyse_batch
from fogofwar.extract.events.generic import is_generic, is_purpose
from fogofwar.records import Article


def _noun(nlp, text: str, word: str):
    return next(t for t in nlp(text) if t.text == word)


@pytest.mark.parametrize("text", [
    "The group continues to carry out sporadic attacks in the north of the country.",
    "ISIS attacks have been on the rise recently in the disputed territories.",
    "Officials said there had been a reduction in attacks in both countries.",
    "The rebels launch frequent, deadly attacks against government targets.",
])
def test_generic_mentions(nlp, text):
    assert is_generic(_noun(nlp, text, "attacks"))


@pytest.mark.parametrize("text", [
    "Gunmen carried out two attacks on villages in the north on Sunday.",
    "The attacks killed 12 people in the market, police said.",
    "Rebels launched attacks on three army posts overnight, the army said.",
])
def test_particular_mentions(nlp, text):
    assert not is_generic(_noun(nlp, text, "attacks"))


def test_a_headline_present_tense_is_no_habit(nlp):
    tok = _noun(nlp, "Turkey launches airstrikes on PKK targets in northern Iraq", "airstrikes")
    assert not is_generic(tok, headline=True)


def test_a_conjoined_bare_verb_takes_its_first_conjuncts_present(nlp):
    text = ("The attack took place in an area where armed groups move back and forth across "
            "the border and carry out attacks in both countries.")
    assert is_generic(_noun(nlp, text, "attacks"))


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("The coalition set up to fight the extremists said attacks had fallen.", "fight", True),
    ("Burkina Faso is part of a regional effort to battle an insurgency.", "battle", True),
    ("Troops fought the militants for two hours near the town.", "fought", False),
    ("The rebels managed to capture the town on Sunday.", "capture", False),
])
def test_an_infinitive_of_purpose_is_meant_not_done(nlp, text, word, expected):
    assert is_purpose(_noun(nlp, text, word)) is expected


@pytest.mark.parametrize("text,word", [
    ("Since 2017, armed groups have frequently attacked Tillaberi.", "attacked"),
    ("Russia is constantly attacking our residential areas, the mayor said.", "attacking"),
    ("The water supplies for Kaya have come under frequent attack.", "attack"),
])
def test_a_habit_word_makes_a_trigger_generic(nlp, text, word):
    # an adverb of habit on a verb, a frequency word on a singular noun: many occurrences
    assert is_generic(_noun(nlp, text, word))


@pytest.mark.parametrize("text,word", [
    ("Troops repeatedly shelled the village on Monday, residents said.", "shelled"),
    ("Gunmen attacked the village on Monday, killing five people.", "attacked"),
])
def test_one_occurrence_has_no_habit(nlp, text, word):
    assert not is_generic(_noun(nlp, text, word))


def test_a_tally_of_attacks_is_generic(nlp):
    text = ("The latest report recorded more than 400 suspected attacks in Iraq from April to "
            "June of this year.")
    assert is_generic(_noun(nlp, text, "attacks"))


def test_a_habit_on_the_verb_a_trigger_complements_makes_it_generic(nlp):
    text = ("Turkish authorities often use the word to imply the terrorists in question "
            "surrendered or were killed or captured.")
    doc = nlp(text)
    assert all(is_generic(t) for t in doc if t.lower_ in ("killed", "captured"))


def test_a_simple_present_verb_trigger_outside_a_headline_is_a_habit():
    # round c386: a spokesman's "they strike military targets" tells no occurrence
    text = ("The army never hits homes, its spokesman said. Its units strike only fortified "
            "positions and depots, he added.")
    events = analyse_batch([Article(id="g1", source="test", text=text, outlet="T")])[0].events
    assert not [e for e in events if e.type in ("FIGHT", "ASSAULT")
                and not (e.negated or e.hypothetical)]


def test_a_present_passive_over_a_bare_plural_trigger_is_a_habit():
    text = "Strikes are carried out only on depots and command posts, the ministry said."
    events = analyse_batch([Article(id="g2", source="test", text=text, outlet="T")])[0].events
    assert not [e for e in events if e.type in ("FIGHT", "ASSAULT")
                and not (e.negated or e.hypothetical)]


def test_a_present_verb_in_a_clause_of_time_narrates_an_occurrence():
    text = ("The incident happened on Thursday when a group of gunmen attack a police outpost "
            "at Dansadau, he said.")
    events = analyse_batch([Article(id="g3", source="test", text=text, outlet="T")])[0].events
    assert [e for e in events if e.type == "FIGHT" and not e.hypothetical]
