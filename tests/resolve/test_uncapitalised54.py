"""Spanish or French prose read by the English model: function words it tags as places or
peoples ("la", "han", "el monte") have no capital letter and are no toponym, so they never
resolve to namesakes (Louisiana, a Syrian hamlet, El Monte); a capitalised name in the same
prose, or an English place, still is one (round place54)."""

import pytest

from fogofwar.resolve.actors import resolve_actors
from fogofwar.resolve.places import resolve_places


def _names(nlp, sentence):
    doc = nlp(sentence)
    return {p.text: p.name for p in resolve_places(doc, resolve_actors(doc))}


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Los familiares piden que las autoridades entreguen los cuerpos, y los vecinos han "
         "denunciado la represión sobre el barrio.", "han"),
        ("El gobierno jamás reconoció la cifra y el ejército nunca pidió perdón en público.",
         "la"),
        ("Los testigos dijeron que en la madrugada los soldados dispararon sobre la multitud en "
         "el monte.", "el monte"),
    ],
)
def test_uncapitalised_words_are_no_place(nlp, sentence, word):
    assert word not in _names(nlp, sentence)


def test_capitalised_places_stay(nlp):
    names = _names(nlp, "Shelling hit homes in the Gaza Strip and near Khan Younis on Monday.")
    assert any(n and "Gaza" in n for n in names.values()), names


def test_a_lone_article_is_no_place(nlp):
    """"Las" tagged as a place alone resolved to Las Vegas or Lashio (toponyms pack
    `lone_articles`)."""
    names = _names(nlp, "El dictador nunca lo admitió. Las investigaciones posteriores, sin "
                        "embargo, lo probaron.")
    assert "Las" not in names, names


def test_names_an_article_opens_stay(nlp):
    names = _names(nlp, "Las Palmas and La Paz held vigils on Sunday.")
    assert names.get("Las Palmas") == "Las Palmas" and names.get("La Paz") == "La Paz", names
