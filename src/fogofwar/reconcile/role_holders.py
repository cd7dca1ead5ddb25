"""A bare role is the named person another page of the incident says holds it.

One page writes "Rahmi Dogan, the governor of the Turkish province Hatay, said"; another's
title ends "- Hatay governor". Keyed by claimant, the two read as two voices, the role with no
side, and the governor's toll showed twice. A named claimant's source as its page wrote it
(the claim's `source_text`) holds the role its page gives him; a claimant that is only a role
("Hatay governor", "the governor": its last word a generic word and the role that description
gives him, every word of it in that description) is that person when exactly one named
claimant of the incident (spellings of one name counted once: voices.same_voice) holds it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import cache

from ..annotate.packdata import actor_packs
from ..packs import load_pack, require
from .incidents import EventRef
from .voices import generic_words, name_words, role_words, same_voice, stem

_WORD = re.compile(r"[^\W\d_]+")


def _description(ref: EventRef) -> tuple[frozenset[str], frozenset[str]]:
    """(role heads, words) its page wrote around a claimant's name in its source, stemmed:
    "Rahmi Dogan, the governor of the Turkish province Hatay" holds the role "governor" (the
    word before the first "of", "in" or comma after the name) and the words "governor",
    "turkish", "province", "hatay"; "Hatay Governor Rahmi Dogan" the generic word right
    before the name. The owner of a role ("spokesperson of the Thai military") is no role:
    the military is not its spokesperson."""
    text = (ref.source_text or "").replace("\u2019", "'")
    if ref.claimant not in text:
        return frozenset(), frozenset()
    before, _, after = text.partition(ref.claimant)
    heads = set()
    lead = _WORD.findall(before.lower())
    if lead and lead[-1] in generic_words():
        heads.add(stem(lead[-1]))  # "Thai military spokesperson X": not the military
    if after.lstrip().startswith(","):  # an apposition; "Mali's government" is Mali's body
        clause = re.split(r"[,;(]|\b(?:of|for|in|at|to|which|who)\b",
                          after.lower().lstrip(" ,"))[0]
        if words := _WORD.findall(clause):
            heads.add(stem(words[-1]))
    return frozenset(heads), role_words(before + " " + after)


def _role(claimant: str) -> tuple[str, frozenset[str]] | None:
    """(role word, words) of a claimant that is only a role: its last word a generic word
    ("governor", "spokesman"), stemmed as `role_words`. None for any other, and for a plural
    role ("survivors", "officials"): several people speak, not the one a page names as
    holding it ("Survivor Danjuma Salisu")."""
    words = _WORD.findall(claimant.lower().replace("\u2019", "'"))
    if not words or words[-1] not in generic_words() or stem(words[-1]) != words[-1]:
        return None
    return stem(words[-1]), role_words(claimant)


@cache
def _spellings() -> dict[str, str]:
    """A word's other spelling -> the one kept ("defence" -> "defense"; reconcile pack
    `role_spellings`), lower case."""
    pack = require(load_pack("reconcile"), "reconcile", "role_spellings", dict)
    return {str(k).lower(): str(v).lower() for k, v in pack.items()}


@cache
def _demonyms() -> frozenset[str]:
    return frozenset(d.lower() for d in actor_packs().demonyms)


def _folded(words: frozenset[str]) -> frozenset[str]:
    """Role words as compared: one spelling of each ("Defence Minister" is "Defense Minister")
    and no demonym ("the Turkish defense minister" holds the role "Defence Minister X" does:
    whose state he serves is his side's to say, kept apart by the side check)."""
    return frozenset(_spellings().get(w, w) for w in words if w not in _demonyms())


def role_holders(refs: Sequence[EventRef]) -> dict[str, str]:
    """Role claimant -> the one named claimant of the incident whose page describes him as
    holding that role (see module); a role two people hold, or one of another side, stays."""
    held: dict[str, set[str]] = {}
    heads: dict[str, set[str]] = {}
    sides: dict[str, set[str]] = {}
    pages: dict[str, set[str]] = {}
    count = Counter(r.claimant for r in refs)
    for r in refs:
        pages.setdefault(r.claimant, set()).add(r.article_id)
        if r.side:
            sides.setdefault(r.claimant, set()).add(r.side)
        if _role(r.claimant) is None and name_words(r.claimant):
            role, words = _description(r)
            if role:
                held.setdefault(r.claimant, set()).update(words)
                heads.setdefault(r.claimant, set()).update(role)
    out: dict[str, str] = {}
    for claimant in {r.claimant for r in refs} - held.keys():
        role = _role(claimant)
        if role is None:
            continue
        word, words = role
        holders = [c for c, said in held.items()
                   if word in heads[c] and _folded(words) <= _folded(frozenset(said))]
        if not holders or not all(same_voice(holders[0], c) for c in holders[1:]):
            continue
        # the spelling its own page gives, then a sided one, then the most often given
        target = max(holders, key=lambda c: (bool(pages[c] & pages[claimant]),
                                             bool(sides.get(c)), count[c], c))
        if not sides.get(claimant) or sides[claimant] == sides.get(target):
            out[claimant] = target
    return out
