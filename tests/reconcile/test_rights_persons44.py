"""A person described as a rights group's voice speaks as the rights side (round voices44):
"human rights advocate X", "X, a prominent human rights campaigner", "X, president of the
League for Human Rights" (civil_sides.rights_person). Sentences written for these tests."""

from __future__ import annotations

import pytest

from fogofwar.reconcile.claimant_sides import WATCHDOG, claimant_side, rights_person


def _speaker(text: str, name: str) -> tuple[dict, dict]:
    start = text.index(name)
    m = {"text": name, "start": start, "end": start + len(name), "actor_id": None,
         "name": None, "country": None, "sector": None, "side": None}
    return m, {"text": text, "actors": [], "claims": [], "places": [], "title": ""}


@pytest.mark.parametrize("text", [
    "Amina Bello, a prominent human rights campaigner, said 40 people were killed.",
    "Amina Bello, president of the Sahel Human Rights Organisation, said 40 people died.",
    "Amina Bello of the League for Human Rights said 40 people were killed.",
    "Veteran human rights advocate Amina Bello said 40 people were killed.",
])
def test_a_rights_groups_voice_speaks_as_the_rights_side(text):
    m, art = _speaker(text, "Amina Bello")
    assert rights_person(m, art)
    assert claimant_side(m, art) == WATCHDOG


@pytest.mark.parametrize("text", [
    # no rights word: an opposition activist is no rights group's voice
    "Amina Bello, a prominent opposition activist, said 40 people were killed.",
    # a state's commission: its chair is the state's watchdog, not a group's voice
    "Amina Bello, chairwoman of the Sahel National Commission on Human Rights, said 40 died.",
    # a state's body
    "Human Rights Minister Amina Bello said 40 people were killed.",
])
def test_no_rights_voice_without_a_rights_groups_words(text):
    m, art = _speaker(text, "Amina Bello")
    assert not rights_person(m, art)
