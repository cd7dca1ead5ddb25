"""A pack's word list as one regex: every stage scans a sentence for any of a list's words
(cues, stances, loaded verbs, offices), and one compiled alternation reads it once instead of
once per word. Built here once so that escaping and the order of the words are the same
everywhere."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any


def alternation(words: Iterable[Any], *, longest_first: bool = False) -> str:
    """The words as a regex alternation, each escaped, in the order given; `longest_first`
    puts a phrase before any shorter word it begins with ("earlier this week" before "this
    week"), so a match covers the longer one (ties keep their order)."""
    items = [str(w) for w in words]
    if longest_first:
        items.sort(key=len, reverse=True)
    return "|".join(map(re.escape, items))


def whole_words(words: Iterable[Any], flags: int = 0, *,
                longest_first: bool = False) -> re.Pattern[str]:
    r"""Any of the words between word boundaries (`\b(?:…)\b`), so "up from" is found in
    "up from 30" but not in "setup fromage"."""
    return re.compile(r"\b(?:" + alternation(words, longest_first=longest_first) + r")\b", flags)
