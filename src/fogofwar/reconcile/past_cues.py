"""Whether a page tells of the past: the cue a page dated long after an incident gives that its
undated reports recall that incident rather than news of its own days (late_pages.py).

A page refers to the past when its text names a year before its own ("in 2020"), uses one of
the reconcile pack's `late_page_cues` ("last June", "a year ago", "anniversary"), or a past
perfect ("had suffered", "had been killed"): an event told before another past one.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from ..packs import pack_words
from ..words import whole_words

_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
_PAST_PERFECT = re.compile(
    r"\bhad\s+(?:not\s+|never\s+|already\s+|earlier\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|ght|t)\b",
    re.IGNORECASE)


@cache
def _cues() -> re.Pattern[str]:
    """The pack's cues as one pattern, so a page is scanned once, not once per cue."""
    words = pack_words("reconcile", "late_page_cues")
    if not words:
        return re.compile(r"(?!)")  # no cue: matches nothing
    return whole_words(sorted(words), re.IGNORECASE)


def refers_to_past(text: str, published: date | None) -> bool:
    """Whether a page published on `published` refers to the past (module docstring); a page
    with no date of its own refers to none (it has no present to be after)."""
    if published is None or not text:
        return False
    if any(int(y) < published.year for y in _YEAR.findall(text)):
        return True
    return bool(_PAST_PERFECT.search(text) or _cues().search(text))
