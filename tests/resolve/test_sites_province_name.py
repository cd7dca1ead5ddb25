"""A site named after a first-level area and tied to no town ("the Crimea bridge") is located
at that area, the last resort after every town the text could give it (issue 14: a named
facility is a place mention with coordinates); and a dateline's filing town is not the town of
a site its sentence names. Sentences written for this test."""

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


# --- a dateline's filing town is no site's town --------------------------------------------------

def _mall(nlp, text: str) -> list[str | None]:
    doc = nlp(text)
    places = with_sites(doc, resolve_places(doc, resolve_actors(doc)))
    return [p.within for p in places if p.text == "Amstor shopping mall"]


def test_a_dateline_town_places_no_site_of_its_sentence(nlp):
    # the town and the agency's code in brackets (MIA, read as Miami) are where it was filed
    assert _mall(nlp, "Moscow, 8 October 2022 (dpa/MIA) - A drone hit the Amstor shopping "
                      "mall, officials said.") == [None]
    assert _mall(nlp, "MOSCOW, May 8. /Test Agency/. A drone hit the Amstor shopping mall, "
                      "the ministry said.") == [None]


def test_a_town_the_sentence_names_otherwise_still_places_it(nlp):
    assert _mall(nlp, "Officials in Kyiv said a missile hit the Amstor shopping mall.") == ["Kyiv"]
