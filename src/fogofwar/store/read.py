"""Read articles back in the export shape, streaming page by page.

Articles come from one cursor in `published, id` order; their children (mentions, places,
claims, events, figures) are fetched per page of article ids with one indexed query per table,
so memory holds one page, never the corpus, and the query count grows with pages, not rows.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence

from sqlalchemy import Connection, Table, select

from ..records import Claim, Event, Figure, Mention, Place
from . import rows as R
from .tables import (
    MENTION_FIELDS,
    PLACE_FIELDS,
    articles,
    claims,
    events,
    figures,
    mentions,
    places,
)

PAGE = 200


def _children(conn: Connection, table: Table, ids: Sequence[str]) -> dict[str, list[R.Row]]:
    """Rows of `table` for these articles, grouped by article and in stored order."""
    order = [table.c.article_id, table.c.seq]
    if table is figures:
        order = [figures.c.article_id, figures.c.owner_kind, figures.c.owner_id, figures.c.seq]
    out: dict[str, list[R.Row]] = defaultdict(list)
    result = conn.execute(select(table).where(table.c.article_id.in_(ids)).order_by(*order))
    keys = list(result.keys())  # plain rows zipped with the column names: the same dicts as
    at = keys.index("article_id")  # .mappings() gives, without a mapping view per row
    for row in result:
        out[row[at]].append(dict(zip(keys, row, strict=True)))
    return out


def _place(row: R.Row) -> Place:
    return Place(**{k: row[k] for k in PLACE_FIELDS}, role=row["role"],
                 in_title=bool(row["in_title"]))


def _page(conn: Connection, page: Sequence[R.Row]) -> Iterator[dict]:
    ids = [r["id"] for r in page]
    ments, plcs = _children(conn, mentions, ids), _children(conn, places, ids)
    clms, evts = _children(conn, claims, ids), _children(conn, events, ids)
    figs: dict[tuple[str, str, str], list[Figure]] = defaultdict(list)
    for rows in _children(conn, figures, ids).values():
        for f in rows:
            figs[(f["article_id"], f["owner_kind"], f["owner_id"])].append(R.figure_from(f))
    for row in page:
        aid = row["id"]
        actors = [Mention(**{k: m[k] for k in MENTION_FIELDS}) for m in ments[aid]]
        plc = [_place(p) for p in plcs[aid]]
        cl: list[Claim] = [R.claim_from(c, figs[(aid, "claim", c["id"])]) for c in clms[aid]]
        ev: list[Event] = [R.event_from(e, figs[(aid, "event", e["id"])]) for e in evts[aid]]
        yield R.article_dict(row, actors, plc, cl, ev)


def iter_article_dicts(conn: Connection) -> Iterator[dict]:
    """Every stored article in export shape, ordered by publication date (unknown last) then id."""
    query = select(articles).order_by(articles.c.published.asc().nulls_last(), articles.c.id)
    result = conn.execution_options(yield_per=PAGE).execute(query).mappings()
    for page in result.partitions():
        yield from _page(conn, [dict(r) for r in page])


def iter_article_places(conn: Connection) -> Iterator[list[dict]]:
    """Each stored article's places in export shape, in `iter_article_dicts` order: what the
    corpus coherence pass reads, without the texts, claims and events."""
    query = select(articles.c.id).order_by(articles.c.published.asc().nulls_last(),
                                           articles.c.id)
    result = conn.execution_options(yield_per=PAGE).execute(query)
    for page in result.partitions():
        ids = [r[0] for r in page]
        plcs = _children(conn, places, ids)
        for aid in ids:
            yield [R.place_dict(_place(p)) for p in plcs[aid]]


def article_dicts(conn: Connection, ids: Sequence[str]) -> list[dict]:
    """The articles with these ids in export shape, in the order of `ids` (unknown ids left out)."""
    found = {r["id"]: dict(r) for r in conn.execute(
        select(articles).where(articles.c.id.in_(list(ids)))).mappings()}
    return list(_page(conn, [found[i] for i in ids if i in found]))


def _owned_figures(conn: Connection, kind: str,
                   rows: Sequence[R.Row]) -> dict[tuple[str, str], list[Figure]]:
    """Figures of these claim or event rows, keyed by (article id, owner id)."""
    keys = {(r["article_id"], r["id"]) for r in rows}
    query = (select(figures).where(figures.c.owner_kind == kind,
                                   figures.c.article_id.in_({a for a, _ in keys}),
                                   figures.c.owner_id.in_({o for _, o in keys}))
             .order_by(figures.c.article_id, figures.c.owner_id, figures.c.seq))
    out: dict[tuple[str, str], list[Figure]] = defaultdict(list)
    for f in conn.execute(query).mappings():
        if (f["article_id"], f["owner_id"]) in keys:
            out[(f["article_id"], f["owner_id"])].append(R.figure_from(f))
    return out


def event_records(conn: Connection, rows: Sequence[R.Row]) -> list[Event]:
    """Event rows (as selected from `events`) as records with their figures."""
    figs = _owned_figures(conn, "event", rows)
    return [R.event_from(r, figs[(r["article_id"], r["id"])]) for r in rows]


def claim_records(conn: Connection, rows: Sequence[R.Row]) -> list[Claim]:
    """Claim rows (as selected from `claims`) as records with their figures."""
    figs = _owned_figures(conn, "claim", rows)
    return [R.claim_from(r, figs[(r["article_id"], r["id"])]) for r in rows]
