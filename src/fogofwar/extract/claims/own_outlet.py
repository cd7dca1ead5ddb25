"""Whether a relay is the page's own outlet under another spelling.

The page's own outlet is never an intermediary ("told Rudaw" on Rudaw). `context.add_claim`
drops a relay whose canonical name is the outlet's; this module also catches the same outlet
written another way: with or without its common nouns ("Saba News Agency" on "Saba News",
"NRT Digital Media" on "NRT TV") or spaced another way ("Navid Shahed" on "Navideshahed").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from difflib import SequenceMatcher

from ..lexicon import cue_lexicon

#: Fewest letters a name's core needs before one core may merely start the other.
MIN_PREFIX = 3
#: Fewest letters, and least likeness, for two cores spelt a little apart to be one name.
MIN_FUZZY = 8
LIKENESS = 0.9


def names_page_outlet(name: str, outlets: Iterable[str]) -> bool:
    """Whether `name` is one of `outlets` (the page's own and original outlet) spelt
    another way."""
    words = _core_words(name)
    return bool(words) and any(_same_core(words, _core_words(o)) for o in outlets if o)


def _core_words(name: str) -> list[str]:
    """A name's distinctive words: its words less the common nouns any outlet may carry
    ("news", "agency", "tv", "media"); joined, they are its core."""
    lex = cue_lexicon()
    generic = lex.outlet_generic_words | lex.media_nouns
    words = re.findall(r"[a-z0-9]+", name.lower())
    return [w for w in words if w not in generic]


def _same_core(one_words: list[str], other_words: list[str]) -> bool:
    if not other_words:
        return False
    (short_words, short), (long_words, long_) = sorted(
        ((w, "".join(w)) for w in (one_words, other_words)), key=lambda x: len(x[1]))
    if short == long_:
        return True
    if len(short) >= MIN_PREFIX and long_.startswith(short) and not _digit_after(long_, short) \
            and not _inside_word(len(short), long_words):
        return True
    return len(short) >= MIN_FUZZY and SequenceMatcher(None, short, long_).ratio() >= LIKENESS


def _inside_word(cut: int, words: list[str]) -> bool:
    """"Arab News" is no "Arabs Today": where the longer name is written in words, the shorter
    core must end where one of them ends ("Tala" starts "Tala Digital"). "Taladigital", one
    word, shows no ends to check: what it goes on with must be long enough to be a word of its
    own ("SUNA" is no "Daily Sun": one letter more is another name)."""
    if len(words) < 2:
        return len(words) == 1 and len(words[0]) - cut < MIN_PREFIX
    ends, total = set(), 0
    for word in words:
        total += len(word)
        ends.add(total)
    return cut not in ends


def _digit_after(long_: str, short: str) -> bool:
    """"France 24" is no "France": a number after the shared letters makes another name."""
    return long_[len(short):len(short) + 1].isdigit()
