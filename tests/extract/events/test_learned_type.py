"""The learned event type (extract/events/learned.py): one feature function for training and
runtime, and a decision that keeps the rule's type unless the model is confident enough. Own
sentences; the model is a toy written here, not the trained one."""

from __future__ import annotations

import numpy as np

from fogofwar.analysis import analyse_batch
from fogofwar.extract.events import extractor, learned
from fogofwar.records import Article

TEXT = ("Rebel fighters ambushed an army convoy near the river crossing on Tuesday, killing "
        "four soldiers, the provincial governor said.")


def _analyse(retype) -> list:
    keep = extractor.retype
    extractor.retype = retype
    try:
        art = Article(id="s1", source="test", text=TEXT, outlet="Test Wire")
        return analyse_batch([art])[0].events
    finally:
        extractor.retype = keep


def test_training_and_runtime_read_the_same_features(monkeypatch):
    trained: list[list[str]] = []
    at_runtime: list[list[str]] = []

    def record(events, starts, doc):  # what bench/train_event_type.py records
        for ev, start in zip(events, starts, strict=True):
            tok = learned.trigger_token(doc, start)
            trained.append(learned.type_features(tok, ev.type, ev))

    _analyse(record)

    def spy(feats, rule_type, model):  # what the pipeline's retype hands the model
        at_runtime.append(list(feats))
        return rule_type

    monkeypatch.setattr(learned, "load_model", lambda: {"margin": 0.5})
    monkeypatch.setattr(learned, "decide", spy)
    _analyse(learned.retype)
    assert trained and trained == at_runtime
    assert any("lemma=ambush" in f for f in trained)


def _toy() -> dict:
    classes = ["ASSAULT", "FIGHT"]
    return {"classes": classes, "index": {"target_class=military": 0},
            "weights": np.array([[-2.0, 2.0]]), "bias": np.zeros(2), "margin": 0.5}


def test_confident_model_replaces_the_rule_type():
    assert learned.decide(["target_class=military"], "ASSAULT", _toy()) == "FIGHT"


def test_unsure_model_keeps_the_rule_type():
    toy = _toy()
    toy["margin"] = 0.99
    assert learned.decide(["target_class=military"], "ASSAULT", toy) == "ASSAULT"
    # a type the model never saw keeps the rule's
    assert learned.decide(["target_class=military"], "PROTEST", _toy()) == "PROTEST"


def test_no_model_shipped_changes_nothing():
    found = {e.type for e in _analyse(learned.retype)}
    assert learned.load_model() is None and "FIGHT" in found
