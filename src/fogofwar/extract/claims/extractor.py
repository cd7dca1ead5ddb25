"""Claims: every statement in an article, with who makes it and through whom.

fogofwar keeps every fact as somebody's claim. A cued statement ("…, Erdogan said", "according
to SANA", "Kupschishin told TASS state-run news that …") is the claim of its source, relayed
by each intermediary and finally by the outlet; a statement with no cue is the outlet's own
(narrator) claim. The chain lets a reader follow a figure back to where it was first said.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from ...annotate.pipeline import span_text
from ...records import Article, Claim, Figure, Mention, SourceSpan
from ..lexicon import cue_lexicon, hedge_lexicon
from ..units import (
    OPEN_QUOTES,
    STRAIGHT_QUOTE,
    Unit,
    is_quote_only,
    quote_depths,
    statement_units,
)
from .attribution import (
    Layout,
    dash_trailers,
)
from .carry import carry_relays
from .chains import chain_of
from .clauses import absolute, misread_clause, own_clause_cue
from .closing_medium import closing_media
from .compared_tolls import compared_claims
from .context import (
    MIN_STATEMENT_TOKENS,
    Context,
    add_claim,
    is_statement,
    outlet_tail,
    signing_media,
)
from .cue import Cue, anchor
from .document_voice import issued_documents, voice_documents
from .groups import SUBORDINATE, Group, cue_groups, in_quote, noun_only
from .later_relays import add_later_relays
from .named_after import name_described_media
from .other_languages import other_language_speaker
from .relative_trailer import trailer_end, trailing_media
from .relay_goes_on import relayed_voice
from .relay_spans import align_relays, mark_relay_kinds
from .spans import ClaimSpans
from .uncued import speaker_claim, special_claim
from .written_relays import quoted_as_source

log = logging.getLogger(__name__)


def extract_claims(doc: Doc, article: Article, mentions: Sequence[Mention],
                   figures: Sequence[Figure] = (),
                   units: Sequence[Unit] | None = None) -> list[Claim]:
    """One claim per reporting statement, and one narrator claim per other statement.

    The claimant's cue (the first in chain order) is located on the claim so a reader can
    highlight the reporting verb; narration has none."""
    claims = []
    voiced: dict[str, set[tuple[int, int]]] = {}
    for claim, spans in extract_claim_spans(doc, article, mentions, figures, units):
        if spans.cues and not claim.narrator:
            claim.cue_start, claim.cue_end = spans.cues[0]
        if spans.sources and not claim.narrator:
            claim.source, *claim.relays = [SourceSpan(article.text[s:e], s, e)
                                           for s, e in spans.sources]
            quoted_as_source(doc, claim)  # "The newspaper quoted X": X's, the paper relays
            voiced[claim.id] = set(spans.sources)  # the voices of the claim's own cues
        claims.append(claim)
    closing_media(article.text, claims, len(outlet_tail(article)))  # "“… .…”, reported PTI"
    align_relays(article, claims, outlet_tail(article), mentions, doc)  # relays[i]: chain[i + 1]
    mark_relay_kinds(doc, claims, voiced)  # "told Reuters" heard; "according to Reuters" spoke
    voice_documents(claims, mentions)  # "the casualty number quoted by the party": the party's
    issued_documents(claims, len(outlet_tail(article)))  # "the statement noted"
    compared_claims(doc, article, claims, mentions)  # "than the 10 reported by X": X's
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
        if i in fragments or _other_language_claim(unit, ctx) or speaker_claim(unit, ctx):
            continue
        groups = [g for g in cue_groups(unit)
                  if any(c.source is not None or c.channel is not None for c in g.cues)]
        if groups and _quoted_cues(unit, groups) and special_claim(unit, trailers, ctx):
            continue  # "“… He started this years ago by saying …”": the quoted speaker's words
        if groups and not _signed_quote(unit, groups, trailers):
            signed = signing_media(trailers.get(unit.paragraph))
            if len(signed) > 1 and not _last_of_paragraph(i, units, fragments):
                signed = []  # "…. – Nampa-AP": wires joined as an end credit relay the
                # sentence they stand in only, as a dateline credit does
            _cued_claims(unit, groups, ctx, signed)
        elif not special_claim(unit, trailers, ctx):
            if is_statement(unit.span):
                add_claim(ctx, unit.span, None, None, [], narrator=True)
    add_later_relays(doc, ctx.claims, ctx, len(ctx.tail))  # "… He was speaking to Interfax."
    name_described_media(ctx.claims, len(ctx.tail))  # "the state agency said …. Tass said"
    carry_relays(doc, ctx.article, ctx.claims, ctx.spans, len(ctx.tail),  # "He added …"
                 ctx.mentions)
    return list(zip(ctx.claims, ctx.spans, strict=True))


def _last_of_paragraph(i: int, units: Sequence[Unit], fragments: set[int]) -> bool:
    """Whether unit `i` is its paragraph's last statement (a signature split off after it
    aside)."""
    nxt = i + 1
    return nxt == len(units) or units[nxt].paragraph != units[i].paragraph or nxt in fragments


def _signed_quote(unit: Unit, groups: list[Group], trailers: dict[int, Layout]) -> bool:
    """"“He has said hateful things …” ― Carlos Raúl": a quote signed with a dash trailer is
    the signer's, though the cues inside it name others."""
    if unit.paragraph not in trailers:
        return False
    quoted = quote_depths(unit.text)
    return all(in_quote(g.top, quoted, unit) for g in groups)


