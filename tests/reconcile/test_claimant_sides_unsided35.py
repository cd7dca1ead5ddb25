"""A state's body the page describes by its land instead of naming it ("the government of the
West African country", "the Gulf state's interior ministry", "the country's army") and a ruling
junta's council speak for the state the page's places mostly lie in (round unsided35): left
unsided, their tolls and denials disputed no one's. Sentences are written for these tests."""

from __future__ import annotations

from fogofwar.reconcile.claimant_sides import (
    claimant_side,
    described_land_name,
    described_land_side,
    home_body_side,
    is_party,
)

TEXT = ("Soldiers fired on a march in Kotema on Monday. "
        "The government of the West African country said 40 people died. "
        "The small state's interior ministry said 12 people were killed. "
        "The country's army said no one was killed. "
        "A rights group in the country said 90 died. "
        "The West African teacher who saw the march said 70 died. "
        "The army of the Sahel nation said 30 died.")
PAGE = {"text": TEXT, "places": [{"text": "Kotema", "country": "GIN", "role": "location",
                                  "start": TEXT.index("Kotema"),
                                  "end": TEXT.index("Kotema") + len("Kotema")}]}


def _said(words: str) -> dict:
    at = TEXT.index(words)
    return {"text": words, "start": at, "end": at + len(words), "actor_id": None,
            "sector": None, "side": None, "country": None}


def test_a_government_described_by_its_land_speaks_for_the_land_of_the_page():
    # the claimant as the extractor reads it: the demonym inside the description
    assert described_land_side(_said("West African"), PAGE) == "gin"
    assert claimant_side(_said("West African"), PAGE) == "gin"
    assert described_land_side(_said("Sahel"), PAGE) == "gin"  # "the army of the ... nation"
    assert described_land_side(_said("small state's interior ministry"), PAGE) == "gin"
    assert described_land_side(_said("country's army"), PAGE) == "gin"


def test_a_person_or_civil_body_described_by_the_land_takes_no_side_from_it():
    assert described_land_side(_said("The West African teacher"), PAGE) is None
    assert described_land_side(_said("A rights group in the country"), PAGE) is None


def test_no_leading_land_no_side():
    assert described_land_side(_said("country's army"), {**PAGE, "places": []}) is None


def test_a_juntas_council_speaks_for_the_state_it_rules():
    page = {"places": PAGE["places"]}
    for said in ("the Military Council", "Military Council", "the junta"):
        body = {"text": said, "actor_id": None, "sector": None, "side": None, "country": None}
        assert home_body_side(body, page) == "gin"
    # a council of no rule named is no state body
    body = {"text": "the council", "actor_id": None, "sector": None, "side": None,
            "country": None}
    assert home_body_side(body, page) is None


def test_a_body_described_by_its_land_is_named_for_the_state():
    assert described_land_name(_said("West African"), PAGE) == "government of Guinea"
    assert described_land_name(_said("country's army"), PAGE) == "Guinea's army"
    assert described_land_name(_said("small state's interior ministry"), PAGE) \
        == "Guinea's interior ministry"
    assert described_land_name(_said("The West African teacher"), PAGE) is None


def test_a_speaker_for_a_body_described_by_its_land_keeps_his_name():
    text = "Kotema was shelled, said a spokesman for the country's armed forces."
    at = text.index("spokesman")
    page = {**PAGE, "text": text, "places": [{**PAGE["places"][0], "start": 0, "end": 6}]}
    said = {"text": "spokesman", "start": at, "end": at + 9, "actor_id": None, "sector": None,
            "side": None, "country": None}
    assert described_land_side(said, page) == "gin"
    assert described_land_name(said, page) is None


def test_rights_bodies_described_in_the_plural_are_parties_of_their_own():
    # a rights body left a witness of its land disputed none of its state's tolls
    for said in ("rights groups", "the local rights body", "two aid agencies",
                 "Kotema rights organisations"):
        assert is_party({"text": said, "actor_id": None, "sector": None})
    assert not is_party({"text": "the body", "actor_id": None, "sector": None})


def test_a_speaker_who_tells_of_the_lands_army_is_not_its_voice():
    text = "Kotema was shelled. Hamid Tarrab said the country's army fired first."
    at = text.index("Hamid Tarrab")
    page = {**PAGE, "text": text, "places": [{**PAGE["places"][0], "start": 0, "end": 6}]}
    said = {"text": "Hamid Tarrab", "start": at, "end": at + 12, "actor_id": None,
            "sector": None, "side": None, "country": None}
    assert described_land_side(said, page) is None
