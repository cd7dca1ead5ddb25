"""Filtered, paginated reads for the API and dashboard: which rows match, and how many.

One `Filters` value means the same thing for every kind of record. An event matches on its own
date, type, actor or target, place (bbox) and incident's corroboration, its claim's claimant
and side, and its article's outlet; an article, claim or incident matches when one of its
events (or mentions, or claims) does. Every value reaches SQL as a bound parameter; `LIKE`
wildcards in user input are escaped. The records themselves are built by `read.py`, so the
row-to-record mapping stays in one place.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import date

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    and_,
    exists,
    func,
    literal_column,
    or_,
    select,
    tuple_,
)

from .read import article_dicts, claim_records, event_records
from .search import MARK_END, MARK_START, hits_query, run_search
from .tables import (
    articles,
    claims,
    events,
    incident_events,
    incidents,
    mentions,
    reconciled_articles,
)

BBox = tuple[float, float, float, float]  # west, south, east, north


@dataclass(frozen=True)
class Filters:
    """What the user narrowed the view to; None means no constraint."""

    date_from: date | None = None
    date_to: date | None = None
    type: str | None = None
    actor: str | None = None
    side: str | None = None
    outlet: str | None = None
    claimant: str | None = None
    corroboration: str | None = None
    bbox: BBox | None = None

    def as_params(self) -> dict[str, str]:
        """The filters as URL query parameters (for links that keep the current view)."""
        out = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if value is not None:
                out[f.name] = ",".join(map(str, value)) if f.name == "bbox" else str(value)
        return out


@dataclass(frozen=True)
class Page:
    """One page of results and the number of matches in all."""

    total: int
    items: list[dict]


def _like(column, value: str) -> ColumnElement:
    return column.icontains(value, autoescape=True)


def _same(column, value: str) -> ColumnElement:
    return func.lower(column) == value.lower()


def _who(prefix: str, table, value: str) -> ColumnElement:
    """A mention (inline columns `<prefix>_*`) named or identified by `value`."""
    c = table.c
    return or_(_like(c[f"{prefix}_name"], value), _like(c[f"{prefix}_text"], value),
               c[f"{prefix}_actor_id"] == value)


# Aliases for the EXISTS clauses on events, so they never correlate with an outer query
# that already selects from the same table (events joined to articles, say).
_ev_claim = claims.alias("ev_claim")
_ev_article = articles.alias("ev_article")
_ev_member = incident_events.alias("ev_member")
_ev_incident = incidents.alias("ev_incident")


def _outlet_is(table, outlet: str) -> ColumnElement:
    """The article's outlet, or the outlet it reposts, is `outlet` (any case)."""
    return or_(_same(table.c.outlet, outlet), _same(table.c.original_outlet, outlet))


def _claim_of_event():
    return and_(_ev_claim.c.article_id == events.c.article_id,
                _ev_claim.c.id == events.c.claim_id)


def _event_conditions(f: Filters, *, dates: bool = True) -> list[ColumnElement]:
    """Conditions on `events` (with its claim, article and incident reachable by EXISTS)."""
    conds: list[ColumnElement] = []
    if dates and f.date_from:
        conds.append(events.c.date >= f.date_from)
    if dates and f.date_to:
        conds.append(events.c.date <= f.date_to)
    if f.type:
        conds.append(events.c.type == f.type.upper())
    if f.actor:
        conds.append(or_(_who("actor", events, f.actor), _who("target", events, f.actor)))
    if f.side:
        # uncorrelated: the side's claims are listed once (by index), not probed per event
        sided = select(_ev_claim.c.article_id, _ev_claim.c.id).where(
            _ev_claim.c.claimant_side == f.side)
        conds.append(or_(events.c.actor_side == f.side, events.c.target_side == f.side,
                         tuple_(events.c.article_id, events.c.claim_id).in_(sided)))
    if f.claimant:
        conds.append(exists().where(_claim_of_event(),
                                    _who("claimant", _ev_claim, f.claimant)))
    if f.outlet:
        conds.append(exists().where(_ev_article.c.id == events.c.article_id,
                                    _outlet_is(_ev_article, f.outlet)))
    if f.corroboration:
        conds.append(exists().where(
            _ev_member.c.article_id == events.c.article_id,
            _ev_member.c.event_id == events.c.id,
            _ev_incident.c.id == _ev_member.c.incident_id,
            _ev_incident.c.payload["corroboration"].as_string() == f.corroboration))
    if f.bbox:
        west, south, east, north = f.bbox
        conds += [events.c.place_lon.between(west, east), events.c.place_lat.between(south, north)]
    return conds


