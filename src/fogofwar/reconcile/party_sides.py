"""The sides of a land's opposition and of named armed groups' voices.

The opposition named, called or described as such (`opposition_side`, `opposition_named`,
`state_opponents`, `described_opponent`: `OPPOSITION`), and the voice of a named armed group
written as its spokesman or the page's one group (`voice_of_group`, `described_group_side`,
`lone_group_side`). Read by claimant_sides.py before a title would make such a voice the
state's officer; imports side_basics only.
"""

from __future__ import annotations

import re
from functools import cache

from ..annotate.packdata import actor_packs
from ..packs import load_pack, pack_words, word_set
from ..resolve.nonstate import WORD, group_called, group_named, named_group
from .side_basics import NEUTRAL_SECTORS, group_party, state_body_words, title_phrase_start
from .titles import appositive, group_voice_titles, home_country, words_before


def lone_group_voices() -> frozenset[str]:
    """Nouns of an armed class a lone claimant may be (reconcile pack `lone_group_voices`)."""
    return pack_words("reconcile", "lone_group_voices")


def lone_group_side(m: dict, art: dict) -> str | None:
    """The party of the one named armed group a page names, for a claimant that is an
    unnamed armed class and nothing more ("rebels", "the militants", "Yemeni rebels"): on a
    page of the Houthis, "the rebels said" is their voice, and left unsided it disputed the
    Houthi health ministry's toll. None where the page names no such group or two, or the
    group neither comes from nor fights in the land the page's places mostly lie in (a
    Pakistani page's "militants" are no voice of the Afghan Taliban it names)."""
    words = [w for w in WORD.findall((m.get("text") or "").lower()) if w != "the"]
    if named_group(m.get("actor_id")) or not words or len(words) > 2 \
            or words[-1] not in lone_group_voices() \
            or (len(words) == 2 and not any(p.get("start") == m.get("start")
                                            for p in art.get("places", []))):
        return None
    return page_group_party(art)


def page_group_party(art: dict) -> str | None:
    """The party of the one named armed group a page names, which an unnamed armed class
    ("the rebels", "a rebel spokesman") on the page speaks for: None where the page names no
    such group or two, or the group neither comes from nor fights in the land the page's
    places mostly lie in."""
    groups = {a["actor_id"] for a in art.get("actors", []) if named_group(a.get("actor_id"))}
    if len(groups) != 1:
        return None
    group, home = groups.pop(), home_country(art)
    actor = actor_packs().actors[group]
    land = getattr(actor, "governs", None)  # a group that governs a land speaks for it there
    lands = {land} if land else {*(getattr(actor, "operates_in", None) or ()),
                                 getattr(actor, "country", None)}
    return group_party(group) if home is None or home in lands else None


def group_role_modifiers() -> frozenset[str]:
    """Words between a group's name and a role that say which of its voices, not whose
    ("LTTE military spokesman", "rebel political leader": reconcile pack
    `group_role_modifiers`)."""
    return pack_words("reconcile", "group_role_modifiers")


def _class_role(words: list[str]) -> bool:
    """A voice named as an armed class's role and nothing more ("the rebel spokesman", "a
    guerrilla military commander"): the role, its modifiers, and one armed class word before
    them (`lone_group_voices`), after an article."""
    words = [w.lower() for w in words]
    if words[:1] in (["the"], ["a"], ["an"]):
        words = words[1:]
    if len(words) < 2 or words[-1] not in group_voice_titles():
        return False
    owner = _owner_words(words[:-1])
    return len(owner) == 1 and owner[0] in lone_group_voices()


def _owner_words(owner: list[str]) -> list[str]:
    """The words before a role, its modifiers (`group_role_modifiers`) right before it left
    out: what is left ends with the role's owner."""
    modifiers = group_role_modifiers()
    end = len(owner)
    while end > 0 and owner[end - 1].lower() in modifiers:
        end -= 1
    return owner[:end]


