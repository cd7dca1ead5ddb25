"""Claims: every statement in an article, with who makes it and through whom.

fogofwar keeps every fact as somebody's claim. A cued statement ("…, Erdogan said", "according
to SANA", "Kupschishin told TASS state-run news that …") is the claim of its source, relayed
by each intermediary and finally by the outlet; a statement with no cue is the outlet's own
(narrator) claim. The chain lets a reader follow a figure back to where it was first said.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import takewhile

from spacy.tokens import Doc, Span, Token

from ...annotate.pipeline import doc_text, span_text
from ...clean.outlets import canonical_outlet
from ...records import Article, Claim, Figure, Mention, SourceSpan
from ..lexicon import cue_lexicon, hedge_lexicon
from ..referents import display
from ..units import (
    OPEN_QUOTES,
    STRAIGHT_QUOTE,
    Unit,
    is_quote_only,
    is_quoted,
    quote_depths,
    statement_units,
)
from .attribution import (
    Layout,
    colon_intro_source,
    colon_quote_source,
    colon_speaker,
    dash_trailers,
    is_bullet,
)
from .authors import medium_label
from .carry import carry_relays
from .chains import chain_of
from .clauses import absolute, misread_clause, own_clause_cue
from .credits import dateline_relays
from .cue import Cue, anchor
from .groups import SUBORDINATE, Group, cue_groups, in_quote
from .hedging import find_hedge
from .sides import with_descriptor_side
from .spans import CharSpan, ClaimSpans, spans_for

log = logging.getLogger(__name__)


UNKNOWN_OUTLET = "unknown outlet"


#: A quote-only paragraph takes the speaker of a cued claim at most this many paragraphs back.
QUOTE_LOOKBACK_PARAGRAPHS = 2


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
        outlet = self.article.outlet or UNKNOWN_OUTLET
        original = self.article.original_outlet
        return [original, outlet] if original and original != outlet else [outlet]


def extract_claims(doc: Doc, article: Article, mentions: Sequence[Mention],
                   figures: Sequence[Figure] = (),
                   units: Sequence[Unit] | None = None) -> list[Claim]:
    """One claim per reporting statement, and one narrator claim per other statement.

    The claimant's cue (the first in chain order) is located on the claim so a reader can
    highlight the reporting verb; narration has none."""
    claims = []
    for claim, spans in extract_claim_spans(doc, article, mentions, figures, units):
        if spans.cues and not claim.narrator:
            claim.cue_start, claim.cue_end = spans.cues[0]
        if spans.sources and not claim.narrator:
            claim.source, *claim.relays = [SourceSpan(article.text[s:e], s, e)
                                           for s, e in spans.sources]
        claims.append(claim)
    return claims


def extract_claim_spans(doc: Doc, article: Article, mentions: Sequence[Mention],
                        figures: Sequence[Figure] = (), units: Sequence[Unit] | None = None,
                        ) -> list[tuple[Claim, ClaimSpans]]:
    """Each claim with the character spans of its cue, source phrase and content, for
    scoring against attribution gold standards and for highlighting; `units`: the doc's
    statement units when the caller split them already (the events pass reads the same)."""
    ctx = Context(article, sorted(mentions, key=lambda m: m.start), figures)
    units = statement_units(doc) if units is None else list(units)
    trailers, fragments = dash_trailers(units, ctx.mentions)
    for i, unit in enumerate(units):
        if i in fragments or _speaker_claim(unit, ctx):
            continue
        groups = [g for g in cue_groups(unit)
                  if any(c.source is not None or c.channel is not None for c in g.cues)]
        if groups and not _signed_quote(unit, groups, trailers):
            _cued_claims(unit, groups, ctx, _signing_medium(trailers.get(unit.paragraph)))
        elif not _special_claim(unit, trailers, ctx):
            if _is_statement(unit.span):
                _add(ctx, unit.span, None, None, [], narrator=True)
    carry_relays(doc, ctx.article, ctx.claims, ctx.spans, len(ctx.tail))  # "He added …"
    return list(zip(ctx.claims, ctx.spans, strict=True))


def _signed_quote(unit: Unit, groups: list[Group], trailers: dict[int, Layout]) -> bool:
    """"“He has said hateful things …” ― Carlos Raúl": a quote signed with a dash trailer is
    the signer's, though the cues inside it name others."""
    if unit.paragraph not in trailers:
        return False
    quoted = quote_depths(unit.text)
    return all(in_quote(g.top, quoted, unit) for g in groups)


