"""The country a speaker of no known side speaks for, read from the title the article gives.

A named official the actor packs do not know ("Kyrylo Tymoshenko", "Oleksandr Honcharenko")
would count as a voice of no side, so their toll would contradict their own government's. The
article usually says whose official they are where it first names them, in the words before the
name in its sentence: a place or demonym there ("the mayor of Kramatorsk, Oleksandr
Honcharenko", "Russian-installed governor Vladimir Saldo") gives that place's country; a
state office with no place ("Deputy Head of Presidential Office Kyrylo Tymoshenko", the
reconcile pack's `state_titles`) gives the country the article's locations are mostly in.
Where the title follows the name or the office ("Rahmi Doğan, the governor of Hatay in Turkey",
"the local governor in the province of Hatay"), the place that description names gives it
(`described_country`).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from ..annotate.packdata import actor_packs
from ..packs import load_pack, pack_words, require
from ..resolve.nonstate import armed_nouns
from ..tally import sole_leader
from ..words import alternation

#: How far before a name its title is looked for (characters), and what ends the look.
TITLE_CHARS = 90
_STOP = re.compile(r"[.;!?\n“”\"]\s*")
_WORD = re.compile(r"[^\W\d_]+")
#: A word of a personal name, an apostrophe inside it kept ("Matiang’i", "O'Neill").
_NAME_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


@cache
def state_titles() -> frozenset[str]:
    """Words of a state office ("mayor", "governor", "presidential"), lower case."""
    return frozenset(w.lower() for w in require(load_pack("reconcile"), "reconcile",
                                                "state_titles", list))


def titled_country(name: str, art: dict, land: bool = True) -> str | None:
    """ISO3 of the state the title right before a personal name says the speaker serves: a
    place in that title, else (with `land`) the country the page's places mostly lie in."""
    found = _first_title(name, art)
    if found is None:
        return None
    code = found[1]
    return code or (home_country(art) if land else None)


def title_phrase(name: str, art: dict) -> str:
    """The title words before the first mention of a personal name's surname that has a state
    title before it ("Foreign Secretary" of "Foreign Secretary Ann Dar"), "" where none has."""
    found = _first_title(name, art)
    return found[0] if found else ""


def _first_title(name: str, art: dict) -> tuple[str, str | None] | None:
    """(title words, ISO3 of the place named in them or None) before the first mention of a
    personal name's surname with a state title word before it; None where there is none."""
    text = art.get("text") or ""
    words = _NAME_WORD.findall(name)
    if not text or not _personal(words):
        return None
    surname = re.compile(r"\b" + re.escape(words[-1]) + r"\b")
    places = sorted((p for p in art.get("places", [])
                     if p.get("country") and p.get("start") is not None), key=lambda p: p["start"])
    for m in surname.finditer(text):
        lo = _title_start(text, m.start())
        if lo is None:
            continue
        inside = [p for p in places if lo <= p["start"] and p["end"] <= m.start()]
        named = [p for p in inside if p.get("role") in ("demonym", "actor")] or inside
        return text[lo:m.start()], (named[-1]["country"] if named else None)
    return None


#: Words after a surname that are no part of it ("Kenneth McKenzie Jr.").
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def person_country(mention: dict, art: dict) -> str | None:
    """ISO3 of the state a demonym or actor place names right before the title of another
    mention of the same person on the page (`country_before` at each mention of the last
    word of the person's name: "General X, commander of ..." then "U.S. Marine Corps General
    X said"), the first one, else the country of another GOV or MIL mention of the same name
    the resolver gave one; None for a name that is no person's."""
    text, name = art.get("text") or "", mention.get("text") or ""
    words = [w for w in _WORD.findall(name) if w.lower() not in NAME_SUFFIXES]
    if not text or len(words) < 2 or not _personal(words[-2:]):
        return None
    for m in re.finditer(r"\b" + re.escape(words[-1]) + r"\b", text):
        code = country_before({"start": m.start()}, art)
        if code:
            return code
    claimants = (c.get("claimant") or {} for c in art.get("claims", []))
    for other in [*art.get("actors", []), *claimants]:  # "U.S. Marine Corps General X"
        said = [w for w in _WORD.findall(other.get("text") or "")
                if w.lower() not in NAME_SUFFIXES]
        if other.get("country") and other.get("sector") in ("GOV", "MIL") \
                and len(said) >= 2 and said[-2:] == words[-2:]:
            return other["country"]
    return None


