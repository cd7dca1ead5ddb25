"""Generic mentions of violence are no events; particular ones and headlines still are."""

from __future__ import annotations

import pytest

from fogofwar.extract.events.generic import is_generic


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
