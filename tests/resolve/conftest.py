"""One spaCy pipeline for the resolve tests (loading it per module costs seconds each)."""

from __future__ import annotations

import pytest

from fogofwar.annotate import load_nlp
from fogofwar.records import Mention
from fogofwar.resolve.actors import resolve_actors


@pytest.fixture(scope="session")
def nlp():
    return load_nlp()


def mentions_by_text(nlp, sentence: str) -> dict[str, Mention]:
    """The actors found in a sentence, keyed by their text as written."""
    return {m.text: m for m in resolve_actors(nlp(sentence))}
