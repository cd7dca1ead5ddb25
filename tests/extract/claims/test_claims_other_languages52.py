"""Claims on French and Spanish pages (round lang52): the English parser reads no cue in them,
so the speaker is found by the cues pack's `other_languages` patterns. Sentences written for
this test; each names the claimant expected and a figure the claim carries."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fogofwar.extract.claims.other_languages import other_language_speaker

from .helpers import claim_on, claimant_text, exported_apart, figure_values

OUTLET = "Le Courrier du Sahel"

#: key: (text, words in the claim's sentence, claimant words, a figure of the claim)
FORMS = {
    "selon": ("Selon le gouverneur de la région de Mopti, au moins 23 villageois ont été tués "
              "par des hommes armés dans la nuit de samedi.", "23 villageois",
              "gouverneur", 23),
    "d_apres": ("D'après la gendarmerie nationale, les assaillants ont enlevé 14 personnes dans "
                "le village avant de prendre la fuite.", "14 personnes", "gendarmerie", 14),
    "a_declare": ("Le porte-parole de l'armée a déclaré que 17 soldats étaient morts dans "
                  "l'embuscade tendue sur la route de la frontière.", "17 soldats",
                  "porte-parole", 17),
    "inverted": ("« Nous avons compté 41 corps dans les rues du quartier », a affirmé le maire "
                 "de la commune à la radio locale.", "41 corps", "maire", 41),
    "segun": ("Según la fiscalía del estado, 19 personas murieron en el enfrentamiento entre "
              "los dos grupos armados en la sierra.", "19 personas", "fiscalía", 19),
    "dijo": ("El comandante de la policía regional dijo que los pistoleros secuestraron a 8 "
             "trabajadores de la mina y que las familias esperan noticias.", "8 trabajadores",
             "comandante", 8),
    "afirmo_after": ("Hubo más de 60 heridos en los disturbios de la capital y las protestas "
                     "siguen, afirmó el ministro del Interior a la prensa.", "60 heridos",
                     "ministro", 60),
    "de_acuerdo_con": ("De acuerdo con la Cruz Roja, las lluvias y los combates dejaron 1.200 "
                       "desplazados en la provincia durante la semana.", "1.200 desplazados",
                       "Cruz Roja", 1200),
}


@pytest.fixture(scope="module")
def claims(tmp_path_factory):
    return exported_apart(tmp_path_factory.mktemp, {k: v[0] for k, v in FORMS.items()},
                          OUTLET)


@pytest.mark.parametrize("key", list(FORMS))
def test_speaker_of_a_french_or_spanish_sentence(claims, key):
    _, words, claimant, figure = FORMS[key]
    claim = claim_on(claims[key], words)
    assert claimant.lower() in claimant_text(claim).lower()
    assert figure in figure_values(claim)


@pytest.mark.parametrize("text", [
    # a pronoun names nobody
    "Selon lui, plus de 300 personnes ont perdu la vie pendant les trois jours de combats.",
    # a reflexive clause after the preposition names nobody
    "Nunca se supo la cifra de muertos en la ciudad, según se lee en el informe del comité.",
    # English: a French word in it changes nothing
    "The minister said, according to the police, that 40 soldiers died in the attack, selon "
    "the local press.",
])
def test_no_speaker(text):
    assert other_language_speaker(text) is None


#: words and marks of both languages' patterns, to build sentences the reader may take for
#: French or Spanish (stop words, prepositions, verbs, pronouns, clause marks)
_PIECES = ["le", "la", "les", "des", "du", "dans", "el", "los", "del", "por", "que", "se",
           "selon", "Selon", "según", "a", "ont", "déclaré", "précise", "dijo", "afirmó", "lui",
           "Juan", "ministre", "gouverneur", "12", "morts", "the", "said", ",", ".", "«", "»",
           "“", "”", "(", ")", "\n", "'", "l’", ""]


@given(st.one_of(st.lists(st.sampled_from(_PIECES), max_size=40).map(" ".join),
                 st.lists(st.sampled_from(_PIECES), max_size=40).map("".join),
                 st.text(max_size=120)))
@settings(max_examples=300, deadline=None)
def test_any_text_gives_a_speaker_span_inside_it_or_none(text: str) -> None:
    """Page text is untrusted: the pattern reader never raises, and a speaker it finds is a
    non-empty span of the text with no clause mark inside."""
    found = other_language_speaker(text)
    if found is not None:
        start, end = found
        assert 0 <= start < end <= len(text)
        assert text[start:end].strip() == text[start:end]
        assert not set(text[start:end]) & set(",.;:!?()[]«»\"“”\n")
