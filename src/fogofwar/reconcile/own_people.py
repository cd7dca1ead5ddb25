"""A voice counting its own people among the dead: the victims' voice, no witness of its land.

A source of no known side that the packs know as no party is read as a witness of the land its
report is from (`moments.witness`), one of its people, whose toll disputes none of its own
state's. A voice whose own statement counts the dead as *its* people ("more than 70 of his
students", "the bodies of 80 of our pupils", "a thousand of its members", "3,000 of its men")
is not such a witness: the text gives it the side of those dead, a cleric's, a sect's or a
movement's whose people the state's forces killed, and its toll disputes the state's as a party's
does. A claimant named as the state's own body or force ("a military source": "ten of our men")
counts the state's own dead and keeps its reading. The words are the reconcile pack's
`own_people_nouns`, `own_people_possessives` and `own_people_state_words`.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from ..casualties import HURT
from ..packs import load_pack, pack_words, word_set
from ..words import alternation
from .claimant_sides import state_body_words

if TYPE_CHECKING:
    from .incidents import EventRef

_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@cache
def _own_after() -> re.Pattern[str]:
    """What follows a figure counting the voice's own people: an optional noun ("bodies"), then
    "of", a possessive of the pack and a people noun of the pack ("of his students")."""
    pack = load_pack("reconcile")
    owners = sorted(word_set(pack, "reconcile", "own_people_possessives"))
    nouns = sorted(word_set(pack, "reconcile", "own_people_nouns"))
    return re.compile(r"(?:\s+[^\W\d_]+)?\s+of\s+(?:" + alternation(owners)
                      + r")\s+(?:own\s+)?(?:" + alternation(nouns) + r")\b",
                      re.IGNORECASE)


@cache
def _state_words() -> frozenset[str]:
    """Words naming a state's body or force in a claimant (pack and `state_body_words`)."""
    return pack_words("reconcile", "own_people_state_words") \
        | state_body_words()


def counts_own_people(r: EventRef) -> bool:
    """The report's sentence counts one of its figures as the claimant's own people (see
    module), and the claimant is not named as a state's body or force."""
    if {w.lower() for w in _WORD.findall(r.claimant or "")} & _state_words():
        return False
    sentence = r.event.get("sentence") or ""
    for fig in r.event.get("figures", []):
        text = fig.get("text") or ""
        if not text or fig.get("category") not in HURT:
            continue
        start = sentence.find(text)
        while start >= 0:
            if _own_after().match(sentence, start + len(text)):
                return True
            start = sentence.find(text, start + 1)
    return False
