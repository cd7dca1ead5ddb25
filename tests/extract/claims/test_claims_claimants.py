"""Which speaker a claim is given (issue 11, round c434-c441 of bench/data/conflict/README.md):
a later "he" means the nearest named speaker even when the model did not type the name a
person; a name inside someone's quotation is nobody a later pronoun means, and no subject of
the reporting verb; a person's name ending in a place's name is the person; a place a
description stands in is no speaker; a newspaper named before its noun is no earlier medium.
Each text was written for these tests and goes through the whole pipeline as an article of the
fictional "Daily Sun"."""

from __future__ import annotations

import pytest

from .helpers import claim_on, claimant_text, exported_claims, figure_values

OUTLET = "Daily Sun"

TEXTS = {
    "he_after_untyped_surname": (
        "Rebels killed four soldiers at the post, a regional army commander said. \u201cAbout "
        "30 men armed with machetes attacked the post before dawn,\u201d said Major General "
        "Iwan Hadisusanto during a press conference. \u201cThey burned two trucks,\u201d "
        "said Hadisusanto. He said five other soldiers were unharmed."),
    "him_after_titled_name": (
        "The government\u2019s spokesman said four children and one woman died in the incident. "
        "Minister Hadisusanto, however, did not say what killed them. According to him, the "
        "security forces were attacked by separatists, in a clash that killed seven fighters."),
    "he_not_a_name_quoted": (
        "\u201cWe will fight the regime of President Karel Mbeki until it falls,\u201d the "
        "Liberation Front said in a statement. \u201cOur men are ready,\u201d he said, adding "
        "that 17 soldiers were wounded."),
    "subject_inside_quote": (
        "Nine gunmen were shot dead, officials said.\"We started the armed struggle to free "
        "the people from the yoke imposed by (President) Karel Mbeki,\" Ntwari Jordan, the "
        "rebels' deputy commander told AFP by telephone.\"The governor's statement is "
        "false,\" he said, claiming 17 soldiers were also wounded."),
    "given_name_and_country": (
        "\u201cThe governor\u2019s statement is false,\u201d Kwame Israel, the rebels\u2019 "
        "deputy commander, told AFP, claiming 17 soldiers were wounded."),
    "spokesman_in_place": (
        "\u201cWe have inflicted heavy losses on the militants,\u201d a military spokesman in "
        "Bajaur told Reuters. \u201cFive of our brave soldiers have been martyred,\u201d "
        "he added."),
    "newspaper_named_before_noun": (
        "Eight people were killed in the raid, local sources told AFP on Friday.\n\n\u201cThe "
        "country is falling victim to this,\u201d President Tomas Ngovene said last week in a "
        "rare interview with the privately-owned Jornal do Norte newspaper."),
    "it_after_a_person": (
        "The toll has risen to 28, the region\u2019s acting head said. The Emergencies "
        "Ministry has provided similar figures. Rescuers have cleared 65 tonnes of rubble, "
        "it said."),
    "name_after_bracket": (
        "The toll has risen to 45. This was announced by the head of the Regional Military "
        "Administration (RMA) Valentin Reznikov in the Telegram channel."),
    "name_between_commas": (
        "Gunmen attacked the village on Sunday. According to a resident, Abubakar Danladi, "
        "the gunmen kidnapped 24 people in the village."),
}


@pytest.fixture(scope="module")
def claims(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict]]:
    return exported_claims(tmp_path_factory.mktemp("claimants"), TEXTS, OUTLET)


def test_he_means_nearest_named_speaker_the_model_did_not_type(claims):
    claim = claim_on(claims["he_after_untyped_surname"], "five other soldiers")
    assert claimant_text(claim) == "Hadisusanto"
    assert 5 in figure_values(claim)


def test_him_means_titled_name_before_an_earlier_description(claims):
    claim = claim_on(claims["him_after_titled_name"], "According to him")
    assert claimant_text(claim) == "Minister Hadisusanto"


def test_he_never_means_a_name_inside_a_quotation(claims):
    claim = claim_on(claims["he_not_a_name_quoted"], "Our men are ready")
    assert "Mbeki" not in claimant_text(claim)
    assert all("Mbeki" not in name for name in claim["chain"])


def test_subject_parsed_inside_quote_gives_way_to_speaker_after_it(claims):
    first = claim_on(claims["subject_inside_quote"], "armed struggle")
    later = claim_on(claims["subject_inside_quote"], "statement is false")
    assert claimant_text(first) == "Ntwari Jordan"
    assert first["chain"][:2] == ["Ntwari Jordan", "AFP"]
    assert claimant_text(later) == "Ntwari Jordan"


def test_name_ending_in_a_country_is_the_person(claims):
    claim = claim_on(claims["given_name_and_country"], "statement is false")
    assert claimant_text(claim) == "Kwame Israel"
    assert (claim.get("claimant") or {}).get("country") is None


def test_place_a_description_stands_in_is_no_speaker(claims):
    first = claim_on(claims["spokesman_in_place"], "heavy losses")
    later = claim_on(claims["spokesman_in_place"], "brave soldiers")
    assert claimant_text(first) == "military spokesman"
    assert claimant_text(later) == "military spokesman"
    assert later["chain"][:2] == ["military spokesman", "Reuters"]


def test_newspaper_named_before_its_noun_is_no_earlier_medium(claims):
    claim = claim_on(claims["newspaper_named_before_noun"], "falling victim")
    assert claimant_text(claim) == "President Tomas Ngovene"
    assert "AFP" not in claim["chain"]


def test_it_means_a_body_not_an_earlier_person(claims):
    claim = claim_on(claims["it_after_a_person"], "65 tonnes")
    assert "Ministry" in claimant_text(claim)


def test_name_after_the_bracket_closing_a_description_is_the_speaker(claims):
    claim = claim_on(claims["name_after_bracket"], "This was announced")
    assert claimant_text(claim) == "Valentin Reznikov"


def test_name_between_commas_after_a_description_is_the_speaker(claims):
    claim = claim_on(claims["name_between_commas"], "According to a resident")
    assert claimant_text(claim) == "Abubakar Danladi"
