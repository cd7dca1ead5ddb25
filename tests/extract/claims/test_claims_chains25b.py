"""Relays named in the claim's own sentence that the parse gives (round chains25b): a rights or
aid group told, which records and publishes what it hears ("told Amnesty International"), not a
state body told ("told the UN Security Council"), and a frame phrase opened by the means the
words went by ("through a telephone call to Reuters", "via a message to AFP"). Each text was
written for these tests and goes through the whole pipeline as an article of the fictional
"Daily Sun"; the statement-unit and unwrap rules of the round are tested in
tests/extract/test_units.py and tests/clean/test_unwrap.py.
"""

from __future__ import annotations

import pytest

from .helpers import claim_on, exported_claims

OUTLET = "Daily Sun"

TEXTS = {
    "rights_group": ("Gunmen raided the village of Kessa at dawn. Eleven survivors told Amnesty "
                     "International that soldiers shot 30 men near the well."),
    "rights_quote": ("\"We counted 40 graves behind the school,\" a farmer from Kessa told "
                     "Human Rights Watch."),
    "council": ("President Tamba told the UN Security Council that 50 civilians were killed in "
                "Kessa."),
    "through_call": ("The commander said through a telephone call to Reuters that six soldiers "
                     "died in the ambush near Kessa."),
    "via_message": "The mayor of Kessa said via a message to AFP that twelve houses burned.",
    "through_spokesman": "The army said through its spokesman that 30 rebels were killed.",
}


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    return exported_claims(tmp_path_factory.mktemp("chains25b"), TEXTS, OUTLET)


def test_a_rights_group_told_relays(exported):
    claim = claim_on(exported["rights_group"], "soldiers shot 30 men")
    assert claim["chain"] == ["Eleven survivors", "Amnesty International", OUTLET]


def test_a_rights_group_told_after_a_quote_relays(exported):
    claim = claim_on(exported["rights_quote"], "40 graves")
    assert claim["chain"][1:] == ["Human Rights Watch", OUTLET]


def test_a_state_body_told_is_no_relay(exported):
    claim = claim_on(exported["council"], "50 civilians")
    assert claim["chain"][1:] == [OUTLET]


@pytest.mark.parametrize(("key", "words", "medium"), [
    ("through_call", "six soldiers", "Reuters"),
    ("via_message", "twelve houses", "AFP"),
])
def test_a_frame_by_its_means_names_the_medium_told(exported, key, words, medium):
    claim = claim_on(exported[key], words)
    assert claim["chain"][1:] == [medium, OUTLET]


def test_a_spokesman_the_words_went_through_is_no_medium(exported):
    claim = claim_on(exported["through_spokesman"], "30 rebels")
    assert claim["chain"] == ["army", OUTLET]
