"""A medium that relayed a speaker goes on relaying them: "It added …" after "X told Reuters".

"An official source told Reuters that …. It added that …": the pronoun resolves to the
nearest fitting name, the medium, but a medium that has just passed on someone's words and
now "adds" with no source of its own in the sentence goes on with the same report, so the
words are still the first speaker's as the medium carried them ("Reuters reported, citing the
ministry, …. Five were missing, it added.": the ministry's, through Reuters). Only for a bare
pronoun with a verb of going on (the pack's `continuing_verbs`: "it said" may open the
medium's own report), right after that claim, and only when the pronoun meant a medium of
that claim's relays; a medium that spoke for itself before keeps speaking for itself.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...records import Claim, Mention
from ..lexicon import cue_lexicon
from .carry import is_medium_name
from .cues import Cue


def relayed_voice(cues: Sequence[Cue], claimant: Mention | None, names: list[str],
                  previous: Claim | None, tail: int) -> tuple[Mention, list[str]] | None:
    """The claimant and names (outlet tail aside) of `previous` when this claim's only voice
    is a pronoun standing for one of the media that relayed `previous` ("it added"), else
    None. `tail`: how many names end every chain (the outlet, and the original outlet)."""
    if previous is None or previous.claimant is None or claimant is None or len(names) != 1:
        return None
    if not cues or cues[0].token.lemma_.lower() not in cue_lexicon().continuing_verbs:
        return None
    source = cues[0].source
    if source is None or source.pos_ != "PRON" or "Prs" not in source.morph.get("PronType"):
        return None
    relays = previous.chain[1:len(previous.chain) - tail]
    name = names[0].lower()
    if not any(r.lower() == name and is_medium_name(r) for r in relays):
        return None
    return previous.claimant, previous.chain[:len(previous.chain) - tail]
