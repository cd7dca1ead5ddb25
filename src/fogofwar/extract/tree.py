"""Where a token sits in its sentence's parse, shared by the claim and event extractors.

Both rank candidates the same way (the cue or trigger nearest the root governs the others), so
the measure lives here once rather than in each extractor.
"""

from __future__ import annotations

from spacy.tokens import Token


def depth(tok: Token) -> int:
    """Steps from a token up to its sentence root (capped: a malformed parse never loops)."""
    steps = 0
    while tok.head.i != tok.i and steps < 100:
        tok, steps = tok.head, steps + 1
    return steps
