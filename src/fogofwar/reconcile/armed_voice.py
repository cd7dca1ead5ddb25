"""Whether a claimant speaks for a non-state armed group: its "fighters" are the group's own.

"Fighters" and "combatants" are words for a state's forces and a rebel group's men alike. A
rebel voice counting "41 fighters" or "12 of our fighters" counts its group's dead, the men a
state's voice calls "militants" or "attackers" (evidence.victim): read as soldiers, the rebel's
toll and the state's count of the same dead were two groups, never compared. A voice is a
group's where its mention is a non-state group ("Hamas", "the rebels": resolve/nonstate.py),
a named group opens its name ("Taliban spokesman"), or the page calls it by such a group's
word right before its name ("rebel leader X", "Chechen warlord X": pack key
`armed_voice_titles`).
"""

from __future__ import annotations

import re

from ..packs import pack_words
from ..resolve.nonstate import WORD, armed_nouns, group_named, is_non_state, named_group
from .claimant_sides import NEUTRAL_SECTORS
from .titles import group_voice_titles, words_before


def armed_titles() -> frozenset[str]:
    """Words that make the person named right after them a non-state group's man ("warlord")."""
    return pack_words("reconcile", "armed_voice_titles")


def armed_voice(m: dict | None, name: str, art: dict) -> bool:
    """The claimant (its mention `m`, its name as its row gives it) is a non-state armed group
    or speaks for one (see module)."""
    m = m or {}
    if m.get("sector") in NEUTRAL_SECTORS:  # a monitor or rights group ("the group said")
        return False
    if is_non_state(m.get("text"), m.get("sector"), m.get("actor_id")) \
            or named_group(m.get("actor_id")) or group_named(m.get("text") or "") \
            or group_named(name or ""):
        return True
    return bool(name) and len(WORD.findall(name)) >= 2 and _called_armed(name, art)


def _called_armed(name: str, art: dict) -> bool:
    """The page names the person right after a word of an armed group ("rebel leader Shamil
    X", "Chechen warlord Shamil X", "militant commander X")."""
    text = art.get("text") or ""
    for hit in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
        words = [w.lower() for w in WORD.findall(words_before({"start": hit.start()}, art))]
        if words and words[-1] in armed_titles():
            return True
        if len(words) >= 2 and words[-1] in group_voice_titles() and words[-2] in armed_nouns():
            return True
    return False
