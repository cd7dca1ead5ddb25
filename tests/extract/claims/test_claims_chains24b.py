"""Chains missed on a fresh batch of relayed reporting (round chains24b): outlets no pack knows
and parses that hide the relay. Each text was written for these tests and goes through the
whole pipeline as an article of the fictional "Daily Sun" (or, for a credit naming the page's
own wire, of the Ghana News Agency).
"""

from __future__ import annotations

import pytest

from .helpers import claim_on, exported_claims

OUTLET = "Daily Sun"

TEXTS = {
    "lower_credit": ("Kabul, June 3, (dpa/GNA) – Four guards were killed in an ambush near "
                     "the border, according to provincial officials."),
    "lower_bracket": ("Kabul, June 3, (file/GNA) – Four guards were killed in an ambush near "
                      "the border, according to provincial officials."),
}

ASIDES = {
    "according_closing": ("The governor has ordered an inquiry into the fire at the depot, his "
                          "spokeswoman Lina Morel said, according to the Valley Courier."),
    "according_person": ("The governor has ordered an inquiry into the fire at the depot, his "
                         "spokeswoman Lina Morel said, according to her aide."),
    "cited_then_that": ("The border agency has said, cited by Radio Dunmore, that three "
                        "guards were wounded on the bridge."),
    "described_as": ("Troops killed 40 rebels in an ambush described as the deadliest this "
                     "year, according to the Valley Courier."),
    "took_responsibility": ("According to the Valley Courier, the Black Hand group took "
                            "responsibility for the bombing that killed six people."),
    "took_town": ("According to the Valley Courier, the rebels took the town after clashes "
                  "that killed six people."),
    "told_lower_wire": "The harbour master told dpa that 17 sailors were missing after the raid.",
    "told_lower_acronym": "Eleven ferries sank in the storm, the harbour master told efe.",
    "told_lower_word": "The harbour master told them that 17 sailors were missing after the raid.",
}


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    return exported_claims(tmp_path_factory.mktemp("chains24b"), TEXTS, "Ghana News Agency")


@pytest.fixture(scope="module")
def asides(tmp_path_factory):
    return exported_claims(tmp_path_factory.mktemp("chains24b_asides"), ASIDES, OUTLET)


def test_according_to_a_medium_after_said_relays_the_speaker(asides):
    claims = asides["according_closing"]
    chain = claim_on(claims, "Lina Morel")["chain"]
    assert "Lina Morel" in chain[0] and "Valley Courier" in chain[1]
    assert not any(c["chain"][0] == "Valley Courier" for c in claims)  # no claim of its own


def test_according_to_no_medium_after_said_is_no_relay(asides):
    claims = asides["according_person"]
    assert claims and not any("aide" in " ".join(c["chain"][1:]) for c in claims)


def test_according_to_after_a_participle_of_no_speaker_stays_the_claim(asides):
    assert "Valley Courier" in claim_on(asides["described_as"], "Valley Courier")["chain"][0]


def test_a_group_taking_responsibility_speaks_through_the_medium(asides):
    chain = claim_on(asides["took_responsibility"], "six people")["chain"]
    assert "Black Hand" in chain[0] and "Valley Courier" in chain[1]


def test_taking_a_town_is_no_statement(asides):
    chain = claim_on(asides["took_town"], "six people")["chain"]
    assert "Valley Courier" in chain[0] and len(chain) == 2


def test_cited_by_between_said_and_its_clause_relays(asides):
    chain = claim_on(asides["cited_then_that"], "three guards")["chain"]
    assert "Radio Dunmore" in chain[1]


def test_a_lower_case_wire_read_as_the_verb_after_told_is_told(asides):
    claim = claim_on(asides["told_lower_wire"], "17 sailors")
    assert claim["chain"][0] == "harbour master" and claim["chain"][1] == "dpa"
    chain = claim_on(asides["told_lower_word"], "17 sailors")["chain"]
    assert "dpa" not in chain and chain[-1] == OUTLET


def test_a_lower_case_wire_opens_a_dateline_credit(exported):
    chain = claim_on(exported["lower_credit"], "Four guards")["chain"]
    assert chain[1] == "dpa"


def test_a_lower_case_word_in_brackets_is_no_credit(exported):
    chain = claim_on(exported["lower_bracket"], "Four guards")["chain"]
    assert "file" not in " ".join(chain).lower()


def test_a_wire_written_in_lower_case_is_the_medium_told(asides):
    assert claim_on(asides["told_lower_acronym"], "Eleven ferries")["chain"][1] == "efe"


def test_everyday_words_that_spell_a_wire_are_no_medium():
    from fogofwar.annotate import load_nlp
    from fogofwar.extract.claims.sources import lower_wire

    doc = load_nlp()("The guards at the spa used an app, not efe or dawn patrols.")
    found = {t.text: lower_wire(t) for t in doc if t.text in ("spa", "app", "efe", "dawn")}
    assert found == {"spa": False, "app": False, "efe": True, "dawn": False}
