"""What the Cleaner asks of the store during an ingest, one indexed query at a time.

The Cleaner used to load every stored fingerprint into an in-memory LSH index and every line
count into dictionaries, so an ingest's memory grew with the corpus. Now it asks, per article,
for the stored articles sharing an LSH band key (`article_bands`) and for the counts of its
own lines (`article_lines`), and holds only the articles of this run not yet stored.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date, datetime, timezone

from sqlalchemy import Engine, bindparam, func, select

from ..clean.dedup import band_keys
from .tables import article_bands, article_lines, articles

log = logging.getLogger(__name__)

#: Ids per query: well under SQLite's bound-parameter limit.
CHUNK = 500

#: The two queries the Cleaner makes for every article, built once with an expanding list
#: parameter (the same SQL, one bound value per id or key): building the statement and its
#: cache key again per call cost more than the indexed look-up itself.
_STORED_IDS = select(articles.c.id).where(articles.c.id.in_(bindparam("ids", expanding=True)))
_LINE_COUNTS = select(article_lines.c.line_key, func.count(article_lines.c.article_id)).where(
    article_lines.c.outlet == bindparam("outlet"),
    article_lines.c.line_key.in_(bindparam("keys", expanding=True))).group_by(
    article_lines.c.line_key)


def _utc(value: datetime | str | None) -> datetime | None:
    """A stored timestamp as naive UTC (SQLite hands it back naive, PostgreSQL aware)."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if value is None or value.tzinfo is None:
        return value
    return value.astimezone(timezone.utc).replace(tzinfo=None)


class CleanerView:
    """The store as clean/cleaner.py's StoredState, for one ingest run started now.

    Copies rank as the in-memory index ranked them: articles stored before the run first
    (originals before copies, then by publication date, unknown last, then id), then those
    stored during the run in the order they were written.
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.started = _utc(datetime.now(timezone.utc))
        self.index_fingerprints()

    def index_fingerprints(self) -> int:
        """Write the band keys of stored articles that have none (stored before migration
        0011); returns how many articles were indexed."""
        missing = select(articles.c.id, articles.c.fingerprint).where(
            ~select(article_bands.c.article_id).where(
                article_bands.c.article_id == articles.c.id).exists())
        done = 0
        with self.engine.begin() as conn:
            rows = [{"article_id": aid, "band": i, "band_key": k}
                    for aid, fp in conn.execute(missing) for i, k in enumerate(band_keys(fp or []))]
            for i in range(0, len(rows), CHUNK):
                conn.execute(article_bands.insert(), rows[i:i + CHUNK])
            done = len({r["article_id"] for r in rows})
        if done:
            log.info("indexed the fingerprints of %d stored articles", done)
        return done

    def stored_ids(self, ids: Sequence[str]) -> set[str]:
        found: set[str] = set()
        with self.engine.connect() as conn:
            for i in range(0, len(ids), CHUNK):
                found.update(conn.execute(_STORED_IDS, {"ids": list(ids[i:i + CHUNK])}).scalars())
        return found

    def copy_candidates(self, keys: Sequence[int]) -> list[tuple[str, list[int], tuple]]:
        if not keys:
            return []
        sharing = select(article_bands.c.article_id).where(article_bands.c.band_key.in_(keys))
        q = select(articles.c.id, articles.c.fingerprint, articles.c.duplicate_of,
                   articles.c.published, articles.c.ingested_at).where(articles.c.id.in_(sharing))
        with self.engine.connect() as conn:
            return [(aid, list(fp or []), self._rank(aid, dup, published, ingested))
                    for aid, fp, dup, published, ingested in conn.execute(q)]

    def _rank(self, aid: str, dup: str | None, published: date | None,
              ingested: datetime | str | None) -> tuple:
        at = _utc(ingested)
        if at is not None and self.started is not None and at >= self.started:
            return (1, at, aid)
        return (0, dup is not None, published is None, published or date.min, aid)

    def line_counts(self, outlet: str, keys: Sequence[str]) -> dict[str, int]:
        out: dict[str, int] = {}
        with self.engine.connect() as conn:
            for i in range(0, len(keys), CHUNK):
                chunk = {"outlet": outlet, "keys": list(keys[i:i + CHUNK])}
                out.update({k: n for k, n in conn.execute(_LINE_COUNTS, chunk)})
        return out
