"""The sides of a state's bodies and officers that the claimant does not name by its state.

A title of a state's office (`state_officer_side`, `office_country`, `titled_side`,
`national_office`: a side read from the page's land alone is a `LandSide`), a body or
ministry named by no country ("the government", "the Health Ministry", "officials":
`home_body_side`, `home_ministry_side`) and a body described by its land ("the government
of the West African country": `described_land_side`). Kept together because they share one
guard, the land the page's places mostly lie in, and apart from the dispatcher
(claimant_sides.py), which tries them only after what names a state or party itself.
Imports side_basics and civil_sides (a state's own watchdog's page), never the other way.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from ..annotate.packdata import actor_packs
from ..clean.outlets import outlet_info
from ..packs import load_pack, pack_words, require, word_set
from ..resolve.gazetteer import country_name
from ..resolve.nonstate import WORD, armed_nouns, group_named
from ..words import alternation
from .civil_sides import civil_body_nouns, described_civil, names_watchdog, watchdog_words
from .party_sides import lone_group_voices
from .side_basics import (
    NEUTRAL_SECTORS,
    country_side,
    ministry_words,
    non_state,
    title_phrase_start,
    unnamed_state_bodies,
)
from .titles import (
    RELATIVE,
    appositive,
    country_before,
    described_country,
    home_country,
    person_country,
    personal_name,
    state_titles,
    title_phrase,
    titled_country,
    words_before,
)


class LandSide(str):
    """A side read from the page's land alone for a speaker whose title is a national office
    ("President X said", "Defence Minister Y": reconcile pack `national_office_words`) and whom
    nothing on the page ties to a state: the state the page's places mostly lie in, which a
    foreign leader speaking of the war is not. Equal to the side's string everywhere; the
    reports it gives (EventRef.land_side: its `basis`) are weaker evidence of the voice's side:
    they yield to the one side the incident's other pages name for the same person
    (voices.with_person_sides). The basis is "land", or "outlet" where the page's outlet is
    of another state the page names (`outlet_state`): news writes its own state's officials
    by title alone ("Defence Minister X" in a Pakistani paper on an Indian strike), so the land
    is doubtful there, and such a side makes one voice with no other claimant
    (revision_rules.one_voice)."""

    __slots__ = ("basis",)

    def __new__(cls, side: str, basis: str = "land") -> LandSide:
        out = super().__new__(cls, side)
        out.basis = basis
        return out


def land_basis(side: str | None) -> str | None:
    """What a side read from the page's land alone rests on (`LandSide.basis`), None for any
    other side."""
    return side.basis if isinstance(side, LandSide) else None


def outlet_state(art: dict) -> str | None:
    """ISO3 of the state of the page's outlet (outlets pack `country`; the original outlet of
    a copy) where the page names that state as a party (a demonym or actor place) and it is
    not the land the page's places mostly lie in (titles.home_country); else None."""
    outlet = outlet_info(art.get("original_outlet") or art.get("outlet"))
    code = outlet.country if outlet is not None else None
    if not code or code == home_country(art):
        return None
    named = any(p.get("country") == code and p.get("role") in ("demonym", "actor")
                for p in art.get("places", []))
    return code if named else None


def national_office_words() -> frozenset[str]:
    """Words of a state's national office (reconcile pack `national_office_words`)."""
    return pack_words("reconcile", "national_office_words")


def national_office(m: dict, art: dict) -> bool:
    """Whether a speaker's title is a national office ("Prime Minister", "Foreign Secretary"):
    a word of the pack's `national_office_words` in its own words, the title phrase right
    before it, or the title the page gives its surname where it first names it."""
    if m.get("start") is None or m.get("end") is None or not art.get("text"):
        return False
    said = " ".join((art["text"][title_phrase_start(m, art):m["end"]], m.get("text") or "",
                     title_phrase(m.get("text") or "", art)))
    return bool({w.lower() for w in WORD.findall(said)} & national_office_words())


#: Sectors the claims extractor gives a state's officer by the title it read ("spokesman",
#: "Colonel", "Defence Minister"): GOV, MIL.
STATE_SECTORS = ("GOV", "MIL")


