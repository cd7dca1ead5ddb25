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

import re

from spacy.tokens import Doc, Span, Token

from ...annotate.pipeline import doc_text
from ...clean.page import is_headline
from ..lexicon import event_lexicon
from .pack import event_rules

#: The `Doc.user_data` key saying the doc is a headline (set by the events extractor).
HEADLINE = "fogofwar.headline"
#: Dependencies that give a verb an object or a complement, which a passive has none of.
_OBJECTS = ("aux", "auxpass", "dobj", "dative", "attr", "ccomp", "xcomp")
_PAST = ("VBD", "VBN")
#: A blank line just before a position (a line's start), or from a line's end on.
_BLANK_BEFORE = re.compile(r"\n[ \t]*\n\Z")
_BLANK_AFTER = re.compile(r"[ \t]*(\Z|\n[ \t]*(\n|\Z))")


def mark_headline(doc: Doc, headline: bool) -> None:
    """Record whether `doc` is a headline, for the argument readers deep in the parse."""
    doc.user_data[HEADLINE] = headline


def in_headline(tok: Token) -> bool:
    """In the headline, or in a body line that is a headline of its own."""
    return bool(tok.doc.user_data.get(HEADLINE)) or _title_line(tok) is not None


def _title_line(tok: Token) -> Span | None:
    """The paragraph `tok` stands in when it is one short line that reads as a headline (a
    sub-heading). Blank lines (or the text's edges) must close it on both sides: a
    hard-wrapped fragment of a longer sentence never qualifies."""
    text = doc_text(tok.doc)  # Doc.text joins every token again on each read
    start = text.rfind("\n", 0, tok.idx) + 1
    end = text.find("\n", tok.idx)
    end = len(text) if end < 0 else end
    alone = (not text[:start].strip() or _BLANK_BEFORE.search(text, 0, start) is not None) and (
        _BLANK_AFTER.match(text, end) is not None)
    if not alone or not is_headline(text[start:end]):
        return None
    return tok.doc.char_span(start, end, alignment_mode="contract")


def headline_passive(tok: Token) -> Token | None:
    """The noun phrase a headline's auxiliary-less passive was done to ("Police Killed",
    "Journalist shot dead"), or None when `tok` is no such participle."""
    if tok.tag_ not in _PAST or tok.lemma_.lower() not in event_rules().headline_passives \
            or not in_headline(tok):  # the line test last: it reads the text around `tok`
        return None
    if any(c.dep_ in _OBJECTS or (c.like_num and c.i > tok.i) for c in tok.children):
        return None  # "Gunmen Killed 5 Soldiers": an object, so an active verb
    return next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i),
                None)


def cause_nouns(tok: Token) -> list[Token]:
    """The attacks a headline's victims fell in ("... After Al-Shabaab Attack", "... In
    Militant Ambush"), anywhere in its sentence (a headline's clauses are loosely parsed),
    nearest to `tok` first."""
    line = None if tok.doc.user_data.get(HEADLINE) else _title_line(tok)
    if line is None and not tok.doc.user_data.get(HEADLINE):
        return []  # neither the headline nor a line reading as one (in_headline, once)
    rules, nouns = event_rules(), event_lexicon().nouns
    preps = rules.headline_cause_preps
    found = [t for t in (line or tok.sent) if t.dep_ == "pobj" and t.head.lower_ in preps
             and nouns.get(t.lemma_.lower()) in rules.violent_types]
    return sorted(found, key=lambda t: abs(t.i - tok.i))
