"""A readable outlet name for a site the outlet pack does not know, from its domain.

A user who saves a page from `www.garoweonline.com` knows the outlet is "Garowe Online": the
page usually writes the name somewhere (masthead, footer, "told Garowe Online"), and the
words run together in the domain. So the name is, in order: the words of the page whose
letters spell the domain's label ("Garowe Online" for garoweonline); the label split into
common English words ("dailypremiumbulletin" -> "Daily Premium Bulletin"), when every part is
a common word; else the label itself, hyphens as spaces ("news-front" -> "News Front").
Numeric CDN hosts ("599046384.r.worldcdn.net") name no outlet.
"""

from __future__ import annotations

import re
from urllib.parse import SplitResult, urlsplit

from courlan import extract_domain

#: Words a split label may contain although shorter than three letters.
_SHORT = frozenset({"the", "to", "of", "and", "a", "in", "on", "for", "al"})
#: Highest wordninja cost (negative log frequency) a part of a split label may have.
_MAX_COST = 12.5
_LOWER_IN_TITLE = frozenset({"the", "to", "of", "and", "a", "in", "on", "for"})
_WORD = re.compile(r"[^\W_][\w'’.&-]*")
_LONGEST_PHRASE = 5


def split_url(url: str) -> SplitResult | None:
    """The URL's parts, a bare "host/path" read as having a host; None when it cannot be
    split (unbalanced IPv6 brackets, "http://[::1"): metadata, never a reason to fail."""
    try:
        parts = urlsplit(url if "//" in url else f"//{url}")
        parts.hostname  # noqa: B018 - the brackets are checked when the host is read
    except ValueError:
        return None
    return parts


def host_of(url: str) -> str:
    """The URL's host, lower-cased; "" when it has none or cannot be split."""
    parts = split_url(url)
    return ((parts.hostname if parts else None) or "").lower().rstrip(".")


def _label(url: str) -> str | None:
    host = host_of(url)
    if not host or "." not in host or host.replace(".", "").isdigit():
        return None
    if host.split(".")[0].isdigit():
        return None
    domain = extract_domain(f"https://{host}/") or host.removeprefix("www.")
    return domain.split(".")[0] or None


def _squash(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.casefold())


def _from_text(label: str, lines: list[str]) -> str | None:
    """The page's own spelling of the label: consecutive words whose letters spell it."""
    target = _squash(label)
    for line in lines:
        words = _WORD.findall(line)
        for start in range(len(words)):
            for end in range(start + 1, min(len(words), start + _LONGEST_PHRASE) + 1):
                phrase = words[start:end]
                squashed = _squash("".join(phrase))
                if squashed == target and any(c.isupper() for c in "".join(phrase)):
                    return " ".join(phrase).strip(".-'’")
                if len(squashed) >= len(target):
                    break
    return None


def _title(words: list[str]) -> str:
    return " ".join(w if (i and w in _LOWER_IN_TITLE) else w[:1].upper() + w[1:]
                    for i, w in enumerate(words))


def _split(label: str) -> str | None:
    """The label as common English words, or None if any part is not one."""
    import wordninja

    costs = wordninja.DEFAULT_LANGUAGE_MODEL._wordcost
    parts: list[str] = []
    for chunk in label.split("-"):
        words = wordninja.split(chunk)
        for word in words:
            short_ok = len(word) >= 3 or word in _SHORT
            if not short_ok or costs.get(word, _MAX_COST + 1) > _MAX_COST:
                return None
        parts += words
    return _title(parts) if len(parts) > 1 else None


def site_name(url: str | None, lines: list[str] = ()) -> str | None:
    """A readable outlet name for the URL's site (see the module docstring)."""
    label = _label(url) if url else None
    if not label:
        return None
    return _from_text(label, lines) or _split(label) or _title(label.split("-"))
