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
letters names too many places to be trusted; such a name is keyed by its spelling instead.

A natural feature no gazetteer knows ("the Galwan Valley", "Galwan river", "the Khyber Pass":
a name with one of the pack's `feature_words` in it or right after it) is a key too, though
written after "the", and one keyed by its name's family alone (country ""): a border valley
lies in both sides' stories, and the page of one side leads with the other country. Once a page
calls a name a feature, its bare mentions of that family ("the Galwan clash") are the feature.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from ..packs import load_pack, require
from ..resolve.strays import compass_name
from ..tally import sole_leader
from .placenames import family_key, fold
from .titles import home_country

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
    return sole_leader(counts)


def page_countries(art: dict) -> frozenset[str]:
    """The countries an unknown place of the page may be keyed in: the one its mentions of any
    role lead with (`page_country`), and the one its places of events (role location) lead
    with. Who speaks can outnumber where it happened: a page about an attack in Burkina Faso
    citing "a French report" five times leads with France by every role, with Burkina Faso
    by its places; a page of Turkish captives killed in Iraq leads with Turkey by every role
    as its sister pages do. Keyed in both, it meets the pages of either reading."""
    return frozenset(c for c in (page_country(art), home_country(art)) if c is not None)


def unknown_key(text: str | None) -> str | None:
    """The family key of an unknown toponym's capitalised words ("Boulkessi base" ->
    that of "Boulkessi"). A short name's skeleton ("Gara": "gr") names too many places, but
    its spelling of MIN_KEY letters or more is a key of its own ("=gara"): only reports that
    write it alike join by it. None when even that is too short, and for a name of compass
    words alone ("North-West", "Southern", "the Eastern Province": resolve.strays.compass_name)
    left unread: it names a part of a country, and every page of that country may write it of
    any of its attacks ("in North-West Nigeria" cut before the country's name)."""
    words = text.split() if text else []
    while words and not _CAPITALISED.match(words[-1]):
        words.pop()
    if words and compass_name(" ".join(words)):
        return None
    key = family_key(" ".join(words)) if words else ""
    if len(key) >= MIN_KEY:
        return key
    spelled = fold(" ".join(words)).replace(" ", "") if words else ""
    return f"={spelled}" if len(spelled) >= MIN_KEY else None


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


@cache
def _feature_words() -> frozenset[str]:
    words = require(load_pack("reconcile"), "reconcile", "feature_words", list)
    return frozenset(fold(w) for w in words)


def feature_names(art: dict) -> dict[str, str]:
    """Text -> family key of the article's location toponyms with no reading that name a
    natural feature: the mention ends in a feature word ("the Galwan Valley") or one follows
    it ("Galwan river"); then every such mention of that family ("Galwan") as well."""
    text, features = art.get("text") or "", _feature_words()
    bare: dict[str, str] = {}
    keys: set[str] = set()
    for p in art.get("places", []):
        if p.get("role") != "location" or p.get("lat") is not None \
                or p.get("name") not in (None, p.get("text")):
            continue
        words = [w for w in (p.get("text") or "").split() if fold(w) != "the"]
        end = p.get("start", 0) + len(p.get("text") or "") \
            if isinstance(p.get("start"), int) else None
        after = text[end:end + 20].split()[:1] if end is not None else []
        if words and fold(words[-1]) in features:
            words.pop()
        elif not (after and fold(after[0]) in features):
            key = unknown_key(" ".join(words))
            if key is not None:
                bare[p["text"]] = key
            continue
        key = unknown_key(" ".join(words))
        if key is not None and not any(fold(w) in features for w in words):
            keys.add(key)
            bare[p["text"]] = key
    return {t: k for t, k in bare.items() if k in keys}


def event_unknowns(ev: dict, place: dict | None, names: dict[str, str],
                   country: str | None | frozenset[str],
                   features: dict[str, str] | None = None) -> frozenset[tuple[str, str]]:
    """(country, family key) of each unknown place an event not placed at a town is told at:
    its own place's name, and those its sentence names, in each of its page's countries
    (`page_countries`; none without one); and ("", family key) of each natural feature
    (`feature_names`) it is told at."""
    if place and place.get("lat") is not None and place.get("precision") != "country":
        return frozenset()  # a town, site or area of its own
    sentence, own = ev.get("sentence") or "", (place or {}).get("text")
    countries = frozenset({country} if isinstance(country, str) else country or ())

    def told(table: dict[str, str]) -> set[str]:
        keys = {k for t, k in table.items()
                if re.search(rf"(?<!\w){re.escape(t)}(?!\w)", sentence)}
        return keys | ({table[own]} if own in table else set())

    named = told(names) if countries else set()  # one reading, keyed in each country
    return frozenset({(c, k) for c in countries for k in named}
                     | {("", k) for k in told(features or {})})

