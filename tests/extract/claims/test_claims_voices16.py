"""Which voice a claim is given (issue 11, round c570-c577 of bench/data/conflict/README.md):
"the same source" is the last voice heard, a person or a body; a state's name closing a
person's name set beside a description ("The rebel spokesman, Tengku Jamaica,") is that
person, and so is the state's name speaking later; a speaker's report under another's denial
("Rebels say … but army denies") is the speaker's own claim, with no relay; a pronoun speaking
in a relative clause means the subject of the clause it hangs in ("The front is fighting for
the herders, who they say …"). Each text was
written for these tests and goes through the whole pipeline as an article of the fictional
"Daily Sun"."""

from __future__ import annotations

import pytest

from .helpers import claim_on, claimant_text, claims_on, exported_claims, figure_values

OUTLET = "Daily Sun"

TEXTS = {
    "same_source_body": (
        "The army said on Monday that 20 rebels had been killed, according to a statement "
        "sent to Reuters. The same source said that four soldiers were wounded."),
    "same_source_person": (
        "A police officer told AFP that 12 people died in the blast. The same source said "
        "that four more were wounded."),
    "same_source_first": "The same source said that four soldiers were wounded.",
    "state_closing_a_name": (
        "The local rebel spokesman, Tengku Jamaica, said 40 soldiers were killed. "
        "\"We lost two men,\" Jamaica said."),
    "state_speaking_alone": (
        "Officials in Jamaica said 40 people were killed. Jamaica said two more died."),
    "say_but_denies": "Rebels say killed 30 soldiers but army denies",
    "say_but_denies_it": (
        "Militants say they killed 12 police officers in Kunar, but the governor denies it."),
    "denied_reports_of": (
        "Earlier on Monday, the embassy also denied Reuters reports that two soldiers had "
        "been killed."),
    "they_in_a_relative_clause": (
        "The ministry said 20 rebels were killed. The Liberation Front is fighting for the "
        "rights of herders, who they say were driven from their land."),
    "he_in_a_relative_clause": (
        "Colonel Ahmed Saleh said 20 rebels were killed. The rebels attacked a convoy that he "
        "said carried 30 soldiers."),
    "rejected_and_says": (
        "The rebel group has rejected the accusations, and says six civilians were killed in "
        "the village."),
}


@pytest.fixture(scope="module")
def claims(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict]]:
    return exported_claims(tmp_path_factory.mktemp("voices16"), TEXTS, OUTLET)


def test_the_same_source_is_the_body_heard_last_and_keeps_its_relay(claims):
    claim = claim_on(claims["same_source_body"], "four soldiers")
    assert claimant_text(claim) == "army"
    assert claim["chain"] == ["army", "Reuters", OUTLET]


def test_the_same_source_is_the_person_heard_last(claims):
    claim = claim_on(claims["same_source_person"], "four more")
    assert claimant_text(claim) == "police officer"
    assert claim["chain"][:2] == ["police officer", "AFP"]


def test_the_same_source_with_nobody_before_stays_itself(claims):
    claim = claim_on(claims["same_source_first"], "four soldiers")
    assert "source" in claimant_text(claim)


def test_a_state_closing_a_name_beside_a_description_is_the_person(claims):
    first = claim_on(claims["state_closing_a_name"], "40 soldiers")
    assert claimant_text(first) == "Tengku Jamaica"
    later = claim_on(claims["state_closing_a_name"], "two men")
    assert claimant_text(later) == "Tengku Jamaica"


def test_a_state_speaking_with_no_such_name_before_stays_the_state(claims):
    claim = claim_on(claims["state_speaking_alone"], "two more")
    assert claimant_text(claim) == "Jamaica"


def test_a_report_under_a_denial_is_its_speakers_with_no_relay(claims):
    claim = claim_on(claims["say_but_denies"], "30 soldiers")
    assert claimant_text(claim) == "Rebels"
    assert claim["chain"] == ["rebels", OUTLET]
    assert 30 in figure_values(claim)
    claim = claim_on(claims["say_but_denies_it"], "12 police")
    # Kunar is no land of the Syria pack: its "militants" entry does not name them here
    assert claim["chain"] == ["Militants", OUTLET]


def test_a_denied_medium_report_and_a_joined_verb_are_unchanged(claims):
    claim = claim_on(claims["denied_reports_of"], "two soldiers")
    assert claimant_text(claim) == "Reuters"
    found = claims_on(claims["rejected_and_says"], "six civilians")
    assert [claimant_text(c) for c in found] == ["rebel group"]


def test_they_in_a_relative_clause_is_the_subject_it_hangs_under(claims):
    claim = claim_on(claims["they_in_a_relative_clause"], "driven from their land")
    assert "Liberation Front" in claimant_text(claim)


def test_he_in_a_relative_clause_under_a_body_is_still_the_last_speaker(claims):
    claim = claim_on(claims["he_in_a_relative_clause"], "30 soldiers")
    assert claimant_text(claim) == "Colonel Ahmed Saleh"