#: The side of a land's political opposition where no conflict pack names one.
OPPOSITION = "opposition"


def opposition_words() -> frozenset[str]:
    """Words that make a claimant the voice of a land's opposition (reconcile pack
    `opposition_words`: "opposition activists", "an opposition political party")."""
    return pack_words("reconcile", "opposition_words")


def opposition_side(m: dict) -> str | None:
    """The opposition's side for a claimant named as the opposition ("opposition activists
    said", "an Uzbek opposition leader") whose pack side does not hold on its page (another
    war's "opposition" is no voice of Syria's): left unsided, it was a witness of its land and
    disputed no toll of the state it opposes. None for a named armed group, a medium, an IGO
    or NGO (the packs' own reading of them stands)."""
    if named_group(m.get("actor_id")) or m.get("sector") in NEUTRAL_SECTORS:
        return None
    words = {w.lower() for w in WORD.findall(m.get("text") or "")}
    return OPPOSITION if words & opposition_words() else None


def opposition_named(m: dict, art: dict) -> str | None:
    """The opposition's side for a claimant the words right before it name as the opposition
    ("the main opposition MDC party said": the mention "MDC"), or a role holder of a body the
    page so names elsewhere ("MDC spokesman Jacob X", the role in the mention or right before
    it): a party of a land's politics, not its state. Left unsided, the party's toll was a
    witness's, and its spokesman, by his title alone, the state's officer, so the party's two
    counts of one crackdown made a dispute across sides. None for a named armed group, a
    medium, an IGO or NGO, or a state's voice named by its country."""
    if named_group(m.get("actor_id")) or m.get("sector") in NEUTRAL_SECTORS \
            or m.get("start") is None or not art.get("text"):
        return None
    before = art["text"][title_phrase_start(m, art):m["start"]]
    if _called_opposition(m, art, before):
        return OPPOSITION
    words = WORD.findall(before + " " + (m.get("text") or ""))
    role = next((k for k, w in enumerate(words) if w.lower() in group_voice_titles()), None)
    if role is None or role == 0:
        return None
    owner = words[role - 1]
    return OPPOSITION if owner[:1].isupper() and owner in _opposition_bodies(art) else None


def _opposition_bodies(art: dict) -> frozenset[str]:
    """Names of the bodies the page calls the opposition right before naming them (see
    `opposition_named`): each actor mention with an opposition word in its title phrase."""
    out = set()
    for a in art.get("actors", []):
        if a.get("start") is None or named_group(a.get("actor_id")) \
                or a.get("sector") in NEUTRAL_SECTORS:
            continue
        if _called_opposition(a, art, art["text"][title_phrase_start(a, art):a["start"]]):
            out.add((a.get("text") or "").strip())
    return frozenset(out)


def _called_opposition(m: dict, art: dict, before: str) -> bool:
    """The page calls the mention the opposition right before naming it: an opposition word
    in `before` (its title phrase: "the main opposition MDC") or in a description set before
    it by a comma (`_opposition_apposed`)."""
    return bool({w.lower() for w in WORD.findall(before)} & opposition_words()) \
        or _opposition_apposed(m, art)


#: A description set before a name by a comma: an article, then up to five lower-case words
#: ("the main opposition party, ", "a small opposition group, "), at the end of the text.
_APPOSED = re.compile(r"\b(?:the|a|an)((?:\s+[a-z][\w-]*){1,5}),\s*$")


def _opposition_apposed(m: dict, art: dict) -> bool:
    """The name is set after a comma to a description that names the opposition ("according
    to the main opposition party, Chadema"), the name the party's own, not its land's."""
    text = art.get("text") or ""
    found = _APPOSED.search(text[max(0, m["start"] - 60):m["start"]].split("\n")[-1])
    return bool(found and set(found.group(1).split()) & opposition_words())


def opposition_voice_words() -> frozenset[str]:
    """Words that name a voice as the state's opponents ("opposition", "dissidents"), from the
    reconcile pack; read here and by `moments.opposes_state`."""
    return pack_words("reconcile", "opposition_voice_words")