def _page(conn: Connection, query: Select, order: Sequence, limit: int, offset: int,
          counted: Select | None = None) -> tuple[int, list]:
    """Total matches (of `counted`, a leaner select of the same rows, if given) and one page."""
    total = conn.execute(select(func.count()).select_from((counted if counted is not None
                                                           else query).subquery())).scalar_one()
    rows = conn.execute(query.order_by(*order).limit(limit).offset(offset)).mappings().all()
    return total, [dict(r) for r in rows]


def event_page(conn: Connection, f: Filters, limit: int, offset: int,
               located: bool = False) -> Page:
    """Events in export shape with their article id and outlet, by date then article."""
    conds = _event_conditions(f)
    if located:
        conds += [events.c.place_lat.is_not(None), events.c.place_lon.is_not(None)]
    query = select(events, articles.c.outlet.label("outlet")).join(
        articles, articles.c.id == events.c.article_id).where(*conds)
    order = (events.c.date.asc().nulls_last(), events.c.article_id, events.c.seq)
    total, rows = _page(conn, query, order, limit, offset,
                        select(events.c.article_id, events.c.id).where(*conds))
    items = []
    for row, ev in zip(rows, event_records(conn, rows), strict=True):
        items.append({**ev.to_dict(), "article_id": row["article_id"], "outlet": row["outlet"]})
    return Page(total, items)


def _published_and_outlet(f: Filters) -> list[ColumnElement]:
    """The article's own filters: publication date range and outlet."""
    conds: list[ColumnElement] = []
    if f.date_from:
        conds.append(articles.c.published >= f.date_from)
    if f.date_to:
        conds.append(articles.c.published <= f.date_to)
    if f.outlet:
        conds.append(_outlet_is(articles, f.outlet))
    return conds


def _article_conditions(f: Filters) -> list[ColumnElement]:
    """Conditions on `articles`: own date and outlet; the rest through events and claims."""
    conds = _published_and_outlet(f)
    if f.actor:
        conds.append(exists().where(mentions.c.article_id == articles.c.id,
                                    or_(_like(mentions.c.name, f.actor),
                                        _like(mentions.c.text, f.actor),
                                        mentions.c.actor_id == f.actor)))
    if f.claimant:
        conds.append(exists().where(claims.c.article_id == articles.c.id,
                                    _who("claimant", claims, f.claimant)))
    if f.side:
        conds.append(or_(
            exists().where(claims.c.article_id == articles.c.id, claims.c.claimant_side == f.side),
            exists().where(mentions.c.article_id == articles.c.id, mentions.c.side == f.side)))
    by_event = Filters(type=f.type, corroboration=f.corroboration, bbox=f.bbox)
    if by_event != Filters():
        conds.append(exists().where(events.c.article_id == articles.c.id,
                                    *_event_conditions(by_event)))
    return conds


def _counted(table):
    return (select(func.count()).where(table.c.article_id == articles.c.id)
            .correlate(articles).scalar_subquery())


def _summary_columns() -> list:
    a = articles.c
    return [a.id, a.outlet, a.original_outlet, a.title, a.url, a.published,
            a.published_precision, a.duplicate_of, _counted(claims).label("n_claims"),
            _counted(events).label("n_events")]


def _summary(row: dict) -> dict:
    out = dict(row)
    out["published"] = row["published"].isoformat() if row["published"] else None
    return out


