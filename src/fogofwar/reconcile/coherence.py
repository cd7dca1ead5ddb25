"""One toponym, one place across a corpus: a coherence pass over what the store holds.

Each article is geoparsed alone, so the same name can land in different places in different
articles: "Gaza" in Palestine in one and the Mozambican province in another, "Yelenovka" in
Armenia where the Ukrainian reports say "Olenivka", a town left unresolved in a third. Events
then never meet. Before clustering, the mentions of one toponym across the corpus are read
together. A toponym is its transliteration family (placenames.family_key: "Kiev" and "Kyiv",
"Yelenovka" and "Olenivka" are one), and its reading for the corpus is the one the articles'
own other places support best: each article that names the toponym votes for every reading
by the countries its other places lie in. An article keeps its own reading only when its text
contradicts the corpus reading (its other places lie more in its own reading's country than in
the corpus reading's); otherwise its mentions, and the places of its events, take the corpus
reading, and an unresolved mention gets it too. Sites follow their town (`within`) by the
same test: a site in an article whose other places lie more in its own town's country than in
the corpus reading's keeps its place ("Kerch" and "Karachi" are one family: the Crimean bridge
at Kerch is no site in Sindh).

Articles are not changed in the store: reconcile works on copies.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from .placenames import family_key, fold

#: what a reading is; `within` last: a village no gazetteer holds, read at the place its text
#: put it in, passes that place on with its point, so an unresolved mention of it elsewhere is
#: that village still (sites.is_village), not a town of its name
READING = ("name", "geonames_id", "lat", "lon", "country", "admin1", "feature_code",
           "precision", "within")
#: Precisions of the mentions the pass reads (countries are not misread this way).
LOCAL = ("town", "point", "admin1")
_SUFFIXES = ("'s", "’s")


@lru_cache(maxsize=65536)
def toponym_key(text: str | None) -> str | None:
    """The family key of a mention's text ("the Gaza Strip's" -> key of "gaza strip")."""
    if not text:
        return None
    for suffix in _SUFFIXES:
        text = text.removesuffix(suffix)
    folded = fold(text).removeprefix("the ")
    key = family_key(folded)
    return key if len(key) >= 2 else None


def _reading(p: dict) -> tuple:
    return tuple(p.get(k) for k in READING)


def _considered(p: dict) -> bool:
    return p.get("name") is None or p.get("precision") in LOCAL


def _profile(places: Sequence[dict], skip: str) -> Counter[str]:
    """Countries of an article's places other than those of toponym `skip`."""
    return Counter(p["country"] for p in places if p.get("country") and p.get("name")
                   and toponym_key(p.get("text")) != skip)


@dataclass
class Readings:
    """What the coherence pass learns from the corpus's places, read one article at a time:
    the chosen reading per toponym and the spellings resolved somewhere (memory grows with
    the distinct toponyms and countries, not with the articles)."""

    chosen: dict[str, tuple] = field(default_factory=dict)
    spelled: dict[str, set[str]] = field(default_factory=dict)


def read_corpus(place_lists: Iterable[Sequence[dict]]) -> Readings:
    """The corpus readings (see module docstring) from each article's places.

    A reading's support is the number of articles naming the toponym whose other places lie
    in the reading's country; counted per country as the articles stream past."""
    readings: dict[str, Counter[tuple]] = defaultdict(Counter)
    support: dict[str, Counter[str]] = defaultdict(Counter)
    unresolved: set[str] = set()
    spelled: dict[str, set[str]] = defaultdict(set)
    for places in place_lists:
        for key in {k for p in places if _considered(p) and (k := toponym_key(p.get("text")))}:
            support[key].update(c for c, n in _profile(places, key).items() if n > 0)
            if not _resolved_everywhere(places, key):
                unresolved.add(key)
        for p in places:
            if p.get("name") and (key := toponym_key(p.get("text"))):
                spelled[key].add(fold(p["text"]))
                if _considered(p):
                    readings[key][_reading(p)] += 1
    chosen: dict[str, tuple] = {}
    for key, counts in readings.items():
        if len(counts) == 1 and key not in unresolved:
            continue  # nothing to reconcile
        chosen[key] = max(sorted(counts, key=repr), key=lambda r: (
            support[key][r[4]], counts[r]))
    return Readings(chosen, {k: v for k, v in spelled.items() if k in chosen})


def corpus_readings(articles: Sequence[dict]) -> dict[str, tuple]:
    """Toponym key -> the reading the corpus's articles support best (see module docstring)."""
    return read_corpus(a.get("places", []) for a in articles).chosen


def _resolved_everywhere(places: Sequence[dict], key: str) -> bool:
    return all(p.get("name") for p in places if toponym_key(p.get("text")) == key)


def _contradicts(profile: Counter[str], own: tuple, corpus: tuple) -> bool:
    """The article's other places lie more in its own reading's country than in the corpus's."""
    return own[0] is not None and profile[own[4]] > profile[corpus[4]]


def _fixed(p: dict, chosen: dict[str, tuple], profile_of,
           spelled: dict[str, set[str]]) -> dict | None:
    """The place with the corpus reading, or None when it keeps its own."""
    if p.get("precision") == "site":
        key = toponym_key(p.get("within"))
        if key not in chosen or p.get("lat") is None:
            return None
        corpus = chosen[key]
        if (corpus[2], corpus[3]) == (p.get("lat"), p.get("lon")):
            return None
        if _contradicts(profile_of(key), (p.get("within"), None, None, None, p.get("country")),
                        corpus):
            return None  # a site follows its town only where a town of that name would
        return {**p, "lat": corpus[2], "lon": corpus[3], "country": corpus[4],
                "admin1": corpus[5], "within": corpus[0]}
    key = toponym_key(p.get("text"))
    if key not in chosen or not _considered(p) or _reading(p) == chosen[key]:
        return None
    profile = profile_of(key)
    if _contradicts(profile, _reading(p), chosen[key]):
        return None
    if p.get("name") is None and (fold(p.get("text") or "") not in spelled.get(key, ()) or (
            profile and not profile[chosen[key][4]])):
        return None  # unresolved: only a spelling resolved elsewhere, in an article about there
    return {**p, **dict(zip(READING, chosen[key], strict=True))}


def coherent(articles: Sequence[dict]) -> list[dict]:
    """The articles with every mention and event place of a toponym at its corpus reading
    (copies; an article nothing changes in is passed on as it is)."""
    arts = list(articles)
    found = read_corpus(a.get("places", []) for a in arts)
    if not found.chosen:
        return arts
    return [coherent_article(a, found) for a in arts]


def coherent_article(art: dict, found: Readings) -> dict:
    """One article at the corpus readings (itself when nothing changes)."""
    return _article(art, found.chosen, found.spelled) if found.chosen else art


def _article(art: dict, chosen: dict[str, tuple], spelled: dict[str, set[str]]) -> dict:
    places = art.get("places", [])
    cache: dict[str, Counter[str]] = {}

    def profile_of(key: str) -> Counter[str]:
        if key not in cache:
            cache[key] = _profile(places, key)
        return cache[key]

    new_places = [_fixed(p, chosen, profile_of, spelled) or p for p in places]
    events = [{**e, "place": f} if e.get("place") and (
        f := _fixed(e["place"], chosen, profile_of, spelled)) else e
        for e in art.get("events", [])]
    if all(a is b for a, b in zip(new_places, places, strict=True)) and all(
            a is b for a, b in zip(events, art.get("events", []), strict=True)):
        return art
    return {**art, "places": new_places, "events": events}