def state_opponents(m: dict) -> bool:
    """A claimant the resolver gave its state's side by a demonym alone ("Syrian activists":
    no pack actor, no sector) whose words name the state's opponents (reconcile pack
    `opposition_voice_words`: "activists", "dissidents"): the opposition's voice, not the
    state's. Read as the state's, the activists' count of the dead and a foreign government's
    higher one made one side's revision, and disputed none of the state's denials."""
    if m.get("actor_id") or m.get("sector") or not m.get("side"):
        return False
    words = {w.lower() for w in WORD.findall(m.get("text") or "")}
    return bool(words & opposition_voice_words())


@cache
def _opponent_tie() -> re.Pattern[str]:
    """What follows a voice the page describes as tied to the state's opponents (reconcile
    pack `opponent_ties`, `opponent_tie_objects`): an apposition (", a group associated with
    the protesters") or a relative clause (" who works with the opposition")."""
    pack = load_pack("reconcile")
    ties = sorted(word_set(pack, "reconcile", "opponent_ties"), key=len, reverse=True)
    objects = sorted(word_set(pack, "reconcile", "opponent_tie_objects"), key=len, reverse=True)

    def alt(words: list[str]) -> str:
        return "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
    return re.compile(r"(?:\s*,\s*(?:an?|the)\s+(?:[^\W\d_][\w'’-]*\s+){0,3}?"
                      r"|\s+(?:who|which|that)\s+(?:is\s+|are\s+|was\s+|were\s+)?)"
                      r"(?:" + alt(ties) + r")\s+(?:the\s+)?(?:" + alt(objects) + r")\b",
                      re.IGNORECASE)


def described_opponent(m: dict, art: dict | None) -> bool:
    """The page describes the claimant, right after naming it, as tied to the state's
    opponents ("a medic who works with the opposition said", "the Doctors' Committee, a group
    associated with the protesters, said"): the opposition's voice, whatever country its name
    carries. Left a witness of its land (or its demonym's state), its count of the crackdown's
    dead disputed none of the state's. A tie denied ("a gang not associated with the
    protesters") is none; a pack actor keeps the packs' reading."""
    if m.get("actor_id") or art is None or m.get("end") is None:
        return False
    text = art.get("text") or ""
    if text[m.get("start", 0):m["end"]] != m.get("text"):
        return False  # offsets of another text (a title's mention): nothing to read after it
    tie = _opponent_tie().match(text, m["end"])
    return tie is not None and not re.search(r"\b(?:not|never|no)\b", tie.group(0), re.I)


def described_group_side(m: dict, art: dict) -> str | None:
    """The party of the named armed group an appositive after the speaker says it speaks for
    ("Ahmad X, the spokesman for the Pakistani Taliban, said"): the group's own voice, as
    "the BLA spokesman" is (`own_party`). Read as a witness of its land, its toll would dispute
    none of the state it fights. None for a pack-known actor, medium, or a description with no
    role in a group (`group_voice_titles`) or no group the packs know."""
    if m.get("actor_id") or m.get("sector") in NEUTRAL_SECTORS:
        return None
    words = WORD.findall(appositive(m, art) or "")
    if not {w.lower() for w in words} & group_voice_titles():
        return None
    for k in range(len(words)):
        group = group_named(" ".join(words[k:]))
        if group is not None:
            return group_party(group)
    return None


#: Possessive determiners that point back to a body named earlier in the sentence ("its
#: spokesman"): the group is the last one named before it.
_BACK = frozenset({"its", "their"})


