"""What the claim extractor carries through an article, and how a claim is added to it.

Each claim needs the article's mentions, the claimants and voices before it (pronouns and "the
agency" point back to them) and the outlet that ends every chain; `add_claim` turns a source,
its cues and its spans into a `Claim` with its chain, hedge, figures and offsets, the one
place where claims are made.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Span

from ...annotate.pipeline import doc_text, span_text
from ...clean.outlets import canonical_outlet, outlet_info
from ...records import Article, Claim, Figure, Mention
from ..lexicon import cue_lexicon
from ..referents import display
from ..units import (
    is_quoted,
)
from .attribution import (
    Layout,
)
from .credits import credit_parts, dateline_relays
from .cue import Cue
from .hedging import find_hedge
from .own_outlet import names_page_outlet
from .sides import with_descriptor_side
from .spans import CharSpan, ClaimSpans, spans_for

UNKNOWN_OUTLET = "unknown outlet"


MIN_STATEMENT_TOKENS = 4


@dataclass
class Context:
    """What earlier units tell later ones: speakers so far, the outlet tail of every chain."""

    article: Article
    mentions: Sequence[Mention]
    figures: Sequence[Figure]
    claims: list[Claim] = field(default_factory=list)
    claimants: list[Mention] = field(default_factory=list)
    voices: list[Mention] = field(default_factory=list)  # claimants and reporting media
    last_cued: tuple[Claim, int, bool] | None = None  # claim, paragraph, source is media
    colon: tuple[Layout, list[str]] | None = None  # bullet-list source and its relays
    speaker: tuple[int, Layout] | None = None  # paragraph and label of "PENCE: …" lines
    intro_medium: tuple[int, str] | None = None  # paragraph and name of "The BBC says:"
    spans: list[ClaimSpans] = field(default_factory=list)

    @property
    def tail(self) -> list[str]:
        return outlet_tail(self.article)


def outlet_tail(article: Article) -> list[str]:
    """The names closing every chain of the article: the original outlet, then the page's."""
    outlet = article.outlet or UNKNOWN_OUTLET
    original = article.original_outlet
    return [original, outlet] if original and original != outlet else [outlet]


def signing_media(layout: Layout | None) -> list[str]:
    """"Coalition says it intercepted drone launched at Asir - TV": a medium signing a line
    whose statement has a speaker of its own relays that speaker's statement. "… , the
    military said. – Nampa-AP": wires joined by a hyphen, one of them known, each relay, the
    last written the first to hear (AP's copy as Nampa carried it), as in a dateline credit.
    A wire the outlets pack knows signs too when the entity ruler could not tag it ("…, he
    added. -AFP": the hyphen glued to the name makes one token)."""
    if layout is None:
        return []
    name = re.split(r"\s[-–—―]+\s", display(layout.source))[-1].strip().lstrip("-")
    words = {w.lower() for w in name.split()}
    if layout.source.sector == "MED" or words & cue_lexicon().media_nouns:
        return [name]
    parts = credit_parts(layout.signature or name)
    if len(parts) > 1 and any(outlet_info(p) is not None for p in parts):
        return parts[::-1]
    return [name] if outlet_info(name) is not None else []  # ("-AFP": a wire the ruler
    # could not tag, glued to its hyphen)


def signing_medium(layout: Layout | None) -> str | None:
    """The medium signing a line that relays to the page last (see `signing_media`)."""
    media = signing_media(layout)
    return media[-1] if media else None


def at(mention: Mention) -> list[CharSpan]:
    return [(mention.start, mention.end)]


def is_statement(span: Span) -> bool:
    words = [t for t in span if not (t.is_punct or t.is_space)]
    has_verb = any(t.pos_ in ("VERB", "AUX") for t in span)
    return (has_verb and len(words) >= MIN_STATEMENT_TOKENS
            and not span_text(span).rstrip().endswith("?"))


def _outlet_key(name: str) -> str:
    """An outlet's name as the chain compares it with the page's own: the pack's canonical
    spelling, case and a leading article aside ("the Daily Sun" is the Daily Sun)."""
    name = canonical_outlet(name) or name
    return re.sub(r"^the\s+", "", name.strip().lower())


def in_claimant(figure: Figure, claimant: Mention | None, start: int, end: int,
                 text: str) -> bool:
    """A figure counting the claimant itself counts the speakers, not the dead they tell of
    ("one resident recounting a relative shot dead", "two survivors said"): the claimant's
    mention lies in the claim's sentence, its offsets spell its words, the figure is within
    it and the mention ends with the noun the figure counts. A long mention misread around a
    toll ("officials said 85 were killed, including 61 attackers, and hospital officials")
    keeps the toll's figures."""
    counted = (figure.counts or "").lower()
    return claimant is not None and bool(counted) and start <= claimant.start <= figure.start \
        and figure.end <= claimant.end <= end \
        and text[claimant.start:claimant.end] == claimant.text \
        and re.search(rf"\b{re.escape(counted)}$", claimant.text.lower().rstrip()) is not None


def add_claim(ctx: Context, span: Span, claimant: Mention | None, cue: str | None,
         names: list[str], *, hedge: str | None = None, narrator: bool = False,
         cues: Sequence[Cue] = (), sources: Sequence[CharSpan] = (),
         folded: Sequence[Cue] = (), marks: Sequence[CharSpan] = ()) -> Claim:
    if claimant is not None:
        claimant = with_descriptor_side(claimant)
    if names and not narrator:  # "KABUL (AP) — …, police said": the credited wire relays
        known = {n.lower() for n in names}
        relayed = {_outlet_key(n) for n in names[1:]}  # ("(AP)" after "told The Associated
        # Press": the relay named twice is one relay)
        names = [*names, *(r for r in dateline_relays(ctx.article.text, span.start_char,
                                                      ctx.article.outlet)
                           if r.lower() not in known and _outlet_key(r) not in relayed)]
    chain: list[str] = []
    tail = {_outlet_key(n) for n in ctx.tail}
    relays = [n for i, n in enumerate(names) if i == 0 or (
        _outlet_key(n) not in tail and not names_page_outlet(n, ctx.tail))]
    for name in [*relays, *ctx.tail]:  # "told the Daily Sun" on the Daily Sun relays nothing
        if not chain or chain[-1].lower() != name.lower():
            chain.append(name)
    start, end = span.start_char, span.end_char
    text = doc_text(span.doc)[start:end]  # Span.text would join a Token object per word
    claim = Claim(
        id=f"{ctx.article.id}:c{len(ctx.claims) + 1}",
        sentence=text, start=start, end=end, quote=is_quoted(text),
        cue=cue, hedge=hedge or find_hedge(span, text), claimant=claimant, chain=chain,
        figures=[f for f in ctx.figures if f.start >= start and f.end <= end
                 and (f.counts or "").lower() not in cue_lexicon().measures
                 and not in_claimant(f, claimant, start, end, doc_text(span.doc))],
        narrator=narrator,
    )
    ctx.claims.append(claim)
    ctx.spans.append(spans_for(claim.id, span, cues, sources, folded, marks))
    if claimant is not None:
        ctx.claimants.append(claimant)
        ctx.voices.append(claimant)
    return claim
