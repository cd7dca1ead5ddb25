"""Sides read from what a claimant's words or the page around it name, and media.

A place within the claimant's words (`side_named_within`, headlines included), a
description after it (`described_side`), an acronym the page spells out (`acronym_side`),
and media: a group's own channel (`owned_medium_side`), a party's or state's own medium
(`party_medium_side`), a state-owned medium's owner (`owner_side`, for disputes.py); a
place named only as a body's seat gives no side (`based_where`). Tried by claimant_sides.py
after the readings of named parties; imports side_basics and civil_sides only.
"""

from __future__ import annotations

import re
from functools import cache

from ..clean.outlets import outlets
from ..packs import pack_words
from ..resolve.nonstate import group_named
from .civil_sides import civil_body, described_civil
from .side_basics import NEUTRAL_SECTORS, country_side, group_party, non_state
from .titles import described_country


def party_medium_side(m: dict, art: dict) -> str | None:
    """The side of the party or state whose own medium the claimant is (own_media.py): read
    only for a claimant, the voice that gives the figure, never for a medium that relays."""
    from .own_media import own_medium_side
    from .speakers import is_medium
    return own_medium_side(m, art, is_medium(m))


#: A possessive of up to four words right before a name ("the Houthi movement's ",
#: "The Houthi rebels´ "): whose the named thing is.
_OWNER = re.compile(r"((?:[\w-]+\s+){0,3}[\w-]+?)(?:['’´]s|s['’´]|['’´])\s+$")


def owned_medium_side(m: dict, art: dict) -> str | None:
    """The party of a named armed group a medium is written as belonging to ("the Houthi
    movement's Al-Masirah channel said", "The Houthi rebels' Al-Masirah reported"): the
    group's own channel speaks for it, as its officials do. Other media speak for no party."""
    if m.get("sector") != "MED" or m.get("start") is None:
        return None
    before = (art.get("text") or "")[max(0, m["start"] - 60):m["start"]]
    owner = _OWNER.search(before.split("\n")[-1])
    if owner is None:
        return None
    words = owner.group(1).split()
    group = next(filter(None, (group_named(" ".join(words[k:])) for k in range(len(words)))),
                 None)
    return None if group is None else group_party(group)


#: An acronym as a claimant: two to six capitals ("KDF", "SDF", "AFRICOM").
_ACRONYM = re.compile(r"[A-Z]{2,6}")


#: How far before "(ACRONYM)" the full name it stands for is looked for (characters).
ACRONYM_CHARS = 60


def acronym_side(m: dict, art: dict) -> str | None:
    """The side of the country the full name an acronym stands for names, where the article
    spells it out ("the Kenya Defence Forces (KDF) said", then "KDF said"): a place in the
    words right before the first "(KDF)", within their sentence. Media, IGOs, NGOs and
    non-state groups take no side from it."""
    text, name = art.get("text") or "", (m.get("text") or "").strip()
    if not _ACRONYM.fullmatch(name) or m.get("sector") in NEUTRAL_SECTORS or non_state(m):
        return None
    at = text.find(f"({name})")
    if at < 0:
        return None
    lo = max(0, at - ACRONYM_CHARS, *(text.rfind(c, 0, at) + 1 for c in ".;\n"))
    for p in art.get("places", []):
        if p.get("country") and p.get("start") is not None and lo <= p["start"] < at:
            return country_side(p["country"])
    return None


def _in_title(m: dict, art: dict) -> bool:
    """Whether the mention is a headline's: its offsets point at its own words (case aside: the
    headline is parsed recased) in the title, not in the page's text."""
    words = (m.get("text") or "").casefold()
    return (art.get("text") or "")[m["start"]:m["end"]] != (m.get("text") or "") \
        and (art.get("title") or "")[m["start"]:m["end"]].casefold() == words


def _places_spelled(words: str, art: dict) -> list[dict]:
    """The page's places of a country whose words `words` spell, case aside and on word
    boundaries: how a headline's claimant ("Malaysian PM", its offsets into the title) names
    a place the body resolved ("Malaysian security forces")."""
    low = words.casefold()
    return [p for p in art.get("places", []) if p.get("country") and p.get("text")
            and re.search(r"(?<!\w)" + re.escape(p["text"].casefold()) + r"(?!\w)", low)
            and (p.get("role") in ("demonym", "actor") or _read_as_written(p))]


def _read_as_written(p: dict) -> bool:
    """A location whose resolved name holds its words as written ("Sulu": Sulu), not a name
    a later pass read it as ("Hatay" keyed to a region of another state): only such a
    reading says which state a headline's words name."""
    return p["text"].casefold() in (p.get("name") or "").casefold()


def side_named_within(m: dict, art: dict) -> str | None:
    """The side of the country a claimant's own words name when no pack knows the claimant:
    "Gaza's civil defence agency", "the Dnipro regional administration", "the Kharkiv police"
    speak for the country their place is in. Media, IGOs and NGOs, named or described ("a
    Burkina Faso NGO", "the Sudanese Doctors Network": `civil_body`), take no side from it.
    A mention whose offsets do not point at its words in the page's text (a headline's
    claimant, placed in the title) is read by its words: a place the page resolved that they
    spell ("Malaysian PM": the body's "Malaysian"), never the body's place that happens to lie
    at the same offsets."""
    if m.get("sector") in NEUTRAL_SECTORS or m.get("start") is None or m.get("end") is None \
            or non_state(m) or described_civil(m.get("text")) or based_where(m.get("text")) \
            or civil_body(m.get("text")):
        return None
    if _in_title(m, art):
        sides = {country_side(p["country"]) for p in _places_spelled(m.get("text") or "", art)}
        return sides.pop() if len(sides) == 1 else None
    for p in art.get("places", []):  # inside it, or overlapping its start ("The DR Congo's")
        if p.get("country") and p.get("start") is not None \
                and p["start"] < m["end"] and m["start"] < p["end"] <= m["end"]:
            return country_side(p["country"])
    return None


def described_side(m: dict, art: dict) -> str | None:
    """The side of the state a description right after the claimant says it serves
    (titles.described_country: "Rahmi Doğan, the governor of Hatay in Turkey", "the local
    governor in the province of Hatay"); none for a pack-known actor, medium or non-state."""
    if m.get("actor_id") or m.get("sector") in NEUTRAL_SECTORS or non_state(m):
        return None
    code = described_country(m, art)
    return country_side(code) if code else None


@cache
def _state_media() -> dict[str, str]:
    """Outlet id -> ISO3 of the state that owns it (outlets pack `state_owned`)."""
    return {o.id: o.country for o in outlets() if o.id and o.state_owned and o.country}


def owner_side(m: dict) -> str | None:
    """The side of the state that owns a claimant medium ("the official Xinhua news agency
    reported"): it speaks for no party, yet its count is no voice against its own state's."""
    if m.get("sector") != "MED":
        return None
    country = _state_media().get(m.get("actor_id") or "")
    return None if country is None else country_side(country)


def base_words() -> frozenset[str]:
    """Words that make a place where a body sits, not whose it is ("based", "headquartered")."""
    return pack_words("reconcile", "base_location_words")


def based_where(text: str | None) -> bool:
    """A claimant described by where it is based ("the Britain-based war monitor", "a monitor
    based in London"): the place is its seat, not the party it speaks for."""
    words = re.findall(r"[\w’']+", (text or "").lower())
    return bool(set(words) & base_words())
