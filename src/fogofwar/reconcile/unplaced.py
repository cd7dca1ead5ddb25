"""Places the toponym finder missed in one article but the corpus knows.

A town an article names only in a way the model did not tag as a place ("a Russian missile
strike against a busy shopping centre in Kremenchuk" read as an actor, "the city of
Kremenchug") leaves that article's events placed at "Ukraine", or nowhere, and they never meet
the other reports. Once the corpus has resolved the town elsewhere, a name of its
transliteration family in the event's own sentence places the event there, when exactly one
such town is named and it lies inside the coarser place the event had (same country, and same
first-level area when one is known). So does such a town in the sentence of an event whose
town was borrowed from another sentence of its paragraph: its own words place it better.
The corpus-wide readings come first (coherence.py).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence

from .coherence import coherent_article, read_corpus, toponym_key
from .unknown_recall import corpus_unknowns, recalled

#: A family key this short ("kv") names too many places to be read from free text.
MIN_KEY = 4
#: A capitalised name of one or two words; the second may open with an Arabic article
#: ("Wad al-Noura", "Deir el-Balah").
_NAME = re.compile(r"\b[A-Z][\w’'-]+(?:\s(?:[A-Z]|(?:al|el|ad|an|ar|as|ash|az)-)[\w’'-]+)?")
FINE = ("town", "point")


def _of_body(places: Iterable[dict]) -> list[dict]:
    """The places the body names: a headline's (`in_title`, offsets into the title) are for
    readers; incidents are joined on the body's, as before they were exported."""
    return [p for p in places if not p.get("in_title")]


def body_places(art: dict) -> dict:
    """The article with the places of its body alone (`_of_body`)."""
    places = art.get("places", [])
    if not any(p.get("in_title") for p in places):
        return art
    return {**art, "places": _of_body(places)}


def corpus_places(articles: Sequence[dict]) -> list[dict]:
    """The articles with coherent toponyms (coherence.py) and missed towns filled in."""
    arts = list(articles)
    return list(stream_places(lambda: iter(arts), lambda: (a.get("places", []) for a in arts)))


def stream_places(articles: Callable[[], Iterable[dict]],
                  place_lists: Callable[[], Iterable[Sequence[dict]]]) -> Iterator[dict]:
    """`corpus_places` one article at a time, for a corpus read again on each call of
    `articles` (and of `place_lists`, each article's places in the same order): two passes
    over the places learn the corpus readings and towns, a third its unknown places
    (unknown_recall.py), a fourth yields the articles, so memory holds one article and the
    per-toponym tallies, never the corpus."""
    def lists() -> Iterator[list[dict]]:
        return (_of_body(places) for places in place_lists())

    found = read_corpus(lists())
    towns = _towns(coherent_article({"places": list(places)}, found)["places"]
                   for places in lists())
    unknown = corpus_unknowns(lists())
    for art in articles():
        fixed = recalled(coherent_article(body_places(art), found), unknown)
        yield _placed(fixed, towns) if towns else fixed


def corpus_towns(articles: Sequence[dict]) -> dict[str, dict]:
    """Family key -> the one town or point the corpus resolves it to (keys with two readings,
    or too short to trust, are left out)."""
    return _towns(art.get("places", []) for art in articles)


def _towns(place_lists: Iterable[Sequence[dict]]) -> dict[str, dict]:
    readings: dict[str, dict[tuple, dict]] = defaultdict(dict)
    for places in place_lists:
        for p in places:
            if (p.get("precision") in FINE or _village_in_area(p)) and p.get("lat") is not None:
                key = toponym_key(p.get("text"))
                if key and len(key) >= MIN_KEY:
                    readings[key][(p.get("name"), p.get("lat"), p.get("lon"))] = p
    return {k: next(iter(v.values())) for k, v in readings.items() if len(v) == 1}


def _village_in_area(p: dict) -> bool:
    """A village no gazetteer knows, located at the area its text puts it in ("Wad al-Noura,
    Gezira state": resolve/places.py `_with_areas`): no town's point, but its name is as good a
    key as a town's for the reports that name it and nothing finer."""
    return p.get("feature_code") is None and bool(p.get("within")) and bool(p.get("name"))


def _inside(town: dict, coarse: dict | None) -> bool:
    if coarse is None:
        return True
    if coarse.get("country") and town.get("country") != coarse["country"]:
        return False
    return coarse.get("precision") not in ("admin1", *FINE) \
        or town.get("admin1") == coarse.get("admin1")


def _named_town(sentence: str, towns: dict[str, dict]) -> tuple[str, dict] | None:
    found: dict[tuple, tuple[str, dict]] = {}
    for m in _NAME.finditer(sentence):
        for text in (m.group(), m.group().split()[0]):
            key = toponym_key(text)
            if key in towns:
                town = towns[key]
                found[(town.get("name"), town.get("lat"))] = (text, town)
                break
    return next(iter(found.values())) if len(found) == 1 else None


def _borrowed_town(ev: dict) -> bool:
    """A town the event took from another sentence of its paragraph (`place_inherited`), not
    a site: a sentence naming a town of its own ("The attack in Kostiantynivka ...", after
    "a market in a town in Donetsk") tells where it happened better than its neighbour does,
    when that town lies in the borrowed one's first-level area."""
    place = ev.get("place") or {}
    return bool(ev.get("place_inherited")) and place.get("precision") in FINE


def _placed(art: dict, towns: dict[str, dict]) -> dict:
    events, changed = [], False
    text = art.get("text") or ""
    for ev in art.get("events", []):
        place = ev.get("place")
        coarse = place is None or place.get("name") is None or place.get("precision") in (
            "country", "admin1") or _borrowed_town(ev)
        if not coarse:  # a town, a point, or a site (located or not) stays as it is
            events.append(ev)
            continue
        hit = _named_town(ev.get("sentence") or "", towns)
        if hit is None or not _inside(hit[1], place):
            events.append(ev)
            continue
        name, town = hit
        start = max(text.find(name), 0)
        events.append({**ev, "place": {**town, "text": name, "start": start,
                                       "end": start + len(name)}})
        changed = True
    return {**art, "events": events} if changed else art
