"""What `watch` remembers about feed items, so restarts neither duplicate nor forget work.

An item is recorded only after its article is written (or after its page failed), so a crash
in between means the item is fetched again and its article, already stored, is a no-op.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import and_, select
from sqlalchemy.exc import SQLAlchemyError

from ..errors import StoreError
from .store import Store
from .tables import articles, feed_items

#: SQL parameter lists stay under SQLite's limit.
_CHUNK = 500


@dataclass(frozen=True)
class ItemState:
    status: str      # stored | failed | refused
    attempts: int

    def settled(self, max_attempts: int) -> bool:
        """Whether the item needs no more fetching: stored, refused, or failed too often."""
        return self.status in ("stored", "refused") or self.attempts >= max_attempts


class FeedState:
    """Reads and writes the `feed_items` table of one store."""

    def __init__(self, store: Store) -> None:
        self.engine = store.engine

    def known(self, feed_url: str, keys: Iterable[str]) -> dict[str, ItemState]:
        """State of those of `keys` already recorded for this feed."""
        keys = list(keys)
        found: dict[str, ItemState] = {}
        c = feed_items.c
        with self.engine.connect() as conn:
            for i in range(0, len(keys), _CHUNK):
                q = select(c.item_key, c.status, c.attempts).where(
                    and_(c.feed_url == feed_url, c.item_key.in_(keys[i:i + _CHUNK])))
                found.update({k: ItemState(s, n) for k, s, n in conn.execute(q)})
        return found

    def url_stored(self, url: str) -> bool:
        """Whether an article with this URL is already in the store."""
        with self.engine.connect() as conn:
            return conn.execute(select(articles.c.id).where(articles.c.url == url)
                                .limit(1)).first() is not None

    def record(self, feed_url: str, key: str, url: str, *, title: str | None = None,
               published: str | None = None, error: str | None = None,
               refused: bool = False) -> None:
        """Mark an item stored (no error), failed once more, or refused (for good)."""
        now = datetime.now(timezone.utc)
        c = feed_items.c
        where = and_(c.feed_url == feed_url, c.item_key == key)
        status = "refused" if refused else "failed" if error else "stored"
        try:
            with self.engine.begin() as conn:
                row = conn.execute(select(c.attempts).where(where)).first()
                if row is None:
                    conn.execute(feed_items.insert().values(
                        feed_url=feed_url, item_key=key, url=url, title=title,
                        published=published, status=status, attempts=1, error=error,
                        first_seen=now, last_tried=now))
                else:
                    conn.execute(feed_items.update().where(where).values(
                        status=status, attempts=row.attempts + 1, error=error, last_tried=now))
        except SQLAlchemyError as exc:
            reason = str(getattr(exc, "orig", exc)).splitlines()[0]
            raise StoreError(f"cannot record feed item {key}: {reason}") from exc
