"""Whether a reported event happened: negated ("did not attack", "nobody was hurt") or
hypothetical ("could strike", "vowed to retaliate", "if the talks fail").

Split from extractor.py, which sets these flags on every event it codes, so that the rules
for what did not or may not happen grow apart from the event assembly.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..lexicon import EventLexicon, cue_lexicon, event_lexicon
from ..tree import depth
from .arguments import governing_verb
from .generic import not_tried


def is_negated(tok: Token) -> bool:
    """'did not attack', 'no airstrikes', 'failed to capture', 'did not dare to engage'."""
    lex = event_lexicon()
    if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ in lex.neg_determiners)
           for c in tok.children):
        return True
    gov = governing_verb(tok) if tok.pos_ in ("NOUN", "PROPN") else None
    if gov is not None and any(c.dep_ == "neg" for c in gov.children):
        return True
    if tok.pos_ == "VERB" and any(_nobody(c, lex) for c in tok.children):
        return True
    above = (gov or tok).head if (gov or tok).dep_ == "xcomp" else None
    return above is not None and (above.lemma_.lower() in lex.neg_governors or not_tried(above))


def _nobody(child: Token, lex: EventLexicon) -> bool:
    """A subject naming nobody: "Nobody was killed", "no one was hurt", "no soldiers died"."""
    return child.dep_ in ("nsubj", "nsubjpass") and (child.lower_ in lex.neg_subjects or any(
        g.dep_ == "det" and g.lower_ in lex.neg_determiners for g in child.children))


def _past_hedge(node: Token, lex: EventLexicon) -> bool:
    """"may have been killed", "might have died": a hedged past event (pack
    `hypothetical.past_hedges`), which happened as far as its speaker says, unlike "could"."""
    aux = [c for c in node.children if c.dep_ in ("aux", "auxpass")]
    return any(c.lower_ in lex.hyp_past_hedges for c in aux) \
        and any(c.lemma_.lower() == "have" or c.lower_ in ("have", "'ve") for c in aux)


def _conditional_here(node: Token, lex: EventLexicon) -> bool:
    hedged = _past_hedge(node, lex)
    for child in node.children:
        if child.dep_ in ("aux", "auxpass") and child.lower_ in lex.hyp_modals and not hedged:
            return True
        if child.dep_ == "mark" and child.lower_ in lex.hyp_marks:
            return True
        if child.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in lex.hyp_marks
                                         for g in child.children):
            return True
        if child.dep_ == "amod" and child.lower_ in lex.hyp_governors:
            return True
    return False


def is_hypothetical(tok: Token, span: Span | None = None) -> bool:
    """Planned, conditional or possible: a modal, an "if", or a governor like "vowed to"."""
    lex = event_lexicon()
    cue_verbs = cue_lexicon().verbs
    node = tok
    for _ in range(depth(tok) + 1):
        if node.i != tok.i and node.lemma_.lower() in cue_verbs:
            return False  # the claim's own verb: what is reported is not conditional on it
        if _conditional_here(node, lex):
            return True
        if node.dep_ in ("xcomp", "acl", "ccomp") and (
                node.head.lemma_.lower() in lex.hyp_governors or _aim_of(node.head, lex)):
            return True
        if _aim_noun_of(node, lex):
            return True
        if node.dep_ == "ccomp":  # "13 were hurt ..., thus the toll could go up": a modal
            return False          # above a clausal complement is not the complement's own
        if node.head.i == node.i or (span is not None and not
                                     span.start <= node.head.i < span.end):
            return False
        node = node.head
    return False


def _aim_noun_of(node: Token, lex: EventLexicon) -> bool:
    """"with the aim of launching attacks", "the intention of killing": an act named after
    "of" under a noun of aim (a governor noun) is what was meant, not what was done."""
    prep = node.head
    return node.dep_ in ("pcomp", "pobj") and prep.lower_ == "of" and prep.dep_ == "prep" and (
        prep.head.pos_ == "NOUN" and prep.head.lemma_.lower() in lex.hyp_governors)


def _aim_of(copula: Token, lex: EventLexicon) -> bool:
    """"the objective was to capture ...": a copula whose subject names an aim."""
    return copula.lemma_.lower() == "be" and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in lex.hyp_governors for c in copula.children)
