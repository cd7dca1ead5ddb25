"""Figures a sentence gives of another event than the one it reports: a motive or a recall.

"The army shelled the village in retaliation for the killing of five soldiers", "the strike
targeted launchers used to attack the port city, killing a civilian there", "a child was killed
in a separate attack", "in response to a raid that left 12 dead": the five soldiers, the
civilian, the child and the 12 are the toll of the attack the sentence names as the cause of
its news or sets beside it, never its news's toll. The claim reader gives every figure of a
sentence to its events and its claimant, so reconcile leaves the figures standing in such a
span out of the event's figures (incidents.event_refs, `foreign`) and out of a toll claim's
(incidents.toll_claim_refs), as it does another claim's figures. The event itself stays.
Vocabulary: reconcile pack `recalled_toll_patterns` (matched on the lower-cased sentence, its
white space folded, each with a group `toll` where the recalled toll stands); a figure is
recalled when its text, as a word, stands in a `toll` group and nowhere else in the sentence
(an article's "a" or "an" may stand elsewhere in a clause telling no harm: "killing a
civilian" beside "a statement said", not beside "A man died").

A toll a sentence tells as a rumour or as a report it calls false ("rumours of 3,000 dead were
false", "brushed aside rumours of \"800 dead\"", "previous reports of 35 deaths were patently
false") is no one's count either (`rumoured_figures`, reconcile pack `rumoured_toll_patterns`,
read the same way): the speaker quotes it to reject it, and the rumour's voice is no one's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from ..packs import load_pack, require

#: Figures read from an article ("killing a civilian"): the word stands elsewhere as itself.
_ARTICLES = frozenset({"a", "an"})
#: An article elsewhere counts as a toll when its clause tells harm ("A man died and ...").
_HARM = re.compile(r"[^.;,:]{0,40}?\b(killed|dead|died|wounded|injured|hurt)\b")


@cache
def _patterns(key: str = "recalled_toll_patterns") -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in require(load_pack("reconcile"), "reconcile", key, list))


def recalled_figures(sentence: str | None, figures: Iterable[dict] | None) -> frozenset[str]:
    """Texts of the `figures` that stand only within a span of `sentence` telling the toll
    of a motive or a recalled event (module docstring)."""
    return _toll_span_figures("recalled_toll_patterns", sentence, figures)


def rumoured_figures(sentence: str | None, figures: Iterable[dict] | None) -> frozenset[str]:
    """Texts of the `figures` that stand only within a span of `sentence` telling a toll as a
    rumour or as a report the sentence calls false (module docstring): the speaker's quote of
    a count it rejects, never its own count, nor a count of a voice the page names."""
    return _toll_span_figures("rumoured_toll_patterns", sentence, figures)


def _toll_span_figures(key: str, sentence: str | None,
                       figures: Iterable[dict] | None) -> frozenset[str]:
    """Texts of the `figures` standing only within a `toll` group of the pack's `key`
    patterns matched on `sentence` (module docstring)."""
    if not sentence or not figures:
        return frozenset()
    low = " ".join(sentence.lower().split())
    spans = [m.span("toll") for p in _patterns(key) for m in p.finditer(low)]
    if not spans:
        return frozenset()
    out = set()
    for fig in figures:
        text = " ".join((fig.get("text") or "").lower().split())
        if not text:
            continue
        at = [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(text) + r"(?!\w)", low)]
        inside = [any(a <= i and i + len(text) <= b for a, b in spans) for i in at]
        if any(inside) and all(ok or (text in _ARTICLES and not _HARM.match(low, i))
                               for i, ok in zip(at, inside, strict=True)):
            out.add(fig.get("text") or "")
    return frozenset(out)
