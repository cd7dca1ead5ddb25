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


def test_api_search_and_filters_on_postgres(postgresql):
    """Full-text search is PostgreSQL's own (GIN index, migration 0008); filters are portable."""
    fastapi = pytest.importorskip("fastapi", reason="the web extra is not installed")
    from fastapi.testclient import TestClient

    from fogofwar.present.web import create_app

    from .store.samples import tass_analysis, zerohedge_analysis

    assert fastapi
    info = postgresql.info
    store = Store(f"postgresql://{info.user}@{info.host}:{info.port}/{info.dbname}")
    try:
        store.write(zerohedge_analysis())
        store.write(tass_analysis())
        with TestClient(create_app(store=store)) as client:
            hits = client.get("/api/search", params={"q": "Daily Sabah"}).json()
            assert hits["total"] == 1
            assert any(p["match"] for p in hits["items"][0]["snippet"])
            # websearch_to_tsquery reads any text, so unbalanced quotes are no error here
            assert client.get("/api/search", params={"q": '"unbalanced'}).status_code == 200
            events = client.get("/api/events", params={"type": "assault"}).json()
            assert events["total"] > 0 and {e["type"] for e in events["items"]} == {"ASSAULT"}
            sided = client.get("/api/events", params={"side": "turkey"}).json()
            assert sided["total"] > 0
            single = client.get("/api/incidents",
                                params={"corroboration": "single-source"}).json()
            assert single["total"] > 0
            assert client.get("/").status_code == 200
    finally:
        store.close()


def _jsonl(path, docs) -> str:
    import orjson

    with open(path, "wb") as fh:
        for doc in docs:
            fh.write(orjson.dumps({"text": doc.text, "outlet": f"Outlet {doc.source}",
                                   "published": "2020-02-12"}) + b"\n")
    return str(path)


def _stored(stderr: str) -> int:
    import re

    found = re.search(r"stored (\d+) new", stderr)
    assert found, stderr
    return int(found.group(1))


def test_two_ingests_at_once_lose_and_duplicate_nothing(postgresql, tmp_path):
    # issue 16: two `fogofwar ingest` processes write to one database at the same moment; both
    # carry the demo corpus (a race for the same five articles) and a few articles of their own
    import os
    import subprocess
    import sys

    from fogofwar.benchmark import synthetic_documents

    info = postgresql.info
    url = f"postgresql://{info.user}@{info.host}:{info.port}/{info.dbname}"
    demo = str(resources.files("fogofwar") / "data" / "demo")
    extra = list(synthetic_documents(9))[5:]
    inputs = [[demo, _jsonl(tmp_path / "a.jsonl", extra[:2])],
              [demo, _jsonl(tmp_path / "b.jsonl", extra[2:])]]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    procs = [subprocess.Popen([sys.executable, "-m", "fogofwar.cli", "ingest", *paths,
                               "--db", url, "--workers", "1"],
                              stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
                              env=env) for paths in inputs]
    errs = [p.communicate(timeout=900)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0], errs
    store = Store(url)
    try:
        articles = list(store.iter_articles())
        incidents = list(store.iter_incidents())
    finally:
        store.close()
    assert len(articles) == 9  # the demo once, and two and two of their own
    assert sum(_stored(e) for e in errs) == 9  # every stored article written by exactly one
    members = [e for inc in incidents for e in inc["events"]]
    assert len(members) == len(set(members))  # no event in two incidents
    assert sorted(sorted(i["events"]) for i in incidents) == \
        sorted(sorted(i["events"]) for i in build_incidents(articles))


def _pg_url(info, dbname: str) -> str:
    return f"postgresql://{info.user}@{info.host}:{info.port}/{dbname}"


def _export(url: str, what: str) -> bytes:
    import io

    from fogofwar.present.export import export_records

    buf = io.BytesIO()
    export_records(url, what, "jsonl", buf)
    return buf.getvalue()


def test_dask_ingest_into_postgres_stores_what_a_local_run_stores(postgresql, tmp_path):
    # issue 16: `--dask` on a (small, in-process) LocalCluster writes to PostgreSQL exactly the
    # articles and incidents that a local one-process run writes to another database
    distributed = pytest.importorskip("distributed")
    from fogofwar.benchmark import synthetic_documents

    info = postgresql.info
    postgresql.autocommit = True
    postgresql.execute("CREATE DATABASE fogofwar_local")
    demo = str(resources.files("fogofwar") / "data" / "demo")
    corpus = [demo, _jsonl(tmp_path / "more.jsonl", list(synthetic_documents(8))[5:])]
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        with Store(_pg_url(info, info.dbname)) as store:
            on_dask = ingest(corpus, store, batch_size=3, client=client)
    with Store(_pg_url(info, "fogofwar_local")) as store:
        local = ingest(corpus, store, batch_size=3, workers=1)
    assert on_dask.stored == local.stored == 8
    for what in ("articles", "incidents"):
        assert _export(_pg_url(info, info.dbname), what) == \
            _export(_pg_url(info, "fogofwar_local"), what)
