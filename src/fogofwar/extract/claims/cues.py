"""Finding reporting cues in a statement unit and the source each one names.

A cue is the grammatical evidence that a statement is somebody's: a reporting verb and its
subject ("Peskov responded … by pointing out"), a passive agent ("it was told by senior
opposition and rebel sources"), a prepositional source ("according to SANA", "citing X", read
in `prep_cues`).
Each cue records how it hangs from the others so that claims.py can tell a nested report
("TASS reported … Nebenzia told") from two independent statements in one sentence.

This module scans; which verbs are cues is decided in `reporting_verbs`, the source a verb
cue names is read in `verb_cues`, noun cues in `noun_cues`.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from ...annotate.pipeline import span_text
from ...annotate.table import TokenTable, token_table
from ..lexicon import cue_lexicon
from ..units import quote_depths
from .asides import according_after_verb
from .cue import Cue
from .noun_cues import frame_cue, noun_cue
from .prep_cues import prep_cue
from .relay_phrasings import as_carried_after
from .reporting_verbs import is_cue_verb
from .sources import carrier_participle, described_prep_source
from .stance import own_stance
from .verb_cues import verb_cue


def _frame_cue(tok: Token) -> Cue | None:
    """A frame noun's cue ("In a statement, the ministry condemned …", noun_cues.py) under a
    verb that is no cue of its own."""
    if tok.dep_ != "prep" or tok.head.pos_ != "VERB" or is_cue_verb(tok.head):
        return None
    return frame_cue(tok)


def find_cues(span: Span) -> list[Cue]:
    """Every cue in a unit, in text order; prepositional cues before verbs on one token."""
    cues: list[Cue] = []
    quoted = quote_depths(span_text(span))
    row, doc = token_table(span.doc), span.doc
    for i in range(span.start, span.end):
        if not _may_cue(row, i):
            continue
        tok = doc[i]
        prep = prep_cue(tok)
        if prep is not None:
            if according_after_verb(tok) is None:  # "…, X said, according to Y": Y relays X
                cues.append(prep)
        elif is_cue_verb(tok) and not own_stance(tok, quoted[tok.idx - span.start_char]) \
                and not _carrier_clause(tok):
            cues.append(verb_cue(tok))
        else:
            noun = noun_cue(tok) or _frame_cue(tok)
            if noun is not None:
                cues.append(noun)
    return cues


def _may_cue(row: TokenTable, i: int) -> bool:
    """What the cue readers check first, read from the table: `_prep_cue` its word,
    `is_cue_verb` its tag, relation and lemma (every way it can say yes needs one of
    `_cue_verb_lemmas`), `noun_cue` its tag and lemma, `_frame_cue` its relation. A token
    failing all four is no cue, so the scan builds no Token object for it."""
    lex = cue_lexicon()
    pos, dep = row.pos[i], row.dep[i]
    return (row.lower[i] in lex.prepositional
            or dep == "prep"
            or (pos in ("VERB", "AUX") and i > 0 and row.lower[i - 1] in ("told", "tells", "tell"))
            or (((pos in ("VERB", "AUX") and dep != "amod")
                 or (pos == "NOUN" and dep == "ROOT"))  # a verb read as a noun
                and row.lemma[i] in _cue_verb_lemmas())
            or (pos == "NOUN" and row.lemma[i] in lex.cue_nouns))


@cache
def _cue_verb_lemmas() -> frozenset[str]:
    """The lemmas `is_cue_verb` can accept: hearing, counting, recording, stance, publishing
    and the pack's cue verbs (any other lemma is refused whatever the token)."""
    lex = cue_lexicon()
    return frozenset({*lex.hearing_verbs, *lex.counting, *lex.stance_verbs,
                      *lex.publishing_verbs, *lex.recording_verbs, *lex.record_issuing_verbs,
                      *lex.verbs})


def _carrier_clause(tok: Token) -> bool:
    """"The mayor said …, as reported by TASS": an "as" clause of a carrying verb under a cue
    names that cue's relay (chains read it there), no claim of its own; under no cue ("Ten
    people were killed, as reported by RIA Novosti") it is the cue, its agent the source."""
    lex = cue_lexicon()
    if as_carried_after(tok):  # "according to X as cited by Y": Y relays X
        return True
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and described_prep_source(tok.head) \
            and tok.lemma_.lower() in lex.carrying_verbs and any(
                c.dep_ == "agent" for c in tok.children):
        return True  # "according to X, a monitoring group cited by Y": Y relays X
    if carrier_participle(tok):  # "…, sources said, quoted by ANI"; "according to X, cited by Y"
        return is_cue_verb(tok.head) or any(
            c.dep_ == "prep" and c.lower_ in lex.relaying_prepositional and c.i < tok.i
            for c in tok.head.children)
    if tok.dep_ != "advcl" or tok.lemma_.lower() not in lex.carrying_verbs or not any(
            m.dep_ == "mark" and m.lower_ == "as" for m in tok.children):
        return False
    head = tok.head
    return is_cue_verb(head) or (head.dep_ == "ccomp" and is_cue_verb(head.head))


def is_stance(cue: Cue) -> bool:
    return cue.token.lemma_.lower() in cue_lexicon().stance_verbs and not cue.prepositional


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
