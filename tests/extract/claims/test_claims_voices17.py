"""Which voice a claim is given (issue 11, round c604-c611 of bench/data/conflict/README.md).

- a speaker before a participle aside: "army officers, speaking on condition of anonymity,
  told Reuters";
- a speaker written after a quotation and a place: "…” in the raid near X, an officer with the
  Border Guard Service (BGS) told TASS", however long the bracketed acronym makes the phrase,
  and not the place closing the phrase before it;
- "according to the same source" after "according to a statement released by an agency" is
  the statement's author, not the statement;
- a description naming the body its person serves ("the leader of the Southern Liberation
  Front") is no earlier speaker of another body;
- no aside is a relative clause or "according to", and a body described after its officials
  spoke ("Afghan security officials told Reuters …; the Afghan army said") is not them;
- a title capitalised alone ("The General warned …") means the titled speaker before;
- a date-only dateline's bracket ("June 2, 2009 (KANO) —") holds a town, and a wire credit
  before the date ("Kano (AFP) June 2, 2009 …") relays its sentence.

Each text was written for these tests and goes through the whole pipeline as an article of the
fictional "Daily Sun"."""

from __future__ import annotations

import pytest

from .helpers import claim_on, claimant_text, exported_claims

OUTLET = "Daily Sun"

TEXTS = {
    "quote_place_speaker": (
        "Police killed six gunmen in the hills on Monday, officials said.\n\n"
        "\"Six gunmen who opened fire on the patrol were neutralised\" in the raid near the "
        "village of Ekazhevo, an officer with the regional branch of the Border Guard Service "
        "(BGS) told the TASS news agency.\n\n"
        "The officer said that two of the dead were known bomb makers."),
    "place_before_speaker": (
        "\"Four fighters who refused to lay down arms were killed\" in the raid in the Nazran "
        "district of Ingushetia, an officer with the regional police told the RIA news agency."),
    "named_before_title": (
        "Two shells hit the school on Sunday, Ivan Petrenko, head of the regional "
        "administration, told AFP."),
    "same_source_statement": (
        "The Azawad Front spoke on Tuesday of an assault on a camp near Kidal, according to a "
        "statement released by the Azawad ANA agency. The assault left nine dead in the army "
        "ranks, according to the same source."),
    "body_named_in_description": (
        "Government spokesman Ali Omar said on radio that 13 soldiers were killed in the raid. "
        "Later on Friday, the leader of the Southern Liberation Front \u2014 a rebel group known "
        "by its initials SLF \u2014 said his fighters had killed 40 soldiers."),
    "same_body_described": (
        "Colonel Ali Omar of the Southern Liberation Front said 13 soldiers were killed. The "
        "spokesman of the Southern Liberation Front said two fighters died."),
    "credit_before_date": (
        "Lagos (AFP) May 3, 2009 Twelve militants were killed in the delta, a spokesman for "
        "the army said on Sunday."),
    "aside_after_speakers": (
        "This comes a day after Syrian army officers, speaking on condition of anonymity, told "
        "Reuters that the raid killed 12 fighters."),
    "aside_after_a_place": (
        "The shell struck the market, killing nine traders, medics at the scene told AFP."),
    "bare_title": (
        "Army spokesman Lt Gen Omar Farid told a radio station that troops killed 20 fighters. "
        "The General warned that \u201cthe rules have changed\u201d. He said 12 soldiers were "
        "also wounded."),
    "titled_body": (
        "Tass reported that 30 soldiers were killed, citing spokesman Ivan Sokolov. The "
        "President of Chad said 4 villages were burnt."),
    "relative_clause_before_inverted_cue": (
        "Airstrikes killed 40 people, including children, who were attending a wedding, said a "
        "witness."),
    "according_after_a_road": (
        "The ambush happened at dawn on the Tete road, according to local sources quoted by the "
        "paper."),
    "officials_then_body": (
        "Afghan security officials told Reuters that 12 fighters died. On Friday, the Afghan "
        "army said 3 soldiers were wounded."),
    "town_in_brackets": (
        "July 3, 2006 (KANO) - Gunmen attacked a village on Monday but the police said its "
        "officers had killed several attackers."),
}