def personal_name(text: str) -> bool:
    """Whether a claimant's words are a personal name (`_personal`): "Ahmed Al Hamar", not
    "the Interior Ministry" nor "Police"."""
    return len(words := _WORD.findall(text)) > 0 and _personal(words) \
        and not {w.lower() for w in words} & (state_titles() | ROLE_NOUNS)


def _personal(words: list[str]) -> bool:
    """A personal name: capitalised words, the last no title or role noun ("Deputy Head")."""
    return bool(words) and all(w[0].isupper() for w in words) \
        and words[-1].lower() not in state_titles() | ROLE_NOUNS


#: Role nouns a mention may end in that are no one's name.
ROLE_NOUNS = frozenset({"head", "chief", "spokesman", "spokeswoman", "spokesperson", "official",
                        "officials", "source", "sources", "authorities", "media", "office"})
#: Words that end the modifiers looked back over before a title word ("the Moscow-appointed
#: governor": "the").
_OPENERS = frozenset({"the", "a", "an", "and", "by", "to", "said", "says", "told", "from"})


def _title_start(text: str, at: int) -> int | None:
    """Where the title phrase before the name at `at` starts: from a state title word (with
    the two words before it unless a determiner or verb comes first) to the name, within the
    sentence and TITLE_CHARS; None when no state title word stands there."""
    lo = _window_start(text, at)
    tokens = list(_WORD.finditer(text, lo, at))
    hits = [i for i, t in enumerate(tokens) if t.group().lower() in state_titles()]
    if not hits:
        return None
    i = hits[0]
    for _ in range(2):
        if i == 0 or tokens[i - 1].group().lower() in _OPENERS:
            break
        i -= 1
    return tokens[i].start()


@cache
def title_abbreviations() -> frozenset[str]:
    """Words of the actor packs' titles written with a full stop ("Brig.", "Gen.", "Lt."),
    lower case, the stop dropped: their stop ends no sentence."""
    return frozenset(w[:-1].lower() for t in actor_packs().titles for w in t.split()
                     if w.endswith(".") and len(w) > 1)


def _window_start(text: str, at: int, through_titles: bool = True) -> int:
    """Where the words looked back over before `at` start: its sentence's start, at most
    TITLE_CHARS back. The full stop of an abbreviated title ("coalition spokesman Brig. Gen.
    X") ends no sentence, unless `through_titles` is false (the words of the name's own
    title run only: "Col. Panyawat")."""
    lo = max(0, at - TITLE_CHARS)
    stops = [s for s in _STOP.finditer(text, lo, at) if not (
        through_titles and text[s.start()] == "." and _abbreviated(text, s.start()))]
    return stops[-1].end() if stops else lo


def _abbreviated(text: str, dot: int) -> bool:
    """Whether the full stop at `dot` closes an abbreviated title word ("Gen.", "Lt.") or an
    initial ("the U.N. envoy", "U.S. Army"): no sentence ends there."""
    word = re.search(r"([^\W\d_]+)$", text[max(0, dot - 12):dot])
    return word is not None and (word.group(1).lower() in title_abbreviations()
                                 or (len(word.group(1)) == 1 and word.group(1).isupper()))


def words_before(mention: dict, art: dict, through_titles: bool = True) -> str:
    """The words of a mention's sentence right before it (at most TITLE_CHARS); with
    `through_titles` false, only back to an abbreviated title's full stop."""
    text, at = art.get("text") or "", mention.get("start")
    return text[_window_start(text, at, through_titles):at] if at is not None and text else ""


