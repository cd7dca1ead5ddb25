"""PLOVER events: who did what to whom, where, when, how, as one claim reports it.

Each trigger becomes one event. Its arguments come from the dependency parse (actor = subject
or passive agent, target = object or "on/against X"), its place, date and figures from what
the resolve stage found inside the same statement, and its flags from the words around it:
an event that "could" happen or that somebody "vowed" is hypothetical, one that "did not"
happen is negated. Every event points at the claim that carries it, so it keeps a source.
The mode is read in `modes`, the negated and hypothetical flags in `factuality`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from spacy.tokens import Doc, Span, Token

from ...annotate.pipeline import doc_text
from ...records import Article, Claim, DateRef, Event, Figure, Mention, Place
from ...resolve.dates import is_anniversary, is_duration_start, is_ranked_since, is_reporting_time
from ...resolve.gazetteer import iso3
from ...tally import sole_leader
from ..lexicon import event_lexicon
from ..units import Unit, statement_units
from .arguments import (
    act_nouns,
    actor_of,
    argument,
    governing_verb,
    is_passive,
    participle_of,
    with_place_country,
)
from .attribution import attribution_places, seats_at_home
from .background import mark_background, since_phrase
from .campaigns import war_clause_places
from .carry import carry_actors, date_from_repeats, without_described, without_repeats
from .coding import (
    by_target,
    harmonise,
    lethal_type,
    mode_type,
    populated_place,
    recode,
    same_kind,
    sense_type,
    target_sector,
    trigger_token,
    unnamed_victims,
)
from .context import (
    anniversary_act,
    compared_since,
    dated_by_reaction,
    dates_other_event,
    dates_own_clause,
    dates_own_phrase,
    inherited,
    inherits,
    is_salient,
    own_figures,
    paragraph_start,
    since_clause,
    tie_figures,
    when_clause,
)
from .datelines import (
    filed_abroad,
    filed_at,
    in_dateline,
    is_dateline,
    opens_dateline,
    past_filing_place,
    spaced_dash,
)
from .factuality import is_hypothetical, is_negated
from .generic import (
    described_victims,
    is_generic,
    is_purpose,
    onset_verbs,
    refers_back,
    refers_to_incident,
)
from .headlinese import mark_headline
from .learned import retype
from .modes import event_mode
from .other_languages import (
    opened_place,
    other_language_arguments,
    other_language_triggers,
    told_before,
)
from .pack import event_rules
from .parties import origin_offsets, party_offsets
from .parts import fit_actor, fled_civilians, left_unarmed, mover
from .references import credit_responsibility
from .retold import merge_retold
from .sites import armed_site, killed_unarmed, spared_civilians, struck_civilians
from .statement_dates import redate_statements
from .targets import hit_device, phrase_word, pronoun_target, target_below, target_of
from .triggers import Trigger, find_triggers, outcome_noun
from .unreported import is_unreported

Located = TypeVar("Located", Place, DateRef)


@dataclass
class CodedEvent(Event):
    """An Event with where its trigger stands, which picks a sentence's main event.

    Not stored: the export locates events by sentence; the trigger offset only serves coding.
    """

    trigger_start: int = -1
    #: A definite noun trigger ("the attack"), which may refer back to a reported incident.
    referring: bool = False
    #: Its date is when a state began ("has besieged the town since June 2018"): no later
    #: event of the paragraph continues it.
    date_is_start: bool = False
    #: The date phrase the event took from its own statement ("earlier this week"), resolved
    #: or not (an undated page's "last week").
    date_ref: DateRef | None = None
    #: Its trigger is what a "since" phrase compares the news with ("the deepest raid since
    #: the last of its wars in 1971"): a past event whose date no later event continues.
    compared: bool = False
    #: Its statement's date is that of words spoken of it ("blamed the massacre on rebels on
    #: May 31": context.reacted_to): it inherits no other date of the page.
    spoken_of: bool = False


def extract_events(doc: Doc, article: Article, claims: Sequence[Claim],
                   mentions: Sequence[Mention], places: Sequence[Place] = (),
                   dates: Sequence[DateRef] = (), figures: Sequence[Figure] = (),
                   headline: bool = False, units: Sequence[Unit] | None = None) -> list[Event]:
    """Every salient PLOVER event in the article, each tied to the claim whose span holds it;
    `headline`: the text is a headline, whose present tense narrates the past; `units`: the
    doc's statement units when the caller split them already (the claims pass reads the same).
    Each statement's triggers are coded on their own (`_unit_events`), then the page's events
    are read against each other (`_across_statements`)."""
    mark_headline(doc, headline)
    page = _Page.read(doc, article, claims, mentions, places, dates, figures, headline)
    events: list[CodedEvent] = []
    fallback: dict[str, Place] = {}  # event id -> its speaker's seat, when it has no place
    for unit in statement_units(doc) if units is None else units:
        coded = _unit_events(unit, page, len(events), fallback)
        harmonise(coded, unit.span)
        events += coded
    return _across_statements(events, page, doc, fallback)


@dataclass(slots=True)
class _Page:
    """What every statement of a page is coded against, worked out once: its mentions in text
    order, the spans salience is read from, the dates an event may take, and the places it may
    be at, which are not where a statement was made or filed from (those are only a fallback:
    `home_seats`)."""

    article: Article
    claims: Sequence[Claim]
    mentions: list[Mention]
    anchors: list  # what makes a trigger salient (`is_salient`): mentions, places, dates, figures
    dates: list[DateRef]  # not the time of reporting
    events_dates: list[DateRef]  # nor a duration's start ("since June")
    places: list[Place]  # not a statement's place nor where the page was filed from
    resolved: Sequence[Place]  # every place of the page
    home_seats: list[Place]  # speakers' seats that may stand in for an event's place
    figures: Sequence[Figure]
    headline: bool

    @classmethod
    def read(cls, doc: Doc, article: Article, claims: Sequence[Claim],
             mentions: Sequence[Mention], places: Sequence[Place], dates: Sequence[DateRef],
             figures: Sequence[Figure], headline: bool) -> _Page:
        mentions = sorted(mentions, key=lambda m: m.start)
        anchors = [*mentions, *places, *dates, *figures]
        dates = [d for d in dates if not is_reporting_time(article.text, d)]
        said_at = attribution_places(places, claims, doc_text(doc), headline, doc)
        abroad = filed_abroad(places, article.text)
        return cls(
            article=article, claims=claims, mentions=mentions, anchors=anchors, dates=dates,
            events_dates=[d for d in dates if not is_duration_start(article.text, d)],
            places=[p for p in places if p not in said_at and p not in abroad],
            resolved=places,
            home_seats=seats_at_home(said_at, places, (m.country for m in mentions)),
            figures=figures, headline=headline)


def _unit_events(unit: Unit, page: _Page, numbered: int,
                 fallback: dict[str, Place]) -> list[CodedEvent]:
    """The events of one statement: its salient triggers, each coded with its type, arguments
    and figures, then typed by whom it struck, dated and placed. `numbered`: how many events
    the page's earlier statements gave (event ids count on from them); an event the
    statement gives no place to, said at a speaker's seat at home, gets that seat in
    `fallback`."""
    span = unit.span
    places, again = page.places, refers_back
    if (found := other_language_triggers(span)) is None:
        found = [t for t in find_triggers(span) if is_salient(t.token, page.anchors)
                 and not is_generic(t.token, page.headline) and not is_unreported(t.token)]
        coded = [_code(t, span) for t in found]
        args = [_arguments(t, page.mentions) for t in found]
    else:  # French or Spanish: read by word patterns, not by the English parse
        coded = [(t.type, None, False, False) for t in found]
        args = [other_language_arguments(t, page.mentions) for t in found]
        places = [p for p in places if opened_place(span.doc.text, p)]
        again = told_before
    own = [f for f in page.figures if f.start >= span.start_char and f.end <= span.end_char]
    shares = own_figures([a[1] for a in args], own, tie_figures([c[0] for c in coded], own))
    out: list[CodedEvent] = []  # a skipped trigger adds none
    for trig, (kind, mode, negated, hyp), (actor, target), figs in zip(
            found, coded, args, shares, strict=True):
        kind = _struck_type(trig, kind, mode, actor, target, figs, page.resolved)
        actor, target = mover(kind, fit_actor(kind, actor), target)
        if fled_civilians(kind, actor, trig.token) or left_unarmed(actor, trig.token):
            continue
        scope = _scope(trig.token)
        date, start = _event_date(trig.token, page, span, scope)
        event_id = f"{page.article.id}:e{numbered + len(out) + 1}"
        if (said := _nearest(page.home_seats, span, trig.token, scope)) is not None:
            fallback[event_id] = said
        out.append(CodedEvent(
            id=event_id, type=kind, mode=mode,
            actor=actor, target=target, place=_nearest(
                _compared_places(_not_parties(places, trig.token), trig.token),
                span, trig.token, scope),
            date=date.value if date else None,
            date_precision=date.precision if date else None,
            figures=figs, claim_id=_claim_id(page.claims, trig.token.idx), sentence=unit.text,
            negated=negated, hypothetical=hyp, trigger=trig.text,
            trigger_lemma=trig.token.lemma_.lower(), trigger_pos=trig.token.pos_,
            trigger_dep=trig.token.dep_,
            trigger_start=trig.token.idx, referring=again(trig),
            date_is_start=start is not None, date_ref=date,
            compared=since_phrase(trig.token) is not None,
            spoken_of=date is None and dated_by_reaction(page.dates, trig.token),
        ))
    return out


def _struck_type(trig: Trigger, kind: str, mode: str | None, actor: Mention | None,
                 target: Mention | None, figs: Sequence[Figure],
                 resolved: Sequence[Place]) -> str:
    """The trigger's type read from what it struck: an attack when a device hit ("their
    vehicle hit a landmine"), else `by_target` of its victims, whether they were civilians or
    unarmed, the site armed, and the target a populated place."""
    if hit_device(trig.token) is not None:
        return "ASSAULT"
    return by_target(
        kind, mode, actor, target, figs, struck_civilians(trig.token, figs) or (
            killed_unarmed(trig.token, target, mode)),
        armed_site(trig.token) or spared_civilians(trig.token), trig.text,
        populated_place(target, resolved))


def _event_date(tok: Token, page: _Page, span: Span,
                scope: Span) -> tuple[DateRef | None, DateRef | None]:
    """(date, the start it is when it is one) of the event: the statement's nearest date of
    this event, else a "since April 2023" date, which is the event's only when its statement
    gives no other and it hangs from the event's own verb, not from another clause's. A date
    of another event ("the deepest raid since the war in 1971", "the children killed were
    buried today") is not this event's. An anniversary's count back ("the 45th anniversary of
    the massacre") dates the act it names, over any other date of the statement (the day the
    anniversary is marked), and no other act; next, a date whose "when" clause holds the
    trigger ("31 years since 21 January 1990, when the police opened fire") is the trigger's,
    over any other. A date an event is ranked against ("the deadliest attack since 2015")
    is no start of it (`is_ranked_since`)."""
    named = [d for d in page.dates if is_anniversary(d) and anniversary_act(d, tok)]
    if named and (date := _nearest(named, span, tok, span)) is not None:
        return date, None
    # "since 21 January 1990, when the police opened fire": the day the clause is told of;
    # not a stretch's start ("since Oct. 7, when Israel launched its offensive"), whose
    # events carry the tallies counted since then
    told = [d for d in page.dates if not is_anniversary(d)
            and (clause := when_clause(d, tok.doc)) is not None and tok in clause.subtree
            and clause.lemma_.lower() not in onset_verbs()]
    if told and (date := _nearest(told, span, tok, span)) is not None:
        return date, None
    mine = [d for d in page.dates if not is_anniversary(d) and not dates_other_event(d, tok)]
    date = _nearest([d for d in mine if d in page.events_dates], span, tok, scope)
    start = None if date else _nearest(
        [d for d in mine if d not in page.events_dates and dates_own_clause(d, tok)
         and not is_ranked_since(page.article.text, d)], span, tok, scope)
    return date or start, start


def _across_statements(events: list[CodedEvent], page: _Page, doc: Doc,
                       fallback: dict[str, Place]) -> list[Event]:
    """The page's events read against each other: repeats dated and dropped, retold victims
    dropped, statements' days, inherited places and dates, background, the speaker's seat
    where nothing else places an event, responsibility, carried actors, the place's country
    for the parties, the learned type, and retold events merged."""
    # a repeat that says when ("the strikes on Friday night") dates the mention it repeats
    date_from_repeats(events, [e.referring for e in events], [_own_day(e, doc) for e in events])
    events = without_repeats(events, [e.referring for e in events])
    # "the soldiers killed belonged to ...": the victims of an act told before, told again
    events = without_described(events, [_describes_victims(e, doc) for e in events])
    redate_statements(events, doc)  # "X reported Tuesday" dates the report, not the killings
    _inherit(events, page.places, [d for d in page.events_dates if compared_since(d, doc) is None
                                   and since_clause(d, doc) is None],
             page.article.text)  # a state's start dates no other
    mark_background(events, doc, page.article, page.headline)
    for ev in events:  # the claimant's place only when the text gives the event no other
        ev.place = ev.place or fallback.get(ev.id)
    credit_responsibility(events, doc,
                          lambda h: argument(h, page.mentions, keep_unclassed=False))
    carry_actors(events)
    for ev in events:
        country = iso3(ev.place.country) if ev.place else None
        ev.actor = with_place_country(ev.actor, country)
        ev.target = with_place_country(ev.target, country)
    # the learned type where the model is confident, read from the finished event
    retype(events, [e.trigger_start for e in events], doc)
    return merge_retold(events)


def _arguments(trig: Trigger, mentions: Sequence[Mention]) -> tuple[Mention | None,
                                                                    Mention | None]:
    """Actor and target; a target of no class only when nothing better is found."""
    if (struck := hit_device(trig.token)) is not None:  # "their vehicle hit a landmine"
        return None, argument(struck, mentions, keep_unclassed=True)
    actor = actor_of(trig, mentions)
    if actor is None and not trig.is_noun and (noun := outcome_noun(trig.token)) is not None:
        actor = actor_of(Trigger(noun, trig.type, noun.text), mentions)  # "in a Russian strike"
    if refers_to_incident(trig):  # "condemned the attack", "demanded a response over the
        # attack": only the noun's own phrase ("the bombing of X") names what it struck
        finders = (lambda: target_of(trig, mentions),
                   lambda: target_of(trig, mentions, loose=True))
    else:
        finders = (lambda: target_of(trig, mentions),
                   lambda: target_below(trig.token, actor, mentions),
                   lambda: target_of(trig, mentions, loose=True),
                   lambda: pronoun_target(trig, actor, mentions))  # "attacked them"
    target = next((t for f in finders if (t := f()) is not None and not _means(t, trig)
                   and not phrase_word(t, trig) and not filed_at(t, trig.token)), None)
    if target is not None and actor is not None and target.start == actor.start:
        target = None  # "the massacre conducted by the army": the agent found twice
    if target is None or (unnamed_victims(target) and is_passive(trig.token)):
        # (an active verb's object, "killed six people in a raid on X", is whom it struck)
        struck = _struck_by_act(trig, mentions, target)
        # mere people give way to a site of known kind (a market, an army post), not to a
        # bare place name whose kind the type could not be read from
        if struck is not None and (target is None or target_sector(struck) is not None):
            target = struck
    return actor, target


def _struck_by_act(trig: Trigger, mentions: Sequence[Mention],
                   victims: Mention | None) -> Mention | None:
    """"At least 12 were killed in an airstrike on a market": a toll that names its victims
    by a bare count or as mere people (`unnamed_victims`) says less of what was struck than
    the attack they fell in does: its "on"/"against"/"of" object is the event's target."""
    tok = trig.token
    if trig.is_noun:
        return None
    counted = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    if victims is None and not any(
            v.like_num for v in [*counted, participle_of(tok)] if v is not None):
        return None  # "Up to 100 killed in ...": a headline's count the participle describes
    preps = event_lexicon().target_preps | {"of"}
    for act in act_nouns(tok):
        # the parser may hang "on the market" on the verb, right after the attack's phrase
        after = [p for p in tok.children if p.i == act.token.right_edge.i + 1]
        for prep in [*act.token.children, *after]:
            if prep.dep_ == "prep" and prep.lower_ in preps:
                obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
                if obj is not None and not any(spaced_dash(t) for t in obj.subtree):
                    # (a headline's "... on X mall - governor" read as one phrase: no target)
                    return argument(obj, mentions, keep_unclassed=True)
    return None


