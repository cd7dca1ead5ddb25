"""Relays the parse hid (issue 11, round c528-c535 of bench/data/conflict/README.md): a
carrying participle set off by commas after the speaker's phrase, which the parser hung on a
noun inside it ("A nurse at the town's main clinic, quoted by the state news agency, said"); a cited
wire's name in capitals the parser read as a verb ("citing the state news agency SANA"); a
dateline on a line of its own ("KAMPALA, Uganda (AP) —", then the story); a closing "the state
news agency Bernama reported" read as a relative clause on "agency"; and a document taken up
again ("…, the statement said", "…, it said") after a relayed statement read from it, which
keeps that statement's relays. Each text was written for these tests and goes through the whole
pipeline as an article of the fictional "Daily Sun"."""

from __future__ import annotations

import pytest

from .helpers import claim_on, exported_claims

OUTLET = "Daily Sun"

TEXTS = {
    "aside_participle": (
        "Guards killed in raid\n\n"
        "A nurse at the town's main clinic, quoted by the state news agency, said two guards "
        "were killed in the raid."),
    "citing_caps": (
        "Rebels killed near dam\n\n"
        "Twelve rebels were killed near the dam, Xinhua reported citing the state news agency "
        "SANA."),
    "citing_caps_comma": (
        "Army shells rebels\n\n"
        "The army shelled rebel positions near the lake, AFP reported, citing the state "
        "broadcaster RTNC."),
    "dateline_alone": (
        "Rebels kill nine near lake\n\n"
        "KAMPALA, Uganda (AP) —\n\n"
        "Rebels killed nine villagers near the lake on Tuesday, according to police.\n\n"
        "The army said it was pursuing them."),
    "closing_description": (
        "Police free hostages\n\n"
        "Police freed 12 hostages near the border, the state news agency Bernama reported."),
    "closing_description_according": (
        "Hostages freed in the south\n\n"
        "According to a statement issued by the interior ministry, police freed 14 hostages in "
        "a forest camp, the state news agency Bernama reported.\n\n"
        "The kidnappers said in a statement that they lost two men.\n\n"
        "Three officers were hurt, the statement said."),
    "statement_taken_up": (
        "Troops surround fighters\n\n"
        "According to a statement issued by the defence ministry on Monday, troops surrounded "
        "20 fighters in a ravine, the official Tanjug news agency reported.\n\n"
        "Four soldiers were wounded, the statement said.\n\n"
        "The fighters had attacked a border post, it said."),
    "statement_cited": (
        "Fighters killed in hills\n\n"
        "Twenty fighters were killed in the hills, the Daily Mirror reported citing a statement "
        "of the interior ministry.\n\n"
        "Two of them were commanders, the statement said."),
    "report_silent": (
        "Gunmen kill guards\n\n"
        "Gunmen killed six guards at a depot, a local TV report said, the AP reports.\n\n"
        "Police found 40 rifles at the depot, the report said.\n\n"
        "The report did not give details or say who the gunmen were."),
}


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    return exported_claims(tmp_path_factory.mktemp("asides"), TEXTS, OUTLET)


def test_aside_participle_on_a_noun_inside_the_speaker(exported):
    claim = claim_on(exported["aside_participle"], "two guards were killed")
    assert claim["chain"][-1] == OUTLET and len(claim["chain"]) == 3
    assert "nurse" in claim["chain"][0] and "news agency" in claim["chain"][1]


@pytest.mark.parametrize("key,words,chain", [
    ("citing_caps", "Twelve rebels", ["SANA", "Xinhua", OUTLET]),
    ("citing_caps_comma", "rebel positions", ["RTNC", "AFP", OUTLET])])
def test_cited_name_read_as_a_verb(exported, key, words, chain):
    assert claim_on(exported[key], words)["chain"] == chain


def test_dateline_on_its_own_line_relays_the_first_sentence_only(exported):
    claims = exported["dateline_alone"]
    assert claim_on(claims, "nine villagers")["chain"] == ["police", "AP", OUTLET]
    assert claim_on(claims, "pursuing them")["chain"] == ["army", OUTLET]


def test_closing_description_and_name_report_the_sentence(exported):
    claim = claim_on(exported["closing_description"], "Bernama reported")
    assert "12 hostages" in claim["sentence"]
    assert claim["chain"] == ["Bernama", OUTLET]


def test_closing_description_relays_the_according_to(exported):
    claims = exported["closing_description_according"]
    first = claim_on(claims, "14 hostages")
    assert "Bernama" in first["sentence"]
    assert first["chain"] == ["the interior ministry", "Bernama", OUTLET]
    # "the statement" after the kidnappers' own statement is theirs: no relay (the document
    # as written, resolved to its issuer: round sources47)
    taken_up = claim_on(claims, "Three officers")
    assert taken_up["chain"] == ["kidnappers", OUTLET]
    assert taken_up["claimant"]["text"] == "statement"


@pytest.mark.parametrize("key,words,relay", [
    ("statement_taken_up", "Four soldiers", "Tanjug"),
    ("statement_taken_up", "attacked a border post", "Tanjug"),
    ("statement_cited", "commanders", "Daily Mirror"),
    ("report_silent", "40 rifles", "Associated Press")])
def test_document_taken_up_keeps_the_relays(exported, key, words, relay):
    chain = claim_on(exported[key], words)["chain"]
    assert len(chain) == 3 and relay in chain[1]


def test_negation_shared_by_or_says_nothing(exported):
    silent = [c for c in exported["report_silent"] if "did not give" in c["sentence"]]
    assert all(len(c["chain"]) == 2 for c in silent)
