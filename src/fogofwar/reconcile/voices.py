"""One voice, one side: a claimant of no known side takes the side of a sided claimant of the
same incident whose name holds all its distinctive words.

Reports name one source several ways: "Azerbaijan's Prosecutor General's Office" in one
article, "the Prosecutor General's Office" in the next. Only the first names the country, so
only it gets a side, and the two then read as a claimant without a side against a sided one:
a toll the office revised from 28 to 35 injured became a contradiction. Within one incident
an unsided claimant whose distinctive name words ("prosecutor") all appear, with more, in the
names of sided claimants of one side only takes that side. Generic words ("ministry",
"office", "officials": the pack's `claimant_generic_words`) never decide: "the health
ministry" must not join the side of "the defence ministry" of the other party. Two known
sides among the matches decide nothing.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from ..packs import load_pack, require
from .incidents import EventRef

_WORD = re.compile(r"[^\W\d_]{3,}")


@cache
def generic_words() -> frozenset[str]:
    """Name words that say what a source is, not which one, lower case, from the pack."""
    return frozenset(w.lower() for w in require(load_pack("reconcile"), "reconcile",
                                                "claimant_generic_words", list))


def name_words(claimant: str) -> set[str]:
    """A claimant's distinctive words: lower case, possessives dropped, generic words out."""
    text = claimant.lower().replace("\u2019", "'")
    words = {w for w in _WORD.findall(re.sub(r"'s\b", "", text))}
    return words - generic_words()


def inherited_sides(refs: Sequence[EventRef]) -> dict[str, str]:
    """Unsided claimant -> the one known side of the sided claimants whose names hold all its
    distinctive words and more: a shorter name of the same source ("the Prosecutor General's
    Office" of "Azerbaijan's Prosecutor General's Office"), never a name that adds a word of
    its own ("Ukrainian separatists" is no shorter "Ukrainian army") nor one that only repeats
    a sided name's words ("News of Israel" beside "Israel": an outlet named after a party is
    not that party's voice)."""
    sided: dict[frozenset[str], set[str]] = defaultdict(set)
    unsided: set[str] = set()
    for r in refs:
        if not r.side:
            unsided.add(r.claimant)
        elif words := name_words(r.claimant):
            sided[frozenset(words)].add(r.side)
    out: dict[str, str] = {}
    for claimant in unsided:
        words = name_words(claimant)
        if not words:
            continue
        sides = set().union(*(s for name, s in sided.items() if words < name))
        if len(sides) == 1:
            out[claimant] = sides.pop()
    return out


def with_inherited_sides(refs: Sequence[EventRef]) -> list[EventRef]:
    """The incident's refs, unsided claimants given the side their name shares (see module)."""
    sides = inherited_sides(refs)
    if not sides:
        return list(refs)
    return [replace(r, side=sides[r.claimant]) if not r.side and r.claimant in sides else r
            for r in refs]
