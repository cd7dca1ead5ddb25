"""Attribution without a cue verb: dash trailers, colon intros, colon quotes, bullet lists.

Aggregators quote other outlets by pasting a paragraph and signing it "— Jerusalem Post", and
relay a ministry's statement as a heading ending in a colon followed by bullets. These forms
carry no verb for the parser to find, so they are recognised from the layout of the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..records import Mention
from .referents import mention_for, overlapping, phrase_span, unresolved
from .units import OPEN_QUOTES, STRAIGHT_QUOTE, Unit

DASHES = "—–―"  # em dash, en dash, horizontal bar
#: A trailing "— Name": a capitalised name of at most six words, no sentence punctuation.
TRAILER = re.compile(rf"(?:^|\s)[{DASHES}]\s*([A-Z][\w'’.&-]*(?:\s+[\w'’.&-]+){{0,5}})\s*$")
BULLETS = "•·▪●◦*-–—"
MAX_INTRO_WORDS = 25


def is_bullet(text: str) -> bool:
    return text.lstrip()[:1] in BULLETS


def _name_mention(unit: Unit, start: int, end: int,
                  mentions: Sequence[Mention]) -> Mention | None:
    """The mention over a stretch of text, else an unresolved one made from the text."""
    found = overlapping(mentions, start, end)
    if found:
        return found[0]
    span = unit.span.doc.char_span(start, end, alignment_mode="contract")
    return unresolved(span) if span is not None and len(span) else None


def dash_trailers(units: list[Unit],
                  mentions: Sequence[Mention]) -> tuple[dict[int, Mention], set[int]]:
    """Paragraphs signed with a trailing "— Source", and the units that are only the signature.

    Returns the source per paragraph and the indexes of the units to drop (the signature
    when spaCy split it into its own sentence).
    """
    sources: dict[int, Mention] = {}
    fragments: set[int] = set()
    for i, unit in enumerate(units):
        last = i + 1 == len(units) or units[i + 1].paragraph != unit.paragraph
        match = TRAILER.search(unit.text) if last else None
        if match is None:
            continue
        start = unit.start + match.start(1)
        source = _name_mention(unit, start, unit.start + match.end(1), mentions)
        if source is None:
            continue
        sources[unit.paragraph] = source
        if not unit.text[:match.start()].strip():
            fragments.add(i)
    return sources, fragments


def colon_intro_source(unit: Unit, mentions: Sequence[Mention]) -> Mention | None:
    """The source of a heading that introduces a statement ("LATEST — Ministry of National
    Defense on …:"): the first actor after any leading label and dash."""
    text = unit.text.rstrip()
    if not text.endswith(":") or len(text.split()) > MAX_INTRO_WORDS:
        return None
    dash = max(text.find(d) for d in DASHES)
    start = unit.start + (dash + 1 if dash >= 0 else 0)
    found = overlapping(mentions, start, unit.end)
    if found:
        return found[0]
    for tok in unit.span:
        if tok.idx >= start and tok.pos_ in ("PROPN", "NOUN"):
            return unresolved(phrase_span(tok.head if tok.dep_ == "compound" else tok))
    return None


def colon_quote_source(unit: Unit, mentions: Sequence[Mention]) -> Mention | None:
    """The speaker of "Name: “quote”", the name just before a colon that opens a quote."""
    doc = unit.span.doc
    for tok in unit.span:
        nxt = tok.i + 1
        if tok.text != ":" or tok.i == unit.span.start or nxt >= unit.span.end:
            continue
        if doc[nxt].text[:1] in OPEN_QUOTES + STRAIGHT_QUOTE:
            return mention_for(doc[tok.i - 1], mentions) or unresolved(
                phrase_span(doc[tok.i - 1]))
    return None
