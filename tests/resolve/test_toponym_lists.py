"""Recognition beyond NER (issue 12): names listed before a plural kind word, and the place
opening a dateline."""

import pytest

from fogofwar.resolve.actors import resolve_actors
from fogofwar.resolve.places import resolve_places
from fogofwar.resolve.toponym_context import listed_before_kind
from fogofwar.resolve.toponym_words import toponym_words


def _located(nlp, text):
    doc = nlp(text)
    return {p.text: p for p in resolve_places(doc, resolve_actors(doc))}


@pytest.mark.parametrize(
    ("text", "names", "country"),
    [
        ("Drones were shot down across the Kherson, Khmelnytskyi, and Mykolaiv regions.",
         {"Kherson", "Khmelnytskyi", "Mykolaiv"}, "UKR"),
        ("The dry zone, made up of the Sagaing, Magway and Mandalay regions, is restive.",
         {"Sagaing", "Magway", "Mandalay"}, "MMR"),
        ("Strikes damaged power plants in the Lviv, Ivano-Frankivsk and Vinnitsa regions.",
         {"Lviv", "Ivano-Frankivsk", "Vinnitsa"}, "UKR"),
    ],
)
def test_names_listed_before_a_plural_kind_word(nlp, text, names, country):
    found = _located(nlp, text)
    assert names <= set(found), found
    assert {found[n].country for n in names} == {country}


def test_one_name_before_a_plural_kind_word_is_no_list(nlp):
    words = toponym_words()

    def listed(text):
        return [s.text for s in listed_before_kind(nlp(text), set(), words)]

    assert listed("Shelling hit the Lviv and Kharkiv regions.") == ["Lviv", "Kharkiv"]
    # a single name, or two joined by a comma alone ("Kyiv, Kharkiv region"), make no list
    assert listed("Shelling hit the Kharkiv regions.") == []
    assert listed("Shelling hit the Lviv, Kharkiv regions.") == []


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("BEIRUT: A man was killed in a drone strike on a motorcycle.", "BEIRUT", "LBN"),
        ("A headline\n\nSANAA, June 19: Eleven people were killed in an air raid.", "SANAA",
         "YEM"),
        ("Maputo \u2014 Insurgents on Friday attacked a village in the north.", "Maputo", "MOZ"),
    ],
)
def test_dateline_place(nlp, text, name, country):
    assert _located(nlp, text)[name].country == country


def test_no_dateline_inside_a_paragraph(nlp):
    # a capitalised word before a colon in mid-paragraph is no dateline
    found = _located(nlp, "The statement said this: Paris was calm.")
    assert "said" not in found and "The" not in found
