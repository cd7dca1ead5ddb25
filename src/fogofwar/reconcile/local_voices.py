"""Local voices set against the state: residents, witnesses and survivors as a side of their own.

The disputes that matter most are often between a state's toll and what the people where it
happened say: residents, witnesses, survivors, relatives, villagers, a village head, community
or religious leaders, local activists, "local officials" and "local sources". Left with no
side such a voice is a witness of its land (`moments.witness`) and disputes no toll of its own
state, so "the agency buried 85" against the survivors' "93 killed" was no contradiction. The
gold reads them as one side, `local`: where an incident has a state's side among its voices
(a state's strike or a state's toll), an unsided voice of that class takes the side `local`,
so its figures may contradict the state's (disputes.py) and its toll chains with other local
voices only, never with the state's voices or an outlet's narration (revision_chains.py: one
known side is one voice). A state's office named "local" keeps its state ("the local
prosecutor", "local authorities", "the local governor": `claimant_sides.home_body_side`), as
a county commissioner does; a village head speaks for the village. Where no state speaks
(rebels against rebels, a page of NGOs only), nothing changes: two voices of no side dispute
nothing, and a local side would only set the residents against other unsided sources.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..packs import pack_words
from ..resolve.gazetteer import iso2
from .claimant_sides import state_sides

if TYPE_CHECKING:
    from .incidents import EventRef

#: The side local voices take (see module).
LOCAL = "local"


def local_voice_words() -> frozenset[str]:
    """Words that make a claimant a local voice on their own ("residents", "survivors")."""
    return pack_words("reconcile", "local_voice_words")


def local_voice_phrases() -> frozenset[str]:
    """Two-word names of a local voice ("local officials", "village head"), lower case."""
    return pack_words("reconcile", "local_voice_phrases")


def is_local_voice(claimant: str | None) -> bool:
    """A claimant named as one of the people where it happened: one of the pack's words
    ("two witnesses", "Survivors of the attack", "the victims' relatives"), or one of its
    phrases ("local officials", "a local municipal official": "local" and the phrase's last
    word with at most one word between)."""
    words = re.findall(r"[a-z]+", (claimant or "").lower().replace("’", "'"))
    if set(words) & local_voice_words():
        return True
    for phrase in local_voice_phrases():
        first, last = phrase.split()
        for i, w in enumerate(words):
            if w == first and last in words[i + 1:i + 3]:
                return True
    return False


def is_state_side(side: str | None) -> bool:
    """A side that is a state's: a pack's state side ("russia") or a country's own code, as
    `claimant_sides.country_side` gives one ("nga")."""
    if not side:
        return False
    return side in state_sides().values() or (len(side) == 3 and side.islower()
                                              and iso2(side) is not None)


def with_local_sides(refs: Sequence[EventRef]) -> list[EventRef]:
    """The incident's refs, each unsided local voice given the side `local` where a state's
    side speaks in the incident (see module). Parties the packs know, media and an outlet's
    own narration are no local voices, except a voice the packs key by an actor of theirs
    whose page wrote it as a local voice (`spoken_as`: "Locals said", keyed as the actor
    "civilians")."""
    if not any(is_state_side(r.side) for r in refs):
        return list(refs)
    return [replace(r, side=LOCAL) if r.side is None and not r.media and not r.narrated
            and (is_local_voice(r.claimant) and not r.party or is_local_voice(r.spoken_as))
            else r for r in refs]