def _means(target: Mention, trig: Trigger) -> bool:
    """A violent act's would-be target that is what it was done with ("exploded two
    improvised explosive devices", "opened fire with an M16 assault rifle"), not what it
    struck ("shot down one of the missiles")."""
    rules = event_rules()
    if trig.type not in rules.violent_types:
        return False
    doc = trig.token.doc
    span = doc.char_span(target.start, target.end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root
    if head.lemma_.lower() not in rules.means_nouns:
        return False
    gov = head.head
    return (head.dep_ == "pobj" and gov.lower_ == "with") or (
        head.dep_ in ("dobj", "conj") and gov.lemma_.lower() in rules.means_verbs)


def _code(trig: Trigger, span: Span) -> tuple[str, str | None, bool, bool]:
    """Type, mode, negated and hypothetical of one trigger under PLOVER's coding rules."""
    tok = trig.token
    kind = lethal_type(tok, sense_type(tok) or trig.type)
    negated = is_negated(tok)
    hyp = is_hypothetical(tok, span) or is_purpose(tok)
    mode = event_mode(trig, span) if kind in event_lexicon().mode_types else None
    recoded = recode(kind, tok, negated)
    if recoded != kind:  # the stating, demanding or refusing is itself what happened
        kind, hyp = recoded, False
        negated = negated and kind not in ("REJECT",)
    kind = mode_type(kind, mode)
    return kind, (mode if kind in event_lexicon().mode_types else None), negated, hyp


def _inherit(events: list[CodedEvent], places: Sequence[Place], dates: Sequence[DateRef],
             text: str) -> None:
    """Give placeless (dateless) events the place (date) their paragraph has narrated so far.
    A wire's opening dateline ("LOME, Togo (AP) -") lends no event its place, but it still
    says which country the page is about ("LOME - ... 800 killed" then a summit in a
    neighbour's capital): the main-country test of the later places counts it. A local
    paper's "Town:" dateline does lend: it is most often where the act happened, and keeping
    it from lending left such acts unplaced and out of their incidents."""
    page = places
    places = [p for p in places if not opens_dateline(p.start, text)]
    for i, ev in enumerate(events):
        if not inherits(ev.type, ev.negated, ev.hypothetical):
            continue
        start = text.find(ev.sentence, paragraph_start(text, ev.trigger_start))
        start = start if start >= 0 else ev.trigger_start
        para = paragraph_start(text, ev.trigger_start)
        earlier = [e for e in events[:i] if para <= e.trigger_start < start]
        if ev.place is None:
            lenders = [e for e in events[:i] if _lends(e, ev, text)]
            own = [e.place for e in earlier if e.place is not None and not e.place_inherited
                   and e in lenders]
            ev.place = inherited(places, own, text, start) or _previous_paragraph(
                events[:i], ev, text, para) or _story_place(lenders) or _named_place(
                places, start) or _later_place(places, events[i + 1:], ev, text, start,
                                               page) or (
                _placed_after(places, events[i + 1:], ev, text, start, page))
            ev.place_inherited = ev.place is not None
        if ev.date is None and not ev.spoken_of:
            own_d = [e for e in earlier if e.date is not None and not e.date_inherited
                     and not e.date_is_start and not e.compared]
            if own_d:
                ev.date, ev.date_precision = own_d[-1].date, own_d[-1].date_precision
            elif (ref := inherited(dates, [], text, start)) is not None:
                ev.date, ev.date_precision = ref.value, ref.precision
            ev.date_inherited = ev.date is not None


def _lends(earlier: CodedEvent, ev: CodedEvent, text: str) -> bool:
    """Whether an earlier event may lend its place to `ev`: not when that place is the
    dateline its statement took for want of another ("CAPITAL: Rights groups accused the
    police ..." then "Officers opened fire on marchers"), to an event of another kind: the
    filing town is where the accusation was made public, not where the shooting it tells of
    happened."""
    return earlier.place is None or same_kind(earlier.type, ev.type) or not is_dateline(
        earlier.place, text)


def _previous_paragraph(earlier: list[CodedEvent], ev: CodedEvent, text: str,
                        para: int) -> Place | None:
    """The place of the same kind of event in the paragraph just before, which a paragraph
    that opens without one (a quote, a casualty toll) usually continues."""
    if para == 0:
        return None
    prev = paragraph_start(text, para - 1)
    same = [e.place for e in earlier if prev <= e.trigger_start < para and e.place is not None
            and not e.place_inherited and same_kind(e.type, ev.type)]
    return same[-1] if same else None


def _story_place(earlier: list[CodedEvent]) -> Place | None:
    """The place the story's events so far were stated to happen at, when they agree on
    one: a report of one attack names its village once and then says "the attackers
    fled", "two others died" without repeating it."""
    own = {(p.name or p.text): p for e in earlier
           if (p := e.place) is not None and not e.place_inherited and p.precision not in (
               "country", "admin1")}
    return next(iter(own.values())) if len(own) == 1 else None


def _named_place(places: Sequence[Place], start: int) -> Place | None:
    """The one fine place the story named before `start` when no event there was placed:
    "... survivors in Hroza, in the Kharkiv region" in a sentence of no event, then "the
    village cafe was obliterated". A village placed by its enclosing area (`within`) counts."""
    fine = {(p.name or p.text): p for p in places if p.end <= start and p.role == "location"
            and (p.within or p.precision in ("town", "site"))}
    return next(iter(fine.values())) if len(fine) == 1 else None


def _fine(place: Place) -> bool:
    """A place an incident happens at: a town, a site, or a village placed by its area."""
    return place.role == "location" and bool(place.within or place.precision in ("town", "site"))


def _place_key(place: Place) -> str:
    return str(place.geonames_id) if place.geonames_id is not None else (place.name or place.text)


def _later_place(places: Sequence[Place], later: Sequence[CodedEvent], ev: CodedEvent,
                 text: str, start: int, page: Sequence[Place] = ()) -> Place | None:
    """A lead event the page has named no place for yet: the story's one fine place, where
    the page's later events of its kind are stated to happen ("Shelling of a wedding
    killed 20 people, the rebels said" ... then "most of the dead were guests at the hall in
    Oldtown"), when nothing fine was named before it, those events' own places (else those of
    any later event) name one fine place (not a dateline) and no other area, and it lies in the
    country most of the page's places lie in. A town only named (where a minister spoke), a
    second town, a place abroad or a later event of its kind placed in another province leaves
    it unplaced."""
    if any(_fine(p) for p in places if p.end <= start):
        return None
    placed = [e for e in later if e.place is not None and not e.place_inherited]
    own = [e.place for e in placed if same_kind(e.type, ev.type)]
    fine = {}
    for pool in (own, [e.place for e in placed]):  # its kind's places first, else any event's
        fine = fine or {_place_key(p): p for p in pool if _fine(p) and not is_dateline(p, text)}
    if len(fine) != 1:
        return None
    place = next(iter(fine.values()))
    if not all(_within(p, place) for p in own):
        return None
    return place if _in_main_country(place, page or places) else None


def _in_main_country(place: Place, places: Sequence[Place]) -> bool:
    """Whether `place` lies in the country most of the page's locations lie in: not abroad,
    and not on a page naming two countries as often (no main one)."""
    countries = Counter(p.country for p in places if p.role == "location" and p.country)
    if not countries:
        return True
    leader = sole_leader(countries)
    return leader is not None and place.country == leader


def _placed_after(places: Sequence[Place], later: Sequence[CodedEvent], ev: CodedEvent,
                  text: str, start: int, page: Sequence[Place] = ()) -> Place | None:
    """A placeless event its own paragraph places in a sentence that tells no event ("The
    compound was hit by two missiles. It stood in the Oldtown area of the northern district,
    officials said."): the one fine place (a town, a site, a village placed by its area) named
    after the event's sentence and before the paragraph ends, when no later event of that
    paragraph is there to own it, nothing fine was named before the event, the place is no
    dateline and lies in the country most of the page's places lie in. Two fine places, or a
    later event of the paragraph (which owns the place its sentence names), leave it unplaced."""
    if ev.type not in event_rules().violent_types or any(
            _fine(p) for p in places if p.end <= start):
        return None
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    if any(start < e.trigger_start < end for e in later):
        return None
    after = start + len(ev.sentence)
    fine = {_place_key(p): p for p in places if after <= p.start and p.end <= end
            and _fine(p) and not is_dateline(p, text)}
    if len(fine) != 1:
        return None
    place = next(iter(fine.values()))
    return place if _in_main_country(place, page or places) else None


def _within(outer: Place, place: Place) -> bool:
    """Whether `outer` is `place` or an area holding it (its country, its province)."""
    if _fine(outer):
        return _place_key(outer) == _place_key(place)
    if outer.country and place.country and outer.country != place.country:
        return False
    return outer.precision in (None, "country") or not (
        outer.admin1 and place.admin1 and outer.admin1 != place.admin1)


def _compared_places(places: Sequence[Place], tok: Token) -> Sequence[Place]:
    """The places an event compared against ("the deepest raid near Oldtown since the last
    of its wars in 1971") may take: those inside its own "since" phrase only; the others
    are where the event it is compared with happened."""
    since = since_phrase(tok)
    if since is not None:
        return [p for p in places if _inside(p, since)]
    # and the event compared need not take the place of the one it is compared with ("the
    # bombing in Kabul was the deadliest since the siege of the hotel in Herat"), when its
    # statement names another
    others = [t for t in tok.sent if t.lower_ == "since" and t.dep_ == "prep"
              and not t.left_edge.i <= tok.i <= t.right_edge.i]
    own = [p for p in places if not any(_inside(p, t) for t in others)]
    return own or places


def _inside(place: Place, head: Token) -> bool:
    """Whether a place lies within the phrase `head` heads."""
    return head.left_edge.idx <= place.start and \
        place.end <= head.right_edge.idx + len(head.right_edge)


def _not_parties(places: Sequence[Place], tok: Token) -> Sequence[Place]:
    """The places, less example parties of its subject ("nations such as Britain"), the
    actors' origin ("herdsmen from Nasarawa") and a war's."""
    parties = party_offsets(governing_verb(tok) if tok.pos_ in ("NOUN", "PROPN") else tok) \
        | origin_offsets(tok)
    return war_clause_places([p for p in places if p.start not in parties], tok)


def _scope(tok: Token) -> Span:
    """The clause an event's own arguments sit in: a noun trigger's governing verb clause."""
    gov = governing_verb(tok) if tok.pos_ in ("NOUN", "PROPN") else tok
    gov = gov or tok
    return tok.doc[gov.left_edge.i:gov.right_edge.i + 1]


def _describes_victims(ev: CodedEvent, doc: Doc) -> bool:
    tok = trigger_token(doc, ev.trigger_start)
    return tok is not None and described_victims(tok)


def _own_day(ev: CodedEvent, doc: Doc) -> bool:
    """Whether the event's date is one its trigger tells of itself (`dates_own_phrase`), not
    a state's start nor a compared event's."""
    tok = trigger_token(doc, ev.trigger_start)
    return ev.date_ref is not None and not ev.date_is_start and not ev.compared and (
        tok is not None and dates_own_phrase(ev.date_ref, tok))


def _nearest(items: Sequence[Located], span: Span, tok: Token, scope: Span) -> Located | None:
    """The place or date in the statement, preferring one inside the event's own clause."""
    inside = [x for x in items if x.start >= span.start_char and x.end <= span.end_char
              and not (isinstance(x, Place) and in_dateline(x.start, x.end, tok))]
    inside = past_filing_place(inside, tok.doc.text)
    if not inside:
        return None
    own = [x for x in inside if x.start >= scope.start_char and x.end <= scope.end_char]
    pool = _owned(own or inside, tok.doc.text)
    # a named site ("the X hospital in Y") is where it happened, more precisely than its town
    sites = [x for x in pool if getattr(x, "precision", None) == "site"]
    return min(sites or pool, key=lambda x: abs(x.start - tok.idx))


#: What joins a state or province to the area it holds: "Syria's Daraa province", "Iraq's
#: northern Kara region" (a possessive, then at most two lowercase words).
_OWNS = re.compile(r"['\u2019]s\s+(?:[a-z]+\s+){0,2}")


def _owned(pool: Sequence[Located], text: str) -> list[Located]:
    """The pool less the owner X of each "X's Y" pair of places: the area or site Y it holds
    ("Syria's Idlib province", "Gaza's Jabalia refugee camp") is the finer place, and a name
    no gazetteer holds ("Iraq's Gara region") is still what other pages of the incident name
    (reconcile/unknown_places.py). Less too a place that describes a town named after a kind
    word and "of" (`_describes`: "the Black Sea city of X"): the town is where it happened,
    when the gazetteer placed it (an unknown village "of Y" leaves its region the place)."""
    places = [x for x in pool if isinstance(x, Place)]
    drop = set()
    for x in places:
        for y in places:
            if y.start > x.end and (_OWNS.fullmatch(text, x.end, y.start)
                                    or (y.country and _describes(text[x.end:y.start]))):
                drop.add(id(x))
    return [x for x in pool if id(x) not in drop]


def _describes(between: str) -> bool:
    """Whether the words between two places set the first before a kind of town the second
    is named as: up to two lower-case words, a kind word of the pack's
    `described_town_kinds`, then "of" (" city of ", "'s southern port city of ")."""
    words = re.sub(r"^['\u2019]s\b", "", between).split()
    if len(words) < 2 or words[-1] != "of" or not all(re.fullmatch(r"[a-z-]+", w)
                                                      for w in words):
        return False
    head, kinds = words[:-1], event_rules().described_town_kinds
    return any(" ".join(head[k:]) in kinds and not set(head[:k]) & _LINKS
               for k in range(min(len(head), 3)))


#: Words that link two phrases, not describe a town ("X and the city of Y", "X near the
#: town of Y"): the first place is then a place of its own.
_LINKS = frozenset({"and", "or", "the", "a", "an", "in", "near", "of", "to", "from", "at",
                    "by", "with", "between", "outside", "but"})


def _claim_id(claims: Sequence[Claim], char: int) -> str | None:
    holding = [c for c in claims if c.start <= char < c.end]
    return min(holding, key=lambda c: c.end - c.start).id if holding else None
