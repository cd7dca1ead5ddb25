"""Background: the events a page recalls rather than reports.

A news page tells its news and, around it, what led up to it: "The war in Gaza began with Hamas'
October 7 attack", "since taking the city of Sievierodonetsk last week", "Earlier this week,
rockets hit a shopping centre in Kremenchuk". Those recalled events are real and are kept, but
the page is no report of them: flagged `background`, they make the page one that mentions an
incident (reconcile's `mentioned_in`), not one of its reports, and give it no figure.

An event is background when
- its trigger is what a "since" phrase or clause names ("the deadliest since the 2022
  invasion", "since Russia invaded"), or it is told as how a long state began ("The war began
  with the October 7 attack", "Tensions flared up when militants stormed ..."): anywhere, the
  lede included, since these forms recall, unless its own date lies in the page's recent days
  ("missing since yesterday's attack" speaks of the page's news);
- outside the page's lede (its headline, and the paragraph of its first event), its date lies
  more than `days` before the page's date (on an undated page, before the latest day its events
  give themselves or a photo caption removed from it gives in full), or the date phrase it
  takes places it in an earlier stretch ("last week", "earlier this month") and hangs from its
  trigger or a verb above it, or it runs "since" a time the page leaves undated ("Since
  mid-March, Washington has intensified its campaign"; not "since last Thursday");
- outside the lede, it gives no date of its own and takes its date, or its place, from a
  background event before it (the rest of a recap paragraph, and the paragraph that goes on
  with it: "The ministry said the strike was on a hangar next to the shopping centre").
A recalled event keeps no place taken from the page's news (its paragraph's or story's place):
what the page recalls did not happen where its news did.
A late report whose lede is the attack stays a report of it, however old the attack.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Protocol

from spacy.tokens import Doc, Token

from ...packs import load_pack, require, word_set
from ...records import Article, DateRef
from ...resolve.dates import resolve_dates
from ...resolve.yearless import period
from .arguments import governing_verb
from .campaigns import begun_campaign, war_clause
from .context import paragraph_start
from .pack import event_rules

NAME = "events"


class Recalled(Protocol):
    """What the rules read of a coded event (extractor.CodedEvent)."""

    date: date | None
    date_precision: str | None
    date_inherited: bool
    place: object
    place_inherited: bool
    trigger_start: int
    background: bool
    date_ref: DateRef | None
    date_is_start: bool


@dataclass(frozen=True)
class BackgroundRules:
    days: int
    recap_openers: tuple[tuple[str, ...], ...]
    recap_units: frozenset[str]
    onset_verbs: frozenset[str]
    onset_subjects: frozenset[str]
    recent_words: frozenset[str]
    recall_adverbs: frozenset[str]
    news_markers: frozenset[str]
    news_nouns: frozenset[str]
    caption_rules: frozenset[str]


@cache
def background_rules() -> BackgroundRules:
    section = require(load_pack(NAME), NAME, "background", dict)
    days = require(section, NAME, "days", int)
    where = "background."
    return BackgroundRules(
        days=days,
        recap_openers=tuple(sorted((tuple(w.split()) for w in word_set(
            section, NAME, "recap_openers", where)), key=len, reverse=True)),
        recap_units=word_set(section, NAME, "recap_units", where),
        onset_verbs=word_set(section, NAME, "onset_verbs", where),
        onset_subjects=word_set(section, NAME, "onset_subjects", where),
        recent_words=word_set(section, NAME, "recent_words", where),
        recall_adverbs=word_set(section, NAME, "recall_adverbs", where),
        news_markers=word_set(section, NAME, "news_markers", where),
        news_nouns=word_set(section, NAME, "news_nouns", where),
        caption_rules=word_set(section, NAME, "caption_rules", where))


def mark_background(events: Sequence[Recalled], doc: Doc, article: Article,
                    headline: bool) -> None:
    """Flag the events the page recalls (see the module docstring); a headline states the
    page's news and recalls nothing."""
    if headline or not events:
        return
    rules = background_rules()
    text = doc.text
    dated = article.published is not None
    before = _reference_day(article, events, rules)
    if before is not None:
        before -= timedelta(days=rules.days)
    lede = paragraph_start(text, min(e.trigger_start for e in events))
    triggers = {e.trigger_start for e in events}
    for i, ev in enumerate(events):
        tok = _token(doc, ev.trigger_start)
        # "missing since yesterday's attack" is the page's news
        if tok is not None and (recalled_since(tok) or told_as_onset(tok, rules)
                                or war_begun_before(tok) or begun_campaign(tok)) \
                and not _recent(ev, before, dated, rules):
            ev.background = True
            continue
        if paragraph_start(text, ev.trigger_start) == lede:
            continue
        # a date phrase of another clause or event of the statement ("The fighting comes
        # after an air strike last week killed ...") says nothing of this one
        owned = ev.date_ref is None or ev.date_inherited or tok is None or owns_date(
            tok, ev.date_ref, triggers)
        ev.background = (_far(ev, before) or (owned and is_recap_date(
            ev.date_ref.text if ev.date_ref else None, rules))
            or (tok is not None and _since_undated(tok, ev, rules))
            or (tok is not None and told_as_before(tok, rules))
            or (tok is not None and told_before_news(tok, rules))
            or _continues_background(ev, events[:i], text))
    for i, ev in enumerate(events):
        if ev.background and ev.place_inherited and not any(
                e.background and e.place is ev.place for e in events[:i]):
            # a recalled event did not happen where the page's news did: the place its
            # paragraph or story gave it was the news's ("The war began with ... in 2021")
            ev.place, ev.place_inherited = None, False


