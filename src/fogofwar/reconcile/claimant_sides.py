"""The side a claimant speaks for, on any conflict, packed or not.

A claimant's side is what tells a dispute across sides from one side's voices, and a
toll confirmed across sides from one echoed within a side. Where the conflict packs name it,
their side; otherwise, read from what the claimant is:
- a state's government, forces and officials speak for their state: the side its conflict pack
  gives it, else the state's own code ("ken"), so two states' officials are two sides anywhere;
- a named non-state armed group speaks for its own party (its actor id: "alshabaab", "bla"), as
  do its own officials and bodies named after it ("Houthi health officials", "BLA spokesperson":
  `resolve.nonstate.group_named`); one the packs know as the authority of a land (`governs`:
  Hamas, the Houthis, the Taliban) for that land's side, as its bodies there do; an unnamed
  one ("rebels", "militants") for no known party;
- media, IGOs and NGOs speak for no party (a state-owned medium disputes no toll of the state
  that owns it: `owner_side`, disputes.py), but for a party's or state's own medium giving a
  figure as its claimant (own_media.py: Al-Masirah, "state media", "Israeli media"); an
  international body (the UN, the ICRC, MSF, Amnesty, HRW) speaks as a third party of its own
  (`international_side`), and a rights group the packs do not know as the rights side a
  state's watchdog speaks as (`rights_group`, `WATCHDOG`).
A conflict pack's sides hold on its own conflict only (`in_conflict`: a page naming a place
in its focus countries, or naming no country at all): on a page of another war its groups'
sides ("rebels" the Syrian opposition, Hezbollah the Syrian government's) and its descriptor
sides ("government official") say nothing, and the claimant is sided as above; a state keeps
its label, the same party on every war.

The readings of each kind of voice live in sibling modules, imported one way (each only from
those above it in this list) and re-exported here, where the rest of the package imports
them from: side_basics (what they share: a pack's side, a state's code, the title phrase),
civil_sides (rights watchdogs and groups, civil bodies, international bodies), party_sides
(the opposition, named armed groups' voices), described_sides (a place in the claimant's
words, a description, an acronym, media) and state_body_sides (a state's offices, unnamed
bodies and ministries, a body described by its land). This module keeps only the order they
are tried in (`claimant_side`, `_claimant_side`) and the readings that go back to it (the
same person's or the party's side elsewhere on the page).
"""

from __future__ import annotations

import re

from ..resolve.nonstate import WORD, named_group
from .civil_sides import (
    WATCHDOG,
    body_sides,
    civil_body,
    civil_body_descriptions,
    civil_body_nouns,
    described_civil,
    international_side,
    international_voice,
    is_party,
    rights_group,
    rights_person,
    state_watchdog,
    third_party_sides,
)
from .described_sides import (
    ACRONYM_CHARS,
    acronym_side,
    base_words,
    based_where,
    described_side,
    owned_medium_side,
    owner_side,
    party_medium_side,
    side_named_within,
)
from .party_sides import (
    OPPOSITION,
    described_group_side,
    described_opponent,
    lone_group_side,
    lone_group_voices,
    opposition_named,
    opposition_side,
    opposition_voice_words,
    opposition_words,
    owner_group_side,
    state_opponents,
    voice_of_group,
)
from .side_basics import (
    NEUTRAL_SECTORS,
    TITLE_PHRASE_WORDS,
    country_side,
    focus_countries,
    group_party,
    in_conflict,
    mention_side,
    named_countries,
    own_party,
    state_body_words,
    state_sides,
    title_phrase_start,
    unnamed_state_bodies,
)
from .state_body_sides import (
    HOME_PLACES,
    MINISTRY_WORDS,
    PARTY_STATE_NAMES,
    STATE_SECTORS,
    LandSide,
    described_land_name,
    described_land_side,
    described_officer_side,
    governed_lands,
    home_body_side,
    home_ministry_side,
    land_basis,
    land_description,
    land_named,
    national_office,
    national_office_words,
    office_country,
    outlet_state,
    party_states,
    state_officer_side,
    titled_side,
    unnamed_body_modifiers,
    unnamed_ministry,
    unnamed_officials,
    unnamed_state_body_phrases,
)
from .titles import group_voice_titles

