"""Boilerplate learned across documents: lines an outlet repeats in different articles.

No pattern list knows every site's footer. A line that recurs in several distinct articles of
one outlet is furniture, whatever it says. Two guards keep real reporting: counts come only
from articles that are not copies of each other (a syndicated copy repeats *every* line), and
a long line is only taken when it sits at the head or tail of the article, where furniture
lives; a long quotation shared by two reports mid-text stays.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Mapping

from .. import config

#: Lines this short may be learned boilerplate wherever they are.
SHORT_LINE_WORDS = 12
#: Longer lines only in the first HEAD_LINES or last TAIL_LINES lines of the article.
HEAD_LINES = 2
TAIL_LINES = 6

_NON_WORD = re.compile(r"[\W_]+")
_DIGITS = re.compile(r"\d+")


def line_key(line: str) -> str:
    """Short hash of a line, ignoring case, punctuation, spacing and the value of numbers.

    Numbers are masked so "0 Comments" and "12 Comments" share a key.
    """
    norm = _NON_WORD.sub(" ", _DIGITS.sub("0", line.casefold())).strip()
    return hashlib.sha1(norm.encode("utf-8")).hexdigest()[:12]


def line_keys(lines: Iterable[str]) -> list[str]:
    """Distinct keys of the lines, in first-seen order."""
    return list(dict.fromkeys(line_key(line) for line in lines))


class LineCounts:
    """Per outlet: in how many distinct, non-duplicate articles each line key occurs."""

    def __init__(self, known: Mapping[str, Mapping[str, int]] | None = None) -> None:
        self._counts: dict[str, Counter[str]] = {
            outlet: Counter(keys) for outlet, keys in (known or {}).items()}

    def add(self, outlet: str, keys: Iterable[str]) -> None:
        self._counts.setdefault(outlet, Counter()).update(set(keys))

    def count(self, outlet: str, key: str) -> int:
        return self._counts.get(outlet, Counter())[key]


def learned_lines(lines: list[str], outlet: str | None, counts: LineCounts) -> set[int]:
    """Indexes of the lines that the outlet's other articles show to be boilerplate."""
    if outlet is None:
        return set()
    found = set()
    for index, line in enumerate(lines):
        at_edge = index < HEAD_LINES or index >= len(lines) - TAIL_LINES
        if not at_edge and len(line.split()) > SHORT_LINE_WORDS:
            continue
        if counts.count(outlet, line_key(line)) >= config.REPEATED_LINE_MIN_ARTICLES:
            found.add(index)
    return found
