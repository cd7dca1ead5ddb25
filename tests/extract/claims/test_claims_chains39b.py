"""Relays the chains39 round found failing on sentences of its own (round chains39b): "told the
publication" (a medium named before, by a description no list held), a participle of speaking
that holds the interview frame ("Speaking in an interview with X, the minister said"), a
medium's name with its state's name inside and a media noun typed apart ("Radio Television
Afghanistan"), and an unknown medium citing a known one ("Kabar reported, citing Sputnik, which
quoted …"). Each text was written for these tests and goes through the whole pipeline as an
article of the fictional "Daily Sun".
"""

from __future__ import annotations

import pytest

from .helpers import claim_on, exported_apart

OUTLET = "Daily Sun"

TEXTS = {
    "publication": ("Bandits raided a market in Katsina on Monday, the Daily Trust reported. "
                    "A district official told the publication that nine traders were abducted."),
    "publication_alone": ("Bandits raided a market in Katsina on Monday. A district official told "
                          "the publication that nine traders were abducted."),
    "publication_act": ("A district official said after the publication of the figures that nine "
                        "traders were abducted."),
    "speaking_interview": ("Speaking in an interview with Radio Maendeleo, the governor said "
                           "fifteen militiamen had been killed."),
    "speaking_ceremony": ("Speaking at the ceremony in Goma, the governor said fifteen militiamen "
                          "had been killed."),
    "state_inside_name": ("Nine soldiers died in the ambush, a provincial spokesman told Radio "
                          "Television Afghanistan."),
    "unknown_citing_medium": ("Nine soldiers died in the ambush, Zorbo reported, citing Sputnik, "
                              "which quoted a security source."),
    "person_citing_medium": "Nine soldiers died in the ambush, Mr Karimov said, citing Sputnik.",
}


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    return exported_apart(lambda key: tmp_path_factory.mktemp(key), TEXTS, OUTLET)


def test_the_publication_is_the_medium_named_before(exported):
    claim = claim_on(exported["publication"], "nine traders")
    assert claim["chain"] == ["district official", "Daily Trust", OUTLET]


def test_the_publication_with_no_medium_before_stays_unresolved(exported):
    claim = claim_on(exported["publication_alone"], "nine traders")
    assert claim["chain"][0] == "district official"
    assert "Daily Trust" not in claim["chain"]
    assert claim["chain"][-1] == OUTLET


def test_the_publication_of_figures_is_no_medium(exported):
    claim = claim_on(exported["publication_act"], "nine traders")
    assert claim["chain"] == ["district official", OUTLET]


def test_speaking_in_an_interview_names_the_relay(exported):
    claim = claim_on(exported["speaking_interview"], "fifteen militiamen")
    assert claim["chain"] == ["governor", "Radio Maendeleo", OUTLET]


def test_speaking_at_a_ceremony_names_no_relay(exported):
    claim = claim_on(exported["speaking_ceremony"], "fifteen militiamen")
    assert claim["chain"] == ["governor", OUTLET]


def test_a_state_inside_a_medium_name_is_the_medium(exported):
    claim = claim_on(exported["state_inside_name"], "Nine soldiers")
    assert claim["chain"] == ["provincial spokesman", "Radio Television Afghanistan", OUTLET]


def test_an_unknown_medium_citing_a_medium_relays_last(exported):
    claim = claim_on(exported["unknown_citing_medium"], "Nine soldiers")
    assert claim["chain"] == ["security source", "Sputnik", "Zorbo", OUTLET]


def test_a_person_citing_a_medium_keeps_speaking_first(exported):
    claim = claim_on(exported["person_citing_medium"], "Nine soldiers")
    assert claim["chain"][0] == "Karimov" or claim["chain"][0].endswith("Karimov")
