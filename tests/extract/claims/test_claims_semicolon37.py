"""Which voice a claim is given when a semicolon joins two speakers' clauses (issue 11, round
s37 of bench/data/conflict/README.md): "X said 250 were killed; the government called the figure
a fabrication" is X's toll and the government's answer, though the parser may hang X's clause on
the government's verb as what it reports. A comma before the speaker still closes a report the
speaker relays ("X said …, the government said").

Each text was written for these tests and goes through the whole pipeline as an article of the
fictional "Daily Sun"."""

from __future__ import annotations

import pytest

from .helpers import claim_on, claimant_text, exported_claims, figure_values

OUTLET = "Daily Sun"

TEXTS = {
    "semicolon": (
        "Marches spread to four towns overnight. Kizito, the party leader, said more than 250 "
        "people were killed; the government called the figure a fabrication."),
    "comma": "Kizito said more than 250 people were killed, the government said.",
}


@pytest.fixture(scope="module")
def claims(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict]]:
    return exported_claims(tmp_path_factory.mktemp("semicolon37"), TEXTS, OUTLET)


def test_a_clause_a_semicolon_closes_is_its_own_speakers(claims):
    claim = claim_on(claims["semicolon"], "250")
    assert claimant_text(claim) == "Kizito"
    assert 250.0 in figure_values(claim)
    answer = claim_on(claims["semicolon"], "fabrication")
    assert claimant_text(answer) == "government"
    assert 250.0 not in figure_values(answer)


def test_a_comma_before_the_speaker_still_closes_a_relayed_report(claims):
    claim = claim_on(claims["comma"], "250")
    assert claimant_text(claim) == "government"
