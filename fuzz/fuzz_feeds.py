"""Fuzz target: RSS/Atom feed bytes (defusedxml vetting, then feedparser, then items)."""

from harness import atheris, fuzz

with atheris.instrument_imports(include=["fogofwar"]):
    from fogofwar.ingest.feeds import parse_feed


def check(data: bytes) -> None:
    feed = parse_feed(data, "https://feeds.example.org/rss")
    assert len({item.key for item in feed.items}) == len(feed.items)


if __name__ == "__main__":
    fuzz(check)