def _own_clause(group: Group) -> bool:
    """"X agreed that …, but he said that …": a second report with its own subject in a
    coordinated clause is a second statement of the same speaker, not a repeat."""
    top = group.top
    return own_clause_cue(top) and any(c.dep_ in ("ccomp", "parataxis")
                                        for c in top.token.children)


def _group_span(group: Group, groups: list[Group], unit: Unit) -> Span:
    """With several independent cues, each claim covers its own clause only; so does a cue in
    a relative or participial clause ("an incident that Russia said was …"), whose main
    clause is somebody else's statement."""
    top = anchor(group.top)
    if absolute(group.top):
        top = top.head  # "with Palestinians claiming …": the clause starts at "with"
    noun = group.top.kind == "noun"  # "Trump's claim that …" reports only its own phrase
    if len(groups) == 1 and (top.dep_ not in SUBORDINATE or misread_clause(group.top)) \
            and not noun:
        return unit.span
    own = set(range(unit.span.start, unit.span.end)) if top.head.i == top.i else \
        {t.i for t in top.subtree}
    others = {t.i for g in groups if g is not group and g.top.token.i in own
              for t in g.top.token.subtree}
    mine = sorted(i for i in own - others if unit.span.start <= i < unit.span.end)
    if not mine:
        return unit.span
    doc = unit.span.doc
    keep = set(mine)
    pivot = top.i if top.i in keep else mine[0]
    start, end = _around(pivot, keep)
    if top.head.i == top.i:
        start, end = _across_relatives(doc, pivot, keep, (start, end), group, groups)
    while end - 1 > start and doc[end - 1].is_punct and doc[end - 1].text in ",;":
        end -= 1
    return doc[start:end]


def _across_relatives(doc: Doc, pivot: int, keep: set[int], span: tuple[int, int],
                      group: Group, groups: list[Group]) -> tuple[int, int]:
    """"X were identified as members of a group that Iran says …, ISNA reported": the root's
    report spans its sentence around another speaker's relative clause, when its own words go
    on past it (not around an adverbial one: "…, with Palestinians claiming …")."""
    nested = {t.i for g in groups if g is not group and g.top.token.dep_ == "relcl"
              for t in g.top.token.subtree}
    words = {i for i in keep if not doc[i].is_punct}
    start, end = _around(pivot, keep | nested)
    while start < end and start not in words:
        start += 1
    while end > start and end - 1 not in words:
        end -= 1
    return (min(span[0], start), max(span[1], end)) if start < end else span


def _around(pivot: int, keep: set[int]) -> tuple[int, int]:
    """The run of kept token indexes around `pivot`, as a (start, end) slice."""
    start, end = pivot, pivot + 1
    while start - 1 in keep:
        start -= 1
    while end in keep:
        end += 1
    return start, end


def _introduced_by(unit: Unit, ctx: Context) -> str | None:
    """"The BBC says:" then a quoted paragraph "“Four others were killed …, intelligence
    sources say.”": the medium that introduced the quote relays the speaker it names."""
    if ctx.intro_medium is None or unit.paragraph != ctx.intro_medium[0] + 1 \
            or unit.text.lstrip()[:1] not in (*OPEN_QUOTES, STRAIGHT_QUOTE):
        return None
    return ctx.intro_medium[1]


def _signing_medium(layout: Layout | None) -> str | None:
    """"Coalition says it intercepted drone launched at Asir - TV": a medium signing a line
    whose statement has a speaker of its own relays that speaker's statement."""
    if layout is None:
        return None
    name = re.split(r"\s[-–—―]+\s", display(layout.source))[-1].strip()
    words = {w.lower() for w in name.split()}
    if layout.source.sector == "MED" or words & cue_lexicon().media_nouns:
        return name
    return None


