"""A claimant described by a noun alone is the body its page named last before it.

Reports name a body once and then describe it: "... nine Doctors Without Borders staff dead,
the charity said", "Russia's Investigative Committee said ... Hours later, the committee
said". Extraction keeps the description as the claimant where it finds no antecedent, and
the incident then lists "charity" beside "Medecins Sans Frontieres": one body's toll in two
rows, and its rise from 9 to 19 no revision. A claimant whose only word (after determiners)
is one of the pack's `body_descriptions` is taken as the last actor the page named before it
whose name ends with that noun, or whose sector the pack lists for it. It is that body's voice
in the incident's sides, revisions and contradictions; its figure row keeps the name as
written (`written_as`), as a reader of that page met it.
"""

from __future__ import annotations

import re
from functools import cache

from ..packs import load_pack, require
from .toll_claims import TOLL_CATEGORIES

#: Words before a description that say nothing of which body ("the charity", "its agency").
_DETERMINERS = frozenset({"the", "its", "this", "that"})


@cache
def body_descriptions() -> dict[str, frozenset[str]]:
    """Description noun -> the sectors of the bodies it may describe (reconcile pack)."""
    table = require(load_pack("reconcile"), "reconcile", "body_descriptions", dict)
    return {noun.lower(): frozenset(sectors or ()) for noun, sectors in table.items()}


@cache
def body_short_names() -> dict[str, tuple[str, ...]]:
    """Short name -> phrases one of which the full name of the body it stands for holds
    (reconcile pack `body_short_names`: "mod" for a "defence ministry"), lower case."""
    table = require(load_pack("reconcile"), "reconcile", "body_short_names", dict)
    return {short.lower(): tuple(p.lower() for p in phrases) for short, phrases in table.items()}


def description_noun(mention: dict) -> str | None:
    """The pack noun or short name a claimant mention is made of alone ("the charity" ->
    "charity", "the MOD" -> "mod")."""
    if mention.get("actor_id") or mention.get("name"):
        return None
    words = [w for w in (mention.get("text") or "").lower().split() if w not in _DETERMINERS]
    if " ".join(words) in body_short_names():
        return " ".join(words)
    return words[0] if len(words) == 1 and words[0] in body_descriptions() else None


def described_body(mention: dict, art: dict) -> dict | None:
    """The actor mention of the body a described claimant stands for (see module)."""
    noun = description_noun(mention)
    if noun is None or mention.get("start") is None:
        return None
    sectors = body_descriptions().get(noun, frozenset())
    fulls = body_short_names().get(noun, ())
    before = [m for m in art.get("actors", []) if m.get("start") is not None
              and m["start"] < mention["start"] and m.get("text")]
    for m in sorted(before, key=lambda m: -m["start"]):
        name = m.get("name") or m["text"]
        words = name.lower().split()
        if len(words) >= 2 and words[-1] == noun or m.get("sector") in sectors \
                or any(full in " ".join(words) for full in fulls):
            return m
    return None


@cache
def introduced_body_nouns() -> frozenset[str]:
    """Head nouns of a body a page may bring in by an indefinite description (reconcile pack)."""
    return frozenset(str(w).lower() for w in
                     require(load_pack("reconcile"), "reconcile", "introduced_body_nouns", list))


#: An indefinite article right before a mention: the page brings in someone not yet named.
_INDEFINITE = re.compile(r"\b(a|an)\s+$", re.IGNORECASE)


def _tolls(claim: dict) -> set[tuple]:
    return {(f.get("category"), f.get("low"), f.get("high")) for f in claim.get("figures") or []
            if f.get("category") in TOLL_CATEGORIES}


def introduced_claim(claim: dict, art: dict) -> dict | None:
    """"A rights organization counted 136 civilians killed … “… 136 bodies …,” the Collective
    said": a body the page brings in by an indefinite description of no known actor (its head
    noun one of the pack's `introduced_body_nouns`) and names in the next claim that has a
    source, which states every toll of the first: that next claim, whose source the
    description's toll is. A next source that gives other figures is another voice. A
    headline drops its articles ("Rights group says 136 killed in raid"), so its description
    needs none, but the body it brings in is no state's voice (`_state_voice`)."""
    mention = claim.get("claimant") or {}
    start, words = mention.get("start"), (mention.get("text") or "").lower().split()
    text = art.get("text") or ""
    headline = bool(claim.get("in_title"))
    if start is None or mention.get("actor_id") or not words \
            or words[-1] not in introduced_body_nouns() \
            or not (headline or _INDEFINITE.search(text[max(0, start - 4):start])):
        return None
    tolls = _tolls(claim)
    later = sorted((c for c in art.get("claims", []) if (c.get("claimant") or {}).get("text")
                    and (not c.get("in_title") if headline  # (a headline's offsets are its own)
                         else (c.get("start") or 0) > (claim.get("start") or 0))),
                   key=lambda c: c.get("start") or 0)
    if not tolls or not later:
        return None
    if headline:  # "NGO says toll is at least 136" … "136 bodies": the body's count is in it
        return later[0] if _within(tolls, _tolls(later[0])) and not _state_voice(later[0]) \
            else None
    return later[0] if tolls <= _tolls(later[0]) else None


def _within(tolls: set[tuple], stated: set[tuple]) -> bool:
    """Every toll of a headline holds one the later claim states: of its category, the later
    interval inside the headline's ("at least 136" holds 136)."""
    return all(any(c == cat and lo is not None and low is not None and low >= lo
                   and (hi is None or (high is not None and high <= hi))
                   for c, low, high in stated) for cat, lo, hi in tolls)


