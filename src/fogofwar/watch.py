"""watch: poll RSS/Atom feeds and ingest each item's page once, across polls and restarts.

Each poll fetches a feed (guarded like every fetch: ingest.fetch), skips the items the store
already knows (`feed_items`, or an article stored under the item's URL), fetches the rest and
runs them through the same pipeline as `ingest`. An item is recorded as stored only after its
article is written, so a watcher killed at any point neither loses nor duplicates an article.
A page that fails is retried on later polls, up to config.WATCH_MAX_ATTEMPTS times; a page
refused by the fetcher's rules (address, type, size) is not retried, since retrying cannot help.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from . import config
from .errors import FetchError, FetchRefused
from .ingest.documents import url_document
from .ingest.feeds import FeedItem, parse_feed
from .ingest.fetch import FEED_TYPES, Fetcher, FetchPolicy
from .pipeline import IngestSummary, process_documents
from .reconcile import update_incidents
from .records import Document
from .store import Store
from .store.feed_state import FeedState

log = logging.getLogger(__name__)
OnError = Callable[[str, str], None]


@dataclass
class Poll:
    """What one poll of one feed did: the fields of its log line."""

    feed: str
    new: int = 0      # items fetched and ingested this poll
    seen: int = 0     # items dealt with before (stored, or given up after repeated failures)
    errors: int = 0   # the feed itself or item pages that failed this poll
    stored: int = 0   # new articles (an item whose text is already stored adds none)


def _log_error(source: str, reason: str) -> None:
    log.warning("%s: %s", source, reason)


def _unseen(feed_url: str, items: list[FeedItem], state: FeedState, poll: Poll) -> list[FeedItem]:
    """Items not yet dealt with; items whose page is already stored are recorded as such."""
    known = state.known(feed_url, [item.key for item in items])
    todo = []
    for item in items:
        seen = known.get(item.key)
        if seen and seen.settled(config.WATCH_MAX_ATTEMPTS):
            poll.seen += 1
        elif state.url_stored(item.url):
            state.record(feed_url, item.key, item.url, title=item.title, published=item.published)
            poll.seen += 1
        else:
            todo.append(item)
    return todo


class _ItemPages:
    """Documents for the unseen items, fetched lazily as the pipeline asks for them.

    `stored()` is the pipeline's per-document callback: the k-th call means the k-th yielded
    document's batch is written, so that item is recorded then, not at the end of the poll.
    """

    def __init__(self, feed_url: str, fetcher: Fetcher, state: FeedState, poll: Poll,
                 on_error: OnError) -> None:
        self.feed_url, self.fetcher, self.state = feed_url, fetcher, state
        self.poll, self.on_error = poll, on_error
        self.yielded: list[FeedItem] = []
        self.done = 0

    def documents(self, items: list[FeedItem]) -> Iterator[Document]:
        for item in items:
            meta = {"title": item.title, "published": item.published,
                    "published_precision": "day" if item.published else None}
            try:
                doc = url_document(item.url, self.fetcher, {k: v for k, v in meta.items() if v})
            except FetchError as exc:
                self.poll.errors += 1
                reason = str(exc).removeprefix(f"{item.url}: ")
                self.state.record(self.feed_url, item.key, item.url, title=item.title,
                                  published=item.published, error=reason,
                                  refused=isinstance(exc, FetchRefused))
                self.on_error(item.url, reason)
                continue
            self.yielded.append(item)
            yield doc

    def stored(self) -> None:
        item = self.yielded[self.done]
        self.done += 1
        self.state.record(self.feed_url, item.key, item.url, title=item.title,
                          published=item.published)


def poll_feed(feed_url: str, store: Store, fetcher: Fetcher,
              on_error: OnError = _log_error) -> Poll:
    """Poll one feed once and ingest its new items; failures are counted, never raised."""
    poll = Poll(feed_url)
    try:
        fetched = fetcher.get(feed_url, FEED_TYPES)
        feed = parse_feed(fetched.body, fetched.url)
    except FetchError as exc:
        poll.errors += 1
        on_error(feed_url, str(exc).removeprefix(f"{feed_url}: "))
        return poll
    state = FeedState(store)
    todo = _unseen(feed_url, feed.items, state, poll)
    if todo:
        pages = _ItemPages(feed_url, fetcher, state, poll, on_error)
        summary = process_documents(pages.documents(todo), store, IngestSummary(),
                                    on_document=pages.stored)
        poll.new, poll.stored = pages.done, summary.stored
    return poll


def watch(feeds: Sequence[str], store: Store, *, policy: FetchPolicy | None = None,
          interval: float = config.WATCH_INTERVAL, polls: int | None = None,
          on_poll: Callable[[Poll], None] | None = None, on_error: OnError = _log_error,
          sleep: Callable[[float], None] = time.sleep) -> list[Poll]:
    """Poll every feed, then wait `interval` seconds, `polls` times (None: until interrupted).

    Returns the last round's results. Incidents are updated after each round that stored
    articles, as `ingest` does after a run.
    """
    rounds = 0
    with Fetcher(policy) as fetcher:
        while True:
            results = []
            for feed in feeds:
                results.append(poll_feed(feed, store, fetcher, on_error))
                if on_poll:
                    on_poll(results[-1])
            if any(r.stored for r in results):
                update_incidents(store)
            rounds += 1
            if polls is not None and rounds >= polls:
                return results
            sleep(interval)