def article_page(conn: Connection, f: Filters, limit: int, offset: int) -> Page:
    """Article summaries (no text) by publication date then id."""
    conds = _article_conditions(f)
    query = select(*_summary_columns()).where(*conds)
    order = (articles.c.published.asc().nulls_last(), articles.c.id)
    total, rows = _page(conn, query, order, limit, offset, select(articles.c.id).where(*conds))
    return Page(total, [_summary(r) for r in rows])


def article(conn: Connection, article_id: str) -> dict | None:
    """One article in export shape, or None."""
    found = article_dicts(conn, [article_id])
    return found[0] if found else None


def copies_of(conn: Connection, article_id: str) -> list[dict]:
    """Summaries of stored articles linked as copies of this one."""
    query = select(*_summary_columns()).where(articles.c.duplicate_of == article_id)
    return [_summary(dict(r)) for r in conn.execute(query.order_by(articles.c.id)).mappings()]


def _claim_conditions(f: Filters) -> list[ColumnElement]:
    """Conditions on `claims` joined to their article: its date and outlet, the claimant."""
    conds = _published_and_outlet(f)
    if f.claimant:
        conds.append(_who("claimant", claims, f.claimant))
    if f.side:
        conds.append(claims.c.claimant_side == f.side)
    by_event = Filters(type=f.type, actor=f.actor, corroboration=f.corroboration, bbox=f.bbox)
    if by_event != Filters():
        conds.append(exists().where(events.c.article_id == claims.c.article_id,
                                    events.c.claim_id == claims.c.id,
                                    *_event_conditions(by_event)))
    return conds


def claim_page(conn: Connection, f: Filters, limit: int, offset: int) -> Page:
    """Claims in export shape with article id, outlet and date, by article date then order."""
    query = (select(claims, articles.c.outlet.label("outlet"),
                    articles.c.published.label("published"))
             .join(articles, articles.c.id == claims.c.article_id).where(*_claim_conditions(f)))
    order = (articles.c.published.asc().nulls_last(), claims.c.article_id, claims.c.seq)
    total, rows = _page(conn, query, order, limit, offset)
    items = []
    for row, cl in zip(rows, claim_records(conn, rows), strict=True):
        published = row["published"].isoformat() if row["published"] else None
        items.append({**cl.to_dict(), "narrator": cl.narrator, "article_id": row["article_id"],
                      "outlet": row["outlet"], "published": published})
    return Page(total, items)


def _incident_conditions(f: Filters) -> list[ColumnElement]:
    conds: list[ColumnElement] = []
    if f.date_from:
        conds.append(func.coalesce(incidents.c.date_end, incidents.c.date_start)
                     >= f.date_from.isoformat())
    if f.date_to:
        conds.append(incidents.c.date_start <= f.date_to.isoformat())
    if f.type:
        conds.append(incidents.c.type == f.type.upper())
    if f.corroboration:
        conds.append(incidents.c.payload["corroboration"].as_string() == f.corroboration)
    by_event = Filters(actor=f.actor, side=f.side, outlet=f.outlet, claimant=f.claimant,
                       bbox=f.bbox)
    if by_event != Filters():
        conds.append(exists().where(incident_events.c.incident_id == incidents.c.id,
                                    events.c.article_id == incident_events.c.article_id,
                                    events.c.id == incident_events.c.event_id,
                                    *_event_conditions(by_event)))
    return conds


def incident_page(conn: Connection, f: Filters, limit: int, offset: int) -> Page:
    """Incidents in export shape, most-reported first (as `store.iter_incidents`)."""
    conds = _incident_conditions(f)
    ids = select(incidents.c.id).where(*conds)
    order = (incidents.c.n_articles.desc(), incidents.c.date_start, incidents.c.id)
    # sort ids only, then fetch the page's payloads: sorting whole payloads is slow
    total, rows = _page(conn, ids, order, limit, offset)
    page = [r["id"] for r in rows]
    found = dict(conn.execute(select(incidents.c.id, incidents.c.payload)
                              .where(incidents.c.id.in_(page))).all())
    return Page(total, [found[i] for i in page])


