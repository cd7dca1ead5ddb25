"""The store on a real PostgreSQL server: the demo corpus end to end, and idempotent re-ingest.

Skipped (with the reason shown) only where Debian's `postgresql` is not installed; `.ci/run`
installs it, so CI always runs these.
"""

from __future__ import annotations

from importlib import resources

import pytest
from pytest_postgresql import factories

from fogofwar.pipeline import ingest
from fogofwar.present.export import validate
from fogofwar.reconcile import build_incidents
from fogofwar.store import Store

from .pg_server import pg_bindir, start, stop

BINDIR = pg_bindir()
pytestmark = pytest.mark.skipif(BINDIR is None, reason="Debian postgresql not installed")


@pytest.fixture(scope="session")
def pg_server():
    server, data = start(BINDIR)
    yield server
    stop(BINDIR, data)


postgresql_noproc = factories.postgresql_noproc(depends_on="pg_server")
postgresql = factories.postgresql("postgresql_noproc")


def test_demo_corpus_round_trips_through_postgres(postgresql):
    info = postgresql.info
    url = f"postgresql://{info.user}@{info.host}:{info.port}/{info.dbname}"
    demo = resources.files("fogofwar") / "data" / "demo"
    store = Store(url)
    try:
        first = ingest([str(demo)], store)
        assert first.stored == 5
        again = ingest([str(demo)], store)
        assert again.stored == 0 and again.already_stored == 5
        articles = list(store.iter_articles())
    finally:
        store.close()
    assert len(articles) == 5
    for art in articles:
        validate(art, "article")
    assert sum(len(a["claims"]) for a in articles) > 50
    for inc in build_incidents(articles):
        validate(inc, "incident")


def test_feed_state_on_postgres(postgresql):
    # watch's item table behaves the same on PostgreSQL (migration 0010, portable SQL)
    from .store.test_feed_state import check_feed_state

    info = postgresql.info
    with Store(f"postgresql://{info.user}@{info.host}:{info.port}/{info.dbname}") as store:
        check_feed_state(store)
