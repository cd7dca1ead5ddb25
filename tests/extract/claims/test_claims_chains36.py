"""Chains round 36: relays lost or given to the wrong speaker.

- A page outlet whose core is a short word ("Daily Sun") is no agency whose one-word name
  merely starts with it ("SUNA"): the agency still relays.
- "Colonel X told AFP that 14 rebels were killed" then "The rebels denied it.": a word of what
  the speaker said is no title of the speaker, so "the rebels" are not X and AFP relays none
  of their words; "The army spokesman added …" still takes X up (a title before the name).
- "Kandahar's Musa said …" after "police chief Ali Musa told Reuters …": the place's
  possessive says where Musa serves; the same speaker, whose later words Reuters carried.
- "Musa added in the interview that …" after "X told Reuters …": the interview taken up with
  "the" is the one given to Reuters, no channel of its own; "told reporters" gave none.
- "According to India Today, …": the model cuts the outlet's name at the place in it ("Today"
  read as a date); the claimant is the medium, not India.

Each text was written for these tests."""

from __future__ import annotations

import pytest

from fogofwar.extract.claims.own_outlet import names_page_outlet

from .helpers import claim_on, claimant_text, exported_apart

OUTLET = "Daily Sun"

TEXTS = {
    "suna": ("In a statement carried by the official news agency SUNA, the army said it killed "
             "25 rebels near the river crossing."),
    "denied": ("Army spokesman Colonel Ali Musa told AFP that 14 rebels were killed in the raid."
               "\n\nThe rebels denied it.\n\nThe army spokesman added that two soldiers were "
               "wounded."),
    "possessive": ("Kandahar province police chief Ali Musa told Reuters that 14 rebels were "
                   "killed.\n\nThe rebels have not commented.\n\nMore attacks are expected, "
                   "Kandahar's Musa said."),
    "interview": ("Colonel Ali Musa told Reuters that 14 rebels were killed in the raid.\n\n"
                  "Musa added in the interview that two soldiers were wounded."),
    "reporters": ("Colonel Ali Musa told reporters that 14 rebels were killed in the raid.\n\n"
                  "Musa added in the interview that two soldiers were wounded."),
    "india_today": "According to India Today, 14 soldiers were killed in the ambush on Sunday.",
    "pakistan_today": ("Fourteen soldiers were killed in the ambush, Pakistan Today reported, "
                       "citing an official."),
}


@pytest.fixture(scope="module")
def claims(tmp_path_factory):
    return exported_apart(tmp_path_factory.mktemp, TEXTS, OUTLET)


@pytest.mark.parametrize("relay, outlet, same", [
    ("SUNA", "Daily Sun", False), ("Suna News", "Daily Sun", False),
    ("Tala TV", "Taladigital", True), ("Koro News", "Koronews", True)])
def test_a_name_going_on_by_a_letter_or_two_is_another_outlet(relay, outlet, same):
    assert names_page_outlet(relay, [outlet]) is same


def test_an_agency_starting_with_the_page_outlets_word_relays(claims):
    claim = claim_on(claims["suna"], "SUNA")
    assert claim["chain"] == ["army", "SUNA", OUTLET]


def test_a_word_of_the_speakers_statement_is_no_title(claims):
    assert claim_on(claims["denied"], "The rebels denied")["chain"] == ["rebels", OUTLET]
    added = claim_on(claims["denied"], "spokesman added")
    assert added["chain"] == ["Colonel Ali Musa", "AFP", OUTLET]


def test_a_surname_after_a_places_possessive_is_the_same_speaker(claims):
    claim = claim_on(claims["possessive"], "Kandahar's Musa")
    assert claim["chain"][1:] == ["Reuters", OUTLET]


def test_the_interview_taken_up_keeps_its_medium(claims):
    assert claim_on(claims["interview"], "in the interview")["chain"] == ["Musa", "Reuters",
                                                                          OUTLET]
    assert claim_on(claims["reporters"], "in the interview")["chain"] == ["Musa", OUTLET]


def test_an_outlet_named_with_a_place_is_the_medium(claims):
    claim = claim_on(claims["india_today"], "India Today")
    assert claimant_text(claim) == "India Today"
    assert claim["chain"] == ["India Today", OUTLET]
    cited = claim_on(claims["pakistan_today"], "Pakistan Today")
    assert cited["chain"] == ["official", "Pakistan Today", OUTLET]
