"""A statement noun owned by the name before it, under a preposition (round figs34): "amid UN
claims that …" is the UN's claim, not the outlet's, whether the parser reads "claims" as the
noun or as a verb with no subject. A denial's object ("denied Oxfam claims that …") keeps its
reading. Each text was written for these tests and goes through the whole pipeline as an
article of the fictional "Daily Sun"."""

from __future__ import annotations

import pytest

from .helpers import claim_on, claimant_text, exported_claims, figure_values

OUTLET = "Daily Sun"

TEXTS = {
    "amid_claims": (
        "The general's standing is at risk amid UN claims that his troops were behind the "
        "massacre of at least 120 people in Zorba on Monday."),
    "clause_on_root": (
        "The future of Zembla's newly elected leader, Ardo Vesk, is in doubt amid UN claims "
        "that forces loyal to him were behind the massacre of at least 45 people in Tarso on "
        "Friday."),
    "despite_estimates": (
        "The town was calm despite Red Cross estimates that 300 rebels had been killed."),
}


@pytest.fixture(scope="module")
def claims(tmp_path_factory):
    return exported_claims(tmp_path_factory.mktemp("owner34"), TEXTS, OUTLET)


def test_a_name_before_claims_under_amid_is_the_claimant(claims):
    claim = claim_on(claims["amid_claims"], "UN claims")
    assert claimant_text(claim) == "UN"
    assert figure_values(claim) == {120.0}


def test_a_name_before_estimates_under_despite_is_the_claimant(claims):
    claim = claim_on(claims["despite_estimates"], "estimates")
    assert claimant_text(claim) == "Red Cross"
    assert figure_values(claim) == {300.0}


def test_a_that_clause_hung_on_the_main_verb_is_the_claims_content(claims):
    claim = claim_on(claims["clause_on_root"], "UN claims")
    assert claimant_text(claim) == "UN"
    assert claim["sentence"].startswith("UN claims that forces loyal to him")
    assert figure_values(claim) == {45.0}
