"""Which voice a toll is given (issue 11, stop 37):

- when a semicolon joins two speakers' clauses, "X said 250 were killed; the government called
  the figure a fabrication" is X's toll and the government's answer, though the parser may hang
  X's clause on the government's verb as what it reports; a comma before the speaker still
  closes a report the speaker relays ("X said …, the government said");
- a verb that needs a clause reports a toll when its object counts the dead ("a police source
  indicated 300-500 deaths", cues pack `verbs_with_toll_object`), but not an object that holds
  another speaker's clause the parser folded into it.

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


TOLL_TEXTS = {
    "indicated": (
        "The party said about 400 people were killed in the unrest. A police source also "
        "indicated 300-500 deaths across the region."),
    "estimated": "Doctors at the district hospital estimated some 40 casualties.",
    "no_count": "Analysts estimated the cost of the deaths to the local economy.",
}


@pytest.fixture(scope="module")
def tolls(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict]]:
    return exported_claims(tmp_path_factory.mktemp("tollobj37"), TOLL_TEXTS, OUTLET)


def test_a_verb_needing_a_clause_reports_a_count_of_the_dead_as_its_object(tolls):
    # cues pack verbs_with_toll_object: "indicated 300-500 deaths" is the source's toll
    claim = claim_on(tolls["indicated"], "300-500")
    assert claimant_text(claim) == "police source"
    assert {300.0, 500.0} & figure_values(claim)
    claim = claim_on(tolls["estimated"], "40 casualties")
    assert claimant_text(claim) == "Doctors"


def test_an_object_with_no_count_reports_nothing(tolls):
    assert not any(claimant_text(c) == "Analysts" for c in tolls["no_count"])


def test_a_count_holding_another_speakers_clause_relays_no_one(tmp_path):
    # the parser hangs the residents' "claiming" inside the elder's object: they speak beside
    # the elder, not through it
    claims = exported_claims(tmp_path, {"with": (
        "The toll is disputed, with a church elder estimating 40 deaths and two residents "
        "claiming about 70 died.")}, OUTLET)["with"]
    claim = claim_on(claims, "about 70")
    assert "church elder" not in claim["chain"]
