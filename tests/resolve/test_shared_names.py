"""A country name two states share, read as the state the article's other places and actors
lie in (issue 14): "Congo", "Korea"."""

import pytest

from fogofwar.resolve.actors import resolve_actors
from fogofwar.resolve.places import resolve_places


def _located(nlp, text):
    doc = nlp(text)
    return {p.text: p for p in resolve_places(doc, resolve_actors(doc))}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # towns of one state decide
        ("Fighting near Goma and Butembo forced thousands to flee, Congo's army said.",
         "Congo", "COD"),
        ("Police fired tear gas at protesters in Brazzaville and Pointe-Noire, and Congo's "
         "government imposed a curfew.", "Congo", "COG"),
        # a pack actor of one state decides when no other place is named
        ("M23 rebels attacked an army post on Tuesday, Congo's government said.",
         "Congo", "COD"),
        # the gazetteer gives no state for "Korea", or a namesake town: the capital decides
        ("Officials in Seoul and Busan said Korea would raise its defence budget.", "Korea",
         "KOR"),
        ("Officials in Pyongyang said Korea would launch a satellite.", "Korea", "PRK"),
    ],
)
def test_a_shared_country_name_follows_the_article(nlp, text, name, country):
    p = _located(nlp, text)[name]
    assert (p.country, p.precision) == (country, "country")


def test_with_nothing_to_go_on_the_gazetteer_s_reading_stands(nlp):
    p = _located(nlp, "Congo's government said on Monday it would hold talks.")["Congo"]
    assert p.country == "COG"


def test_a_namesake_town_in_the_article_s_own_country_stays(nlp):
    found = _located(nlp, "Farmers near Bouaflé and Daloa said the road to Korea was cut.")
    assert found["Korea"].country == "CIV" and found["Korea"].precision == "town"
