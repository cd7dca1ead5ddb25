"""A people's own short word that the states' lists lack ("Uzbek", "Tajik", "Serb") is read as
its country from the places pack."""

import pytest

from fogofwar.resolve.actors import resolve_actors
from fogofwar.resolve.places import resolve_places


@pytest.mark.parametrize(
    ("sentence", "text", "country"),
    [
        ("An Uzbek prosecutor said on Monday that 169 people had died.", "Uzbek", "UZB"),
        ("Kyrgyz and Tajik border guards exchanged fire on Thursday.", "Tajik", "TJK"),
        ("Ethnic Uzbeks fled across the border as Kyrgyz gangs burned their homes.", "Uzbeks",
         "UZB"),
        ("Serb police surrounded the village before dawn.", "Serb", "SRB"),
    ],
)
def test_peoples_words_are_demonyms_of_their_country(nlp, sentence, text, country):
    doc = nlp(sentence)
    found = {p.text: p for p in resolve_places(doc, resolve_actors(doc))}
    assert text in found, sorted(found)
    assert found[text].role == "demonym"
    assert found[text].country == country
    assert found[text].precision == "country"


def test_a_peoples_word_gives_no_actor_a_state(nlp):
    """Only places read the places pack's words: an "Uzbek" crowd is no voice of Uzbekistan."""
    doc = nlp("An Uzbek crowd gathered outside the police station in Osh.")
    assert all(m.country != "UZB" for m in resolve_actors(doc))
