"""A count its keeper is named in as a modifier: "An earlier toll from local sources had put the
dead at 138, while a government toll stood at 132 dead and around 40 wounded".

No reporting verb names a speaker there, so the claim reader leaves the sentence to the outlet
that wrote it, and the government's 132 and 40 sat in the outlet's row (or in none: an outlet's
narrated toll gives way to the sources' rows), the government's dispute with the local sources
lost. The count's noun (the reconcile pack's `owned_toll_nouns`: "toll", "tally", "count",
"figures") names whose count it is: a keeper before it ("a government toll", "the army's count",
"hospital figures", "a UN death toll") or in a "from"/"by" phrase after it ("the toll from local
sources"). The keeper's last word must be one that keeps counts: the pack's `toll_keepers` or the
cues pack's source, body and informant nouns ("officials", "ministry", "hospital"), in the
singular or plural. A force before a count of deaths ("the Malian army death toll") is whose
dead were counted, not who counted (`toll_forces`, `toll_fate_words`).

Only an outlet's own sentence is read (a claim with a named speaker keeps its speaker: "the
ministry said, citing hospital figures"), and each figure after a keeper's noun, up to the next
keeper's or a semicolon, is that keeper's statement; figures before the first stay the outlet's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import cache
from typing import NamedTuple

from ..extract.lexicon import cue_lexicon
from ..packs import load_pack, pack_words, word_set
from .clause_speakers import speaker_ref
from .incidents import EventRef

_WORD = re.compile(r"[\w.'’-]+|[^\w\s]")
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
#: How many words a keeper's name may have ("the Burkina Faso government", "local sources").
MAX_KEEPER_WORDS = 4
#: The prepositions that name a count's keeper after its noun.
_BY = {"from", "by"}


def _stages() -> frozenset[str]:
    """Words saying which of a keeper's counts it is ("latest", "provisional"; reconcile pack
    `toll_stages`), read past like the fate words."""
    return pack_words("reconcile", "toll_stages")


class _Words(NamedTuple):
    """The vocabulary this module reads: the reconcile pack's, the keepers with the cues
    pack's source, body and informant nouns."""

    nouns: frozenset[str]  # a count's nouns (`owned_toll_nouns`: "toll", "tally")
    keepers: frozenset[str]  # who keeps counts (`toll_keepers`, and the cues pack's nouns)
    fates: frozenset[str]  # what the count is of (`toll_fate_words`: "death")
    forces: frozenset[str]  # whose dead a count is, not who counted (`toll_forces`)


@cache
def _pack() -> _Words:
    pack = load_pack("reconcile")
    lex = cue_lexicon()
    keepers = word_set(pack, "reconcile", "toll_keepers") | lex.source_nouns \
        | lex.body_nouns | lex.citing_informants
    return _Words(word_set(pack, "reconcile", "owned_toll_nouns"), keepers,
                  word_set(pack, "reconcile", "toll_fate_words"),
                  word_set(pack, "reconcile", "toll_forces"))


def _keeper_word(word: str) -> bool:
    """The word names one who keeps counts, in the singular or plural."""
    keepers = _pack().keepers
    w = _POSSESSIVE.sub("", word.lower())
    return w in keepers or (w.endswith("s") and w[:-1] in keepers) \
        or (w.endswith("ies") and w[:-3] + "y" in keepers)


def _force(word: str) -> bool:
    """The word names a force whose dead a count is ("the Malian army death toll")."""
    forces = _pack().forces
    w = _POSSESSIVE.sub("", word.lower())
    return w in forces or (w.endswith("s") and w[:-1] in forces)


def keepers(sentence: str) -> list[tuple[str, int, int]]:
    """(keeper, where its count's noun phrase begins, where the keeper's figures begin) of each
    count the sentence names with its keeper (module docstring), in order."""
    words = _pack()
    nouns, fates = words.nouns, words.fates
    toks = list(_WORD.finditer(sentence))
    out: list[tuple[str, int, int]] = []
    for i, t in enumerate(toks):
        if t.group().lower() not in nouns:
            continue
        found = _before(toks, i, fates) or _after(toks, i)
        if found:
            out.append(found)
    return out


def _before(toks: list[re.Match], i: int, fates: frozenset[str]) -> tuple[str, int, int] | None:
    """ "a government toll", "the army's count", "a UN death toll": the keeper before the
    noun at i."""
    j = i - 1
    fate = False
    while j >= 0 and toks[j].group().lower() in fates | _stages():
        fate = fate or toks[j].group().lower() in fates
        j -= 1
    if j < 0 or not _keeper_word(toks[j].group()) or (fate and _force(toks[j].group())):
        return None
    k = j
    while k > 0 and j - k + 1 < MAX_KEEPER_WORDS and toks[k - 1].group()[:1].isupper() \
            and toks[k - 1].group().lower() not in cue_lexicon().articles and k - 1 > 0:
        k -= 1  # "the Burkina Faso government": its proper name's words, not a sentence's first
    article = next((m for m in range(k - 1, max(k - MAX_KEEPER_WORDS, -1), -1)
                    if toks[m].group().lower() in cue_lexicon().articles), None)
    if article is not None and all(toks[m].group().isalpha() and toks[m].group().lower()
                                   not in fates | _stages() for m in range(article + 1, k)):
        k = article + 1  # "an interior ministry toll": the body's words after its article
    name = _POSSESSIVE.sub("", " ".join(t.group() for t in toks[k:j + 1]))
    start = toks[k - 1].start() if k and toks[k - 1].group().lower() in cue_lexicon().articles \
        else toks[k].start()
    return name, start, toks[i].end()


def _after(toks: list[re.Match], i: int) -> tuple[str, int, int] | None:
    """ "the toll from local sources": the keeper in a "from"/"by" phrase after the noun at i,
    its last word a keeper's."""
    if i + 2 >= len(toks) or toks[i + 1].group().lower() not in _BY:
        return None
    first = i + 2 + (toks[i + 2].group().lower() in cue_lexicon().articles)
    for k in range(first, min(first + MAX_KEEPER_WORDS, len(toks))):
        if not toks[k].group()[:1].isalnum():
            return None
        if _keeper_word(toks[k].group()):
            name = " ".join(t.group() for t in toks[first:k + 1])
            return name, toks[i].start(), toks[k].end()
    return None


def owned_tolls(refs: Iterable[EventRef]) -> Iterator[EventRef]:
    """The refs, each outlet's own sentence that names counts' keepers read as the outlet's
    statement with the figures before the first keeper, and one statement per keeper with the
    figures after its count's noun (module docstring)."""
    for r in refs:
        sentence = r.event.get("sentence") or ""
        found = keepers(sentence) if r.narrated else []
        texts = [f.get("text") or "" for f in r.event.get("figures") or []]
        owned: list[tuple[str, frozenset[str]]] = []
        for n, (name, _, begins) in enumerate(found):
            ends = found[n + 1][1] if n + 1 < len(found) else len(sentence)
            semi = sentence.find(";", begins, ends)
            ends = semi if semi >= 0 else ends
            own = frozenset(t for t in texts if t and begins <= sentence.find(t, begins) < ends)
            if own:
                owned.append((name, own))
        if not owned:
            yield r
            continue
        theirs = frozenset(t for _, own in owned for t in own)
        yield replace(r, foreign=r.foreign | theirs)
        for name, own in owned:
            yield speaker_ref(r, name, own, frozenset(texts) - own)
