"""Which voice a claim is given when the claimant differs (round claimants20 of
bench/data/conflict/README.md).

- "X shared with <medium> that …" is a cue, and the medium shared with relays it; the parser
  may read "shared" as a participle on the speaker and leave the sentence no verb, the "that"
  clause hung from the speaker beside it ("A teacher …, who requested anonymity …, shared with
  Addis Standard that …"); "shared a long border" reports nothing;
- a personal pronoun never points back to a medium the outlets pack names, though the model
  typed the name a person ("Villagers told Addis Standard …. He said …");
- an informant named by a passive verb of telling or a verb of hearing whose hearer is the
  quoted speaker ("“We were informed by a headman that …,” X said", "“I heard from family
  members about …,” he told Reuters") is the claimant, and the speaker relays;
- "found two hostages suffering from wounds" is a discovery, no finding reported.

Each text was written for these tests and goes through the whole pipeline as an article of the
fictional "Daily Sun"."""

from __future__ import annotations

import pytest

from .helpers import claim_on, claimant_text, exported_claims

OUTLET = "Daily Sun"

TEXTS = {
    "shared": "The farmer shared with the Daily Nation that soldiers had burned the village.",
    "shared_verbless": ("A farmer shared with the Daily Nation that soldiers had burned "
                        "the village."),
    "shared_after_relative": (
        "A teacher in Gondar town, who requested anonymity due to safety concerns, shared with "
        "Addis Standard that clashes between government forces and militants had escalated "
        "since Friday. He stated that the fighting began in the market."),
    "shared_border": "The two countries shared a long border until the war.",
    "pronoun_after_outlet": (
        "Villagers told Addis Standard that ten people were killed in the clashes. He said "
        "the fighting went on until dawn."),
    "informed_in_quote": (
        "“We were informed by a village headman that villagers rushed to the scene,” the "
        "colonel said, adding the villagers found two hostages suffering from gunshot wounds."),
    "heard_in_quote": (
        "“I heard from family members about the deaths of at least five civilians in the "
        "crossfire,” the farmer told Reuters."),
    "finding": "Investigators found that two hostages were suffering from wounds.",
}


@pytest.fixture(scope="module")
def claims(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict]]:
    return exported_claims(tmp_path_factory.mktemp("claimants20"), TEXTS, OUTLET)


def test_shared_with_a_medium_is_a_cue_the_medium_relays(claims):
    claim = claim_on(claims["shared"], "burned the village")
    assert claimant_text(claim) == "farmer"
    assert claim["chain"] == ["farmer", "Daily Nation", OUTLET]


def test_shared_read_as_a_participle_on_a_verbless_sentence_keeps_its_speaker(claims):
    claim = claim_on(claims["shared_verbless"], "burned the village")
    assert claimant_text(claim) == "farmer"
    assert claim["chain"][1:] == ["the Daily Nation", OUTLET]


def test_shared_after_a_relative_clause_and_the_pronoun_after_it(claims):
    first = claim_on(claims["shared_after_relative"], "had escalated")
    assert "teacher" in claimant_text(first)
    assert first["chain"][1:] == ["Addis Standard", OUTLET]
    later = claim_on(claims["shared_after_relative"], "He stated")
    assert later["chain"][1:] == ["Addis Standard", OUTLET]
    assert later["chain"][0] == "teacher"


def test_sharing_a_border_reports_nothing(claims):
    assert claims["shared_border"] == []


def test_he_does_not_point_back_to_a_named_medium(claims):
    first = claim_on(claims["pronoun_after_outlet"], "ten people")
    assert first["chain"][1:] == ["Addis Standard", OUTLET]
    later = claim_on(claims["pronoun_after_outlet"], "until dawn")
    assert later["chain"][0] != "Addis Standard"


def test_an_informant_who_told_the_quoted_speaker_is_the_claimant(claims):
    claim = claim_on(claims["informed_in_quote"], "rushed to the scene")
    assert claimant_text(claim) == "village headman"
    assert claim["chain"] == ["village headman", "colonel", OUTLET]


def test_an_informant_the_quoted_speaker_heard_from_is_the_claimant(claims):
    claim = claim_on(claims["heard_in_quote"], "five civilians")
    assert claimant_text(claim) == "family members"
    assert claim["chain"] == ["family members", "farmer", "Reuters", OUTLET]


def test_a_finding_with_a_that_clause_still_reports(claims):
    claim = claim_on(claims["finding"], "two hostages")
    assert claimant_text(claim) == "Investigators"
