"""Names the text shows to be persons are no places, and abbreviations it defines resolve as
their long names (issues 12 and 14). Sentences written for these tests."""

import pytest

from fogofwar.resolve import gazetteer
from fogofwar.resolve.actors import resolve_actors
from fogofwar.resolve.places import resolve_places
from fogofwar.resolve.toponym_persons import defined_abbreviations


def _located(nlp, text):
    doc = nlp(text)
    return [p for p in resolve_places(doc, resolve_actors(doc)) if p.role == "location"]


@pytest.mark.parametrize(
    ("text", "person", "place"),
    [
        # a given name of a person named in full earlier, here as a possessive
        ("Olga Nina was wounded in Kherson on Monday, along with Nina's cousin.",
         "Nina", "Kherson"),
        # a role noun right before the name, even when a big city bears it
        ("The shell killed Petro Bondar in Kherson, alongside his wife Nina, who was 30.",
         "Nina", "Kherson"),
        ("The shell killed Petro Bondar in Kherson, alongside his wife Florence, who was 30.",
         "Florence", "Kherson"),
        ("Olga Elgin was wounded in Kherson on Monday. She and her sister Elgin fled.",
         "Elgin", "Kherson"),
    ],
)
def test_person_names_are_not_places(nlp, text, person, place):
    found = {p.text: p for p in _located(nlp, text)}
    assert person not in found, found[person]
    assert found[place].country == "UKR"


def test_gazetteer_has_the_person_name_as_a_place():
    # the sentences above test something only if the gazetteer does know the name as a place
    for name in ("Nina", "Florence", "Elgin"):
        assert gazetteer.candidates(name, fuzzy_min_len=99)


def test_famous_place_kept_beside_a_person_of_its_name(nlp):
    text = ("Oleh Kharkiv, a volunteer, drove aid to the front. "
            "Russian missiles struck Kharkiv on Tuesday.")
    found = {p.text: p for p in _located(nlp, text)}
    assert found["Kharkiv"].country == "UKR"


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked a police post in Khyber Pakhtunkhwa (KP) on Monday. "
        "Attacks in KP have risen since then.",
        "Gunmen attacked a police post in KP (Khyber Pakhtunkhwa) on Monday. "
        "Attacks in KP have risen since then.",
    ],
)
def test_defined_abbreviation_resolves_as_its_long_name(nlp, text):
    kp = [p for p in _located(nlp, text) if p.text == "KP"]
    assert kp, "KP not found as a place"
    assert all(p.country == "PAK" and p.feature_code == "ADM1" for p in kp)


def test_abbreviation_of_no_place_is_not_a_place(nlp):
    text = ("The Kurdish Independence Party (KP) held a rally in Erbil on Friday; "
            "KP members marched.")
    assert defined_abbreviations(nlp(text))["KP"].text == "Kurdish Independence Party"
    assert "KP" not in {p.text for p in _located(nlp, text)}


def test_undefined_letters_define_nothing(nlp):
    assert defined_abbreviations(nlp("The talks (KP and others) failed in Geneva.")) == {}


@pytest.mark.parametrize(("name", "country"), [("BEL", "BE"), ("KP", "KP"), ("U.S.", "US")])
def test_country_code_as_written_reaches_the_country(name, country):
    assert any(e.fcode == "PCLI" and e.country == country
               for e, _ in gazetteer.candidates(name, fuzzy_min_len=99))


@pytest.mark.parametrize("name", ["Bell", "Bel", "Kep"])
def test_word_folding_like_a_code_reaches_no_country(name):
    # "Bell" folds as "BEL" does (Belgium's ISO3 code): a surname is no country
    assert not any(e.fcode == "PCLI" for e, _ in gazetteer.candidates(name, fuzzy_min_len=99))
