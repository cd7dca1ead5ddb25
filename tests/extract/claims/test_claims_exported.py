"""Claimants and chains as a user gets them: hand-written articles ingested into a store
through the whole pipeline, the exported claims read back (issue 11, attribution styles of the
conflict dev set: platforms, datelines, relative clauses, trailing wire credits, phone calls).
Sentences written for these tests, not copied from any report."""

from __future__ import annotations

import pytest

from .helpers import claimant_text, exported_claims, figure_values

OUTLET = "Daily Sun"
TEXTS = {
    "platform": "The regional governor said on Telegram that three people were killed in the "
                "shelling of Kupiansk.",
    "title_dateline": "Kaduna: State police said gunmen killed seven farmers near the village "
                      "of Kurmin Dutse on Monday.",
    "relative": "The army said its drones destroyed a fuel depot near the town of Izium, where "
                "local officials said the strikes had killed 12 civilians.",
    "trailing": "The state television report said troops killed 14 rebels in a raid near the "
                "border, the AP reports.",
    "phone": "\u201cWe captured forty soldiers and their trucks,\u201d the rebel commander said "
             "in a telephone call to Reuters.",
    "apposition": "Two people were killed in the shelling of the village, Oleh Marchenko, head "
                  "of the Regional Military Administration (RMA), wrote on Telegram.",
    "inverted": "Four guards were killed and two wounded when gunmen stormed the checkpoint "
                "near Turbat, confirmed the provincial spokesperson Amina Baloch.",
    "captain": "The maritime security agency said the captain of a tanker reported seeing "
               "two missiles fall near the ship.",
    "reported_as": "The coastguard reported the skipper of the trawler as saying that three "
                   "crew members were wounded.",
    "headline": "Battle for Pokrovsk: nine soldiers killed in drone strike, says Kyiv\n\n"
                "The strike hit a training ground near the town on Sunday morning.",
    "back_reference": "In the Zaporizhzhia region, 6 civilians were wounded during the day by "
                      "Russian drones.\n\nAccording to Ukrinform, this was reported by the "
                      "regional prosecutor's office.",
}


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """Each text's exported claims (narration left out), by the text's key."""
    return exported_claims(tmp_path_factory.mktemp("attribution"), TEXTS, OUTLET)


def test_a_platform_posted_on_is_no_relay(exported):
    (claim,) = exported["platform"]
    assert "governor" in claimant_text(claim)
    assert claim["chain"] == [claim["chain"][0], OUTLET]  # no "Telegram" between
    assert 3 in figure_values(claim)


def test_a_title_case_dateline_is_no_speaker(exported):
    (claim,) = [c for c in exported["title_dateline"] if c.get("figures")]
    assert "police" in claimant_text(claim) and "Kaduna" not in claimant_text(claim)
    assert 7 in figure_values(claim)


def test_a_speaker_in_a_relative_clause_is_a_second_voice(exported):
    army, officials = sorted(exported["relative"], key=lambda c: c["start"])
    assert "army" in claimant_text(army) and army["chain"][1:] == [OUTLET]
    assert "officials" in claimant_text(officials) and officials["chain"][1:] == [OUTLET]
    assert 12 in figure_values(officials) and 12 not in figure_values(army)


def test_a_trailing_wire_credit_relays_the_speaker_before_it(exported):
    (claim,) = exported["trailing"]
    assert "report" in claim["chain"][0]
    assert claim["chain"][1] in ("AP", "Associated Press") and claim["chain"][2] == OUTLET
    assert 14 in figure_values(claim)


def test_the_one_called_relays_what_was_said_on_the_phone(exported):
    (claim,) = exported["phone"]
    assert "commander" in claim["chain"][0]
    assert claim["chain"][1:] == ["Reuters", OUTLET]


def test_a_trailing_speakers_title_gives_way_to_the_name(exported):
    (claim,) = exported["apposition"]
    assert claimant_text(claim) == "Oleh Marchenko"
    assert claim["chain"] == ["Oleh Marchenko", OUTLET]
    assert 2 in figure_values(claim)


def test_a_speaker_after_its_verb_is_the_source(exported):
    (claim,) = [c for c in exported["inverted"] if c.get("figures")]
    assert "Amina Baloch" in claimant_text(claim)
    assert 4 in figure_values(claim)


def test_this_was_reported_by_makes_the_statement_before_the_speakers(exported):
    wounded = next(c for c in exported["back_reference"] if 6 in figure_values(c))
    assert "prosecutor" in claimant_text(wounded)
    assert wounded["chain"][1:] == ["Ukrinform", OUTLET]


def test_a_person_reporting_is_relayed_by_who_passed_it_on(exported):
    (claim,) = exported["captain"]
    assert "captain" in claim["chain"][0] and "agency" in claim["chain"][1]
    assert claim["chain"][2] == OUTLET


def test_reported_someone_as_saying_names_the_first_speaker(exported):
    (claim,) = exported["reported_as"]
    assert "skipper" in claim["chain"][0] and "coastguard" in claim["chain"][1]
    assert 3 in figure_values(claim)


def test_a_headline_label_is_no_speaker_of_says_x(exported):
    (claim,) = [c for c in exported["headline"] if 9 in figure_values(c)]
    assert claimant_text(claim) == "Kyiv"
