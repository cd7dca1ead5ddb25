"""Names the model misread as a person or organisation, worded as places ("30 km from X",
"X town") and exactly a place in a country the story names, are places (round places22);
a person's name that a village of that country shares, said without such words, stays a
person. Sentences of our own."""

from __future__ import annotations

import pytest

from fogofwar.resolve.places import resolve_places


def _countries(nlp, text: str) -> dict[str, str | None]:
    return {p.text: p.country for p in resolve_places(nlp(text))}


@pytest.mark.parametrize(("text", "toponym", "country"), [
    ("The depot lies 30 km from Bakhmut, on the front line of the war in Ukraine.", "Bakhmut",
     "UKR"),
    ("Residents fled to Wana after the raid in Pakistan's tribal belt.", "Wana", "PAK"),
])
def test_a_misread_name_worded_as_a_place_in_a_named_country_is_that_place(
        nlp, text, toponym, country):
    assert _countries(nlp, text).get(toponym) == country


def test_a_name_said_without_place_words_stays_a_person(nlp):
    text = ("Tymoshenko said the attack on Kyiv killed two people, Ukraine's emergency service "
            "reported.")
    assert "Tymoshenko" not in _countries(nlp, text)