def incident(conn: Connection, incident_id: str) -> dict | None:
    row = conn.execute(select(incidents.c.payload).where(incidents.c.id == incident_id)).first()
    return row[0] if row else None


def outlets(conn: Connection) -> list[str]:
    """Every outlet name stored, for the filter menus."""
    query = select(articles.c.outlet).where(articles.c.outlet.is_not(None)).distinct()
    return sorted(conn.execute(query).scalars())


def event_types(conn: Connection) -> list[str]:
    return sorted(conn.execute(select(events.c.type).distinct()).scalars())


def sides(conn: Connection) -> list[str]:
    query = select(claims.c.claimant_side).where(claims.c.claimant_side.is_not(None)).distinct()
    return sorted(conn.execute(query).scalars())


def search_page(conn: Connection, q: str, f: Filters, limit: int, offset: int) -> Page:
    """Articles matching the full-text query `q` (best first) and the filters, with snippets."""
    hits = hits_query(conn, q).subquery()
    matching = (select(hits.c.id, hits.c.rank).join(articles, articles.c.id == hits.c.id)
                .where(*_article_conditions(f)))
    total = run_search(conn, select(func.count()).select_from(matching.subquery()))[0][0]
    page = [r.id for r in run_search(conn, matching.order_by(hits.c.rank, hits.c.id)
                                     .limit(limit).offset(offset))]
    if not page:
        return Page(total, [])
    marked = hits_query(conn, q, snippets=True).where(literal_column("id").in_(page))
    snippets = {r.id: r.snippet for r in run_search(conn, marked)}
    rows = conn.execute(select(*_summary_columns()).where(articles.c.id.in_(page))).mappings()
    summaries = {r["id"]: _summary(dict(r)) for r in rows}
    return Page(total, [{**summaries[i], "snippet": snippet_parts(snippets.get(i) or "")}
                        for i in page if i in summaries])


def snippet_parts(snippet: str) -> list[dict]:
    """A marked snippet as [{text, match}] parts, so no page ever parses markup from it."""
    parts = []
    for i, chunk in enumerate(snippet.replace(MARK_END, MARK_START).split(MARK_START)):
        if chunk:
            parts.append({"text": chunk, "match": i % 2 == 1})
    return parts


__all__ = ["Filters", "Page", "article", "article_page", "claim_page", "copies_of",
           "event_page", "event_types", "incident", "incident_page", "outlets", "search_page",
           "sides", "event_counts", "incident_figures", "unreconciled"]


def event_counts(conn: Connection, f: Filters) -> list[tuple[date, str, int]]:
    """(date, type, number of events) for events dated to the day matching the filters."""
    query = (select(events.c.date, events.c.type, func.count())
             .where(events.c.date.is_not(None), events.c.date_precision == "day",
                    *_event_conditions(f))
             .group_by(events.c.date, events.c.type).order_by(events.c.date, events.c.type))
    return [tuple(r) for r in conn.execute(query)]


def incident_figures(conn: Connection, f: Filters) -> list[dict]:
    """`{date_start, date_end, figures}` of every dated incident matching the filters (for
    aggregate views); only the figures are read out of the stored JSON."""
    query = (select(incidents.c.date_start, incidents.c.date_end,
                    incidents.c.payload["figures"].label("figures"))
             .where(incidents.c.date_start.is_not(None), *_incident_conditions(f))
             .order_by(incidents.c.date_start, incidents.c.id))
    return [dict(r) for r in conn.execute(query).mappings()]


def unreconciled(conn: Connection) -> int:
    """Stored articles that reconcile has not seen yet (0: stored incidents are up to date)."""
    seen = select(reconciled_articles.c.article_id)
    query = select(func.count()).select_from(articles).where(articles.c.id.not_in(seen))
    return conn.execute(query).scalar_one()
