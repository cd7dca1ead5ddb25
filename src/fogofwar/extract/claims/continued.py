"""A pronoun that goes on with a relayed statement: "Xinhua reported, citing SANA, that … .
It added …", "An official source told SANA that … . It added …".

The resolver points the pronoun at the nearest fitting voice, often the medium that relayed
the previous statement (Xinhua, SANA). But what that medium "added" is more of the same
report, from the same first source: the gold reads "it added" after "X reported citing Y" as
Y's claim relayed by X. So a claim whose source is a bare "it" (or "they") with a continuing
cue ("added", pack `continuing_cues`), resolved to a relay of the claim just before it (in an
earlier sentence) and naming no relay of its own, takes that claim's first source and its
chain up to that relay. "It said" stays the medium's own (the dev gold reads it so).
"""

from __future__ import annotations

from collections.abc import Sequence

from ...records import Claim
from ..lexicon import cue_lexicon
from .spans import ClaimSpans


def continue_relayed(text: str, claims: Sequence[Claim], spans: Sequence[ClaimSpans],
                     tail: int) -> None:
    """Give each pronoun-led claim that goes on with the previous claim's relay that claim's
    first source and chain (see the module note); `text`: the article's, which the spans'
    source offsets index; `tail`: how many names end every chain (the outlet, and the
    original outlet)."""
    lex = cue_lexicon()
    prev: Claim | None = None
    for claim, claim_spans in sorted(zip(claims, spans, strict=True),
                                     key=lambda pair: pair[0].start):
        if claim.narrator or claim.claimant is None or claim.in_title:
            continue
        source = text[slice(*claim_spans.sources[0])] if claim_spans.sources else ""
        if prev is not None and prev.sentence != claim.sentence \
                and source.lower() in lex.org_pronouns and len(claim.chain) <= tail + 1 \
                and (claim.cue or "").lower() in lex.continuing_cues:
            _take_up(claim, prev, tail)
        prev = claim


def _take_up(claim: Claim, prev: Claim, tail: int) -> None:
    """Rewrite `claim` as `prev`'s first source relayed up to the relay its pronoun meant."""
    middle = prev.chain[1:len(prev.chain) - tail]
    name = claim.chain[0].lower() if claim.chain else ""
    at = next((i for i, n in enumerate(middle, start=1) if n.lower() == name), None)
    if at is None or prev.claimant is None:
        return
    head = prev.chain[:at + 1]
    taken = {n.lower() for n in head}
    claim.claimant = prev.claimant
    claim.chain = head + [n for n in claim.chain[1:] if n.lower() not in taken]
