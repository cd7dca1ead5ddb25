"""Typed records passed from stage to stage.

Every stage takes and returns these, never loose dicts, so that the contract between stages
is visible in one place. Field names follow the export schema in DESIGN.md; `to_dict` on each
record gives exactly the exported shape.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date
from functools import cache


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    """A record class's field names in declaration order (asked once per class)."""
    return tuple(f.name for f in fields(cls))


def flat_dict(record: object) -> dict:
    """`dataclasses.asdict` for a record whose fields all hold scalars (str, number, None):
    the same dict, without asdict's recursion and deep copy of every value, which was a fifth
    of the store's write and read time (profiled on 100 news articles)."""
    return {name: getattr(record, name) for name in _field_names(type(record))}


@dataclass
class Document:
    """One raw input item as ingest found it, before any cleaning.

    `source` names where it came from (a path, `path#line` for JSONL, or a URL) so that a
    warning or an error can point at it.
    """

    source: str
    text: str | None = None
    html: str | None = None
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: str | None = None
    published_precision: str | None = None
    original_outlet: str | None = None
    #: Problems with the metadata that did not stop the document ("field 'published': ..."),
    #: reported with `source` and counted in the ingest summary.
    warnings: list[str] = field(default_factory=list)


@dataclass
class Article:
    """A cleaned article: main text, metadata and what cleaning removed.

    `id` is a hash of the cleaned text and outlet, so re-ingesting the same content gives the
    same id and the store can treat it as a no-op.
    """

    id: str
    source: str
    text: str
    url: str | None = None
    outlet: str | None = None
    original_outlet: str | None = None
    title: str | None = None
    byline: str | None = None
    published: date | None = None
    published_precision: str | None = None  # day | month | year | None
    removed: list[str] = field(default_factory=list)
    duplicate_of: str | None = None
    #: The rule that took each line of `removed` (same order): a boilerplate pattern's name,
    #: a single-page rule (dateline, menu, headline_run, ...), "signature" or "learned".
    removed_rules: list[str] = field(default_factory=list)
    #: Where the publication date was read: "metadata", "url", or the page line it came from.
    published_from: str | None = None
    #: Whether the title was printed (a page line or the page's metadata) rather than spelled
    #: from the URL's slug; None when unknown (an article not built by the cleaner, or stored).
    title_printed: bool | None = None
    #: MinHash hash values of the text's word shingles; the store keeps them so that later
    #: runs can link syndicated copies of articles stored earlier.
    fingerprint: list[int] = field(default_factory=list, repr=False)
    #: Keys of the article's candidate boilerplate lines (before removal); the store counts them
    #: per outlet, and a line seen in several articles of one outlet becomes boilerplate.
    line_keys: list[str] = field(default_factory=list, repr=False)


@dataclass
class Mention:
    """An actor mention, resolved where the packs know the actor."""

    text: str
    start: int
    end: int
    actor_id: str | None = None
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    side: str | None = None
    #: Generic class of the actor ("unidentified_armed_group", "security_forces", "civilians";
    #: see actor_classes.yaml), exported as `class`: kept for actors no pack names.
    actor_class: str | None = None

    def to_dict(self) -> dict:
        d = flat_dict(self)
        d["class"] = d.pop("actor_class")
        return d


@dataclass
class Place:
    """A toponym resolved against the gazetteer."""

    text: str
    start: int
    end: int
    name: str | None = None
    geonames_id: int | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    admin1: str | None = None
    feature_code: str | None = None
    precision: str | None = None  # site | point | town | admin2 | admin1 | country
    #: For a named site (precision "site"), or a village the gazetteer lacks: the town or area
    #: it is in, whose coordinates it carries.
    within: str | None = None
    #: location | actor ("Moscow said") | demonym ("Russian troops") | associated
    #: ("Turkish-backed"); events use locations only
    role: str = "location"
    #: Named in the headline: its offsets are into the title, not `text` (analysis.py).
    in_title: bool = False

    def to_dict(self) -> dict:
        d = flat_dict(self)
        if not d["in_title"]:
            del d["in_title"]  # an event's or incident's place keeps its fields
        return d


@dataclass
class Figure:
    """A number as reported: value with bounds, what it counts and its category."""

    text: str
    value: float | None
    low: float | None
    high: float | None
    approx: bool
    counts: str | None
    category: str
    start: int = 0
    end: int = 0

    def to_dict(self) -> dict:
        d = flat_dict(self)
        del d["start"], d["end"]
        return d


