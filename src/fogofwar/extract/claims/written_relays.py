"""A claim's source and relays as its sentence writes them, when a medium quotes the speaker.

"The newspaper quoted a port official as saying …": the cue's subject is the newspaper, but
the claim is the official's and the newspaper its relay. The export shows each voice as
written beside the name it resolved to (issue 11 §3), so the source written there is the
quoted speaker's mention and the quoting subject ("The newspaper", resolved to a name in the
chain) comes first among the relays as written.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ...records import Claim, SourceSpan
from ..lexicon import cue_lexicon


def quoted_as_source(doc: Doc, claim: Claim) -> None:
    """Make the quoted speaker, as the sentence writes them (the citing verb's object phrase),
    the written source of `claim` and the quoting subject its first written relay, when the
    claimant's cue is a citing verb ("quoted", "cited") whose subject was taken as the source
    and the claimant is named in that object phrase."""
    who, source = claim.claimant, claim.source
    if who is None or source is None or claim.in_title or claim.cue_start is None \
            or len(claim.chain) < 3:
        return
    cue = doc.char_span(claim.cue_start, claim.cue_end, alignment_mode="expand")
    if cue is None or cue.root.lemma_.lower() not in cue_lexicon().citing_verbs:
        return
    obj = next((c for c in cue.root.children if c.dep_ == "dobj"), None)
    if obj is None:
        return
    words = [t for t in obj.subtree if not t.is_punct]
    for named in cue.root.children:  # "quoted the head of X's committee, Omar al-Haddad, as
        # saying": the name the parse hung on the verb, after a comma, still names the object
        if named.dep_ in ("appos", "npadvmod") and named.left_edge.i == words[-1].i + 2 \
                and doc[words[-1].i + 1].is_punct:
            words += [t for t in named.subtree if not t.is_punct]
    start, end = words[0].idx, words[-1].idx + len(words[-1])
    if not (claim.start <= start <= who.start and who.end <= end <= claim.end) \
            or source.end > claim.cue_start \
            or any(r.start < end and start < r.end for r in claim.relays):
        return  # the claimant is not the quoted object, or the subject is no source before it
    claim.relays = [source, *claim.relays]
    claim.source = SourceSpan(claim.sentence[start - claim.start:end - claim.start], start, end)
