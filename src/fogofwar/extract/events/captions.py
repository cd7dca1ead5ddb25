"""Photo captions the cleaning kept: a picture described, not an event reported.

Wire photos carry a caption set as a line of its own that ends with the place and the full date
the picture was taken: "Rescuers work at the site of a mall hit by a missile strike in
Kremenchuk, Ukraine June 27, 2022.", "Police inspect the scene of a bombing in the city centre,
14 July 2015.", "Relatives of the victims at the hospital in Mekelle on June 23, 2021." The
strike or bombing it names is the story's own, told in the body; an event read from the
caption is a false event (a second copy, or one of the wrong type). The signs: a line that ends
with a day, month and year (nothing but a credit in brackets after it), and whose sentence
describes the picture: its root is a verb in the present tense ("work", "rises", "stands") or
a noun with no verb of its own ("The crater caused by a roadside bomb ..."), or the date follows
a comma as the caption's last item ("..., Aug. 16, 2017."). A body sentence that ends with its
date tells the past ("The attack happened in Kabul on June 3, 2021.") and is left alone.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Span

from ...annotate.pipeline import doc_text
from ...resolve.date_pack import month_names

#: Root tags of a sentence that describes a picture: the present tense, or a bare noun phrase.
_PRESENT = ("VBZ", "VBP")
_NOMINAL = ("NOUN", "PROPN", "PRON")


@cache
def _date_at_end() -> re.Pattern[str]:
    """A full date (day, month and year) closing a line, a bracketed credit allowed after it."""
    names = "|".join(re.escape(n) for n in sorted(month_names(), key=len, reverse=True))
    day, year = r"\d{1,2}", r"(?:19|20)\d{2}"
    date = rf"(?:(?:{names})\.?\s+{day},?\s+{year}|{day}\s+(?:{names})\.?,?\s+{year})"
    return re.compile(rf"(?P<comma>,\s*)?\b{date}\.?\s*(?:\([^()\n]*\))?\s*$", re.IGNORECASE)


def _line(span: Span) -> tuple[int, int]:
    text = doc_text(span.doc)
    start = text.rfind("\n", 0, span.start_char) + 1
    end = text.find("\n", span.end_char)
    return start, len(text) if end < 0 else end


def is_caption(span: Span) -> bool:
    """Whether a statement unit is (part of) a photo caption line: the line ends with a full
    date, and its last sentence's root is a present-tense verb or a noun, or the date follows a
    comma as the last item of the line."""
    start, end = _line(span)
    line = doc_text(span.doc)[start:end]
    match = _date_at_end().search(line)
    if match is None or not line[:match.start()].strip():
        return False
    if match.group("comma"):
        return True
    doc = span.doc
    last = doc.char_span(start, end, alignment_mode="expand")
    if last is None:
        return False
    sents = list(last.sents)
    root = sents[-1].root if sents else None
    if root is None:
        return False
    if root.tag_ in _PRESENT:
        return True
    return root.pos_ in _NOMINAL and not any(
        t.pos_ in ("VERB", "AUX") and t.tag_ in ("VBD", "VBZ", "VBP", "MD") and t.head.i == root.i
        and t.dep_ in ("aux", "auxpass", "cop") for t in sents[-1])
