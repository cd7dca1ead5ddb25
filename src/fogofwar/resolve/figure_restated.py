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

from ..records import Figure
from .figure_base import pack
from .figure_category import FATES

#: How many words before a restated figure a negator of its clause may stand ("do not
#: support the 2,000 figure").
NEGATION_WORDS = 4

_WORD = re.compile(r"[\w'’]+|[,;:.!?]")  # "don't" and "don’t" are one word each


def restated(text: str, figures: Sequence[Figure], told: Sequence[Figure] = ()) -> list[Figure]:
    """`figures` of `text`, each figure named by its value and a restating noun ("the 2,000
    figure") given the fate of an earlier figure of that value: one before it in `text`, or
    one of `told` (the page's headline)."""
    nouns = pack()["restating_nouns"]
    out: list[Figure] = []
    for f in figures:
        if f.category == "other" and (f.counts or "").lower() in nouns \
                and not _negated(text, f.start):
            earlier = [g for g in (*told, *out) if g.category in FATES
                       and g.value == f.value and (g in told or g.start < f.start)]
            if earlier:
                # it counts what the toll it names counted, no victims called 'figure'
                f = replace(f, category=earlier[-1].category, counts=earlier[-1].counts)
        out.append(f)
    return out


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
