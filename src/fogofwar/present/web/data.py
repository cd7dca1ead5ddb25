"""What the web layer reads, with the few slow views cached until the store changes.

Lists and single records are cheap indexed queries (store/query.py) and are read per request.
Outlet framing reads every article, and the timeline every matching event and incident, so
they are computed once (the timeline per filter combination) and kept until an article is added
(the article count and largest id are checked per request, one index-only query). When
articles arrive while the server runs, their incidents are reconciled before the next read.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, func, select

from ...reconcile import outlet_framing, update_incidents
from ...reconcile.framing import _merge_case, party_terms
from ...store import Store
from ...store import query as Q
from ...store.tables import articles
from .timeline import timeline_data

TIMELINE_CACHE = 64  # filter combinations kept


class WebData:
    """The store plus caches keyed on the store's contents."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._lock = threading.Lock()
        self._stamp: tuple | None = None
        self._framing: dict | None = None
        self._outlets: list[dict] | None = None
        self._timelines: dict = {}

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        """A connection on an up-to-date store (incidents reconciled, caches fresh)."""
        self.refresh()
        with self.store.engine.connect() as conn:
            yield conn

    def refresh(self) -> None:
        with self.store.engine.connect() as conn:
            # both from the primary-key index: no pass over the articles' text
            stamp = tuple(conn.execute(select(func.count(), func.max(articles.c.id))
                                       .select_from(articles)).one())
        if stamp == self._stamp:
            return
        with self._lock:
            if stamp != self._stamp:
                with self.store.engine.connect() as conn:
                    stale = Q.unreconciled(conn)
                if stale:  # update_incidents reads every article, so only when needed
                    update_incidents(self.store)
                self._framing = self._outlets = None
                self._timelines = {}
                self._stamp = stamp

    def framing(self) -> dict:
        """Party -> outlet -> [(term, per article)], outlets with article counts (cached)."""
        self.refresh()
        cached = self._framing
        if cached is None:
            by_party, n_articles = party_terms(self.store.iter_articles())
            cached = {"outlets": dict(sorted(n_articles.items())),
                      "parties": {p: {o: _per_article(by_party[p].get(o, Counter()),
                                                      n_articles[o])
                                      for o in sorted(n_articles)}
                                  for p in sorted(by_party)}}
            self._framing = cached
        return cached


    def timeline(self, f: Q.Filters) -> dict:
        """The timeline's counts for these filters, cached until the store changes: it reads
        every matching event and incident (seconds on a large store)."""
        self.refresh()
        cached = self._timelines.get(f)
        if cached is None:
            with self.store.engine.connect() as conn:
                cached = timeline_data(conn, f)
            if len(self._timelines) >= TIMELINE_CACHE:
                self._timelines.pop(next(iter(self._timelines)))
            self._timelines[f] = cached
        return cached

    def outlets(self) -> list[dict]:
        """Outlet framing records in export shape (`export --what outlets`), cached."""
        self.refresh()
        cached = self._outlets
        if cached is None:
            cached = self._outlets = outlet_framing(self.store.iter_articles())
        return cached


def _per_article(counts: Counter[str], n: int, top: int = 5) -> list[tuple[str, float]]:
    return [(term, round(c / n, 2)) for term, c in list(_merge_case(counts).items())[:top]]
