"""Relays on fresh pages (round chains38b): a medium a speaker telephoned before a joined
speech verb ("telephoned local radio stations and claimed"); a group's own medium named by
what it is to the group ("on the group's propaganda arm Amaq"), a relay and no platform; a
medium cited by description and name ("citing state news agency IRNA"), cited by its name; a
dateline credit on a line of its own with a dash ("Khartoum - AFP") or with a stray letter
glued to its town ("aBEIRUT (AP) —"). (A name closed by an initial, where the parser cut
a sentence, is tested with the line breaks, tests/annotate.) Each text was written for these
tests and goes through the whole pipeline as an article of the fictional "Daily Sun".
"""

from __future__ import annotations

import pytest

from .helpers import claim_on, exported_apart

OUTLET = "Daily Sun"

TEXTS = {
    "telephoned": ("Rebels attack army post\n\nA rebel commander telephoned local radio "
                   "stations and claimed that his fighters had killed twelve soldiers."),
    "telephoned_person": ("Rebels attack army post\n\nThe commander telephoned the governor "
                          "and said that twelve soldiers had been killed."),
    "organ": ("Militants claim raid\n\nThe militants said on the group's propaganda arm Amaq "
              "that they had killed 30 soldiers."),
    "on_air": ("Militants claim raid\n\nThe militants said on Monday that they had killed 30 "
               "soldiers."),
    "citing_name": ("Guards killed in clash\n\nFour guards were killed in the clash, the Daily "
                    "Post reports citing state news agency IRNA."),
    "dash_line": ("Army says rebels killed\n\nKhartoum - AFP\nSudanese troops killed 40 rebels "
                  "in Darfur on Monday, the army said. The rebels said 12 of their fighters "
                  "died."),
    "stray_letter": ("Soldiers killed\n\naBEIRUT (AP) — Activists say 11 soldiers were killed "
                     "in a bomb attack on Sunday."),
    "quoting_agency": ("Border post attacked\n\nGunmen killed four guards at a border post, "
                       "reported Xinhua quoting Fars.\n\nFars quoted the provincial police "
                       "chief Ali Karimi as saying the attackers fled across the border. Two "
                       "of the gunmen were also killed, he added."),
    "told_agency": ("Border post attacked\n\nGunmen killed four guards at a border post, "
                    "reported Xinhua quoting Fars.\n\nThe provincial police chief Ali Karimi "
                    "told Fars that two of the gunmen were also killed."),
}


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    return exported_apart(lambda k: tmp_path_factory.mktemp(k), TEXTS, OUTLET)


def test_a_medium_telephoned_before_a_joined_speech_verb_relays_it(exported):
    claim = claim_on(exported["telephoned"], "twelve soldiers")
    assert claim["chain"] == ["rebel commander", "local radio stations", OUTLET]


def test_a_person_telephoned_before_a_joined_speech_verb_relays_nothing(exported):
    claim = claim_on(exported["telephoned_person"], "twelve soldiers")
    assert claim["chain"][1:] == [OUTLET]


def test_a_groups_propaganda_arm_is_a_relay_by_its_name(exported):
    claim = claim_on(exported["organ"], "30 soldiers")
    assert claim["chain"] == ["militants", "Amaq", OUTLET]


def test_said_on_a_day_names_no_relay(exported):
    claim = claim_on(exported["on_air"], "30 soldiers")
    assert claim["chain"] == ["militants", OUTLET]


def test_a_medium_cited_by_description_and_name_is_cited_by_its_name(exported):
    claim = claim_on(exported["citing_name"], "Four guards")
    assert claim["chain"][0] == "IRNA"
    assert claim["chain"][-1] == OUTLET and "Daily Post" in claim["chain"][1]


def test_a_dashed_credit_on_its_own_line_relays_the_first_sentence(exported):
    claim = claim_on(exported["dash_line"], "40 rebels")
    assert claim["chain"] == ["army", "AFP", OUTLET]


def test_a_dashed_credit_relays_only_the_sentence_it_opens(exported):
    claim = claim_on(exported["dash_line"], "12 of their fighters")
    assert claim["chain"] == ["rebels", OUTLET]


def test_a_stray_letter_before_the_dateline_town_keeps_the_wire_credit(exported):
    claim = claim_on(exported["stray_letter"], "11 soldiers")
    assert claim["chain"] == ["Activists", "AP", OUTLET]



def test_an_agency_quoting_after_its_own_relay_passes_the_words_on_the_same_way(exported):
    claim = claim_on(exported["quoting_agency"], "fled across the border")
    assert claim["chain"] == ["Ali Karimi", "Fars News Agency", "Xinhua", OUTLET]


def test_the_quoted_speakers_later_words_keep_both_relays(exported):
    claim = claim_on(exported["quoting_agency"], "he added")
    assert claim["chain"] == ["Ali Karimi", "Fars News Agency", "Xinhua", OUTLET]


def test_a_speaker_who_told_the_agency_keeps_only_that_agency(exported):
    claim = claim_on(exported["told_agency"], "two of the gunmen")
    assert claim["chain"] == ["Ali Karimi", "Fars News Agency", OUTLET]
