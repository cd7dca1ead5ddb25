"""Named sites as join keys: two reports name one hospital, station or prison.

A site place (precision `site`, from resolve/sites.py) is compared by the content words of its
name: folded (case, accents, "al-"/"el-" and apostrophes dropped) and without kind words,
modifiers and the pack's generic words, so "Al-Ahli Arab Hospital" and "al-Ahli hospital" are
both {ahli}, and "Kramatorsk railway station" and "the railway station in Kramatorsk" (named
after its town) are both {kramatorsk}. Two sites match when their kinds agree and one's words
contain the other's. Folding through transliteration families ("Olenivka"/"Yelenovka") is
`placenames.family_key`.
"""

from __future__ import annotations

import re
from functools import cache

from ..packs import load_pack, require
from .placenames import family_key

SiteKey = tuple[str, frozenset[str]]
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@cache
def _dropped() -> frozenset[str]:
    pack = load_pack("sites")
    words: set[str] = set()
    for phrase in require(pack, "sites", "kinds", dict):
        words.update(phrase.lower().split())
    for key in ("modifiers", "generic_words"):
        words.update(w.lower() for w in require(pack, "sites", key, list))
    return frozenset(words)


@cache
def site_codes() -> frozenset[str]:
    """The feature codes the sites pack gives its kinds: a place with one is a named site even
    when no town located it ("the Nabulsi roundabout" alone), and can still be joined on."""
    return frozenset(str(c) for c in require(load_pack("sites"), "sites", "kinds", dict).values())


def _tokens(name: str) -> frozenset[str]:
    out = set()
    for w in _WORD.findall(name.lower()):
        w = re.sub(r"^(?:al|el|ad|an|ar|as|ash|az)[-‐’']", "", w).replace("’", "'")
        w = w.removesuffix("'s")
        if w and w not in _dropped():
            out.add(family_key(w))
    return frozenset(out)


def site_key(place: dict | None) -> SiteKey | None:
    """(feature code, name words) of a site place; None for any other place."""
    if not place or place.get("precision") != "site" \
            and place.get("feature_code") not in site_codes():
        return None
    words = _tokens(place.get("name") or "")
    return (place.get("feature_code") or "", words) if words else None


def sites_match(a: SiteKey, b: SiteKey) -> bool:
    """Same kind, and one name's words contain the other's."""
    return a[0] == b[0] and (a[1] <= b[1] or b[1] <= a[1])