@dataclass
class DateRef:
    """A date expression resolved against the article's publication date."""

    text: str
    start: int
    end: int
    value: date | None
    precision: str | None  # day | month | year | None when unresolved


@dataclass
class SourceSpan:
    """A claim's source as its own sentence writes it ("he", "the ministry", "a spokesman"),
    beside the actor it resolves to (the claimant): readers and scorers need both."""

    text: str
    start: int
    end: int
    #: A relay's part in the claim's sentence (`RELAY_KINDS`); None on a claim's source.
    kind: str | None = None

    def to_dict(self) -> dict:
        d = flat_dict(self)
        if d["kind"] is None:
            del d["kind"]  # a source's export keeps its three fields
        return d


#: How a claim's sentence writes a relay, for readers who ask whose report it is as written:
#: "voice" speaks with a reporting cue of its own there ("according to Reuters", "Reuters
#: reported that X said", "the paper quoted X"), the outer source of the report as written;
#: "recipient" is named by the speaker's own cue as who heard or passed the words on ("X told
#: Reuters", "in an interview with Reuters", "quoted by Reuters"), the speaker staying the
#: source as written; "beside" speaks with a cue of its own next to the source's words but
#: does not frame them ("X said …, and Y said …"); "elsewhere" is written outside the claim
#: (the speaker's earlier "told Reuters", a dateline credit).
RELAY_KINDS = ("voice", "beside", "recipient", "elsewhere")


@dataclass
class Claim:
    """A statement with who makes it, through whom, and how firmly."""

    id: str
    sentence: str
    start: int
    end: int
    quote: bool
    cue: str | None
    hedge: str | None
    claimant: Mention | None
    chain: list[str]
    figures: list[Figure] = field(default_factory=list)
    narrator: bool = False
    cue_start: int | None = None
    cue_end: int | None = None
    source: SourceSpan | None = None
    #: Intermediaries as written ("told TASS": TASS), in chain order after the source.
    relays: list[SourceSpan] = field(default_factory=list)
    #: Stated in the headline: its offsets (and its claimant's) are into the title, not `text`.
    in_title: bool = False

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "quote": self.quote,
            "cue": self.cue,
            "hedge": self.hedge,
            "claimant": self.claimant.to_dict() if self.claimant else None,
            "chain": list(self.chain),
            "figures": [f.to_dict() for f in self.figures],
            "cue_start": self.cue_start,
            "cue_end": self.cue_end,
            "source": self.source.to_dict() if self.source else None,
            "relays": [r.to_dict() for r in self.relays],
            "in_title": self.in_title,
        }


@dataclass
class Event:
    """A PLOVER-typed event as one claim reports it."""

    id: str
    type: str
    mode: str | None
    actor: Mention | None
    target: Mention | None
    place: Place | None
    date: date | None
    date_precision: str | None
    figures: list[Figure]
    claim_id: str | None
    sentence: str
    negated: bool = False
    hypothetical: bool = False
    trigger: str | None = None
    place_inherited: bool = False
    date_inherited: bool = False
    #: Stated in the headline: its mentions' offsets are into the title, not `text`.
    in_title: bool = False
    #: Recalled, not reported: the page tells it as background to its news ("since the
    #: October 7 attack", "Earlier this week, rockets hit ..."; extract/events/background.py).
    background: bool = False
    #: The trigger word's lemma, part of speech and dependency label as the parse read them.
    trigger_lemma: str | None = None
    trigger_pos: str | None = None
    trigger_dep: str | None = None
    #: The event filter's estimate (0-1) that the page reports this event as real
    #: (extract/events/confidence.py); None before the filter ran.
    confidence: float | None = None

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "type": self.type,
            "mode": self.mode,
            "actor": self.actor.to_dict() if self.actor else None,
            "target": self.target.to_dict() if self.target else None,
            "place": self.place.to_dict() if self.place else None,
            "date": self.date.isoformat() if self.date else None,
            "date_precision": self.date_precision,
            "figures": [f.to_dict() for f in self.figures],
            "claim_id": self.claim_id,
            "sentence": self.sentence,
            "negated": self.negated,
            "hypothetical": self.hypothetical,
            "place_inherited": self.place_inherited,
            "date_inherited": self.date_inherited,
            "in_title": self.in_title,
            "background": self.background,
            "trigger": {"text": self.trigger, "lemma": self.trigger_lemma,
                        "pos": self.trigger_pos, "dep": self.trigger_dep},
            "confidence": self.confidence,
        }


@dataclass
class Analysis:
    """Everything the pipeline found in one article; what the store writes in one transaction."""

    article: Article
    actors: list[Mention] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
