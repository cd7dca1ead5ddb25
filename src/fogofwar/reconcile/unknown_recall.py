"""Unknown places one article found and another wrote without the finder tagging them.

A village no gazetteer knows is kept by resolve as a toponym with no reading, and its reports
join across articles by its name (unknown_places.py). But the finder tags a name only where
the model reads it as a place: "Ngarbuh village" is one in one report, while the next writes
"the Ngarbuh incident" (read as an organisation) or "admitted that Ngarbuh massacre of ..."
(not tagged at all), and its reports stay apart from the first's. unplaced.py fills in such
misses for the towns the corpus resolves; this does it for the names it could not resolve.

The corpus's unknown names are the capitalised part ("Ngarbuh" of "Ngarbuh village") of the
location toponyms with no reading; a name the corpus reads as a place with a reading anywhere
is not one (it is no unknown village there). An article writing such a name as a whole name,
not inside a longer capitalised run ("Al Masirah TV", "Major Murad Khan"), not opening a
sentence, and not where the article reads it as a known actor ("Taliban"), gets the mention as
a location toponym with no reading. After "the", the mention takes the word that follows
when that word is a place's kind or the news's ("the Ngarbuh incident": the incident of a
place named Ngarbuh, as "the Boulkessi base" is Boulkessi's); a name after "the" with no such
word is left alone ("the Kingdom", "the Ministry said", "the Air Force declared").

A recalled mention keys its reports in the countries its finders' pages are about as well as
its own page's (`recalled_countries`): a page on a Cameroonian village that names Nigeria more
often than Cameroon is still about it. And a report whose place its page or paragraph lent it
is keyed by the unknown places its own sentence names as well (incidents.event_refs): placed
at the town of a press briefing by its page, "said that Kelubo massacre was ..." still tells
of Kelubo.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache

from ..packs import load_pack, pack_words, require, word_set
from .unknown_places import page_countries, unknown_key

_CAPITALISED = re.compile(r"[A-Z][\w’'-]*")
_WORD = r"[\w’'-]"
_WORD_BEFORE = re.compile(rf"({_WORD}+)[^\w\n.!?\"“”]*$")
_WORD_AFTER = re.compile(rf"[ \t]*({_WORD}+)")
_SENTENCE_OPEN = re.compile(r"(?:^|[.!?\n\"“:]\s*|\(\s*)$")
_THE = re.compile(r"(?i)\bthe\s+$")


@cache
def _heads() -> frozenset[str]:
    """The words a name after "the" may qualify: a place's kind (toponyms pack `kind_of`,
    `kind_after`, `settlement_words`) or the page's news (events pack background
    `news_nouns`: "the Ngarbuh massacre")."""
    places = load_pack("toponyms")
    background = require(load_pack("events"), "events", "background", dict)
    return frozenset().union(*(word_set(places, "toponyms", k)
                               for k in ("kind_of", "kind_after", "settlement_words")),
                             word_set(background, "events", "news_nouns", "background."))


def _leads() -> frozenset[str]:
    return pack_words("toponyms", "before")


def _core(text: str | None) -> str:
    """The capitalised words of a mention, its trailing lowercase ones dropped."""
    words = (text or "").split()
    while words and not _CAPITALISED.match(words[-1]):
        words.pop()
    return " ".join(words)


def corpus_unknowns(place_lists: Iterable[Sequence[dict]]) -> dict[str, frozenset[str]]:
    """The capitalised names of the corpus's location toponyms with no reading, less those
    it reads as a place somewhere and those too short to key (unknown_places.unknown_key),
    each with the countries its finders' pages are about (unknown_places.page_countries)."""
    unknown: dict[str, set[str]] = {}
    read: set[str] = set()
    for places in place_lists:
        for p in places:
            core = _core(p.get("text"))
            if not core:
                continue
            if p.get("lat") is not None:
                read.add(core)
            elif p.get("role") == "location" and p.get("name") in (None, p.get("text")) \
                    and not core.lower().startswith("the ") and unknown_key(core) is not None:
                unknown.setdefault(core, set()).update(page_countries({"places": places}))
    return {k: frozenset(v) for k, v in unknown.items() if k not in read}


def recalled_countries(art: dict) -> frozenset[str]:
    """The countries the finders of the article's recalled mentions put them in: a page that
    writes "Ngarbuh" among more mentions of its neighbour than of its own country keys it
    where the page that found the village does."""
    return frozenset().union(*(p.get("recalled_in") or () for p in art.get("places", [])))


def _whole_name(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a name of its own: not opening a sentence and with no
    capitalised word right before or after it, but for a sentence's first word that leads
    a place (toponyms pack `before`: "In Kelubo, ...")."""
    before = text[max(0, start - 40):start]
    if _SENTENCE_OPEN.search(before):
        return False
    prev = _WORD_BEFORE.search(before)
    nxt = _WORD_AFTER.match(text, end)
    if prev and _CAPITALISED.match(prev.group(1)) and not (
            prev.group(1).lower() in _leads() and _SENTENCE_OPEN.search(before[:prev.start()])):
        return False
    return not (nxt and _CAPITALISED.match(nxt.group(1)))


def recalled(art: dict, names: dict[str, frozenset[str]]) -> dict:
    """The article with the mentions of the corpus's unknown `names` its finder missed added
    to its places (module docstring); the article itself when none is."""
    text = art.get("text") or ""
    if not names or not text:
        return art
    taken = [(p["start"], p["end"]) for p in art.get("places", [])
             if isinstance(p.get("start"), int) and isinstance(p.get("end"), int)]
    known = [(a["start"], a["end"]) for a in art.get("actors", [])
             if (a.get("actor_id") or a.get("name")) and isinstance(a.get("start"), int)
             and isinstance(a.get("end"), int)]
    added = []
    for name in sorted(names):
        if name not in text:
            continue
        for m in re.finditer(rf"(?<!{_WORD}){re.escape(name)}(?!{_WORD})", text):
            start, end = m.span()
            if not _whole_name(text, start, end) or any(
                    s < end and start < e for s, e in (*taken, *known)):
                continue
            if _THE.search(text[max(0, start - 5):start]):
                nxt = _WORD_AFTER.match(text, end)
                if not nxt or nxt.group(1) not in _heads():
                    continue
                end = nxt.end()
            added.append({"text": text[start:end], "start": start, "end": end, "name": None,
                          "geonames_id": None, "lat": None, "lon": None, "country": None,
                          "admin1": None, "feature_code": None, "precision": None,
                          "within": None, "role": "location", "recalled_in": names[name]})
            taken.append((start, end))
    return {**art, "places": [*art.get("places", []), *added]} if added else art
