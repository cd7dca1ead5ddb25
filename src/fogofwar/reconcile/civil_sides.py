"""The sides of rights, civil and international voices (read first by claimant_sides.py).

A state's own rights watchdog and a rights group the packs do not know speak as the rights
side (`WATCHDOG`, `state_watchdog`, `rights_group`); a civil body named or described as one
(`civil_body`, `described_civil`) speaks for itself (`is_party`); an international body
(the UN, the ICRC, Amnesty) as a third party of its own (`international_voice`,
`international_side`). Apart from the state's readings because those stand aside for such
voices (a page of the state's watchdog, a civil body described by its land): they import
this module, which imports only side_basics.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ..annotate.packdata import actor_packs
from ..packs import load_pack, pack_words, require, word_set
from ..resolve.nonstate import WORD
from ..words import alternation
from .side_basics import state_body_words, title_phrase_start
from .titles import appositive, delegate_titles, title_phrase

#: The side of a state's own rights watchdog (`state_watchdog`) where no pack names one.
WATCHDOG = "rights"


@cache
def _watchdog_phrases() -> tuple[tuple[str, ...], ...]:
    pack = load_pack("reconcile")
    return tuple(tuple(p.split()) for p in word_set(pack, "reconcile", "state_watchdog_phrases"))


@lru_cache(maxsize=256)  # a page's text comes back for each of its claimants
def watchdog_words(text: str) -> tuple[str, ...]:
    return tuple(re.findall(r"[a-z]+", re.sub(r"['’]s\b", "", text.lower())))


def names_watchdog(words: tuple[str, ...]) -> bool:
    return bool(_page_watchdogs(words))


def state_watchdog(m: dict, art: dict | None = None) -> bool:
    """A claimant the packs do not know that is a state's own rights watchdog (reconcile pack
    `state_watchdog_phrases`: "Mexico's National Human Rights Commission", "the Rio public
    defender's office", "the Ombudsman"), or its officer: the title right before its name, or
    before the first mention of his surname, names one ("the commission's ombudsman X", "X"
    after it), or is the possessive of the last word of one the page (or its headline) names
    ("the commission's president X" on a page of the Human Rights Commission). Its count of an
    operation's dead is a watchdog's against the state's, whose country its name may carry."""
    if m.get("actor_id"):
        return False
    if names_watchdog(watchdog_words(m.get("text") or "")):
        return True
    if art is None or m.get("start") is None or not art.get("text"):
        return False
    title = " ".join((art["text"][title_phrase_start(m, art):m["start"]],
                      title_phrase(m.get("text") or "", art)))
    if names_watchdog(watchdog_words(title)):
        return True
    owners = {w.group(1).lower() for w in re.finditer(r"\b(\w+)['’]s\b", title)}
    if not owners:
        return False
    page = watchdog_words(f"{art.get('title') or ''}\n{art['text']}")  # the headline too
    return any(p[-1] in owners for p in _page_watchdogs(page))


def _rights_nouns() -> frozenset[str]:
    return pack_words("reconcile", "rights_voice_nouns")


def rights_group(m: dict) -> bool:
    """A rights group the packs do not know, named or described ("the Human Rights League", "a
    local human rights group", "rights bodies", "human rights advocates"): "rights" among its
    words, and a civil body named or described (`civil_body`, `described_civil`), or
    a word of the pack's `rights_voice_nouns` last. It counts the victims of the state's
    forces against the state, as a state's own watchdog does, and speaks as the same side
    (`WATCHDOG`). Not a state's body ("the Ministry of Human Rights", a minister of it), an
    international one (its own side: `international_side`) or a pack actor, whose packs' own
    reading stands (a war monitor "for Human Rights" may be the opposition's voice)."""
    text = m.get("text") or ""
    words = [w.lower() for w in WORD.findall(text)]
    if "rights" not in words or m.get("actor_id") or m.get("side") \
            or m.get("sector") in ("IGO", "GOV", "MIL") \
            or set(words) & state_body_words():
        return False
    return civil_body(text) or described_civil(text) or words[-1] in _rights_nouns()


