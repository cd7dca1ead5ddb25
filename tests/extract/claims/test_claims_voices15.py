"""Which voice a claim is given (issue 11, round c554-c561 of bench/data/conflict/README.md):
"the agency quoted him as saying" is the person "him" means; a relative clause with no clause
of its own ("the four deaths the army reported", "the raid that the rebels claimed") is its
speaker's word on that noun, no source of the sentence's main claim; a count of kilometres set
between commas before "told AFP" places the speaker and names nobody, and "told Reuters" never
makes Reuters the speaker; "has claimed thousands of lives" reports nothing; a city's name
before a colon is a dateline, though the model types it a person. ("rebel claims that …" as
the rebels' was tried and dropped: "X denied rebel claims that …" lost X's claim.) Each text
was written for these tests and goes through the whole pipeline as an article of the fictional
"Daily Sun"."""

from __future__ import annotations

import pytest

from .helpers import claim_on, claimant_text, exported_claims, figure_values

OUTLET = "Daily Sun"

TEXTS = {
    "quoted_him": (
        "Army spokesman Ali Hamid was quoted by the state news agency as saying the fighting "
        "had ended. The agency quoted him as saying that the troops had destroyed 4 bases."),
    "deaths_another_reported": (
        "A rebel commander told Reuters that 12 soldiers died, a toll well above the four "
        "deaths the army reported."),
    "figure_police_reported": (
        "A spokesman for the rebels told AFP that 10 guards were killed, a figure that was "
        "higher than the three deaths police reported."),
    "raid_they_claimed": "The ministry said 40 people died in the raid that the rebels claimed.",
    "distance_before_told": (
        "Gunmen attacked a post near the border on Friday. \u201cIn the camp, two trucks were "
        "hit or burnt, but the attack was repelled,\u201d an official in the town, 200 "
        "kilometres from the Algerian border, told AFP."),
    "told_after_a_quote": (
        "\"Four trucks were burnt,\" a police officer in the town, 30 kilometres from the "
        "border, told Reuters."),
    "claimed_lives": (
        "Mali has been struggling to contain an insurgency that erupted in the north in 2012 "
        "and has claimed thousands of military and civilian lives since."),
    "city_before_colon": (
        "Kismayo: Gunmen stormed a hotel in the port city on Friday, killing at least five "
        "guards."),
    "person_before_colon": "Sanders: Clinton needs to explain why 30 died.",
}


@pytest.fixture(scope="module")
def claims(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict]]:
    return exported_claims(tmp_path_factory.mktemp("voices15"), TEXTS, OUTLET)


def test_quoted_him_is_the_person_him_means(claims):
    claim = claim_on(claims["quoted_him"], "destroyed 4 bases")
    assert claimant_text(claim) == "spokesman Ali Hamid"
    assert "agency" in claim["chain"][1]
    assert 4 in figure_values(claim)


def test_deaths_another_reported_is_no_source_of_the_main_claim(claims):
    main = claim_on(claims["deaths_another_reported"], "12 soldiers died")
    assert claimant_text(main) == "rebel commander"
    assert main["chain"][:2] == ["rebel commander", "Reuters"]
    army = [c for c in claims["deaths_another_reported"] if claimant_text(c) == "army"]
    assert army and 4 in figure_values(army[0])
    assert "12 soldiers" not in army[0]["sentence"]


def test_figure_police_reported_keeps_the_spokesman_and_police_apart(claims):
    main = claim_on(claims["figure_police_reported"], "10 guards were killed")
    assert "AFP" in main["chain"] and "police" not in main["chain"]
    police = [c for c in claims["figure_police_reported"] if claimant_text(c) == "police"]
    assert police and police[0]["chain"][1:] == [OUTLET]
    assert "three deaths" in police[0]["sentence"]


def test_raid_they_claimed_is_the_ministrys_claim(claims):
    main = claim_on(claims["raid_they_claimed"], "40 people died")
    assert claimant_text(main) == "ministry"
    assert main["chain"] == ["ministry", OUTLET]
    assert "the rebels claimed" in main["sentence"]


def test_distance_between_commas_is_no_speaker(claims):
    claim = claim_on(claims["distance_before_told"], "attack was repelled")
    assert claimant_text(claim) == "official"
    assert claim["chain"][:2] == ["official", "AFP"]


def test_told_reuters_never_makes_reuters_the_speaker(claims):
    claim = claim_on(claims["told_after_a_quote"], "Four trucks")
    assert claimant_text(claim) == "police officer"
    assert claim["chain"][:2] == ["police officer", "Reuters"]


def test_claimed_thousands_of_lives_reports_nothing(claims):
    assert claims["claimed_lives"] == []


def test_city_before_a_colon_is_a_dateline(claims):
    assert claims["city_before_colon"] == []


def test_person_before_a_colon_still_speaks(claims):
    claim = claim_on(claims["person_before_colon"], "explain why 30 died")
    assert claimant_text(claim) == "Sanders"
