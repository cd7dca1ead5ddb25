"""Relays a claim's own sentence does not name (round relay27): a dateline whose wire follows
a spaced dash with no brackets, and a rights group a speaker told, carried to the speaker's
later words. Each text was written for these tests (no line repeats across the texts: a line
two articles of one outlet share is boilerplate)."""

from __future__ import annotations

import pytest

from .helpers import claim_on, cued_claims, exported_claims, the_claim_on

OUTLET = "Daily Sun"

TEXTS = {
    "told_group": ("Eleven villagers told Amnesty International that soldiers burned the "
                   "market.\n\n"
                   "\"They shot at everyone who ran toward the river,\" a farmer told Amnesty "
                   "International.\n\n"
                   "\"My two sons never came home,\" he said."),
    "other_channel": ("\"The trucks came at night and took the boys away,\" a teacher told Amnesty "
                      "International.\n\n"
                      "In a statement on Sunday, he said the soldiers had come from the north."),
}


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    return exported_claims(tmp_path_factory.mktemp("relay27"), TEXTS, OUTLET)


def _cued(nlp, text, media=()):
    return cued_claims(nlp, text, OUTLET, media)


def test_a_dashed_wire_after_place_and_date_relays_the_first_sentence(nlp):
    text = ("KHARTOUM, March 9 - Nile News Agency. The army said on Saturday it had killed 40 "
            "fighters near the border town.\n\n"
            "A local official said six civilians were wounded.")
    claims = _cued(nlp, text)
    assert the_claim_on(claims, "40 fighters").chain == ["army", "Nile News Agency", OUTLET]
    assert the_claim_on(claims, "six civilians").chain == ["local official", OUTLET]


def test_a_wire_between_dashes_after_the_country_relays_its_sentence(nlp):
    text = ("Sudan - Nile News Agency - The Sudanese army on Monday accused rebel fighters of "
            "shelling a market that killed 12 people.")
    (claim,) = _cued(nlp, text)
    assert claim.chain == ["Sudanese army", "Nile News Agency", OUTLET]


def test_dashes_around_a_place_or_a_person_are_no_wire(nlp):
    for text in ("Africa - Sudan - The army said on Monday that 12 people were killed in the "
                 "shelling.",
                 "Editor in chief — John Mbeki. The army said 12 people were killed in the "
                 "shelling."):
        (claim,) = _cued(nlp, text)
        assert claim.chain == ["army", OUTLET], text


def test_a_rights_group_told_carries_the_speakers_later_words(exported):
    claim = claim_on(exported["told_group"], "sons never came home")
    assert claim["chain"] == ["farmer", "Amnesty International", OUTLET]


def test_a_rights_group_told_is_not_carried_past_another_channel(exported):
    claim = claim_on(exported["other_channel"], "come from the north")
    assert "Amnesty International" not in claim["chain"]


TOLD = {
    "unknown_name": ("A drone strike killed three militants near the border on Thursday, "
                     "sources told Circa."),
    "congress": "The general told Congress that 40 insurgents were killed in the valley.",
    "council": "The envoy told the Security Council that 12 aid workers were missing.",
}


@pytest.fixture(scope="module")
def told(tmp_path_factory):
    return exported_claims(tmp_path_factory.mktemp("relay27_told"), TOLD, OUTLET)


def test_told_a_name_tagged_an_organisation_no_pack_knows_relays_it(told):
    claim = claim_on(told["unknown_name"], "three militants")
    assert claim["chain"] == ["sources", "Circa", OUTLET]


def test_told_an_addressed_body_is_an_audience_not_a_relay(told):
    assert claim_on(told["congress"], "40 insurgents")["chain"] == ["general", OUTLET]
    assert claim_on(told["council"], "12 aid workers")["chain"] == ["envoy", OUTLET]



STATION = {
    "station": ("Colonel Somchai Rakthai told local television station KTV8 that the bomb had "
                "targeted a patrol. He said two of the wounded soldiers were in serious "
                "condition."),
    "person": ("Major Anan Chaiyo told his deputy Preecha Srisuk that the mine had hit a truck. "
               "He said three of the injured rangers were flown to Yala."),
}


@pytest.fixture(scope="module")
def station(tmp_path_factory):
    return exported_claims(tmp_path_factory.mktemp("relay27_station"), STATION, OUTLET)


def test_a_relay_described_as_a_station_carries_the_speakers_later_words(station):
    claim = claim_on(station["station"], "serious condition")
    assert claim["chain"] == ["Colonel Somchai Rakthai", "KTV8", OUTLET]


def test_a_person_told_is_not_carried(station):
    claim = claim_on(station["person"], "flown to Yala")
    assert claim["chain"] == ["Major Anan Chaiyo", OUTLET]


def test_a_named_agency_with_its_initials_in_brackets_is_named_by_its_name(nlp):
    text = ("\"Air strikes killed 30 fighters near the border on Sunday,\" an army officer was "
            "quoted as saying by the Sahel News Agency (SNA).")
    (claim,) = _cued(nlp, text)
    assert claim.chain == ["army officer", "Sahel News Agency", OUTLET]


def test_a_described_agency_named_in_brackets_is_that_name(nlp):
    text = ("Thirty fighters were killed near the border on Sunday, the state news agency "
            "(Bernama) reported.")
    (claim,) = _cued(nlp, text)
    assert claim.chain == ["Bernama", OUTLET]
