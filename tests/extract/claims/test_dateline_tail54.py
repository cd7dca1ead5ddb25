"""Round voices54: a page's tag run into the wire's dateline before a colon ("NewsTag KABUL:
The ministry has raised …") is where the story was filed from, no speaker label; read as one,
the tag took every figure of the page as its own (extract/claims/attribution.colon_speaker).
A person's label still speaks. Texts are written for these tests."""

from __future__ import annotations

import pytest

from .helpers import claim_on, claimant_text, exported_claims

OUTLET = "Daily Sun"

TEXTS = {
    "tag_dateline": (
        "Market blast\n\nIraqUnrest BAGHDAD: The Iraqi health ministry has raised the death "
        "toll from Friday's bombing to 64. Ministry spokesman Saif al-Badr said on Saturday "
        "that the number of injured has also risen to 120."),
    "person_label": "Senator Sanders: Clinton needs to explain why 30 died.",
}


@pytest.fixture(scope="module")
def claims(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict]]:
    return exported_claims(tmp_path_factory.mktemp("dateline54"), TEXTS, OUTLET)


def test_a_tag_run_into_a_dateline_is_no_speaker(claims):
    assert all("BAGHDAD" not in claimant_text(c) for c in claims["tag_dateline"])
    claim = claim_on(claims["tag_dateline"], "risen to 120")
    assert "Saif al-Badr" in claimant_text(claim)


def test_a_persons_label_still_speaks(claims):
    claim = claim_on(claims["person_label"], "explain why 30 died")
    assert "Sanders" in claimant_text(claim)

