"""Stray readings (round places16): a town read in a country the story neither names nor
mostly lies in, far from its other places and not widely known, is no answer; the story's own
places, famous towns, large capitals and stories with no main country keep theirs. Sentences
of our own."""

from __future__ import annotations

import pytest

from fogofwar.resolve import gazetteer
from fogofwar.resolve.places import resolve_places
from fogofwar.resolve.strays import home_country


def _countries(nlp, text: str) -> dict[str, str | None]:
    return {p.text: p.country for p in resolve_places(nlp(text))}


@pytest.mark.parametrize(("text", "toponym", "not_country"), [
    ("Insurgents attacked villages in Macomia district, Cabo Delgado province, on Tuesday, and "
     "police in Pemba said two survivors were taken to Palma.", "Palma", "ESP"),
    ("A drone struck the outskirts of Kani, Mingin and Monywa in Sagaing on Sunday, residents "
     "said.", "Kani", "JPN"),
])
def test_a_town_abroad_in_a_story_set_elsewhere_is_no_answer(nlp, text, toponym, not_country):
    assert _countries(nlp, text)[toponym] != not_country


@pytest.mark.parametrize(("text", "toponym", "country"), [
    # the story's own country: Palma de Mallorca among Spanish ports
    ("The ferry left Barcelona and Valencia late on Friday and reached Palma on Saturday "
     "morning.", "Palma", "ESP"),
    # a famous town abroad
    ("Fighting went on in Kandahar and Helmand as envoys met in Geneva for talks.", "Geneva",
     "CHE"),
    # a large capital written in full
    ("Militia fighters attacked camps near El Fasher and Nyala, and officials in Juba condemned "
     "the raids.", "Juba", "SSD"),
    # one located place is no story's main country
    ("Shelling hit Bakhmut overnight, Russian officials said.", "Bakhmut", "UKR"),
])
def test_readings_the_story_supports_stay(nlp, text, toponym, country):
    assert _countries(nlp, text)[toponym] == country


def _town(name: str, country: str) -> gazetteer.Entry:
    return next(e for e, s in gazetteer.candidates(name) if s == 100 and e.country == country
                and e.fclass == "P")


def test_home_country_needs_two_names_and_a_lead():
    maputo, pemba, kyiv = _town("Maputo", "MZ"), _town("Pemba", "MZ"), _town("Kyiv", "UA")
    keys = ["maputo", "pemba", "kyiv"]
    assert home_country([maputo, pemba, kyiv], keys, "palma") == "MZ"
    # the toponym judged does not vote for itself
    assert home_country([maputo, pemba, kyiv], keys, "pemba") is None
    # a repeated name counts once
    assert home_country([maputo, maputo, kyiv], ["maputo", "maputo", "kyiv"], "x") is None
    # a tie names no home
    odesa = _town("Odesa", "UA")
    assert home_country([maputo, pemba, kyiv, odesa], keys + ["odesa"], "x") is None
