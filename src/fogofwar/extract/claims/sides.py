"""The side of an unnamed source group, read from its description.

War reports often cite nobody by name: "Pro-government sources claimed …", "senior opposition
and rebel sources", "Turkish military sources", "the Russian side". The phrase is the claimant
as written, but its description says whose it is, and reconciliation needs that side to tell
corroboration across sides from echoes within one. A demonym names a state, whose side the
conflict pack gives; descriptor words ("pro-government", "rebel") map to a side in the cues
pack, per conflict, and are checked against that conflict's sides on load.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ...annotate.packdata import actor_packs
from ...errors import PackError
from ...packs import load_pack, require
from ...records import Mention
from ...words import alternation
from ..lexicon import cue_lexicon

PACK = "cues"
KEY = "descriptor_sides"
WORD = re.compile(r"[\w’'-]+")


@cache
def _descriptors(conflicts: tuple[str, ...]) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """One pattern over every descriptor of the loaded conflicts, and descriptor -> side."""
    section = require(load_pack(PACK), PACK, KEY, dict)
    sides = actor_packs(conflicts).sides
    table: dict[str, str] = {}
    for conflict in conflicts:
        entry = section.get(conflict) or {}
        if not isinstance(entry, dict):
            raise PackError(f"{PACK}.yaml: '{KEY}.{conflict}' must be a mapping of side to words")
        for side, words in entry.items():
            if side not in sides:
                raise PackError(f"{PACK}.yaml: '{KEY}.{conflict}': unknown side '{side}' "
                                f"(the {conflict} pack's sides are {', '.join(sorted(sides))})")
            if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
                raise PackError(f"{PACK}.yaml: '{KEY}.{conflict}.{side}' must be a list of words")
            for word in words:
                table.setdefault(word.lower(), side)
    if not table:
        return None, table
    words = alternation(table, longest_first=True)
    return re.compile(rf"(?<![\w-])(?:{words})(?![\w-])", re.IGNORECASE), table


def descriptor_side(text: str) -> tuple[str | None, str | None]:
    """(country, side) a group description implies, or (None, None).

    A demonym wins ("Turkish government sources" are Turkey's, not Syria's government); with
    descriptors of two different sides ("government and opposition sources") none is given.
    """
    packs = actor_packs()
    for word in WORD.findall(text):
        iso3 = packs.demonyms.get(word)
        if iso3:
            return iso3, packs.state_sides.get(iso3)
        if word in packs.demonym_sides:
            return None, packs.demonym_sides[word]
    pattern, table = _descriptors(packs.conflicts)
    if pattern is None:
        return None, None
    found = {table[m.group(0).lower()] for m in pattern.finditer(text)}
    return (None, found.pop()) if len(found) == 1 else (None, None)


def with_descriptor_side(mention: Mention) -> Mention:
    """An unresolved claimant with the country and side its description implies; resolved
    actors and claimants that already have a side are returned unchanged."""
    if mention.actor_id is not None or mention.side is not None or not is_group(mention.text):
        return mention
    country, side = descriptor_side(mention.text)
    if side is None and country is None:
        return mention
    return replace(mention, country=mention.country or country, side=side)


def is_group(text: str) -> bool:
    """Whether a phrase describes unnamed informants ("rebel sources", "the Russian side"),
    not a named body whose name happens to hold a demonym ("Syrian Observatory")."""
    words = WORD.findall(text.lower())
    if not words:
        return False
    last, nouns = words[-1], cue_lexicon().source_nouns
    return last in nouns or (last.endswith("s") and last[:-1] in nouns)