def country_before(mention: dict, art: dict) -> str | None:
    """ISO3 of the state a demonym or actor place, or a state's body the packs know ("IDF"),
    names in the title words right before a mention (`_office_words`), within its sentence
    and TITLE_CHARS ("the Pakistani army's spokesman, Lt Gen X": PAK; "IDF Head of Operations
    Major General X": ISR), the last one before it; None where none stands there."""
    text, at = art.get("text") or "", mention.get("start")
    if at is None or not text:
        return None
    lo = _window_start(text, at)
    bodies = [a for a in art.get("actors", []) if a.get("sector") in ("GOV", "MIL")]
    named = sorted((p for p in [*art.get("places", []), *bodies] if p.get("country")
                    and p.get("role", "actor") in ("demonym", "actor")
                    and p.get("start") is not None and p.get("end") is not None
                    and lo <= p["start"] and p["end"] <= at and _office_words(text[p["end"]:at])),
                   key=lambda p: p["start"])
    return named[-1]["country"] if named else None


#: Lower-case words that may stand between a state's name and its officer's ("the Pakistani
#: army's spokesman, Lt Gen X": "army", "spokesman"), with the state and role words of the
#: packs (`office_words`).
_LINKING = frozenset({"of", "the", "for", "and", "s"})


@cache
def office_words() -> frozenset[str]:
    """Lower-case words of an office or a state's body: the reconcile pack's `state_titles`,
    `group_voice_titles` and `state_delegate_titles`, the actor packs' role nouns of a state
    ("army", "forces", "officials") and ROLE_NOUNS."""
    return group_voice_titles() | delegate_titles() | state_titles() | ROLE_NOUNS \
        | state_role_nouns()


def delegate_titles() -> frozenset[str]:
    """Words of a state's office at an international body ("ambassador", "envoy"), lower
    case (reconcile pack `state_delegate_titles`)."""
    return pack_words("reconcile", "state_delegate_titles")


def group_voice_titles() -> frozenset[str]:
    """Words of a role any armed group's or body's voice may hold ("leader", "chief"): no
    state's office on their own."""
    return pack_words("reconcile", "group_voice_titles")


@cache
def state_role_nouns() -> frozenset[str]:
    """The actor packs' role nouns of a state's body or forces (sector GOV or MIL: "army",
    "military", "government", "spokesman")."""
    return frozenset(w.lower() for w, sector in actor_packs().role_nouns.items()
                     if sector in ("GOV", "MIL"))


def _office_words(between: str) -> bool:
    """Whether the words between a state's name and a speaker are of one title phrase: names
    (capitalised) and office words only. A lower-case word of another kind says the state's
    name describes something else ("the southern Lebanese town of Qana, Defense Minister X":
    where, not whose; "Syrian poison gas killed 1,429 people, Secretary X")."""
    return all(w[0].isupper() or w.lower() in office_words() | _LINKING
               for w in _WORD.findall(between))


def home_country(art: dict) -> str | None:
    """The country most of the article's location mentions lie in, when one leads."""
    counts = Counter(p["country"] for p in art.get("places", [])
                     if p.get("role") == "location" and p.get("country"))
    return sole_leader(counts)


#: What ends a description after a speaker's mention: a sentence's or quotation's end.
_DESC_STOP = re.compile(r"[.;!?\n“”\"]")
#: An appositive after a mention (", the governor of ..."), and a place phrase after an office
#: (" in the province of ...", " of Hatay").
_APPOSITIVE = re.compile(r",\s+(?:the|a|an)\s+")
_OFFICE_PLACE = re.compile(r"\s+(?:of|in|for)\s+")
#: A relative clause inside an appositive ("a local resident who reporters met at the army
#: post"): its words tell of others, not what the speaker is.
RELATIVE = re.compile(r"\b(?:who|whom|whose|which|that|where)\b")
#: How many words a place phrase after an office may run ("in the southeastern province of
#: Hatay"): past them the words are what the speaker said ("Minister of Public Health
#: announced that the toll of the US ...").
OFFICE_WORDS = 6


