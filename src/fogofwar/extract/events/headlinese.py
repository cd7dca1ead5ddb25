"""Headlinese: the passive a headline writes with its auxiliary left out.

"Police Killed, Transport Paralyzed After Al-Shabaab Attack", "Journalist shot dead in
Kabul": the tagger reads the participle as a past tense and its noun phrase as the subject,
which swaps who did it and to whom. A headline narrates an actor's act in the present
("Gunmen kill 5"), so a past form of a casualty or arrest verb after its noun phrase, with no
object, is the passive there: the phrase is the target. Only a headline, or a line of the
body that reads like one (a sentence alone on its line, short, with no closing stop: a
sub-heading), is read so; a body sentence's "police killed" keeps its active reading. The
actor then comes from a "by X" phrase or from the act the victims fell in ("after/in X
attack").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ...clean.page import is_headline
from ..lexicon import event_lexicon
from .pack import event_rules

#: The `Doc.user_data` key saying the doc is a headline (set by the events extractor).
HEADLINE = "fogofwar.headline"
#: Dependencies that give a verb an object or a complement, which a passive has none of.
_OBJECTS = ("aux", "auxpass", "dobj", "dative", "attr", "ccomp", "xcomp")
_PAST = ("VBD", "VBN")


def mark_headline(doc: Doc, headline: bool) -> None:
    """Record whether `doc` is a headline, for the argument readers deep in the parse."""
    doc.user_data[HEADLINE] = headline


def in_headline(tok: Token) -> bool:
    """In the headline, or in a body line that is a headline of its own."""
    return bool(tok.doc.user_data.get(HEADLINE)) or _title_like(tok.sent)


def _title_like(sent: Span) -> bool:
    """A sentence that is a whole line and reads as a headline: a hard-wrapped fragment of
    a longer sentence is no line of its own, so it never qualifies."""
    text = sent.doc.text
    start, end = sent.start_char, sent.end_char
    alone = (start == 0 or text[:start].rstrip(" \t").endswith("\n")) and (
        end == len(text) or text[end:].lstrip(" \t").startswith("\n") or not text[end:].strip())
    return alone and is_headline(sent.text)


def headline_passive(tok: Token) -> Token | None:
    """The noun phrase a headline's auxiliary-less passive was done to ("Police Killed",
    "Journalist shot dead"), or None when `tok` is no such participle."""
    if not in_headline(tok) or tok.tag_ not in _PAST or (
            tok.lemma_.lower() not in event_rules().headline_passives):
        return None
    if any(c.dep_ in _OBJECTS or (c.like_num and c.i > tok.i) for c in tok.children):
        return None  # "Gunmen Killed 5 Soldiers": an object, so an active verb
    return next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i),
                None)


def cause_nouns(tok: Token) -> list[Token]:
    """The attacks a headline's victims fell in ("... After Al-Shabaab Attack", "... In
    Militant Ambush"), anywhere in its sentence (a headline's clauses are loosely parsed),
    nearest to `tok` first."""
    if not in_headline(tok):
        return []
    preps = event_rules().headline_cause_preps
    nouns = event_lexicon().nouns
    found = [t for t in tok.sent if t.dep_ == "pobj" and t.head.lower_ in preps
             and nouns.get(t.lemma_.lower()) in ("ASSAULT", "FIGHT")]
    return sorted(found, key=lambda t: abs(t.i - tok.i))
