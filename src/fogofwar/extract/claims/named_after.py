"""A medium described first and named in the next sentence: "…, the state news agency cited
local officials as saying. “…,” Tass said." The description relays the first claim; the medium
the next sentence names as speaker is that agency (a news report names its source by
description, then lets it speak by name). Only a description with no name of its own, and only
when the very next claim, in the next sentence, is a medium the packs know speaking.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...records import Claim
from ..lexicon import cue_lexicon


def name_described_media(claims: Sequence[Claim], tail: int) -> None:
    """Replace an unnamed medium's description in a chain by the known medium that speaks in
    the claim right after it, in the next sentence; `tail`: how many names end every chain."""
    ordered = sorted((c for c in claims if not c.narrator and not c.in_title
                      and c.claimant is not None), key=lambda c: c.start)
    for i, claim in enumerate(ordered):
        relays = claim.chain[1:len(claim.chain) - tail]
        described = [r for r in relays if _description(r)]
        if not described:
            continue
        after = next((c for c in ordered[i + 1:] if c.sentence != claim.sentence), None)
        if after is None or after.claimant is None or after.claimant.sector != "MED" \
                or not after.claimant.actor_id or len(after.chain) - tail != 1:
            continue
        name = after.chain[0]
        if any(name.lower() == n.lower() for n in claim.chain):
            continue
        claim.chain[claim.chain.index(described[-1])] = name


def _description(name: str) -> bool:
    """"Russia's state-run news agency", "the official broadcaster": a medium named by its
    noun alone (its head a lower-case medium noun)."""
    words = name.split()
    return bool(words) and words[-1].islower() and words[-1] in cue_lexicon().media_nouns \
        and not any(w[:1].isupper() for w in words[:-1] if not w.endswith(("'s", "’s")))
