"""Relays named where the chain had not looked (round relay32): a medium in a relative clause on
the noun that describes the speaker ("said Hassan, one of several farmers who spoke to Reuters",
"Hassan, a farmer whom AFP met at the hospital, said"), a wire's name written in capitals
("who BERNAMA met"), and an unnamed voice introduced again by the same role and body ("the
state radio quoted a source close to the Defence Ministry …" then "…, said an informed source
at the Defence Ministry"), whose later words keep the relay. Each text was written for these
tests, and a "by" phrase inside the quoted words before "was quoted as saying" is read as no
agent of the quoting; "remarked" is a speech verb (no line repeats across the texts: a line
two articles of one outlet share is boilerplate)."""

from __future__ import annotations

import pytest

from fogofwar.extract.claims.namings import affiliation

from .helpers import claim_on, exported_claims

OUTLET = "Daily Sun"

TEXTS = {
    "spoke_to": ("Twelve men were shot dead at the checkpoint, said Hassan, one of several "
                 "farmers who spoke to Reuters on Monday."),
    "spoke_to_of_of": ("Nine tents burned in the camp, said Amina, one of six relatives of the "
                       "missing herders that spoke to the BBC."),
    "spoke_to_police": ("Seven cattle were taken from the village, said Omar, one of several "
                        "farmers who spoke to police on Monday."),
    "met_by_medium": ("Hassan, a farmer whom AFP met at the district hospital, said 12 men were "
                      "shot dead at the checkpoint.\n\n\u201cThey came at night,\u201d he said."),
    "met_by_army": ("Yusuf, a herder whom the army met at the river crossing, said 14 goats "
                    "drowned in the flood."),
    "met_his_brother": ("Karim, a driver whose brother AFP met at the port on Friday, said 20 "
                        "trucks were burned on the road."),
    "capitals": ("Halim, a fisherman who BERNAMA met at the jetty on Monday, said that eight "
                 "boats were sunk off the cape."),
    "same_informant": (
        "More than 40 soldiers were killed in the raid, the state radio quoted a source close "
        "to the Defence Ministry as saying.\n\n"
        "\u201cAt least 40 soldiers died in the first hour,\u201d said an informed source at "
        "the Defence Ministry.\n\n"
        "The source added that 12 trucks were burned."),
    "quoted_by_inside": (
        "The source said at least 30 guards were killed near the gate.\n\n"
        "\u201cFifty others were wounded, who were flown out of the base as filmed by Al "
        "Jazeera,\u201d the source was quoted as saying."),
    "quoted_by_after": "Twelve people were killed, the governor was quoted as saying by Interfax.",
    "remarked": (
        "Ali, a farmer whom Reuters met at the clinic on Monday, said gunmen burned 30 houses."
        "\n\nPolice spokesman Commissioner Ruslan remarked that two soldiers were killed in a "
        "raid on a hill post on Friday.\n\n"
        "On Tuesday, 60 soldiers were flown to the district, he remarked."),
    "no_body": (
        "Fifteen villagers were abducted near the mine, the state radio quoted a source as "
        "saying.\n\n"
        "\u201cFour of them escaped,\u201d said an official familiar with the matter."),
}


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    return exported_claims(tmp_path_factory.mktemp("relay32"), TEXTS, OUTLET)


@pytest.mark.parametrize(("key", "words", "chain"), [
    ("spoke_to", "Twelve men", ["Hassan", "Reuters", OUTLET]),
    ("spoke_to_of_of", "Nine tents", ["Amina", "BBC", OUTLET]),
    ("met_by_medium", "12 men", ["Hassan", "AFP", OUTLET]),
    ("capitals", "eight boats", ["Halim", "BERNAMA", OUTLET]),
])
def test_a_medium_in_the_speakers_relative_clause_relays(exported, key, words, chain):
    assert claim_on(exported[key], words)["chain"] == chain


def test_the_speakers_later_words_keep_the_medium_met(exported):
    assert claim_on(exported["met_by_medium"], "came at night")["chain"] == \
        ["Hassan", "AFP", OUTLET]


@pytest.mark.parametrize(("key", "words"), [
    ("spoke_to_police", "Seven cattle"),   # police are no medium
    ("met_by_army", "14 goats"),           # nor is the army
    ("met_his_brother", "20 trucks"),      # AFP met somebody else
])
def test_no_relay_from_a_relative_clause_without_a_medium_hearing_the_speaker(
        exported, key, words):
    assert len(claim_on(exported[key], words)["chain"]) == 2


def test_an_unnamed_voice_introduced_again_by_role_and_body_keeps_the_relay(exported):
    claims = exported["same_informant"]
    assert claim_on(claims, "40 soldiers died")["chain"][1:] == ["state radio", OUTLET]
    assert claim_on(claims, "12 trucks")["chain"][1:] == ["state radio", OUTLET]


def test_unnamed_voices_tied_to_no_body_stay_apart(exported):
    assert "state radio" not in claim_on(exported["no_body"], "Four of them")["chain"]


@pytest.mark.parametrize(("words", "ties"), [
    ("source close to the Defence Ministry (DM) as saying", {"defence", "ministry", "dm"}),
    ("official at the water ministry said 12 died", {"ministry"}),
    ("source familiar with the matter said", set()),
    ("source close to the rebels told AFP", set()),
])
def test_affiliation_reads_names_and_body_nouns_only(words, ties):
    assert affiliation(words, frozenset({"source", "official"})) == ties


def test_a_by_phrase_inside_the_quoted_words_is_no_agent_of_quoted(exported):
    claim = claim_on(exported["quoted_by_inside"], "Fifty others")
    assert claim["chain"] == ["source", OUTLET]


def test_an_agent_after_quoted_as_saying_still_relays(exported):
    assert claim_on(exported["quoted_by_after"], "Twelve people")["chain"] == \
        ["governor", "Interfax", OUTLET]


def test_remarked_is_a_speech_verb_and_its_pronoun_is_the_nearest_speaker(exported):
    claims = exported["remarked"]
    assert claim_on(claims, "two soldiers")["chain"] == ["Ruslan", OUTLET]
    assert claim_on(claims, "60 soldiers")["chain"] == ["Ruslan", OUTLET]
