"""Relays of a speaker's later words named on another line (round relay30): one of several
voices told a medium together and speaks again by the same words, and a person taken up by the
initials of the capitalised title the page gave them. Each text was written for these tests (no
line repeats across the texts: a line two articles of one outlet share is boilerplate)."""

from __future__ import annotations

import pytest

from .helpers import claim_on, exported_claims

OUTLET = "Daily Sun"

TEXTS = {
    "conjunct": ("Gunmen stormed two villages near the river on Monday, farmers and the "
                 "chief told Reuters.\n\n"
                 "The district council said it had sent more police to the area.\n\n"
                 "Farmers said at least 14 people were killed in the raids."),
    "taken_up": ("At least six people died when a bus hit a mine near the border, traders and "
                 "the militia told AFP.\n\n"
                 "The militia said it had cleared two more mines on the road."),
    "alone": ("Rebels shelled the market at dawn, killing nine, officials told Reuters.\n\n"
              "Officials earlier said five wounded had been flown to the capital."),
    "single": ("Soldiers burned three houses in the hills, herders and a teacher told Reuters.\n\n"
               "A herder said 20 goats were lost in the fire."),
    "acronym": ("Quoting Deputy Inspector General of Police, Ravi Menon, news agency KNS reported "
                "that the two rebels were killed in the orchard.\n\n"
                "Both men, the DIG said, had crossed the Line of Control last month."),
    "acronym_other": ("Quoting Deputy Inspector General of Police, Ravi Menon, news agency KNS "
                      "reported that three rebels were killed in the orchard.\n\n"
                      "Four policemen were hurt, the SSP said."),
}


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    return exported_claims(tmp_path_factory.mktemp("relay30"), TEXTS, OUTLET)


def test_one_of_the_voices_told_together_keeps_the_medium(exported):
    claim = claim_on(exported["conjunct"], "14 people")
    assert claim["chain"] == ["Farmers", "Reuters", OUTLET]


def test_a_voice_taken_up_with_the_keeps_the_medium(exported):
    claim = claim_on(exported["taken_up"], "two more mines")
    assert claim["chain"][1:] == ["AFP", OUTLET]


def test_a_group_named_alone_is_not_taken_up_by_its_plural_again(exported):
    claim = claim_on(exported["alone"], "five wounded")
    assert "Reuters" not in claim["chain"]


def test_a_single_member_of_the_voices_may_be_heard_elsewhere(exported):
    claim = claim_on(exported["single"], "20 goats")
    assert "Reuters" not in claim["chain"]


def test_the_initials_of_the_speakers_title_keep_the_medium(exported):
    claim = claim_on(exported["acronym"], "Line of Control")
    assert claim["chain"][0] == "DIG"
    assert any("KNS" in name for name in claim["chain"][1:])


def test_initials_of_another_title_keep_no_medium(exported):
    claim = claim_on(exported["acronym_other"], "Four policemen")
    assert not any("KNS" in name for name in claim["chain"])
