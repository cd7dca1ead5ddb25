"""`ingest URL…` and `watch FEED…` end to end against a local server on 127.0.0.1.

The server serves demo articles as HTML pages and an RSS feed listing them. Tests reach it with
--allow-private; the refusal tests run without it and check that nothing was requested.
"""

from __future__ import annotations

import html
import json
import re
from importlib import resources
from pathlib import Path

import pytest
from typer.testing import CliRunner

from fogofwar.cli import app
from fogofwar.ingest.fetch import FetchPolicy
from fogofwar.store import open_store
from fogofwar.watch import watch

from .ingest.test_feeds import BILLION_LAUGHS
from .ingest.webserver import LocalServer

runner = CliRunner()
DEMO = Path(str(resources.files("fogofwar") / "data" / "demo"))
TEXTS = sorted(DEMO.glob("*.txt"))
POLL_LINE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ poll (\S+): (\d+) new, (\d+) seen, "
                       r"(\d+) errors, (\d+) articles stored$")


def run(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


def page(path: Path) -> str:
    paragraphs = "".join(f"<p>{html.escape(line)}</p>"
                         for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return (f"<html><head><title>Report</title></head><body><article>{paragraphs}</article>"
            "</body></html>")


def rss(server: LocalServer, items: list[tuple[str, str, str]]) -> str:
    """An RSS feed of (path, title, pubDate) items on the server."""
    entries = "".join(
        f"<item><title>{title}</title><link>{server.url(path)}</link><guid>{server.url(path)}"
        f"</guid><pubDate>{date}</pubDate></item>" for path, title, date in items)
    return ("<?xml version='1.0'?><rss version='2.0'><channel><title>T</title>"
            f"{entries}</channel></rss>")


ITEMS = [("/a/0.html", "Zero Hedge on Idlib", "Wed, 05 Feb 2020 10:00:00 GMT"),
         ("/a/2.html", "Saraqib falls", "Tue, 11 Feb 2020 08:00:00 GMT"),
         ("/a/4.html", "South Front map", "Fri, 28 Feb 2020 18:00:00 GMT")]


@pytest.fixture
def server():
    srv = LocalServer().start()
    for n, text in enumerate(TEXTS):
        srv.add(f"/a/{n}.html", page(text))
    yield srv
    srv.stop()


@pytest.fixture
def db(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'watch.db'}"


def articles(db: str) -> list[dict]:
    with open_store(db) as store:
        return list(store.iter_articles())


def poll_lines(stderr: str) -> list[tuple[str, int, int, int]]:
    found = [POLL_LINE.match(line) for line in stderr.splitlines()]
    return [(m[1], int(m[2]), int(m[3]), int(m[4])) for m in found if m]


def test_ingest_urls_mixed_with_paths(server, db):
    url = server.url("/a/2.html")
    result = run("ingest", url, str(TEXTS[1]), "--allow-private", "--db", db)
    assert result.exit_code == 0, result.stderr
    assert "stored 2 new" in result.stderr
    by_source = {a["source"]: a for a in articles(db)}
    assert by_source[url]["url"] == url  # the URL stays on the article
    assert "Saraqib" in by_source[url]["text"]
    assert str(TEXTS[1]) in by_source


def test_refused_url_is_one_line_and_the_rest_is_stored(server, db):
    url = server.url("/a/2.html")
    result = run("ingest", url, str(TEXTS[1]), "--db", db)  # no --allow-private
    assert result.exit_code == 2 and "Traceback" not in result.output
    lines = result.stderr.splitlines()
    assert lines.count(f"skipped {url}: refused: 127.0.0.1 is a loopback address") == 1
    assert "stored 1 new" in result.stderr and "1 skipped" in result.stderr
    assert lines[-1].startswith("error: 1 URL(s) refused or not fetched")
    assert server.requests == []  # refused before connecting
    assert [a["source"] for a in articles(db)] == [str(TEXTS[1])]


def test_watch_once_twice_ingests_new_items_only(server, db):
    feed = server.add("/feed.xml", rss(server, ITEMS[:2]), "application/rss+xml")
    first = run("watch", feed, "--once", "--allow-private", "--db", db)
    assert first.exit_code == 0, first.stderr
    assert poll_lines(first.stderr) == [(feed, 2, 0, 0)]
    stored = articles(db)
    assert len(stored) == 2
    # the feed's title and date are the article's metadata
    saraqib = next(a for a in stored if a["url"] == server.url("/a/2.html"))
    assert (saraqib["title"], saraqib["published"]) == ("Saraqib falls", "2020-02-11")

    # a restart: nothing fetched again, nothing duplicated
    fetched = list(server.requests)
    second = run("watch", feed, "--once", "--allow-private", "--db", db)
    assert poll_lines(second.stderr) == [(feed, 0, 2, 0)]
    assert server.requests[len(fetched):] == ["/feed.xml"]
    assert len(articles(db)) == 2

    # the feed grows: only the new item is fetched
    server.add("/feed.xml", rss(server, ITEMS), "application/rss+xml")
    third = run("watch", feed, "--once", "--allow-private", "--db", db)
    assert poll_lines(third.stderr) == [(feed, 1, 2, 0)]
    assert len(articles(db)) == 3


def test_one_line_per_feed_per_poll(server, db):
    a = server.add("/one.xml", rss(server, ITEMS[:1]), "application/rss+xml")
    b = server.add("/two.xml", rss(server, ITEMS[1:2]), "application/atom+xml")
    result = run("watch", a, b, "--once", "--allow-private", "--db", db)
    assert result.exit_code == 0
    assert poll_lines(result.stderr) == [(a, 1, 0, 0), (b, 1, 0, 0)]
    assert len(result.stderr.strip().splitlines()) == 2


def test_item_already_stored_under_its_url_is_not_fetched(server, db):
    # a watcher killed after writing the article but before recording the item
    assert run("ingest", server.url("/a/0.html"), "--allow-private", "--db", db).exit_code == 0
    feed = server.add("/feed.xml", rss(server, ITEMS[:1]), "application/rss+xml")
    server.requests.clear()
    result = run("watch", feed, "--once", "--allow-private", "--db", db)
    assert poll_lines(result.stderr) == [(feed, 0, 1, 0)]
    assert server.requests == ["/feed.xml"] and len(articles(db)) == 1


def test_failing_item_is_retried_then_given_up(server, db):
    items = [*ITEMS[:1], ("/missing.html", "Gone", "Wed, 05 Feb 2020 10:00:00 GMT")]
    feed = server.add("/feed.xml", rss(server, items), "application/rss+xml")
    polls, errors, sleeps = [], [], []
    with open_store(db) as store:
        watch([feed], store, policy=FetchPolicy(allow_private=True), interval=30, polls=5,
              on_poll=polls.append, on_error=lambda s, r: errors.append((s, r)),
              sleep=sleeps.append)
    assert [(p.new, p.seen, p.errors) for p in polls] == [
        (1, 0, 1), (0, 1, 1), (0, 1, 1), (0, 2, 0), (0, 2, 0)]  # 3 attempts, then seen
    assert errors == [(server.url("/missing.html"), "HTTP 404 Not Found")] * 3
    assert sleeps == [30] * 4
    assert server.requests.count("/missing.html") == 3


def test_refused_item_is_not_retried(server, db):
    server.add("/pic.html", b"\x89PNG", "image/png")
    items = [("/pic.html", "A picture", "Wed, 05 Feb 2020 10:00:00 GMT")]
    feed = server.add("/feed.xml", rss(server, items), "application/rss+xml")
    polls, errors = [], []
    with open_store(db) as store:
        watch([feed], store, policy=FetchPolicy(allow_private=True), polls=2,
              on_poll=polls.append, on_error=lambda s, r: errors.append(r), sleep=lambda s: None)
    assert [(p.new, p.seen, p.errors) for p in polls] == [(0, 0, 1), (0, 1, 0)]
    assert errors == ["refused: content type 'image/png' is not one of application/xhtml+xml, "
                      "text/html, text/plain"]


def test_refused_feed_is_one_error_line_and_a_poll_line(server, db):
    feed = server.add("/feed.xml", rss(server, ITEMS[:1]), "application/rss+xml")
    result = run("watch", feed, "--once", "--db", db)  # no --allow-private
    assert result.exit_code == 2 and "Traceback" not in result.output
    first = result.stderr.splitlines()[0]
    assert first == f"error {feed}: refused: 127.0.0.1 is a loopback address"
    assert poll_lines(result.stderr) == [(feed, 0, 0, 1)]
    assert len(result.stderr.splitlines()) == 2  # the error and the poll line, nothing else
    assert server.requests == [] and articles(db) == []


def test_entity_bomb_feed_is_refused_and_nothing_stored(server, db):
    feed = server.add("/bomb.xml", BILLION_LAUGHS, "application/rss+xml")
    result = run("watch", feed, "--once", "--allow-private", "--db", db)
    assert result.exit_code == 2
    assert f"error {feed}: refused: feed declares XML entities" in result.stderr
    assert articles(db) == []


@pytest.mark.parametrize("bad", ["file:///etc/passwd", "not a url", "http://user:pw@x.example/"])
def test_bad_feed_url_is_one_line_before_anything_runs(db, bad):
    result = run("watch", bad, "--once", "--db", db)
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert len(result.stderr.strip().splitlines()) == 1 and "refused" in result.stderr


def test_export_of_watched_articles_keeps_urls(server, db):
    feed = server.add("/feed.xml", rss(server, ITEMS[:1]), "application/rss+xml")
    run("watch", feed, "--once", "--allow-private", "--db", db)
    out = run("export", "--what", "articles", "--db", db).stdout
    assert [json.loads(line)["url"] for line in out.splitlines()] == [server.url("/a/0.html")]
