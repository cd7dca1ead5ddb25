"""The one most frequent item of a count, shared by the stages that read a page's main country
or area from its places (resolve, extract, reconcile): a tie at the top names none, since a page
naming two countries as often has no main one."""

from __future__ import annotations

from collections import Counter
from typing import TypeVar

K = TypeVar("K")


def sole_leader(counts: Counter[K]) -> K | None:
    """The most common key of `counts`, or None when it is empty or two keys share the top."""
    top = counts.most_common(2)
    if not top or (len(top) > 1 and top[1][1] == top[0][1]):
        return None
    return top[0][0]