def _state_voice(claim: dict) -> bool:
    """The claim's speaker is a state's government or forces: a headline's civil body
    ("Burkina Faso NGO says … at least 136") is never the officials who give its toll too."""
    mention = claim.get("claimant") or {}
    return bool(mention.get("side")) or mention.get("sector") in ("GOV", "MIL")


def written_as(claim: dict | None, claimant: str, art: dict) -> str | None:
    """The claim's source as its page wrote it ("charity") when the claimant it is keyed by
    is the body that description was taken for (`described_body`), else None."""
    chain = (claim or {}).get("chain") or []
    body = described_body(claim.get("claimant") or {}, art) if chain else None
    if body is None or chain[0] == claimant or (body.get("name") or body["text"]) != claimant:
        return None
    return chain[0]


def spoken_as(claim: dict | None, claimant: str) -> str | None:
    """The claim's claimant mention as its page wrote it ("Houthi movement"), when the claim
    is keyed by another name of that speaker (the packs' "Ansar Allah"), the mention heads the
    claim's chain and its words name which source it is (`tolls.named`: not "the group")."""
    from .speakers import claim_speaker
    from .tolls import named

    text = " ".join(((claim or {}).get("claimant") or {}).get("text", "").split())
    if not text or text == claimant or claim_speaker(claim or {}) != 0 \
            or not (claim.get("chain") or [None])[0] == claimant or not named(text):
        return None
    return text


def renamed_role(claim: dict | None, claimant: str) -> str | None:
    """The role its page named the claim's speaker by ("the Minister", "the military") when
    the claim is keyed by the person or body another source of the page says holds it
    (`claim_source`): the row keeps the role among its spellings. Only a role of the pack's
    generic words: a name too short to tell ("US") is none, and a medium ("the news
    channel") is never a person's role. None for any other."""
    from ..extract.lexicon import cue_lexicon
    from .speakers import claim_speaker
    from .voices import generic_words

    chain = (claim or {}).get("chain") or []
    head = claim_speaker(claim or {}) if chain else 0
    said = chain[head] if head < len(chain) else None
    if not said or said == claimant:
        return None
    words = {w for w in _ROLE_WORD.findall(said.lower()) if w not in ("the", "of", "and")}
    return said if words and words <= generic_words() \
        and not words & cue_lexicon().media_nouns else None


_ROLE_WORD = re.compile(r"[^\W\d_]+")


#: The capitalised words closing a source ("..., Ihor Klymenko"), and the word before them.
_CLOSING = re.compile(r"(\S+)?\s*((?:[A-Z][\w'\u2019-]+\s+)*[A-Z][\w'\u2019-]+)$")


def role_in_source(name: str, claim: dict | None) -> str:
    """A claimant named by its role alone ("Deputy Head", "the Minister of Internal Affairs
    of") as the claim's source is written, when that source goes on to name the person who
    holds it ("the Minister of Internal Affairs of Ukraine, Ihor Klymenko"; "Deputy Head of the
    President's Office Kyrylo Tymoshenko"): the role alone is a row no reader can tell from
    another's, and a report naming the person elsewhere keys that person's row. The person's
    name is the source's closing capitalised words less the generic ones before them ("Office"),
    two or more, set off by a comma or by the role's own capitalised words; a place closing
    the source ("health authorities in Gaza") or a body ("the press service of the Ministry
    of Emergency Situations") names no holder. Any other name as it is."""
    from .speakers import role_only
    from .voices import generic_words

    source = " ".join((((claim or {}).get("source") or {}).get("text") or "").split())
    at = source.lower().find(name.lower()) if role_only(name) else -1
    found = _CLOSING.search(source[at + len(name):]) if at >= 0 else None
    if found is None or " and " in source[at:]:
        return name
    words = found.group(2).split()
    before = found.group(1) or ""
    while words and words[0].lower().strip("'\u2019s") in generic_words():
        before = words.pop(0)
    if len(words) < 2 or not (before.endswith(",") or before[:1].isupper()):
        return name
    return re.sub(r"^(?:the|The)\s+", "", source[at:] if at <= 4 else source)


#: Words a name may hold but not end with: "The International Committee for the" was cut
#: before "Red Cross".
_CUT_AT = frozenset({"of", "for", "the", "and", "on", "in", "de", "du", "des"})
#: The capitalised words (and the function words between them) that go on a cut name.
_REST = re.compile(r"[ \t]+((?:(?:of|for|the|and|on|in)[ \t]+)*[A-Z][\w'\u2019-]*"
                   r"(?:[ \t]+(?:(?:of|for|the|and|on|in)[ \t]+)*[A-Z][\w'\u2019-]*)*)")


def completed_name(name: str, mention: dict, art: dict) -> str:
    """A claimant's name cut at a function word completed from its sentence: the capitalised
    words right after the mention ("The International Committee for the" + "Red Cross").
    Any other name as it is."""
    words = name.split()
    if len(words) < 2 or words[-1].lower() not in _CUT_AT or mention.get("end") is None \
            or (mention.get("text") or "").strip() != name.strip():
        return name
    rest = _REST.match((art.get("text") or "")[mention["end"]:mention["end"] + 80])
    return f"{name.rstrip()} {rest.group(1)}" if rest else name
