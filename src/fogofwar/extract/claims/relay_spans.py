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
from dataclasses import replace

from spacy.tokens import Doc, Token

from ...clean.outlets import canonical_outlet
from ...records import Article, Claim, Mention, SourceSpan
from ..lexicon import cue_lexicon
from ..referents import display, phrase_span
from ..subjects import RELATIVE_PRONOUNS
from .carry import is_medium_name
from .namings import without_article


def align_relays(article: Article, claims: Sequence[Claim], tail: Sequence[str],
                 mentions: Sequence[Mention] = (), doc: Doc | None = None) -> None:
    """Line up each claim's `relays` with its chain's intermediaries (see the module note);
    `tail`: the outlet names closing every chain, which have no relay; `mentions`: the
    article's actor mentions, whose resolved names find a relay written otherwise ("PTI" for
    the Press Trust of India); `doc`: the article's parse, which finds a medium the claim's
    sentence describes ("the agency") and the chain names by the name written before."""
    text = article.text
    named = [(display(m).lower(), SourceSpan(m.text, m.start, m.end)) for m in mentions
             if text[m.start:m.end] == m.text and not _pronoun(m.text)]
    earlier: list[tuple[str, SourceSpan]] = []  # each written relay so far, by resolved name
    for claim in sorted(claims, key=lambda c: c.start):
        if claim.narrator or claim.in_title or not claim.chain:
            continue
        names = intermediaries(claim.chain, tail)
        spans = _spans_for(names, claim, text, earlier, named,
                           _described_media(doc, claim) if doc is not None else [])
        if spans is not None:
            claim.relays = spans
        if len(claim.relays) == len(names):
            earlier += zip(names, claim.relays, strict=True)


def mark_relay_kinds(doc: Doc, claims: Sequence[Claim],
                     voiced: dict[str, set[tuple[int, int]]]) -> None:
    """Say of each written relay how the claim writes it (records.RELAY_KINDS): the source
    of one of the claim's own cues (`voiced`, by claim id) is a "voice" when that cue frames
    the source's words ("according to Reuters, X said", "Reuters reported that X said":
    Reuters is the outer source of the report as written), "beside" when it only stands next
    to them ("X said …, and Y said …"); a relay in the claim that no cue of it is its own is
    a "recipient" ("X told Reuters": Reuters heard X, who stays the source as written), else
    it is written "elsewhere" (carried from an earlier sentence, a dateline credit)."""
    for claim in claims:
        own = voiced.get(claim.id, set())
        claim.relays = [replace(r, kind=_kind(doc, r, claim, own)) for r in claim.relays]
        # replace, not set: one span object can be another claim's carried relay, of its
        # own kind there


def _kind(doc: Doc, relay: SourceSpan, claim: Claim, own: set[tuple[int, int]]) -> str:
    if (relay.start, relay.end) in own:
        return "voice" if claim.source is None or _frames(doc, relay, claim.source) else "beside"
    return "recipient" if claim.start <= relay.start and relay.end <= claim.end else "elsewhere"


def _frames(doc: Doc, outer: SourceSpan, inner: SourceSpan) -> bool:
    """Whether the cue of the voice written `outer` frames the words of the one written
    `inner`: one cue hangs below the other ("Reuters reported that X said", "X said,
    according to Reuters") or both are one quoting verb ("Reuters quoted X as saying"); not
    when the path between them joins coordinated clauses ("X said …, and Y accused …") or a
    semicolon parts them."""
    a, b = doc.char_span(outer.start, outer.end, alignment_mode="expand"), \
        doc.char_span(inner.start, inner.end, alignment_mode="expand")
    if a is None or b is None:
        return True  # (a headline's spans are into the title: nothing to read, as before)
    va, vb = _governing_verb(a.root), _governing_verb(b.root)
    if any(t.text == ";" for t in doc[min(va.i, vb.i):max(va.i, vb.i)]):
        return False  # "X estimates …; Y estimates …": two clauses, however parsed
    return va.i == vb.i or _joined_below(va, vb) or _joined_below(vb, va)


def _governing_verb(tok: Token) -> Token:
    """The verb a voice's phrase hangs from ("according" for "according to X")."""
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _joined_below(top: Token, low: Token) -> bool:
    """Whether `low` hangs below `top` through no coordination."""
    while low.i != top.i:
        if low.dep_ == "conj" or low.head.i == low.i:
            return False
        low = low.head
    return True


def intermediaries(chain: Sequence[str], tail: Sequence[str]) -> list[str]:
    """The names between a chain's claimant and the outlet names closing it."""
    end = len(chain)
    for name in reversed(tail):
        if end > 1 and chain[end - 1].lower() == name.lower():
            end -= 1
    return list(chain[1:end])


