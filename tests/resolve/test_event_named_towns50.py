"""A town named right before an event noun ("the Andijan massacre") is where it happened, though
the model tags no place there, tags the name otherwise or reads it as an adjective (round
place50)."""

import pytest

from fogofwar.resolve.actors import resolve_actors
from fogofwar.resolve.places import resolve_places


def _located(nlp, sentence):
    doc = nlp(sentence)
    return {p.text for p in resolve_places(doc, resolve_actors(doc)) if p.role == "location"}


@pytest.mark.parametrize(
    ("sentence", "town"),
    [
        ("Survivors on Sunday remembered the Andijan massacre, in which troops killed "
         "hundreds of protesters.", "Andijan"),
        ("At least 30 people died in the Osh violence, the interior ministry said on Monday.",
         "Osh"),
        ("Relatives marked the anniversary of the Nalut killings on Sunday.", "Nalut"),
        ("Rights groups want an inquiry into the Kasese clashes, which left 87 people dead.",
         "Kasese"),
    ],
)
def test_a_town_before_an_event_noun_is_a_place(nlp, sentence, town):
    assert town in _located(nlp, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a person's name before the noun stays a person
        "The Trump attack on the press continued on Tuesday, aides said.",
        # a capitalised noun after the name is no event noun of the pack: a memorial's name
        "Delegates praised the Andijan Massacre Memorial on Sunday.",
        # a day before the noun
        "Officials said the Monday attack killed nine.",
    ],
)
def test_other_names_before_an_event_noun_stay_out(nlp, sentence):
    assert not {"Trump", "Andijan", "Monday"} & _located(nlp, sentence)
