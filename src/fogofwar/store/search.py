"""Full-text search over articles: SQLite FTS5 or PostgreSQL text search, same interface.

The index itself is made by migration 0008. Queries are SQLAlchemy expressions with the user's
words as a bound parameter, never pasted into SQL. FTS5 has a query syntax of its own (quotes,
AND/OR/NOT, `col:`), and a query it cannot parse is the user's mistake, so it becomes
`SearchSyntaxError` (the API answers 400) rather than a database error. PostgreSQL's
`websearch_to_tsquery` accepts any input, so it never raises.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import (
    Column,
    Connection,
    Float,
    MetaData,
    Select,
    Table,
    Text,
    func,
    literal,
    literal_column,
    select,
)
from sqlalchemy.exc import OperationalError

from ..errors import SearchSyntaxError
from .tables import articles

FTS_TABLE = "articles_fts"
#: Marks around matched words in snippets: control characters no article text keeps.
MARK_START, MARK_END = "\x02", "\x03"
_PG_CONFIG = "english"

fts = Table(FTS_TABLE, MetaData(), Column("id", Text), Column("title", Text),
            Column("outlet", Text), Column("text", Text), Column("rank", Float))


@dataclass(frozen=True)
class Hit:
    """One matching article: its id, and a snippet of its text with matches between marks."""

    id: str
    snippet: str


def _sqlite_hits(q: str, snippets: bool) -> Select:
    table = literal_column(FTS_TABLE)
    cols = [fts.c.id.label("id"), fts.c.rank.label("rank")]
    if snippets:
        cols.append(func.snippet(table, 3, MARK_START, MARK_END, "…", 24).label("snippet"))
    return select(*cols).where(table.op("MATCH")(q))


def _pg_document():
    return (func.coalesce(articles.c.title, "") + " " + func.coalesce(articles.c.outlet, "")
            + " " + articles.c.text)


def _pg_hits(q: str, snippets: bool) -> Select:
    query = func.websearch_to_tsquery(_PG_CONFIG, q)
    vector = func.to_tsvector(_PG_CONFIG, _pg_document())
    cols = [articles.c.id.label("id"), (-func.ts_rank(vector, query)).label("rank")]
    if snippets:
        options = literal(f"StartSel={MARK_START}, StopSel={MARK_END}, MaxWords=30, MinWords=12")
        cols.append(func.ts_headline(_PG_CONFIG, articles.c.text, query, options)
                    .label("snippet"))
    return select(*cols).where(vector.op("@@")(query))


def hits_query(conn: Connection, q: str, snippets: bool = False) -> Select:
    """A select of (id, rank[, snippet]) for articles matching `q`; lower rank is better.

    Snippets cost a pass over each matching text, so ask for them for one page of ids only."""
    if conn.dialect.name == "sqlite":
        return _sqlite_hits(q, snippets)
    return _pg_hits(q, snippets)


def run_search(conn: Connection, query: Select) -> list:
    """Execute a query built on `hits_query`; FTS syntax errors become SearchSyntaxError."""
    try:
        return list(conn.execute(query))
    except OperationalError as exc:
        reason = str(exc.orig).splitlines()[0] if exc.orig else "cannot parse"
        raise SearchSyntaxError(f"bad search query: {reason}") from None
