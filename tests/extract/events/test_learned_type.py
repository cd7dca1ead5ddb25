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

    monkeypatch.setattr(learned, "load_model",
                        lambda name=learned.MODEL: {"margin": 0.5} if name == learned.MODEL
                        else None)
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


CIVILIANS = ("Gunmen fought with soldiers outside the market town on Friday and shot dead six "
             "farmers in their fields, a local official said.")


def _pair_toy() -> dict:
    """Switches to ASSAULT when a figure counts farmers, else leaves the rule alone."""
    classes = ["ASSAULT", "FIGHT"]
    return {"classes": classes, "index": {"fig_counts=farmers": 0},
            "weights": np.array([[3.0, -3.0]]), "bias": np.zeros(2), "margin": 0.5}


def test_pair_model_reads_the_training_features_of_fight_or_assault_only(monkeypatch):
    keep = extractor.retype
    recorded: list[tuple[str, list[str]]] = []

    def record(events, starts, doc):  # what bench/train_fight_assault.py records
        others = learned.sentence_types(events)
        for ev, start, other in zip(events, starts, others, strict=True):
            tok = learned.trigger_token(doc, start)
            recorded.append((ev.type, learned.pair_features(tok, ev.type, ev, other)))

    extractor.retype = record
    try:
        analyse_batch([Article(id="s2", source="test", text=CIVILIANS, outlet="Test Wire")])
    finally:
        extractor.retype = keep
    asked: list[tuple[str, list[str]]] = []
    real = learned.decide

    def spy(feats, rule_type, model):
        asked.append((rule_type, list(feats)))
        return real(feats, rule_type, model)

    monkeypatch.setattr(learned, "load_model",
                        lambda name=learned.MODEL: _pair_toy() if name == learned.PAIR_MODEL
                        else None)
    monkeypatch.setattr(learned, "decide", spy)
    events = analyse_batch([Article(id="s2", source="test", text=CIVILIANS,
                                    outlet="Test Wire")])[0].events
    pair = [(t, f) for t, f in recorded if t in ("FIGHT", "ASSAULT")]
    assert pair and asked == pair  # the same features, and only for the pair's events
    assert any("fig_counts=farmers" in f for _, f in pair)
    assert "ASSAULT" in {e.type for e in events}


def test_pair_decision_needs_confidence_and_the_pair():
    toy = _pair_toy()
    assert learned.decide(["fig_counts=farmers"], "FIGHT", toy) == "ASSAULT"
    assert learned.decide(["fig_counts=soldiers"], "FIGHT", toy) == "FIGHT"
    toy["margin"] = 0.999
    assert learned.decide(["fig_counts=farmers"], "FIGHT", toy) == "FIGHT"
    assert learned.decide(["fig_counts=farmers"], "COERCE", _pair_toy()) == "COERCE"


def _assault_toy() -> dict:
    """A pair model sure of ASSAULT whenever a figure counts herders."""
    classes = ["ASSAULT", "FIGHT"]
    return {"classes": classes, "index": {"fig_counts=herders": 0},
            "weights": np.array([[4.0, -4.0]]), "bias": np.zeros(2), "margin": 0.3}


def test_pair_model_never_turns_a_fight_its_victims_fell_in_into_an_assault():
    # the events pack's convention: whoever fell "in"/"during" a clash fell in a FIGHT
    toy = _assault_toy()
    fell = ["fig_counts=herders", "prep_obj=during|skirmish"]
    assert learned.decide(fell, "FIGHT", toy) == "ASSAULT"  # the model alone would switch
    assert learned.fell_in_a_fight(fell)
    assert learned.decide_pair(fell, "FIGHT", toy) == "FIGHT"
    # a fight named elsewhere in the sentence, or another preposition, is no such FIGHT
    for feats in (["fig_counts=herders", "prep_obj=after|skirmish"],
                  ["fig_counts=herders", "prep_obj=in|village", "sent_noun=skirmish"]):
        assert not learned.fell_in_a_fight(feats)
        assert learned.decide_pair(feats, "FIGHT", toy) == "ASSAULT"
    # an ASSAULT the rules typed is the model's to decide as before
    assert learned.decide_pair(fell, "ASSAULT", toy) == "ASSAULT"


def test_the_pipeline_keeps_herders_killed_in_a_shootout_a_fight(monkeypatch):
    monkeypatch.setattr(learned, "load_model",
                        lambda name=learned.MODEL: _assault_toy() if name == learned.PAIR_MODEL
                        else None)
    text = "Militiamen killed five herders in a shootout near the well on Monday."
    events = analyse_batch([Article(id="s3", source="test", text=text,
                                    outlet="Test Wire")])[0].events
    kinds = [e.type for e in events if e.type in ("FIGHT", "ASSAULT")]
    assert kinds == ["FIGHT"]
