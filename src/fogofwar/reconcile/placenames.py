"""Transliteration families of place names: Kiev/Kyiv, Kharkov/Kharkiv, Yelenovka/Olenivka.

Russian and Ukrainian (and Arabic) romanisations of one name differ in vowels, in y/j glides and
in doubled letters far more than in consonants. A name's family key is its consonant skeleton
after the pack's rewrite rules (`transliteration_rules` in reconcile.yaml: "kh" -> "h",
"zh" -> "z", "ye"/"yi" -> "i" ...): vowels, y and w are dropped and doubled letters collapse,
so "Kiev" and "Kyiv" are both "kv", "Yelenovka" and "Olenivka" both "lnvk". The key is far too
loose to say two names of the world are one place; it is only used inside one corpus, where two
spellings with one key and compatible readings are taken as one toponym (see coherence.py).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from ..packs import load_pack, require


@cache
def _rules() -> tuple[tuple[re.Pattern[str], str], ...]:
    rules = require(load_pack("reconcile"), "reconcile", "transliteration_rules", list)
    out = []
    for rule in rules:
        if not (isinstance(rule, list) and len(rule) == 2 and all(isinstance(x, str)
                                                                    for x in rule)):
            require({"rule": rule}, "reconcile", "rule", list)
            raise ValueError(f"reconcile.yaml: transliteration rule {rule!r} must be [from, to]")
        out.append((re.compile(rule[0]), rule[1]))
    return tuple(out)


def fold(name: str) -> str:
    """Lower case, accents and apostrophes dropped, one space between words."""
    plain = unicodedata.normalize("NFKD", name.lower())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^a-z0-9 ]+", "", plain.replace("-", " ")).split())


def family_key(name: str) -> str:
    """The consonant skeleton of a name after the pack's rewrite rules (see module docstring)."""
    key = fold(name)
    for pattern, repl in _rules():
        key = pattern.sub(repl, key)
    key = re.sub(r"[aeiouyw ]+", "", key)
    return re.sub(r"(.)\1+", r"\1", key)
