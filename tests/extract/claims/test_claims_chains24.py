"""Relays carried to a speaker's later words on unseen reporting (round chains24): a statement
a medium published, taken up with "the" after its author spoke; the author's body taken up by
its own noun ("the committee"); "the outlet" after a channel no pack knows; a demand verb
that shares a frame noun's word ("called on"); a name written with and without its accents;
"underscore" as a speech verb; an interview phrase the parser hung on the subject; "it"
opening a sentence after a body spoke through a medium. Each text
was written for these tests and goes through the whole pipeline as an article of the
fictional "Daily Sun".
"""

from __future__ import annotations

import pytest

from .helpers import claim_on, exported_claims

OUTLET = "Daily Sun"

TEXTS = {
    "statement_author": ("“Militiamen looted the clinic and shot four nurses,” said the Bahri "
                         "Neighbourhood Committee, a volunteer group. According to the statement "
                         "carried by Anadolu Agency, the clinic was left without staff. The "
                         "committee called on donors to pay for repairs."),
    "statement_other_voice": ("“Militiamen looted the clinic and shot four nurses,” said the "
                              "Bahri Neighbourhood Committee. According to the statement carried "
                              "by Anadolu Agency, the clinic was left without staff. Police said "
                              "the march ended peacefully."),
    "statement_named_before": ("The army issued a statement on Monday about the raid. Local "
                               "elders said nine houses burned. According to the statement "
                               "carried by Anadolu Agency, the troops left at dawn. The elders "
                               "said the village had been empty."),
    "accents": ("District chief Mehmet Yıldırım told Anadolu Agency that three shepherds were "
                "wounded by the mine. Yildirim said the mine had been laid overnight."),
    "outlet_described": ("Telegram channel Mash reports that the van belonged to a driver from "
                         "Kursk. The outlet also claims, citing a neighbour, that the driver had "
                         "left the town a week before."),
    "outlet_known_medium": ("The newspaper Kommersant reported that the van belonged to a "
                            "driver from Kursk. The outlet also claims, citing a neighbour, that "
                            "the driver had left the town a week before."),
    "interview_on_subject": ("Dawit Alemu, a spokesman for the regional council, in an "
                             "interview with Dimtsi Weyane TV aired Sunday urged farmers to stay "
                             "home."),
    "residents_in_town": "Residents in the town of Kafr told reporters that 12 houses burned.",
    "it_after_carried": ("The coalition said its jets hit a rocket depot near the border, a "
                         "statement carried by the state news agency SPA said. It accused the "
                         "rebels of storing rockets in farms."),
    "it_after_medium_subject": ("TASS cited the fire service as saying that four guards died "
                                "at the depot. It said the blaze began at night."),
    "underscore": ("The Foreign Ministry condemned the raid on the depot, according to TASS. "
                   "The ministry underscored that the threat came from areas held by rebels."),
}


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    return exported_claims(tmp_path_factory.mktemp("chains24"), TEXTS, OUTLET)


def test_a_statement_taken_up_is_the_last_speakers_and_its_relay_carries(exported):
    chain = claim_on(exported["statement_author"], "pay for repairs")["chain"]
    assert "Anadolu" in " ".join(chain[1:-1])


def test_another_voice_after_the_statement_keeps_nothing(exported):
    assert len(claim_on(exported["statement_other_voice"], "march ended")["chain"]) == 2


def test_a_statement_named_before_is_not_the_last_speakers(exported):
    assert len(claim_on(exported["statement_named_before"], "had been empty")["chain"]) == 2


def test_a_surname_without_its_accents_is_the_same_speaker(exported):
    chain = claim_on(exported["accents"], "laid overnight")["chain"]
    assert "Anadolu" in " ".join(chain[1:-1])


def test_the_outlet_takes_up_a_channel_no_pack_knows(exported):
    chain = claim_on(exported["outlet_described"], "left the town")["chain"]
    assert "Mash" in " ".join(chain[1:-1])


def test_the_outlet_still_takes_up_a_known_medium(exported):
    chain = claim_on(exported["outlet_known_medium"], "left the town")["chain"]
    assert "Kommersant" in " ".join(chain[1:-1])


def test_an_interview_hung_on_the_subject_relays(exported):
    chain = claim_on(exported["interview_on_subject"], "urged farmers")["chain"]
    assert "Dimtsi Weyane" in " ".join(chain[1:-1])


def test_a_subjects_place_phrase_is_no_interview(exported):
    assert len(claim_on(exported["residents_in_town"], "12 houses")["chain"]) == 2


def test_it_opening_a_sentence_is_the_subject_that_spoke_before(exported):
    chain = claim_on(exported["it_after_carried"], "storing rockets")["chain"]
    assert chain[0] == "coalition" and chain[1:-1] == ["Saudi Press Agency"]


def test_it_after_a_medium_as_subject_is_the_medium(exported):
    chain = claim_on(exported["it_after_medium_subject"], "blaze began")["chain"]
    assert chain[0] == "TASS"


def test_underscore_reports_and_keeps_the_ministrys_relay(exported):
    assert "TASS" in claim_on(exported["underscore"], "held by rebels")["chain"][1:-1]
