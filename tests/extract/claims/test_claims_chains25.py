"""Who a later naming means on relayed reporting (round chains25): a description taking up an
unnamed person introduced with "a" before (not a name mentioned since), a medium described by
the noun its name stood in ("the broadcaster" after "the Kurdish Rudaw broadcaster", not a
nearer medium that reported), and a person taken up by surname, whom the model types an
organisation, framing the voices inside their words (no medium that relays them), and a
closing "according to" framing the whole sentence though the parser hangs it on its last
verb. Each text was written for these tests and goes through the whole pipeline as an article
of the fictional "Daily Sun".
"""

from __future__ import annotations

import pytest

from .helpers import claim_on, exported_claims

OUTLET = "Daily Sun"

TEXTS = {
    "introduced": ("Four soldiers were killed at the Bora camp, rangers and a district official "
                   "told Reuters. The camp in Bora was attacked at dawn. Mahamat Ousmane, the "
                   "camp commander, said the guards fled. The district official said six houses "
                   "burned."),
    "introduced_named": ("Ali Omar, a district official, told Reuters that six houses burned in "
                         "Bora. Police chief Musa Adamu said two guards were missing. The "
                         "district official said the fire spread at night."),
    "broadcaster": ("The fighting began at dawn near Tal Afar, Reuters reported. The mayor, Ali "
                    "Hamid, told the Kurdish Rudaw broadcaster that three shops burned. A doctor "
                    "told the broadcaster that four people were wounded."),
    "noun_before_voice": ("Governor Ali Musa told the Interfax agency that the road was closed. "
                          "Meanwhile the rebel website Kavkaz Center confirmed the raid. Nine "
                          "soldiers were killed, according to the agency."),
    "surname_frames": ("Rights activist Daouda Diallo, who heads the Collective Against "
                       "Impunity, visited the camp on Monday. \"Survivors' testimonies indicate "
                       "that the gunmen accused the herders of hiding weapons,\" Diallo said."),
    "closing_according": ("District governor Ali Musa told the Anadolu Agency that gunmen raided "
                          "the village at night. Early counts showed that the gunmen burned nine "
                          "houses and two shops collapsed, according to the governor."),
    "agency_voice": ("Three shops burned near Tal Afar, the Anadolu news agency reported. A "
                     "doctor told the agency that four people were wounded."),
}


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    return exported_claims(tmp_path_factory.mktemp("chains25"), TEXTS, OUTLET)


def test_a_description_takes_up_the_person_introduced_with_a(exported):
    claim = claim_on(exported["introduced"], "six houses burned")
    assert claim["chain"][0].lower().endswith("district official")
    assert claim["chain"][1:] == ["Reuters", OUTLET]


def test_a_description_means_the_named_person_it_last_described(exported):
    claim = claim_on(exported["introduced_named"], "spread at night")
    assert "Omar" in claim["chain"][0]


def test_the_broadcaster_is_the_medium_named_with_that_noun(exported):
    claim = claim_on(exported["broadcaster"], "four people were wounded")
    assert claim["chain"] == ["doctor", "Rudaw", OUTLET]


def test_the_agency_is_still_the_agency_that_reported(exported):
    claim = claim_on(exported["agency_voice"], "four people were wounded")
    assert claim["chain"][1] == "Anadolu Agency" or "Anadolu" in claim["chain"][1]


def test_a_medium_named_with_the_noun_before_the_last_voice_gives_way_to_it(exported):
    claim = claim_on(exported["noun_before_voice"], "Nine soldiers were killed")
    assert claim["chain"][0] == "Kavkaz Center"


def test_a_surname_of_a_person_named_before_frames_the_voices_inside(exported):
    claim = claim_on(exported["surname_frames"], "hiding weapons")
    assert claim["chain"] == ["Diallo", OUTLET]


def test_a_closing_according_to_frames_the_sentence_it_closes(exported):
    claim = claim_on(exported["closing_according"], "Early counts showed")
    assert claim["chain"] == ["governor", "Anadolu Agency", OUTLET]
