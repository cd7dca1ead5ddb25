"""Chains on reporting the rules never saw (round chains51): closing wire credits written with a
doubled hyphen or a hyphen glued to the name. Sentences written for these tests in the forms
the pages use."""

from __future__ import annotations

import pytest

from .helpers import claim_on, exported_apart

CREDITS = {
    "doubled": ("Gunmen stormed a hill village on Monday.\n\nSeveral families fled to a nearby "
                "town after 11 people were killed, a police officer said. -- PTI\n\nShops in "
                "the district stayed shut on Tuesday."),
    "glued": ("Gunmen stormed a hill village on Monday.\n\nSeveral families fled to a nearby "
              "town after 11 people were killed, a police officer said. -AFP\n\nShops in the "
              "district stayed shut on Tuesday."),
    "glued_after_quote": ("Gunmen stormed a hill village on Monday.\n\n\"They came at dawn "
                          "on motorbikes,\" said farmer Musa Bello.\n\n\"They took away 60 "
                          "goats and killed nine people,\" he added. -AFP\n\nShops in the "
                          "district stayed shut on Tuesday."),
    "doubled_unknown": ("Gunmen stormed a hill village on Monday.\n\nSeveral families fled to "
                        "a nearby town after 11 people were killed, a police officer said. -- "
                        "Musa Bello\n\nShops in the district stayed shut on Tuesday."),
    "hyphenated_word": ("Gunmen stormed a hill village on Monday.\n\nEleven people were killed "
                        "near the Indo-Pakistan border, a police officer said in "
                        "Jammu-Kashmir.\n\nShops in the district stayed shut on Tuesday."),
}


@pytest.fixture(scope="module")
def credits(tmp_path_factory):
    return exported_apart(lambda key: tmp_path_factory.mktemp(key), CREDITS, "Daily Sun")


@pytest.mark.parametrize(("key", "wire"), [("doubled", "Press Trust of India"),
                                           ("glued", "AFP")])
def test_a_wire_after_a_doubled_or_glued_hyphen_relays_the_sentence(credits, key, wire):
    # "…, he said. -- PTI", "…, he added. -AFP": the closing credit relays its sentence
    claim = claim_on(credits[key], "11 people")
    assert claim["chain"][1:] == [wire, "Daily Sun"]


def test_a_glued_credit_relays_a_quotation_closing_its_paragraph(credits):
    claim = claim_on(credits["glued_after_quote"], "60 goats")
    assert claim["chain"][1:] == ["AFP", "Daily Sun"]


def test_a_doubled_hyphen_before_a_name_no_pack_knows_relays_nothing(credits):
    claim = claim_on(credits["doubled_unknown"], "11 people")
    assert claim["chain"][1:] == ["Daily Sun"]


def test_hyphenated_words_sign_nothing(credits):
    claim = claim_on(credits["hyphenated_word"], "Eleven people")
    assert claim["chain"][1:] == ["Daily Sun"]


PUT_OUT = {
    "revealed_after_quote": ("Drones struck the parade ground on Sunday.\n\n\"Nobody was hurt and "
                             "the parade went on,\" Colonel Amin Farah said in the footage "
                             "revealed by local media outlets."),
    "revealed_before_clause": ("Drones struck the parade ground on Sunday.\n\nColonel Amin Farah "
                               "said in a video revealed by Al Jazeera that three guards were "
                               "wounded."),
    "leaked_to": ("Fire swept through the prison on Sunday.\n\nAt least 40 inmates died in the "
                  "blaze, according to a memo leaked to Reuters."),
    "revealed_by_a_body": ("Fire swept through the prison on Sunday.\n\nAt least 40 inmates "
                           "died in the blaze, according to figures revealed by the health "
                           "ministry."),
}


@pytest.fixture(scope="module")
def put_out(tmp_path_factory):
    return exported_apart(lambda key: tmp_path_factory.mktemp(key), PUT_OUT, "Daily Sun")


@pytest.mark.parametrize(("key", "words", "medium"), [
    ("revealed_after_quote", "Nobody was hurt", "local media outlets"),
    ("revealed_before_clause", "three guards", "Al Jazeera"),
    ("leaked_to", "40 inmates", "Reuters"),
])
def test_a_medium_that_revealed_or_was_leaked_the_words_relays_them(put_out, key, words, medium):
    # "said in the footage revealed by local media outlets": the medium put the words out
    claim = claim_on(put_out[key], words)
    assert claim["chain"][1:] == [medium, "Daily Sun"]


def test_figures_a_body_revealed_are_its_own(put_out):
    # "figures revealed by the health ministry": the ministry is the author, no relay
    claim = claim_on(put_out["revealed_by_a_body"], "40 inmates")
    assert claim["chain"][1:] == ["Daily Sun"]
    assert "ministry" in claim["chain"][0].lower()


ABSOLUTE = {
    "with_witnesses": ("Gunmen burned the market town on Tuesday.\n\nDistrict head Ali Musa, "
                       "speaking to Reuters, put the death toll at more than 80, with witnesses "
                       "saying dozens more may have died in the fire."),
    "with_residents": ("Gunmen burned the market town on Tuesday.\n\nMore than 80 people were "
                       "killed, the governor told AFP, with residents saying the toll could be "
                       "twice as high."),
    "witnesses_said": ("Gunmen burned the market town on Tuesday.\n\nDistrict head Ali Musa told "
                       "Reuters that witnesses saw dozens of bodies in the street."),
}


@pytest.fixture(scope="module")
def absolutes(tmp_path_factory):
    return exported_apart(lambda key: tmp_path_factory.mktemp(key), ABSOLUTE, "Daily Sun")


@pytest.mark.parametrize(("key", "speaker", "voice", "medium"), [
    ("with_witnesses", "Ali Musa", "witnesses", "Reuters"),
    ("with_residents", "governor", "residents", "AFP"),
])
def test_a_voice_saying_after_with_speaks_beside_the_speaker(absolutes, key, speaker, voice,
                                                               medium):
    # "X, speaking to Reuters, put the toll at 80, with witnesses saying …": two voices; the
    # witnesses reached the page through neither X nor Reuters
    claims = absolutes[key]
    chains = [c["chain"] for c in claims]
    assert any(speaker in ch[0] and ch[1:] == [medium, "Daily Sun"] for ch in chains), chains
    assert any(ch[0] == voice and ch[1:] == ["Daily Sun"] for ch in chains), chains


def test_a_voice_inside_what_the_speaker_told_is_still_relayed(absolutes):
    # (a voice inside the told clause stays under the speaker)
    claim = claim_on(absolutes["witnesses_said"], "dozens of bodies")
    assert "Reuters" in claim["chain"]
