"""Whether an actor is a non-state armed group, so that it never takes its country's side.

A state's side (from a conflict pack, or its ISO3 code) belongs to its government and forces.
Separatists, rebels and militias operate in a country, often against its state: "Ukrainian
separatists", "Donetsk People's Republic forces" (country UKR) or "Ambazonian separatists"
(country CMR) taking Ukraine's or Cameroon's side made a rebel's toll and the state's look like
one voice. What makes a group non-state is data: sector REB, an armed `type` in the actor
packs (separatist, militia, pmc ...), or a head noun of an armed non-state class in the
actor_classes pack ("separatists", "rebels", "militia").
"""

from __future__ import annotations

import re
from functools import cache

from ..annotate.packdata import ARMED_TYPES, actor_packs
from ..packs import load_pack, require

WORD = re.compile(r"[\w’'-]+")


@cache
def _class_nouns(armed_only: bool) -> frozenset[str]:
    """Head nouns of the actor_classes pack's classes (only the armed non-state ones when
    `armed_only`), lower case."""
    classes = require(load_pack("actor_classes"), "actor_classes", "classes", list)
    return frozenset(n.lower() for c in classes
                     if isinstance(c, dict) and (c.get("armed") or not armed_only)
                     for n in c.get("nouns") or [])


def armed_nouns() -> frozenset[str]:
    """Head nouns of the armed non-state classes of the actor_classes pack, lower case."""
    return _class_nouns(True)


@cache
def force_nouns() -> frozenset[str]:
    """Head nouns of the classes of a state's armed forces (state classes of sector MIL: police,
    security forces, military) in the actor_classes pack, lower case."""
    classes = require(load_pack("actor_classes"), "actor_classes", "classes", list)
    return frozenset(n.lower() for c in classes
                     if isinstance(c, dict) and c.get("state") and c.get("sector") == "MIL"
                     for n in c.get("nouns") or [])


def class_nouns() -> frozenset[str]:
    """Head nouns of every class of the actor_classes pack, lower case: the words a generic
    phrase ("government forces", "rebels") ends in."""
    return _class_nouns(False)


def is_non_state(text: str | None, sector: str | None = None,
                 actor_id: str | None = None) -> bool:
    """True for a mention of a non-state armed group (see module docstring)."""
    if sector == "REB":
        return True
    actor = actor_packs().actors.get(actor_id) if actor_id else None
    if actor is not None and getattr(actor, "type", None) in ARMED_TYPES:
        return True
    words = WORD.findall((text or "").lower())
    return bool(words) and words[-1] in armed_nouns()


@cache
def _groups() -> dict[str, str]:
    """Name or alias, as the packs spell it -> id, of every named non-state armed group."""
    out: dict[str, str] = {}
    for actor in actor_packs().actors.values():
        if named_group(actor.id):
            for name in (actor.name, *actor.aliases):
                out.setdefault(name, actor.id)
    for name, group in list(out.items()):  # as a claimant's words join them: "CPI Maoist"
        out.setdefault(" ".join(WORD.findall(name)), group)
    return out


def named_group(actor_id: str | None) -> bool:
    """Whether a pack actor is a named non-state armed group ("al-Shabaab", "M23"), not a word
    for armed men of no one group ("rebels", "militants")."""
    actor = actor_packs().actors.get(actor_id) if actor_id else None
    return actor is not None and actor.kind == "ORG" and (
        actor.sector == "REB" or getattr(actor, "type", None) in ARMED_TYPES)


def group_called(name: str) -> str | None:
    """The named armed group a name or alias is, exactly as the packs spell it ("KIA"), or None."""
    return _groups().get(name)


def group_named(text: str) -> str | None:
    """The named armed group whose name opens a claimant's name, so that the claimant is the
    group's own ("Houthi health officials", "the BLA spokesperson", "the Taliban government's
    spokesman"), or is the group itself. A hyphened word ("Hamas-run health ministry") is one
    word here: it tells who runs a place's body, not that the body is the group."""
    words = WORD.findall(text)
    if words and words[0].lower() == "the":
        words = words[1:]
    for size in range(min(len(words), 5), 0, -1):
        name = re.sub(r"[’']s?$", "", " ".join(words[:size]))
        if name in _groups():
            return _groups()[name]
        if size > 1 and name.endswith("s") and name[:-1] in _groups():  # "CPI (Maoists)"
            return _groups()[name[:-1]]
    return None
