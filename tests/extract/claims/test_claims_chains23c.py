"""Chains missed on a third fresh batch of relayed reporting (round chains23c): a medium named
once and then called "the report" or by its description ("the U.S. daily"). Each text was
written for these tests and goes through the whole pipeline as an article of the fictional
"Daily Sun"; and an outlet's lower-case name the parser read as a verb after "told".
"""

from __future__ import annotations

import pytest

from .helpers import claim_on, exported_claims

OUTLET = "Daily Sun"

TEXTS = {
    "report_back": ("Al Jazeera reported that the mayor died on Tuesday in the town of Kasur. "
                    "Police have told the mayor's brother that he was poisoned, the report said. "
                    "The governor had warned him of threats, the report said."),
    "document_report": ("The UN reported that the depot was shelled on Sunday. Guards have told "
                        "the families that 14 people died, the report said."),
    "described_daily": ("The Washington Post reported on Friday that the raid had been planned "
                        "for months. The American daily cited two officials briefed on it."),
    "lowercase_told": ("Army spokesman Musa Ali told dpa they are still counting the dead in "
                       "the village."),
}


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    return exported_claims(tmp_path_factory.mktemp("chains23c"), TEXTS, OUTLET)


def test_the_report_after_a_medium_reported_is_that_mediums(exported):
    for words in ("poisoned", "warned him"):
        assert "Al Jazeera" in claim_on(exported["report_back"], words)["chain"][1:-1]


def test_the_report_after_a_body_reported_relays_nothing(exported):
    assert len(claim_on(exported["document_report"], "14 people")["chain"]) == 2


def test_a_daily_described_by_its_country_is_the_medium_named_before(exported):
    chain = claim_on(exported["described_daily"], "two officials")["chain"]
    assert "Washington Post" in chain[1] and "United States" not in chain


def test_a_lower_case_outlet_after_told_is_the_one_told(exported):
    assert claim_on(exported["lowercase_told"], "counting the dead")["chain"][1] == "dpa"