def _cued_claims(unit: Unit, groups: list[Group], ctx: Context,
                 signed: str | None = None) -> None:
    done: dict[str, Claim] = {}
    for group in groups:
        claimant, names, media, ordered, reporters, speakers = chain_of(group.cues, ctx)
        signer = signed or _introduced_by(unit, ctx)
        if signer and names and signer.lower() not in {n.lower() for n in names}:
            names = [*names, signer]
        key = names[0] if names else ""
        if key and key in done and not _own_clause(group):
            continue  # "he then made it clear …, Akar said": one claim by one speaker
        if _points_back(group, ctx) or _signs_quote(unit, group, ctx):  # "This was reported
            # by X", "“…,” [line break] the source said": X said the one before
            _attribute_previous(unit, group, claimant, names, ordered, ctx)
        span = _group_span(group, groups, unit)
        denial = any(c.token.lemma_.lower() in cue_lexicon().denial_verbs or c.negated
                     for c in group.cues)
        hedge = hedge_lexicon().denial if denial else None
        claim = _add(ctx, span, claimant, group.top.text, names, hedge=hedge,
                     cues=ordered, folded=group.folded)
        done[key] = claim
        ctx.voices += reporters
        ctx.claimants += speakers  # "X said …, noting that residents told him …; he added": X
        ctx.last_cued = (claim, unit.paragraph, media)
        if media and names and unit.text.rstrip().endswith(":"):  # "The BBC says:"
            ctx.intro_medium = (unit.paragraph, names[-1])
    _narrate_rest(unit, [c for c in done.values()], ctx)


def _points_back(group: Group, ctx: Context) -> bool:
    """"In Kherson region, 9 civilians were wounded. This was reported by the prosecutor's
    office.": a passive report whose subject is a demonstrative, right after narration,
    names the speaker of the statement before it; so does an active one whose object is
    ("The governor said this in a post on Telegram", "… wrote about this on Facebook")."""
    back = cue_lexicon().back_references
    subject = next((c for c in group.top.token.children if c.dep_ == "nsubjpass"), None)
    pointing = (subject is not None and subject.lower_ in back) or any(
        t.lower_ in back and not list(t.children)
        for cue in group.cues if cue.kind == "verb" and not cue.prepositional
        for t in _told(cue.token))
    return pointing and bool(ctx.claims) and ctx.claims[-1].narrator


def _signs_quote(unit: Unit, group: Group, ctx: Context) -> bool:
    """"“The bodies … raising the death toll to eight,” / the security source said late on
    Tuesday.": a unit that opens in lower case with nothing but a speaker and a reporting verb
    signs the quotation a line break cut off before it, which was read as narration."""
    if not unit.text.lstrip()[:1].islower() or not ctx.claims or not ctx.claims[-1].narrator:
        return False
    if not ctx.claims[-1].sentence.rstrip().endswith(("”", "\"", "»")):
        return False
    top, span = group.top, unit.span
    return top.kind == "verb" and not any(  # what it says lies before the unit, if anywhere
        c.dep_ in ("ccomp", "dobj", "xcomp", "parataxis") and span.start <= c.i < span.end
        for c in top.token.children)


def _told(tok: Token) -> list[Token]:
    """What a reporting verb says or writes about: its object ("said this") or the object of
    its "about" ("wrote about this")."""
    return [c for c in tok.children if c.dep_ == "dobj"] + [
        p for prep in tok.children if prep.dep_ == "prep" and prep.lower_ == "about"
        for p in prep.children if p.dep_ == "pobj"]


def _attribute_previous(unit: Unit, group: Group, claimant: Mention | None, names: list[str],
                        ordered: Sequence[Cue], ctx: Context) -> None:
    """The narration before becomes the claim of this unit's speaker, with its chain."""
    previous = ctx.claims.pop()
    ctx.spans.pop()
    span = unit.span.doc.char_span(previous.start, previous.end, alignment_mode="expand")
    _add(ctx, span, claimant, group.top.text, names, cues=ordered)


