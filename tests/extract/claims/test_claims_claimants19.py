"""Which voice a claim is given when a medium reports a stance taken by speaking (round
claimants19 of bench/data/conflict/README.md).

- a stance taken by speaking ("called the situation very serious", "condemned the strike")
  under another cue, by a speaker of its own who can hold a position, is that speaker's
  statement and the cue above relays it ("…, Lusa reported": the administrator via Lusa);
  a stance whose subject holds no position ("the plan seeks to …") stays reported content;
- a report in a relative clause on what such a stance is taken on ("condemned the victories of
  the Front, which claimed to have killed three soldiers") is the Front's, not the premier's;
- a past-tense verb after the comma that closes a relative clause on a noun ("Mueda's
  administrator, who is sheltering in …, called …") has that noun as its subject, though the
  parser hung the verb from the noun as a participle.

Each text was written for these tests and goes through the whole pipeline as an article of the
fictional "Daily Sun"."""

from __future__ import annotations

import pytest

from .helpers import claim_on, claimant_text, exported_claims

OUTLET = "Daily Sun"

TEXTS = {
    "stance_after_relative": (
        "Mueda’s administrator, who is sheltering in the provincial capital, called the "
        "attack very grave, Lusa reported."),
    "stance_then_carried": (
        "The district chief, who fled to the coast last week, called the situation desperate, "
        "the agency reported. Six villagers were killed, he said."),
    "stance_of_a_thing": "Turkey said the plan seeks to end the war, Reuters reported.",
    "relative_beside_stance": (
        "The government has blamed the massacre of 30 villagers on the Liberation Front, which "
        "has denied responsibility, reports Reuters."),
}


@pytest.fixture(scope="module")
def claims(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict]]:
    return exported_claims(tmp_path_factory.mktemp("claimants19"), TEXTS, OUTLET)


def test_a_spoken_stance_under_a_report_is_the_speakers_and_the_medium_relays(claims):
    claim = claim_on(claims["stance_after_relative"], "very grave")
    assert claimant_text(claim) == "Mueda’s administrator"
    assert claim["chain"] == ["Mueda’s administrator", "Lusa", OUTLET]


def test_the_speaker_of_a_spoken_stance_keeps_the_relay_later(claims):
    first = claim_on(claims["stance_then_carried"], "desperate")
    assert claimant_text(first) == "district chief"
    assert first["chain"] == ["district chief", "agency", OUTLET]
    later = claim_on(claims["stance_then_carried"], "Six villagers")
    assert later["chain"] == ["district chief", "agency", OUTLET]


def test_a_thing_holding_no_position_stays_reported_content(claims):
    claim = claim_on(claims["stance_of_a_thing"], "the plan seeks")
    assert claimant_text(claim) == "Turkey"
    assert claim["chain"] == ["Turkey", "Reuters", OUTLET]


def test_a_report_on_what_a_stance_is_taken_on_is_a_voice_of_its_own(claims):
    claim = claim_on(claims["relative_beside_stance"], "30 villagers")
    assert claimant_text(claim) == "government"
    assert claim["chain"] == ["government", "Reuters", OUTLET]
