"""A saying verb nested in another (non-media) speaker's statement is that speaker's words.

Round chainsp22: the dev gold gives the outer speaker as claimant with no relay ("The officials
say agents … confirmed …", "…, a spokesman said" after a denial); a verb that passes words on
("had told him", "reported", "citing") and a medium framing a voice still make a chain."""

from __future__ import annotations

import pytest

from fogofwar.extract import extract_claims

from ..conftest import article, mention

OUTLET = "Daily Sun"


def _chains(nlp, text, media=()):
    mentions = [mention(text, name, name.lower(), name, None, "MED") for name in media]
    return [c.chain for c in extract_claims(nlp(text), article(text, OUTLET), mentions)
            if not c.narrator]


@pytest.mark.parametrize("text, chain", [
    ("Nine fighters were killed near the river, but the governors believe more could be among "
     "the dead, police said.", ["police", OUTLET]),
    ("The officials say rangers sent to the village on Monday confirmed the death of the "
     "bandit leader.", ["officials", OUTLET]),
    ("Rebel forces on Monday denied any role in the shelling of the school that killed 12 "
     "pupils, a spokesman said.", ["spokesman", OUTLET]),
    ("The mayor said interrogations revealed that the captured man spoke the northern dialect.",
     ["mayor", OUTLET]),
])
def test_a_nested_saying_verb_is_the_outer_speakers_words(nlp, text, chain):
    assert _chains(nlp, text) == [chain]


@pytest.mark.parametrize("text, chain", [
    ("Mensah said the village chief had told him that 30 houses were burned.",
     ["village chief", "Mensah", OUTLET]),
    ("A doctor said families at the clinic reported 20 deaths after the flood.",
     ["families", "doctor", OUTLET]),
])
def test_a_verb_that_passes_words_on_still_relays(nlp, text, chain):
    assert _chains(nlp, text) == [chain]


def test_a_medium_framing_a_voice_relays_it(nlp):
    text = "Reuters said the governor confirmed that 14 people were killed in the blast."
    assert _chains(nlp, text, ["Reuters"]) == [["governor", "Reuters", OUTLET]]
