"""Events as reconciliation sees them: type group, effective place, date window and source.

An `EventRef` is one stored event plus what reconciliation needs from its article and claim:
who made the claim (the chain head, so reposts and syndicated copies count as one voice), the
claimant's side, and the date window the event may lie in. Places and dates missing from the
event's own sentence are filled from its context (see `context.py`) and marked as such.
Hypothetical and negated events never make incidents, nor do statement types (CONSULT, ACCUSE…)
that the reconcile pack leaves out of `compatible_types`."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache

from ..casualties import HARMED_SET
from ..extract.events.background import removed_caption_days
from ..packs import load_pack, require
from ..resolve.dates import calendar_clues, mourning_day_only
from ..words import alternation
from .armed_voice import armed_voice
from .claimant_sides import (
    claimant_side,
    described_land_name,
    is_party,
    land_basis,
    mention_side,
    owner_side,
    side_of_named,
)
from .context import (
    article_focus,
    article_words,
    lookback,
    news_days,
    paragraph_context,
    paragraph_index,
    stop_words,
    title_and_lead,
)
from .described import (
    completed_name,
    described_body,
    introduced_claim,
    renamed_role,
    role_in_source,
    spoken_as,
    written_as,
)
from .operations import article_operation, event_operation
from .recalled_tolls import recalled_figures, rumoured_figures
from .sites import named_villages, site_codes, site_key
from .speakers import (
    attributed_figures,
    claim_speaker,
    is_medium,
    named_by_role,
    relaying_source,
    role_holder,
    role_only,
    summarised,
    toll_keeper,
)
from .stance_tolls import denied_figures, rejected_figures, stance_clause_figures
from .toll_claims import (
    TOLL_CATEGORIES,
    after_span,
    anchor_of,
    event_free_tolls,
    gathering_tolls,
    own_dead,
    toll_event,
    toll_figures,
    with_tolls,
)
from .unknown_places import event_unknowns, feature_names, page_countries, unknown_names
from .unknown_recall import recalled_countries

FINE = ("site", "point", "town")
#: How much of an undated article's opening is read for the day it is about (article_days).
LEAD_CHARS = 400


@dataclass(slots=True)
class EventRef:
    """One event with what reconciliation needs from its article and claim."""

    event: dict
    article_id: str
    origin: str  # the independent source this copy counts as (collapses reposts/duplicates)
    claimant: str
    side: str | None
    window: tuple[date, date] | None
    group: str
    place: dict | None = None  # the event's place, or one inherited from its context
    inferred: str | None = None  # "paragraph" / "article" when place or date was inherited
    para: int | None = None  # paragraph of the article the event's claim lies in
    published: date | None = None  # the article's publication date: orders revisions
    order: int = 0  # where the event's claim starts in its article: orders within one article
    site: tuple | None = None  # the named site the event happened at (sites.site_key)
    date_inherited: bool = False  # the window was taken from the incident the event joined
    words: frozenset[str] = frozenset()  # the article's content words (similar.article_words)
    #: figure texts that other claims of the article state, not the event's own claim
    foreign: frozenset[str] = frozenset()
    operation: str | None = None  # the named military operation it is a report of
    #: (month, day) pairs an undated article's title and text name ("died on July 27")
    article_days: frozenset[tuple[int, int]] = frozenset()
    #: the weekday an undated article's title and lead name when they give no month-day
    #: ("confirmed late Tuesday night": 0 = Monday)
    article_weekdays: frozenset[int] = frozenset()
    #: the claim an outlet's narrated toll was relayed from (speakers.relaying_source)
    relayed_from: str | None = None
    #: the glued names its article gives villages (sites.named_villages: "Pa Zi Gyi village")
    villages: frozenset[str] = frozenset()
    #: the page's outlet narrates it in its own words, relaying no named source: a report of
    #: the toll known when it wrote, which disputes no one (disputes.py)
    narrated: bool = False
    #: its page recalls it, not reports it (extract/events/background.py)
    background: bool = False
    caption_day: date | None = None  # an undated page's latest removed photo caption's date
    #: its claimant is a news medium ("WAFA", "Al Jazeera reported"): a reporter of others'
    #: tolls, as a page's outlet narrating is (disputes.py)
    media: bool = False
    owner: str | None = None  # the side of the state owning its claimant medium, if one does
    #: its claimant is an actor the packs know ("M23", "MSF") or an armed group's voice
    #: (`armed`): a party, not a witness
    party: bool = False
    day_known: bool = True  # its page gives the day it came out ("2023-06" does not)
    #: its page's title and text, read for cues of the past (past_cues.refers_to_past: "last
    #: June", "in 2020") only by the pass that asks, for the few reports it considers
    page_text: str = ""
    #: (country, spelling family) of the places no gazetteer knows it is told at
    #: (unknown_places.py)
    unknown: frozenset[tuple[str, str]] = frozenset()
    #: (country, admin1) of every province its page's place mentions resolve in (town_sites.py)
    areas: frozenset[tuple[str, str]] = frozenset()
    #: the page's toll claims with no event of their own that state this event's toll
    #: (toll_claims.py): figures only, never clustered
    tolls: tuple[EventRef, ...] = ()
    #: the claimant as its page wrote it where that was a description of a body the page
    #: named before ("the charity": described.py); its figure row keeps the written name
    written: str | None = None
    #: its claim's source as the page wrote it ("Rahmi Dogan, the governor of the Turkish
    #: province Hatay"): the role a named claimant holds (role_holders.py)
    source_text: str | None = None
    #: the claimant's name as its page wrote it where the packs know it by another ("the
    #: Houthis" for Ansar Allah, "Doctors Without Borders" for Medecins Sans Frontieres):
    #: the row keeps it among its `spellings` (summary.incident_figures)
    spoken_as: str | None = None
    #: the claimant's name before reconcile keyed it by the person holding that role
    #: ("The Minister of Public Health": described.renamed_role) or by the fuller name the
    #: incident gives the same voice ("the local governor" read as "Rahmi Dogan":
    #: claimant_names.py): the row keeps it among its `spellings`, so the voice is still found
    #: by the name its page gave
    renamed_from: str | None = None
    #: its claimant is a non-state armed group or speaks for one (armed_voice.py): the
    #: "fighters" it counts are the group's own, militants (evidence.victim)
    armed: bool = False
    #: its side is only the page's land read for a national office (claimant_sides.LandSide:
    #: "President X said", no state named for him): weaker evidence of whose voice it is,
    #: "land", or "outlet" where the page's outlet is of another state the page names
    land_side: str | None = None

    @property
    def statement(self) -> str:
        """The statement the event's figures are stated in: its claim, or the named source's
        claim its outlet relays, else the event itself."""
        return self.relayed_from or self.event.get("claim_id") or self.event_id

    @property
    def event_id(self) -> str:
        return self.event["id"]


@cache
def settings() -> dict:
    """Clustering settings from the reconcile pack, validated once."""
    pack = load_pack("reconcile")
    conf = require(pack, "reconcile", "clustering", dict)
    for key in ("anchor_max_days", "undated_lookback_days", "bucket_days", "undated_toll_min"):
        require(conf, "reconcile", key, int)
    for key in ("cell_degrees", "text_min_similarity", "text_margin", "text_alone_share",
                "text_party_share", "undated_country_toll_share", "undated_pair_min_similarity"):
        require(conf, "reconcile", key, (int, float))
    require(conf, "reconcile", "unspecific_classes", list)
    return conf


@cache
def type_groups() -> dict[str, str]:
    """PLOVER type -> compatibility group, from the reconcile pack."""
    groups = require(load_pack("reconcile"), "reconcile", "compatible_types", dict)
    out: dict[str, str] = {}
    for group, types in groups.items():
        if not isinstance(types, list):
            require({group: types}, "reconcile", group, list)
        for t in types:
            out[t] = group
    return out


@cache
def casualty_group() -> tuple[str, frozenset[str]]:
    """(group, figure categories) of the reconcile pack's `casualty_group`: the categories of
    harm (`casualties.HARMED`, the one list of them) whose figures make a report violence."""
    conf = require(load_pack("reconcile"), "reconcile", "casualty_group", dict)
    categories = frozenset(require(conf, "reconcile", "categories", list))
    if not categories <= HARMED_SET:
        raise ValueError("reconcile pack: casualty_group categories "
                         f"{sorted(categories - HARMED_SET)} are not categories of harm")
    return str(require(conf, "reconcile", "group", str)), categories


@cache
def casualty_type() -> str:
    """The reconcile pack's `casualty_type`: a deadly incident's type when none of its reports
    is typed violence (summary.incident_type)."""
    kind = str(require(load_pack("reconcile"), "reconcile", "casualty_type", str))
    if type_groups().get(kind) != casualty_group()[0]:
        raise ValueError(f"reconcile pack: casualty_type {kind} is not of the casualty group")
    return kind


def event_group(ev: dict, groups: dict[str, str]) -> str:
    """The type group an event joins incidents in: its type's, except that an event whose own
    figures count people killed or injured is violence whatever its type ("overran the camp and
    killed six", coded SEIZE; "blocked the rider and killed all three", COERCE): other reports
    of that raid tell the attack, and a seizure that kills is one occurrence with it."""
    group, categories = casualty_group()
    if any(f.get("category") in categories for f in ev.get("figures", [])):
        return group
    return groups[ev["type"]]


def date_window(when: str | None, prec: str | None) -> tuple[date, date] | None:
    """Earliest and latest day a date of this precision can mean."""
    if not when:
        return None
    try:
        d = date.fromisoformat(when[:10] if len(when) >= 10 else when[:7] + "-01")
    except ValueError:
        return None
    if len(when) == 7:
        prec = "month"
    if prec == "month":
        nxt = (d.replace(day=28) + timedelta(days=4)).replace(day=1)
        return d.replace(day=1), nxt - timedelta(days=1)
    if prec == "week":
        return d, d + timedelta(days=6)
    if prec == "year":
        return d.replace(month=1, day=1), d.replace(month=12, day=31)
    return d, d


def event_window(ev: dict, published: date | None,
                 latest: date | None = None) -> tuple[date, date] | None:
    """The event's own window, else the look-back before publication (never after it).
    `latest` is the last day the publication date can mean: a page dated "2025-04" may have
    come out on 30 April, so its undated events may lie anywhere up to then, not only in the
    days before 1 April."""
    own = date_window(ev.get("date"), ev.get("date_precision"))
    if own is not None and not mourning_day_only(ev.get("sentence") or ""):
        return own
    return lookback(published, latest, settings()["undated_lookback_days"])


def is_fine(place: dict | None) -> bool:
    return bool(place) and place.get("precision") in FINE and place.get("lat") is not None


#: A district (admin2) is read at its province: built once, admin_key runs ~10 times a report.
_AREA_PRECISIONS = (*FINE, "admin2", "admin1")


def admin_key(place: dict | None) -> tuple[str, str] | None:
    """(country, admin1) when the place is known to at least admin1 precision. A district
    (admin2: "Kabupaten Nduga" in Papua Pegunungan, "Tivoli Gardens" in Kingston) is known to
    its province, as a report at the province is: two reports at districts of one province on
    one day meet there, and a district's report of another province ("Elsewhere, jets
    pounded Zabid District") is no province-wide toll of an incident it is not in."""
    if not place or place.get("precision") not in _AREA_PRECISIONS:
        return None
    if not place.get("admin1") or not place.get("country"):
        return None
    return place["country"], place["admin1"]


def event_refs(articles: Iterable[dict]) -> Iterator[EventRef]:
    """Flatten articles (export shape) into events carrying claim, source and context: each
    page is read once (`_Page`), then each of its reports that tells an occurrence becomes a
    ref, and the page's toll claims with no event of their own join the refs they anchor to."""
    groups = type_groups()
    violent = casualty_group()[0]
    for art in articles:
        page = _Page.read(with_gathering_tolls(art, groups, violent), groups)
        built = [_event_ref(ev, page, groups) for ev in page.art.get("events", [])
                 if _tells_occurrence(ev, groups)]
        yield from with_tolls(built, toll_refs(page.art, built, page.outlets, groups))


@dataclass(slots=True)
class _Page:
    """What every report of one page is read against, worked out once per page: its dates,
    claims and outlets, the place and days it is about, and its words and names that the
    clustering passes compare between pages."""

    art: dict
    published: date | None
    #: the last day its publication date can mean ("2025-04": 30 April)
    last_day: date | None
    claims: dict[str, dict]
    origin: str
    outlets: set[str]
    attributed: dict[tuple, list[dict]]  # figures its named sources state (speakers.py)
    stated: frozenset[str]  # the figure texts of all its claims
    focus: dict | None
    filled: dict[str, tuple]
    words: frozenset[str]
    page_text: str
    villages: frozenset[str]
    unknown: dict[str, str]
    country: frozenset[str]
    features: dict[str, str]
    operation: str | None
    areas: frozenset[tuple[str, str]]
    days: frozenset[tuple[int, int]]
    weekdays: frozenset[int]
    shot: date | None
    news: dict[str, date]

    @classmethod
    def read(cls, art: dict, groups: dict[str, str]) -> _Page:
        published = published_day(art.get("published"))
        claims = {c["id"]: c for c in art.get("claims", [])}
        page_text = f"{art.get('title') or ''}\n{art.get('text') or ''}"
        days, weekdays = article_clues(art) if published is None else (frozenset(),) * 2
        # an undated page's latest removed photo caption's date
        shot = None if published else max(removed_caption_days(
            art.get("removed") or [], art.get("removed_rules") or []), default=None)
        outlets = {o for o in (art.get("original_outlet"), art.get("outlet")) if o}
        last_day = (date_window(art.get("published"), art.get("published_precision"))
                    or (None, None))[1]
        news = news_days(art.get("events", []),
                         lookback(published, last_day, settings()["undated_lookback_days"]),
                         lambda e: event_group(e, groups) if e["type"] in groups else None)
        return cls(
            art=art, published=published, last_day=last_day, claims=claims,
            origin=art.get("duplicate_of") or art["id"], outlets=outlets,
            attributed=attributed_figures(claims.values(), outlets),
            stated=frozenset().union(*map(figure_texts, claims.values())),
            focus=article_focus(art), filled=paragraph_context(art, claims),
            words=article_words(art, site_codes()), page_text=page_text,
            villages=named_villages(page_text, stop_words()), unknown=unknown_names(art),
            country=page_countries(art) | recalled_countries(art),
            features=feature_names(art), operation=article_operation(art),
            areas=frozenset(k for p in art.get("places", []) if (k := admin_key(p))),
            days=days, weekdays=weekdays, shot=shot, news=news)


def _tells_occurrence(ev: dict, groups: dict[str, str]) -> bool:
    """Whether a report tells something that happened, of a type reconcile groups: not
    negated or hypothetical, nor a running total or a spread report (counts across many
    occurrences, which no one incident holds)."""
    sentence = ev.get("sentence") or ""
    return not (ev.get("negated") or ev.get("hypothetical") or ev["type"] not in groups
                or is_running_total(sentence) or is_spread_report(sentence))


@dataclass(slots=True)
class _Voice:
    """Who tells a report, and which of its sentence's figures are not theirs."""

    claimant: str
    side: str | None
    foreign: frozenset[str]
    relayed_from: str | None  # the named source's claim an outlet's narration relays
    said: dict | None  # the claim whose speaker the report is: the one relayed, else its own
    narrated: bool  # its page's outlet tells it in its own words


def _voice(ev: dict, claim: dict | None, page: _Page) -> _Voice:
    """The report's voice: its claim's first source, except that an outlet narrating a toll a
    named source of its page states (speakers.relaying_source) relays that source. Figures
    other claims state, or that its claim's speaker denies, rejects or recalls from another
    attack, are foreign to it."""
    art = page.art
    claimant, side = claim_source(claim, art)
    foreign = others_figures(claim, page.stated) \
        | disowned_figures(claim, ev.get("sentence"), ev.get("figures"))
    relayed_from, said = None, claim
    narrated = claimant in page.outlets or claimant == "unknown outlet"
    if narrated:
        source = relaying_source(ev, page.attributed)
        if source is not None:
            claimant, side = claim_source(source, art)
            relayed_from, narrated, said = source["id"], False, source
        else:
            foreign |= summarised(ev, page.attributed)
    return _Voice(claimant, side, foreign, relayed_from, said, narrated)


def _placed(ev: dict, page: _Page, group: str) -> tuple[dict | None, str | None,
                                                        tuple[date, date] | None]:
    """(place, how it was inferred, window) of a report: its own, else what its paragraph or
    (for the place) its page is about; an undated report takes the day its page's news of its
    group is about (`news_days`), unless its page gave it its place too."""
    place, when, inferred = page.filled.get(ev["id"], (ev.get("place"), None, None))
    if inferred is None and (ev.get("place_inherited") or ev.get("date_inherited")):
        inferred = "paragraph"  # extract inherited it (stored flag)
    if place is None and page.focus is not None:
        place, inferred = page.focus, "article"
    window = date_window(*when) if when else event_window(ev, page.published, page.last_day)
    if not when and (not ev.get("date") or mourning_day_only(ev.get("sentence") or "")) \
            and group in page.news and inferred != "article":
        # the day its page's news is about; not for a report that states neither its
        # place nor its day: given both by its page, it would say what its page says
        window = (page.news[group], page.news[group])
    return place, inferred, window


def _event_ref(ev: dict, page: _Page, groups: dict[str, str]) -> EventRef:
    """The ref of one report of the page: its voice, place and window, and the page's
    context the clustering passes read."""
    art = page.art
    claim = page.claims.get(ev.get("claim_id") or "")
    voice = _voice(ev, claim, page)
    claimant, said = voice.claimant, voice.said
    # the voice's own mention: a toll an outlet narrates from a named body is that body's,
    # not a medium's (said: the claim relayed, else the claim)
    speaker = (said or {}).get("claimant")
    para = paragraph_index(art.get("text") or "", claim["start"]) if claim else None
    # a non-state armed group's voice: a party, whose "fighters" are its own
    armed = armed_voice(speaker, claimant, art)
    group = event_group(ev, groups)
    place, inferred, window = _placed(ev, page, group)
    unknown = event_unknowns(ev, place, page.unknown, page.country, page.features) \
        | (event_unknowns(ev, ev.get("place"), page.unknown, page.country, page.features)
           if inferred else frozenset())
    return EventRef(ev, art["id"], page.origin, claimant, voice.side, window, group,
                    place, inferred, para, page.published, claim["start"] if claim else 0,
                    site_key(place), words=page.words,
                    foreign=voice.foreign,
                    operation=event_operation(ev, page.operation), article_days=page.days,
                    article_weekdays=page.weekdays,
                    relayed_from=voice.relayed_from, villages=page.villages,
                    narrated=voice.narrated,
                    background=bool(ev.get("background")), caption_day=page.shot,
                    media=is_medium(speaker), owner=owner_side(speaker or {}),
                    party=is_party(speaker or {}) or armed,
                    day_known=len(art.get("published") or "") == 10,
                    page_text=page.page_text, unknown=unknown,
                    areas=page.areas, written=written_as(said, claimant, art),
                    source_text=((said or {}).get("source") or {}).get("text"),
                    spoken_as=spoken_as(said, claimant), armed=armed,
                    land_side=land_basis(voice.side),
                    renamed_from=renamed_role(said, claimant))


def with_gathering_tolls(art: dict, groups: dict[str, str], violent: str) -> dict:
    """The article with each gathering the dead died in given its claim's counts of
    casualties, when the page tells no report of violence (toll_claims.gathering_tolls): such
    a gathering is then a casualty report (`event_group`), its toll a row of its claimant."""
    tolls = gathering_tolls(art, lambda e: e.get("type") in groups
                            and event_group(e, groups) == violent)
    if not tolls:
        return art
    return {**art, "events": [{**e, "figures": [*(e.get("figures") or []), *tolls[e["id"]]]}
                              if e.get("id") in tolls else e
                              for e in art.get("events", [])]}


def toll_refs(art: dict, built: list[EventRef], outlets: set[str],
              groups: dict[str, str]) -> dict[str, list[EventRef]]:
    """Event id -> the references of the page's toll claims anchored to it (toll_claims.py):
    a named source's count of casualties in a sentence holding no event."""
    violent = casualty_group()[0]
    out: dict[str, list[EventRef]] = {}
    # the side of the page's lead report's actor: a party's bare toll is not of its attack
    told = [r for r in built if not r.background and event_group(r.event, groups) == violent]
    lead = min(told, key=lambda r: r.order, default=None)
    lead_side = mention_side(lead.event.get("actor") or {}, art) if lead else None
    # the sides that count the casualties of the page's reports of violence themselves
    counting = frozenset(r.side for r in told if any(
        f.get("category") in TOLL_CATEGORIES and (f.get("text") or "") not in r.foreign
        for f in r.event.get("figures") or []))
    for claim in event_free_tolls(art, lambda e: groups.get(e.get("type")) == violent,
                                  lambda c: not role_only(claim_source(c, art)[0]),
                                  lambda e: e.get("type") in groups):
        claimant, side = claim_source(claim, art)
        if claimant in outlets or claimant == "unknown outlet" \
                or is_running_total(claim.get("sentence") or "") \
                or is_span_toll(claim.get("sentence") or "") \
                or after_span(art.get("text") or "", claim.get("start") or 0,
                              claim.get("sentence") or "") \
                or own_dead(claim, side, lead_side, counting):
            continue
        anchor = anchor_of(claim, built, lambda e: event_group(e, groups) == violent)
        others = disowned_figures(claim, claim.get("sentence"), claim.get("figures"))
        if anchor is None or all((f.get("text") or "") in others for f in toll_figures(claim)):
            continue  # no report to anchor to, or no figure of the claim is its speaker's
        mention = claim.get("claimant") or {}
        armed = armed_voice(mention, claimant, art)
        out.setdefault(anchor.event_id, []).append(replace(
            anchor, event=toll_event(claim, anchor.event, others), claimant=claimant, side=side,
            order=claim.get("start") or 0, foreign=frozenset(), relayed_from=None,
            narrated=False, media=is_medium(mention),
            party=is_party(mention) or armed,
            tolls=(), written=written_as(claim, claimant, art),
            source_text=(claim.get("source") or {}).get("text"),
            spoken_as=spoken_as(claim, claimant), armed=armed,
            land_side=land_basis(side), renamed_from=renamed_role(claim, claimant)))
    return out


def article_clues(art: dict) -> tuple[frozenset[tuple[int, int]], frozenset[int]]:
    """(month-days, weekdays) an undated article's title and lead name: its one month-day
    (`article_days`), else, when they name no month-day, its one weekday ("the junta
    confirmed late Tuesday night"). A lead naming two of either says nothing: one of them is
    background. The weekday is no day by itself: it only picks, among the incidents near the
    article's reports, the one that fell on it (reconcile/late.py, pass 5)."""
    days, weekdays = calendar_clues(title_and_lead(art, LEAD_CHARS))
    if days:
        return (frozenset(days) if len(days) == 1 else frozenset()), frozenset()
    return frozenset(), frozenset(weekdays) if len(weekdays) == 1 else frozenset()


def disowned_figures(claim: dict | None, sentence: str | None,
                     figures: list[dict] | None) -> frozenset[str]:
    """Figure texts of a sentence that are not its speaker's own count: those of a stance
    clause, those the speaker denies or rejects, a motive's or recalled attack's toll and a
    rumoured one (recalled_tolls.py). Read alike for an event's claim and a toll claim."""
    return stance_clause_figures(claim) | denied_figures(claim) | rejected_figures(claim) \
        | recalled_figures(sentence, figures) | rumoured_figures(sentence, figures)


def figure_texts(claim: dict | None) -> frozenset[str]:
    return frozenset(f.get("text") or "" for f in (claim or {}).get("figures") or [])


def others_figures(claim: dict | None, stated: frozenset[str]) -> frozenset[str]:
    """Figure texts other claims of the article state and this claim does not. An event shares
    its sentence's figures, but a figure in one clause ("the agency said ... killing up to 100,
    while the military said it struck a command centre") is the agency's, not the military's:
    reconcile does not count it for the military's event.
    `stated` is every figure text the article's claims state."""
    return stated - figure_texts(claim)


@cache
def cumulative_cues() -> re.Pattern[str]:
    """The pack's cues as one pattern matching any of them anywhere (as `cue in text` would),
    so a sentence is scanned once, not once per cue."""
    cues = [w.lower() for w in require(load_pack("reconcile"), "reconcile", "cumulative_cues",
                                       list)]
    return re.compile(alternation(cues) if cues else r"(?!)")


@cache
def _lowered_patterns(key: str) -> tuple[re.Pattern[str], ...]:
    """The reconcile pack's patterns under `key`, matched against a lower-cased sentence."""
    return tuple(re.compile(p) for p in require(load_pack("reconcile"), "reconcile", key, list))


def is_running_total(sentence: str) -> bool:
    """A war's or campaign's running toll ("has killed at least 39,699 people since October
    7", "the conflict in Yemen has resulted in killing more than 100,000"), which no one
    incident's reports share (the pack's `cumulative_cues` and `cumulative_patterns`)."""
    low = " ".join(sentence.lower().split())
    return bool(cumulative_cues().search(low)) or \
        any(p.search(low) for p in _lowered_patterns("cumulative_patterns"))


def is_spread_report(sentence: str) -> bool:
    """A report spread over the whole country ("violent clashes have erupted across the
    country", the pack's `spread_event_patterns`): its events tell no one incident's scene,
    and are not clustered. A source's count in such a sentence with no event of its own ("a
    security source indicated 500-800 deaths across the country") is still the toll of the
    page's report, counted for it (`toll_refs`), unless the sentence is a running total."""
    low = " ".join(sentence.lower().split())
    return any(p.search(low) for p in _lowered_patterns("spread_event_patterns"))


def is_days_toll(sentence: str) -> bool:
    """A toll over the days since one, told in its sentence ("27 have been killed since 10
    November", "at least 40 since the start of the week", "52 over the last three days": the
    pack's `days_toll_patterns`): a running count of several days, which may be an incident's
    toll but is no one day's, so it never stands for a page's whole toll beside a day's
    (summary.page_parts)."""
    low = " ".join(sentence.lower().split())
    return any(p.search(low) for p in _lowered_patterns("days_toll_patterns"))


def is_span_toll(sentence: str) -> bool:
    """A toll over the years since one, told in the toll's own clause ("since 2019, the clashes
    have claimed more than 500 lives", "in 2022 alone, over 1,000 were killed": the pack's
    `span_toll_patterns`): its figures are no incident's toll, though its sentence may tell an
    incident too, whose event stays."""
    low = " ".join(sentence.lower().split())
    return any(p.search(low) for p in _lowered_patterns("span_toll_patterns"))


def claim_source(claim: dict | None, art: dict,
                 seen: frozenset[str] = frozenset()) -> tuple[str, str | None]:
    """Who first made the claim (chain head) and their side; the outlet for narration.
    `seen` holds the claims already followed to this one (a role's holder, a body brought in
    by a description), so that two claims pointing at each other end where they meet."""
    chain = (claim or {}).get("chain") or []
    followed = (claim or {}).get("id") in seen
    seen = seen | {(claim or {}).get("id")}
    kept = toll_keeper((claim or {}).get("claimant") or {}, art) if chain else None
    if kept is not None:  # "according to figures released by state authorities"
        return kept["text"], claimant_side(kept, art)
    head = claim_speaker(claim or {})
    if chain and head < len(chain) - 1 and not followed and named_by_role(chain[head]) and (
            holder := role_holder(chain[head], claim, art.get("claims", []))):
        return claim_source(holder, art, seen)
    if chain and head == 0 and not followed \
            and (named := introduced_claim(claim, art)) is not None:
        return claim_source(named, art, seen)  # "a rights group counted 136 …, the
        # Collective said"
    if chain and head == 0:
        body = described_body(claim.get("claimant") or {}, art)
        if body is not None:  # "the charity said" after "Doctors Without Borders"
            return body.get("name") or body["text"], claimant_side(body, art)
        holder = role_in_source(chain[0], claim)
        mention = claim.get("claimant") or {}
        return (holder if holder != chain[0]  # ("the government of the West African
                # country", read as "West African": "government of Guinea")
                else described_land_name(mention, art) or completed_name(chain[0], mention, art)), \
            claimant_side(mention, art)
    if chain and head < len(chain) - 1:  # the head named no speaker: the next link speaks
        return chain[head], side_of_named(chain[head], art)
    return art.get("original_outlet") or art.get("outlet") or "unknown outlet", None


def published_day(value: str | None) -> date | None:
    """A stored `published` ("2020-02-10", "2020-02" or "2020") as the first day it can mean;
    None when absent or unreadable (its precision says the rest)."""
    if not value:
        return None
    try:
        return date.fromisoformat(value if len(value) == 10 else (value + "-01-01")[:10])
    except ValueError:
        return None


def event_key(event_id: str) -> str:
    """The hashed form of an event id that new incident ids are made from."""
    return "inc-" + hashlib.sha1(event_id.encode()).hexdigest()[:12]
