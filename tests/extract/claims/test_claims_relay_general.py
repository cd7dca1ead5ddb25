"""Relays named in the claim's own sentence, read by the shape of the parse rather than by a
phrasing (issue 11, round c480-c487 of bench/data/conflict/README.md): a medium owning a named
reporter ("the Herald's Tom Smith says"), a medium's description with its name set off by
commas ("told the French news agency, AFP,"), a masthead the parser split from its noun ("the
state-owned Bright Vision daily"), a title taken up with the surname ("Major Okello" after
"Major John Okello"); and voices that are none: an intention inside another speaker's report
("are threatening to kill …, reports X"), a noun "described as" something, a state a person or
body speaks for ("Russia denies …, the ministry said"). Each text was
written for these tests and goes through the whole pipeline as an article of the fictional
"Daily Sun"."""

from __future__ import annotations

import pytest

from .helpers import claim_on, exported_claims

OUTLET = "Daily Sun"

TEXTS = {
    "owner_after_verb": ("The raid was the deadliest in the valley this year, says the Herald's "
                         "Tom Smith."),
    "owner_before_verb": "The Herald's Tom Smith in Lagos says 12 houses were burned overnight.",
    "country_owner": "Kenya's Amina Odhiambo said 12 houses were burned overnight.",
    "description_then_name": ("The army spokesman told the French news agency, AFP, that 30 "
                              "rebels were killed."),
    "daily_split": ("The mayor of Gulu town, Peter Okot, was quoted in the state-owned Bright "
                    "Vision daily on Monday as saying that the camps were full."),
    "daily_said_in": "The mayor said in the Morning Post daily that 30 people were killed.",
    "intention": ("The rebels are threatening to kill aid workers, reports the Rome-based Fides "
                  "news agency."),
    "intention_reported": ("The rebels have agreed to release 30 hostages, the governor told "
                           "Reuters."),
    "reported_seeing": ("The harbour master said the captain of a tanker reported seeing a "
                        "missile fall near the ship."),
    "described_as": ("The government says 12 soldiers, 30 people described as “bandits,” and "
                     "some 30 civilians were killed this week, Reuters said."),
    "state_under_ministry": ("Armenia denies any part in the blast, the Armenian defence "
                             "ministry said on Monday."),
    "state_under_spokesman": ("The Kremlin denied striking the market: “We do not strike "
                              "civilian targets,” Kremlin spokesman Dmitry Peskov told reporters."),
    "state_under_medium": ("Moldavia reported a sharp increase in shelling on its border areas, "
                           "Agerpres noted, referring to AFP."),
    "title_and_surname": (
        "Army spokesman Major John Okello told Reuters that 30 rebels were killed in the raid.\n\n"
        "The army was pursuing the attackers.\n\n"
        "Major Okello said the rebels had fled north."),
}


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    return exported_claims(tmp_path_factory.mktemp("general"), TEXTS, OUTLET)


@pytest.mark.parametrize("key,words", [("owner_after_verb", "deadliest"),
                                       ("owner_before_verb", "12 houses")])
def test_a_medium_owning_a_named_reporter_relays_them(exported, key, words):
    assert claim_on(exported[key], words)["chain"] == ["Tom Smith", "Herald", OUTLET]


def test_a_country_owning_a_person_relays_nothing(exported):
    assert claim_on(exported["country_owner"], "12 houses")["chain"][1:] == [OUTLET]


def test_a_description_is_named_by_the_name_set_off_by_commas(exported):
    assert claim_on(exported["description_then_name"], "30 rebels")["chain"] == [
        "army spokesman", "AFP", OUTLET]


def test_a_daily_the_parser_split_from_its_name_is_a_medium(exported):
    chain = claim_on(exported["daily_split"], "camps were full")["chain"]
    assert chain == ["Peter Okot", "Bright Vision", OUTLET]


def test_said_in_a_daily_is_published_directly(exported):
    # the convention: a speaker writing or speaking in a medium under their own name
    # published the words; only a medium that quoted or carried them relays
    assert claim_on(exported["daily_said_in"], "30 people")["chain"] == ["mayor", OUTLET]


def test_an_intention_in_a_medium_report_is_the_medium_s_claim(exported):
    chain = claim_on(exported["intention"], "aid workers")["chain"]
    assert chain[0] != "rebels" and chain[-1] == OUTLET and len(chain) == 2


def test_an_intention_inside_a_told_statement_keeps_the_speaker(exported):
    assert claim_on(exported["intention_reported"], "30 hostages")["chain"] == [
        "governor", "Reuters", OUTLET]


def test_reported_seeing_is_still_a_report(exported):
    chain = claim_on(exported["reported_seeing"], "missile")["chain"]
    assert chain[0] == "captain" and "harbour master" in chain


def test_a_noun_described_as_something_is_no_speaker(exported):
    chain = claim_on(exported["described_as"], "12 soldiers")["chain"]
    assert chain[0] == "government" and chain[1:] == ["Reuters", OUTLET]


@pytest.mark.parametrize("key,words,speaker", [
    ("state_under_ministry", "any part", "Armenian defence ministry"),
    ("state_under_spokesman", "civilian targets", "Dmitry Peskov")])
def test_a_person_or_body_speaks_for_the_state_which_is_no_link(exported, key, words, speaker):
    assert claim_on(exported[key], words)["chain"] == [speaker, OUTLET]


def test_a_state_reported_by_a_medium_keeps_its_voice(exported):
    assert claim_on(exported["state_under_medium"], "sharp increase")["chain"] == [
        "Moldavia", "AFP", "Agerpres", OUTLET]


def test_a_title_and_surname_keep_the_speaker_s_relay(exported):
    claim = claim_on(exported["title_and_surname"], "fled north")
    assert claim["chain"] == ["Major Okello", "Reuters", OUTLET]
