"""Relays and cues of round chains53.

"…, he said, according to extracts published by AFP": parts of a speech or document put out
by a medium ("extracts", "excerpts") carry the speaker's words and are no voice of their own,
as "a transcript published by" is not (cues pack `publication_nouns`); before, "extracts" was
read as the speaker and the speaker was lost. "Officials could not confirm a UN
report that 15 …": a negated verb of confirming with somebody's statement as object reports
that statement as a denial does, so the 15 is the UN's (cues pack `confirming_verbs`,
extract/claims/authors.py); confirmed, it stays the officials' word.

Each text was written for these tests and goes through the whole pipeline as an article of the
fictional "Daily Sun"."""

from __future__ import annotations

import pytest

from .helpers import claimant_text, exported_apart, figure_values

OUTLET = "Daily Sun"

TEXTS = {
    "extracts": "The use of force against the marchers was excessive, the envoy said on "
                "Monday, according to extracts published by Reuters.",
    "excerpts": "At least 30 villagers were killed in the raid, the senator said, according to "
                "excerpts seen by the Associated Press.",
    "not_confirmed": "Monitors could not confirm a UN report that 15 soldiers had been killed "
                     "near the border.",
    "confirmed": "Monitors confirmed a UN report that 15 soldiers had been killed near the "
                 "border.",
}


@pytest.fixture(scope="module")
def claims(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict]]:
    return exported_apart(lambda key: tmp_path_factory.mktemp(f"chains53-{key}"), TEXTS, OUTLET)


@pytest.mark.parametrize(("key", "speaker", "medium"), [
    ("extracts", "envoy", "Reuters"),
    ("excerpts", "senator", "Associated Press"),
])
def test_extracts_published_by_a_medium_relay_the_speaker(claims, key, speaker, medium):
    found = [c for c in claims[key] if claimant_text(c)]
    assert [claimant_text(c) for c in found] == [speaker], found
    chain = found[0]["chain"]
    assert chain[0] == speaker and medium in chain and chain[-1] == OUTLET, chain


@pytest.mark.parametrize(("key", "holder"), [("not_confirmed", "UN"), ("confirmed", "Monitors")])
def test_a_statement_not_confirmed_is_its_authors(claims, key, holder):
    found = [c for c in claims[key] if 15.0 in figure_values(c)]
    assert [claimant_text(c) for c in found] == [holder], claims[key]