__all__ = [
    "ACRONYM_CHARS",
    "HOME_PLACES",
    "LandSide",
    "MINISTRY_WORDS",
    "NEUTRAL_SECTORS",
    "OPPOSITION",
    "PARTY_ROLE_CHARS",
    "PARTY_STATE_NAMES",
    "STATE_SECTORS",
    "TITLE_PHRASE_WORDS",
    "WATCHDOG",
    "acronym_side",
    "base_words",
    "based_where",
    "body_sides",
    "civil_body",
    "civil_body_descriptions",
    "civil_body_nouns",
    "claimant_side",
    "country_side",
    "described_civil",
    "described_group_side",
    "described_land_name",
    "described_land_side",
    "described_opponent",
    "described_officer_side",
    "described_side",
    "focus_countries",
    "governed_lands",
    "group_party",
    "home_body_side",
    "home_ministry_side",
    "in_conflict",
    "international_side",
    "international_voice",
    "is_party",
    "land_basis",
    "land_description",
    "land_named",
    "lone_group_side",
    "lone_group_voices",
    "mention_side",
    "named_countries",
    "named_side",
    "national_office",
    "national_office_words",
    "office_country",
    "opposition_named",
    "opposition_side",
    "opposition_voice_words",
    "opposition_words",
    "outlet_state",
    "owner_group_side",
    "own_party",
    "owned_medium_side",
    "owner_side",
    "party_medium_side",
    "party_role_side",
    "party_states",
    "rights_group",
    "rights_person",
    "same_person_side",
    "side_named_within",
    "side_of_named",
    "state_body_words",
    "state_officer_side",
    "state_opponents",
    "state_sides",
    "state_watchdog",
    "third_party_sides",
    "titled_side",
    "unnamed_body_modifiers",
    "unnamed_ministry",
    "unnamed_officials",
    "unnamed_state_bodies",
    "unnamed_state_body_phrases",
    "voice_of_group",
]


def side_of_named(name: str, art: dict) -> str | None:
    """The side of a source the article's other claims name as their head, if any does."""
    for c in art.get("claims", []):
        if (c.get("chain") or [None])[0] == name and c.get("claimant"):
            return claimant_side(c["claimant"], art)
    for p in art.get("places", []):  # "State Emergency Service of Ukraine"
        if p.get("country") and p.get("text") and re.search(
                r"\b" + re.escape(p["text"]) + r"\b", name):
            return country_side(p["country"])
    return None


def claimant_side(m: dict, art: dict) -> str | None:
    """A claimant's side (`_claimant_side`), read first from what names the state or party
    itself: only where nothing does does a title with no state's name take the side of the
    page's land (`titled_side`, `state_officer_side`); a national office's so read is a
    `LandSide`. A state's own rights watchdog (`state_watchdog`) is `WATCHDOG`'s."""
    if state_watchdog(m, art) or rights_group(m) or rights_person(m, art):
        return WATCHDOG
    side = named_side(m, art)
    if side is not None:
        return side
    side = _claimant_side(m, art, True)
    if side is None or not national_office(m, art):
        return side
    return LandSide(side, "outlet" if outlet_state(art) else "land")


def named_side(m: dict, art: dict) -> str | None:
    """The side a mention's own words, the page's other mentions of the same person or the
    party that spoke right before a role give it, without the page's land: what
    `claimant_side` reads first, and own_media reads for a medium's owner."""
    return _claimant_side(m, art, False) or same_person_side(m, art) \
        or party_role_side(m, art)


#: A person's name as a claimant: up to four words, the last a capitalised surname (not an
#: acronym), after an optional lower-case title ("spokesman John Kitoka", "Mujahid").
_PERSON = re.compile(r"(?:[a-z][\w.-]*\s+)*(?:[A-Z][\w.'’-]*\s+){0,3}([A-Z][a-z][\w'’-]+)")