def _reference_day(article: Article, events: Sequence[Recalled],
                   rules: BackgroundRules) -> date | None:
    """The first day the page's date may mean, else the latest day its events give
    themselves (their own dates, not inherited ones) or a photo caption cleaning removed
    from it gives in full (`caption_days`)."""
    if article.published is not None:
        return period(article.published, article.published_precision or "day")[0]
    own = [_last_day(e) for e in events if e.date is not None and not e.date_inherited]
    own += caption_days(article, rules)
    return max(own) if own else None


def caption_days(article: Article, rules: BackgroundRules) -> list[date]:
    """The full dates (day, month and year) of the page's photo captions that cleaning
    removed as boilerplate (`removed` lines taken by a rule of `caption_rules`): the page was
    written on or after the day its pictures of the news were taken."""
    return removed_caption_days(article.removed, article.removed_rules, rules)


def removed_caption_days(removed: Sequence[str], removed_rules: Sequence[str],
                         rules: BackgroundRules | None = None) -> list[date]:
    """`caption_days` of the removed lines and their rules as the store keeps them."""
    rules = rules or background_rules()
    return [ref.value for line, rule in zip(removed, removed_rules, strict=False)
            if rule in rules.caption_rules
            for ref in resolve_dates(line, None, None)
            if ref.value is not None and ref.precision == "day"]


def _last_day(ev: Recalled) -> date:
    assert ev.date is not None
    return period(ev.date, ev.date_precision or "day")[1]


def _far(ev: Recalled, before: date | None) -> bool:
    return before is not None and ev.date is not None and _last_day(ev) < before


def _recent(ev: Recalled, before: date | None, dated: bool, rules: BackgroundRules) -> bool:
    """Dated by its own words within the page's recent days: against the page's date, or on
    an undated page by a word of recent days ("since yesterday's attack")."""
    if ev.date_inherited:
        return False
    if dated:
        return before is not None and ev.date is not None and _last_day(ev) >= before
    words = (ev.date_ref.text if ev.date_ref else "").lower().replace("'s", "").split()
    return any(w in rules.recent_words for w in words)


