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
from collections.abc import Iterable, Mapping, Sequence
from typing import Protocol

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


class StoredLines(Protocol):
    """Where the line counts of stored articles are looked up (the store, in a run)."""

    def line_counts(self, outlet: str, keys: Sequence[str]) -> dict[str, int]:
        """Key -> number of stored articles of the outlet with that line (absent keys: 0)."""

    def stored_ids(self, ids: Sequence[str]) -> set[str]:
        """Which of these article ids are stored."""


class LineCounts:
    """Per outlet: in how many distinct, non-duplicate articles each line key occurs.

    Counts of stored articles are the store's (`stored`, else the `known` counts given);
    only the articles added in this run and not yet stored are counted here, until `settle`
    finds them stored, so memory does not grow with the corpus.
    """

    def __init__(self, known: Mapping[str, Mapping[str, int]] | None = None,
                 stored: StoredLines | None = None) -> None:
        self._known: dict[str, Counter[str]] = {
            outlet: Counter(keys) for outlet, keys in (known or {}).items()}
        self._stored = stored
        self._pending: dict[str, tuple[str, set[str]]] = {}
        self._counts: dict[str, Counter[str]] = {}

    def add(self, outlet: str, keys: Iterable[str], article_id: str | None = None) -> None:
        keys = set(keys)
        if article_id is not None and self._stored is not None:
            if article_id in self._pending:
                return
            self._pending[article_id] = (outlet, keys)
        self._counts.setdefault(outlet, Counter()).update(keys)

    def settle(self) -> None:
        """Stop counting here the pending articles the store now counts."""
        if self._stored is None or not self._pending:
            return
        for article_id in self._stored.stored_ids(list(self._pending)):
            outlet, keys = self._pending.pop(article_id)
            self._counts[outlet].subtract(keys)
            self._counts[outlet] = +self._counts[outlet]
            if not self._counts[outlet]:
                del self._counts[outlet]

    def counts(self, outlet: str, keys: Sequence[str]) -> dict[str, int]:
        """Key -> articles of the outlet with that line: stored, given, and added here."""
        here = self._counts.get(outlet, Counter())
        known = self._known.get(outlet, Counter())
        stored = self._stored.line_counts(outlet, keys) if self._stored and keys else {}
        return {k: here[k] + known[k] + stored.get(k, 0) for k in keys}

    def count(self, outlet: str, key: str) -> int:
        return self.counts(outlet, [key])[key]


def learned_lines(lines: list[str], outlet: str | None, counts: LineCounts) -> set[int]:
    """Indexes of the lines that the outlet's other articles show to be boilerplate."""
    if outlet is None:
        return set()
    candidates: dict[int, str] = {}
    for index, line in enumerate(lines):
        at_edge = index < HEAD_LINES or index >= len(lines) - TAIL_LINES
        if at_edge or len(line.split()) <= SHORT_LINE_WORDS:
            candidates[index] = line_key(line)
    found = counts.counts(outlet, list(dict.fromkeys(candidates.values())))
    return {i for i, key in candidates.items()
            if found[key] >= config.REPEATED_LINE_MIN_ARTICLES}
