"""Stores and servers for the web tests: the demo corpus, a store of hostile payloads, and a
live uvicorn server on 127.0.0.1 with a random port for the browser tests."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from datetime import date
from importlib import resources

import pytest

pytest.importorskip("fastapi", reason="the web extra (fastapi, uvicorn, jinja2) is not installed")

import uvicorn  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402

from fogofwar.pipeline import ingest  # noqa: E402
from fogofwar.present.web import Settings, create_app  # noqa: E402
from fogofwar.records import Analysis, Article, Claim, Event, Figure, Mention, Place  # noqa: E402
from fogofwar.store import Store, open_store  # noqa: E402

DEMO = resources.files("fogofwar") / "data" / "demo"

# Each payload sets window.__xss if a browser ever runs it.
PAYLOADS = {
    "script": "<script>window.__xss='script'</script>",
    "img": "\"><img src=x onerror=\"window.__xss='img'\">",
    "svg": "<svg onload=\"window.__xss='svg'\"></svg>",
    "attr": "' onmouseover='window.__xss=1' autofocus onfocus='window.__xss=2' x='",
    "iframe": "<iframe srcdoc=\"<script>parent.__xss='iframe'</script>\"></iframe>",
}


@pytest.fixture(scope="session")
def demo_url(tmp_path_factory) -> str:
    """A SQLite store holding the demo corpus, ingested through the real pipeline."""
    url = f"sqlite:///{tmp_path_factory.mktemp('web-demo')}/demo.db"
    with resources.as_file(DEMO) as folder:
        store = open_store(url)
        try:
            ingest([str(folder)], store)
        finally:
            store.close()
    return url


@pytest.fixture(scope="session")
def client(demo_url) -> Iterator[TestClient]:
    app = create_app(Settings(db=demo_url))
    with TestClient(app) as c:
        yield c
    app.state.data.store.close()


def hostile_analysis() -> Analysis:
    """An article with a payload in its title, outlet, text, claimant, place and event."""
    p = PAYLOADS
    text = (f"{p['script']} The ministry said 5 soldiers were killed near Saraqib. "
            f"{p['img']} said that {p['svg']} {p['attr']} {p['iframe']}")
    claimant = Mention(p["img"], text.index(p["img"]), text.index(p["img"]) + len(p["img"]),
                       None, p["svg"], None, None, p["attr"])
    place = Place(p["iframe"], text.index("Saraqib"), text.index("Saraqib") + 7, p["script"],
                  164816, 35.86447, 36.80591, "SYR", p["attr"], "PPL", "town")
    fig = Figure("5 soldiers", 5, 5, 5, False, p["script"], "killed",
                 text.index("5 soldiers"), text.index("5 soldiers") + 10)
    claim = Claim("c1", text, 0, len(text), False, p["attr"], p["script"], claimant,
                  [p["img"], p["svg"], p["script"]], [fig])
    event = Event("e1", "ASSAULT", p["svg"], claimant, claimant, place, date(2020, 2, 10), "day",
                  [fig], "c1", text)
    article = Article(id="hostile-1", source=p["img"], text=text, url=p["script"],
                      outlet=p["img"], original_outlet=p["svg"], title=p["script"] + p["attr"],
                      byline=p["iframe"], published=date(2020, 2, 11), published_precision="day",
                      removed=[p["script"], p["img"]])
    return Analysis(article=article, actors=[claimant], places=[place], claims=[claim],
                    events=[event])


@pytest.fixture(scope="session")
def hostile_url(tmp_path_factory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('web-xss')}/xss.db"
    with Store(url) as store:
        store.write(hostile_analysis())
    return url


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LiveServer:
    """uvicorn in a thread on 127.0.0.1 and a random port, as `fogofwar serve` runs it."""

    def __init__(self, settings: Settings) -> None:
        self.app = create_app(settings)
        self.port = free_port()
        config = uvicorn.Config(self.app, host="127.0.0.1", port=self.port, log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> LiveServer:
        self.thread.start()
        for _ in range(200):  # readiness, not a timing assertion
            if self.server.started:
                return self
            time.sleep(0.05)
        raise RuntimeError("the test server did not start")

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.app.state.data.store.close()
