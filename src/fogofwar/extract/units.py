"""Statement units: the spans of text a claim can cover.

spaCy's sentences are the starting point, but two things in war reporting break them: a quote
that runs over several sentences is one statement by one speaker (so sentence breaks inside
quotation marks are undone), and a line break always ends a statement (bullet lists, signature
lines and headlines carry no final full stop). Each unit also knows its paragraph so that a
quote-only paragraph can be attributed to the speaker of the paragraph before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from spacy.tokens import Doc, Span

from ..annotate.lines import wrapped
from ..annotate.pipeline import doc_text
from ..annotate.table import token_table

OPEN_QUOTES = "“«„"
CLOSE_QUOTES = "”»"
STRAIGHT_QUOTE = '"'
_QUOTE_MARKS = re.compile(f"[{OPEN_QUOTES}{CLOSE_QUOTES}{STRAIGHT_QUOTE}\n]")
BULLETS = ("•", "·", "▪", "●", "◦", "*", "-")


@dataclass
class Unit:
    """A statement span: a doc Span (token range) and the paragraph it belongs to."""

    span: Span
    paragraph: int

    @property
    def start(self) -> int:
        return self.span.start_char

    @property
    def end(self) -> int:
        return self.span.end_char

    @cached_property
    def text(self) -> str:
        # Span.text joins the span's tokens (a Token object each), and units are read many
        # times: the same characters cut from the doc's text, kept once
        return doc_text(self.span.doc)[self.span.start_char:self.span.end_char]


@lru_cache(maxsize=1024)
def quote_depths(text: str) -> tuple[int, ...]:
    """Quotation depth (0 or more) at every character, for double quotes straight or curly.

    Single quotes are ignored: in this genre they are scare quotes ('regime forces') and
    apostrophes, not reported speech. Entry k is the depth after the text's first k characters.
    The depth changes only at a quote mark or line break, so the runs between them are filled
    at once, not character by character; and the result is remembered (bounded, immutable):
    claims read one unit's depths two or three times (cues, groups, quote-only units).
    """
    depths = [0] * (len(text) + 1)
    depth, straight_open, filled = 0, False, 0  # depths[:filled] are final
    for m in _QUOTE_MARKS.finditer(text):
        i, ch = m.start(), m.group()
        if depth:
            depths[filled:i + 1] = [depth] * (i + 1 - filled)
        if ch in OPEN_QUOTES:
            depth += 1
        elif ch in CLOSE_QUOTES:
            depth = max(0, depth - 1)
        elif ch == STRAIGHT_QUOTE:
            depth += -1 if straight_open else 1
            straight_open = not straight_open
        else:
            depth, straight_open = 0, False  # a quote never runs over a paragraph break
        depths[i + 1], filled = depth, i + 2
    if depth:
        depths[filled:] = [depth] * (len(depths) - filled)
    return tuple(depths)


def _wrapped(before: str, piece: str, gap: str) -> bool:
    """Whether a line break cuts one sentence in two, as on a page saved with hard-wrapped
    lines ("… killed in the restive" / "north of the country, sources told AFP."): the line
    before ends mid-phrase on a word or comma and the next goes on in lower case (the same
    test that keeps the parser from starting a sentence there, annotate.lines)."""
    return not gap.strip() and wrapped(before, piece)


def _continues(before: str, piece: str, gap: str) -> bool:
    """Whether the parser cut a sentence before a comma or semicolon on the same line ("… the
    motives behind the killings" / ", he said."): no statement opens on that punctuation,
    so the piece is the tail of the one before, often its attribution."""
    first = piece.lstrip()
    return "\n" not in gap and bool(before.strip()) and first[:1] in ",;"


def _cut_short(before: str, piece: str, gap: str) -> bool:
    """Whether the parser ended a sentence inside one line where no sentence ends: the piece
    before stops mid-phrase (on a word or comma) and this one goes on with a bracket or in
    lower case ("… in eastern Democratic Republic of Congo" / "[DRC] this week, local sources
    told AFP …")."""
    last = before.rstrip()
    first = piece.lstrip()
    return ("\n" not in gap and bool(last) and bool(first)
            and (last[-1].isalnum() or last[-1] == ",")
            and (first[0] in "[(" or first[0].islower()))


def _labelled(before: str, gap: str) -> bool:
    """Whether the piece before is a label the parser cut off at its colon, on the same line
    as what it heads ("Pakistan:" / "Taliban kill local chief", "Camp Simba: ..."): one to
    three capitalised words and the colon, which state nothing alone."""
    label = before.strip()
    words = label[:-1].split()
    return ("\n" not in gap and label.endswith(":") and 1 <= len(words) <= 3
            and all(w[0].isupper() for w in words))


def _line_pieces(sent: Span, text: str) -> list[Span]:
    """Split a sentence at tokens holding a line break; drop whitespace-only pieces."""
    pieces: list[Span] = []
    start = sent.start
    row = token_table(sent.doc)
    for i in range(sent.start, sent.end):
        if "\n" in row.text[i] or "\n" in row.whitespace[i]:
            end = i if row.is_space[i] else i + 1
            if end > start:
                pieces.append(sent.doc[start:end])
            start = i + 1
    if start < sent.end:
        pieces.append(sent.doc[start:sent.end])
    return [p for p in pieces if text[p.start_char:p.end_char].strip()]


def _trim(span: Span) -> Span | None:
    """Strip leading and trailing whitespace tokens."""
    start, end = span.start, span.end
    space = token_table(span.doc).is_space
    while start < end and space[start]:
        start += 1
    while end > start and space[end - 1]:
        end -= 1
    return span.doc[start:end] if end > start else None


def statement_units(doc: Doc) -> list[Unit]:
    """The doc's statement units in text order, quotes merged (a paragraph quoted in single
    marks too), lines split, paragraphs counted."""
    text = doc_text(doc)
    depths = quote_depths(text)
    pieces = [p for sent in doc.sents for p in _line_pieces(sent, text)]
    merged: list[Span] = []
    for piece in pieces:
        gap = text[merged[-1].end_char:piece.start_char] if merged else ""
        last = text[merged[-1].start_char:merged[-1].end_char] if merged else ""
        now = text[piece.start_char:piece.end_char]
        bullet = merged and last.strip() in BULLETS
        quoted = depths[piece.start_char] > 0 or _single_quoted_at(text, piece.start_char,
                                                                   piece.end_char)
        if merged and ((quoted or bullet) and "\n" not in gap
                       or _wrapped(last, now, gap)
                       or _cut_short(last, now, gap)
                       or _continues(last, now, gap)
                       or _labelled(last, gap)):
            merged[-1] = doc[merged[-1].start:piece.end]
        else:
            merged.append(piece)
    units: list[Unit] = []
    paragraph = 0
    previous_end = 0
    for span in merged:
        trimmed = _trim(span)
        if trimmed is None:
            continue
        if "\n" in text[previous_end:trimmed.start_char] and units:
            paragraph += 1
        units.append(Unit(trimmed, paragraph))
        previous_end = trimmed.end_char
    return units


def is_quoted(text: str) -> bool:
    """Whether a unit carries reported speech: it holds a pair of double quotation marks."""
    opens = sum(text.count(q) for q in OPEN_QUOTES)
    closes = sum(text.count(q) for q in CLOSE_QUOTES)
    return bool(opens and closes) or text.count(STRAIGHT_QUOTE) >= 2


SINGLE_OPEN = "'‘"
SINGLE_CLOSE = "'’"


def single_quoted_paragraph(unit: Unit) -> bool:
    """Whether a unit stands in a paragraph that is one quotation in single marks (see
    `_single_quoted_at`)."""
    return _single_quoted_at(doc_text(unit.span.doc), unit.start, unit.end)


def _single_quoted_at(text: str, start: int, end: int) -> bool:
    """Whether the paragraph holding text[start:end] is one quotation in single marks ("'I am
    scared they will come back. I cannot sleep.'"): it opens on a single mark before a letter
    and closes on one after the sentence's final punctuation, so neither is an apostrophe
    ("'90s", "the soldiers' camp"). `quote_depths` leaves single marks out (inside a line
    they are scare quotes and apostrophes); a whole paragraph so marked is speech, as a
    double-quoted one is."""
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    para = text[first:last if last >= 0 else len(text)].strip()
    return (len(para) > 3 and para[0] in SINGLE_OPEN and para[1].isalpha()
            and para[-1] in SINGLE_CLOSE and para[-2] in ".?!,"
            and not any(ch in OPEN_QUOTES + CLOSE_QUOTES + STRAIGHT_QUOTE for ch in para))


def is_quote_only(text: str) -> bool:
    """Whether a unit is nothing but a quotation (the speaker was named a paragraph before)."""
    stripped = text.strip()
    if not stripped or stripped[0] not in OPEN_QUOTES + STRAIGHT_QUOTE:
        return False
    depths = quote_depths(stripped)
    outside = (ch for i, ch in enumerate(stripped) if depths[i] == 0 and depths[i + 1] == 0)
    return not any(ch.isalnum() for ch in outside)
