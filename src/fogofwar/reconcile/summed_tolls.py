"""A toll a statement gives in groups of people that make it up together: their sum.

"12 adults and two children were killed", "three women, five children and two men died",
"killing one service member and two contractors", "two soldiers and three civilians died": the
statement's toll is 14, 10, 3 or 5, told as groups that do not overlap. Read as separate
figures, the largest group became the toll ("killed 12"), a voice giving 14 for the same dead
seemed to dispute it, and the two groups of one voice read as its toll revised ("1, then 2").
Groups count together only when each figure counts a named group of people (the reconcile
pack's `complement_groups`, or any noun but people at large, `people_at_large`, and the
pack's `unspecified_victims`: "12 people and 3 children" are a toll and some of it), none is a
part of another toll ("including 50 women and 21 children": toll_claims.is_part), each is a
count (no "dozens", no floor or range), only a comma or "and" stands between one group's noun
and the next figure, and the groups are not a side's own dead beside the enemy it killed or
the leaders a strike targeted (`unsummed_class_pairs`, `unsummed_classes`). Nor are they a
state's forces beside those who fought them, however a victim class reads the nouns ("two police
commandos, 12 intruders", "eight police officers and 14 members of an armed group"): forces by
the actor classes' state forces ("police", "commandos", "security guards"), the others by the
militants' victim class, the pack's `attacker_nouns` ("intruders", "armed men") or a count of
members of an armed group (`opposed`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING

from ..errors import PackError
from ..packs import load_pack, pack_words, require, word_set
from ..resolve.nonstate import force_nouns
from .evidence import group_member_words, victim_classes

if TYPE_CHECKING:
    from .stated_figures import Stated

_JOIN = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+)$", re.IGNORECASE)
#: The words a group's noun may stand after its figure, two at most ("three Palestinian women",
#: "one U.S. service member").
_GAP = r"(?:[\w.’'-]+\s+){0,2}?"


@cache
def complement_groups() -> frozenset[str]:
    """Nouns of groups of people by age or sex that add up to a toll (reconcile pack)."""
    return frozenset(w.lower() for w in pack_words("reconcile", "complement_groups"))


def people_at_large() -> frozenset[str]:
    """Counted nouns of people at large, never a group of a toll told in parts (pack)."""
    return pack_words("reconcile", "people_at_large")


@cache
def _unsummed() -> tuple[frozenset[str], frozenset[frozenset[str]]]:
    """(victim classes, pairs of victim classes) one statement's toll never sums (pack)."""
    pack = load_pack("reconcile")
    pairs = require(pack, "reconcile", "unsummed_class_pairs", list)
    if not all(isinstance(p, list) and len(p) == 2 for p in pairs):
        raise PackError("reconcile.yaml: every entry of 'unsummed_class_pairs' must be a pair")
    return (word_set(pack, "reconcile", "unsummed_classes"),
            frozenset(frozenset(str(w).lower() for w in p) for p in pairs))


def group_noun(noun: str) -> bool:
    """A counted noun that names a group of people a toll may be told in (module docstring)."""
    if noun in complement_groups():
        return True
    return bool(noun) and noun not in people_at_large() and not (
        noun in victim_classes() and victim_classes()[noun] is None)


def _summable(members: Sequence[Stated], nouns: Sequence[str]) -> bool:
    """The groups may add up to one toll: no class the pack keeps apart, no pair of classes
    that are one side's dead and the other's, and no group by age or sex after a count of
    civilians at large, which it may break down ("three civilians, two women and a child")."""
    classes, pairs = _unsummed()
    found = {m.victims[0] for m in members if m.victims[0]}
    if found & classes or any(frozenset((a, b)) in pairs for a in found for b in found):
        return False
    wider = False
    for m, noun in zip(members, nouns, strict=True):
        if noun in complement_groups() and wider:
            return False
        wider = wider or (m.victims[0] == "civilians" and noun not in complement_groups())
    return True


def attacker_nouns() -> frozenset[str]:
    """Counted nouns of those attacking a state's forces beyond the armed classes' (pack)."""
    return pack_words("reconcile", "attacker_nouns")


def _hostile(words: Sequence[str]) -> bool:
    """Whether the words name those fighting a state's forces: a noun of the militants' victim
    class ("gunmen", "rebels") or of the pack's `attacker_nouns`, one word or two."""
    low = [w.lower() for w in words]
    return any(victim_classes().get(w) == "militants" or w in attacker_nouns() for w in low) \
        or any(" ".join(pair) in attacker_nouns() for pair in pairwise(low))