def state_officer_side(m: dict, art: dict, land: bool = True) -> str | None:
    """The side of the state a speaker whose own title made it a state's officer (sector GOV or
    MIL: "spokesman Lt Gen Ahmad Sharif", "Colonel Turki al-Malki", "Defence Minister X") but
    named no country serves: a demonym or actor place right before it in its sentence ("the
    Pakistani army's spokesman"), else (with `land`) the country the article's places mostly
    lie in, the state whose officer reports its own incident. Left with no side, such an
    officer's toll counted as a witness of the land and disputed nothing. None where the words
    before it name an armed group or an armed non-state class ("the rebels' commander X": a
    title is no state's), for a pack-known actor, or one with a country (sided before this)."""
    if m.get("sector") not in STATE_SECTORS or m.get("country") or m.get("actor_id") \
            or non_state(m):
        return None
    before = [re.sub(r"['’]s?$", "", w) for w in WORD.findall(words_before(m, art, False))]
    if {w.lower() for w in before} & armed_nouns() or any(
            group_named(" ".join(before[k:])) for k in range(len(before))):
        return None
    code = country_before(m, art) or person_country(m, art) or office_country(m, art) \
        or (home_country(art) if land else None)
    return country_side(code) if code else None


@cache
def _state_offices() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern over the reconcile pack's `state_office_titles` (case kept, longest first,
    not followed by "for": "Secretary of State for Defence" is another state's form), and
    office -> ISO3."""
    section = require(load_pack("reconcile"), "reconcile", "state_office_titles", dict)
    state = {office: code for code, offices in section.items() for office in offices}
    offices = alternation(state, longest_first=True)
    return re.compile(rf"(?<![\w-])(?:{offices})(?![\w-])(?!\s+for\b)"), state


def office_country(m: dict, art: dict) -> str | None:
    """ISO3 of the one state an office in a speaker's title phrase belongs to by itself
    (reconcile pack `state_office_titles`: "Secretary of State John X said", "Joint Chiefs of
    Staff Gen. X"), the office nearest the name: such an officer of no named state serves it,
    not the land the page's places lie in, where a foreign state's officer speaks of a war it
    is no party to or of strikes on its troops abroad. None where no such office stands there."""
    if m.get("start") is None or m.get("end") is None or not art.get("text"):
        return None
    phrase = art["text"][title_phrase_start(m, art):m["end"]]
    pattern, state = _state_offices()
    found = list(pattern.finditer(phrase))
    return state[found[-1].group(0)] if found else None


def titled_side(m: dict, art: dict, land: bool = True) -> str | None:
    """The side of the state whose official the article's words before the name make a speaker
    the packs do not know (titles.py): a place in the title, else a state named before another
    mention of the same person (`person_country`: "India's Foreign Secretary Ann Dar" above
    "Dar said"), else (with `land`) the page's land; no side for a pack-known actor, medium or
    non-state."""
    if m.get("actor_id") or m.get("sector") or not m.get("text") or non_state(m):
        return None
    if {w.lower() for w in WORD.findall(title_phrase(m["text"], art))} & lone_group_voices():
        return None  # "the regional rebel commander X": an armed class's officer, no state's
    code = titled_country(m["text"], art, False)
    if code is None and title_phrase(m["text"], art):
        code = person_country(m, art) or (home_country(art) if land else None)
    return country_side(code) if code else None


def unnamed_body_modifiers() -> frozenset[str]:
    """Words before such a body that name no other state ("the public prosecutor")."""
    return pack_words("reconcile", "unnamed_state_body_modifiers")


def unnamed_body_members() -> frozenset[str]:
    """Words around such a body that name a part or a member of it, not whose it is ("the
    Zonal Police Office", "a senior police officer", "the chief prosecutor's office", "Police
    spokespeople"): the office or officer of the land's police is the land's police."""
    return pack_words("reconcile", "unnamed_state_body_members")


def unnamed_state_body_phrases() -> frozenset[str]:
    """Names of a state's ruling body with no country ("the Military Council", "the junta")."""
    return pack_words("reconcile", "unnamed_state_body_phrases")


#: Words before a body's name that name no country ("the country's authorities").
_NO_COUNTRY = frozenset({"the", "country's", "country’s", "its"})


def home_body_side(m: dict, art: dict) -> str | None:
    """The side of the state the article's places mostly lie in (titles.home_country) for a
    claimant that is a state's body named by no country ("the government said", "Authorities
    said", "the country's authorities", "the public prosecutor", "police said", a ruling
    junta's "Military Council", whose denial left unsided disputed no one): on a page
    about one land its own state and its offices speak so. None where no country leads, and
    for a pack-known actor, medium or non-state group."""
    if m.get("actor_id") or m.get("sector") in NEUTRAL_SECTORS or non_state(m):
        return None
    skip = _NO_COUNTRY | unnamed_body_modifiers()
    words = [re.sub(r"['’]s$", "", w) for w in (m.get("text") or "").lower().split()
             if w not in skip]
    body = [w for w in words if w not in unnamed_body_members()]
    if not body or not (set(body) <= unnamed_state_bodies()
                        or " ".join(words) in unnamed_state_body_phrases()):
        return None
    code = home_country(art)
    return country_side(code) if code else None


def described_officer_side(m: dict, art: dict, land: bool = True) -> str | None:
    """The side of the page's land for a person the page calls, in an appositive right after
    his name, by a state's office that names no place ("Ahmed X, the health minister, said",
    "John Y, a spokesman for the police", "Z, spokesperson for the state governor's office"):
    a state's officer reports his own land's incident, as one titled before his name does
    (`state_officer_side`); left with no side, his toll disputed no one's. A national office
    so read (reconcile pack `national_office_words`) is a `LandSide`. None where the
    description names a place (titles.described_country reads it), describes no state's
    office (a relative clause, "who was governor until 2019", tells of another time), or its
    words name a civil body, the opposition or an armed class ("president of the traders'
    union", "MP of the opposition", "deputy commander of the rebels": reconcile pack
    `unofficial_body_words`), for a pack-known actor, a claimant with a sector or country the
    extractor gave (sided before this) or no personal name."""
    if not land or m.get("actor_id") or m.get("sector") or m.get("country") \
            or not personal_name(m.get("text") or ""):
        return None
    desc = appositive(m, art)
    if not desc or described_country(m, art):
        return None
    words = {re.sub(r"['’]s?$", "", w.lower()) for w in WORD.findall(RELATIVE.split(desc, 1)[0])}
    if not words & state_titles() or words & unofficial_words():
        return None
    code = home_country(art)
    if not code:
        return None
    side = country_side(code)
    return LandSide(side, "outlet" if outlet_state(art) else "land") \
        if words & national_office_words() else side


@cache
def unofficial_words() -> frozenset[str]:
    """Words that make an appositive's office no state's (reconcile pack
    `unofficial_body_words`, the pack's civil body nouns, the opposition's words and the armed
    non-state classes' nouns), lower case."""
    return pack_words("reconcile", "unofficial_body_words") | civil_body_nouns() \
        | pack_words("reconcile", "opposition_voice_words") | armed_nouns()


#: How many words may name a ministry's portfolio ("Health", "Public Security", "Emergency").
MINISTRY_WORDS = 3


#: How often a second state must be named as a party (actor or demonym) for a page to be about
#: two states, whose ministries an unnamed one may be either's.
PARTY_STATE_NAMES = 2


#: How many of a page's places must lie in its land for its events to be that land's: one
#: place alone ("fighting on the border with Nigeria") says too little whose ministry speaks.
HOME_PLACES = 2


def unnamed_ministry(text: str | None) -> bool:
    """Whether a claimant is a state's ministry, or its voice, named by no country: "the Health
    Ministry", "the Ministry of Defence", "interior ministry officials", "ministry statement".
    Not one owned by another ("the group's interior ministry", "region's interior ministry")
    or cut short ("the Ministry of Defense of")."""
    heads, voices = ministry_words()
    words = [w for w in (text or "").split() if w.lower() not in _NO_COUNTRY]
    while words and words[-1].lower() in voices:
        words.pop()
    lower = [w.lower() for w in words]
    if not words or any(re.search(r"['’]s?$", w) for w in lower) \
            or not all(re.fullmatch(r"[a-z-]+", w) for w in lower):
        return False
    if lower[-1] in heads:  # "Health Ministry", "ministry"
        return len(lower) <= MINISTRY_WORDS + 1
    return len(lower) >= 3 and lower[0] in heads and lower[1] == "of" \
        and len(lower) <= MINISTRY_WORDS + 2 and lower[-1] not in ("of", "and", "the")


def party_states(art: dict) -> frozenset[str]:
    """ISO3 of the states a page names as parties (actor or demonym) PARTY_STATE_NAMES times."""
    counts = Counter(p["country"] for p in art.get("places", [])
                     if p.get("country") and p.get("role") in ("actor", "demonym"))
    return frozenset(code for code, n in counts.items() if n >= PARTY_STATE_NAMES)


@cache
def governed_lands() -> frozenset[str]:
    """ISO3 of the lands a pack's armed group is the authority of (`governs`: Gaza, Yemen,
    Afghanistan), where a group's ministries stand beside a state's."""
    return frozenset(filter(None, (getattr(a, "governs", None)
                                   for a in actor_packs().actors.values())))


def home_ministry_side(m: dict, art: dict) -> str | None:
    """The side of the state the page's places mostly lie in (titles.home_country) for a
    state's ministry named by no country (`unnamed_ministry`: "the Ministry of Health said"):
    on a page about one land's events (HOME_PLACES of its places there) its own state's
    ministry speaks. Left unsided, its toll was a witness's and disputed no one's. None where
    no country leads or too few places lie in it, in a land an armed group governs
    (`governed_lands`: whose ministry speaks, the group's or the state's, the page alone does
    not tell), where the page names a second state as a party (Israel beside Gaza, Russia
    beside Ukraine: whose "Defence Ministry" it is the page alone does not tell), and for a
    pack-known actor, medium or non-state group. A state's officials or security sources named
    by their kind alone (`unnamed_officials`) speak so too, where the page also names that
    state itself (`land_named`) and no state rights watchdog of its (`state_watchdog_phrases`:
    a public defender's officials count against the state)."""
    if m.get("actor_id") or m.get("country") or m.get("sector") in NEUTRAL_SECTORS \
            or non_state(m):
        return None
    officials = unnamed_officials(m.get("text"))
    if not (officials or unnamed_ministry(m.get("text"))):
        return None
    code = home_country(art)
    if code is None or code in governed_lands() or party_states(art) - {code} or sum(
            p.get("country") == code and p.get("role") == "location"
            for p in art.get("places", [])) < HOME_PLACES:
        return None
    if officials and not land_named(code, art):
        return None  # towns read in another land ("Solhan" a Turkish town on a Sahel page)
    if officials and names_watchdog(watchdog_words(art.get("text") or "")):
        return None  # a page of the state's own rights watchdog: whose officials, the
        # watchdog's or the government's, the page alone does not tell
    return country_side(code)


def land_named(code: str, art: dict) -> bool:
    """The page names the state itself: the country, its demonym or it as an actor, not only
    towns that lie in it (which a gazetteer may have read in the wrong land)."""
    return any(p.get("country") == code and (p.get("precision") == "country"
                                             or p.get("role") in ("demonym", "actor"))
               for p in art.get("places", []))


def _officials_words() -> frozenset[str]:
    return pack_words("reconcile", "unnamed_state_officials")


@cache
def _official_sources() -> tuple[frozenset[str], frozenset[str]]:
    pack = load_pack("reconcile")
    return (word_set(pack, "reconcile", "unnamed_state_sources"),
            word_set(pack, "reconcile", "unnamed_voice_counts"))


def unnamed_officials(text: str | None) -> bool:
    """Whether a claimant is a state's officials named by nothing but their kind ("officials
    said", "government officials", "security officials": reconcile pack
    `unnamed_state_officials`, every word of it there), its security sources ("two
    security sources": `unnamed_state_sources`) or its armed forces named by their kind, alone
    or with one voice of theirs ("the military", "an army spokesman", "military sources":
    `unnamed_forces`), an article or count before them aside (`unnamed_voice_counts`). Spoken
    so on a page of one land's events, they are its state's, as its unnamed ministry is
    (`home_ministry_side`, whose guards hold): left unsided, their toll disputed no witness's."""
    sources, counts = _official_sources()
    words = [w.lower() for w in re.findall(r"[\w-]+", text or "")
             if w.lower() not in _NO_COUNTRY and w.lower() not in counts]
    if " ".join(words) in sources or unnamed_forces(words):
        return True
    return bool(words) and words[-1] in ("officials", "official") \
        and set(words) <= _officials_words()


@cache
def _force_words() -> tuple[frozenset[str], frozenset[str]]:
    pack = load_pack("reconcile")
    return (word_set(pack, "reconcile", "unnamed_state_forces"),
            word_set(pack, "reconcile", "unnamed_state_force_voices"))


def unnamed_forces(words: list[str]) -> bool:
    """Whether a claimant's words (lower case, articles and counts dropped) are a state's armed
    forces named by their kind (reconcile pack `unnamed_state_forces`: "military", "army"),
    alone or before one voice of theirs (`unnamed_state_force_voices`: "army spokesman",
    "military sources"). Whose forces they are is read only where `home_ministry_side`'s
    guards hold: on a page naming a second state as a party, "the army" may be the foreign one
    fighting on the land's soil."""
    forces, voices = _force_words()
    return 1 <= len(words) <= 2 and words[0] in forces and set(words[1:]) <= voices


def _land_nouns() -> frozenset[str]:
    """Nouns a page describes a state by instead of naming it (reconcile pack
    `described_land_nouns`: "country", "state", "nation")."""
    return pack_words("reconcile", "described_land_nouns")


@cache
def _land_description() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Patterns of a state's body described by its land, not named (reconcile pack
    `described_land_nouns`, `described_land_bodies`): the body before "of the ... <land>"
    ("the government of the West African country"), and "<land>'s ... <body>" ("the Gulf
    state's interior ministry", "the country's army")."""
    pack = load_pack("reconcile")
    lands = alternation(sorted(_land_nouns()))
    bodies = alternation(sorted(word_set(pack, "reconcile", "described_land_bodies")))
    of_land = re.compile(rf"\b(?:{bodies})\s+of\s+(?:the\s+)?$", re.I)
    land_of = re.compile(rf"(?:[\w-]+\s+){{0,3}}?(?P<land>{lands})['’]s\s+(?:[\w-]+\s+){{0,2}}?"
                         rf"(?:{bodies})\b", re.I)
    return of_land, land_of


#: What may stand between a speaker's mention and the land's words of the body it speaks for
#: ("spokesman for the country's armed forces"): not a verb ("Ahmed said the country's army").
_FOR_BODY = re.compile(r"\s+(?:for|of)\s+(?:the\s+)?(?:[a-z-]+\s+)?")


#: How far before a claimant's mention the body of "the <body> of the <land>" may start.
_LAND_BODY_CHARS = 40


#: How far after a claimant's mention its land's words ("the country's army") may end, and how
#: far the words that end a mention's land noun ("West African" + "country") may reach.
_LAND_AFTER_CHARS = 40


_LAND_NOUN_CHARS = 30


def land_description(m: dict, art: dict) -> str | None:
    """A state's body the page describes by its land around a claimant's mention, as written:
    "government of the West African country" (the mention "West African"), "Gulf state's
    interior ministry", "country's army"; None where there is none, the mention names a place
    of its own, or is a pack-known actor, a medium, a civil body, a non-state group or a
    mention the resolver gave a country or side."""
    text, start, end = art.get("text") or "", m.get("start"), m.get("end")
    if start is None or end is None or not text or m.get("actor_id") or m.get("country") \
            or m.get("side") or m.get("sector") in NEUTRAL_SECTORS or non_state(m) \
            or described_civil(m.get("text")):
        return None
    if any(p.get("country") and p.get("start") is not None and start <= p["start"] < end
           for p in art.get("places", [])):
        return None  # a place named in it says whose it is (side_named_within)
    of_land, land_of = _land_description()
    owned = land_of.match(text, start, end + _LAND_AFTER_CHARS)
    if owned and (owned.start("land") < end  # the land's words in the mention, or the
                  # mention's office for the body ("spokesman for the country's army")
                  or _FOR_BODY.fullmatch(text[end:owned.start("land")])):
        return owned.group(0)
    land = re.match(r"[\w’'-]*(?:\s+[\w-]+)?", text[end:end + _LAND_NOUN_CHARS])
    lands = _land_nouns()
    words = (text[start:end] + (land.group(0) if land else "")).split()
    tail = words if words and words[-1].lower() in lands else \
        text[start:end].split()  # the mention itself may end in the land's noun
    if not tail or tail[-1].lower() not in lands:
        return None
    body = of_land.search(text[max(0, start - _LAND_BODY_CHARS):start])
    return None if body is None else body.group(0) + " ".join(tail)


def described_land_side(m: dict, art: dict) -> str | None:
    """The side of the state the article's places mostly lie in (titles.home_country) for a
    state's body the page describes by its land instead of naming it (`land_description`):
    "The government of the West African country said" (the claimant read as "West African"),
    "the Gulf state's interior ministry", "the country's army". Left unsided, such a voice was
    a witness of its land and its toll disputed none of the rights groups' or witnesses'. None
    where no country leads."""
    if land_description(m, art) is None:
        return None
    code = home_country(art)
    return country_side(code) if code else None


def described_land_name(m: dict, art: dict) -> str | None:
    """The name of a state's body described by its land (`land_description`) with the state
    the page's places mostly lie in written for the description: "government of Guinea" for
    "The government of the West African country", "Guinea's army" for "the country's army";
    None where there is no such description, the mention holds no land's words of it, or no
    country leads."""
    described = land_description(m, art)
    code = home_country(art) if described else None
    state = country_name(code) if code else None
    if not state:
        return None
    body, of, _ = described.partition(" of ")
    if of and not re.search(r"['’]s\s", described):
        return f"{body} of {state}"
    # the mention's own words after the land's ("country's military spokesman": "Ethiopia's
    # military spokesman"); a mention that ends before the land ("spokesman" of "spokesman for
    # the country's armed forces") keeps its name
    owned = re.split(r"['’]s\s+", m.get("text") or "", maxsplit=1)
    return f"{state}'s {owned[1]}" if len(owned) == 2 and owned[1] else None
