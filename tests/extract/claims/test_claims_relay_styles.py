"""Relay styles of state media and wire copy that the conflict dev set met only in its c159-c171
round (issue 11): a medium put after its verb, a medium spoken or written to, a description
of a medium pointing back to the one named before, "as reported by", passive "cited by", and
credits whose names hold a hyphen. Sentences written for these tests."""

from __future__ import annotations

import pytest

from fogofwar.extract import extract_claims
from fogofwar.extract.claims.credits import _relays

from ..conftest import article, mention


def _cued(nlp, text, mentions=()):
    return [c for c in extract_claims(nlp(text), article(text, "Daily Sun"), list(mentions))
            if not c.narrator]


def _medium(text, name, nth=0):
    return mention(text, name, name.lower().replace(" ", ""), name, None, "MED", nth=nth)


def test_medium_after_its_verb_is_the_source(nlp):
    text = ("At least three border guards were killed and two others injured in clashes with the "
            "rebels at a border post in the south on Monday, reports Anadolu Agency.")
    (claim,) = _cued(nlp, text, [_medium(text, "Anadolu Agency")])
    assert claim.chain == ["Anadolu Agency", "Daily Sun"]


def test_medium_after_its_verb_before_a_blank_line(nlp):
    text = ("At least three border guards were killed and two others injured in clashes with the "
            "rebels at a border post in the south on Monday, reports Anadolu Agency.\n\n"
            "The post lies near the river.")
    claims = _cued(nlp, text, [_medium(text, "Anadolu Agency")])
    assert claims[0].chain == ["Anadolu Agency", "Daily Sun"]


def test_the_news_agency_points_back_to_the_agency_named_before(nlp):
    text = ("Six guards were killed, the official Fars news agency claimed. \"We lost six men,\" "
            "the deputy governor told the news agency.")
    claims = _cued(nlp, text, [_medium(text, "Fars")])
    assert claims[-1].chain == ["deputy governor", "Fars", "Daily Sun"]


def test_the_medium_points_back_to_the_outlet_named_before(nlp):
    text = ("The Daily Record stated that four officers were killed. Citing unnamed military "
            "sources, the medium said the convoy was ambushed at dawn.")
    claims = _cued(nlp, text, [_medium(text, "Daily Record")])
    assert claims[-1].chain == ["unnamed military sources", "Daily Record", "Daily Sun"]


def test_the_media_is_no_description_of_one_outlet(nlp):
    # (the bare "the media" is an audience, no relay at all: test_claims_chainsp24.py)
    text = ("The Daily Record stated that four officers were killed. The governor told the "
            "local media that 12 people were wounded.")
    claims = _cued(nlp, text, [_medium(text, "Daily Record")])
    assert claims[-1].chain == ["governor", "local media", "Daily Sun"]


@pytest.mark.parametrize("text, chain", [
    ("A police officer confirmed to Xinhua that five people died in the blast.",
     ["police officer", "Xinhua", "Daily Sun"]),
    ("The commander said in a voicemail to Xinhua that two soldiers were killed.",
     ["commander", "Xinhua", "Daily Sun"]),
    ("Speaking to Xinhua, the mayor said 11 people were killed in the raid.",
     ["mayor", "Xinhua", "Daily Sun"]),
])
def test_a_medium_spoken_or_written_to_relays(nlp, text, chain):
    (claim,) = _cued(nlp, text, [_medium(text, "Xinhua")])
    assert claim.chain == chain


@pytest.mark.parametrize("text", [
    "The governor said to the council that 12 people were killed.",
    "Talking to reporters, the mayor said 11 people were killed in the raid.",
])
def test_a_listener_who_is_no_medium_relays_nothing(nlp, text):
    (claim,) = _cued(nlp, text)
    assert len(claim.chain) == 2


def test_a_medium_confirmed_to_in_a_relative_clause_relays(nlp):
    text = ("Musa Bello, the state security adviser, who confirmed this to Xinhua in the "
            "capital, said the gunmen attacked a police post at night.")
    (claim,) = _cued(nlp, text, [_medium(text, "Xinhua"), mention(text, "Musa Bello")])
    assert claim.chain == ["Musa Bello", "Xinhua", "Daily Sun"]


def test_as_reported_by_under_no_cue_is_the_source(nlp):
    text = "Ten people were killed in the shelling, as reported by the regional news agency."
    (claim,) = _cued(nlp, text)
    assert claim.chain[0] == "regional news agency"


