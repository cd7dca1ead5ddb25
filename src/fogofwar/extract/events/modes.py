"""How an event was carried out: its PLOVER mode ("airstrike", "shelling", "drone") read from
the trigger's own words or the nearest mode phrase of its statement.

Split from extractor.py, which codes each trigger's type, mode and flags, so that the mode
search and its substring shortcut (checked in tests/extract/test_scan_shortcuts.py) stand
apart from the event assembly.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Span

from ..lexicon import event_lexicon
from .pack import event_rules
from .triggers import Trigger


@cache
def _mode_patterns() -> tuple[tuple[re.Pattern[str], str, tuple[str, ...] | None], ...]:
    """Each mode phrase's pattern and mode, with its words lower-cased when they are ASCII: in
    ASCII text the case-blind pattern can match only where each word is a substring of the
    lower-cased text, so a text missing one is not searched (most texts miss most phrases)."""
    return tuple((re.compile(r"(?<![\w-])" + r"\s+".join(map(re.escape, words)) + r"(?![\w-])",
                             re.IGNORECASE), mode,
                  tuple(w.lower() for w in words) if all(map(str.isascii, words)) else None)
                 for words, mode in event_lexicon().modes)


def _may_hold(low: str | None, words: tuple[str, ...] | None) -> bool:
    """Whether a mode phrase of these words can match a text whose lower case is `low` (None
    when the text is not ASCII: then it may)."""
    return low is None or words is None or all(w in low for w in words)


def event_mode(trig: Trigger, span: Span) -> str | None:
    """The trigger's own mode ("airstrikes"), else the mode word nearest to it, not counting
    a word inside a longer mode phrase ("grenades" of "rocket-propelled grenades"); an act
    from the air ("dropped three bombs") is an airstrike."""
    if trig.token.lemma_.lower() in event_rules().aerial_verbs:
        return "airstrike"
    own = trig.token.doc[trig.token.left_edge.i:trig.token.i + 1].text
    best: tuple[int, str] | None = None
    text = span.text  # built from the tokens on every access: once, not once per pattern
    low_own = own.lower() if own.isascii() else None
    low_text = text.lower() if text.isascii() else None
    found: list[tuple[int, int, str]] = []
    for pattern, mode, words in _mode_patterns():
        if _may_hold(low_own, words) and pattern.search(own):
            return mode
        if not _may_hold(low_text, words):
            continue
        found += [(match.start(), match.end(), mode) for match in pattern.finditer(text)]
    for start, end, mode in found:
        if any(s <= start and end <= e and (s, e) != (start, end) for s, e, _ in found):
            continue  # "grenades" inside "rocket-propelled grenades": the longer phrase's
        if _sound_of(trig, span.start_char + start, span.start_char + end):
            continue
        distance = abs(span.start_char + start - trig.token.idx)
        if best is None or distance < best[0]:
            best = (distance, mode)
    return best[1] if best else None


def _sound_of(trig: Trigger, start: int, end: int) -> bool:
    """Whether the mode phrase at these document offsets is what the trigger's act gave off,
    not its means: "blasts from a confrontation between gunmen and the guard" are the fight's
    noise, so they make no bomb of the confrontation (the trigger hangs from "from" under the
    phrase)."""
    prep = trig.token.head
    return trig.token.dep_ == "pobj" and prep.lower_ == "from" and start <= prep.head.idx < end
