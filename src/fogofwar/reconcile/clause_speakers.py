"""A second speaker after a semicolon: "Local officials put the toll at more than 200; aid group
MSF says at least 112 were killed and about 150 injured".

The claim reader gives such a sentence one claim, its head the first speaker, and may take the
second for a relay of the first. Each figure after the second speaker's own cue is that
speaker's count, not the head's: credited to the head, MSF's 112 sat in "Local officials"' row,
and MSF's toll rising from 90 to 112 across reports was lost. For an incident's figures, such an
event is read as two statements: the head's, with the figures before the semicolon, and the
second speaker's, with the figures after its cue.

The second clause must open with its speaker and a reporting verb ("MSF says", "the army
said", "residents reported"): a speaker of up to `MAX_SPEAKER_WORDS` words with no figure in
it, then a verb of the cues lexicon. A semicolon inside quotation marks splits nothing (one
speaker's quoted words).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import cache

from ..extract.lexicon import cue_lexicon
from .claimant_sides import is_party, mention_side, owner_side
from .incidents import EventRef
from .speakers import is_medium

#: Longest speaker phrase read before the second clause's verb ("aid group Medecins Sans
#: Frontieres (MSF)").
MAX_SPEAKER_WORDS = 8
_QUOTES = '"“”«»'
_TOKEN = re.compile(r"\S+")
#: A pronoun opening the second clause ("; it said", "; he added") refers back to a speaker
#: already named, most often the head: no second speaker.
_PRONOUNS = {"he", "she", "it", "they", "we", "i", "this", "that", "which", "who"}


@cache
def _cue_verbs() -> frozenset[str]:
    return frozenset(cue_lexicon().verbs) | {"say"}


def is_cue(word: str) -> bool:
    """A reporting verb of the cues lexicon in a present or past form ("says", "said",
    "reported", "puts")."""
    w = word.lower().strip(",.:;")
    if w in ("said", "says", "say"):
        return True
    verbs = _cue_verbs()
    stems = {w, w[:-1] if w.endswith("s") else "", w[:-2] if w.endswith("es") else "",
             w[:-1] if w.endswith("d") else "", w[:-2] if w.endswith("ed") else ""}
    return bool(stems & verbs)


def second_speaker(sentence: str, claimant: str) -> tuple[str, int] | None:
    """(speaker, offset where its clause's words begin after its cue) when the claim's sentence
    goes on, after a semicolon past the claimant's naming, with a clause of its own speaker."""
    at = sentence.lower().find(claimant.lower())
    if at < 0:
        return None
    semi = sentence.find(";", at + len(claimant))
    if semi < 0 or sum(sentence[:semi].count(q) for q in _QUOTES) % 2:
        return None
    words = list(_TOKEN.finditer(sentence, semi + 1))
    for i, m in enumerate(words[:MAX_SPEAKER_WORDS + 1]):
        if is_cue(m.group()):
            speaker = [w.group() for w in words[:i]]
            if not speaker or any(ch.isdigit() for w in speaker for ch in w) \
                    or any(is_cue(w) for w in speaker) or speaker[0].lower() in _PRONOUNS:
                return None
            return _name(speaker), m.end()
    return None


def _name(words: list[str]) -> str:
    """The speaker as the clause names it, a lower-case description before a proper name left
    out and an acronym after it too ("aid group Medecins Sans Frontieres (MSF)" -> "Medecins Sans
    Frontieres"), so that its other reports' rows are the same voice's."""
    first_cap = next((i for i, w in enumerate(words) if w[:1].isupper()), None)
    if first_cap:
        words = words[first_cap:]
    elif words[0].lower() in cue_lexicon().articles and len(words) > 1:
        words = words[1:]
    name = " ".join(words).strip(",:")
    # "Medecins Sans Frontieres (MSF)": the acronym after the name is the same speaker
    return re.sub(r"\s*\([^()]*\)$", "", name) or name


@cache
def _pack_actors() -> dict[str, dict]:
    """Lower-case name or alias -> the actor packs' actor as a mention would carry it."""
    from ..annotate.packdata import actor_packs  # the packs only, loaded once

    out: dict[str, dict] = {}
    for a in actor_packs().actors.values():
        m = {"text": a.name, "actor_id": a.id, "side": a.side, "country": a.country,
             "sector": a.sector}
        for name in (a.name, *a.aliases):
            out.setdefault(name.lower(), m)
    return out


def speaker_mention(speaker: str) -> dict:
    """A second speaker as a claimant mention would carry it: the actor packs' actor its name
    is exactly, else its bare name."""
    return _pack_actors().get(speaker.lower()) or _pack_actors().get(
        re.sub(r"^the\s+", "", speaker.lower())) or {"text": speaker}


def named_side(speaker: str) -> str | None:
    """The side of a second speaker the actor packs name exactly ("Israel", "the Kremlin"),
    as a claimant mention of it would have; None for any other."""
    m = _pack_actors().get(speaker.lower()) or _pack_actors().get(
        re.sub(r"^the\s+", "", speaker.lower()))
    return mention_side(m) if m else None


def split_clauses(refs: Iterable[EventRef]) -> Iterator[EventRef]:
    """The refs, each whose claim sentence holds a second speaker's clause (see module) read
    as two: the head's with the figures before the semicolon, the second speaker's with those
    after its cue (its side the one the actor packs give its exact name, else none)."""
    for r in refs:
        sentence = r.event.get("sentence") or ""
        # an outlet narrating is not named in its sentence: a speaker's clause after any
        # semicolon of it is that speaker's ("... as Hamas claims 115 dead; Israel says ...")
        found = second_speaker(sentence, "" if r.narrated else r.claimant) \
            if r.claimant else None
        if found is None:
            yield r
            continue
        speaker, cut = found
        texts = [f.get("text") or "" for f in r.event.get("figures") or []]
        after = frozenset(t for t in texts if t and sentence.find(t, cut) >= 0
                          and sentence.find(t) >= cut)
        if not after:
            yield r
            continue
        before = frozenset(texts) - after
        yield replace(r, foreign=r.foreign | after)
        yield speaker_ref(r, speaker, after, before)


def speaker_ref(r: EventRef, speaker: str, own: frozenset[str],
                others: frozenset[str]) -> EventRef:
    """`r` read as the statement of a speaker its sentence names beside its claimant, stating
    the figures `own` (their texts) and not `others`: its voice is its own, a medium, a party
    or a witness as its name says, not as the head's was ("MSF said ...; the ministry said
    ..."), and the figures are its own though another claim of the page states them."""
    m = speaker_mention(speaker)
    return replace(r, claimant=speaker, side=named_side(speaker),
                   foreign=(r.foreign - own) | others,
                   relayed_from=f"{r.statement}#{speaker}", narrated=False,
                   media=is_medium(m), party=is_party(m), owner=owner_side(m),
                   land_side=None, source_text=None)  # the head's source was written for the head
