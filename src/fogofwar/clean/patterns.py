"""Compile regex lists from packs, failing with the file and key named."""

from __future__ import annotations

import re
from typing import Any

from ..errors import PackError


def compile_pattern(value: Any, pack: str, key: str) -> re.Pattern[str]:
    if not isinstance(value, str) or not value:
        raise PackError(f"{pack}.yaml: {key} must be a non-empty string (a regex)")
    try:
        return re.compile(value)
    except re.error as exc:
        raise PackError(f"{pack}.yaml: {key}: invalid regex: {exc}") from None


def named_patterns(entries: list, pack: str, key: str) -> list[tuple[str, re.Pattern[str]]]:
    """[(name, compiled)] from a list of {name, pattern} mappings."""
    compiled = []
    for i, entry in enumerate(entries):
        where = f"{key}[{i}]"
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            raise PackError(f"{pack}.yaml: {where} must be a mapping with a 'name' string")
        pattern = compile_pattern(entry.get("pattern"), pack, f"{where}.pattern")
        compiled.append((entry["name"], pattern))
    return compiled


_LEADING_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")
#: Pattern features a split at its top-level "|" could change: a backreference or conditional
#: that could name a group of another branch, a comment, verbose mode's own comments.
_UNSPLITTABLE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(|\(\?#")


def top_branches(source: str) -> list[str]:
    """The pattern's top-level alternatives as written (its leading inline flags left off):
    "|" outside any group and character class, escapes skipped."""
    while (flags := _LEADING_FLAGS.match(source)) is not None:
        source = source[flags.end():]
    parts, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            i += 1 + source.startswith("^", i + 1)
            i += source.startswith("]", i)  # a "]" first in a class is a member
            continue
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
        i += 1
    parts.append(source[start:])
    return parts


def split_anchored(pattern: re.Pattern[str]) -> tuple[re.Pattern[str] | None,
                                                       re.Pattern[str] | None]:
    """The pattern as two, its top-level alternatives anchored at the start ("^...") and the
    others, so that a line matches `pattern` exactly when it matches either (a search tries
    every alternative at every position). The regex engine skips a wholly anchored pattern
    after the first position, but one unanchored alternative makes it try every alternative
    at every position of the line; split, the anchored ones are tried once. A pattern with
    nothing to split, or one a split could change (verbose mode, backreferences, comments,
    conditionals), comes back whole, as the second."""
    if pattern.flags & (re.VERBOSE | re.MULTILINE) or _UNSPLITTABLE.search(pattern.pattern):
        return None, pattern
    parts = top_branches(pattern.pattern)
    anchored = [p for p in parts if p.startswith("^")]
    free = [p for p in parts if not p.startswith("^")]
    if not anchored or not free:
        return None, pattern
    try:
        return (re.compile("|".join(anchored), pattern.flags),
                re.compile("|".join(free), pattern.flags))
    except re.error:
        return None, pattern
