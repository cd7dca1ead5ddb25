"""Chains round 35: a relay taken for the claimant, and a speaker the carry lost.

- "In a report by state news agency Bernama, Interior Minister X said …": the parser may make
  the medium's name that closes the opening phrase the subject of "said", with the speaker its
  apposition after the comma; the speaker speaks and the medium relays (and keeps relaying
  the speaker's later words). Parsed the other way (the speaker in apposition to the name,
  "said" with no subject), the relay's phrase stops at the comma.
- "According to Hamdan, Salim also said …" with the two names typed as one entity: the
  mention runs over a comma into another phrase of the parse, so each name is its own.
- "“According to our records, 30 are dead,” the spokesman told Reuters": the source the
  speaker owns ("our records") is the speaker's own, no voice of the chain; alone ("According
  to our sources, …") it keeps its reading.
- A speaker named with a capitalised title ("Prime Minister Omar Aziz") and taken up by the
  first word of the name ("Omar said …") on a page that never writes the last word alone is
  the same speaker: the title is no word of the name.

Each text was written for these tests."""

from __future__ import annotations

import pytest

from fogofwar.extract.claims.namings import page_given_name

from .helpers import claim_on, claimant_text, exported_apart

OUTLET = "Daily Sun"

TEXTS = {
    "report_by": ("In a report by state news agency Bernama, Interior Minister Hamid Karim said "
                  "between eight and 11 gunmen were killed in the firefight.\n\n"
                  "Two police officers were also killed, he added.\n\n"
                  "Police Commissioner Ali Musa, meanwhile, said 12 gunmen were killed in the "
                  "clash.\n\n"
                  "Karim said the gunmen were the first to attack the patrol."),
    "appos_relay": ("In a report by state news agency Bernama, Governor Ali Hassan said 15 people "
                    "were killed in the blast near the market."),
    "comma_entity": ("Train, also one of the survivors who was not from the 55th Company, said he "
                     "also shot at least 25 rebels.\n\n"
                     "According to Napeñas, Train also said the entire assault force of close to "
                     "400 police commandos could have shot at least 150 of the separatists."),
    "our_records": ("\"According to our records, 30 people are confirmed dead in the valley,\" "
                    "the council spokesman Karma Dorje told Reuters."),
    "our_sources": "According to our sources, 30 people were killed in the valley on Sunday.",
    "medium_speaks": ("Bernama, the state news agency, said 15 people were killed in the blast "
                      "near the market."),
    "place_opening": ("In the village of Karsk, Governor Ali Hassan said 15 people were killed in "
                      "the blast near the market."),
}


@pytest.fixture(scope="module")
def claims(tmp_path_factory):
    return exported_apart(tmp_path_factory.mktemp, TEXTS, OUTLET)


def test_the_medium_closing_an_opening_phrase_relays_the_speaker(claims):
    first = claim_on(claims["report_by"], "In a report by")
    assert claimant_text(first).endswith("Hamid Karim")
    assert first["chain"][1:] == ["Bernama", OUTLET]
    assert claim_on(claims["report_by"], "he added")["chain"][1:] == ["Bernama", OUTLET]
    assert claim_on(claims["report_by"], "Karim said")["chain"][1:] == ["Bernama", OUTLET]
    assert claim_on(claims["report_by"], "Ali Musa")["chain"][1:] == [OUTLET]


def test_the_relay_phrase_stops_before_the_speaker(claims):
    claim = claim_on(claims["appos_relay"], "Governor Ali Hassan")
    assert claimant_text(claim).endswith("Ali Hassan")
    assert len(claim["chain"]) == 3 and "Ali Hassan" not in claim["chain"][1]
    assert "Bernama" in claim["chain"][1]


def test_two_names_typed_as_one_entity_across_a_comma(claims):
    claim = claim_on(claims["comma_entity"], "According to Napeñas")
    assert claimant_text(claim) == "Train"
    assert claim["chain"][1:] == ["Napeñas", OUTLET]


def test_the_speakers_own_records_are_no_voice(claims):
    claim = claim_on(claims["our_records"], "our records")
    assert claimant_text(claim).endswith("Karma Dorje")
    assert claim["chain"][1:] == ["Reuters", OUTLET]
    alone = claim_on(claims["our_sources"], "our sources")
    assert alone["chain"][1:] == [OUTLET]


def test_a_medium_described_after_its_name_speaks_itself(claims):
    claim = claim_on(claims["medium_speaks"], "Bernama")
    assert claim["chain"] == ["Bernama", OUTLET]


def test_a_place_opening_the_sentence_is_no_relay(claims):
    claim = claim_on(claims["place_opening"], "Governor Ali Hassan")
    assert claimant_text(claim).endswith("Ali Hassan")
    assert claim["chain"][1:] == [OUTLET]


def test_a_given_name_after_a_title():
    text = "Prime Minister Omar Aziz said ten died. Omar said more may die."
    assert page_given_name("Prime Minister Omar Aziz", "Omar", text)
    assert not page_given_name("Prime Minister Omar Aziz", "Omar", text + " Aziz added.")
    assert not page_given_name("Prime Minister", "Prime", "Prime Minister said. Prime said.")
