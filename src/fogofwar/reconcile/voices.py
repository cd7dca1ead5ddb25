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
_ANY_WORD = re.compile(r"[^\W\d_]+")
#: "State Emergency Service of Ukraine" is the service's name, not a fuller name of "Ukraine".
_OWNER_PREPOSITIONS = ("of", "for", "in", "at", "to")


@cache
def generic_words() -> frozenset[str]:
    """Name words that say what a source is, not which one, lower case, from the pack."""
    return frozenset(w.lower() for w in require(load_pack("reconcile"), "reconcile",
                                                "claimant_generic_words", list))


def _folded(claimant: str) -> str:
    """A claimant's name lower case, possessives dropped."""
    return re.sub(r"'s\b", "", claimant.lower().replace("\u2019", "'"))


def name_words(claimant: str) -> set[str]:
    """A claimant's distinctive words: lower case, possessives dropped, generic words out."""
    return set(_WORD.findall(_folded(claimant))) - generic_words()


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


def _tail_words(claimant: str) -> list[str]:
    """A claimant's words in order, lower case, possessives and a leading article dropped."""
    words = _ANY_WORD.findall(_folded(claimant))
    return words[1:] if words and words[0] == "the" else words


def fuller_names(refs: Sequence[EventRef]) -> dict[str, str]:
    """Claimant -> the one longer name of the same incident that ends with it: "Lunin" is
    "Dmytro Lunin", "Zelensky" is "Volodymyr Zelensky", when no other claimant of the incident
    ends the same way. The longer name must end with the shorter one word for word, so "Hamas"
    is never "the Hamas-run health ministry", nor after "of" ("Ukraine" is no "State Emergency
    Service of Ukraine"); a name of generic words only ("the ministry") and a name of another
    side stay as they are."""
    side_of = _side_of(refs)
    tails = {c: _tail_words(c) for c in side_of}
    out: dict[str, str] = {}
    for short, words in tails.items():
        if not name_words(short):
            continue
        longer = [c for c, w in tails.items() if len(w) > len(words) and w[-len(words):] == words
                  and w[-len(words) - 1] not in _OWNER_PREPOSITIONS]
        if len(longer) == 1 and (side_of[short] is None or side_of[longer[0]] in (
                None, side_of[short])):
            out[short] = longer[0]
    return out


def with_fuller_names(refs: Sequence[EventRef]) -> list[EventRef]:
    """The incident's refs, each claimant under its fuller name there (see `fuller_names`), and
    the side that name carries when it had none."""
    names = fuller_names(refs)
    if not names:
        return list(refs)
    side_of = _side_of(refs)
    return [replace(r, claimant=names[r.claimant], side=r.side or side_of[names[r.claimant]])
            if r.claimant in names else r for r in refs]


def _side_of(refs: Sequence[EventRef]) -> dict[str, str | None]:
    """Claimant -> the side its last ref gives."""
    return {r.claimant: r.side for r in refs}
