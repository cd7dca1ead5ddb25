"""The learned event filter (extract/events/confidence.py): one feature function for training
and runtime, a confidence on every event, a threshold users can change."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from fogofwar import analysis as analysis_mod
from fogofwar import config
from fogofwar.extract.events import confidence
from fogofwar.pipeline import ingest
from fogofwar.present.export import export_records
from fogofwar.store import Store

PAGE = (
    "Government troops shelled the village of Kafr Nabl on Monday, killing four civilians, "
    "a local doctor said.\n\n"
    "The rebel commander warned that his fighters could attack the capital next month if "
    "the talks fail.\n\n"
    "The army denied that its aircraft had bombed the market.\n\n"
    "Gunmen later killed two guards, police said.\n"
)


def _ingest(tmp_path, monkeypatch, threshold: str) -> tuple[list[dict], Store]:
    monkeypatch.setenv(config.EVENT_THRESHOLD_ENV, threshold)
    tmp_path.mkdir(exist_ok=True)
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    store = Store(f"sqlite:///{tmp_path / 'fow.db'}")
    ingest([tmp_path / "page.txt"], store, published="2021-03-09", workers=1)
    return list(store.iter_articles()), store


def test_runtime_and_training_read_the_same_features(tmp_path, monkeypatch):
    seen: list[dict] = []
    real = analysis_mod.filter_events

    def watched(found, threshold=None):
        view = confidence.article_view(found)
        seen.extend(confidence.event_features(e, view) for e in view["events"])
        return real(found, threshold)

    monkeypatch.setattr(analysis_mod, "filter_events", watched)
    _, store = _ingest(tmp_path, monkeypatch, "0")
    store.close()
    out = io.BytesIO()  # what `fogofwar export --what articles` writes, training's input
    export_records(f"sqlite:///{tmp_path / 'fow.db'}", "articles", "jsonl", out)
    (art,) = [json.loads(line) for line in out.getvalue().splitlines()]
    exported = [confidence.event_features(e, art) for e in art["events"]]
    assert seen and exported == seen


def test_every_event_gets_a_confidence_and_a_clear_report_beats_a_threat(tmp_path,
                                                                         monkeypatch):
    if confidence.load_model() is None:
        pytest.skip("no model shipped")
    articles, store = _ingest(tmp_path, monkeypatch, "0")
    store.close()
    events = articles[0]["events"]
    assert events and all(0.0 <= e["confidence"] <= 1.0 for e in events)
    shelled = max(e["confidence"] for e in events if "shelled" in e["sentence"])
    others = [e["confidence"] for e in events
              if "warned" in e["sentence"] or "denied" in e["sentence"]]
    assert others and shelled > max(others)


def test_threshold_one_drops_every_placeless_act_and_zero_keeps_them(tmp_path, monkeypatch):
    if confidence.load_model() is None:
        pytest.skip("no model shipped")
    kept, store = _ingest(tmp_path / "a", monkeypatch, "0")
    store.close()
    high, store = _ingest(tmp_path / "b", monkeypatch, "1")
    store.close()
    acts = frozenset(confidence.load_model()["filtered_types"])
    dropped = [e["id"] for e in kept[0]["events"] if confidence.acted_on(e, acts)]
    assert dropped  # the gunmen's killing: no place of its own
    # a placed act (the shelling of the village), a threat, a denial stay, with a confidence
    assert [e["id"] for e in high[0]["events"]] == [
        e["id"] for e in kept[0]["events"] if e["id"] not in dropped]


def test_threshold_setting_reads_the_environment(monkeypatch):
    monkeypatch.delenv(config.EVENT_THRESHOLD_ENV, raising=False)
    assert config.event_threshold(0.2) == 0.2
    monkeypatch.setenv(config.EVENT_THRESHOLD_ENV, "0")
    assert config.event_threshold(0.2) == 0.0
    monkeypatch.setenv(config.EVENT_THRESHOLD_ENV, "high")
    with pytest.raises(Exception, match="must be a number"):
        config.event_threshold(0.2)
    monkeypatch.setenv(config.EVENT_THRESHOLD_ENV, "1.5")  # a share, as the CLI option bounds it
    with pytest.raises(Exception, match="from 0 to 1"):
        config.event_threshold(0.2)


def test_score_is_the_logistic_of_the_known_features():
    model = {"intercept": -1.0, "_index": {"type=ASSAULT": 0, "negated": 1},
             "_weights": [2.0, -3.0]}
    assert confidence.score({"type=ASSAULT": 1.0, "unseen": 1.0}, model) == pytest.approx(
        1 / (1 + 2.718281828 ** -1.0), rel=1e-6)
    assert confidence.score({"type=ASSAULT": 1.0, "negated": 1.0}, model) < 0.2


def test_features_of_a_negated_quoted_event():
    ev = {"id": "a:e1", "type": "ASSAULT", "mode": None, "negated": True,
          "trigger": {"text": "bombed", "lemma": "bomb", "pos": "VERB", "dep": "ccomp"},
          "sentence": "\u201cWe never bombed the market,\u201d the army said.", "figures": [],
          "claim_id": "a:c1"}
    art = {"text": "Intro line.\n\u201cWe never bombed the market,\u201d the army said.",
           "claims": [{"id": "a:c1", "quote": True, "hedge": None, "narrator": False,
                       "claimant": {"class": "military"}}], "events": [ev]}
    f = confidence.event_features(ev, art)
    assert f["negated"] == 1 and f["lemma=bomb"] == 1 and f["claim_quote"] == 1
    assert f["sentence_quote"] == 1 and f["claimant=military"] == 1 and f["w=never"] == 1
    assert f["actor=none"] == 1 and f["in_sentence=1"] == 1


def test_the_runtime_never_imports_sklearn():
    code = ("import sys, fogofwar.analysis, fogofwar.extract.events.confidence as c; "
            "c.load_model(); print('sklearn' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.stdout.strip() == "False", done.stderr