@pytest.fixture(scope="module")
def claims(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict]]:
    return exported_claims(tmp_path_factory.mktemp("voices17"), TEXTS, OUTLET)


def test_a_speaker_after_a_quotation_and_a_place_speaks_and_is_carried(claims):
    first = claim_on(claims["quote_place_speaker"], "were neutralised")
    assert "officer" in first["source"]["text"]
    assert first["chain"][1:] == ["TASS", OUTLET]
    later = claim_on(claims["quote_place_speaker"], "two of the dead")
    assert later["chain"][1:] == ["TASS", OUTLET]


def test_the_place_closing_the_phrase_before_the_speaker_is_no_speaker(claims):
    claim = claim_on(claims["place_before_speaker"], "were killed")
    assert claimant_text(claim) == "officer"
    assert len(claim["chain"]) == 3
    assert claim["chain"][0] == "officer" and claim["chain"][-1] == OUTLET


def test_a_name_set_before_its_title_still_speaks(claims):
    claim = claim_on(claims["named_before_title"], "Two shells")
    assert claimant_text(claim) == "Ivan Petrenko"


def test_the_same_source_after_a_released_statement_is_its_author(claims):
    claim = claim_on(claims["same_source_statement"], "nine dead")
    assert claimant_text(claim) == "Azawad Front"
    assert claim["chain"] == ["Azawad Front", "Azawad ANA agency", OUTLET]


def test_a_description_naming_another_body_is_a_new_speaker(claims):
    claim = claim_on(claims["body_named_in_description"], "40 soldiers")
    assert "Omar" not in claimant_text(claim)
    assert "Southern Liberation Front" in claimant_text(claim)


def test_a_description_naming_the_speakers_body_means_the_speaker(claims):
    claim = claim_on(claims["same_body_described"], "two fighters")
    assert claimant_text(claim) == "Colonel Ali Omar"


def test_speakers_before_a_participle_aside_speak(claims):
    claim = claim_on(claims["aside_after_speakers"], "12 fighters")
    assert claimant_text(claim).startswith("Syrian army")
    assert claim["chain"][1:] == ["Reuters", OUTLET]


def test_a_participle_clause_is_not_passed_over_for_the_speaker_after_it(claims):
    claim = claim_on(claims["aside_after_a_place"], "nine traders")
    assert "medics" in claimant_text(claim)


def test_a_relative_clause_is_no_aside_hiding_the_speaker(claims):
    claim = claim_on(claims["relative_clause_before_inverted_cue"], "40 people")
    assert claimant_text(claim) == "witness"


def test_according_to_is_no_aside_and_the_road_before_it_no_speaker(claims):
    claim = claim_on(claims["according_after_a_road"], "Tete road")
    assert claimant_text(claim) == "local sources"


def test_a_body_described_after_its_officials_spoke_is_not_them(claims):
    claim = claim_on(claims["officials_then_body"], "3 soldiers")
    assert "officials" not in claimant_text(claim)
    assert "Reuters" not in claim["chain"]


def test_a_title_capitalised_alone_means_the_titled_speaker_before(claims):
    claim = claim_on(claims["bare_title"], "12 soldiers")
    assert claimant_text(claim) == "spokesman Lt Gen Omar Farid"
    assert claim["chain"][1:] == ["radio station", OUTLET]


def test_a_capitalised_title_with_its_body_is_its_own_speaker(claims):
    claim = claim_on(claims["titled_body"], "4 villages")
    assert "Sokolov" not in claimant_text(claim)


def test_a_wire_credit_before_the_date_relays_its_sentence(claims):
    claim = claim_on(claims["credit_before_date"], "Twelve militants")
    assert claim["chain"] == ["spokesman", "AFP", OUTLET]


def test_a_bracket_after_a_date_only_dateline_is_the_town(claims):
    claim = claim_on(claims["town_in_brackets"], "several attackers")
    assert claim["chain"] == ["police", OUTLET]
