"""Chain errors on pages no rule was tuned on (round chains39): a medium whose proper name holds
its state's name ("Radio France International", "Sudan News", "the Islamic Republic of Iran
News Network") was read as the state, so the relay was named as the country and, being no
medium, was not carried to the speaker's later words; a dash credit closing the paragraph
("…. - Bernama") stood in for the relay the speaker's later words carry. Each text was written
for these tests and goes through the whole pipeline as an article of the fictional "Daily Sun".
"""

from __future__ import annotations

import pytest

from .helpers import claim_on, exported_apart

OUTLET = "Daily Sun"

TEXTS = {
    "country_radio": ("Twelve rebels were killed in the ambush, the governor told Radio France "
                      "International on Saturday."),
    "country_news": ("Eyewitnesses informed Sudan News on Friday that twelve rebels were "
                     "killed near the airport."),
    "republic_network": ("Twelve rebels were killed in the ambush, the governor told the Islamic "
                         "Republic of Iran News Network on Saturday."),
    "country_claimant": "Sudan TV said twelve rebels were killed near the airport.",
    "country_itself": "Sudan said twelve rebels were killed near the airport.",
    "described_state_tv": "Twelve rebels were killed in the ambush, Sudanese state TV reported.",
    "carried_past_signature": ("Gunmen attacked a police post on Friday.\n\nThe attack began at "
                               "dawn, the provincial governor Ali Karimi told Radio Kabul "
                               "Network in an interview. He said the gunmen used grenades and "
                               "rifles. - Bernama"),
    "signature_alone": ("Militants raided a border checkpoint overnight, burning two trucks.\n\n"
                        "The raid lasted two hours, the district governor Omar Said told "
                        "reporters on Sunday. He said the militants used mortars and rifles. "
                        "- Bernama"),
    "other_speaker_signed": ("Militants raided a border checkpoint overnight, the provincial "
                             "governor Ali Karimi told Radio Kabul Network in an interview.\n\n"
                             "The raid lasted two hours, the district police chief Omar Said told "
                             "reporters on Sunday. He said the militants used grenades and "
                             "rifles. - Bernama"),
}


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    return exported_apart(lambda key: tmp_path_factory.mktemp(key), TEXTS, OUTLET)


def test_a_radio_named_after_its_country_is_the_radio(exported):
    claim = claim_on(exported["country_radio"], "Twelve rebels")
    assert claim["chain"] == ["governor", "Radio France International", OUTLET]


def test_news_named_after_its_country_is_the_medium(exported):
    claim = claim_on(exported["country_news"], "twelve rebels")
    assert claim["chain"] == ["Eyewitnesses", "Sudan News", OUTLET]


def test_a_network_named_after_its_republic_is_the_network(exported):
    claim = claim_on(exported["republic_network"], "Twelve rebels")
    assert claim["chain"][1:] == ["Islamic Republic of Iran News Network", OUTLET]


def test_a_state_named_medium_speaking_is_the_medium_not_the_state(exported):
    claim = claim_on(exported["country_claimant"], "twelve rebels")
    assert claim["chain"] == ["Sudan TV", OUTLET]


def test_the_state_alone_is_still_the_state(exported):
    claim = claim_on(exported["country_itself"], "twelve rebels")
    assert claim["chain"] == ["Sudan", OUTLET]


def test_a_state_medium_described_in_lower_case_keeps_its_description(exported):
    claim = claim_on(exported["described_state_tv"], "Twelve rebels")
    assert claim["chain"] == ["Sudanese state TV", OUTLET]


def test_a_closing_dash_credit_keeps_the_relay_the_speaker_carries_before_it(exported):
    claim = claim_on(exported["carried_past_signature"], "grenades")
    assert claim["chain"][1:] == ["Radio Kabul Network", "Bernama", OUTLET]


def test_a_closing_dash_credit_alone_relays_its_sentence(exported):
    claim = claim_on(exported["signature_alone"], "mortars")
    assert claim["chain"][1:] == ["Bernama", OUTLET]


def test_a_closing_dash_credit_carries_nothing_to_another_speaker(exported):
    claim = claim_on(exported["other_speaker_signed"], "grenades")
    assert claim["chain"][1:] == ["Bernama", OUTLET]