def _narrate_rest(unit: Unit, claims: list[Claim], ctx: Context) -> None:
    """What the unit's cued claims leave over, when it is a statement of its own ("six
    Turkish troops were killed … in an incident [that Russia said …]"), is narration."""
    rest = [t for t in unit.span if not t.is_punct and not t.is_space
            and not any(c.start <= t.idx < c.end for c in claims)]
    words = [t for t in rest if t.is_alpha or t.like_num]
    if len(words) < MIN_STATEMENT_TOKENS or not any(t.pos_ in ("VERB", "AUX") for t in rest):
        return
    span = unit.span.doc[rest[0].i:rest[-1].i + 1]
    if not span_text(span).rstrip().endswith("?"):
        _add(ctx, span, None, None, [], narrator=True)


def _speaker_claim(unit: Unit, ctx: Context) -> bool:
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
    if label is None and not _is_statement(unit.span):
        return False
    _add(ctx, unit.span, layout.source, ":", [display(layout.source)],
         sources=_at(layout.source), marks=[layout.cue] if label else [])
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
    _add(ctx, unit.span, layout.source, cue, [display(layout.source), *relays],
         sources=_at(layout.source), marks=[layout.cue])


def _special_claim(unit: Unit, trailers: dict[int, Layout], ctx: Context) -> bool:
    """Attribution without a cue verb: dash trailers, colon intros and quotes, bullet lists,
    and quote-only paragraphs after a named speaker. Returns whether a claim was made."""
    layout = colon_intro_source(unit, ctx.mentions)
    if layout is not None:
        relays = _relays(ctx)
        ctx.colon = (layout, relays)
        medium = _signing_medium(layout)
        ctx.intro_medium = (unit.paragraph, medium) if medium else None
        _layout_claim(ctx, unit, layout, ":", relays)
        return True
    if ctx.colon and is_bullet(unit.text) and _is_statement(unit.span):
        _layout_claim(ctx, unit, ctx.colon[0], ":", ctx.colon[1])
        return True
    ctx.colon = None
    layout = trailers.get(unit.paragraph) or colon_quote_source(unit, ctx.mentions)
    if layout is not None:
        _layout_claim(ctx, unit, layout, "—" if unit.paragraph in trailers else ":")
        return True
    if is_quote_only(unit.text) and ctx.last_cued:
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
    if unit.paragraph != paragraph or claim.claimant is None or not claim.figures \
            or not _is_statement(unit.span) or not _continues(unit.text):
        return False
    start, end = unit.span.start_char, unit.span.end_char
    if not any(f.start >= start and f.end <= end for f in ctx.figures):
        return False
    _speaker_goes_on(ctx, unit, claim, claim.chain[:-len(ctx.tail)])
    ctx.last_cued = (ctx.claims[-1], paragraph, ctx.last_cued[2])
    return True


def _speaker_goes_on(ctx: Context, unit: Unit, claim: Claim, names: list[str]) -> None:
    """A claim of this unit by the earlier claim's speaker, its first source span with it."""
    earlier = next(s.sources for s in ctx.spans if s.claim_id == claim.id)
    _add(ctx, unit.span, claim.claimant, None, names, sources=earlier[:1])


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


def _at(mention: Mention) -> list[CharSpan]:
    return [(mention.start, mention.end)]


def _is_statement(span: Span) -> bool:
    words = [t for t in span if not (t.is_punct or t.is_space)]
    has_verb = any(t.pos_ in ("VERB", "AUX") for t in span)
    return (has_verb and len(words) >= MIN_STATEMENT_TOKENS
            and not span_text(span).rstrip().endswith("?"))


def _outlet_key(name: str) -> str:
    """An outlet's name as the chain compares it with the page's own: the pack's canonical
    spelling, case and a leading article aside ("the Daily Sun" is the Daily Sun)."""
    name = canonical_outlet(name) or name
    return re.sub(r"^the\s+", "", name.strip().lower())


def _add(ctx: Context, span: Span, claimant: Mention | None, cue: str | None,
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
    relays = [n for i, n in enumerate(names) if i == 0 or _outlet_key(n) not in tail]
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
                 and (f.counts or "").lower() not in cue_lexicon().measures],
        narrator=narrator,
    )
    ctx.claims.append(claim)
    ctx.spans.append(spans_for(claim.id, span, cues, sources, folded, marks))
    if claimant is not None:
        ctx.claimants.append(claimant)
        ctx.voices.append(claimant)
    return claim