def test_as_reported_by_under_a_cue_is_its_relay_only(nlp):
    text = "The mayor said 5 people were killed in the raid, as reported by Xinhua."
    (claim,) = _cued(nlp, text, [_medium(text, "Xinhua")])
    assert claim.chain == ["mayor", "Xinhua", "Daily Sun"]


def test_passive_cited_by_names_the_speaker(nlp):
    text = "The governor was cited by Xinhua as saying that four people were injured."
    (claim,) = _cued(nlp, text, [_medium(text, "Xinhua")])
    assert claim.chain == ["governor", "Xinhua", "Daily Sun"]


def test_passive_cited_without_agent_or_saying_is_no_speaker(nlp):
    text = "Residents said over 200 fighters had been cited (sighted) inside the forest."
    claims = _cued(nlp, text)
    assert [c.chain[0] for c in claims] == ["Residents"]


def test_a_clause_on_the_recipient_names_no_relay(nlp):
    text = ("A military official told state-owned media that Ali Nur, the militants' deputy "
            "commander for Shabelle Radio region died in an operation near the town.")
    (claim,) = _cued(nlp, text, [_medium(text, "Shabelle Radio")])
    assert claim.chain == ["military official", "state-owned media", "Daily Sun"]


@pytest.mark.parametrize("credit, relays", [
    ("Zaman al-Wasl", ["Zaman al-Wasl"]),
    ("Al-Masdar", ["Al-Masdar"]),
    ("AFP-Xinhua", ["Xinhua", "AFP"]),
    ("AP-AFP", ["AFP", "AP"]),
])
def test_credit_hyphen_joins_two_wires_only_between_names(credit, relays):
    assert _relays(credit, "Daily Sun") == relays


def test_quoting_a_one_person_noun_is_the_first_source(nlp):
    text = ("Seven people died, the local Nasim news agency reported, quoting the provincial "
            "governor.")
    (claim,) = _cued(nlp, text)
    assert claim.chain == ["provincial governor", "local Nasim news agency", "Daily Sun"]


@pytest.mark.parametrize("text", [
    "In a statement to Xinhua, the group said it had killed 12 soldiers.",
    "The group said in a statement to Xinhua that it had killed 12 soldiers.",
])
def test_a_statement_to_a_medium_is_relayed_by_it(nlp, text):
    (claim,) = _cued(nlp, text, [_medium(text, "Xinhua")])
    assert claim.chain == ["group", "Xinhua", "Daily Sun"]


def test_a_letter_to_a_body_is_no_relay(nlp):
    text = "The minister said in a letter to the Security Council that 12 soldiers were killed."
    (claim,) = _cued(nlp, text)
    assert claim.chain == ["minister", "Daily Sun"]


def test_a_service_of_a_medium_is_that_mediums(nlp):
    text = "The interior minister told the BBC's Urdu service that 40 militants were arrested."
    (claim,) = _cued(nlp, text, [_medium(text, "BBC")])
    assert claim.chain == ["interior minister", "BBC", "Daily Sun"]


def test_a_masthead_name_is_a_medium(nlp):
    text = "Police told the Hindustan Times that 3 militants were killed."
    (claim,) = _cued(nlp, text)
    assert "Hindustan Times" in claim.chain[1] and claim.chain[2] == "Daily Sun"


def test_times_that_is_no_masthead_relays_nothing(nlp):
    text = "The commander told reporters several times that 3 militants were killed."
    (claim,) = _cued(nlp, text)
    assert claim.chain == ["commander", "Daily Sun"]


def test_a_description_in_apposition_speaks_for_the_named_speaker(nlp):
    text = ("Musa Dauda, state security assistant, who confirmed this to Xinhua in Kano, the "
            "state capital, said the incident happened on Friday when gunmen attacked a police "
            "outpost at a village. The attack also left some of the attackers dead, he said.")
    claims = _cued(nlp, text, [mention(text, "Musa Dauda"), _medium(text, "Xinhua")])
    assert claims[0].chain == ["Musa Dauda", "Xinhua", "Daily Sun"]
    # "…, he said." goes on with the speaker who confirmed it to Xinhua: the same relay
    # (conflict README, "Relays of a speaker's later statements")
    assert claims[1].chain == ["Musa Dauda", "Xinhua", "Daily Sun"]