#: How far after a person's name (characters) the body or role he is described by may run:
#: "X, president of the Guinean Human Rights Organisation, said", "X of the League for …".
AFFILIATION_CHARS = 90
#: The phrase after a name that says what the person is or whose he is: an appositive after a
#: comma (its article optional: "X, president of …"), or an "of"/"from"/"with" phrase.
_AFFILIATION = re.compile(r"(?:,\s+(?:(?:the|a|an)\s+)?|\s+(?:of|from|with)\s+)")
_AFFILIATION_STOP = re.compile(r"[,.;!?\n“”\"(]")


def rights_person(m: dict, art: dict) -> bool:
    """A person the packs do not know whose title before the name or description right after it
    makes him a rights group's voice: "human rights advocate X", "Fellow human rights activist
    X", "X, a prominent human rights campaigner", "X, president of the Guinean Human Rights
    Organisation", "X of the League for Human Rights", "X, coordinator for Action against
    Torture": a word of the pack's `rights_causes` ("rights", "torture") and a rights
    voice's noun (the pack's `rights_voice_nouns` and `rights_person_roles`), a civil body
    named or described, with no state body's word ("the Human Rights Minister X"). He speaks
    as the rights group does (`WATCHDOG`): left with no side, his count of the dead disputed
    no toll of the state whose forces he accuses."""
    text, start, end = art.get("text") or "", m.get("start"), m.get("end")
    if m.get("actor_id") or m.get("sector") in ("GOV", "MIL", "IGO") or start is None \
            or end is None or not text or international_voice(m, art):
        return False  # ("UN human rights spokesperson X" speaks for the UN)
    before = text[title_phrase_start(m, art):start]
    opened = _AFFILIATION.match(text, end)
    after = ""
    if opened:
        stop = _AFFILIATION_STOP.search(text, opened.end(), opened.end() + AFFILIATION_CHARS)
        after = text[opened.end():stop.start() if stop else opened.end() + AFFILIATION_CHARS]
    return any(_rights_voice(phrase) for phrase in (before, after) if phrase.strip())


#: Words of a state's rights commission ("the Kenya National Commission on Human Rights"):
#: its chair is the state's watchdog (`state_watchdog` reads the phrases it knows), no group's.
_COMMISSION_WORDS = frozenset({"commission", "commissions", "commissioner"})


def _rights_voice(phrase: str) -> bool:
    words = [w.lower() for w in WORD.findall(phrase)]
    if not set(words) & pack_words("reconcile", "rights_causes") \
            or set(words) & (state_body_words() | _COMMISSION_WORDS):
        return False
    roles = _rights_nouns() | pack_words("reconcile", "rights_person_roles")
    return civil_body(phrase) or described_civil(phrase) or bool(set(words) & roles)


