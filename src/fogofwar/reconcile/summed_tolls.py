"""A toll a statement gives in groups of people that make it up together: their sum.

"12 adults and two children were killed", "three women, five children and two men died": the
statement's toll is 14, or 10, told as groups by age or sex that do not overlap. Read as
separate figures, the largest group became the toll ("killed 12"), and a voice giving 14 for
the same dead seemed to dispute it. Groups count together only when each figure counts one
of the reconcile pack's `complement_groups` (adults, children, men, women, ...), none is a part
of another toll ("including 50 women and 21 children": toll_claims.is_part), each is a count
(no "dozens", no floor or range), and only a comma or "and" stands between one group's noun
and the next figure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from ..packs import load_pack, word_set

if TYPE_CHECKING:
    from .stated_figures import Stated

_JOIN = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+)$", re.IGNORECASE)
#: The words a group's noun may stand after its figure, two at most ("three Palestinian women").
_GAP = r"(?:[\w’'-]+\s+){0,2}?"


@cache
def complement_groups() -> frozenset[str]:
    """Nouns of groups of people by age or sex that add up to a toll (reconcile pack)."""
    return frozenset(w.lower() for w in word_set(load_pack("reconcile"), "reconcile",
                                                 "complement_groups"))


@cache
def whole_toll_groups() -> frozenset[str]:
    """Of those, the groups whose count reports give as a whole toll ("at least 10 men have been
    killed"), never read as some of a larger toll (reconcile pack)."""
    return frozenset(w.lower() for w in word_set(load_pack("reconcile"), "reconcile",
                                                 "whole_toll_groups"))


def _noun_end(sentence: str, at: int, text: str, noun: str) -> int | None:
    """Where the group noun `noun` ends, right after the figure `text` found at `at`."""
    rest = sentence[at + len(text):]
    m = re.match(r"\s+" + _GAP + re.escape(noun) + r"\b", rest, re.IGNORECASE)
    return at + len(text) + m.end() if m else None


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
        if at < 0 or last[0] not in complement_groups() or item.part or item.vague \
                or item.bounds[1] != item.bounds[0] or item.said is not None:
            continue
        end = _noun_end(sentence, at, text, last[0])
        if end is not None:
            placed.append((at, end, item))
    placed.sort(key=lambda p: p[0])
    runs: list[list[tuple[int, int, Stated]]] = []
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
        total = sum(m.bounds[0] for m in members)
        first = min(i for i, x in enumerate(out) if any(x is m for m in members))
        rest = [x for x in out if all(x is not m for m in members)]
        # the sum where its first group stood: the statement's figures keep their order
        out = rest[:first] + [replace(members[0], bounds=(total, total), about=None,
                                                   group=None)] + \
            rest[first:]
    return out
