"""Chains missed on fresh relay-rich batches (round chains23d): a body told by name is no relay
unless a medium; a speaker's earlier words told to a medium in an "after
telling" phrase; a news agency described, then named as speaker in the next sentence; a
group's own station after "on". Each text was written for these tests and goes through the
whole pipeline as an article of the fictional "Daily Sun".
"""

from __future__ import annotations

import pytest

from .helpers import claim_on, exported_claims

OUTLET = "Daily Sun"

TEXTS = {
    "known_body": "The minister told Hezbollah that the talks were over.",
    "committee": ("The general told the Senate Armed Services Committee that 40 soldiers were "
                  "wounded."),
    "after_telling": ("Doctors said six people died, after earlier telling the AFP news agency "
                      "that a shell hit the ward."),
    "named_next": ("Five soldiers were killed in shelling near the dam, a state-run news agency "
                   "cited local officials as saying. \"The shelling began at dawn,\" Interfax "
                   "said."),
    "body_next": ("Five soldiers were killed in shelling near the dam, a state-run news agency "
                  "cited local officials as saying. The army said the shelling began at dawn."),
    "own_radio": ("The rebels claimed the ambush on their Radio Nasr, saying 14 soldiers were "
                  "killed."),
    "target_radio": ("The rebels claimed the attack on the Radio Nasr building, saying 14 guards "
                     "were killed."),
}


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    return exported_claims(tmp_path_factory.mktemp("chains23d"), TEXTS, OUTLET)


def test_a_known_body_or_a_committee_told_relays_nothing(exported):
    assert len(claim_on(exported["known_body"], "talks")["chain"]) == 2
    assert len(claim_on(exported["committee"], "40 soldiers")["chain"]) == 2


def test_a_medium_told_in_an_after_phrase_relays(exported):
    assert claim_on(exported["after_telling"], "six people")["chain"][1] == "AFP"


def test_a_described_agency_is_the_medium_speaking_in_the_next_sentence(exported):
    assert claim_on(exported["named_next"], "Five soldiers")["chain"][1] == "Interfax"
    assert "state-run news agency" in claim_on(exported["body_next"], "Five soldiers")["chain"]


def test_a_station_the_speaker_owns_after_on_relays(exported):
    assert "Radio Nasr" in claim_on(exported["own_radio"], "14 soldiers")["chain"][1]
    assert len(claim_on(exported["target_radio"], "14 guards")["chain"]) == 2