def _armed_members(after: str) -> bool:
    """Whether the words after a count of "members" make them an armed group's ("of an armed
    group", "of the rebel militia"): "of" or "from", then such a noun within five words."""
    words = [w.strip("().,;:") for w in after.split()[:6]]
    return bool(words) and words[0].lower() in ("of", "from") and _hostile(words[1:])


def _side(victims: str | None, phrase: str, noun: str, after: str) -> str | None:
    """ "forces" for a count of a state's forces, "armed" for one of those fighting them, None
    for any other (module docstring); `phrase`: the figure and its noun as written, `after`:
    the words after the noun. Pro-government militias ("34 defence volunteers and six
    soldiers") are neither: the armed classes' nouns alone do not make a count hostile."""
    words = phrase.split()
    if victims == "militants" or _hostile(words[-2:]) or (
            noun in group_member_words() and _armed_members(after)):
        return "armed"
    two = " ".join(words[-2:]).lower()
    if victims == "combatants" or noun in force_nouns() or two in force_nouns():
        return "forces"
    return None


def opposed(sides: Sequence[str | None]) -> bool:
    """Whether counts of one run are a state's forces and those who fought them (`_side`)."""
    return "forces" in sides and "armed" in sides


@cache
def whole_toll_groups() -> frozenset[str]:
    """Of those, the groups whose count reports give as a whole toll ("at least 10 men have been
    killed"), never read as some of a larger toll (reconcile pack)."""
    return frozenset(w.lower() for w in pack_words("reconcile", "whole_toll_groups"))


def _noun_end(sentence: str, at: int, text: str, noun: str) -> int | None:
    """Where the group noun `noun` ends, right after the figure `text` found at `at`."""
    rest = sentence[at + len(text):]
    m = re.match(r"\s+(" + _GAP + r")" + re.escape(noun) + r"\b", rest, re.IGNORECASE)
    if m is None or re.search(r"\bof\b", m.group(1), re.IGNORECASE):
        return None  # "7 civilians, 3 of them women": some of the figure before, no group
    return at + len(text) + m.end()


def summed(items: Sequence[Stated], texts: dict[int, tuple[str, str]]) -> list[Stated]:
    """The statement's figures (`items`, one category) with each run of complementary groups
    replaced by one figure, their sum (module docstring); `texts`: id(item) -> (figure text,
    counted noun)."""
    if len(items) < 2:
        return list(items)
    sentence = items[0].ref.event.get("sentence") or ""
    placed = []
    for item in items:
        text, noun = texts.get(id(item), ("", ""))
        at = sentence.find(text) if text else -1
        last = (noun or "").lower().split()[-1:] or [""]
        if at < 0 or not group_noun(last[0]) or item.part or item.vague \
                or item.bounds[1] != item.bounds[0] or item.said is not None:
            continue
        end = _noun_end(sentence, at, text, last[0])
        if end is not None:
            placed.append((at, end, item, last[0]))
    placed.sort(key=lambda p: p[0])
    runs: list[list[tuple[int, int, Stated, str]]] = []
    for p in placed:
        if runs and _JOIN.match(sentence[runs[-1][-1][1]:p[0]]):
            runs[-1].append(p)
        else:
            runs.append([p])
    out = list(items)
    for run in runs:
        if len(run) < 2:
            continue
        members = [p[2] for p in run]
        if not _summable(members, [p[3] for p in run]) or opposed(
                [_side(p[2].victims[0], sentence[p[0]:p[1]], p[3], sentence[p[1]:p[1] + 80])
                 for p in run]):
            continue
        total = sum(m.bounds[0] for m in members)
        # a sum of two classes ("soldiers and civilians") counts neither alone: a class of its
        # own, the same people as a count of that mix or of people at large, of no one class
        kinds = sorted({m.victims[0] or "" for m in members})
        victims = ((kinds[0] or None) if len(kinds) == 1 else "+".join(kinds),
                   members[0].victims[1])
        first = min(i for i, x in enumerate(out) if any(x is m for m in members))
        rest = [x for x in out if all(x is not m for m in members)]
        # the sum where its first group stood: the statement's figures keep their order
        out = rest[:first] + [replace(members[0], bounds=(total, total), about=None,
                                      group=None, victims=victims)] + \
            rest[first:]
    return out
