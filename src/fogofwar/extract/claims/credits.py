"""Dateline credits: the wire named in brackets before a story's first sentence.

"ISLAMABAD, Dec. 4 (Xinhua) -- Three policemen were killed …, rescue workers said." is the
rescue workers' claim as Xinhua passed it on to the outlet that printed the story. The credit
names the relay of the sentence it opens only; "(PNA/Xinhua)" names two, the last written
the first to hear it (Xinhua's copy as PNA carried it).
"""

from __future__ import annotations

import re

#: A dateline place ("MAIDUGURI, Nigeria, Sept 3"), optional, then "(Credit)" or
#: "(Credit/Credit)" and a dash, at the opening of a paragraph.
CREDIT = re.compile(
    r"^[ \t]*(?:[A-Z][\w'’.-]*(?:[ \t]+[\w'’.-]+){0,3}"
    r"(?:,[ \t]*[\w'’.]+(?:[ \t]+[\w'’.]+){0,2}){0,2}"
    r",?[ \t]*)?\((?P<credit>[A-Z][\w&.'’ ]{0,30}(?:[ \t]*[/-][ \t]*[A-Z][\w&.'’ ]{0,30}){0,2})\)"
    r"[ \t]*(?:[-—–]{1,2}|:)[ \t]*", re.MULTILINE)
#: A sentence end between the credit and a claim: the claim is no longer the credited one.
SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+[\"“‘(]?[A-Z]")


def dateline_relays(text: str, start: int, outlet: str | None) -> list[str]:
    """The relays a dateline credit names for a claim starting at `start`, in chain order
    (first to hear the claim first); none when the claim is not in the credited sentence.
    The page's own outlet is never its own relay."""
    para = text.rfind("\n", 0, start) + 1
    match = CREDIT.match(text, para)
    if match is None or SENTENCE_END.search(text, match.end(), start + 1):
        return []
    parts = [p.strip() for p in re.split(r"[/-]", match.group("credit")) if p.strip()]
    return [p for p in reversed(parts) if not _is_outlet(p, outlet or "")]


def _is_outlet(credit: str, outlet: str) -> bool:
    """Whether a credit names the page's own outlet: its name, a word of it ("AFP" on
    "France 24 - AFP"), or its initials ("YPA" on Yemen Press Agency)."""
    words = re.findall(r"[\w'’]+", outlet.lower())
    initials = "".join(w[0] for w in words)
    credit = credit.lower()
    return credit in (outlet.lower(), initials) or credit in words


def credit_end(text: str, pos: int) -> int | None:
    """Where the dateline credit ends when `pos` falls inside one ("NEWSROOM (ADV) – …"):
    the parser often makes the dateline the subject of the first sentence's verb."""
    para = text.rfind("\n", 0, pos) + 1
    match = CREDIT.match(text, para)
    return match.end() if match is not None and pos < match.end() else None
