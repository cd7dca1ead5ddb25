"""Actors carried from one mention of an incident to another that leaves them out.

News prose names who attacked once and then goes on without them: "Russian forces shelled
Kherson on Monday. ... A 48-year-old man was wounded in the village of Stanislav as a result of
shelling." The second sentence is the same side's violence, and a reader takes its actor from
the nearest naming before it. A headline does the opposite: "Drone strike kills PKK commander
in Iraq" names no actor, and the lede that follows ("... blaming the strike on Turkey") does.
Only events that happened, of one kind (violence with violence), carry; a carried actor is the
mention that named it, so its offsets point where the article said it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ...records import Event, Mention
from .classes import class_pack
from .coding import same_kind


def _weak(actor: Mention | None) -> bool:
    """No actor, or a pronoun nothing resolved ("it", "they"), which names nobody."""
    return actor is None or (actor.text.casefold() in class_pack().pronouns
                             and actor.actor_id is None)


def _happened(ev: Event) -> bool:
    return not ev.negated and not ev.hypothetical


def _distinct(actor: Mention, ev: Event) -> bool:
    """The carried actor is not who the event was done to ("troops attacked ... soldiers
    were killed": the soldiers did not kill themselves)."""
    target = ev.target
    return target is None or (actor.text.casefold() != target.text.casefold() and (
        actor.actor_id is None or actor.actor_id != target.actor_id))


def carry_actors(events: Sequence[Event]) -> None:
    """Give a body event with no actor the actor of the nearest earlier event of its kind
    that names one itself (not one that was itself carried)."""
    named: list[Event] = []
    for i, ev in enumerate(events):
        if not _weak(ev.actor):
            if _happened(ev):
                named.append(ev)
            continue
        if not _happened(ev):
            continue
        # "soldiers were killed and others wounded in an attack blamed on X": the sentence's
        # own later naming first, then the nearest earlier one
        later = [e for e in events[i + 1:] if e.sentence == ev.sentence and not _weak(e.actor)
                 and _happened(e)]
        source = next((e for e in [*later, *reversed(named)] if same_kind(e.type, ev.type)
                       and e.actor is not None and _distinct(e.actor, ev)), None)
        if source is not None:
            ev.actor = replace(source.actor)


def title_from_body(head: Sequence[Event], body: Sequence[Event]) -> None:
    """A headline event with no actor takes the actor of the first body event of its kind
    that names one: the lede states the headline's event in full."""
    for ev in head:
        if not _weak(ev.actor) or not _happened(ev):
            continue
        source = next((e for e in body if _happened(e) and same_kind(e.type, ev.type)
                       and not _weak(e.actor) and e.actor is not None
                       and _distinct(e.actor, ev)), None)
        if source is not None:
            ev.actor = replace(source.actor)
