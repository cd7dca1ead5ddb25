"""A statement's day is not its event's day.

"Troops executed some 300 civilians over five days, the group reported Tuesday" dates the
report, not the killings: the event happened on or before it. Dropping every date that hangs
from a saying verb loses the only day many reports give ("an official said on Thursday" of a
strike that morning), so the day is replaced only when the story goes on, in the same or the
next paragraph, to date an event of the same type itself, and earlier ("The killings took
place between March 27 and 31"): that is the event the statement reported. Types one act of
violence is coded as, sentence by sentence, count as one here ("officials said Monday 18 were
killed in the unrest" coded ASSAULT, then "243 were injured in the clashes Friday" coded FIGHT:
the events pack's `statement_day_groups`). A day further back than the pack's
`statement_day_max_days` is another act the story recalls ("the war began on 7 October"), not
the one the statement reported.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from functools import cache
from typing import Protocol

from spacy.tokens import Doc

from ...annotate.pipeline import doc_text
from ...packs import load_pack, pack_words, require
from ...records import DateRef
from ..claims.reporting_verbs import is_cue_verb
from .context import dates_own_clause, paragraph_start, up_to_verb


class Dated(Protocol):
    """What the rule reads and sets of a coded event (extractor.CodedEvent)."""

    type: str
    trigger_start: int
    date: date | None
    date_precision: str | None
    date_ref: DateRef | None
    date_is_start: bool


def said_on(ref: DateRef, doc: Doc) -> bool:
    """Whether the date hangs from a saying verb ("HRW reported Tuesday"): the first verb
    above it in the parse is a cue verb."""
    span = doc.char_span(ref.start, ref.end, alignment_mode="expand")
    if span is None:
        return False
    *_, top = up_to_verb(span.root)
    if top.pos_ in ("VERB", "AUX") and is_cue_verb(top):
        return True
    # "officials said Monday 14 were killed": the parse may hang the bare day on the reported
    # verb; a day right after a saying verb (past an "on" or a "late"/"early") is still its
    before = span.start - 1
    while before >= 0 and doc[before].lower_ in _day_leads():
        before -= 1
    return before >= 0 and doc[before].pos_ in ("VERB", "AUX") and is_cue_verb(doc[before])


def _day_leads() -> frozenset[str]:
    """Words between a saying verb and the day it was said on ("said late Monday")."""
    return pack_words("events", "statement_day_leads")


@cache
def _kinds() -> dict[str, str]:
    """Event type -> the group it shares a statement's day with (itself when in none)."""
    groups = require(load_pack("events"), "events", "statement_day_groups", list)
    return {t: "+".join(sorted(g)) for g in groups for t in g}


@cache
def _max_days() -> int:
    """How many days before its statement an event may be dated by the story that goes on."""
    return int(require(load_pack("events"), "events", "statement_day_max_days", int))


def same_kind(a: str, b: str) -> bool:
    """Whether two event types may tell one act for the statement-day rule."""
    return _kinds().get(a, a) == _kinds().get(b, b)


def redate_statements(events: Sequence[Dated], doc: Doc) -> None:
    """Give a statement-dated event the earlier own day of the next same-type event the
    story dates within its paragraph or the next one (see the module docstring)."""
    text = doc_text(doc)
    for i, ev in enumerate(events):
        ref = ev.date_ref
        if ref is None or ref.value is None or ev.date_is_start or not said_on(ref, doc):
            continue
        para = paragraph_start(text, ev.trigger_start)
        for later in events[i + 1:]:
            own = later.date_ref
            if not same_kind(later.type, ev.type) or own is None or own.value is None \
                    or later.date_is_start:
                continue
            if not _within_next_paragraph(text, para, later.trigger_start):
                break
            if own.value < ref.value and (ref.value - own.value).days <= _max_days() \
                    and _owns(own, later.trigger_start, doc):
                ev.date, ev.date_precision, ev.date_ref = own.value, own.precision, own
            break


def _owns(ref: DateRef, trigger_start: int, doc: Doc) -> bool:
    """Whether the date hangs from the event's own verb (not a later statement's day)."""
    span = doc.char_span(trigger_start, trigger_start + 1, alignment_mode="expand")
    return span is not None and dates_own_clause(ref, span[0])


def _within_next_paragraph(text: str, para: int, pos: int) -> bool:
    """Whether pos lies in the paragraph starting at para or the next non-empty one."""
    lines = [ln for ln in text[para:paragraph_start(text, pos)].split("\n") if ln.strip()]
    return len(lines) <= 1
