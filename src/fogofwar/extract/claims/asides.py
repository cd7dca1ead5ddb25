"""Relays set off by commas right after a speech verb, which the parser hangs elsewhere:
"…, Kremlin spokesman Dmitry Peskov said, according to the Interfax news agency" (the
"according to" phrase hung on the sentence's first verb, read as a claim of the agency's own)
and "The ministry has said, cited by Iraqi News, that …" (the participle hung on the reported
clause the parser made a second verb of "said"). Either names the medium that passed the
speaker's words on, so it relays the speech verb's claim and makes no claim of its own.

They find tokens only; `heard` gathers them with the cue's other relays.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import cue_lexicon
from .reporting_verbs import is_cue_verb
from .sources import agents, carrier_participle, is_media


def according_after_verb(prep: Token) -> Token | None:
    """The speech verb an "according to <medium>" phrase follows right after its comma
    ("…, Peskov said, according to Interfax."; "said on Sunday, according to …"), or None;
    a source that is no medium ("…, he said, according to the report") is left as it was."""
    doc = prep.doc
    if prep.lower_ != "according" or prep.i < 2 or doc[prep.i - 1].text != "," \
            or _medium(prep) is None:
        return None
    verb = doc[prep.i - 2]
    while verb.pos_ != "VERB" and verb.head.i != verb.i and verb.head.i < prep.i:
        verb = verb.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in cue_lexicon().verbs \
            or verb.right_edge.i not in (prep.i - 2, prep.i - 1) \
            or not any(c.dep_ == "nsubj" for c in verb.children) or not is_cue_verb(verb):
        return None  # ("an ambush described as …, according to state media": no speaker)
    return verb


def _medium(prep: Token) -> Token | None:
    """The medium "according to" names, or None."""
    return next((p for to in prep.children if to.dep_ == "prep" and to.lower_ == "to"
                 for p in to.children if p.dep_ == "pobj" and is_media(p)), None)


def aside_carriers(tok: Token) -> list[Token]:
    """The media named in asides after a speech verb `tok` (see the module's docstring)."""
    found = [m for t in tok.doc[tok.right_edge.i + 1:tok.sent.end]
             if t.lower_ == "according" and (verb := according_after_verb(t)) is not None
             and verb.i == tok.i for m in [_medium(t)] if m is not None]
    clauses = [c for c in tok.children if c.dep_ == "conj"]  # "has said, cited by X, that …":
    if tok.dep_ == "parataxis":  # the clause read as a second verb, or as the head of "said"
        clauses.append(tok.head)
    for clause in clauses:
        marks = [m.i for m in clause.children if m.dep_ == "mark" and m.lower_ == "that"]
        if clause.i < tok.i or not marks:
            continue
        found += [p for c in clause.children if tok.i < c.i < min(marks)
                  and carrier_participle(c) for p in agents(c) if is_media(p)]
    return found
