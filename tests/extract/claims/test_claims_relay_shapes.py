"""Relays named in the claim's own sentence in shapes the rules had not read, and a voice that
is none (issue 11, round c496-c503 of bench/data/conflict/README.md): a dateline whose place,
day and year come before the bracketed wire ("GULU, Uganda, Feb 09, 2004 (AP) —"), a known
outlet's name the parser cut after a place in it ("told Myanmar Now"), a statement read over a
medium ("read over state radio"), "was quoted as saying in" a medium's reports, a closing
"as per"/"according to" the parser hung on the reported words ("reported killing 300 …, as per
Interfax"); and a voice that is none: a reporting verb inside a condition ("if the government
announced a truce"). Each text was
written for these tests and goes through the whole pipeline as an article of the fictional
"Daily Sun"."""

from __future__ import annotations

import pytest

from .helpers import claim_on, exported_claims

OUTLET = "Daily Sun"

TEXTS = {
    "dateline_year": ("GULU, Uganda, Feb 09, 2004 (AP) — Rebels burned 40 huts near the camp "
                      "overnight, the army said Monday."),
    "dateline_year_dash": ("KHARTOUM, Sudan, Sept. 4, 2011 (AFP) - Gunmen killed 12 herders "
                           "near the border, police said."),
    "dateline_year_later": ("LIRA, Uganda, Mar 11, 2004 (AP) — Rebels looted a clinic near the "
                            "town on Sunday, the police said.\n\n"
                            "A district official said 12 people were missing."),
    "outlet_split": ("A farmer who lost his house told Myanmar Now that nine villagers were "
                     "killed in the air strike."),
    "outlet_split_after": ("Nine villagers were killed in the air strike, residents told "
                           "Myanmar Now."),
    "read_over_radio": (
        "\"The army holds the town again,\" government spokesman Paul Ndoye said in a "
        "statement read over state radio in the capital.\n\n"
        "\"Four soldiers died and 30 rebels were killed,\" he added."),
    "read_by_person": ("The army said in a statement read by its spokesman that 30 rebels "
                       "were killed."),
    "quoted_as_saying_in": ("A police commander was quoted as saying in the media reports "
                            "that 14 gunmen died in the raid."),
    "condition": ("According to villagers, the militia leader announced on local radio that if "
                  "the government announced a truce his men would stop firing."),
    "condition_comma": ("The insurgent chief said on radio that if the army declared a "
                        "ceasefire, his fighters would lay down their arms."),
    "as_per_closing": ("The defence ministry has reported wiping out 300 fighters in a strike "
                       "against barracks in Karsk, the eastern province, as per Interfax."),
    "according_inside": ("Shelling killed 100 people in the market, according to the civil "
                         "defence, CNN reported."),
    "relative_citing": ("Police said 30 houses were burned, according to Xinhua, which cited "
                        "a local official."),
}


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    return exported_claims(tmp_path_factory.mktemp("shapes"), TEXTS, OUTLET)


@pytest.mark.parametrize("key,words,chain", [
    ("dateline_year", "40 huts", ["army", "AP", OUTLET]),
    ("dateline_year_dash", "12 herders", ["police", "AFP", OUTLET])])
def test_a_dateline_with_its_year_credits_its_wire(exported, key, words, chain):
    assert claim_on(exported[key], words)["chain"] == chain


def test_a_dateline_credit_still_relays_only_its_sentence(exported):
    assert claim_on(exported["dateline_year_later"], "12 people")["chain"] == [
        "district official", OUTLET]


@pytest.mark.parametrize("key,words,speaker", [("outlet_split", "nine villagers", "farmer"),
                                               ("outlet_split_after", "Nine villagers",
                                                "residents")])
def test_a_known_outlet_cut_by_the_parser_is_told(exported, key, words, speaker):
    assert claim_on(exported[key], words)["chain"] == [speaker, "Myanmar Now", OUTLET]


def test_a_statement_read_over_a_medium_is_relayed_by_it(exported):
    claims = exported["read_over_radio"]
    for words in ("holds the town", "Four soldiers"):
        # the speaker's next words, with no channel of their own, keep the relay
        chain = claim_on(claims, words)["chain"]
        assert chain[0].endswith("Paul Ndoye") and chain[1:] == ["state radio", OUTLET]


def test_a_statement_read_by_a_person_names_no_relay(exported):
    assert claim_on(exported["read_by_person"], "30 rebels")["chain"] == ["army", OUTLET]


def test_quoted_as_saying_in_the_media_reports_relays(exported):
    assert claim_on(exported["quoted_as_saying_in"], "14 gunmen")["chain"] == [
        "police commander", "media reports", OUTLET]


@pytest.mark.parametrize("key,words", [("condition", "truce"), ("condition_comma", "ceasefire")])
def test_a_reporting_verb_in_a_condition_is_no_voice(exported, key, words):
    for claim in exported[key]:
        assert claim["chain"][0] not in ("government", "army"), claim
    assert claim_on(exported[key], words)["chain"][0] in ("militia leader", "insurgent chief")


def test_a_closing_as_per_on_the_reported_words_relays_the_speaker(exported):
    assert claim_on(exported["as_per_closing"], "300 fighters")["chain"] == [
        "defence ministry", "Interfax", OUTLET]


def test_according_to_inside_a_framed_clause_is_the_first_source(exported):
    assert claim_on(exported["according_inside"], "100 people")["chain"] == [
        "civil defence", "CNN", OUTLET]


def test_a_medium_which_cited_somebody_still_passes_their_words_on(exported):
    chain = claim_on(exported["relative_citing"], "30 houses")["chain"]
    assert "local official" in chain and chain[-2:] == ["Xinhua", OUTLET]
