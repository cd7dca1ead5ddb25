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
