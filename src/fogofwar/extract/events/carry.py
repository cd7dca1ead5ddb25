"""Actors carried from one mention of an incident to another that leaves them out.

News prose names who attacked once and then goes on without them: "Russian forces shelled
Kherson on Monday. ... A 48-year-old man was wounded in the village of Stanislav as a result of
shelling." The second sentence is the same side's violence, and a reader takes its actor from
the nearest naming before it. A headline does the opposite: "Drone strike kills PKK commander
in Iraq" names no actor, and the lede that follows ("... blaming the strike on Turkey") does.
Only events that happened, of one kind (violence with violence), carry; a carried actor is the
mention that named it, so its offsets point where the article said it.

The same prose refers back to an incident it has reported ("Naqvi condemned the attack",
"the attack occurred in an area disputed between ..."): such a definite mention that adds no
actor, target, place or figure to what the article said of that kind of event before is the
same occurrence again, not another event, and is dropped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ...records import Event, Mention
from .classes import class_of_text, class_pack
from .coding import same_kind, unnamed_victims
from .pack import event_rules


def _weak(actor: Mention | None) -> bool:
    """No actor, or a pronoun nothing resolved ("it", "they"), which names nobody."""
    return actor is None or (actor.text.casefold() in class_pack().pronouns
                             and actor.actor_id is None)


def _carried(actor: Mention) -> Mention:
    """A copy of the naming mention for an event that did not name it itself. Its side is
    left unset: the side is what incidents compare to join or part reports, and an actor
    inferred from the prose around is no statement of who did it; the name, id and class
    still say who is meant."""
    return replace(actor, side=None)


def _happened(ev: Event) -> bool:
    return not ev.negated and not ev.hypothetical


def _distinct(actor: Mention, ev: Event) -> bool:
    """The carried actor is not who the event was done to, nor on its side ("troops
    attacked ... soldiers were killed": the soldiers did not kill themselves; in a reply,
    "regime targets were struck" by the other side)."""
    target = ev.target
    if target is None:
        return True
    if target.side is not None and target.side == actor.side:
        return False  # "115 regime targets were struck": not by the regime, whoever struck
    return actor.text.casefold() != target.text.casefold() and (
        actor.actor_id is None or actor.actor_id != target.actor_id)


def carry_actors(events: Sequence[Event]) -> None:
    """Give a body event with no actor the actor of the nearest event of its kind that names
    one itself (not one that was itself carried): later in its own sentence, else earlier."""
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
            ev.actor = _carried(source.actor)


def _anchored(actor: Mention, text: str) -> Mention:
    """A mention carried between the headline and the body, with offsets into the text of the
    event that now holds it: where that text names it too, else the empty span 0-0, so that
    offsets never point at other words (the schema says what 0-0 means)."""
    at = text.find(actor.text)
    if at < 0:
        return replace(actor, start=0, end=0)
    return replace(actor, start=at, end=at + len(actor.text))


def title_from_body(head: Sequence[Event], body: Sequence[Event], title: str = "",
                    text: str = "") -> None:
    """A headline event with no actor takes the actor of the first body event of its kind
    that names one: the lede states the headline's event in full. A body event that no
    earlier sentence gives an actor takes the headline's ("Two civilians killed in shelling
    by Ukrainian troops" over "two men were wounded as a result of an attack"). Offsets of
    the headline's events are into `title`, the body's into `text`: a carried mention is
    re-anchored in its new text."""
    own = {id(ev): ev.actor for ev in (*head, *body)}
    _carry_title(head, body)
    for events, into in ((head, title), (body, text)):
        for ev in events:
            a = ev.actor
            if a is not None and a is not own[id(ev)] and into[a.start:a.end] != a.text:
                ev.actor = _anchored(a, into)


def _carry_title(head: Sequence[Event], body: Sequence[Event]) -> None:
    for ev in head:
        if not _weak(ev.actor) or not _happened(ev):
            continue
        source = next((e for e in body if _happened(e) and same_kind(e.type, ev.type)
                       and not _weak(e.actor) and e.actor is not None
                       and _distinct(e.actor, ev)), None)
        if source is not None:
            ev.actor = _carried(source.actor)
    carry_actors([*head, *body])


def _same(a: Mention | None, earlier: list[Mention], tail: bool = False) -> bool:
    """Whether a mention names one of the earlier ones again; with `tail`, also by the end
    of its words ("three farmers" after "at least three farmers")."""
    return a is None or any(a.text.casefold() == b.text.casefold() or (
        a.actor_id is not None and a.actor_id == b.actor_id) or (
        tail and _ends_with(b.text, a.text)) for b in earlier)


def _ends_with(longer: str, shorter: str) -> bool:
    words, tail = longer.casefold().split(), shorter.casefold().split()
    return len(tail) >= 2 and words[-len(tail):] == tail


def _old_figures(ev: Event, same: Sequence[Event]) -> bool:
    """Whether every figure of the event was given already by an earlier event of its kind
    ("the attack killed nine people" after "a strike killed nine people"). A count of no
    known category that names no people ("other": "The strikes came after tensions between
    the two countries", "lasted from 7.30") tells nothing the act did, so it adds no argument
    to the incident told; one of people ("Over 50 innocent people ... lost their lives")
    may count its victims and still does."""
    seen = {(f.category, f.value) for e in same for f in e.figures}
    return all((f.category, f.value) in seen for f in ev.figures if _counts_harm(f))


def _counts_harm(fig) -> bool:
    """A figure that may count what the act did: any known category, or people."""
    if fig.category != "other":
        return True
    noun = (fig.counts or "").lower()
    return bool(noun) and (class_of_text(noun) is not None or noun in (
        event_rules().unsure_victims | event_rules().civilian_victims))


def _adds_nothing(ev: Event, before: Sequence[Event]) -> bool:
    same = [e for e in before if _happened(e) and same_kind(e.type, ev.type)]
    if not same or not _old_figures(ev, same):
        return False
    places = {(p.name or p.text).casefold() for e in same if (p := e.place) is not None}
    return ((_weak(ev.actor) or _same(ev.actor, [e.actor for e in same if e.actor is not None]))
            and (_counted_only(ev) or _weak(ev.target) or _same(
                ev.target, [e.target for e in same if e.target is not None], tail=True))
            and (ev.place is None or (ev.place.name or ev.place.text).casefold() in places))


def _counted_only(ev: Event) -> bool:
    """A target that only counts the victims its figures give ("nine people", "56 others"):
    with figures told before, it names nobody new."""
    t = ev.target
    if t is None or not ev.figures or t.actor_id is not None:
        return False
    return any(ch.isdigit() for ch in t.text) or unnamed_victims(t)


def date_from_repeats(events: Sequence[Event], referring: Sequence[bool],
                      own_day: Sequence[bool]) -> None:
    """Give the day a definite mention tells of itself (`own_day`: "The strikes on Friday
    night scattered debris", "the August 10 strike") to the earlier mentions of its kind that told
    none, when it adds nothing else to them and so is about to be dropped as the same
    occurrence again (`without_repeats`): a lede often tells the toll of "a missile attack"
    undated and only a later sentence says when. Not when an earlier one of that kind is
    dated another day (two occurrences, or a recalled one)."""
    for i, ev in enumerate(events):
        if not (referring[i] and own_day[i] and ev.date is not None and _happened(ev)):
            continue
        same = [e for e in events[:i] if _happened(e) and same_kind(e.type, ev.type)]
        if any(e.date is not None and e.date != ev.date for e in same) or not _adds_nothing(
                ev, events[:i]):
            continue
        for e in same:
            if e.date is None:
                e.date, e.date_precision = ev.date, ev.date_precision


def without_repeats(events: list[Event], referring: Sequence[bool]) -> list[Event]:
    """The events, less the definite mentions (`referring`) of an incident already reported
    that add no argument to it: "the attack" again is the same attack."""
    return [ev for i, ev in enumerate(events)
            if not (referring[i] and _happened(ev) and _adds_nothing(ev, events[:i]))]


def without_described(events: list[Event], described: Sequence[bool]) -> list[Event]:
    """The events, less those whose trigger only describes the victims of an act
    (`generic.described_victims`: "the soldiers killed belonged to the 5th brigade") when an
    earlier event of its kind told the act: the victims are the earlier event's, named or
    counted again. The first telling of a page keeps its event."""
    return [ev for i, ev in enumerate(events)
            if not (described[i] and _happened(ev) and any(
                _happened(e) and same_kind(e.type, ev.type) for e in events[:i]))]
