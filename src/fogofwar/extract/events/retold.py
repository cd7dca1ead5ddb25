"""One occurrence told by several triggers of one sentence is one event.

A sentence often names one attack twice: by its act and by its harm ("Russian forces attacked a
market, killing innocent people", "Ten people were killed in Ukrainian shelling on the city",
"the bandits invaded the village and started shooting"). Each trigger gives an event, and the
export listed the same occurrence two or three times, with the same doer and the same toll
(the dev set's README: one event per occurrence per sentence). Events of one sentence and one
type are one occurrence when nothing tells them apart: the same doer (or one names none), the
same figures, the same date, neither negated, hypothetical or recalled unlike the other. A
later one is dropped when it names no doer, victim, place or day the first does not (one that
does is kept: the export's arguments and the incidents built on them stay as they were). Two
occurrences told in one sentence differ in their doer or their toll ("gunmen killed three in
Kauda and a car bomb killed five in Tima") and stay apart.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ...records import Event, Mention


def _doer(m: Mention | None) -> str | None:
    return None if m is None else (m.actor_id or m.text.casefold())


def _toll(ev: Event) -> Counter:
    return Counter((f.category, f.value) for f in ev.figures)


def _same_occurrence(a: Event, b: Event) -> bool:
    if (a.type, a.sentence, a.in_title) != (b.type, b.sentence, b.in_title):
        return False
    if (a.negated, a.hypothetical, a.background) != (b.negated, b.hypothetical, b.background):
        return False
    da, db = _doer(a.actor), _doer(b.actor)
    if da is not None and db is not None and da != db:
        return False
    if a.date is not None and b.date is not None and a.date != b.date:
        return False
    return _toll(a) == _toll(b)


def _within(m: Mention | None, kept: Mention | None) -> bool:
    """The mention adds nothing to the kept one's: none, or the same words (or the end of
    them: "nine people" after "at least nine people")."""
    if m is None:
        return True
    if kept is None:
        return False
    a, b = m.text.casefold(), kept.text.casefold()
    return a == b or b.endswith(" " + a) or (m.actor_id is not None and m.actor_id == kept.actor_id)


def _place_within(ev: Event, kept: Event) -> bool:
    p, k = ev.place, kept.place
    return p is None or (k is not None and (p.name or p.text) == (k.name or k.text))


def _adds_nothing(ev: Event, kept: Event) -> bool:
    """`ev` tells the occurrence `kept` tells, and names no doer, victim, place or day it
    does not."""
    return (_same_occurrence(kept, ev) and _within(ev.actor, kept.actor)
            and _within(ev.target, kept.target) and _place_within(ev, kept)
            and (ev.date is None or ev.date == kept.date))


def merge_retold(events: Sequence[Event]) -> list[Event]:
    """The events, each occurrence once: a later event of the same sentence that tells the
    same occurrence as a kept one (`_same_occurrence`) and names no doer, victim, place or
    day the kept one does not is dropped; its means fills the kept one's gap. A kept one
    that names nothing the later one does not gives way to it the same way ("a missile hit,
    ... hit the house": the act with the house is the one event), in its place."""
    kept: list[Event] = []
    for ev in events:
        first = next((k for k in kept if _adds_nothing(ev, k)), None)
        if first is not None:
            first.mode = first.mode or ev.mode
            continue
        poorer = next((i for i, k in enumerate(kept) if _adds_nothing(k, ev)), None)
        if poorer is not None:
            ev.mode = ev.mode or kept[poorer].mode
            kept[poorer] = ev
            continue
        kept.append(ev)
    return kept
