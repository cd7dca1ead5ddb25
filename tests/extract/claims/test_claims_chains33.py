"""Relays of a statement posted on a medium's website (round chains33): "on the Kavkaz Center
website" names a medium's own platform, which relays the words as "on the website of the Saba
news agency" does ("on the Taliban website", "on the army's news website" stay the speaker's
own); a medium's name run together as its web address ("the Kavkazcenter website") is that
medium; and a statement's "in" phrase the parser hangs on the verb's direct object ("claimed
the raid in a statement posted by …", "claimed responsibility for the raid in a statement …")
is the cue's, so its carrier relays. A dateline town in capitals with a known wire in brackets
and no dash after it ("KABUL (AP) One official said …") credits its sentence. A statement
"sent to the media", like "told the media", went to an audience: no relay ("sent to local
media" names the media it came through). A participle spelt like a channel noun ("…, he said,
calling the toll a great loss") names no channel, so the speaker's earlier relay is kept.
Each text was written for these tests (no line repeats
across the texts: a line two articles of one outlet share is boilerplate)."""

from __future__ import annotations

import pytest

from .helpers import claim_on, exported_claims

OUTLET = "Daily Sun"

TEXTS = {
    "on_site": ("In his statement on the Kavkaz Center website, which was written in Arabic, "
                "rebel leader Ruslan Gelayev said that 90 fighters had attacked the town.\n\n"
                "\u201cWe lost six men,\u201d he said."),
    "on_site_said": ("Commander Aslan Dudayev said in a statement on the Al Jazeera website "
                     "that 14 police were killed at the bridge."),
    "run_together": ("Field commander Ruslan Gelayev said in a statement on the Kavkazcenter "
                     "website that 12 police were killed in the ambush."),
    "own_site": ("Mullah Akhund said in a statement on the Taliban website that 15 soldiers "
                 "were killed at the checkpoint."),
    "army_site": ("Colonel Ivanov said in a statement on the army's news website that 16 "
                  "rebels were killed near the dam."),
    "on_object": ("Rebel leader Ruslan Gelayev claimed the raid in a statement posted on "
                  "Monday by the separatist Kavkazcenter website.\n\n"
                  "The attack was carried out by 90 fighters who hit 12 targets, Gelayev "
                  "said.\n\nTen helicopters were destroyed, he said."),
    "inside_object": ("Rebel commander Doku Umarov claimed responsibility for the raid on the "
                      "garrison in a statement posted by the Kavkaz Center website, saying 30 "
                      "soldiers were killed."),
    "object_no_statement": ("The army condemned the killing of 11 farmers in a village "
                            "raided by the rebels."),
    "caps_dateline": ("HERAT (AP) One district official said 17 shepherds were killed in the "
                      "storm.\n\nAnother official said nine more were missing."),
    "sent_to_media": ("Militant spokesman Abu Omar claimed the ambush in a statement sent to the "
                      "media, saying 19 guards were killed."),
    "sent_to_local_media": ("Militant spokesman Abu Omar said in a statement sent to local "
                            "media that 21 guards were killed."),
    "calling": ("Raid on the river town\n\n"
                "Rebel leader Ruslan Gelayev claimed the raid in a statement posted by the "
                "Kavkaz Center website.\n\n"
                "A total of 30 fighters died, Gelayev said, calling the toll a great loss.\n\n"
                "Forty guards died, Gelayev said in a phone call."),
    "caps_no_wire": ("HERAT (West) One district official said 18 porters were killed on the "
                     "pass."),
}


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    return exported_claims(tmp_path_factory.mktemp("chains33"), TEXTS, OUTLET)


@pytest.mark.parametrize(("key", "words", "relay"), [
    ("on_site", "90 fighters", "Kavkaz Center"),
    ("on_site_said", "14 police", "Al Jazeera"),
    ("run_together", "12 police", "Kavkazcenter"),
])
def test_a_statement_on_a_named_mediums_website_relays_through_the_medium(
        exported, key, words, relay):
    assert claim_on(exported[key], words)["chain"][1:] == [relay, OUTLET]


def test_the_speakers_later_words_keep_the_website_medium(exported):
    assert claim_on(exported["on_site"], "six men")["chain"][1:] == ["Kavkaz Center", OUTLET]


@pytest.mark.parametrize(("key", "words"), [
    ("own_site", "15 soldiers"),   # the group's own website
    ("army_site", "16 rebels"),    # the army's, whatever its kind
])
def test_a_website_of_no_medium_relays_nothing(exported, key, words):
    assert len(claim_on(exported[key], words)["chain"]) == 2


def test_a_statement_phrase_hung_on_the_object_keeps_its_carrier(exported):
    claims = exported["on_object"]
    assert claim_on(claims, "claimed the raid")["chain"] == \
        ["Ruslan Gelayev", "Kavkazcenter", OUTLET]
    assert claim_on(claims, "90 fighters")["chain"][1:] == ["Kavkazcenter", OUTLET]
    assert claim_on(claims, "Ten helicopters")["chain"][1:] == ["Kavkazcenter", OUTLET]


def test_a_statement_phrase_inside_the_objects_prepositional_phrase_keeps_its_carrier(exported):
    assert claim_on(exported["inside_object"], "30")["chain"][1:] == ["Kavkaz Center", OUTLET]


def test_an_in_phrase_on_the_object_that_names_no_statement_relays_nothing(exported):
    claims = exported["object_no_statement"]
    assert all(len(c["chain"]) <= 2 for c in claims)


def test_a_capital_dateline_with_a_bracketed_wire_and_no_dash_credits_its_sentence(exported):
    claims = exported["caps_dateline"]
    assert claim_on(claims, "17 shepherds")["chain"][1:] == ["AP", OUTLET]
    assert claim_on(claims, "nine more")["chain"][1:] == [OUTLET]  # not carried


def test_a_bracket_after_a_capital_word_that_names_no_wire_credits_nothing(exported):
    assert claim_on(exported["caps_no_wire"], "18 porters")["chain"][1:] == [OUTLET]


def test_a_statement_sent_to_the_media_at_large_names_no_relay(exported):
    assert claim_on(exported["sent_to_media"], "19 guards")["chain"] == \
        ["spokesman Abu Omar", OUTLET]


def test_a_statement_sent_to_local_media_relays_through_them(exported):
    assert claim_on(exported["sent_to_local_media"], "21 guards")["chain"] == \
        ["spokesman Abu Omar", "local media", OUTLET]


def test_a_participle_spelt_like_a_channel_noun_names_no_channel(exported):
    claims = exported["calling"]
    assert claim_on(claims, "30 fighters")["chain"][1:] == ["Kavkaz Center", OUTLET]
    assert claim_on(claims, "Forty guards")["chain"][1:] == [OUTLET]  # a call is a channel
