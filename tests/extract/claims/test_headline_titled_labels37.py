"""A headline opened by a speaker's title in lower case after its first word ("Army
spokesman: 30 rebels killed in raid", "Island sultan spokesman: …") is that speaker's claim,
as a capitalised name before the colon is ("Sanders: …"); left to the outlet, the headline's
toll was narration and the speaker's side disputed nothing. A label that is a topic ("Death
toll: …") or a place stays none. Texts are written for these tests, as pages whose first line
is the headline."""

from __future__ import annotations

import pytest

from .helpers import claim_on, claimant_text, exported_apart

OUTLET = "Daily Sun"

TEXTS = {
    "spokesman": (
        "Army spokesman: 30 rebels killed in raid near Dorvan\n\n"
        "Troops raided a rebel camp near the town of Dorvan on Tuesday, officials said."),
    "three_words": (
        "Island sultan spokesman: 12 followers killed in clash\n\n"
        "Fighting broke out in the hills on Friday morning, residents said."),
    "topic": (
        "Death toll: 45 killed as floods sweep the valley\n\n"
        "Rescue teams searched the valley on Sunday, officials said."),
}


@pytest.fixture(scope="module")
def claims(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict]]:
    return exported_apart(tmp_path_factory.mktemp, TEXTS, OUTLET)


def test_a_titled_label_speaks_its_headline(claims):
    claim = claim_on(claims["spokesman"], "30 rebels killed")
    assert claimant_text(claim).startswith("Army")  # the army's voice, not the outlet's
    assert claim["chain"][0] != OUTLET


def test_a_three_word_titled_label_speaks_its_headline(claims):
    claim = claim_on(claims["three_words"], "12 followers killed")
    assert claimant_text(claim) and claim["chain"][0] != OUTLET


def test_a_topic_label_speaks_for_no_one(claims):
    assert not [c for c in claims["topic"] if "45 killed" in c["sentence"]]
