"""Relays and cues of round chains53.

"…, he said, according to extracts published by AFP": parts of a speech or document put out
by a medium ("extracts", "excerpts") carry the speaker's words and are no voice of their own,
as "a transcript published by" is not (cues pack `publication_nouns`); before, "extracts" was
read as the speaker and the speaker was lost.

Each text was written for these tests and goes through the whole pipeline as an article of the
fictional "Daily Sun"."""

from __future__ import annotations

import pytest

from .helpers import claimant_text, exported_apart

OUTLET = "Daily Sun"

TEXTS = {
    "extracts": "The use of force against the marchers was excessive, the envoy said on "
                "Monday, according to extracts published by Reuters.",
    "excerpts": "At least 30 villagers were killed in the raid, the senator said, according to "
                "excerpts seen by the Associated Press.",
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

