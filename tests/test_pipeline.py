"""The pipeline around bad articles and interrupted runs (issue 17)."""

from __future__ import annotations

import pytest

from fogofwar import config
from fogofwar.ingest import iter_documents
from fogofwar.pipeline import IngestSummary, ingest, process_documents
from fogofwar.store import Store

STORY = ("Russian warplanes struck Saraqib on February {day}, killing {n} civilians, "
         "the Syrian Observatory said.")


@pytest.fixture
def store(tmp_path):
    s = Store(f"sqlite:///{tmp_path / 'fow.db'}")
    yield s
    s.close()


def test_unfit_articles_are_skipped_with_one_reason_each(tmp_path, store, monkeypatch):
    monkeypatch.setattr(config, "MAX_TEXT_CHARS", 400)
    tmp_path = tmp_path / "corpus"
    tmp_path.mkdir()
    (tmp_path / "long.txt").write_text("Clashes went on. " * 40, encoding="utf-8")
    # HTML with no readable text at all
    (tmp_path / "shell.html").write_text("<html><body><div></div></body></html>",
                                         encoding="utf-8")
    (tmp_path / "ok.txt").write_text(STORY.format(day=3, n=5), encoding="utf-8")
    summary = ingest([tmp_path], store, published="2020-02-04")
    assert summary.stored == 1
    reasons = dict(summary.skipped)
    assert "text too long" in reasons[str(tmp_path / "long.txt")]
    assert "no article text" in reasons[str(tmp_path / "shell.html")]
    assert len(summary.skipped) == 2


def test_articles_stored_by_a_killed_run_are_reconciled_by_the_next(tmp_path, store):
    tmp_path = tmp_path / "corpus"
    tmp_path.mkdir()
    # a run killed after storing its articles but before the incident update: the rerun
    # stores nothing new, yet must still bring the incidents up to date
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(STORY.format(day=3, n=5 + i), encoding="utf-8")
    docs = iter_documents([tmp_path], published="2020-02-04")
    process_documents(docs, store, IngestSummary())  # no update_incidents: the kill
    assert store.has_unreconciled() and list(store.iter_incidents()) == []
    again = ingest([tmp_path], store, published="2020-02-04")
    assert again.stored == 0 and again.incidents_written >= 1
    assert not store.has_unreconciled()
    events = {e["id"] for a in store.iter_articles() for e in a["events"]}
    assert {e for i in store.iter_incidents() for e in i["events"]} == events


def test_text_over_spacys_limit_is_skipped_not_a_crash(tmp_path, store):
    # issue 17, found by bench/badcorpus.py: a 1.25 MB one-line .txt reached spaCy, whose
    # E088 ValueError (over 1,000,000 characters) stopped the whole ingest
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "huge.txt").write_text("word " * 250_000, encoding="utf-8")
    (corpus / "ok.txt").write_text(STORY.format(day=3, n=5), encoding="utf-8")
    summary = ingest([corpus], store, published="2020-02-04")
    assert summary.stored == 1
    assert [(s, "text too long" in r) for s, r in summary.skipped] == [
        (str(corpus / "huge.txt"), True)]


def test_ingest_collects_less_often_and_restores_the_thresholds():
    import gc

    from fogofwar.pipeline import YOUNG_THRESHOLD, fewer_collections
    before = gc.get_threshold()
    with fewer_collections():
        inside = gc.get_threshold()
    assert inside[0] == max(before[0], YOUNG_THRESHOLD) and inside[1:] == before[1:]
    assert gc.get_threshold() == before
    with pytest.raises(RuntimeError), fewer_collections():
        raise RuntimeError
    assert gc.get_threshold() == before
