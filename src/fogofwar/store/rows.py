"""Translate between the typed records and table rows, in both directions.

Kept apart from the SQL so that the mapping (which field goes to which column, how an inline
claimant or event place is flattened into prefixed columns) is in one place and is easy to test
for a round trip.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from ..clean.dedup import band_keys
from ..ingest.dates import format_published as published_text
from ..records import Analysis, Article, Claim, Event, Figure, Mention, Place, SourceSpan
from .tables import MENTION_FIELDS, PLACE_FIELDS, SOURCE_FIELDS

Row = dict[str, Any]


def flat(prefix: str, names: tuple[str, ...],
         item: Mention | Place | SourceSpan | None) -> Row:
    """An inline Mention or Place as `<prefix>_<field>` columns (all None when absent)."""
    return {f"{prefix}_{n}": getattr(item, n) if item else None for n in names}


def unflat(prefix: str, names: tuple[str, ...], row: Row, kind: type) -> Any:
    """The inverse of `flat`: None when the span columns are empty."""
    if row[f"{prefix}_text"] is None:
        return None
    return kind(**{n: row[f"{prefix}_{n}"] for n in names})


def article_row(a: Article) -> Row:
    return {
        "id": a.id, "source": a.source, "url": a.url, "outlet": a.outlet,
        "original_outlet": a.original_outlet, "title": a.title, "byline": a.byline,
        "published": a.published, "published_precision": a.published_precision,
        "text": a.text, "removed": list(a.removed), "duplicate_of": a.duplicate_of,
        "removed_rules": list(a.removed_rules), "published_from": a.published_from,
        "fingerprint": [int(v) for v in a.fingerprint],
        "ingested_at": datetime.now(timezone.utc),
    }


def figure_rows(article_id: str, kind: str, owner: str, figs: list[Figure]) -> list[Row]:
    return [
        {"article_id": article_id, "owner_kind": kind, "owner_id": owner, "seq": i,
         "text": f.text, "value": f.value, "low": f.low, "high": f.high, "approx": f.approx,
         "counts": f.counts, "category": f.category, "start": f.start, "end": f.end}
        for i, f in enumerate(figs)
    ]


def claim_row(article_id: str, seq: int, c: Claim) -> Row:
    return {
        "article_id": article_id, "id": c.id, "seq": seq, "sentence": c.sentence,
        "start": c.start, "end": c.end, "quote": c.quote, "cue": c.cue, "hedge": c.hedge,
        "narrator": c.narrator, "chain": list(c.chain),
        "cue_start": c.cue_start, "cue_end": c.cue_end,
        **flat("claimant", MENTION_FIELDS, c.claimant),
        **flat("source", SOURCE_FIELDS, c.source),
        "relays": [r.to_dict() for r in c.relays], "in_title": c.in_title,
    }


def event_row(article_id: str, seq: int, e: Event) -> Row:
    return {
        "article_id": article_id, "id": e.id, "seq": seq, "type": e.type, "mode": e.mode,
        **flat("actor", MENTION_FIELDS, e.actor),
        **flat("target", MENTION_FIELDS, e.target),
        **flat("place", PLACE_FIELDS, e.place),
        "date": e.date, "date_precision": e.date_precision, "claim_id": e.claim_id,
        "sentence": e.sentence, "negated": e.negated, "hypothetical": e.hypothetical,
        "trigger": e.trigger, "place_inherited": e.place_inherited,
        "date_inherited": e.date_inherited, "in_title": e.in_title,
        "background": e.background, "trigger_lemma": e.trigger_lemma,
        "trigger_pos": e.trigger_pos, "trigger_dep": e.trigger_dep, "confidence": e.confidence,
    }


def analysis_rows(an: Analysis) -> dict[str, list[Row]]:
    """Every row one article contributes, keyed by table name, in insertion order."""
    aid = an.article.id
    figs: list[Row] = []
    for c in an.claims:
        figs += figure_rows(aid, "claim", c.id, c.figures)
    for e in an.events:
        figs += figure_rows(aid, "event", e.id, e.figures)
    lines = []
    # the Cleaner learns only from articles that are not copies (clean/learned.py); storing a
    # copy's lines would make the next run's counts differ from this run's
    if an.article.outlet and an.article.duplicate_of is None:
        lines = [{"article_id": aid, "outlet": an.article.outlet, "line_key": k}
                 for k in dict.fromkeys(an.article.line_keys)]
    return {
        "articles": [article_row(an.article)],
        "article_lines": lines,
        "article_bands": [{"article_id": aid, "band": i, "band_key": k}
                          for i, k in enumerate(band_keys(an.article.fingerprint))],
        "mentions": [{"article_id": aid, "seq": i, **{n: getattr(m, n) for n in MENTION_FIELDS}}
                     for i, m in enumerate(an.actors)],
        "places": [{"article_id": aid, "seq": i, **place_dict(p)} for i, p in enumerate(an.places)],
        "claims": [claim_row(aid, i, c) for i, c in enumerate(an.claims)],
        "events": [event_row(aid, i, e) for i, e in enumerate(an.events)],
        "figures": figs,
    }


def figure_from(row: Row) -> Figure:
    return Figure(text=row["text"], value=row["value"], low=row["low"], high=row["high"],
                  approx=row["approx"], counts=row["counts"], category=row["category"],
                  start=row["start"], end=row["end"])


def claim_from(row: Row, figs: list[Figure]) -> Claim:
    return Claim(id=row["id"], sentence=row["sentence"], start=row["start"], end=row["end"],
                 quote=row["quote"], cue=row["cue"], hedge=row["hedge"],
                 claimant=unflat("claimant", MENTION_FIELDS, row, Mention),
                 chain=list(row["chain"]), figures=figs, narrator=row["narrator"],
                 cue_start=row["cue_start"], cue_end=row["cue_end"],
                 source=unflat("source", SOURCE_FIELDS, row, SourceSpan),
                 relays=[SourceSpan(**r) for r in row["relays"] or []],
                 in_title=bool(row["in_title"]))


def event_from(row: Row, figs: list[Figure]) -> Event:
    return Event(id=row["id"], type=row["type"], mode=row["mode"],
                 actor=unflat("actor", MENTION_FIELDS, row, Mention),
                 target=unflat("target", MENTION_FIELDS, row, Mention),
                 place=unflat("place", PLACE_FIELDS, row, Place),
                 date=row["date"], date_precision=row["date_precision"], figures=figs,
                 claim_id=row["claim_id"], sentence=row["sentence"], negated=row["negated"],
                 hypothetical=row["hypothetical"], trigger=row["trigger"],
                 place_inherited=row["place_inherited"], date_inherited=row["date_inherited"],
                 in_title=bool(row["in_title"]), background=bool(row["background"]),
                 trigger_lemma=row["trigger_lemma"], trigger_pos=row["trigger_pos"],
                 trigger_dep=row["trigger_dep"], confidence=row["confidence"])


def format_published(value: Any, precision: str | None) -> str | None:
    """The stored date as precise as the article's date is known (ingest's one format)."""
    return None if value is None else published_text(value, precision or "day")


def place_dict(p: Place) -> dict:
    """An article's place with its `in_title` flag always written (a headline's place has its
    offsets into the title); an event's or incident's place leaves the flag out."""
    return {**p.to_dict(), "in_title": p.in_title}


def article_dict(row: Row, actors: list[Mention], places: list[Place], claims: list[Claim],
                 events: list[Event]) -> dict:
    """One article in the export shape (DESIGN.md), plus original_outlet, byline, narrator."""
    out_claims = []
    for c in claims:
        d = c.to_dict()
        d["narrator"] = c.narrator
        out_claims.append(d)
    return {
        "id": row["id"], "source": row["source"], "url": row["url"], "outlet": row["outlet"],
        "original_outlet": row["original_outlet"], "title": row["title"],
        "byline": row["byline"],
        "published": format_published(row["published"], row["published_precision"]),
        "published_precision": row["published_precision"], "text": row["text"],
        "removed": list(row["removed"]), "duplicate_of": row["duplicate_of"],
        "removed_rules": list(row["removed_rules"] or []),
        "published_from": row["published_from"],
        "actors": [m.to_dict() for m in actors], "places": [place_dict(p) for p in places],
        "claims": out_claims, "events": [e.to_dict() for e in events],
    }
