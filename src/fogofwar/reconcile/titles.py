"""The country a speaker of no known side speaks for, read from the title the article gives.

A named official the actor packs do not know ("Kyrylo Tymoshenko", "Oleksandr Honcharenko")
would count as a voice of no side, so their toll would contradict their own government's. The
article usually says whose official they are where it first names them, in the words before the
name in its sentence: a place or demonym there ("the mayor of Kramatorsk, Oleksandr
Honcharenko", "Russian-installed governor Vladimir Saldo") gives that place's country; a
state office with no place ("Deputy Head of Presidential Office Kyrylo Tymoshenko", the
reconcile pack's `state_titles`) gives the country the article's locations are mostly in.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from ..packs import load_pack, require

#: How far before a name its title is looked for (characters), and what ends the look.
TITLE_CHARS = 90
_STOP = re.compile(r"[.;!?\n“”\"]\s*")
_WORD = re.compile(r"[^\W\d_]+")


@cache
def state_titles() -> frozenset[str]:
    """Words of a state office ("mayor", "governor", "presidential"), lower case."""
    return frozenset(w.lower() for w in require(load_pack("reconcile"), "reconcile",
                                                "state_titles", list))


def titled_country(name: str, art: dict) -> str | None:
    """ISO3 of the state the title right before a personal name says the speaker serves."""
    text = art.get("text") or ""
    words = _WORD.findall(name)
    if not text or not _personal(words):
        return None
    surname = re.compile(r"\b" + re.escape(words[-1]) + r"\b")
    places = sorted((p for p in art.get("places", [])
                     if p.get("country") and p.get("start") is not None), key=lambda p: p["start"])
    for m in surname.finditer(text):
        lo = _title_start(text, m.start())
        if lo is None:
            continue
        inside = [p for p in places if lo <= p["start"] and p["end"] <= m.start()]
        named = [p for p in inside if p.get("role") in ("demonym", "actor")] or inside
        return named[-1]["country"] if named else home_country(art)
    return None


def _personal(words: list[str]) -> bool:
    """A personal name: capitalised words, the last no title or role noun ("Deputy Head")."""
    return bool(words) and all(w[0].isupper() for w in words) \
        and words[-1].lower() not in state_titles() | ROLE_NOUNS


#: Role nouns a mention may end in that are no one's name.
ROLE_NOUNS = frozenset({"head", "chief", "spokesman", "spokeswoman", "spokesperson", "official",
                        "officials", "source", "sources", "authorities", "media", "office"})
#: Words that end the modifiers looked back over before a title word ("the Moscow-appointed
#: governor": "the").
_OPENERS = frozenset({"the", "a", "an", "and", "by", "to", "said", "says", "told", "from"})


def _title_start(text: str, at: int) -> int | None:
    """Where the title phrase before the name at `at` starts: from a state title word (with
    the two words before it unless a determiner or verb comes first) to the name, within the
    sentence and TITLE_CHARS; None when no state title word stands there."""
    lo = max(0, at - TITLE_CHARS)
    stops = list(_STOP.finditer(text, lo, at))
    lo = stops[-1].end() if stops else lo
    tokens = list(_WORD.finditer(text, lo, at))
    hits = [i for i, t in enumerate(tokens) if t.group().lower() in state_titles()]
    if not hits:
        return None
    i = hits[0]
    for _ in range(2):
        if i == 0 or tokens[i - 1].group().lower() in _OPENERS:
            break
        i -= 1
    return tokens[i].start()


def home_country(art: dict) -> str | None:
    """The country most of the article's location mentions lie in, when one leads."""
    counts = Counter(p["country"] for p in art.get("places", [])
                     if p.get("role") == "location" and p.get("country"))
    top = counts.most_common(2)
    if not top or (len(top) > 1 and top[1][1] == top[0][1]):
        return None
    return top[0][0]
