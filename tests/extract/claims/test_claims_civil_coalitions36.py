"""Claimants of round opened36: civil bodies gathered or described by their kind speak for
themselves, not for the state named among their words, and a byline glued to the lede by a bar
is no part of its first sentence.

Each text was written for these tests and goes through the whole pipeline as an article of the
fictional "Daily Sun"."""

from __future__ import annotations

import pytest

from .helpers import claim_on, claimant_text, exported_apart

OUTLET = "Daily Sun"

TEXTS = {
    "coalition": ("A coalition of Zambian human rights groups said at least 30 people had been "
                  "killed in the crackdown on the march in Lusaka on Tuesday."),
    "described": ("Zambia human rights groups said on Friday that 14 protesters were shot dead "
                  "by police in Lusaka."),
    "glued": ("Police Fire On Fuel Marchers In Lusaka\n\n"
              "Mary Banda|A coalition of Zambian rights groups says at least 30 people have been "
              "killed in the crackdown on the fuel marches that began on Monday.\n\n"
              "Police said the marchers had burned two buses in the city centre."),
}


@pytest.fixture(scope="module")
def claims(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict]]:
    return exported_apart(tmp_path_factory.mktemp, TEXTS, OUTLET)


def test_a_coalition_of_rights_groups_speaks_for_itself(claims):
    claim = claim_on(claims["coalition"], "30 people")
    assert claimant_text(claim) == "coalition of Zambian human rights groups"
    assert claim["chain"][0] == "coalition of Zambian human rights groups"


def test_rights_groups_described_with_their_land_are_not_the_lands_mention(claims):
    claim = claim_on(claims["described"], "14 protesters")
    assert claimant_text(claim) == "Zambia human rights groups"


def test_a_byline_glued_by_a_bar_is_not_the_first_sentences_speaker(claims):
    claim = claim_on(claims["glued"], "30 people")
    assert "Banda" not in claim["sentence"]
    assert claimant_text(claim) == "coalition of Zambian rights groups"
