"""Issue 14, round tolls17: a claimant named by an acronym the page spells out speaks for the
country its full name names, a pronoun of several voices ("both", "they") names no source of its
own, and a count of bodies whose sentence says whose they are ("four gunmen bodies") counts that
class of victim. Sentences and names are our own."""

from __future__ import annotations

import pytest

from fogofwar.reconcile.claimant_sides import acronym_side, claimant_side
from fogofwar.reconcile.evidence import victim
from fogofwar.reconcile.tolls import named

TEXT = ("Gunmen attacked a depot near the coast on Monday. The Ruritania Border Guard (RBG) "
        "said three attackers were shot. Later the RBG said a fourth had died.")


def page(text: str = TEXT) -> dict:
    at = text.find("Ruritania")
    return {"text": text, "claims": [],
            "places": [{"text": "Ruritania", "start": at, "end": at + 9, "country": "RUR",
                        "role": "actor"}]}


def voice(text: str, **kw) -> dict:
    return {"text": text, "start": None, "end": None, "actor_id": None, "country": None,
            "sector": None, "side": None, **kw}


def test_an_acronym_the_page_spells_out_takes_its_full_names_country():
    assert acronym_side(voice("RBG"), page()) == "rur"
    assert claimant_side(voice("RBG"), page()) == "rur"


def test_an_acronym_the_page_never_spells_out_takes_no_side():
    assert acronym_side(voice("RBG"), page(TEXT.replace(" (RBG)", ""))) is None


def test_a_full_name_in_the_sentence_before_is_not_read():
    text = "Ruritania closed its border. The Coastal Watch (CW) said three attackers died."
    assert acronym_side(voice("CW"), page(text)) is None


def test_a_medium_or_a_word_that_is_no_acronym_takes_no_side():
    assert acronym_side(voice("RBG", sector="MED"), page()) is None
    assert acronym_side(voice("Guard"), page()) is None


def test_a_pronoun_of_several_voices_names_no_source():
    assert not named("both") and not named("they") and not named("each")
    assert named("Ruritania Border Guard")


@pytest.mark.parametrize(("sentence", "text", "cls"), [
    ("Six gunmen bodies were pulled from the river.", "Six", "militants"),
    ("Rescuers found nine soldiers' bodies near the bridge.", "nine", "combatants"),
    ("Three terrorists bodies lay by the gate.", "Three", "militants"),
    ("The morgue took in 40 bodies overnight.", "40", None),          # whose is not said
    ("The morgue took in 40 unclaimed bodies overnight.", "40", None),  # no class of victim
])
def test_a_floor_of_bodies_takes_the_class_the_word_before_it_names(sentence, text, cls):
    assert victim({"text": text, "counts": "bodies"}, {"sentence": sentence})[0] == cls


def test_attackers_killed_are_militants():
    assert victim({"text": "Five", "counts": "attackers"}, {"sentence": ""})[0] == "militants"
    assert victim({"text": "two", "counts": "assailants"}, {"sentence": ""})[0] == "militants"
