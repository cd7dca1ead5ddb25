"""Toponyms the NER model misses, found by their context (issue 12), and names that are not
places whatever the gazetteer says."""

import pytest

from fogofwar.resolve.actors import resolve_actors
from fogofwar.resolve.places import resolve_places


def _located(nlp, sentence):
    doc = nlp(sentence)
    return {p.text: p for p in resolve_places(doc, resolve_actors(doc)) if p.role == "location"}


@pytest.mark.parametrize(
    ("sentence", "text", "code"),
    [
        # a county word keeps the county (ADM2), not a town of the same name
        ("Officials in Allamakee County said the road was closed.", "Allamakee County", "ADM2"),
        # the place an institution is named after
        ("He was taken to the Laurel County Detention Center.", "Laurel County", "ADM2"),
        ("Kentucky State Police say the driver died.", "Kentucky", "ADM1"),
        ("He told CBC Toronto about it.", "Toronto", "PPL"),
        ("She studied at the University of Michigan.", "Michigan", "ADM1"),
        # a town qualified by a province abbreviation, and the abbreviation after it
        ("It was a routine check in Wainwright, Alta., by train.", "Wainwright", "PPL"),
        ("It was a routine check in Wainwright, Alta., by train.", "Alta.", "ADM1"),
        # a city the model tagged as an organisation
        ("Although Edmonton's economy remains healthy, rents rose.", "Edmonton", "PPL"),
        # cities the model tagged as a product or a nationality
        ("Militiamen backed by armoured vehicles attacked a checkpoint near Kramatorsk before "
         "dawn.", "Kramatorsk", "PPL"),
        ("The drone was launched, apparently from Kursk, and hit a warehouse.", "Kursk", "PPL"),
        ("Families fled towards Bunia and Kisangani along the main road.", "Kisangani", "PPL"),
        # a first-level area the model tagged an organisation, after a country's possessive
        ("Gunmen ambushed a police van in the Bannu district of Pakistan's northwest Khyber "
         "Pakhtunkhwa (KP) province on Friday.", "Khyber Pakhtunkhwa", "ADM1"),
        # a wire dateline: a town, a comma, a month and a day
        ("Dori, Oct. 9 (AFP) Gunmen killed six farmers.", "Dori", "PPL"),
    ],
)
def test_found_beyond_ner(nlp, sentence, text, code):
    found = _located(nlp, sentence)
    assert text in found, sorted(found)
    assert found[text].feature_code == code


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Ms Raggi said the council would meet.", "Ms Raggi"),  # a person with a title
        ("He told WKYT the road was closed.", "WKYT"),  # a broadcaster's call sign
        ("The church was full at Easter in Aleppo.", "Easter"),  # a holiday
        # a state abbreviation alone is no place: "Kan." is not Kano
        ("Kan. officials said the vote was close.", "Kan."),
        # a person's name before a date is no dateline
        ("Smith, May 3 was the day he left.", "Smith"),
    ],
)
def test_not_places(nlp, sentence, text):
    doc = nlp(sentence)
    assert text not in {p.text for p in resolve_places(doc, resolve_actors(doc))}


def test_the_village_of_an_unknown_name_is_a_place(nlp):
    """A settlement word before the name makes it a place though no gazetteer knows it and
    the model took it for a person (issue 14); other kind words do not."""
    from fogofwar.resolve.toponyms import find_toponyms

    doc = nlp("Soldiers found the bodies in the village of Nyamitongo on Friday.")
    assert "Nyamitongo" in [s.text for s in find_toponyms(doc)]
    doc = nlp("Lawmakers debated the state of Emergency Preparedness on Friday.")
    assert "Emergency Preparedness" not in [s.text for s in find_toponyms(doc)]


def test_an_appositive_settlement_makes_an_unknown_name_a_place(nlp):
    """"X, a town in Y", "X, a small Chadian village": the appositive calls the name a
    settlement, as "the town of X" does; "X, a village chief" is a person's title."""
    from fogofwar.resolve.toponyms import find_toponyms

    doc = nlp("Raiders burned Kwelamongo, a town in eastern Chad, on Friday night.")
    assert "Kwelamongo" in [s.text for s in find_toponyms(doc)]
    doc = nlp("Mourners gathered in Tibandoula, a small Chadian village, on Sunday.")
    assert "Tibandoula" in [s.text for s in find_toponyms(doc)]
    doc = nlp("The elders met Abakar Moussadine, a village chief, on Sunday.")
    assert "Abakar Moussadine" not in [s.text for s in find_toponyms(doc)]


def test_a_name_after_a_country_s_possessive_is_its_town(nlp):
    """"Yemen's Hodeidah": a name the model left untagged, known in the country before it;
    a bare town name is the town an airport is named after, not the airport."""
    found = _located(nlp, "A tanker off Yemen\u2019s Hodeidah reported a blast on Monday.")
    assert "Hodeidah" in found, sorted(found)
    assert found["Hodeidah"].country == "YEM" and found["Hodeidah"].feature_code != "AIRP"
    airport = _located(nlp, "Air strikes hit Hodeidah airport overnight.")
    assert [p.feature_code for p in airport.values()] == ["AIRP"]


@pytest.mark.parametrize(
    ("sentence", "text", "country"),
    [
        # after a first-level area's possessive, known in that area
        ("Protesters gathered at a garden in Punjab's Amritsar on the day of the festival.",
         "Amritsar", "IND"),
        ("Two militants were killed in an encounter in Kashmir's Pulwama district on Friday.",
         "Pulwama", "IND"),
        # "in" and the first-level area it lies in, after a name the model took for a body
        ('"They were bombed from the air," said the mayor of Uludere in Sirnak province.',
         "Uludere", "TUR"),
    ],
)
def test_a_town_the_area_the_text_names_holds_is_a_place(nlp, sentence, text, country):
    found = _located(nlp, sentence)
    assert text in found, sorted(found)
    assert found[text].country == country


def test_a_title_after_an_area_s_possessive_is_no_place(nlp):
    found = _located(nlp, "Punjab's Chief Minister said the toll had risen to nine.")
    assert set(found) <= {"Punjab"}, sorted(found)
