"""FeedState: what `watch` remembers about feed items across restarts."""

from __future__ import annotations

from fogofwar.store import Store
from fogofwar.store.feed_state import FeedState, ItemState

from .samples import zerohedge_analysis

FEED = "http://news.example/feed.xml"


def check_feed_state(store: Store) -> None:
    """The item life cycle on any backend: new, failed twice, stored; refused; URL lookup."""
    state = FeedState(store)
    assert state.known(FEED, ["a", "b"]) == {}
    state.record(FEED, "a", "http://news.example/a", title="A", published="2020-02-03",
                 error="HTTP 503 Service Unavailable")
    state.record(FEED, "a", "http://news.example/a", error="timed out")
    assert state.known(FEED, ["a", "b"]) == {"a": ItemState("failed", 2)}
    assert not state.known(FEED, ["a"])["a"].settled(3)   # retried until the third failure
    state.record(FEED, "a", "http://news.example/a")
    state.record(FEED, "b", "http://news.example/b", error="refused: image/png", refused=True)
    known = state.known(FEED, ["a", "b"])
    assert known == {"a": ItemState("stored", 3), "b": ItemState("refused", 1)}
    assert all(s.settled(3) for s in known.values())
    # the same key in another feed is another item
    assert state.known("http://other.example/rss", ["a"]) == {}
    # an article stored under an item's URL is found (crash between write and record)
    analysis = zerohedge_analysis()
    store.write(analysis)
    assert state.url_stored(analysis.article.url)
    assert not state.url_stored("http://news.example/never")


def test_feed_state_on_sqlite(tmp_path):
    with Store(f"sqlite:///{tmp_path / 'fs.db'}") as store:
        check_feed_state(store)


def test_known_handles_more_keys_than_one_sql_statement_takes(tmp_path):
    with Store(f"sqlite:///{tmp_path / 'fs.db'}") as store:
        state = FeedState(store)
        for n in range(0, 1200, 7):
            state.record(FEED, f"k{n}", f"http://news.example/{n}")
        found = state.known(FEED, [f"k{n}" for n in range(1200)])
    assert len(found) == len(range(0, 1200, 7))
