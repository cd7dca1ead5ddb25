"""Statements with no cue of their own that are still somebody's: a quote-only paragraph or
a toll that goes on from the speaker before it, a speaker set by the page's layout ("Name:"
before a quotation, a dash trailer), a dateline's label.

`extractor` finds the cued claims; what is left of a paragraph comes here before it falls to
the outlet as narration.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import takewhile

from ...records import Claim
from ..lexicon import cue_lexicon
from ..referents import display
from ..units import (
    Unit,
    is_quote_only,
    single_quoted_paragraph,
)
from .attribution import (
    Layout,
    colon_intro_source,
    colon_quote_source,
    colon_speaker,
    is_bullet,
)
from .authors import medium_label
from .clauses import misread_clause
from .context import (
    Context,
    add_claim,
    at,
    is_statement,
    signing_medium,
)
from .groups import cue_groups

#: A quote-only paragraph takes the speaker of a cued claim at most this many paragraphs back.
QUOTE_LOOKBACK_PARAGRAPHS = 2


def speaker_claim(unit: Unit, ctx: Context) -> bool:
    """A transcript line or headline under a speaker label ("PENCE: Well, look, …"), and the
    rest of that paragraph, is the labelled speaker's; cues inside are the speaker's words."""
    label = colon_speaker(unit, ctx.mentions)
    if label is not None and _dateline_label(unit, label):
        label = None
    if label is not None:
        ctx.speaker = (unit.paragraph, label)
    elif ctx.speaker is None or ctx.speaker[0] != unit.paragraph:
        ctx.speaker = None
        return False
    layout = ctx.speaker[1]
    if label is None and not is_statement(unit.span):
        return False
    add_claim(ctx, unit.span, layout.source, ":", [display(layout.source)],
         sources=at(layout.source), marks=[layout.cue] if label else [])
    return True


def _dateline_label(unit: Unit, label: Layout) -> bool:
    """"BANGKOK: Five rangers were killed …, local police said", "Lagos: Nigerian police
    said …": a capitalised label before a sentence whose main verb names its own speaker is
    the dateline the story was filed from, not a transcript speaker ("PENCE: Well, I said …"
    speaks through "I"; "Sanders: Clinton needs to …" names nobody). Only the words right
    before the colon are the label: a store's date or a byline may stand before them."""
    words = unit.text[:label.cue[0] - unit.start].split()
    kept = list(takewhile(lambda w: w[:1].isupper() or w[:1] in "\"“'", reversed(words)))
    text = " ".join(reversed(kept)).strip(" \"“'")
    if not text[:1].isupper():
        return False
    pronouns = cue_lexicon().speaker_pronouns | cue_lexicon().first_second_persons
    return any(c.source is not None and c.source.idx > label.cue[0]
               and c.source.lower_ not in pronouns
               and (c.token.dep_ in ("ROOT", "parataxis") or misread_clause(c)
                    or medium_label(unit.span.doc, label.source, c))
               for g in cue_groups(unit) for c in g.cues)  # the sentence's own speaker


def _layout_claim(ctx: Context, unit: Unit, layout: Layout, cue: str,
                  relays: Sequence[str] = ()) -> None:
    add_claim(ctx, unit.span, layout.source, cue, [display(layout.source), *relays],
         sources=at(layout.source), marks=[layout.cue])


