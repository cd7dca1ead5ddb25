"""The headline of a page saved as text.

The title is the metadata's when there is one. Otherwise it is a headline-like line in the
page's head (before the first body sentence) that no boilerplate rule took: the one whose
words best match the URL's slug, else one the page repeats (headline and browser title), else
the first of at least `title_min_words` words, so that a one-word section name or the site's
slogan above it is passed over when something better is there.
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from ..packs import load_pack, require
from .page import is_body, is_headline, same_text

_WORD = re.compile(r"[^\W_]+")


def _slug_words(url: str | None) -> set[str]:
    if not url:
        return set()
    path = unquote(urlsplit(url if "//" in url else f"//{url}").path)
    parts = [p for p in path.split("/") if p.count("-") + p.count("_") >= 2]
    return {w.casefold() for w in _WORD.findall(parts[-1])} if parts else set()


def _words(line: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(line)}


def _head(lines: list[str], taken: dict[int, str]) -> list[int]:
    """Indexes before the first body sentence that no rule took."""
    head = []
    for index, line in enumerate(lines):
        if index in taken:
            continue
        if is_body(line):
            break
        head.append(index)
    return head


def _score(index: int, lines: list[str], slug: set[str]) -> tuple[float, int]:
    line = lines[index]
    overlap = len(_words(line) & slug) / len(slug) if slug else 0.0
    repeated = any(same_text(line, other) for other in lines[index + 1:])
    return overlap * 3 + repeated * 2, -index


def pick_title(lines: list[str], taken: dict[int, str], meta_title: str | None,
               url: str | None) -> tuple[str | None, int | None]:
    """(title, index of its line or None) for the page."""
    if meta_title:
        found = next((i for i, line in enumerate(lines) if same_text(line, meta_title)), None)
        return meta_title, found
    min_words = require(load_pack("boilerplate"), "boilerplate", "title_min_words", int)
    candidates = [i for i in _head(lines, taken) if is_headline(lines[i])]
    if not candidates:
        return None, None
    long_enough = [i for i in candidates if len(lines[i].split()) >= min_words] or candidates
    slug = _slug_words(url)
    best = max(long_enough, key=lambda i: _score(i, lines, slug))
    if len(lines) == 1:
        return None, None
    return lines[best], best
