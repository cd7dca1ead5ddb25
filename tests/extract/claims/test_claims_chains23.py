"""Chains missed or made up on wire copy reposted and state media relaying others (round
chains23): a closing attribution after an apposition read as a relative clause, "he" after "a
member of" a known body, "the agency" after two media, "phoned a reporter to say", "confirmed
to the newspaper", a body that "expressed" regret under a medium's cue, a quoted statement's author
set off by commas, and voices that are
only possible or asked about. Each text was written for these tests and goes through the whole
pipeline as an article of the fictional "Daily Sun"."""

from __future__ import annotations

import pytest

from .helpers import claim_on, claims_on, exported_claims

OUTLET = "Daily Sun"

TEXTS = {
    "closing_after_apposition": ("A convoy was ambushed near the border town, Tal Afar, the "
                                 "state-run Iraqiya TV reported on Monday."),
    "member_then_he": ("A member of the Popular Mobilization Forces told Reuters that six "
                       "fighters were hurt in the blast. He added that two of them were in a "
                       "serious condition."),
    "agency_after_two_media": ("Iran's Tasnim news agency said on Monday that a border post was "
                               "shelled overnight, Reuters reported. Three guards were wounded "
                               "at the post, the agency said."),
    "phoned_to_say": ("Three villagers telephoned an AFP correspondent in the valley to say "
                      "that nine people died in the raid."),
    "confirmed_to_newspaper": ("The Daily Monitor reported the attack on Monday. A police "
                               "spokesman confirmed to the newspaper that seven people died."),
    "agency_said_expressed": ("The official news agency Petra said the foreign ministry "
                              "expressed sorrow over the five sailors who drowned."),
    "statement_from_after_comma": ("Tasnim quoted a statement posted on the rebels' website, "
                                   "from spokesman Abu Khalid, saying 14 guards were killed."),
    "could_claim": ("The police chief said the gang could claim anything, but only four "
                    "hostages were freed."),
    "how_told": ("The paper does not explain how the villagers told its reporter about the "
                 "twelve dead."),
}


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    return exported_claims(tmp_path_factory.mktemp("chains23"), TEXTS, OUTLET)


def test_a_closing_attribution_after_an_apposition_covers_its_sentence(exported):
    claim = claim_on(exported["closing_after_apposition"], "Iraqiya")
    assert claim["sentence"].startswith("A convoy was ambushed")


def test_he_after_a_member_of_a_body_keeps_the_relay(exported):
    claim = claim_on(exported["member_then_he"], "He added")
    assert "Reuters" in claim["chain"][1:]


def test_the_agency_means_the_medium_written_with_that_noun(exported):
    claim = claim_on(exported["agency_after_two_media"], "Three guards")
    assert "Tasnim" in claim["chain"][0] and "Reuters" in claim["chain"][1:]


def test_a_reporter_phoned_to_say_relays(exported):
    claim = claim_on(exported["phoned_to_say"], "nine people")
    assert "villagers" in claim["source"]["text"]
    assert any("AFP" in name for name in claim["chain"][1:-1])


def test_a_medium_told_by_its_description_relays(exported):
    claim = claim_on(exported["confirmed_to_newspaper"], "seven people")
    assert len(claim["chain"]) == 3


def test_a_body_expressing_a_stance_under_a_medium_is_the_claimant(exported):
    claim = claim_on(exported["agency_said_expressed"], "five sailors")
    assert "ministry" in claim["chain"][0] and "Petra" in claim["chain"][1]


def test_a_quoted_statements_author_set_off_by_commas_spoke_first(exported):
    claim = claim_on(exported["statement_from_after_comma"], "14 guards")
    assert "Abu Khalid" in claim["chain"][0] and "Tasnim" in claim["chain"][1]


@pytest.mark.parametrize("key,words", [("could_claim", "gang"), ("how_told", "villagers")])
def test_a_possible_or_asked_about_voice_is_no_claimant(exported, key, words):
    for claim in claims_on(exported[key], words):
        assert words not in " ".join(claim["chain"]).lower()