@lru_cache(maxsize=256)
def _page_watchdogs(page: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """The watchdog phrases a page's words hold (a tuple: cached results must not be shared
    mutable)."""
    return tuple(p for p in _watchdog_phrases()
                 if any(page[k:k + len(p)] == p for k in range(len(page) - len(p) + 1)))


def civil_body_nouns() -> frozenset[str]:
    """Head words of a named civil body (reconcile pack `civil_body_nouns`), lower case."""
    return pack_words("reconcile", "civil_body_nouns")


def civil_body_people() -> frozenset[str]:
    """The people of a profession a civil body is named after (reconcile pack
    `civil_body_people`: "Doctors", "Journalists"), lower case."""
    return pack_words("reconcile", "civil_body_people")


@lru_cache(maxsize=4096)  # a page's claimants recur on every report of it
def civil_body(text: str | None) -> bool:
    """A civil body named as a name is written ("the Collective Against Impunity", "Rights
    Coalition", "the Central Committee of Sudanese Doctors"): a capitalised word of the pack's
    `civil_body_nouns` or `civil_body_people` (a possessive's ending dropped: "the Doctors'
    Committee"). Such a body speaks for itself, as an NGO the packs know does; read as a
    witness of its land, its count of the dead would dispute no toll of the state it accuses,
    and read as its land's state by the demonym before its people (claimant_sides), it spoke
    for the state whose forces it counts the victims of."""
    words = civil_body_nouns() | civil_body_people()
    return any(re.sub(r"['’]s?$", "", w.lower()) in words
               for w in re.findall(r"[A-Z][\w’'-]*", text or ""))


def civil_body_descriptions() -> frozenset[str]:
    """Endings of a described civil body (reconcile pack `civil_body_descriptions`), lower case."""
    return pack_words("reconcile", "civil_body_descriptions")


@lru_cache(maxsize=4096)
def described_civil(text: str | None) -> bool:
    """A civil body described by its kind ("a Burkina Faso NGO", "a local rights group"): the
    words end with one of the pack's descriptions. A country among its words is where it works;
    read as that state's voice, its count would revise the state's toll it contradicts."""
    low = " ".join(re.findall(r"[\w-]+", (text or "").lower()))
    return any(low == d or low.endswith(" " + d) for d in civil_body_descriptions())


def is_party(m: dict) -> bool:
    """A claimant that speaks for itself, not as a witness of its land: an actor the packs know
    ("M23", "MSF"), one of an IGO's or NGO's sector (its officer, named after its office), or
    a named civil body (`civil_body`)."""
    return bool(m.get("actor_id")) or m.get("sector") in ("IGO", "NGO") \
        or civil_body(m.get("text")) or described_civil(m.get("text"))


@cache
def body_sides() -> frozenset[str]:
    """Sides the conflict packs give international bodies (syria2020's "un"): a third party
    of its own where a pack says so, else an international voice has no side."""
    return frozenset(a.side for a in actor_packs().actors.values()
                     if getattr(a, "sector", None) in ("IGO", "NGO") and getattr(a, "side", None))


@cache
def _international_sides() -> dict[str, str]:
    """International body key -> the side of its own it speaks as (reconcile pack
    `international_body_sides`)."""
    return dict(require(load_pack("reconcile"), "reconcile", "international_body_sides", dict))


@cache
def care_sides() -> frozenset[str]:
    """The sides of international bodies that treat the wounded (reconcile pack
    `care_body_sides`: the ICRC, MSF): their count of the wounded is of those their teams and
    the hospitals they support treat, by their reach, not a toll of the incident's wounded."""
    return word_set(load_pack("reconcile"), "reconcile", "care_body_sides")


@cache
def third_party_sides() -> frozenset[str]:
    """The sides international bodies speak as of their own (`international_side`)."""
    return frozenset(_international_sides().values())


def international_side(body: str, side: str | None = None) -> str | None:
    """The side an international body's voice speaks as: the side a conflict pack gives the
    body (`body_sides`: syria2020's "un"), else the body's own (reconcile pack
    `international_body_sides`: the UN's agencies and missions "un", the ICRC "icrc", Amnesty
    "amnesty"), a third party whose count of a war's dead disputes the parties' as theirs
    dispute each other; none for a body the pack gives no side of its own (a land's Red
    Crescent society: its land's witness)."""
    if side in body_sides():
        return side
    return _international_sides().get(body)


@cache
def _international_names() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern over the reconcile pack's `international_bodies` names, as written (case
    kept), longest first, and name -> the body's party."""
    section = require(load_pack("reconcile"), "reconcile", "international_bodies", dict)
    party = {name: body for body, names in section.items() for name in names}
    names = alternation(party, longest_first=True)
    return re.compile(rf"(?<![\w.-])(?:{names})(?![\w-])"), party


