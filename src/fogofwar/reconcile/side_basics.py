"""What every reading of a claimant's side shares (claimant_sides.py dispatches them).

A conflict pack's side, a named group's own party and a state's own code (`mention_side`,
`country_side`, `group_party`), whether a pack's sides hold on a page (`in_conflict`), the
title phrase before a speaker (`title_phrase_start`) and the words of a state's body
(`state_body_words`). Kept apart from the readings of each kind of voice (civil_sides,
state_body_sides, party_sides, described_sides) so that all of them import it and it
imports none of them: imports run one way, from here up to claimant_sides.
"""

from __future__ import annotations

import re
from functools import cache

from ..annotate.packdata import actor_packs
from ..packs import load_pack, pack_words, word_set
from ..resolve.gazetteer import iso3
from ..resolve.nonstate import group_named, is_non_state, named_group
from .titles import words_before

#: Sectors whose country is not a side: a wire agency or a UN body speaks for no party.
NEUTRAL_SECTORS = ("MED", "IGO", "NGO")


@cache
def state_sides() -> dict[str, str]:
    """ISO3 -> side, from the loaded conflict packs."""
    return dict(actor_packs().state_sides)


@cache
def focus_countries() -> frozenset[str]:
    """ISO3 of the countries the loaded conflict packs' wars are fought in."""
    return frozenset(filter(None, map(iso3, actor_packs().focus_countries)))


def country_side(code: str) -> str:
    """The side a country's conflict pack gives it, else the country itself (lower case)."""
    return state_sides().get(code) or code.lower()


def named_countries(art: dict) -> frozenset[str]:
    """ISO3 of every country the article's resolved places lie in or stand for."""
    return frozenset(p["country"] for p in art.get("places", []) if p.get("country"))


def in_conflict(art: dict | None) -> bool:
    """Whether a conflict pack's sides hold on the article: it names a place in a pack's focus
    countries, or no country at all (nothing says it is of another war)."""
    if art is None:
        return True
    named = named_countries(art)
    return not named or bool(named & focus_countries())


def non_state(m: dict) -> bool:
    return is_non_state(m.get("text"), m.get("sector"), m.get("actor_id"))


def _state_label(m: dict, art: dict) -> bool:
    """The mention's side is its own state's (a state's name for its party, not a pack's
    reading of who a group or a description is with), a state the article names."""
    country = m.get("country")
    return country in named_countries(art) and m.get("side") == state_sides().get(country) \
        and m.get("sector") not in NEUTRAL_SECTORS and not non_state(m)


def own_party(m: dict) -> str | None:
    """The party of a named non-state armed group, or of a body named after one (see module):
    its own id, or the side of the land it is the authority of (pack key `governs`: Hamas's
    voices and Gaza's health ministry speak for one party)."""
    group = m["actor_id"] if non_state(m) and named_group(m.get("actor_id")) \
        else group_named(m.get("text") or "")
    return None if group is None else group_party(group)


def group_party(group: str) -> str:
    """A named armed group's party: its own id, or the side of the land it governs."""
    land = getattr(actor_packs().actors[group], "governs", None)
    return country_side(land) if land else group


def mention_side(m: dict, art: dict | None = None) -> str | None:
    """A claimant mention's side (see module): the packs' where they hold on `art`, else a
    named group's own party, else its state's (by its country: "ukr" where no pack gives one),
    none for media, IGOs, NGOs and unnamed non-state groups. A pack actor of a country a page
    of another war never names ("government forces" read as Syria's) is no voice of it."""
    side = m.get("side")
    if side and (art is None or in_conflict(art) or _state_label(m, art)):
        return side
    party = own_party(m)
    if party:
        return party
    country = m.get("country")
    if not country or m.get("sector") in NEUTRAL_SECTORS or non_state(m):
        return None
    if side and art is not None and country not in named_countries(art):
        return None
    return country_side(country)


@cache
def state_body_words() -> frozenset[str]:
    """Words of a state's body or office in a claimant ("ministry", "minister", "government"):
    a ministry's head words, unnamed state bodies' and the reconcile pack's
    `state_office_words`."""
    heads, _ = ministry_words()
    return heads | unnamed_state_bodies() \
        | pack_words("reconcile", "state_office_words")


def unnamed_state_bodies() -> frozenset[str]:
    """Words naming a state's body with no country ("government", "authorities")."""
    return pack_words("reconcile", "unnamed_state_bodies")


@cache
def ministry_words() -> tuple[frozenset[str], frozenset[str]]:
    """The head words of a state's ministry and of its voices (reconcile pack
    `unnamed_state_ministry_heads`, `unnamed_state_ministry_voices`)."""
    pack = load_pack("reconcile")
    return (word_set(pack, "reconcile", "unnamed_state_ministry_heads"),
            word_set(pack, "reconcile", "unnamed_state_ministry_voices"))


#: What ends the title phrase looked back over before a speaker: a clause's punctuation or a
#: word that opens or closes a clause ("…, said UN envoy X", "according to ICRC spokeswoman
#: X", "told the UN that Israel …").
_CLAUSE_BREAK = re.compile(r"[,;:()\u2014\u2013\"“”]|\b(?:that|said|says|say|told|tells|after|"
                           r"when|while|but|who|which|whom|as)\b"
                           r"|\bto\b(?!\s+(?:the\s+)?(?:[A-Z]|U\.N))")


#: Most words of that title phrase.
TITLE_PHRASE_WORDS = 10


def title_phrase_start(m: dict, art: dict) -> int:
    """Where the title phrase right before a speaker's mention starts (its own start when
    none): from the last clause break in its sentence, at most TITLE_PHRASE_WORDS words."""
    before = words_before(m, art)
    lo = m["start"] - len(before)
    breaks = list(_CLAUSE_BREAK.finditer(before))
    cut = breaks[-1].end() if breaks else 0
    words = list(re.finditer(r"\S+", before[cut:]))
    if len(words) > TITLE_PHRASE_WORDS:
        cut += words[-TITLE_PHRASE_WORDS].start()
    return lo + cut
