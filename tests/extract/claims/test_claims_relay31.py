"""Relays of a speaker's later words (round relay31): a person named with a capitalised title
and taken up by that title in lower case ("Governor X told Reuters …" then "the governor
said"), a body's name taken up by its head noun ("the Observatory" after "the Syrian
Observatory for Human Rights"), a medium the claim's own sentence describes ("In a message to
the agency, X said") written as that sentence writes it, not as an earlier line named it, and
a body (no medium, no person) that framed another's words ("The ministry said the skipper reported
…") framing that speaker's words said right after ("An hour later, the skipper reported …").
Each text was written for these tests (no line repeats across the texts: a line two articles
of one outlet share is boilerplate)."""

from __future__ import annotations

import pytest

from .helpers import claim_on, exported_claims

OUTLET = "Daily Sun"

TEXTS = {
    "title": ("Governor Pavel Orlov told Reuters that eight people died when the dam burst.\n\n"
              "The governor said the water had reached the school by noon."),
    "title_two_words": ("Defence Minister Arman Sadykov told Interfax that four pilots were "
                        "rescued off the coast. The minister said the search went on at night."),
    "title_body": ("Defence Ministry Spokesman Oleg Vitko told Interfax that two jets collided "
                   "over the lake. The ministry said an inquiry had been opened."),
    "title_another": ("Governor Ilya Markov told Reuters that the bridge was shelled twice.\n\n"
                      "Another governor said the roads north were closed to trucks."),
    "name_head": ("The Ministry of Water told Al Jazeera that 30 wells were poisoned in the "
                  "district.\n\nThe Ministry said 12 more wells were closed as a precaution."),
    "name_head_of": ("The Kurdish Observatory for Civil Rights told AFP that 11 guards died in "
                     "the prison riot.\n\nThe Observatory said two inmates escaped."),
    "described": ("The army said 20 rebels died in the valley.\n\n"
                  "\u201cThat is false,\u201d army spokesman Tomas Beyene told Reuters.\n\n"
                  "In a message to the news agency, Beyene said 14 soldiers were wounded."),
    "described_in_content": ("Army spokesman Kofi Mensah told the BBC that nine rebels were "
                             "caught at the border.\n\n"
                             "Mensah said the broadcaster had been shown the weapons."),
    "described_elsewhere": ("Army spokesman Reza Karimi told Tasnim that 12 rebels were killed "
                            "near the dam.\n\nRejecting the stories published by the foreign "
                            "media, the spokesman said the strikes hit no school."),
    "described_in_subject": ("The Daily Monitor first reported the blast at the depot.\n\n"
                             "Engineers cited by the paper said 6 fuel tanks had burned."),
    "framed_goes_on": ("The fisheries ministry said the skipper of a trawler fishing off the cape "
                       "reported seeing a drone at dawn. An hour later, the skipper reported "
                       "that 2 more drones had flown over the deck."),
    "framed_next_paragraph": ("The maritime agency said the master of a bulk carrier off the "
                              "island reported a missile landing near the hull.\n\nMinutes "
                              "later, the master reported that 5 crew members were hurt."),
    "framed_apart": ("The port authority said the master of a ferry crossing the bay reported a "
                     "blast near the bow.\n\nThe navy said it sent two tugs to the ferry.\n\n"
                     "The master reported that 3 cabins were flooded."),
    "heard_by_a_person": ("Villagers told a local nurse that 9 people died in the flood. "
                          "Villagers said 4 bridges were swept away."),
}


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    return exported_claims(tmp_path_factory.mktemp("relay31"), TEXTS, OUTLET)


def test_a_capitalised_title_taken_up_in_lower_case_keeps_the_medium(exported):
    claim = claim_on(exported["title"], "reached the school")
    assert claim["chain"][1:] == ["Reuters", OUTLET]


def test_the_last_word_of_a_two_word_title_keeps_the_medium(exported):
    claim = claim_on(exported["title_two_words"], "search went on")
    assert claim["chain"][1:] == ["Interfax", OUTLET]


def test_a_body_named_inside_the_title_is_not_the_person(exported):
    claim = claim_on(exported["title_body"], "inquiry had been opened")
    assert "Interfax" not in claim["chain"]


def test_another_holder_of_the_title_keeps_nothing(exported):
    claim = claim_on(exported["title_another"], "roads north")
    assert "Reuters" not in claim["chain"]


def test_the_head_noun_of_a_bodys_name_keeps_the_medium(exported):
    claim = claim_on(exported["name_head"], "12 more wells")
    assert claim["chain"][1:] == ["Al Jazeera", OUTLET]
    claim = claim_on(exported["name_head_of"], "two inmates")
    assert claim["chain"][1:] == ["AFP", OUTLET]


def test_a_medium_described_in_the_sentence_is_written_as_described(exported):
    claim = claim_on(exported["described"], "14 soldiers")
    assert claim["chain"][1:] == ["Reuters", OUTLET]
    assert [r["text"] for r in claim["relays"]] == ["the news agency"]


def test_a_medium_in_what_was_said_is_no_written_relay(exported):
    claim = claim_on(exported["described_in_content"], "shown the weapons")
    assert claim["chain"][1:] == ["BBC", OUTLET]
    assert [r["text"] for r in claim["relays"]] == ["BBC"]


def test_a_medium_in_a_clause_of_no_telling_is_no_written_relay(exported):
    claim = claim_on(exported["described_elsewhere"], "hit no school")
    assert [r["text"] for r in claim["relays"]] == ["Tasnim"]


def test_a_medium_in_the_speakers_phrase_is_written_as_described(exported):
    claim = claim_on(exported["described_in_subject"], "6 fuel tanks")
    assert [r["text"] for r in claim["relays"]] == ["the paper"]


def test_a_speaker_framing_the_words_frames_the_next_words_of_the_same_speaker(exported):
    claim = claim_on(exported["framed_goes_on"], "2 more drones")
    assert claim["chain"][1:] == ["fisheries ministry", OUTLET]


def test_the_framed_words_may_go_on_in_the_next_paragraph(exported):
    claim = claim_on(exported["framed_next_paragraph"], "5 crew members")
    assert claim["chain"][1:] == ["maritime agency", OUTLET]


def test_a_framing_speaker_is_not_carried_past_another_statement(exported):
    claim = claim_on(exported["framed_apart"], "3 cabins")
    assert claim["chain"][1:] == [OUTLET]


def test_a_person_who_heard_the_words_is_not_carried(exported):
    claim = claim_on(exported["heard_by_a_person"], "4 bridges")
    assert claim["chain"][1:] == [OUTLET]
