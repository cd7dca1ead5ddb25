"""The article view: cleaned text cut into segments, each marked with what covers it.

Claims, claimants, cues, places and actors come from the store; dates and figures are found
again in the text by the resolve stage's own parsers (the export keeps no offsets for them).
They overlap (a figure inside a claim inside a
paragraph), so the text is cut at every span boundary and each piece carries the set of kinds
covering it. The template prints each piece as an autoescaped `<span class=...>`: no markup is
ever built from article text.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...reconcile.incidents import published_day
from ...resolve import parse_figures, resolve_dates

KINDS = ("claim", "claimant", "cue", "place", "date", "figure", "actor")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str
    note: str
    claim: str | None = None  # the claim id a claim, claimant or cue span belongs to


@dataclass(frozen=True)
class Segment:
    text: str
    kinds: tuple[str, ...]
    note: str
    claim: str | None


def _claim_spans(claim: dict) -> list[Span]:
    cid = claim["id"]
    chain = " → ".join(claim.get("chain") or [])
    hedge = f" (hedge: {claim['hedge']})" if claim.get("hedge") else ""
    out = [Span(claim["start"], claim["end"], "claim", f"claim by {chain}{hedge}", cid)]
    who = claim.get("claimant")
    if who:
        out.append(Span(who["start"], who["end"], "claimant",
                        f"claimant: {who.get('name') or who['text']}", cid))
    if claim.get("cue_start") is not None and claim.get("cue_end") is not None:
        out.append(Span(claim["cue_start"], claim["cue_end"], "cue",
                        f"cue: {claim.get('cue') or ''}", cid))
    return out


def spans(art: dict) -> list[Span]:
    """Every highlighted span of one article in export shape."""
    out: list[Span] = []
    for c in art.get("claims", []):
        if not c.get("narrator") and not c.get("in_title"):  # a headline's offsets: the title
            out += _claim_spans(c)
    for p in art.get("places", []):
        if p.get("in_title"):  # a headline's offsets: the title
            continue
        name = p.get("name") or p["text"]
        out.append(Span(p["start"], p["end"], "place", f"place: {name} ({p.get('role')})"))
    for m in art.get("actors", []):
        out.append(Span(m["start"], m["end"], "actor",
                        f"actor: {m.get('name') or m['text']} [{m.get('side') or '?'}]"))
    for fig in parse_figures(art["text"]):
        out.append(Span(fig.start, fig.end, "figure", f"figure: {fig.category} {fig.text}"))
    published = published_day(art.get("published"))
    for d in resolve_dates(art["text"], published, art.get("published_precision")):
        value = d.value.isoformat() if d.value else "unresolved"
        out.append(Span(d.start, d.end, "date", f"date: {value} ({d.precision or '?'})"))
    return [s for s in out if 0 <= s.start < s.end <= len(art["text"])]


def segments(text: str, marks: list[Span]) -> list[Segment]:
    """`text` cut at every span boundary; each piece with the kinds and notes covering it."""
    cuts = sorted({0, len(text), *(s.start for s in marks), *(s.end for s in marks)})
    out = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        cover = [s for s in marks if s.start <= a and b <= s.end]
        kinds = tuple(k for k in KINDS if any(s.kind == k for s in cover))
        claim = next((s.claim for s in cover if s.claim), None)
        out.append(Segment(text[a:b], kinds, "; ".join(s.note for s in cover), claim))
    return out