def same_person_side(m: dict, art: dict) -> str | None:
    """The side the page gives a person where it names him in full, for a mention that names
    no state or party itself ("said spokesman John X" after "the party's spokesman John X",
    "X said" after "the group's spokesman John X"): the one side (read without the page's
    land) of the page's other mentions ending in the same surname. Read only from the land,
    a party's spokesman, his title alone, was the state's officer, and his party's toll
    disputed its own. None where those mentions give no side or two."""
    name = _PERSON.fullmatch((m.get("text") or "").strip())
    if name is None or m.get("actor_id") or m.get("sector") in NEUTRAL_SECTORS:
        return None
    surname = name.group(1)
    others = [o for o in (*art.get("actors", []),
                          *((c.get("claimant") or {}) for c in art.get("claims", [])))
              if o.get("start") is not None and o.get("start") != m.get("start")
              and _PERSON.fullmatch((o.get("text") or "").strip())
              and WORD.findall(o.get("text") or "")[-1:] == [surname]]
    sides = {_claimant_side(o, art, False) or party_role_side(o, art) for o in others} - {None}
    return sides.pop() if len(sides) == 1 else None


#: How far back (characters) the party whose unowned spokesman speaks may be named.
PARTY_ROLE_CHARS = 400


def party_role_side(m: dict, art: dict) -> str | None:
    """The opposition's or a named armed group's side for a speaker titled by a role alone,
    with no owner ("..., said spokesman John X", "spokeswoman Y said"), right after that
    party spoke: the page's nearest claimant before it, within PARTY_ROLE_CHARS, is the
    party (the opposition or a named group), whose spokesman he is. Read from the land, his
    title alone made him the state's officer. None where that claimant is a state's or
    no party's voice, or the role has an owner before it."""
    if m.get("start") is None or m.get("actor_id") or m.get("country") or not art.get("text"):
        return None
    # the role in the mention ("spokesman John X") or, alone, right before it ("Spokesman
    # John X condemned": the mention "John X")
    before = WORD.findall(art["text"][title_phrase_start(m, art):m["start"]])
    words = before + WORD.findall(m.get("text") or "")
    if len(before) > 1 or not words or words[0].lower() not in group_voice_titles():
        return None
    before = [c.get("claimant") or {} for c in art.get("claims", [])]
    before = [o for o in before if o.get("start") is not None
              and m["start"] - PARTY_ROLE_CHARS <= o["start"] < m["start"]]
    if not before:
        return None
    last = max(before, key=lambda o: o["start"])
    side = _claimant_side(last, art, False)
    return side if side == OPPOSITION or named_group(last.get("actor_id")) else None


def _claimant_side(m: dict, art: dict, land: bool) -> str | None:
    """A claimant's side: the armed group a speaker is written as the voice of (`voice_of_group`:
    "the KIA's spokesman Colonel X" is no officer of the state his rank might suggest), else
    its mention's, else the country its own words, title or the name its acronym stands for
    name; with `land`, a title that names no state gives the page's land. A country named only
    as where a claimant is based ("the Britain-based monitor") is no side of it
    (`based_where`), nor one a named civil body's demonym gives ("the Sudanese Doctors
    Network", "the Central Committee of Sudanese Doctors": `civil_body`, a body of the land's
    people speaking for itself), and an international body's voice none but the body's own
    (`international_side`)."""
    body = international_voice(m, art)
    if body:
        return international_side(body, mention_side(m, art))
    group = voice_of_group(m, art) or owner_group_side(m, art)
    if group:
        return group
    if state_opponents(m) or described_opponent(m, art):
        return OPPOSITION
    if not m.get("actor_id") and (based_where(m.get("text")) or (
            civil_body(m.get("text")) and m.get("sector") not in ("GOV", "MIL"))):
        m = {**m, "country": None, "side": None}
    return mention_side(m, art) or opposition_side(m) or opposition_named(m, art) \
        or side_named_within(m, art) \
        or titled_side(m, art, land) \
        or acronym_side(m, art) or described_group_side(m, art) or described_side(m, art) \
        or home_body_side(m, art) or home_ministry_side(m, art) \
        or described_land_side(m, art) \
        or owned_medium_side(m, art) or party_medium_side(m, art) \
        or state_officer_side(m, art, land) or lone_group_side(m, art) \
        or described_officer_side(m, art, land)
