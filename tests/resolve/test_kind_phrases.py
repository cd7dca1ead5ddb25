"""Names before a kind phrase of several words ("X Local Government Area"), which the model
tags as organisations: the phrase makes the name a place and is stripped before lookup (round
places25). Sentences are our own."""

import pytest

from fogofwar.resolve.actors import resolve_actors
from fogofwar.resolve.places import resolve_places
from fogofwar.resolve.toponym_words import kind_phrase_len, toponym_words, trailing_kind_phrase
from fogofwar.resolve.toponyms import find_toponyms


def _placed(nlp, text):
    doc = nlp(text)
    return {p.name: p for p in resolve_places(doc, resolve_actors(doc)) if p.lat is not None}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Herders clashed with farmers on Tuesday in Bungudu Local Government Area, a council "
         "official told us.", "Bungudu", "NGA"),
        ("Two traders were abducted at a market in Faskari Local Government Area of Katsina "
         "State last week.", "Faskari", "NGA"),
        ("Flooding cut the road to the Numan local government area on Monday.", "Numan", "NGA"),
        ("Police said the kidnappers fled towards Maradun LGA after the raid.", "Maradun", "NGA"),
    ],
)
def test_a_kind_phrase_after_a_name_makes_it_a_place(nlp, text, name, country):
    p = _placed(nlp, text)[name]
    assert p.country == country


def test_phrase_lengths_read_longest_first():
    words = toponym_words()
    assert kind_phrase_len(["local", "government", "area", "of"], words) == 3
    assert kind_phrase_len(["local", "government", "officials"], words) == 2
    assert kind_phrase_len(["local", "officials"], words) == 0
    assert trailing_kind_phrase(["tsafe", "local", "government"], words) == 2
    assert trailing_kind_phrase(["maradun", "lga"], words) == 1
    assert trailing_kind_phrase(["local", "government"], words) == 0  # the phrase alone


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # "area" after a name the model reads as a person: the name is looked up alone
        ("The convoy was hit in the Datta Khel area of the tribal belt, a guard told us.",
         "Datta Khel", "PAK"),
        ("Soldiers fanned out across the Gwoza area after the raid, residents said.",
         "Gwoza", "NGA"),
    ],
)
def test_area_after_a_name_makes_it_a_place(nlp, text, name, country):
    p = _placed(nlp, text)[name]
    assert p.country == country


def test_area_alone_is_no_name():
    words = toponym_words()
    assert kind_phrase_len(["area", "of"], words) == 1
    assert trailing_kind_phrase(["area"], words) == 0


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Gunmen shot two road workers in Nduga regency on Sunday, the police said.",
         "Nduga regency"),
        ("Gunmen shot two road workers in the highland regency of Nduga on Sunday.", "Nduga"),
    ],
)
def test_a_regency_names_a_place(nlp, text, span):
    # Indonesia's second-level areas: the model tags the name an organisation, the kind word
    # before or after it makes it a place
    doc = nlp(text)
    assert span in [s.text for s in find_toponyms(doc, resolve_actors(doc))]
