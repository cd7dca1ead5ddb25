"""End to end on a seed with the real annotate/resolve stages, when they are available.

Skipped while those stages are missing or change their interface, so that extract's own tests
never depend on another stage's internals.
"""

from __future__ import annotations

import pytest

from fogofwar.extract import extract_claims, extract_events
from fogofwar.records import Article

from .conftest import demo_text

try:  # pragma: no cover - depends on the other stages being present
    from fogofwar.annotate import load_nlp
    from fogofwar.resolve import parse_figures, resolve_actors, resolve_places
except ImportError:  # pragma: no cover
    load_nlp = None


@pytest.mark.skipif(load_nlp is None, reason="annotate/resolve stages not available")
def test_seed_001_end_to_end():
    text = demo_text("001")
    article = Article(id="s1", source="001", text=text, outlet=None)
    doc = load_nlp()(text)
    mentions = resolve_actors(doc)
    figures = parse_figures(text)
    claims = extract_claims(doc, article, mentions, figures)
    events = extract_events(doc, article, claims, mentions, resolve_places(doc, mentions),
                            (), figures)
    # every chain ends with the outlet, unknown here
    assert claims and all(c.chain[-1] == "unknown outlet" for c in claims)
    # Reuters relays what the opposition sources told it
    reuters = next(c for c in claims if c.sentence.startswith("Reuters reported"))
    assert reuters.chain[0] == "senior opposition and rebel sources" and "Reuters" in reuters.chain
    # the UN aid convoy is an AID event carried by a claim
    assert any(e.type == "AID" and e.claim_id for e in events)