def described_country(mention: dict, art: dict) -> str | None:
    """ISO3 of the state the words right after a speaker's mention say it serves: an
    appositive holding a state title ("Rakhmi Dogan, the governor of the Turkish province
    Hatay") or, after a mention that ends in a state title, the place it holds office in ("the
    local governor in the southeastern province of Hatay"): the first country or demonym the
    description names, else its first place, up to its next comma (the place phrase's first
    OFFICE_WORDS words), within TITLE_CHARS and the sentence. A body's unnamed voice ("sources",
    "an officer") followed by the state's body it speaks from gives that body's place
    (`_voice_body_country`: "sources in the Indian Army")."""
    text, end = art.get("text") or "", mention.get("end")
    if end is None or not text:
        return None
    stop = _DESC_STOP.search(text, end, end + TITLE_CHARS)
    tail = text[end:stop.start() if stop else end + TITLE_CHARS]
    words = _WORD.findall(mention.get("text") or "")
    voiced = _voice_body_country(tail, end, art) \
        if words and words[-1].lower() in body_voice_nouns() else None
    if voiced:  # "citing sources in the Indian Army": no comma, read after an attribution too
        return voiced
    if attributed(mention, art):
        return None
    opened = _opened(tail)
    if opened:
        rest = tail[opened.end():]
        desc = RELATIVE.split(rest.split(",", 1)[0], 1)[0]
        found = _WORD.findall(desc)
        titled = bool({w.lower() for w in found} & state_titles())
        if not titled and not {w.lower() for w in found} & (
                state_role_nouns() - group_voice_titles()):
            return None
        lo = end + opened.end()
    else:
        titled = True
        opened = _OFFICE_PLACE.match(tail)
        if not opened or not words or words[-1].lower() not in state_titles():
            return None
        desc = tail[opened.end():].split(",", 1)[0]
        cut = list(_WORD.finditer(desc))
        if len(cut) > OFFICE_WORDS:  # the office's place, not the words the speaker says
            desc = desc[:cut[OFFICE_WORDS].start()]
        lo = end + opened.end()
    hi = lo + len(desc)
    inside = sorted((p for p in art.get("places", []) if p.get("country")
                     and p.get("start") is not None and lo <= p["start"] and p["end"] <= hi),
                    key=lambda p: p["start"])
    # a country or demonym the description names is read surely; a province's name may be
    # read in another land by the corpus ("the governor of Hatay in Turkey")
    named = [p for p in inside if p.get("role") in ("demonym", "actor")
             or p.get("precision") == "country"] or (inside if titled else [])
    # (a description by a body's role noun alone, "a military officer", "an army spokesman",
    # says whose only by its state's name: "a White Army leader in Nasir" serves no state)
    return named[0]["country"] if named else None


def body_voice_nouns() -> frozenset[str]:
    """Nouns of a body's unnamed voice ("sources", "an officer"), lower case (reconcile pack
    `body_voice_nouns`)."""
    return pack_words("reconcile", "body_voice_nouns")


#: What joins a voice to the body it speaks from ("sources in the", "an officer from").
_VOICE_BODY = re.compile(r"\s+(?:in|within|inside|from|of|at)\s+")


