"""Boilerplate by pattern: share buttons, donation pleas, copyright notices, teasers, credits.

The patterns live in `boilerplate.yaml` so that a new site's furniture is a pack edit. Lines
that merely *look* short are not removed here; only what a named pattern recognises.
"""

from __future__ import annotations

import re
from functools import cache

from ..packs import load_pack, require
from .patterns import named_patterns

PACK = "boilerplate"


@cache
def boilerplate_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    pack = load_pack(PACK)
    return tuple(named_patterns(require(pack, PACK, "patterns", list), PACK, "patterns"))


_LEADING_FLAGS = re.compile(r"^\(\?([imsx]+)\)")
_SCOPED = {re.IGNORECASE: "i", re.MULTILINE: "m", re.DOTALL: "s", re.VERBOSE: "x"}


def any_of(patterns: tuple[re.Pattern[str], ...]) -> re.Pattern[str] | None:
    """One regex that matches a string exactly when one of `patterns` does: each pattern
    becomes an alternative under its own flags, `(?i:...)`. None when that cannot be exact: a
    backreference or named group (numbering would shift or clash), or a flag not scopable."""
    parts = []
    for pattern in patterns:
        text = _LEADING_FLAGS.sub("", pattern.pattern, count=1)
        flags = pattern.flags & ~re.UNICODE
        if re.search(r"\\[1-9]|\(\?P[<=]|\(\?[aiLmsux-]*\)", text) or flags & ~sum(_SCOPED):
            return None
        letters = "".join(c for f, c in _SCOPED.items() if flags & f)
        parts.append(f"(?{letters}:{text})" if letters else f"(?:{text})")
    try:
        return re.compile("|".join(parts))
    except re.error:
        return None


@cache
def _any_boilerplate() -> re.Pattern[str] | None:
    return any_of(tuple(p for _, p in boilerplate_patterns()))


def boilerplate_name(line: str) -> str | None:
    """The name of the first boilerplate pattern the line matches, or None. Most lines match
    none, which one search of all the patterns at once settles (cleaning tried each of the
    pack's 40 patterns on every line); a line that matches is named by the loop as before."""
    union = _any_boilerplate()
    if union is not None and not union.search(line):
        return None
    for name, pattern in boilerplate_patterns():
        if pattern.search(line):
            return name
    return None
