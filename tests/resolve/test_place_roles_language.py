"""A nationality word the model reads as a language is no place (round places25). Sentences
are our own."""

import pytest

from fogofwar.resolve.actors import resolve_actors
from fogofwar.resolve.places import resolve_places


def _texts(nlp, text):
    doc = nlp(text)
    return {p.text: p for p in resolve_places(doc, resolve_actors(doc))}


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen burned a school in the mostly English-speaking west of the country.",
        "The rebels' radio, known as Voice of the Hills in English, went off the air.",
    ],
)
def test_a_language_is_no_demonym(nlp, text):
    assert "English" not in _texts(nlp, text)


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        ("French troops patrolled the border town on Sunday.", "French", "FRA"),
        # the model reads it as a language here, but it qualifies a place noun
        ("The spy was found on a bench in the English city of Bath.", "English", "GBR"),
        ("Four aid workers, two Spanish and two Dutch, were freed on Friday.", "Spanish", "ESP"),
    ],
)
def test_a_nationality_still_is(nlp, text, word, country):
    p = _texts(nlp, text)[word]
    assert (p.role, p.country) == ("demonym", country)