def is_recap_date(phrase: str | None, rules: BackgroundRules | None = None) -> bool:
    """Whether a date phrase places its event in a stretch before the page's own: "last
    week", "earlier this month", "the previous year" (not "last night", "last Monday")."""
    if not phrase:
        return False
    rules = rules or background_rules()
    words = phrase.lower().replace("'s", "").split()
    for n in range(len(words)):
        for opener in rules.recap_openers:
            k = len(opener)
            if tuple(words[n:n + k]) == opener and n + k < len(words) \
                    and words[n + k].rstrip(".,;") in rules.recap_units:
                return True
    return False


def recalled_since(tok: Token) -> bool:
    """The trigger is what "since" names: "since the October 7 attack", "the deadliest since
    Russia invaded"."""
    if tok.dep_ in ("pobj", "pcomp") and tok.head.lower_ == "since":
        return True
    if in_since_phrase(tok):  # "the deepest raid since the last of its wars in 1971"
        return True
    gov = tok if tok.pos_ in ("VERB", "AUX") else None
    return gov is not None and any(c.dep_ == "mark" and c.lower_ == "since"
                                   for c in gov.children)


def in_since_phrase(tok: Token, limit: int = 6) -> bool:
    """The trigger lies inside the object of a "since" phrase, short of a verb of its own
    clause above it: "since the last of its three wars", "since the strike that killed five"."""
    return since_phrase(tok, limit) is not None


def since_phrase(tok: Token, limit: int = 6) -> Token | None:
    """The "since" heading the phrase the trigger lies in (see `in_since_phrase`), or None."""
    node = tok
    for _ in range(limit):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.lower_ == "since" and node.dep_ == "prep":
            return node
        if node.pos_ in ("VERB", "AUX"):
            return None
    return None


def told_as_before(tok: Token, rules: BackgroundRules | None = None) -> bool:
    """Whether the trigger, or the verb a noun trigger hangs from, is told as having happened
    before the page's news by an adverb of its own ("a depot previously struck in a drone
    attack", "the camp, formerly hit by shelling"): the page recalls it."""
    rules = rules or background_rules()
    node: Token | None = tok
    for _ in range(3):
        if node is None:
            return False
        if any(c.dep_ == "advmod" and c.lower_ in rules.recall_adverbs for c in node.children):
            return True
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            return False
        node = node.head
    return False


def told_before_news(tok: Token, rules: BackgroundRules | None = None) -> bool:
    """Whether the trigger, or the verb a noun trigger hangs from, is placed "before" the
    page's own news, named as the latest or this incident ("Before the latest attack, the
    town had been shelled twice", "prior to this week's raid"): what came before the news is
    recalled, however it is dated (a tally over years has no day to be far by)."""
    rules = rules or background_rules()
    node: Token | None = tok
    for _ in range(3):
        if node is None:
            return False
        if any(_before_news(c, rules) for c in node.children):
            return True
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            return False
        node = node.head
    return False


def _before_news(prep: Token, rules: BackgroundRules) -> bool:
    """A "before" ("prior to") phrase whose object is an incident noun of the pack marked as
    the page's news ("the latest incident", "this week's attack", "the recent strike")."""
    if prep.dep_ != "prep" or prep.lower_ not in ("before", "prior"):
        return False
    objs = [o for c in (prep, *(c for c in prep.children if c.dep_ == "prep"))
            for o in c.children if o.dep_ == "pobj"]
    return any(o.lemma_.lower() in rules.news_nouns and any(
        m.lower_ in rules.news_markers or (m.dep_ == "poss" and any(
            d.lower_ in rules.news_markers for d in m.children)) for m in o.children)
        for o in objs)


def told_as_onset(tok: Token, rules: BackgroundRules | None = None) -> bool:
    """The trigger tells how a long state began: it hangs (through "with", "when", "after")
    from a verb of onset whose subject is a war or tension ("The war began with the attack",
    "Tensions flared up when militants stormed the border")."""
    rules = rules or background_rules()
    cur = tok
    for _ in range(6):
        head = cur.head
        if head.i == cur.i:
            return False
        if head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in rules.onset_verbs and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in rules.onset_subjects
                for c in head.children):
            return cur.dep_ in ("advcl", "prep", "pobj", "xcomp") or cur.dep_ == "npadvmod"
        cur = head
    return False


