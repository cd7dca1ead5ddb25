"""A killing named after its place ("the Dhamar massacre", "Srebrenica killings"): the name
before the act noun is that place, whatever label the model gave it (round place54); a
people, a day, a tail of a longer name or a French article before it is none."""

import pytest

from fogofwar.resolve.actors import resolve_actors
from fogofwar.resolve.places import resolve_places


def _located(nlp, sentence):
    doc = nlp(sentence)
    return {p.text: p for p in resolve_places(doc, resolve_actors(doc)) if p.role == "location"}


@pytest.mark.parametrize(
    ("sentence", "text", "code"),
    [
        ("Survivors of the Dhamar massacre gathered outside the court on Monday.",
         "Dhamar", "ADM1"),
        ("Relatives marked thirty years since the Timisoara massacre with candles.",
         "Timisoara", "PPL"),
        ("The Benue killings went on for a week, a church group said.", "Benue", "ADM1"),
        ("Witnesses of the Duekoue killings spoke to the commission.", "Duekoue", "PPL"),
    ],
)
def test_name_before_a_named_act_is_its_place(nlp, sentence, text, code):
    found = _located(nlp, sentence)
    assert text in found and found[text].feature_code.startswith(code), found


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Families remembered the Hutu killings at a church.", "Hutu"),
        ("Historians still argue about the My Lai massacre and its cover-up.", "Lai"),
        ("Un massacre a eu lieu dans le camp.", "Un"),
        ("The Monday massacre shocked the town.", "Monday"),
    ],
)
def test_no_place_before_a_named_act(nlp, sentence, word):
    assert word not in _located(nlp, sentence)
