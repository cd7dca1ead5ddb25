"""Flights that are people displaced, not a party withdrawing, read off the parse where no
actor names the fleers: a PLOVER RETREAT is a force leaving ground (the conflict set's
RETREATs are soldiers or attackers who fled); civilians who fled are displaced."""

from __future__ import annotations

from spacy.tokens import Token

from .classes import class_of
from .pack import event_rules

#: Sectors of armed parties (as `coding.ARMED_SECTORS`): forced to flee, they withdraw.
_ARMED = frozenset({"MIL", "REB"})


def displaced_flight(tok: Token) -> bool:
    """A flight verb whose fleers are people, not a party: "those who had fled", "the sole
    survivor fled", "migrants fleeing poverty", whoever escaped a harm ("were injured while
    fleeing the attack"), and whoever an act forced to flee unless armed ("killing 70 and
    forcing over 6,000 to flee"; "forced the soldiers to flee" stays a withdrawal)."""
    rules = event_rules()
    if tok.lemma_.lower() not in rules.flight_verbs:
        return False
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in rules.forcing_verbs:
        forcer = tok.head
        forced = [c for c in forcer.children if c.dep_ in ("dobj", "nsubjpass")]
        forced += [c for c in tok.children if c.dep_ == "nsubj"]
        forced += [g for c in forcer.children if c.dep_ == "prep"  # "forcing over 6,000"
                   for g in c.children if g.dep_ == "pobj"]
        return all(_class_sector(f) not in _ARMED for f in forced)
    if any(c.dep_ == "dobj" and c.lemma_.lower() in rules.flight_harms for c in tok.children):
        return True  # "escaped the attack", "a ship escapes a missile": survived, not withdrew
    fleers = [tok.head if c.tag_ in ("WP", "WDT") and tok.dep_ == "relcl" else c
              for c in tok.children if c.dep_ == "nsubj"]
    if tok.dep_ == "acl" and tok.tag_ == "VBG":
        fleers.append(tok.head)  # "migrants fleeing poverty"
    return any(f.lower_ in rules.flight_people or _class_sector(f) == "CVL" for f in fleers)


def _class_sector(noun: Token) -> str | None:
    cls = class_of(noun)
    return cls.sector if cls is not None else None