def voice_of_group(m: dict, art: dict) -> str | None:
    """The party of the named armed group a speaker unknown to the packs is written as the
    voice of, anywhere on the page: a role in a group (`group_voice_titles`) right before the
    name, held by the group named just before the role ("KIA spokesman Colonel X", "the
    rebels' ... ") or, after "its"/"their", by the last group named earlier in the sentence
    ("a ceremony the Kachin Independence Army was holding, its spokesman Colonel X said"). Such
    a voice speaks for the group even where a later mention ("Colonel X said") stands alone and
    his rank alone would make him a state's officer. The role may be the mention's own first
    word ("the TPNPB Commander X", the title read into the name), the group then right before
    the mention."""
    name = (m.get("text") or "").strip()
    text = art.get("text") or ""
    if m.get("actor_id") or m.get("sector") in NEUTRAL_SECTORS or len(WORD.findall(name)) < 2:
        return None
    if _class_role(WORD.findall(name)):  # "the guerrilla spokesman", "a rebel commander"
        return page_group_party(art)
    # "The TPNPB Commander X": the role may open the mention itself, the group right before it
    titled = WORD.findall(name)[0].lower() in group_voice_titles()
    for hit in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
        words = [re.sub(r"['’]s?$", "", w) for w in
                 WORD.findall(words_before({"start": hit.start()}, art))]
        if titled:
            owner = words
        elif not words or words[-1].lower() not in group_voice_titles():
            continue
        else:
            owner = words[:-1]
        owner = _owner_words(owner)
        if owner and owner[-1].lower() in lone_group_voices():
            # "rebel spokesman X", "a rebel military spokesman, X": the voice of the page's
            # one named armed group, whose spokesman his title alone made the state's officer
            if party := page_group_party(art):
                return party
            continue
        if owner and owner[-1].lower() in _BACK:
            groups = [g for k in range(len(owner) - 1)
                      if (g := group_named(" ".join(owner[k:k + 5])))]
        else:  # the group's name ends right before the role
            groups = [g for k in range(max(0, len(owner) - 5), len(owner))
                      if (g := group_called(" ".join(owner[k:])))]
        if groups:
            return group_party(groups[-1])
    return None


#: Articles: the owner's name follows the last one in the phrase before a body ("the").
_ARTICLES = frozenset({"the", "a", "an"})


def _owner_suffixes() -> tuple[str, ...]:
    """Endings of a hyphened owner word ("Houthi-controlled", "Hamas-run"): the reconcile
    pack's `owner_media_suffixes`."""
    return tuple(sorted(pack_words("reconcile", "owner_media_suffixes")))


def owner_group_side(m: dict, art: dict) -> str | None:
    """The party of the named armed group the words right before a body or a medium name as
    its owner ("the Taliban's Ministry of Defence", "the Houthi government's Ministry of
    Health", "the Houthi-controlled Al-Masjara TV"): the group's body, not the land's, which
    on a land of two authorities was no one's, and left unsided its toll disputed none of the
    state's. The owner is written as such (a possessive or a hyphened owner word ending the
    phrase) after the phrase's last article, so a group named earlier in the clause ("after
    the Houthi attack the ministry said") owns nothing; the mention must be a body (a word of
    a state's body or a group's voice in it) or a medium. None for a pack actor, an IGO or an
    NGO."""
    if m.get("actor_id") or m.get("start") is None or not art.get("text") \
            or m.get("sector") in ("IGO", "NGO"):
        return None
    words = {w.lower() for w in WORD.findall(m.get("text") or "")}
    if not words & (state_body_words() | group_voice_titles()) and m.get("sector") != "MED":
        return None
    phrase = WORD.findall(art["text"][title_phrase_start(m, art):m["start"]])
    articles = [k for k, w in enumerate(phrase) if w.lower() in _ARTICLES]
    phrase = phrase[articles[-1] + 1:] if articles else phrase
    if not phrase:
        return None
    last = phrase[-1]
    suffix = next((x for x in _owner_suffixes() if last.lower().endswith(x)), None)
    if suffix:
        phrase[-1] = last[:-len(suffix)]
    elif not re.search(r"['’]s?$", last):
        return None
    group = group_named(" ".join(phrase))
    return group_party(group) if group else None
