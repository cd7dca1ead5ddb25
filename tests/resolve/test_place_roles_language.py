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
    ("text", "word"),
    [
        # written before a tongue word without a hyphen, the parse hangs it elsewhere
        ("The English speaking part of the country has been at war with the capital for years.",
         "English"),
        ("Separatists in the English speaking regions torched a police post.", "English"),
        # a predicate, not a modifier of the word about language
        ("The rest of the republic is largely French-speaking.", "French"),
        ("A French language weekly printed the names of the dead.", "French"),
    ],
)
def test_a_nationality_word_before_a_tongue_word_is_no_place(nlp, text, word):
    assert word not in _texts(nlp, text)


def test_a_state_before_service_members_stays(nlp):
    p = _texts(nlp, "Two Russian service members died when their truck hit a mine.")["Russian"]
    assert (p.role, p.country) == ("demonym", "RUS")


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
