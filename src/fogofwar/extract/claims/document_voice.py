"""A document or count read as a claim's voice when its author is the next link of the chain.

"However, the casualty number quoted by the opposition party was more than 500", "Reports
released by local activists said …", "Army officials said a review of the strike had confirmed
…", "Citing information gathered at the scene, a police spokesman said …": the cue finders
give the claim to the document ("casualty number", "Reports", "review", "information") and put
the body or person who made, quoted or cited it next in the chain, as if it had relayed the
document. A document speaks for no one of its own: the one who put it out is the claimant
(README "One article": the claimant is the source as the article names it), and the document
leaves the chain. Only when the next link is a voice, not a medium: "the statement said,
Xinhua reported" keeps the statement as claimant and Xinhua as its relay, as the dev gold
does; and only when the document is named by common words alone ("the latest data", not "the
ministry statement", whose issuer it names, nor a name such as "Armed Conflict Location and
Event Data").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...clean.sitenames import common_word
from ...records import Claim, Mention
from ..lexicon import cue_lexicon
from .carry import is_medium_name


def voice_documents(claims: Sequence[Claim], mentions: Sequence[Mention]) -> None:
    """Give each claim whose voice is a document (`voiceless`) to the voice after it in the
    chain, when that is written in the claim's sentence and is no medium."""
    for claim in claims:
        if claim.narrator or claim.claimant is None or claim.source is None \
                or not claim.relays or len(claim.chain) < 3:
            continue
        if not voiceless(claim.claimant.text) \
                or claim.claimant.text.lower() not in claim.source.text.lower():
            continue  # ("a review of the strike": the source as written holds the document)
        author, name = claim.relays[0], claim.chain[1]
        if is_medium_name(name) or is_medium_name(author.text) or voiceless(author.text):
            continue
        found = next((m for m in mentions if m.start == author.start and m.end == author.end),
                     None)
        claim.claimant = found if found is not None else Mention(
            author.text, author.start, author.end,
            name=name if name.lower() != author.text.lower() else None)
        claim.chain = claim.chain[1:]
        claim.source, claim.relays = type(author)(author.text, author.start, author.end), \
            list(claim.relays[1:])


def voiceless(text: str) -> bool:
    """A document or count named by common words alone ("the casualty number", "Reports",
    "the latest data"): its last word a `voiceless_documents` noun, the others lower-case
    words that name no body ("ministry", "army"), a capital allowed on the first word only
    when it is an everyday word ("Initial reports")."""
    lex = cue_lexicon()
    words = re.findall(r"[\w’'-]+", text)
    if not words or words[-1].lower() not in lex.voiceless_documents:
        return False
    for i, word in enumerate(words[:-1]):
        low = word.lower()
        if low in lex.body_nouns or low in lex.voiceless_documents:
            return False
        if not (word[:1].islower() or i == 0 and common_word(low)):
            return False
    return not (len(words) == 1 and words[0][:1].isupper() and words[0].isupper())