def special_claim(unit: Unit, trailers: dict[int, Layout], ctx: Context) -> bool:
    """Attribution without a cue verb: dash trailers, colon intros and quotes, bullet lists,
    and quote-only paragraphs after a named speaker. Returns whether a claim was made."""
    layout = colon_intro_source(unit, ctx.mentions)
    if layout is not None:
        relays = _relays(ctx)
        ctx.colon = (layout, relays)
        medium = signing_medium(layout)
        ctx.intro_medium = (unit.paragraph, medium) if medium else None
        _layout_claim(ctx, unit, layout, ":", relays)
        return True
    if ctx.colon and is_bullet(unit.text) and is_statement(unit.span):
        _layout_claim(ctx, unit, ctx.colon[0], ":", ctx.colon[1])
        return True
    ctx.colon = None
    layout = trailers.get(unit.paragraph) or colon_quote_source(unit, ctx.mentions)
    if layout is not None:
        _layout_claim(ctx, unit, layout, "—" if unit.paragraph in trailers else ":")
        return True
    if (is_quote_only(unit.text) or single_quoted_paragraph(unit)) and ctx.last_cued \
            and any(ch.isalnum() for ch in unit.text):
        # (a stray closing mark a splitter cut off, '"', carries no words of anybody's)
        claim, paragraph, _ = ctx.last_cued
        if unit.paragraph - paragraph <= QUOTE_LOOKBACK_PARAGRAPHS and claim.claimant:
            # the speaker carries over; the relays with a colon ("… with TT, Mujahid said:"),
            # else from `carry` ("…, he told a local radio station." then "“The forces …”")
            names = claim.chain[:-len(ctx.tail)] if claim.sentence.rstrip().endswith(":") \
                else claim.chain[:1]
            _speaker_goes_on(ctx, unit, claim, names)
            return True
    return _continued_toll(unit, ctx)


def _continued_toll(unit: Unit, ctx: Context) -> bool:
    """"The ministry writes that 12 adults and two children were killed. Another 108 people
    … were injured.": a toll with no cue of its own that opens as a continuation ("Another",
    "This figure includes", "It is noted that"), right after a speaker's toll in the same
    paragraph, goes on with that speaker's statement. Other uncued tolls stay the writer's:
    "Police retaliated, and … three attackers were killed" after a cued sentence is narration."""
    if not ctx.last_cued or not ctx.claims or ctx.claims[-1] is not ctx.last_cued[0]:
        return False
    claim, paragraph, _ = ctx.last_cued
    if unit.paragraph != paragraph or claim.claimant is None or not is_statement(unit.span):
        return False
    if not (claim.figures and _continues(unit.text)) and not _report_goes_on(unit, claim, ctx):
        return False
    start, end = unit.span.start_char, unit.span.end_char
    if not any(f.start >= start and f.end <= end for f in ctx.figures):
        return False
    _speaker_goes_on(ctx, unit, claim, claim.chain[:-len(ctx.tail)])
    ctx.last_cued = (ctx.claims[-1], paragraph, ctx.last_cued[2])
    return True


def _report_goes_on(unit: Unit, claim: Claim, ctx: Context) -> bool:
    """"Al Arabiya reported, citing local sources, that the convoy was hit. Four guards also
    reportedly died.": a sentence marked only by a report adverb (the pack's `report_adverbs`),
    right after a report that came through a medium (the earlier claim has relays of its own),
    is more of that report; after a speaker who spoke to nobody it stays the writer's."""
    if len(claim.chain) - len(ctx.tail) < 2:
        return False
    words = cue_lexicon().report_adverbs
    return any(tok.lower_ in words for tok in unit.span)


def _speaker_goes_on(ctx: Context, unit: Unit, claim: Claim, names: list[str]) -> None:
    """A claim of this unit by the earlier claim's speaker, its first source span with it."""
    earlier = next(s.sources for s in ctx.spans if s.claim_id == claim.id)
    add_claim(ctx, unit.span, claim.claimant, None, names, sources=earlier[:1])


def _continues(text: str) -> bool:
    """Whether a sentence opens as the continuation of the one before (the pack's openers,
    whole words; "that" only in lower case, where a splitter cut a clause off its verb)."""
    opening = text.lstrip(" \t\n\"“‘'")
    if opening.startswith("that "):
        return True
    low = opening.lower()
    return any(low.startswith(o) and not low[len(o):len(o) + 1].isalnum()
               for o in cue_lexicon().continuation_openers if o != "that")


def _relays(ctx: Context) -> list[str]:
    """A medium that reported just before a statement's heading relays that statement."""
    if ctx.last_cued and ctx.last_cued[2] and ctx.claims and ctx.claims[-1] is ctx.last_cued[0]:
        return ctx.last_cued[0].chain[:-len(ctx.tail)]
    return []