def _voice_body_country(tail: str, end: int, art: dict) -> str | None:
    """ISO3 of the place named in the state's body a voice speaks from, right after it up to a
    comma within OFFICE_WORDS words ("sources in the Indian Army", "an officer from Kirkuk
    police", "a senior official of the Telangana Police"): a voice of the body is the body's
    state's, where the page's land or a second state named may be another. None where the
    words name no state's body ("sources in the area", "an official in the town near the
    Algerian border": where, not whose), or an armed non-state class ("a source in the
    Russian-backed separatist forces")."""
    opened = _VOICE_BODY.match(tail)
    if not opened:
        return None
    desc = tail[opened.end():].split(",", 1)[0]
    cut = list(_WORD.finditer(desc))
    if len(cut) > OFFICE_WORDS:
        desc = desc[:cut[OFFICE_WORDS].start()]
    bodies = (state_role_nouns() | state_titles()) - group_voice_titles()
    found = list(_WORD.finditer(desc))
    at = next((k for k, w in enumerate(found) if w.group(0).lower() in bodies), None)
    if at is None or {w.group(0).lower() for w in found[:at + 1]} & armed_nouns():
        return None
    # the body's name only: names, office words and one modifier right before the body word
    # ("the Russian peacekeeping forces"), no clause ("sources in Dili said the authorities")
    if not all(w.group(0)[0].isupper() or w.group(0).lower() in office_words() | _LINKING
               for w in found[:max(0, at - 1)]):
        return None
    desc = desc[:found[at].end()]
    lo = end + opened.end()
    inside = sorted((p for p in art.get("places", []) if p.get("country")
                     and p.get("start") is not None and lo <= p["start"]
                     and p["end"] <= lo + len(desc)), key=lambda p: p["start"])
    return inside[0]["country"] if inside else None


@cache
def _bare_appositive() -> re.Pattern[str]:
    """An appositive with no article that opens on a voice's title and the body it serves
    ("Dennis Cana, spokesperson of the military's Southern Luzon Command", "General X,
    commander of the 34th Brigade", "Capt. Y, spokesman for the army in Beni"): news style
    drops the article before an office as often as it keeps it. The title must be followed by
    "of" or "for" within two words of the comma, so a list ("the army, police and militia") or
    a trailing attribution ("…, police said") opens none."""
    alt = alternation(sorted(state_titles() | state_role_nouns() | group_voice_titles()),
                      longest_first=True)
    return re.compile(rf",\s+(?=(?:[\w.'-]+\s+){{0,2}}(?:{alt})\s+(?:of|for)\s)",
                      re.IGNORECASE)


def _opened(tail: str) -> re.Match[str] | None:
    """Where the description after a mention starts: after ", the/a/an" or a bare title."""
    return _APPOSITIVE.match(tail) or _bare_appositive().match(tail)


def appositive(mention: dict, art: dict) -> str | None:
    """The description an appositive right after a speaker's mention gives ("Ahmad X, the
    spokesman for the group, said": "spokesman for the group"), up to its next comma, within
    TITLE_CHARS and the sentence; None where no ", the/a/an ..." or bare title (`_opened`)
    follows the mention."""
    text, end = art.get("text") or "", mention.get("end")
    if end is None or not text or attributed(mention, art):
        return None
    stop = _DESC_STOP.search(text, end, end + TITLE_CHARS)
    tail = text[end:stop.start() if stop else end + TITLE_CHARS]
    opened = _opened(tail)
    return tail[opened.end():].split(",", 1)[0] if opened else None


@cache
def _attribution_openers() -> re.Pattern[str]:
    """The reconcile pack's `attribution_openers`, ending the words before a mention."""
    words = require(load_pack("reconcile"), "reconcile", "attribution_openers", list)
    alt = alternation(words, longest_first=True)
    return re.compile(rf"(?<!\w)(?:{alt})\s+(?:the\s+|a\s+|an\s+)?$", re.IGNORECASE)


def attributed(mention: dict, art: dict) -> bool:
    """Whether a mention is the object of an attribution opening its sentence ("According to
    the families, the soldiers …"): what follows its comma is the sentence, not a description
    of it."""
    text, at = art.get("text") or "", mention.get("start")
    return at is not None and bool(_attribution_openers().search(text[max(0, at - 30):at]))
