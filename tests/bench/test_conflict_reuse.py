"""`conflict.py --reuse`: a kept store is reconciled afresh only when it holds the very corpus
this run would ingest (`forget_incidents`)."""

import sqlite3
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import conflict  # noqa: E402

CORPUS = '{"text": "Shelling hit the Okara pier on Monday.", "url": null}\n'


def _kept(folder: Path) -> Path:
    (folder / "corpus.jsonl").write_text(CORPUS, encoding="utf-8")
    db = folder / "conflict.db"
    with sqlite3.connect(db) as con:
        for table in ("incident_events", "incidents", "reconciled_articles", "articles"):
            con.execute(f"CREATE TABLE {table} (id TEXT)")
            con.execute(f"INSERT INTO {table} VALUES ('x')")
    return db


def _count(db: Path, table: str) -> int:
    with sqlite3.connect(db) as con:
        return con.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def test_the_same_corpus_forgets_the_incidents_and_keeps_the_articles(tmp_path):
    db = _kept(tmp_path)
    conflict.forget_incidents(tmp_path, CORPUS)
    assert [_count(db, t) for t in ("incident_events", "incidents", "reconciled_articles")] \
        == [0, 0, 0]
    assert _count(db, "articles") == 1


def test_another_corpus_or_no_store_is_refused(tmp_path):
    db = _kept(tmp_path)
    with pytest.raises(SystemExit, match="other articles"):
        conflict.forget_incidents(tmp_path, CORPUS.replace("Monday", "Tuesday"))
    assert _count(db, "incidents") == 1
    with pytest.raises(SystemExit, match="no kept store"):
        conflict.forget_incidents(tmp_path / "nowhere", CORPUS)
