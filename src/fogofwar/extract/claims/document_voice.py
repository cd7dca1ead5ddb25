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
from ...resolve.nonstate import class_nouns
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
    words that name no body ("ministry", "army", "rebel"), a capital allowed on the first word only
    when it is an everyday word ("Initial reports")."""
    lex = cue_lexicon()
    words = re.findall(r"[\w’'-]+", text)
    if not words or words[-1].lower() not in lex.voiceless_documents:
        return False
    for i, word in enumerate(words[:-1]):
        low = word.lower()
        if low in lex.body_nouns or low in lex.voiceless_documents or low in class_nouns():
            return False  # ("army reports" are the army's: "He cited army reports as saying")
        if not (word[:1].islower() or i == 0 and common_word(low)):
            return False
    return not (len(words) == 1 and words[0][:1].isupper() and words[0].isupper())


#: How far back (claims) the speaker who issued a document taken up with "the" is looked for.
ISSUER_LOOKBACK = 4


def issued_documents(claims: Sequence[Claim], tail: int) -> None:
    """"The Emergency Room said in a statement that …" then "The statement noted …" (or "…,
    it said" for the statement): a document taken up with "the", with no relay of its own, is
    the words of the speaker who spoke in it a statement or two before; the claim keeps the
    document as written (the dev gold gives such claims to "the statement" or to its issuer)
    and resolves it to the issuer, whose figures they are. Only when the issuer reached the
    page directly too (a relayed document is carried with its relays: carry.py)."""
    for i, claim in enumerate(claims):
        m = claim.claimant
        if claim.narrator or m is None or claim.source is None or m.name is not None \
                or len(claim.chain) - tail != 1:
            continue
        words = re.findall(r"[\w’'-]+", m.text.lower())
        said = claim.source.text.lower()
        if len(words) != 1 or words[0] not in cue_lexicon().voiceless_documents \
                or not (said == "it" or said.startswith("the ")):
            continue
        issuer = _issuer(claims[max(0, i - ISSUER_LOOKBACK):i], words[0], tail)
        if issuer is not None:
            who = issuer.claimant
            claim.claimant = Mention(m.text, m.start, m.end, who.actor_id, issuer.chain[0],
                                     who.country, who.sector, who.side, who.actor_class)
            claim.chain[0] = issuer.chain[0]


def _issuer(before: Sequence[Claim], noun: str, tail: int) -> Claim | None:
    """The latest earlier claim whose speaker spoke "in a statement" (the document's noun),
    reached the page directly and is no document or medium itself; None when the latest claim
    naming the document is another's (a medium's, a relayed one)."""
    spoken_in = re.compile(r"\b(?:in|through|issued|released|published)\s+(?:a|an|the|its|his|"
                           r"her|their)\s+(?:[\w-]+\s+)?" + re.escape(noun) + r"\b", re.I)
    for prior in reversed(before):
        if not spoken_in.search(prior.sentence):
            continue
        who = prior.claimant
        if prior.narrator or who is None or len(prior.chain) - tail != 1 \
                or voiceless(who.text) or is_medium_name(prior.chain[0]) \
                or who.text.lower() in ("it", "he", "she", "they"):
            return None
        return prior
    return None
