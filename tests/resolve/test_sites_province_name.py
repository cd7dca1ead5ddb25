"""A site named after a first-level area and tied to no town ("the Crimea bridge") is located
at that area, the last resort after every town the text could give it (issue 14: a named
facility is a place mention with coordinates). Sentences written for this test."""

from __future__ import annotations

from fogofwar.resolve.actors import resolve_actors
from fogofwar.resolve.places import resolve_places
from fogofwar.resolve.sites import with_sites


def sites(nlp, text: str) -> list[tuple[str, str | None, str | None]]:
    doc = nlp(text)
    places = with_sites(doc, resolve_places(doc, resolve_actors(doc)))
    return [(p.text, p.within, p.country) for p in places if p.feature_code == "BDG"]


def test_a_bridge_named_after_a_province_is_located_there(nlp):
    found = sites(nlp, "Ukrainian officials said a truck exploded on the Crimea bridge at dawn.")
    assert found and found[0][1] is not None and found[0][2] == "UKR"


def test_a_town_the_text_ties_it_to_still_comes_first(nlp):
    found = sites(nlp, "Ukrainian officials said a truck exploded on the Crimea bridge near "
                       "Kerch at dawn.")
    assert found and found[0][1] == "Kerch"


def test_a_province_of_a_country_the_text_never_names_places_nothing(nlp):
    found = sites(nlp, "Officials in Moscow said a truck exploded on the Crimea bridge.")
    assert found and all(w in (None, "Moscow") for _, w, _ in found)
