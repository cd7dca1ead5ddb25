"""Which voice a claim is given (issue 11, round voices18 of bench/data/conflict/README.md).

- a denial that gives the denier's own account ("The rebels denied the army's count, saying
  only one fighter was killed") is the denier's claim, not the denied count's author's; a
  denial whose object holds the reported words ("denied Reuters reports that …") stays the
  report's;
- an informant a speaker's quote names ("“… at least 20 men, according to a survivor,” he
  said") is the claimant and the speaker relays it, with the speaker's medium after; the
  speaker's own knowledge ("according to our information") names nobody new;
- a "citing" whose object is a motive ("citing concerns that …", "citing security reasons")
  names nobody who spoke; "citing officials" still does;
- an informant described by the body they serve ("an official with the local branch of the
  Federal Security Service (FSB)", "a local official from the interior ministry") keeps that
  phrase as the claimant, not a place ("a source from Kabul"), and a later bare "the source
  said" means that described speaker and keeps its relay.

Each text was written for these tests and goes through the whole pipeline as an article of the
fictional "Daily Sun"."""

from __future__ import annotations

import pytest

from .helpers import claim_on, claimant_text, exported_claims, figure_values

OUTLET = "Daily Sun"

TEXTS = {
    "denial_with_own_account": (
        "The militia quickly denied the police's count, saying only two fighters were killed "
        "near the river on Monday."),
    "denied_report_content": (
        "The embassy denied Reuters reports that three soldiers had died in the raid."),
    "informant_in_quote": (
        "Gunmen killed nine villagers in the night, a community leader told AFP. \"They came "
        "on motorbikes. The group of attackers was at least 20 men according to a survivor,\" "
        "he said."),
    "informant_in_reported_quote": (
        "The interior minister Ali Musa said on Wednesday that \"according to well-informed "
        "sources, there were about 15 dead among the attackers\"."),
    "own_information_in_quote": (
        "\"According to our information, 12 soldiers died,\" the governor told Reuters."),
    "citing_a_motive": (
        "Fighting spread to the north, the newspaper said, citing concerns that refugees could "
        "cross the border. Ten people were killed, the agency reported, citing officials."),
    "official_with_body": (
        "\"Six gunmen were neutralised\" in the clash in the Khasavyurt district of Dagestan, "
        "an official with the local branch of the Federal Security Service (FSB) told the "
        "Interfax news agency. The official said that three of the dead had been identified."),
    "cited_official_from_body": (
        "The Ingushetia.org website cited a local official from the interior ministry giving "
        "a figure of 12 dead."),
    "source_from_a_place": "A source from Kabul said 12 people were killed.",
    "the_source_after_described": (
        "Two militants were killed near the village, a source with the regional security "
        "agencies told TASS on Tuesday. \"The operation continues,\" the source said."),
}


@pytest.fixture(scope="module")
def claims(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict]]:
    return exported_claims(tmp_path_factory.mktemp("voices18"), TEXTS, OUTLET)


def test_a_denial_saying_its_own_account_is_the_deniers_claim(claims):
    claim = claim_on(claims["denial_with_own_account"], "two fighters")
    assert claimant_text(claim) == "militia"
    assert claim["chain"] == ["militia", OUTLET]
    assert 2.0 in figure_values(claim)


def test_a_denied_report_holding_the_words_stays_its_authors(claims):
    claim = claim_on(claims["denied_report_content"], "three soldiers")
    assert claimant_text(claim) == "Reuters"


def test_an_informant_named_in_a_quote_speaks_and_the_speaker_relays(claims):
    claim = claim_on(claims["informant_in_quote"], "20 men")
    assert claimant_text(claim) == "survivor"
    assert claim["chain"] == ["survivor", "community leader", "AFP", OUTLET]
    claim = claim_on(claims["informant_in_reported_quote"], "15 dead")
    assert claimant_text(claim) == "well-informed sources"
    assert claim["chain"][1:] == ["Ali Musa", OUTLET]


def test_the_speakers_own_information_names_no_informant(claims):
    claim = claim_on(claims["own_information_in_quote"], "12 soldiers")
    assert claimant_text(claim) == "governor"
    assert claim["chain"] == ["governor", "Reuters", OUTLET]


def test_a_motive_cited_is_no_source(claims):
    claim = claim_on(claims["citing_a_motive"], "Fighting spread")
    assert "concerns" not in claim["chain"]
    assert claimant_text(claim) == "newspaper"
    claim = claim_on(claims["citing_a_motive"], "Ten people")
    assert claim["chain"] == ["officials", "agency", OUTLET]


def test_an_informant_keeps_the_body_they_serve(claims):
    first = claim_on(claims["official_with_body"], "Six gunmen")
    assert "Federal Security Service" in claimant_text(first)
    later = claim_on(claims["official_with_body"], "three of the dead")
    assert "Federal Security Service" in claimant_text(later)
    assert later["chain"][1:] == ["Interfax", OUTLET]
    cited = claim_on(claims["cited_official_from_body"], "12 dead")
    assert claimant_text(cited) == "local official from the interior ministry"
    assert cited["chain"][1:] == ["Ingushetia.org", OUTLET]


def test_a_place_after_an_informant_is_no_body_served(claims):
    claim = claim_on(claims["source_from_a_place"], "12 people")
    assert claimant_text(claim) == "source"


def test_the_source_means_the_described_source_and_keeps_its_relay(claims):
    claim = claim_on(claims["the_source_after_described"], "operation continues")
    assert claimant_text(claim) == "source with the regional security agencies"
    assert claim["chain"][1:] == ["TASS", OUTLET]
