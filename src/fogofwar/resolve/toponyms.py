"""Which spans of a doc name places, and what their words say about the kind of place.

Separate from ranking because finding a toponym ("is this a place at all?") and choosing its
reading ("which Idlib?") fail in different ways and are measured separately (recognition vs
resolution in bench/geoparse.py).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span

from ..annotate.packdata import actor_packs
from ..records import Mention
from . import gazetteer
from .ranking import kind_words

PLACE_LABELS = {"GPE", "LOC", "FAC"}
CONTEXT_BEFORE, CONTEXT_AFTER = 3, 2


def context_code(span: Span) -> str | None:
    """The feature code that words just before or after the name ask for, if any."""
    words = kind_words()
    doc = span.doc
    sent = span.sent if doc.has_annotation("SENT_START") else doc[:]
    window = list(doc[max(sent.start, span.start - CONTEXT_BEFORE):span.start])
    window += list(doc[span.end:min(sent.end, span.end + CONTEXT_AFTER)]) + list(span)
    return next((words[t.lower_] for t in window if t.lower_ in words), None)


def core_name(span: Span) -> str:
    """The name without a leading article, possessive or trailing kind word ("Idlib province",
    "Turkey's")."""
    words = kind_words()
    toks = [t for t in span if t.lower_ != "the"]
    while toks and toks[-1].lower_ in ("'s", "’s", "'", "’"):
        toks.pop()
    while len(toks) > 1 and toks[-1].lower_ in words:
        toks.pop()
    return span.doc[toks[0].i:toks[-1].i + 1].text if toks else span.text


def find_toponyms(doc: Doc, actors: Sequence[Mention] = ()) -> list[Span]:
    """Place-labelled ents not used as actors, plus unlabelled-as-place ents that exactly name
    a place in the conflict's focus countries ("Khan Sheikhoun" tagged PERSON by spaCy).

    Demonyms are not places here: "Turkish troops" says who, not where."""
    packs = actor_packs()
    taken = {(m.start, m.end) for m in actors}
    spans = []
    for ent in doc.ents:
        if (ent.start_char, ent.end_char) in taken or ent.text in packs.demonyms:
            continue
        if ent.label_ in PLACE_LABELS:
            spans.append(ent)
        elif ent.label_ in ("PERSON", "ORG") and not ent.ent_id_ and gazetteer.exact_in(
                ent.text, packs.focus_countries):
            spans.append(ent)
    return spans
