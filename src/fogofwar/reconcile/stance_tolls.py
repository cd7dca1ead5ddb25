"""Figures a page tells of an attack on which a claimant takes a stance.

"The DRC government has condemned the attack, which claimed 35 lives": the government condemns
the attack; the 35 is the page describing it, in a relative clause hung on the attack. The claim
reader gives the sentence's figures to its claimant, so reconcile leaves these out of the
claimant's figures (incidents.event_refs, `foreign`), as it does another claim's figures.
Vocabulary: reconcile pack `stance_on_event_words`, `relative_openers`, `stance_clause_saying`.

A denial is a stance too (`denied_figures`): "the army denied militants killed 13 soldiers",
"the coalition denied bombing the hall, which killed more than 150": the 13 and the 150 are the
toll the denier rejects or the page's, never the denier's own count. Only the denier's zero
("denied any civilians were killed") and a figure it states in a statement of its own after the
denial (", saying only one fighter was killed", "but admits that a child was wounded":
reconcile pack `denial_own_statement`) are its. The denial verbs are the cues pack's.
"""

from __future__ import annotations

import re
from functools import cache

from ..packs import load_pack, pack_words, require, word_set
from ..words import alternation, whole_words


@cache
def _words() -> tuple[re.Pattern[str], tuple[str, ...], re.Pattern[str]]:
    pack = load_pack("reconcile")
    return (whole_words(word_set(pack, "reconcile", "stance_on_event_words"), re.IGNORECASE,
                        longest_first=True),
            tuple(word_set(pack, "reconcile", "relative_openers")),
            whole_words(word_set(pack, "reconcile", "stance_clause_saying"), re.IGNORECASE,
                        longest_first=True))


def stance_clause_figures(claim: dict | None) -> frozenset[str]:
    """Figure texts of the claim standing in a relative clause opened after a stance on an
    attack that its claimant takes (the claimant named before the stance word), with no saying
    verb between the clause's opening and the figure."""
    if not claim or not claim.get("figures"):
        return frozenset()
    sentence = claim.get("sentence") or ""
    lower = sentence.lower()
    stance, openers, saying = _words()
    found = stance.search(sentence)
    if found is None or not _claimant_before(claim, found.start()):
        return frozenset()
    opened = [i + len(o) for o in openers if (i := lower.find(o, found.end())) >= 0]
    if not opened:
        return frozenset()
    start = min(opened)
    out = set()
    for fig in claim["figures"]:
        text = fig.get("text") or ""
        at = sentence.find(text, start) if text else -1
        if at >= 0 and saying.search(sentence, start, at) is None:
            out.add(text)
    return frozenset(out)


def _claimant_before(claim: dict, offset: int) -> bool:
    """Whether the claim's claimant is named in its sentence before `offset` (the stance is
    the claimant's own, not one it reports of another)."""
    mention = claim.get("claimant") or {}
    start = mention.get("start")
    if start is None or claim.get("start") is None:
        return False
    return 0 <= start - claim["start"] < offset


@cache
def _denial() -> tuple[frozenset[str], re.Pattern[str]]:
    """The cue words of a denial (every form of the cues pack's `denial_verbs`) and the pattern
    of the denier's own statement after its denial (reconcile pack `denial_own_statement`)."""
    forms = set()
    for verb in pack_words("cues", "denial_verbs"):  # lower case already
        stem = verb[:-1] if verb.endswith(("y", "e")) else verb
        forms |= {verb, verb + "s", verb + "es", verb + "d", verb + "ed", verb + "ing",
                  stem + "ies", stem + "ied", stem + "ing", stem + "ed"}
    own = require(load_pack("reconcile"), "reconcile", "denial_own_statement", str)
    return frozenset(forms), re.compile(own, re.IGNORECASE)


def denied_figures(claim: dict | None) -> frozenset[str]:
    """Figure texts of a denial claim (its cue a denial verb) that are not the denier's count:
    every figure but a zero, unless the denier's own statement (", saying", "but admits")
    stands between the cue and the figure (module docstring)."""
    if not claim or not claim.get("figures") or claim.get("hedge") != "denied":
        return frozenset()
    forms, own = _denial()
    if (claim.get("cue") or "").lower() not in forms:
        return frozenset()  # a negated cue ("did not confirm"), not a denial
    sentence = claim.get("sentence") or ""
    cue_end = (claim.get("cue_end") or 0) - (claim.get("start") or 0)
    out = set()
    for fig in claim["figures"]:
        text = fig.get("text") or ""
        if not text or fig.get("value") in (0, 0.0):
            continue  # the denier's "no one was killed" is its word
        at = sentence.find(text, max(cue_end, 0))
        if at < 0 or own.search(sentence, max(cue_end, 0), at) is None:
            out.add(text)
    return frozenset(out)


@cache
def _rejection() -> re.Pattern[str]:
    """A copula and what a speaker calls a figure he rejects (reconcile pack
    `rejected_figure_words`), right after the figure's words ("... is a lie")."""
    words = alternation(pack_words("reconcile", "rejected_figure_words"),
                        longest_first=True)
    return re.compile(r"[^,.;:!?\"“”]{0,40}?\b(?:is|was|are|were)\s+(?:(?:a|an|all|just"
                      r"|simply|pure|outright|nothing but|totally|completely)\s+)*(?:"
                      + words + r")\b", re.IGNORECASE)


def rejected_figures(claim: dict | None) -> frozenset[str]:
    """Figure texts of the claim that its own sentence calls false right after them ("Fifty-two
    dead is a lie," said X; "the 300 figure is exaggerated"): the toll the claimant rejects,
    never his own count, as a denier's are (`denied_figures`)."""
    if not claim or not claim.get("figures"):
        return frozenset()
    sentence = claim.get("sentence") or ""
    out = set()
    for fig in claim["figures"]:
        text = fig.get("text") or ""
        at = sentence.find(text) if text else -1
        if at >= 0 and _rejection().match(sentence, at + len(text)):
            out.add(text)
    return frozenset(out)
