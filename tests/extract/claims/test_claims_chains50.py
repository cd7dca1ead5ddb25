"""Chains on reporting the rules never saw (round chains50). Sentences written for these
tests in the forms the pages use."""

from __future__ import annotations

import pytest

from fogofwar.extract import extract_claims
from fogofwar.extract.claims.carry import is_medium_name
from fogofwar.extract.claims.credits import dateline_relays

from ..conftest import article
from .helpers import claim_on, exported_apart, exported_claims


@pytest.mark.parametrize("city", ["Nairobi", "Yaoundé"])
def test_bracketed_city_dates_a_release_and_credits_no_wire(city):
    # a rights group dates its releases "(Nairobi) – …": the city is no wire
    text = f"({city}) – Soldiers killed 14 villagers in March, the Rights League said today."
    assert dateline_relays(text, text.index("Soldiers"), "Rights League") == []


def test_bracketed_wire_still_credits():
    text = "(AFP) – Soldiers killed 14 villagers in March, the Rights League said today."
    assert dateline_relays(text, text.index("Soldiers"), "Daily Sun") == ["AFP"]


def test_bracketed_city_claim_has_no_relay(nlp):
    text = ("(Nairobi) – Soldiers killed at least 14 villagers in two raids in March, the "
            "Rights League said today.")
    claims = [c for c in extract_claims(nlp(text), article(text, "Daily Sun"), [])
              if not c.narrator]
    assert [c.chain for c in claims] == [["Rights League", "Daily Sun"]]


ACRONYM_TEXTS = {
    "bracketed_agency": ("Bombs hit the capital on Monday.\n\nA police source told the Sahel "
                         "Press Agency (SPAG) that six people were killed near the market.\n\n"
                         "He added that eight others were wounded near the bus station."),
    "bracketed_agency_signed": ("Bombs hit the capital on Monday.\n\nA police source told the "
                                "Sahel Press Agency (SPAG) that six people were killed near the "
                                "market.\n\nHe added that eight others were wounded near the bus "
                                "station. (QNA)"),
    "bracketed_body": ("Bombs hit the capital on Monday.\n\nA police source told the Sahel "
                       "Relief Committee (SRC) that six people were killed near the market.\n\n"
                       "He added that eight others were wounded near the bus station."),
}


@pytest.fixture(scope="module")
def acronyms(tmp_path_factory):
    return exported_apart(lambda key: tmp_path_factory.mktemp(key), ACRONYM_TEXTS, "Daily Sun")


def test_an_agency_named_by_its_bracketed_acronym_carries_the_later_words(acronyms):
    # "told the National Iraqi News Agency (NINA)" then "He added …": the acronym no pack
    # knows is the agency its description names, so the speaker's later words keep it
    claim = claim_on(acronyms["bracketed_agency"], "eight others")
    assert claim["chain"][1:] == ["SPAG", "Daily Sun"]


def test_the_carried_acronym_comes_before_a_closing_credit(acronyms):
    claim = claim_on(acronyms["bracketed_agency_signed"], "eight others")
    assert claim["chain"][1:] == ["SPAG", "QNA", "Daily Sun"]


def test_a_bracketed_acronym_of_no_medium_carries_nothing(acronyms):
    claim = claim_on(acronyms["bracketed_body"], "eight others")
    assert claim["chain"][1:] == ["Daily Sun"]


@pytest.mark.parametrize("wire", ["NINA", "BSS", "BTA", "UNI", "Nampa", "SPS", "24.kg", "Thaipbs"])
def test_wires_seen_as_relays_are_known_media(wire):
    # a wire the outlets pack knows is a medium whose hearing carries a speaker's later words
    assert is_medium_name(wire)


def test_a_known_wire_before_a_staff_noun_relays_its_reporter(tmp_path):
    text = ("Fire gutted a school in the south overnight.\n\nA Thaipbs reporter said 12 bodies "
            "were found in the ruins on Tuesday morning.")
    claim = claim_on(exported_claims(tmp_path, {"k": text}, "Daily Sun")["k"], "12 bodies")
    assert claim["chain"][1:] == ["Thaipbs", "Daily Sun"]
