"""Events in French and Spanish sentences (round lang53): the English parser reads no trigger
in them, so the events pack's `other_languages` forms find the act, and the words around it
its doer, its victims and its place. Sentences written for this test."""

from __future__ import annotations

import pytest

from fogofwar.extract.events.other_languages import (
    opened_place,
    other_language_arguments,
    other_language_triggers,
    told_before,
)
from fogofwar.records import Place

from .whole import pipeline_events


def _triggers(nlp, text: str):
    doc = nlp(text)
    return other_language_triggers(doc[:])


@pytest.mark.parametrize("text,word,kind", [
    ("Selon la mairie, six villageois ont été tués par des hommes armés dans la nuit.",
     "tués", "ASSAULT"),
    ("Des combats ont opposé les deux groupes armés pendant toute la journée de mardi.",
     "combats", "FIGHT"),
    ("La policía informó que 14 personas fueron detenidas y que los detenidos están en la "
     "comisaría.", "detenidos", "SEIZE"),
    ("Los militares dispararon contra los manifestantes en la plaza central del pueblo.",
     "dispararon", "FIGHT"),
    ("Una masacre en una finca del departamento dejó cinco muertos según la fiscalía.",
     "masacre", "ASSAULT"),
])
def test_french_and_spanish_forms_are_triggers(nlp, text, word, kind):
    found = _triggers(nlp, text)
    assert found is not None
    assert (word, kind) in {(t.text, t.type) for t in found}


def test_english_statement_keeps_the_english_triggers(nlp):
    """An English sentence naming a French paper is not read as French: None, the English
    triggers apply."""
    assert _triggers(nlp, "Troops killed 12 people near the town on Sunday, Le Monde "
                          "reported.") is None


def test_sin_embargo_is_no_sanction(nlp):
    """'Sin embargo' (however) is no embargo: in a Spanish sentence only the pack's forms
    are triggers."""
    found = _triggers(nlp, "Sin embargo, el gobierno no ha dado ninguna cifra de los "
                           "heridos de la jornada.")
    assert found == []


def _args(nlp, text: str, word: str):
    doc = nlp(text)
    trig = next(t for t in other_language_triggers(doc[:]) if t.text == word)
    actor, target = other_language_arguments(trig, [])
    return (actor.text if actor else None), (target.text if target else None)


def test_passive_victims_and_agent(nlp):
    actor, target = _args(nlp, "Selon la mairie, six villageois ont été tués par des hommes "
                               "armés dans la nuit de samedi.", "tués")
    assert actor == "des hommes armés"
    assert target == "six villageois"


def test_active_doer_back_to_the_clause_word_and_target_after_contra(nlp):
    actor, target = _args(nlp, "El alcalde contó que los militares dispararon contra los "
                               "vecinos del barrio sin aviso.", "dispararon")
    assert actor == "los militares"
    assert target == "los vecinos del barrio"


def test_noun_doer_after_por_parte_de(nlp):
    actor, _ = _args(nlp, "Las familias denunciaron los ataques por parte de los grupos "
                          "paramilitares en la zona rural.", "ataques")
    assert actor == "los grupos paramilitares"


def test_a_clause_names_no_doer(nlp):
    """'Nadie sabe quiénes dispararon': a clause, not a name, before the verb."""
    actor, _ = _args(nlp, "«Nadie sabe quiénes dispararon contra las casas del barrio», dijo "
                          "la vecina que los vio.", "dispararon")
    assert actor is None


def _place(text: str, name: str) -> Place:
    start = text.index(name)
    return Place(name, start, start + len(name))


@pytest.mark.parametrize("text,name", [
    ("Le massacre a eu lieu en 1944 au Sénégal, près de la capitale.", "Sénégal"),
    ("Des affrontements ont éclaté dans la région de Mopti lundi.", "Mopti"),
    ("Los combates siguieron cerca de Cúcuta durante la noche.", "Cúcuta"),
])
def test_place_a_preposition_opens(text, name):
    assert opened_place(text, _place(text, name))


@pytest.mark.parametrize("text,name", [
    ("Sin embargo, las cifras oficiales no cambiaron.", "Sin"),
    ("Pour le militant, la France doit reconnaître le massacre.", "France"),
])
def test_place_no_preposition_opens(text, name):
    assert not opened_place(text, _place(text, name))


def test_definite_noun_tells_the_act_again(nlp):
    doc = nlp("Des hommes armés ont attaqué le village lundi. L'attaque a fait douze morts "
              "selon le maire de la commune.")
    by_word = {t.text.lower(): t for t in other_language_triggers(doc[:])}
    assert told_before(by_word["l'attaque"])
    assert not told_before(by_word["attaqué"])


def test_pipeline_gives_the_event_its_doer():
    events = pipeline_events("Selon le gouverneur, des soldats ont tiré sur la foule dans la "
                             "ville de Kayes samedi, tuant quatre personnes.")
    fired = [e for e in events if e.trigger == "tiré"]
    assert fired and fired[0].type in ("FIGHT", "ASSAULT")
    assert fired[0].actor is not None and "soldats" in fired[0].actor.text


def test_pipeline_places_the_event_a_preposition_opens():
    """'en 1994 au Rwanda': the English reader tags few names in a French sentence; the
    name a preposition of place opens is resolved and places the act."""
    events = pipeline_events("Le massacre commis par les miliciens en 1994 au Rwanda a fait des "
                             "centaines de victimes dans les collines.")
    hit = [e for e in events if e.trigger == "massacre"]
    assert hit and hit[0].place is not None and hit[0].place.country == "RWA"


@pytest.mark.parametrize("text,word", [
    ("Madrid reconoció que los soldados mataron a 35 campesinos durante la operación.",
     "mataron"),
    ("Dakar a reconnu que les soldats ont tué 35 tirailleurs pendant la mutinerie.", "tué"),
])
def test_pipeline_places_no_event_at_a_place_named_otherwise(text, word):
    """A capital that speaks for its state, with no preposition of place before it, is not
    where the killing was."""
    hit = [e for e in pipeline_events(text) if e.trigger == word]
    assert hit and hit[0].place is None