def _spans_for(names: Sequence[str], claim: Claim, text: str,
               earlier: Sequence[tuple[str, SourceSpan]],
               named: Sequence[tuple[str, SourceSpan]],
               described: Sequence[SourceSpan] = ()) -> list[SourceSpan] | None:
    """The written mention of each name, or None when some name is written nowhere;
    `described`: the media the claim's sentence describes ("the US TV channel")."""
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
    rest = [r for r in written if r is not None and not _claimant_written(r, claim)]
    open_ = [i for i, f in enumerate(found) if f is None]
    for i in open_:
        found[i] = next((s for s in _writings(names[i], text, named)
                         if claim.start <= s.start and s.end <= claim.end), None)
    open_ = [i for i, f in enumerate(found) if f is None]
    if rest and len(rest) == len(open_):  # "the broadcaster": written, named otherwise
        for i, r in zip(open_, rest, strict=True):
            found[i] = r
    open_ = [i for i, f in enumerate(found) if f is None]
    unused = [d for d in described if all(f is None or (f.start, f.end) != (d.start, d.end)
                                          for f in found)]
    if len(open_) == 1 and len(unused) == 1 and is_medium_name(names[open_[0]]):
        found[open_[0]] = unused[0]  # "In a message to the US TV channel, X said" after
        # "X told CNN": the sentence writes the medium it names CNN, not the earlier line
    for i, f in enumerate(found):
        if f is None:
            found[i] = next((s for n, s in reversed(earlier) if n.lower() == names[i].lower()),
                            None) or _nearest(_writings(names[i], text, named), claim)
    if any(f is None for f in found):
        return None
    return [f for f in found if f is not None]


def _claimant_written(written: SourceSpan, claim: Claim) -> bool:
    """Whether a voice the claim's cues name is its claimant as written, not a relay: "The
    news agency reported …, citing Lala Rakotonirina, chief of …, who said …" writes the
    claimant twice, by name and by "who" (the relative clause's speaker), beside the agency."""
    who = claim.claimant
    if who is not None and written.start <= who.start < written.end:
        return True
    first = without_article(claim.chain[0]).lower() if claim.chain else ""
    return bool(first) and without_article(written.text).lower().startswith(first)


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
    flags = 0 if bare.isupper() and len(bare) <= 3 else re.IGNORECASE  # "AP", not "ap"
    return re.compile(r"(?<![\w-])" + re.escape(bare) + r"(?![\w-])", flags)


def _pronoun(written: str) -> bool:
    """A mention that only points at an actor ("which", "it", "they"): the resolver gave it the
    actor's name, but it writes no name of a relay."""
    lex = cue_lexicon()
    word = written.strip().lower()
    return word in RELATIVE_PRONOUNS or word in lex.person_pronouns | lex.org_pronouns


def _writings(name: str, text: str, named: Sequence[tuple[str, SourceSpan]]) -> list[SourceSpan]:
    """Every place the article writes the name: the name itself, or a mention resolved to it,
    in text order."""
    pattern = _pattern(name)
    found = {(s.start, s.end): s for n, s in named if n == name.lower()}
    if pattern is not None:
        found |= {(m.start(), m.end()): _span(m, text) for m in pattern.finditer(text)}
    return [found[k] for k in sorted(found)]


def _nearest(writings: Sequence[SourceSpan], claim: Claim) -> SourceSpan | None:
    """The nearest writing before the claim, else the first after it."""
    before = [s for s in writings if s.end <= claim.start]
    if before:
        return before[-1]
    return next((s for s in writings if s.start >= claim.end), None)


def _span(found: re.Match[str], text: str) -> SourceSpan:
    return SourceSpan(text[found.start():found.end()], found.start(), found.end())


def _described_media(doc: Doc, claim: Claim) -> list[SourceSpan]:
    """The media a claim's sentence describes by a noun of the pack taken up with a pointing
    determiner ("the agency", "the US TV channel", "this newspaper") in the frame of its
    report, outside its claimant's phrase and what was said: the relay the chain names by a
    name written elsewhere."""
    span = doc.char_span(claim.start, claim.end, alignment_mode="expand")
    if span is None:
        return []
    nouns = cue_lexicon().media_nouns
    found = []
    for tok in span:
        if tok.pos_ != "NOUN" or tok.dep_ == "compound" or tok.lemma_.lower() not in nouns \
                or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                           for c in tok.children) or _reported(tok):
            continue
        phrase = phrase_span(tok)
        if claim.claimant is not None and phrase.start_char < claim.claimant.end \
                and claim.claimant.start < phrase.end_char:
            continue
        found.append(SourceSpan(phrase.text, phrase.start_char, phrase.end_char))
    return found


def _reported(tok: Token) -> bool:
    """Whether a word is no relay in the frame of a report: it stands in what was said ("X
    said the channel lied": a clause below the verb), names the subject of something, or hangs
    in a clause that is no talking, telling or carrying ("Rejecting the stories published by
    the Western media, X said"); "In a message to the agency", "Speaking to the paper",
    "sources cited by the paper" name who heard or carried the words."""
    lex = cue_lexicon()
    passing = lex.carrying_verbs | lex.conversation_verbs | lex.telling_verbs | lex.citing_verbs
    if tok.dep_ not in ("pobj", "dobj", "dative"):
        return True
    while tok.head.i != tok.i:
        if tok.dep_ in ("acl", "advcl", "relcl") and tok.lemma_.lower() not in passing:
            return True
        if tok.dep_ not in PATH_DEPS:
            return True
        tok = tok.head
    return False


#: Dependencies on the way from a relay written in a report's frame up to its verb.
PATH_DEPS = ("pobj", "dobj", "dative", "prep", "agent", "pcomp", "acl", "advcl", "relcl",
             "nsubj", "nsubjpass")  # ("Experts cited by the paper said": the speaker's phrase)
