"""Place names with an apostrophe inside ("Sana'a", "N'Djamena", "Ta'izz") are capitalised
names to the context finder whatever the tagger made of them (it tags "Sana'a" an adverb and
str.istitle() reads it as two words); the gazetteer and the context still decide. Sentences of
our own (round place55)."""

from __future__ import annotations

import pytest

from fogofwar.resolve.actors import resolve_actors
from fogofwar.resolve.places import resolve_places
from fogofwar.resolve.toponym_context import apostrophe_name


def _places(nlp, sentence: str) -> dict[str, str | None]:
    doc = nlp(sentence)
    return {p.text: p.name for p in resolve_places(doc, resolve_actors(doc))}


@pytest.mark.parametrize("word", ["Sana'a", "Sana\u2019a", "N'Djamena", "Ta'izz", "Qa\u2019im"])
def test_an_apostrophe_name_is_one_capitalised_name(word):
    assert apostrophe_name(word)


@pytest.mark.parametrize("word", ["Sana", "don't", "'s", "Army's", "ISIS'", "O'"])
def test_words_that_are_no_apostrophe_name(word):
    assert not apostrophe_name(word)


def test_the_capital_of_sanaa_with_a_straight_apostrophe_is_found(nlp):
    found = _places(nlp, "A car bomb in the besieged capital of Sana'a killed nine people.")
    assert found.get("Sana'a") == "Sanaa"


def test_near_taizz_is_found(nlp):
    found = _places(nlp, "Two shells fell near Ta'izz on Sunday, wounding four children.")
    assert "Ta'izz" in found and found["Ta'izz"] is not None


def test_a_person_with_an_apostrophe_is_still_no_place(nlp):
    found = _places(nlp, "Doctors said O'Connell had treated 40 wounded in Mosul.")
    assert "O'Connell" not in found
