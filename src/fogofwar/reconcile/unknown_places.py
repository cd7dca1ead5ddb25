"""Places no gazetteer knows and no text puts in a province, as keys to join their reports.

A village or army camp the gazetteer lacks ("the community of Boulikessi, near the border with
Burkina Faso", "another army camp in Mondoro", "the towns of Boulkessy and Mondoro") is kept
by resolve as a toponym with no reading, and the reports there are placed at their country or
nowhere: no pass before this one can tell them from any other report of that country. Yet
every report of the attack names the place, in one spelling family or another (Boulkessi,
Boulikessi, Boulkessy: placenames.family_key). So an event placed at no town (none, a country,
or the unknown name itself) is keyed by the unknown names its own sentence or place gives, with
the country its page is about (`page_country`): its trailing lowercase kind word is dropped
("the Boulkessi base" is Boulkessi's). Dated reports sharing a key, in one type group, join
when their windows overlap with no slack and their parties are not disjoint; an undated one
then joins the one incident holding dated reports of one of its keys, and takes its date
(village_sites.join_unknown_places, pass 5a of cluster.py). A key shorter than MIN_KEY
letters names too many places to be trusted.
"""

from __future__ import annotations

import re
from collections import Counter

from .placenames import family_key

#: A family key this short names too many places to join reports by ("kv").
MIN_KEY = 4
_ROLES = ("location", "actor", "demonym")
_CAPITALISED = re.compile(r"[A-Z][\w’'-]*")
_THE = re.compile(r"(?i)the\s")
_THE_BEFORE = re.compile(r"(?i)\bthe\s+$")


def page_country(art: dict) -> str | None:
    """The country the page's place mentions (of any role: "Malian soldiers", "Mali said")
    mostly lie in, when one leads."""
    counts = Counter(p["country"] for p in art.get("places", [])
                     if p.get("role") in _ROLES and p.get("country"))
    top = counts.most_common(2)
    if not top or (len(top) > 1 and top[1][1] == top[0][1]):
        return None
    return top[0][0]


def unknown_key(text: str | None) -> str | None:
    """The family key of an unknown toponym's capitalised words ("Boulkessi base" ->
    that of "Boulkessi"), None when too short to trust."""
    words = text.split() if text else []
    while words and not _CAPITALISED.match(words[-1]):
        words.pop()
    key = family_key(" ".join(words)) if words else ""
    return key if len(key) >= MIN_KEY else None


def unknown_names(art: dict) -> dict[str, str]:
    """Text -> family key of the article's location toponyms that have no reading, but not
    names written after "the" or holding it ("toward the Kingdom", "the Central Gondar"): a
    village or camp takes no article, a region, a realm or an outlet read as a place may."""
    out, text = {}, art.get("text") or ""
    for p in art.get("places", []):
        if p.get("role") == "location" and p.get("lat") is None \
                and p.get("name") in (None, p.get("text")) and not _after_the(text, p):
            key = unknown_key(p.get("text"))
            if key is not None:
                out[p["text"]] = key
    return out


def _after_the(text: str, place: dict) -> bool:
    """Whether the mention holds "the" or is written right after it, and is a name to its
    end ("the Boulkessi base" is the base of a village, "the Kingdom" no village)."""
    words = (place.get("text") or "").split()
    if words and not _CAPITALISED.match(words[-1]):
        return False
    start = place.get("start")
    before = text[max(0, start - 4):start] if isinstance(start, int) else ""
    return _THE.match(place.get("text") or "") is not None or _THE_BEFORE.search(before) \
        is not None


def event_unknowns(ev: dict, place: dict | None, names: dict[str, str],
                   country: str | None) -> frozenset[tuple[str, str]]:
    """(country, family key) of each unknown place an event not placed at a town is told at:
    its own place's name, and those its sentence names. None without a page country."""
    if country is None or not names:
        return frozenset()
    if place and place.get("lat") is not None and place.get("precision") != "country":
        return frozenset()  # a town, site or area of its own
    sentence = ev.get("sentence") or ""
    keys = {k for t, k in names.items() if re.search(rf"(?<!\w){re.escape(t)}(?!\w)", sentence)}
    own = (place or {}).get("text")
    if own in names:
        keys.add(names[own])
    return frozenset((country, k) for k in keys)

