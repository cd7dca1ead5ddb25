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
    core = _core(name)
    return bool(core) and any(_same_core(core, _core(o)) for o in outlets if o)


def _core(name: str) -> str:
    """A name's distinctive letters: its words less the common nouns any outlet may carry
    ("news", "agency", "tv", "media"), joined."""
    lex = cue_lexicon()
    generic = lex.outlet_generic_words | lex.media_nouns
    words = re.findall(r"[a-z0-9]+", name.lower())
    return "".join(w for w in words if w not in generic)


def _same_core(one: str, other: str) -> bool:
    if not other:
        return False
    short, long_ = sorted((one, other), key=len)
    if short == long_:
        return True
    if len(short) >= MIN_PREFIX and long_.startswith(short) and not _digit_after(long_, short):
        return True
    return len(short) >= MIN_FUZZY and SequenceMatcher(None, short, long_).ratio() >= LIKENESS


def _digit_after(long_: str, short: str) -> bool:
    """"France 24" is no "France": a number after the shared letters makes another name."""
    return long_[len(short):len(short) + 1].isdigit()
