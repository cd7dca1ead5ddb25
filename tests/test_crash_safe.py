"""kill -9 in the middle of a 2,000-document ingest, then the same command again (issue 17).

Every document must end up stored exactly once, the incidents must reference only stored
events and articles and equal a from-scratch rebuild, and learned boilerplate must be what an
uninterrupted run learns. Runs on SQLite and on a real PostgreSQL server.
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from fogofwar.reconcile import build_incidents
from fogofwar.store import Store
from fogofwar.store.engine import normalise_url

from .test_postgres import BINDIR, pg_server, postgresql, postgresql_noproc  # noqa: F401

log = logging.getLogger(__name__)
REPO = Path(__file__).resolve().parents[1]
DOCS = 2000
#: the ingest is killed once this many articles are stored (a batch is 32)
KILL_AFTER = 150
FOOTER = "Follow our live coverage of the Idlib offensive."


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    sys.path.insert(0, str(REPO / "bench"))
    try:
        from badcorpus import write_corpus
    finally:
        sys.path.remove(str(REPO / "bench"))
    root = tmp_path_factory.mktemp("crash") / "corpus"
    write_corpus(root, DOCS, bad_share=0.0)
    return root


def stored_count(url: str) -> int:
    engine = create_engine(normalise_url(url))
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT count(*) FROM articles")).scalar_one()
    except Exception:  # the table does not exist until the ingest has migrated the database
        return 0
    finally:
        engine.dispose()


def ingest_cmd(corpus: Path, url: str) -> list[str]:
    return [sys.executable, "-m", "fogofwar.cli", "ingest", str(corpus), "--db", url]


def kill_mid_ingest(corpus: Path, url: str) -> int:
    """Start the ingest, SIGKILL it once KILL_AFTER articles are stored; the count then."""
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    proc = subprocess.Popen(ingest_cmd(corpus, url), env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    try:
        while proc.poll() is None and stored_count(url) < KILL_AFTER:
            time.sleep(0.05)
        proc.send_signal(signal.SIGKILL)
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL, err.decode()[-2000:]
    return stored_count(url)


def partition(incidents) -> list[list[str]]:
    return sorted(sorted(i["events"]) for i in incidents)


def check_store(url: str) -> None:
    with Store(url) as store:
        articles = list(store.iter_articles())
        incidents = list(store.iter_incidents())
        lines, _ = store.cleaner_state()
        with store.engine.connect() as conn:
            dangling = conn.execute(text(
                "SELECT count(*) FROM incident_events ie WHERE NOT EXISTS (SELECT 1 FROM events e"
                " WHERE e.id = ie.event_id AND e.article_id = ie.article_id)")).scalar_one()
            copies_lines = conn.execute(text(
                "SELECT count(*) FROM article_lines l JOIN articles a ON a.id = l.article_id"
                " WHERE a.duplicate_of IS NOT NULL")).scalar_one()
        assert not store.has_unreconciled()
    # every document exactly once
    assert len(articles) == DOCS
    assert len({a["source"] for a in articles}) == DOCS
    # incidents: no reference to a missing event/article, every event in one incident, and
    # the incrementally kept incidents equal a rebuild from scratch
    assert dangling == 0
    events = [e["id"] for a in articles for e in a["events"]]
    members = [e for i in incidents for e in i["events"]]
    assert sorted(members) == sorted(events) and len(events) > DOCS / 2
    assert partition(incidents) == partition(build_incidents(articles))
    # learned boilerplate as an uninterrupted run learns it: the outlets' shared footer is
    # removed from every article, each article's own lines are kept, copies teach nothing
    assert all(FOOTER in a["removed"] for a in articles)
    assert all("A resident named" in a["text"] for a in articles)
    assert copies_lines == 0 and set(lines) == {"Levant Wire", "Orontes Post",
                                                 "Idlib Monitor", "Hama Daily"}


def crash_and_resume(corpus: Path, url: str) -> None:
    at_kill = kill_mid_ingest(corpus, url)
    assert KILL_AFTER <= at_kill < DOCS  # killed mid-run, some documents stored
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    again = subprocess.run(ingest_cmd(corpus, url), env=env, capture_output=True, text=True,
                           timeout=1200)
    assert again.returncode == 0, again.stderr[-2000:]
    assert f"{at_kill} already stored" in " ".join(again.stderr.split())
    check_store(url)
    log.info("%s: killed with %d of %d stored; the rerun stored the other %d, all once",
             url.split(":")[0], at_kill, DOCS, DOCS - at_kill)


def test_kill_9_then_rerun_on_sqlite(corpus, tmp_path):
    crash_and_resume(corpus, f"sqlite:///{tmp_path / 'crash.db'}")


@pytest.mark.skipif(BINDIR is None, reason="Debian postgresql not installed")
def test_kill_9_then_rerun_on_postgres(corpus, postgresql):  # noqa: F811
    info = postgresql.info
    crash_and_resume(corpus, f"postgresql://{info.user}@{info.host}:{info.port}/{info.dbname}")