def _quoted_cues(unit: Unit, groups: list[Group]) -> bool:
    """Whether a statement is nothing but a quotation and its cues stand inside it ("“… Does
    anybody know what the plan is?”", "“In our first meeting he said, ‘…’”"): the cues are
    part of the quoted speaker's words, who (named before, by `special_claim`) is the
    source as written; a cue inside does not make its subject the claimant."""
    if not is_quote_only(unit.text) or not _one_quotation(unit.text):
        return False
    quoted = quote_depths(unit.text)
    return all(in_quote(c, quoted, unit) for g in groups for c in g.cues)


def _one_quotation(text: str) -> bool:
    """Whether the text is one quotation, opened at its start and closed at its end only: a
    mark left open ("“Four were killed, sources say.") or misprinted as another opening
    ("“…,“ he added") may hide the attribution itself inside what looks quoted."""
    stripped = text.strip()
    depths = quote_depths(stripped)
    last = max((i for i, ch in enumerate(stripped) if ch.isalnum()), default=0)
    return depths[-1] == 0 and all(d > 0 for d in depths[1:last + 2])


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
        if top.dep_ == "pobj" and top.head.lower_ == "with":
            top = top.head  # ("with witnesses saying …": "saying" hung on "witnesses")
    noun = group.top.kind == "noun"  # "Trump's claim that …" reports only its own phrase
    if len(groups) == 1 and (top.dep_ not in SUBORDINATE or misread_clause(group.top)) \
            and not noun:
        return unit.span
    own = set(range(unit.span.start, unit.span.end)) if top.head.i == top.i else \
        {t.i for t in top.subtree} | _reported_noun(group.top)
    if noun and group.top.content is not None:  # a "that" clause the parser hung elsewhere
        own |= {t.i for t in group.top.content.subtree}
    others = {t.i for g in groups if g is not group and g.top.token.i in own
              and not noun_only(g.top)  # "… in the raid that the rebels claimed": its words
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


def _reported_noun(cue: Cue) -> set[int]:
    """"the three deaths police reported": a relative clause with no clause or object of its
    own reports the noun it hangs on; the claim covers that noun's phrase too."""
    if not noun_only(cue):
        return set()
    noun = cue.token.head
    return set(range(noun.left_edge.i, noun.i + 1))


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


def _cued_claims(unit: Unit, groups: list[Group], ctx: Context,
                 signed: Sequence[str] = ()) -> None:
    done: dict[str, Claim] = {}
    for group in groups:
        claimant, names, media, ordered, reporters, speakers = chain_of(group.cues, ctx)
        goes_on = relayed_voice(ordered, claimant, names, _just_before(ctx), len(ctx.tail))
        if goes_on is not None:  # "X told Reuters …. It added …": X's words, through Reuters
            claimant, names = goes_on[0], list(goes_on[1])
        introduced = _introduced_by(unit, ctx)
        for signer in signed or ([introduced] if introduced else []):
            if names and signer.lower() not in {n.lower() for n in names}:
                names = [*names, signer]
        key = names[0] if names else ""
        if key and key in done and not _own_clause(group):
            continue  # "he then made it clear …, Akar said": one claim by one speaker
        if _points_back(group, ctx) or _signs_quote(unit, group, ctx):  # "This was reported
            # by X", "“…,” [line break] the source said": X said the one before
            _attribute_previous(unit, group, claimant, names, ordered, ctx)
        span = _group_span(group, groups, unit)
        trailers = trailing_media(group, groups, unit.span)
        if trailers:  # "…, which has denied it, reports Reuters": Reuters relays the denial
            claimant, names, _, ordered, _, _ = chain_of([*group.cues, *trailers], ctx)
            span = span.doc[span.start:max(span.end, *map(trailer_end, trailers))]
        lead = _informant_lead(unit, group, span)
        if lead is not None:  # "“They came at night. … ten men, according to a survivor,” he
            # said": the speaker's own words up to the sentence naming the informant
            own = [c for c in group.cues if c is not lead[1]]
            first, own_names, _, own_ordered, _, _ = chain_of(own, ctx)
            done[f"{key}:lead"] = add_claim(ctx, lead[0], first, group.top.text, own_names,
                                            cues=own_ordered)
            span = span.doc[lead[1].token.sent.start:span.end]
        denial = any(c.token.lemma_.lower() in cue_lexicon().denial_verbs or c.negated
                     for c in group.cues)
        hedge = hedge_lexicon().denial if denial else None
        claim = add_claim(ctx, span, claimant, group.top.text, names, hedge=hedge,
                     cues=ordered, folded=group.folded)
        done[key] = claim
        ctx.voices += reporters
        ctx.claimants += speakers  # "X said …, noting that residents told him …; he added": X
        ctx.last_cued = (claim, unit.paragraph, media)
        if media and names and unit.text.rstrip().endswith(":"):  # "The BBC says:"
            ctx.intro_medium = (unit.paragraph, names[-1])
    _narrate_rest(unit, [c for c in done.values()], ctx)


def _informant_lead(unit: Unit, group: Group, span: Span) -> tuple[Span, Cue] | None:
    """A quotation running over sentences, signed by its speaker outside it, whose later
    sentence names an informant ("“They came at night. The attackers were ten men, according
    to a survivor,” he said"): the sentences before the informant's are the speaker's own
    words (the span, and the informant's cue, or None)."""
    quoted = quote_depths(unit.text)
    if len(group.cues) < 2 or in_quote(group.top, quoted, unit) \
            or unit.text.lstrip()[:1] not in (*OPEN_QUOTES, STRAIGHT_QUOTE):
        return None
    informant = next((c for c in group.cues if c.prepositional
                      and in_quote(c, quoted, unit)), None)
    if informant is None:
        return None
    start = informant.token.sent.start
    doc = unit.span.doc
    if not span.start < start < span.end or quoted[doc[start].idx - unit.start] == 0:
        return None
    end = start
    while end > span.start and doc[end - 1].is_space:
        end -= 1
    return doc[span.start:end], informant


def _just_before(ctx: Context) -> Claim | None:
    """The claim of the statement right before, when it had a cue of its own."""
    if ctx.last_cued and ctx.claims and ctx.claims[-1] is ctx.last_cued[0]:
        return ctx.last_cued[0]
    return None


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
    add_claim(ctx, span, claimant, group.top.text, names, cues=ordered)


def _other_language_claim(unit: Unit, ctx: Context) -> bool:
    """A French or Spanish sentence naming its speaker by the pack's patterns ("Selon le
    ministère, …", "…, afirmó el alcalde") is that speaker's claim: the English parse of such a
    sentence reads no cue, or a false one. False leaves the sentence to the English reading."""
    text = span_text(unit.span)
    found = other_language_speaker(text)
    if found is None:
        return False
    base = unit.span.start_char
    speaker = Mention(text[found[0]:found[1]], base + found[0], base + found[1])
    add_claim(ctx, unit.span, speaker, None, [speaker.text])
    return True


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
        add_claim(ctx, span, None, None, [], narrator=True)


