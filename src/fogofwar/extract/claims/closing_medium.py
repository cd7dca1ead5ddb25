"""A quotation that runs over sentences, closed by a medium: "The minister said, “… . … .
It lies in a forest”, reported PTI." The speaker is named where the quotation opens; the
medium named after it closes passed the whole quotation on, so the words of the later
sentences are still the speaker's, through that medium, not the medium's own.

Only when the quotation opens after the speaker's cue in the sentence before, in the same
paragraph, stays open up to the later sentence, and the later sentence's one voice is a
medium (sector MED) whose cue stands after the closing mark.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ...records import Claim
from ..units import quote_depths


def closing_media(text: str, claims: Sequence[Claim], tail: int) -> None:
    """Give each later sentence of a quotation closed by a medium the speaker who opened it,
    with the medium as its relay; `tail`: how many names end every chain."""
    ordered = sorted((c for c in claims if not c.narrator and not c.in_title),
                     key=lambda c: c.start)
    for prev, cur in zip(ordered, ordered[1:], strict=False):
        if not _closed_by_medium(text, prev, cur, tail):
            continue
        medium = cur.chain[0]
        cur.chain = [*prev.chain[:len(prev.chain) - tail], medium, *cur.chain[-tail:]]
        cur.claimant = replace(prev.claimant)
        cur.relays = [r for r in (cur.source, *cur.relays) if r is not None]
        cur.source = prev.source


def _closed_by_medium(text: str, prev: Claim, cur: Claim, tail: int) -> bool:
    if prev.claimant is None or cur.claimant is None or prev.claimant.sector == "MED" \
            or cur.claimant.sector != "MED" or len(cur.chain) - tail != 1 \
            or prev.cue_end is None or cur.cue_start is None:
        return False
    if not prev.start <= prev.cue_end < cur.start or "\n" in text[prev.start:cur.start]:
        return False
    depths = quote_depths(text[prev.start:cur.end])
    cue_end, start = prev.cue_end - prev.start, cur.start - prev.start
    opened = next((k for k in range(cue_end, start) if depths[k] > 0), None)
    return (depths[cue_end] == 0 and opened is not None  # quoted after the speaker's cue
            and all(d > 0 for d in depths[opened:start + 1])  # and open up to this sentence
            and depths[cur.cue_start - prev.start] == 0)  # the medium's cue after it closes