def war_begun_before(tok: Token) -> bool:
    """A state of war ("war", "invasion") told in a clause of time on another act: "the
    Houthis began targeting ships shortly after Israel launched its war on Gaza", "when Russia
    launched its full-scale invasion" (`campaigns.war_clause`, read from the war's noun). It
    dates what the page tells, as a recalled event."""
    return tok.lemma_.lower() in event_rules().state_nouns \
        and tok.dep_ in ("dobj", "nsubjpass") and war_clause(tok.head)


def owns_date(tok: Token, ref: DateRef, triggers: set[int]) -> bool:
    """Whether a date phrase of the statement dates this trigger: walking up the parse from
    the date, it reaches the trigger or its own verb before any other event's trigger that is
    not above it ("Earlier this week, officials reported that rockets hit ..." dates the hit;
    "The fighting comes after an air strike last week killed ..." dates the strike only;
    "close to the site of an ambush in May last year" the ambush only)."""
    doc = tok.doc
    span = doc.char_span(ref.start, ref.end, alignment_mode="expand")
    if span is None:
        return True
    own = tok if tok.pos_ in ("VERB", "AUX") else (governing_verb(tok) or tok)
    cur = span.root
    for _ in range(16):
        if cur.i in (tok.i, own.i):
            return True
        if cur.idx in triggers and cur.i not in range(span.start, span.end):
            return cur.is_ancestor(own)  # another event's date, unless it governs this one
        if cur.head.i == cur.i:
            return True
        cur = cur.head
    return True


def _since_undated(tok: Token, ev: Recalled, rules: BackgroundRules) -> bool:
    """A state or campaign the page says runs "since" a time it leaves undated ("Since
    mid-March, Washington has intensified its campaign"): no one occurrence of the page's;
    "since last Thursday", "since Monday" speak of its recent days."""
    if ev.date is not None:
        return False
    gov = tok if tok.pos_ in ("VERB", "AUX") else governing_verb(tok)
    if gov is None:
        return False
    since = [c for c in gov.children if c.dep_ == "prep" and c.lower_ == "since"]
    return bool(since) and not any(w.lower_ in rules.recent_words
                                   for c in since for w in c.subtree)


def _continues_background(ev: Recalled, earlier: Sequence[Recalled], text: str) -> bool:
    """The event's date or place, given by no words of its own, comes from a background event
    before it: from its paragraph (the date) or from the event its place was taken from."""
    if (ev.date is not None and not ev.date_inherited) or (
            ev.date is None and ev.date_ref is not None):
        return False  # a date phrase of its own, resolved or not ("On Sunday" undated)
    if ev.date is not None:
        para = paragraph_start(text, ev.trigger_start)
        own = [e for e in earlier if e.date is not None and not e.date_inherited
               and not e.date_is_start and paragraph_start(text, e.trigger_start) == para]
        if own and own[-1].background and own[-1].date == ev.date:
            return True
    if ev.place is not None and ev.place_inherited:
        source = [e for e in earlier if e.place is ev.place]
        return bool(source) and source[-1].background
    site = _site(ev.place)
    if site is None:
        return False
    # a named site of its own that only a recalled event named before ("missiles struck a
    # shopping centre in Poltava" ... "the army said the strike was on a depot next to the
    # shopping centre"): the same recalled occurrence
    there = [e.background for e in earlier if _site(e.place) == site]
    return bool(there) and all(there)


def _site(place: object) -> tuple | None:
    """A named site's identity (its name and the town it is in), None for any other place."""
    if place is None or getattr(place, "precision", None) != "site":
        return None
    return (getattr(place, "name", None) or getattr(place, "text", None),
            getattr(place, "within", None))


def _token(doc: Doc, start: int) -> Token | None:
    """The trigger token starting at character `start`."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None
