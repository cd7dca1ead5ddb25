"""Which voice speaks and which relays, when a sentence names more than one (issue 11, round
c394-c401 of bench/data/conflict/README.md): a speaker who passed on somebody else's words is
who a later "he said" means; audiences, silences, blows and measures are no statements or
relays; a site, a reporter and a described person are named as the sentence names them. Each
text was written for these tests and goes through the whole pipeline as an article of the
fictional "Daily Sun"."""

from __future__ import annotations

import pytest

from .helpers import claims_on, exported_claims

OUTLET = "Daily Sun"

TEXTS = {
    "he_after_relaying_speaker": (
        "A reporter said the militia fled. Musa Dogo said his brother was among the dead, "
        "adding that villagers had told him they buried 30 people. \u201cWe are afraid to go "
        "back to the farms,\u201d he said."),
    "newsmen": ("The district head, who spoke with newsmen in Kano, said 12 farmers were killed "
                "in the raid."),
    "declined_to_comment": (
        "Major Ali Reza told Reuters that nine soldiers died in the blast at the depot. Major "
        "Ali Reza declined to comment on how many were wounded."),
    "did_not_say": (
        "Major Ali Reza told Reuters that nine soldiers died in the blast at the depot. He did "
        "not say who had planted the bomb."),
    "slammed_into": ("Two rockets slammed into a school in the town, killing four pupils, the "
                     "governor told the council."),
    "declared_zone": ("\u201cCalm has returned to the valley,\u201d the prosecutor told Interfax, "
                      "adding that officials had declared the district a counter-terrorism "
                      "zone."),
    "not_reported_by": ("The blog is seen by analysts as a good guide to raids that are not "
                        "reported by the army."),
    "site_by_address": ("The opposition website www.valleynews.org, quoting local doctors, "
                        "said 40 soldiers had died in the fighting."),
    "cited_official_giving": ("The regional daily cited a hospital official giving a toll of "
                              "17 dead in the shelling."),
    "name_after_description": ("The head of the police in Kirkuk province, Ahmed Salih Hamid, "
                               "told Reuters that three guards were killed at the gate."),
    "correspondent_for": ("A correspondent for Interfax reported that eight soldiers were "
                          "wounded near the bridge."),
    "surname_later": ("Provincial governor Omar Jama Farah told Radio Bar-Kulan that five "
                      "traders were abducted on the road. The bodies of two were found on "
                      "Sunday, according to Farah."),
    "told_sabahi": ("\u201cMilitants took 14 of our cattle and burned the well,\u201d the elder "
                    "told Sabahi."),
}


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    return exported_claims(tmp_path_factory.mktemp("voices"), TEXTS, OUTLET)


def test_he_means_the_speaker_who_passed_wordsclaims_on(exported):
    (claim,) = claims_on(exported["he_after_relaying_speaker"], "afraid to go")
    assert claim["chain"] == ["Musa Dogo", OUTLET]


def test_newsmen_are_an_audience(exported):
    (claim,) = claims_on(exported["newsmen"], "12 farmers")
    assert claim["chain"][1:] == [OUTLET]


@pytest.mark.parametrize("key,words", [("declined_to_comment", "declined to comment"),
                                       ("did_not_say", "did not say")])
def test_a_statement_withheld_takes_no_carried_relay(exported, key, words):
    claims = exported[key]
    assert claims_on(claims, "nine soldiers")[0]["chain"][1:] == ["Reuters", OUTLET]
    for claim in [c for c in claims if words in c["sentence"]]:
        assert "Reuters" not in claim["chain"], claim["chain"]


def test_rockets_slamming_into_a_school_say_nothing(exported):
    claims = claims_on(exported["slammed_into"], "four pupils")
    assert all("rockets" not in c["chain"][0].lower() for c in claims), \
        [c["chain"] for c in claims]
    assert any(c["chain"] == ["governor", OUTLET] for c in claims), [c["chain"] for c in claims]


def test_a_declared_zone_is_no_nested_statement(exported):
    (claim,) = claims_on(exported["declared_zone"], "Calm has returned")
    assert claim["chain"] == ["prosecutor", "Interfax", OUTLET]


def test_a_report_that_did_not_happen_relays_nothing(exported):
    for claim in exported["not_reported_by"]:
        assert "army" not in claim["chain"], claim["chain"]


def test_a_site_is_named_by_its_web_address(exported):
    (claim,) = claims_on(exported["site_by_address"], "40 soldiers")
    assert claim["chain"] == ["local doctors", "www.valleynews.org", OUTLET]


def test_a_cited_official_spoke_first(exported):
    (claim,) = claims_on(exported["cited_official_giving"], "hospital official")
    assert claim["chain"][0] == "hospital official"
    assert claim["chain"][1:] == ["regional daily", OUTLET]


def test_a_name_closing_a_description_is_the_speaker(exported):
    (claim,) = claims_on(exported["name_after_description"], "three guards")
    assert claim["chain"] == ["Ahmed Salih Hamid", "Reuters", OUTLET]


def test_a_correspondent_is_relayed_by_the_medium_they_work_for(exported):
    (claim,) = claims_on(exported["correspondent_for"], "eight soldiers")
    assert claim["chain"] == ["correspondent", "Interfax", OUTLET]


def test_a_surname_alone_is_the_same_speaker(exported):
    (claim,) = claims_on(exported["surname_later"], "according to Farah")
    assert claim["chain"] == ["Farah", "Radio Bar-Kulan", OUTLET]


def test_sabahi_is_a_medium(exported):
    (claim,) = claims_on(exported["told_sabahi"], "14 of our cattle")
    assert claim["chain"] == ["elder", "Sabahi", OUTLET]
