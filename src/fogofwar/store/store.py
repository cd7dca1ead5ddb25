"""The Store: one object over one database, with the reads and writes the pipeline needs.

State (an engine and its connection pool) is why this is a class. Each article is written in
its own transaction: all of its rows or none, and writing an article id that is already stored
changes nothing, so re-ingesting a corpus is a no-op.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache

from sqlalchemy import Insert, Select, Table, bindparam, func, select, text
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from ..config import db_url
from ..errors import StoreError
from ..records import Analysis
from .cleaner_view import CleanerView
from .engine import advisory_key, make_engine, migrate, normalise_url
from .incident_store import IncidentState, iter_payloads, read_state, replace
from .read import iter_article_dicts, iter_article_places
from .rows import analysis_rows
from .tables import (
    article_lines,
    articles,
    claims,
    events,
    mentions,
    metadata,
    places,
    reconciled_articles,
)

log = logging.getLogger(__name__)


class Store:
    """A migrated database ready for `write` and the reads that feed clean, reconcile, export."""

    url: str

    def __init__(self, url: str) -> None:
        self.url = normalise_url(url)
        self.engine = make_engine(self.url)
        migrate(self.engine, self.url)

    def has_article(self, article_id: str) -> bool:
        with self.engine.connect() as conn:
            return _exists(conn, article_id)

    def has_unreconciled(self) -> bool:
        """Whether some stored article is not yet in the incidents (e.g. a killed run's)."""
        q = select(articles.c.id).where(articles.c.id.not_in(
            select(reconciled_articles.c.article_id))).limit(1)
        with self.engine.connect() as conn:
            return conn.execute(q).first() is not None

    def write(self, analysis: Analysis) -> bool:
        """Store one article and all it holds in one transaction; False if already stored."""
        aid = analysis.article.id
        try:
            rows = analysis_rows(analysis)
            with self.engine.begin() as conn:
                if _exists(conn, aid):
                    return False
                for table, insert in _inserts():
                    if rows.get(table.name):
                        conn.execute(insert, rows[table.name])
        except IntegrityError as exc:
            if self.has_article(aid):  # another writer stored it between check and insert
                return False
            raise StoreError(f"cannot store article {aid}: {_reason(exc)}") from exc
        except (SQLAlchemyError, TypeError, ValueError) as exc:
            # TypeError/ValueError: a value the JSON serialiser rejects (psycopg raises it raw)
            raise StoreError(f"cannot store article {aid}: {_reason(exc)}") from exc
        log.debug("stored article %s", aid)
        return True

    def cleaner_state(self) -> tuple[dict[str, dict[str, int]], list[tuple[str, list[int]]]]:
        """What the Cleaner learns from: line counts per outlet, and stored fingerprints.

        A line's count is the number of stored articles of that outlet that had it. Fingerprints
        list originals before linked copies, so a new copy links to the root of its family.
        """
        lines: dict[str, dict[str, int]] = defaultdict(dict)
        count = func.count(article_lines.c.article_id)
        q = select(article_lines.c.outlet, article_lines.c.line_key, count).group_by(
            article_lines.c.outlet, article_lines.c.line_key)
        fq = select(articles.c.id, articles.c.fingerprint).order_by(
            articles.c.duplicate_of.is_not(None), articles.c.published.asc().nulls_last(),
            articles.c.id)
        with self.engine.connect() as conn:
            for outlet, key, n in conn.execute(q):
                lines[outlet][key] = n
            prints = [(aid, list(fp)) for aid, fp in conn.execute(fq) if fp]
        return dict(lines), prints

    def cleaner_view(self) -> CleanerView:
        """The store as the Cleaner asks it, per article, for stored copies and line counts
        (memory flat in corpus size; cleaner_view.py)."""
        return CleanerView(self.engine)

    def iter_articles(self) -> Iterator[dict]:
        """Articles in export shape by publication date then id, streamed page by page."""
        with self.engine.connect() as conn:
            yield from iter_article_dicts(conn)

    def iter_article_places(self) -> Iterator[list[dict]]:
        """Each article's places (export shape), in `iter_articles` order, streamed."""
        with self.engine.connect() as conn:
            yield from iter_article_places(conn)

    def incident_state(self) -> IncidentState:
        """Event -> incident memberships, incident ids and reconciled articles, as stored."""
        with self.engine.connect() as conn:
            return read_state(conn)

    def replace_incidents(self, retired: set[str], records: list[tuple[dict, list[tuple]]],
                          reconciled: list[str]) -> None:
        """Swap recomputed incidents in for `retired` ones, in one transaction."""
        try:
            with self.engine.begin() as conn:
                replace(conn, retired, records, reconciled)
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot store incidents: {_reason(exc)}") from exc

    @contextmanager
    def exclusive(self, name: str) -> Iterator[None]:
        """Hold a lock named `name` across processes for the duration of the block.

        On PostgreSQL this is a session advisory lock, so that two ingests into one database
        take turns to read, recompute and replace incidents instead of each overwriting what
        the other wrote. SQLite already admits one writer at a time per file.
        """
        if self.engine.dialect.name != "postgresql":
            yield
            return
        with self.engine.connect() as conn:
            conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": advisory_key(name)})
            conn.commit()
            try:
                yield
            finally:
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": advisory_key(name)})
                conn.commit()

    def iter_incidents(self) -> Iterator[dict]:
        """Stored incidents in export shape, most-reported first."""
        with self.engine.connect() as conn:
            yield from iter_payloads(conn)

    def counts(self) -> dict[str, int]:
        """Rows per kind; `actors` counts actor mentions, `places` place mentions."""
        tables = {"articles": articles, "claims": claims, "events": events,
                  "actors": mentions, "places": places}
        with self.engine.connect() as conn:
            return {name: conn.execute(select(func.count()).select_from(t)).scalar_one()
                    for name, t in tables.items()}

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@cache
def _inserts() -> tuple[tuple[Table, Insert], ...]:
    """Each table with its INSERT, parents first, built once: sorting the tables and building
    and hashing a fresh statement for every article cost more than some of the inserts."""
    return tuple((table, table.insert()) for table in metadata.sorted_tables)


@cache
def _exists_query() -> Select:
    return select(articles.c.id).where(articles.c.id == bindparam("article_id"))


def _exists(conn, article_id: str) -> bool:
    return conn.execute(_exists_query(), {"article_id": article_id}).first() is not None


def _reason(exc: Exception) -> str:
    return str(getattr(exc, "orig", None) or exc).splitlines()[0]


def open_store(url: str | None = None) -> Store:
    """A Store for `url`, or for config.db_url() (FOGOFWAR_DB, else sqlite:///fogofwar.db)."""
    return Store(db_url(url))
