"""Chain errors on fresh pages (round chains38): a bracket after a dateline's town that names
its country or province, no wire credit; a statement issued or aired by the speaker's own
act joined to the cue ("issued a statement and said"), a channel of its own that stops an
earlier relay from being carried; a claimant written twice in its own sentence (by name and
by a relative "who … said") that kept the medium described in the sentence ("the news
agency") from being its written relay; a speaker "quoted as saying" with no agent right
after a medium reported, quoted by that medium; "in remarks made to Reuters", a frame noun
whose participle names who heard it. Each text was written for these tests and
goes through the whole pipeline as an article of the fictional "Daily Sun".
"""

from __future__ import annotations

import pytest

from .helpers import claim_on, exported_claims

OUTLET = "Daily Sun"

TEXTS = {
    "region_dateline": ("Gao (Mali) – A roadside bomb hit an army convoy on Monday, killing six "
                        "soldiers, officials said."),
    "province_dateline": ("Goma (North Kivu) – Rebels killed nine villagers overnight, local "
                          "officials said."),
    "wire_dateline": "GAO, Mali (AFP) – A roadside bomb killed six soldiers, officials said.",
    "issued_statement": ("\"We lost six men,\" Colonel Ali Musa told Reuters. Musa later issued "
                         "a statement and said eight more soldiers had died."),
    "went_on_air": ("\"We lost six men,\" Colonel Ali Musa told Reuters. Musa later went on "
                    "television and said eight more soldiers had died."),
    "visited_and_said": ("\"We lost six men,\" Colonel Ali Musa told Reuters. Musa later visited "
                         "the camp and said eight more soldiers had died."),
    "agency_who_said": ("The march started in the main square, The Associated Press reported. "
                        "The news agency reported Sunday that 25 people had died, citing Lala "
                        "Koné, head of communications for the national police, who said the "
                        "toll came from the main hospital. Koné said other victims may have "
                        "been taken to private clinics."),
    "quoted_after_medium": ("Gunmen stormed the police station on Friday, the state-run IRNA news "
                            "agency reported on Saturday.\n\nProvincial Governor Ali Karimi was "
                            "quoted as saying 19 people were killed."),
    "quoted_after_person": ("Gunmen stormed the police station on Friday, Governor Ali Karimi "
                            "said on Saturday. A police officer was quoted as saying 19 people "
                            "were killed."),
    "report_then_quoted": ("An agency report said the attack happened at dawn.\n\n\"The town is "
                           "in shock,\" one aid worker was quoted as saying."),
    "told_but_one_said": ("Two doctors and a nurse told The Associated Press they could not "
                          "confirm the toll, but one doctor said health workers at the scene "
                          "reported more than 80 deaths."),
    "remarks_made_to": ("A spokesman for the group claimed in remarks made to Reuters that ten "
                        "police officers had been killed."),
    "remarks_made_on": ("The governor said in remarks made on Monday that ten police officers "
                        "had been killed."),
}


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    return exported_claims(tmp_path_factory.mktemp("chains38"), TEXTS, OUTLET)


def test_a_country_in_brackets_after_the_dateline_town_credits_no_wire(exported):
    claim = claim_on(exported["region_dateline"], "killing six soldiers")
    assert claim["chain"] == ["officials", OUTLET]


def test_a_province_in_brackets_after_the_dateline_town_credits_no_wire(exported):
    claim = claim_on(exported["province_dateline"], "killed nine villagers")
    assert claim["chain"][1:] == [OUTLET]


def test_a_wire_in_brackets_after_the_dateline_still_credits_it(exported):
    claim = claim_on(exported["wire_dateline"], "killed six soldiers")
    assert claim["chain"] == ["officials", "AFP", OUTLET]


def test_a_statement_issued_before_the_cue_is_a_channel_of_its_own(exported):
    claim = claim_on(exported["issued_statement"], "eight more soldiers")
    assert "Reuters" not in claim["chain"]
    assert claim["chain"][-1] == OUTLET and len(claim["chain"]) == 2


def test_going_on_television_before_the_cue_is_a_channel_of_its_own(exported):
    claim = claim_on(exported["went_on_air"], "eight more soldiers")
    assert "Reuters" not in claim["chain"]


def test_a_joined_verb_naming_no_channel_keeps_the_earlier_relay(exported):
    claim = claim_on(exported["visited_and_said"], "eight more soldiers")
    assert claim["chain"][1:] == ["Reuters", OUTLET]


def test_the_agency_in_the_sentence_is_the_written_relay_beside_a_relative_who(exported):
    claim = claim_on(exported["agency_who_said"], "25 people had died")
    assert claim["chain"][1:] == ["Associated Press", OUTLET]
    assert [r["text"] for r in claim["relays"]] == ["The news agency"]


def test_a_later_statement_keeps_the_relay_as_the_agency_was_written(exported):
    claim = claim_on(exported["agency_who_said"], "private clinics")
    assert [r["text"] for r in claim["relays"]] == ["The news agency"]


def test_quoted_with_no_agent_after_a_medium_reported_is_that_medium_quoting(exported):
    claim = claim_on(exported["quoted_after_medium"], "19 people were killed")
    assert claim["chain"][0].endswith("Ali Karimi")
    assert claim["chain"][1:] == ["IRNA", OUTLET]


def test_quoted_with_no_agent_after_a_person_spoke_names_no_relay(exported):
    claim = claim_on(exported["quoted_after_person"], "19 people were killed")
    assert claim["chain"][1:] == [OUTLET]


def test_quoted_with_no_agent_after_an_unnamed_report_names_no_relay(exported):
    claim = claim_on(exported["report_then_quoted"], "in shock")
    assert claim["chain"][1:] == [OUTLET]


def test_a_joined_cue_with_a_speaker_of_its_own_keeps_the_medium_told_before(exported):
    claim = claim_on(exported["told_but_one_said"], "more than 80 deaths")
    assert claim["chain"][-2:] == ["Associated Press", OUTLET]


def test_remarks_made_to_a_medium_are_relayed_by_it(exported):
    claim = claim_on(exported["remarks_made_to"], "police officers")
    assert claim["chain"] == ["spokesman", "Reuters", OUTLET]


def test_remarks_made_on_a_day_name_no_relay(exported):
    claim = claim_on(exported["remarks_made_on"], "police officers")
    assert claim["chain"] == ["governor", OUTLET]
