"""A toll named again by its value: "the 2,000 figure", "the 10,000 figure".

A report that argues over a toll names it by its number and the noun "figure" ("the military
rejected the 2,000 figure as stated by Amnesty", "experts said the 10,000 figure seemed
credible"): no casualty word stands near the number, so the sentence alone reads it as
`other`. The page told that number earlier with its fate ("2,000 killed" in the headline,
"civilian dead 10,000" in the lede): the figure is that toll, and takes its category and its
counted noun (the victims are the toll's, not "figures"). A figure its own clause negates just
before it ("do not support the 2,000 figure") is the speaker's denial of the toll, not its
claim, and stays `other`. The nouns and negators are the pack's (`restating_nouns`,
`restating_negators` in figures.yaml).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from ..records import Figure
from ..words import alternation
from .figure_base import pack
from .figure_category import FATES

#: How many words before a restated figure a negator of its clause may stand ("do not
#: support the 2,000 figure").
NEGATION_WORDS = 4

_WORD = re.compile(r"[\w'’]+|[,;:.!?]")  # "don't" and "don’t" are one word each


def restated(text: str, figures: Sequence[Figure], told: Sequence[Figure] = ()) -> list[Figure]:
    """`figures` of `text`, each figure named by its value and a restating noun ("the 2,000
    figure") given the fate of an earlier figure of that value: one before it in `text`, or
    one of `told` (the page's headline); each figure a toll is set at by a bare noun ("put the
    number at about 40": `_set_again`) given the fate of the last toll told before it."""
    nouns = pack()["restating_nouns"]
    out: list[Figure] = []
    for f in figures:
        if f.category == "other" and (f.counts or "").lower() in nouns \
                and not _negated(text, f.start):
            earlier = [g for g in _tolls_before(f, told, out) if g.value == f.value]
            if earlier:
                # it counts what the toll it names counted, no victims called 'figure'
                f = replace(f, category=earlier[-1].category, counts=earlier[-1].counts)
        elif f.category == "other" and f.counts is None and _set_again(text, f.start):
            earlier = _tolls_before(f, told, out)
            if earlier:
                f = replace(f, category=earlier[-1].category)
        out.append(f)
    return out


def _tolls_before(f: Figure, told: Sequence[Figure], read: Sequence[Figure]) -> list[Figure]:
    """The tolls told before `f`: the headline's (`told`), then those of the text already
    read (`read`) that stand before it, in that order."""
    return [g for g in (*told, *read) if g.category in FATES and (g in told or g.start < f.start)]


@cache
def _setting() -> re.Pattern[str]:
    """A verb of setting, a determiner, a bare noun of the pack's `set_nouns`, then "at" or
    "to", ending the text ("had put the number at ")."""
    p = pack()
    return re.compile(rf"\b(?:{alternation(sorted(p['setting_verbs']), longest_first=True)})"
                      rf"\s+(?:the|its|their|his|her)\s+"
                      rf"(?:{alternation(sorted(p['set_nouns']), longest_first=True)})"
                      r"\s+(?:at|to)\s+$", re.IGNORECASE)


def _set_again(text: str, start: int) -> bool:
    """The figure at `start` is what a toll named by a bare noun is set at ("security officials
    put the number at approximately 40", "most accounts put the figure at 20 to 30"): the noun
    names no fate, so the sentence alone reads the figure as `other`, but it is the toll the
    page is telling of, restated or revised."""
    return bool(_setting().search(text[max(0, start - 80):start]))


def _negated(text: str, start: int) -> bool:
    """A negator among the few words before the figure, in its clause."""
    negators = pack()["restating_negators"]
    words = _WORD.findall(text[max(0, start - 80):start].lower())[-NEGATION_WORDS:]
    for w in reversed(words):
        if w in ",;:.!?":
            return False
        if w in negators or w.endswith(("n't", "n’t")):
            return True
    return False