def international_voice(m: dict, art: dict) -> str | None:
    """The international body a claimant speaks for (its party key in the reconcile pack's
    `international_bodies`), if any: a UN agency, mission or envoy, the Red Cross or Red
    Crescent, a rights or aid group, named in the claimant's own words ("Red Cross sources"),
    the title right before it ("Head of the UN observer mission in Syria Major General X",
    "ICRC spokeswoman X", "the UN envoy to Libya X") or an appositive after it ("X, the chief
    of the UN mission"). Such a voice speaks for no state, whatever state its officer comes
    from or the land it works in. Not a state's delegate to the body, its state named before
    the body ("Israel's UN ambassador X", `delegate_titles`), nor a state or body the packs
    know, judged by its own words alone ("Amnesty International and Nigeria": Nigeria speaks
    for itself) but for a body named right before it, whose branch it is ("Amnesty
    International Nigeria")."""
    text, start, end = art.get("text") or "", m.get("start"), m.get("end")
    if start is None or end is None or not text:
        return None
    known = m.get("actor_id") and m.get("sector") not in ("IGO", "NGO")
    spans = [(_branch_of(m, art) if known else title_phrase_start(m, art), end)]
    described = None if known else appositive(m, art)
    if described:
        at = text.find(described, end)
        spans.append((at, at + len(described)))
    return next(filter(None, (_body_voice(lo, hi, art) for lo, hi in spans if lo >= 0)), None)


def _branch_of(m: dict, art: dict) -> int:
    """Where a state's name starts a claimant from: at the international body named right
    before it, with nothing but a possessive between ("Amnesty International Nigeria",
    "UNICEF's Yemen"), the body's branch in that state; else at the name itself."""
    before = (art.get("text") or "")[max(0, m["start"] - 60):m["start"]]
    pattern, _ = _international_names()
    last = next(iter(reversed(list(pattern.finditer(before)))), None)
    if last is None or not re.fullmatch(r"(?:['’]s)?\s+", before[last.end():]):
        return m["start"]
    return m["start"] - len(before) + last.start()


def _body_voice(lo: int, hi: int, art: dict) -> str | None:
    """The party of an international body named in art.text[lo:hi], unless it is named as the
    body a state's delegate named before it is sent to."""
    phrase = art["text"][lo:hi]
    pattern, party = _international_names()
    body = pattern.search(phrase)
    if body is None:
        return None
    if {w.lower() for w in WORD.findall(phrase)} & delegate_titles() and any(
            p.get("country") and p.get("start") is not None
            and lo <= p["start"] < lo + body.start() for p in art.get("places", [])):
        return None
    if national_society(body.group(0), art["text"][:lo + body.start()]):
        return _national_key()
    return party[body.group(0)]


@cache
def _national_key() -> str:
    """The body key of a land's own Red Cross or Red Crescent society (reconcile pack
    `national_society_key`): one `international_body_sides` gives no side of its own."""
    return require(load_pack("reconcile"), "reconcile", "national_society_key", str)


@cache
def _national_before() -> re.Pattern[str]:
    """The words right before a body's name that make it a land's own society: the reconcile
    pack's `national_society_qualifiers` ("local", "the country's"), a land's name or its
    demonym (actor packs: "Kenya", "Ethiopian"), or a land's possessive ("Yemen's")."""
    packs = actor_packs()
    lands = {n for a in packs.actors.values() if a.kind == "GPE" for n in (a.name, *a.aliases)
             if n[:1].isupper()}
    words = alternation(lands | set(packs.demonyms), longest_first=True)
    quals = alternation(pack_words("reconcile", "national_society_qualifiers"),
                        longest_first=True)
    return re.compile(rf"(?:(?<![\w.-])(?:{words})(?:['’]s)?|(?i:(?<![\w-])(?:{quals})))\s+$")


def national_society(name: str, before: str) -> bool:
    """Whether the body named `name` with the page's words `before` it is a land's own Red
    Cross or Red Crescent society ("the Kenya Red Cross", "the country's Red Cross", "local Red
    Cross records": reconcile pack `national_society_names`), not the ICRC or the IFRC: a
    witness of its land, which speaks as no third party of its own."""
    names = pack_words("reconcile", "national_society_names")
    return name.lower() in names and _national_before().search(before[-80:]) is not None
