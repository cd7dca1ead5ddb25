"""A city's possessive holds the district after it even with a compass word between ("the
killings in Cairo's eastern X district" left X, unknown to the gazetteer, tied to no town, and
the report out of the incident placed at the city: issue 14). Sentences of our own."""

import pytest

from fogofwar.resolve.actors import resolve_actors
from fogofwar.resolve.enclosing import _possessive
from fogofwar.resolve.places import resolve_places


@pytest.mark.parametrize(("gap", "joins"), [
    ("'s ", True), ("’s the ", True), ("'s southern ", True), ("’s far northern ", False),
    ("'s main ", False), (" and ", False)])
def test_what_a_possessive_may_hold_before_the_part(gap, joins):
    assert bool(_possessive().match(gap)) is joins


def test_a_district_after_a_compass_word_lies_in_the_city(nlp):
    doc = nlp("Gunmen killed nine worshippers in Damascus's southern Al-Qadam district on "
              "Friday.")
    found = {p.text: p for p in resolve_places(doc, resolve_actors(doc))}
    assert found["Al-Qadam"].within == "Damascus"
    assert found["Al-Qadam"].country == "SYR"
