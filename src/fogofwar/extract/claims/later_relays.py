"""A relay named in the sentence after a statement: "The governor said 12 soldiers were
killed. He was speaking to Interfax.", "… His comments were carried by Interfax.", "… He made
the remarks in an interview with Interfax.", "… He was quoted by Interfax."

Such a note says nothing new: its subject is the speaker (a pronoun) or the speaker's words
("the remarks", "his comments"), and its verb only says who heard or carried them. The medium it
names relays the statement just before it, so it joins that claim's chain (and the chains of
the same speaker's claims right before it), before the outlet. Read off the parse of the note;
the claims it amends are the ones `extract_claim_spans` built.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from ...records import Claim
from ..lexicon import cue_lexicon
from ..referents import display
from .cue_sources import Known, heard_mention
from .sources import agents, is_media, platform

#: At most this many characters between the statement and the note (a paragraph break).
GAP = 3


def add_later_relays(doc: Doc, claims: Sequence[Claim], ctx: Known, tail: int) -> None:
    """Put the medium of each relay note (see the module note) into the chains of the claims
    it follows; `tail`: how many names end every chain."""
    ordered = sorted((c for c in claims if not c.narrator and not c.in_title
                      and c.claimant is not None), key=lambda c: c.start)
    for sent in doc.sents:
        medium = _note_medium(sent)
        if medium is None:
            continue
        before = [c for c in ordered if c.end <= sent.start_char]
        if not before or sent.start_char - before[-1].end > GAP:
            continue
        name = display(heard_mention(medium, ctx))
        speaker = before[-1].claimant.text.lower()
        for claim in reversed(before):
            if claim.claimant.text.lower() != speaker:
                break
            if name.lower() not in (n.lower() for n in claim.chain):
                end = len(claim.chain) - tail
                claim.chain[end:end] = [name]


def _note_medium(sent: Span) -> Token | None:
    """The medium a note sentence names, or None when the sentence is no such note."""
    root = sent.root
    if any(c.dep_ in ("ccomp", "xcomp", "parataxis") for c in root.children):
        return None  # it says something of its own
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not _speaker_or_words(subject):
        return None
    lex = cue_lexicon()
    lemma = root.lemma_.lower()
    found: list[Token] = []
    if lemma in lex.conversation_verbs:  # "He was speaking to Interfax"
        found = _objects(root, ("to", "with"))
    elif lemma in lex.note_verbs and any(c.dep_ == "dobj" and c.lemma_.lower() in lex.cue_nouns
                                       for c in root.children):
        found = _objects(root, ("to",))  # "He made the remarks to Interfax"
        found += [m for prep in root.children if prep.dep_ == "prep" and prep.lower_ == "in"
                  for p in prep.children if p.dep_ == "pobj"
                  and p.lemma_.lower() in lex.interview_nouns
                  for m in _objects(p, ("with", "to"))]  # "… in an interview with Interfax"
    elif lemma in lex.carrying_verbs and subject.dep_ == "nsubjpass":
        found = agents(root)  # "He was quoted by Interfax", "The remarks were carried by …"
    return next((m for m in found if is_media(m) and platform(m) is None), None)


def _speaker_or_words(tok: Token) -> bool:
    """A pronoun for the speaker ("he", "she", "it", "they") or the speaker's words ("the
    remarks", "his comments", "the statement")."""
    lex = cue_lexicon()
    return (tok.lower_ in lex.person_pronouns | lex.org_pronouns
            or tok.lemma_.lower() in lex.cue_nouns)


def _objects(tok: Token, preps: tuple[str, ...]) -> list[Token]:
    """The objects of the token's prepositions (and dative "to") among `preps`."""
    return [p for prep in tok.children if prep.dep_ in ("prep", "dative")
            and prep.lower_ in preps for p in prep.children if p.dep_ == "pobj"]
