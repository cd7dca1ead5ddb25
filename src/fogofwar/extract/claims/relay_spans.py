"""A claim's written relays, one for each intermediary of its chain, in the chain's order.

The claim-span pass writes down the relays its own cue names ("told AFP": AFP), but later
passes add relays to the chain from elsewhere: a speaker's earlier interview ("X told TASS …"
then "He added …"), a note after the statement ("He was speaking to Interfax"), a dateline
credit. The export promises `relays[i]` is the mention of `chain[i + 1]` (the outlet closing
the chain aside), so readers and scorers can show each voice as written beside its name. Each
intermediary's mention is, first, the one the claim's sentence writes ("AFP", "the agency");
else the one an earlier claim's chain took it from (a carried relay keeps "TASS" of "X told
TASS"); else the nearest mention of its name in the article before the claim, else after it.
A relay the page never writes at all (no offsets to give) leaves the relays as written only,
not lined up: offsets are never invented.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...clean.outlets import canonical_outlet
from ...records import Article, Claim, SourceSpan
from .namings import without_article


def align_relays(article: Article, claims: Sequence[Claim], tail: Sequence[str]) -> None:
    """Line up each claim's `relays` with its chain's intermediaries (see the module note);
    `tail`: the outlet names closing every chain, which have no relay."""
    text = article.text
    earlier: list[tuple[str, SourceSpan]] = []  # each written relay so far, by resolved name
    for claim in sorted(claims, key=lambda c: c.start):
        if claim.narrator or claim.in_title or not claim.chain:
            continue
        names = intermediaries(claim.chain, tail)
        spans = _spans_for(names, claim, text, earlier)
        if spans is not None:
            claim.relays = spans
        if len(claim.relays) == len(names):
            earlier += zip(names, claim.relays, strict=True)


def intermediaries(chain: Sequence[str], tail: Sequence[str]) -> list[str]:
    """The names between a chain's claimant and the outlet names closing it."""
    end = len(chain)
    for name in reversed(tail):
        if end > 1 and chain[end - 1].lower() == name.lower():
            end -= 1
    return list(chain[1:end])


def _spans_for(names: Sequence[str], claim: Claim, text: str,
               earlier: Sequence[tuple[str, SourceSpan]]) -> list[SourceSpan] | None:
    """The written mention of each name, or None when some name is written nowhere."""
    if len(claim.relays) == len(names):
        return list(claim.relays)
    found: list[SourceSpan | None] = [None] * len(names)
    written = list(claim.relays)  # the claim pass's, in chain order
    last = -1
    for i, name in enumerate(names):  # the sentence's own mentions, by what they name
        j = next((k for k, r in enumerate(written) if k > last and r is not None
                  and names_it(r.text, name)), None)
        if j is not None:
            found[i], last = written[j], j
            written[j] = None  # type: ignore[call-overload]
    rest = [r for r in written if r is not None]
    open_ = [i for i, f in enumerate(found) if f is None]
    for i in open_:
        found[i] = _in_sentence(names[i], claim, text)
    open_ = [i for i, f in enumerate(found) if f is None]
    if rest and len(rest) == len(open_):  # "the broadcaster": written, named otherwise
        for i, r in zip(open_, rest, strict=True):
            found[i] = r
    for i, f in enumerate(found):
        if f is None:
            found[i] = next((s for n, s in reversed(earlier) if n.lower() == names[i].lower()),
                            None) or _nearest(names[i], claim, text)
    if any(f is None for f in found):
        return None
    return [f for f in found if f is not None]


def names_it(written: str, name: str) -> bool:
    """Whether a written mention names the resolved name: the same words ("the AFP", "AFP"),
    the same outlet ("Agence France-Presse", "AFP"), or its head noun one of the name's
    ("the agency" of "Anadolu Agency")."""
    a, b = without_article(written).lower(), without_article(name).lower()
    if a == b or (canonical_outlet(written) or "").lower() == (canonical_outlet(name) or
                                                                 "").lower() != "":
        return True
    head = re.findall(r"[\w-]+", a)
    return bool(head) and head[-1] in re.findall(r"[\w-]+", b)


def _pattern(name: str) -> re.Pattern[str] | None:
    bare = without_article(name).strip()
    if not bare:
        return None
    flags = 0 if bare.isupper() else re.IGNORECASE  # "AP", not "ap"
    return re.compile(r"(?<![\w-])" + re.escape(bare) + r"(?![\w-])", flags)


def _in_sentence(name: str, claim: Claim, text: str) -> SourceSpan | None:
    """The name as the claim's sentence writes it, if it does."""
    pattern = _pattern(name)
    found = pattern.search(text, claim.start, claim.end) if pattern else None
    return _span(found, text) if found else None


def _nearest(name: str, claim: Claim, text: str) -> SourceSpan | None:
    """The nearest writing of the name before the claim, else the first after it."""
    pattern = _pattern(name)
    if pattern is None:
        return None
    before = [m for m in pattern.finditer(text, 0, claim.start)]
    if before:
        return _span(before[-1], text)
    after = pattern.search(text, claim.end)
    return _span(after, text) if after else None


def _span(found: re.Match[str], text: str) -> SourceSpan:
    return SourceSpan(text[found.start():found.end()], found.start(), found.end())
