"""Who the claimant is (round claimant31, chains missed because the claimant differs):

- a relative clause's report ("the Front, which has denied responsibility") closed by the
  sentence's trailing medium ("…, reports Reuters") is relayed by that medium too, and its
  claim runs on to the medium; a trailing speaker who is no medium ("…, the colonel said")
  relays nothing, and a medium before other words of the main clause signs that clause only;
- "declared N days of mourning", "declared a state of emergency", "declared martial law" are
  measures proclaimed, not reports: a trailing "X reported" is the claimant;
- "according to preliminary information" names nobody: a speaker another cue of the sentence
  names ("…, the police service was quoted as saying") makes the whole sentence their claim;
  "according to information from the ministry" keeps its owner.

Sentences written for these tests, each through the whole pipeline as an article of the
fictional "Daily Sun"."""

from __future__ import annotations

import pytest

from .helpers import claim_on, claimant_text, exported_claims

OUTLET = "Daily Sun"

TEXTS = {
    "relative_reports_medium": (
        "Raid on the bridge\n\n"
        "The government has blamed the raid on the River Front, which has denied "
        "responsibility, reports Reuters."),
    "relative_medium_reported": (
        "Ambush near Lomo\n\n"
        "The army blamed the ambush on the Lomo Brigade, which denied any part in it, the AFP "
        "news agency reported."),
    "relative_person_trailer": (
        "Shelling of Tamba\n\n"
        "The army blamed the shelling on the Tamba Brigade, which denied any part in it, the "
        "colonel said."),
    "declared_mourning": (
        "Mourning in Kela\n\n"
        "The town of Kela has declared two days of mourning for the nine people killed in the "
        "shelling, Reuters reported."),
    "declared_emergency": (
        "Emergency in Soma\n\n"
        "The governor of Soma declared a state of emergency after four people died in the "
        "floods, the AFP news agency reported."),
    "ownerless_information": (
        "Border guard killed on the river\n\n"
        "The Lomo Times news agency, citing the regional police service, says a border guard "
        "was killed in a shootout on the river on Monday.\n\n"
        "According to early information, there are also dead and wounded on the other bank, "
        "the regional police service was quoted as saying."),
    "owned_information": (
        "Shootout on the river\n\n"
        "According to information from the interior ministry, two guards died on the river "
        "bank on Monday, a local official said."),
}


@pytest.fixture(scope="module")
def claims(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict]]:
    return exported_claims(tmp_path_factory.mktemp("claimant31"), TEXTS, OUTLET)


def test_a_relative_report_closed_by_a_trailing_medium_is_relayed_by_it(claims):
    claim = claim_on(claims["relative_reports_medium"], "which has denied")
    assert claimant_text(claim) == "the River Front"
    assert claim["chain"] == ["the River Front", "Reuters", OUTLET]
    assert claim["sentence"].endswith("reports Reuters")
    claim = claim_on(claims["relative_medium_reported"], "which denied")
    assert claimant_text(claim) == "the Lomo Brigade"
    assert claim["chain"][1:] == ["AFP", OUTLET]


def test_the_main_report_keeps_its_own_claimant_and_relay(claims):
    main = claim_on(claims["relative_reports_medium"], "has blamed")
    assert claimant_text(main) == "government"
    assert main["chain"] == ["government", "Reuters", OUTLET]


def test_a_trailing_speaker_who_is_no_medium_relays_no_relative_report(claims):
    claim = claim_on(claims["relative_person_trailer"], "which denied")
    assert claimant_text(claim) == "the Tamba Brigade"
    assert claim["chain"] == ["the Tamba Brigade", OUTLET]


def test_a_declared_mourning_or_emergency_is_no_report(claims):
    claim = claim_on(claims["declared_mourning"], "two days of mourning")
    assert claim["chain"] == ["Reuters", OUTLET]
    claim = claim_on(claims["declared_emergency"], "state of emergency")
    assert claim["chain"][0] == "AFP"


def test_ownerless_information_gives_the_sentence_to_the_named_speaker(claims):
    claim = claim_on(claims["ownerless_information"], "dead and wounded")
    assert claimant_text(claim) == "regional police service"
    assert claim["sentence"].startswith("According to early information")
    assert claim["chain"] == ["regional police service", "Lomo Times news agency", OUTLET]


def test_information_with_an_owner_keeps_its_owner(claims):
    claim = claim_on(claims["owned_information"], "two guards")
    assert claimant_text(claim) == "interior ministry"
