"""Finding reporting cues in a statement unit and the source each one names.

A cue is the grammatical evidence that a statement is somebody's: a reporting verb and its
subject ("Peskov responded … by pointing out"), a passive agent ("it was told by senior
opposition and rebel sources"), a prepositional source ("according to SANA", "citing X").
Each cue records how it hangs from the others so that claims.py can tell a nested report
("TASS reported … Nebenzia told") from two independent statements in one sentence.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from .lexicon import cue_lexicon
from .referents import phrase_span, subject_of

SOURCE_PREPS = ("from", "by", "of")
#: A reported clause: "shows that …", "said …", "asked whether …".
CLAUSES = ("ccomp", "parataxis")
QUOTE_MARKS = "“”«»\"''"


@dataclass
class Cue:
    """One reporting cue: its token, shown text, source head and relaying recipient."""

    token: Token
    text: str
    source: Token | None
    explicit: bool  # the source is the cue's own (not inherited from a governing verb)
    recipient: Token | None = None  # "told TASS": a recipient, who relays it if a medium
    prepositional: bool = False

    @property
    def negated(self) -> bool:
        return any(c.dep_ == "neg" for c in self.token.children)


def is_media(head: Token | None) -> bool:
    """Whether a phrase names a news medium ("TASS state-run news", "Hurriyet newspaper")."""
    if head is None:
        return False
    media = cue_lexicon().media_nouns
    return any(t.lemma_.lower() in media or t.lower_ in media for t in phrase_span(head))


def _is_cue_verb(tok: Token) -> bool:
    lex = cue_lexicon()
    lemma = tok.lemma_.lower()
    if tok.pos_ not in ("VERB", "AUX") or lemma not in lex.verbs or tok.dep_ == "amod":
        return False
    if lemma in lex.needing_clause and not any(
            c.dep_ in CLAUSES or (c.dep_ == "punct" and c.text in QUOTE_MARKS)
            for c in tok.children):
        return False  # "shows that …" and "“…?” he asks" report; "shows a tank" does not
    particle = lex.particles.get(lemma)
    return particle is None or any(c.dep_ == "prt" and c.lower_ == particle
                                   for c in tok.children)


def _verb_cue(tok: Token) -> Cue:
    lex = cue_lexicon()
    lemma = tok.lemma_.lower()
    text = tok.text
    particle = lex.particles.get(lemma)
    if particle:
        text = f"{tok.text} {particle}"
    if lemma in lex.speaker_when_passive:
        subj = [c for c in tok.children if c.dep_ == "nsubjpass"]
        if subj:
            return Cue(tok, text, subj[0], True)
    source, own = subject_of(tok)
    if not own or source is None:
        source, own = _adjacent_name(tok) or (source, own)
    recipient = None
    if lemma == "tell":
        objs = sorted((c for c in tok.children if c.dep_ in ("dobj", "dative")),
                      key=lambda c: c.dep_ != "dative")
        recipient = objs[0] if objs else None
    return Cue(tok, text, source, own and source is not None, recipient)


def _adjacent_name(tok: Token) -> tuple[Token, bool] | None:
    """A name right before a subject-less cue ("…, considering on Friday President Erdogan
    warned he's ready …"): the small model often attaches such a subject elsewhere."""
    prev = tok.i - 1
    while prev >= 0 and tok.doc[prev].dep_ in ("advmod", "aux", "neg"):
        prev -= 1
    if prev >= 0 and tok.doc[prev].pos_ == "PROPN" and tok.doc[prev].dep_ not in ("nsubj",):
        return tok.doc[prev], True
    return None


def _report_source(head: Token) -> Token:
    """'reports from local sources' names the sources, not the reports."""
    if head.lemma_.lower() not in cue_lexicon().report_nouns:
        return head
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in SOURCE_PREPS:
            objs = [g for g in prep.children if g.dep_ == "pobj"]
            if objs:
                return objs[0]
    return head


def _prep_cue(tok: Token) -> Cue | None:
    lex = cue_lexicon()
    word = tok.lower_
    if word not in lex.prepositional:
        return None
    prep_word = lex.prepositional[word]
    if prep_word:
        for prep in tok.children:
            objs = [g for g in prep.children if g.dep_ == "pobj"]
            if prep.lower_ == prep_word and objs:
                return Cue(tok, f"{tok.text} {prep.text}", _report_source(objs[0]), True,
                           prepositional=True)
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return None  # "Moscow has cited …" is a verb cue
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if objs:
        return Cue(tok, tok.text, _report_source(objs[0]), True, prepositional=True)
    return None


def find_cues(span: Span) -> list[Cue]:
    """Every cue in a unit, in text order; prepositional cues before verbs on one token."""
    cues: list[Cue] = []
    for tok in span:
        prep = _prep_cue(tok)
        if prep is not None:
            cues.append(prep)
        elif _is_cue_verb(tok):
            cues.append(_verb_cue(tok))
    return cues


def governing_cue(cue: Cue, cues: list[Cue], span: Span) -> Cue | None:
    """The nearest cue above this one in the parse, within the unit."""
    by_token = {c.token.i: c for c in cues}
    cur = cue.token
    while cur.head.i != cur.i and span.start <= cur.head.i < span.end:
        cur = cur.head
        if cur.i in by_token:
            return by_token[cur.i]
    return None


def depth(tok: Token) -> int:
    n = 0
    while tok.head.i != tok.i:
        tok, n = tok.head, n + 1
    return n
