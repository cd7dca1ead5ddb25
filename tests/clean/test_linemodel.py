"""The learned boilerplate line classifier (clean/linemodel.py): one feature function for
training (bench/train_boilerplate.py) and the clean stage, the guards on what it may take, and
the shipped model on a page of our own."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pytest

from fogofwar import models
from fogofwar.clean import linemodel

from .helpers import clean, rules_of

BENCH = Path(__file__).resolve().parents[2] / "bench"

PAGE = [
    "Lakeside | Regions | Opinion",
    "Gunmen kill six farmers in raid on hill village",
    "Staff Reporter",
    "Gunmen on motorbikes killed six farmers and wounded three others in a raid on a hill "
    "village before dawn on Tuesday, a district official said.",
    "The attackers set fire to a grain store and drove off cattle, the official told reporters "
    "by telephone.",
    "Residents said the army arrived two hours after the raid had ended.",
    "Police said they had arrested two suspects near the district border on Wednesday.",
    "Shared 214 times",
    "Sign up to our newsletter",
    "Talk to us:",
]


def test_training_and_runtime_read_the_same_features(tmp_path, monkeypatch):
    """The rows the training script makes of a page are the rows the clean stage scores."""
    (tmp_path / "p.txt").write_text("\n".join(PAGE), encoding="utf-8")
    gold = {"id": "t1", "_dir": str(tmp_path), "file": "p.txt", "url": None,
            "outlet": "Lakeside", "boilerplate": [PAGE[0], PAGE[2], *PAGE[-3:]]}
    sys.path.insert(0, str(BENCH))
    try:
        import train_boilerplate
        trained = {r["line"]: r["x"] for r in train_boilerplate.page_rows(gold)}
    finally:
        sys.path.remove(str(BENCH))
    seen: list[np.ndarray] = []

    def spy(features, model):
        seen.append(features)
        return np.zeros(len(features))

    monkeypatch.setattr(linemodel, "probabilities", spy)
    monkeypatch.setattr(linemodel, "load_model", lambda: {"threshold": 0.5})
    open_lines: list[str] = []
    real_open = linemodel.open_to_model

    def record(line, index, taken, keep, title_index):
        ok = real_open(line, index, taken, keep, title_index)
        if ok:
            open_lines.append(line)
        return ok

    monkeypatch.setattr(linemodel, "open_to_model", record)
    clean(PAGE)
    (runtime,) = seen
    assert open_lines and len(open_lines) == len(runtime)
    for line, row in zip(open_lines, runtime, strict=True):
        assert np.allclose(trained[line], row), line


def test_guards_keep_long_lines_datelines_and_the_title():
    taken: dict[int, str] = {0: "menu"}
    assert not linemodel.open_to_model("Lakeside | Regions", 0, taken, set(), None)
    assert not linemodel.open_to_model("Gunmen kill six farmers", 1, taken, set(), 1)
    assert not linemodel.open_to_model("Hill village raid", 2, taken, {2}, None)  # a fragment
    assert not linemodel.open_to_model(
        "Farmers gather beside a burnt grain store in the hills, March 3 (Photo/Staff)", 3,
        taken, set(), None)  # long: left to the named patterns, as for the structural rules
    assert not linemodel.open_to_model("NORTHPORT, Lakeland (Wire) —", 4, taken, set(), None)
    assert linemodel.open_to_model("Sign up to our newsletter", 5, taken, set(), None)


def test_features_of_some_lines_are_those_of_all():
    taken = {0: "menu"}
    every = linemodel.line_features(PAGE, taken, PAGE[1], 1)
    assert every.shape == (len(PAGE), len(linemodel.FEATURES))
    some = linemodel.line_features(PAGE, taken, PAGE[1], 1, [8, 2, 9])
    assert np.allclose(some, every[[2, 8, 9]])


def test_expand_adds_every_product_of_two():
    x = np.array([[1.0, 2.0, 3.0]])
    assert linemodel.expand(x).tolist() == [[1.0, 2.0, 3.0, 2.0, 3.0, 6.0]]


def test_a_model_of_other_features_is_refused(tmp_path, monkeypatch):
    folder = tmp_path / "fogofwar" / "data" / "models"
    folder.mkdir(parents=True)
    (folder / linemodel.MODEL).write_text(json.dumps({"features": ["words_log"]}))
    monkeypatch.setattr(models.resources, "files", lambda _: tmp_path / "fogofwar")
    linemodel.load_model.cache_clear()
    try:
        with pytest.raises(ValueError, match="retrain"):
            linemodel.load_model()
    finally:
        linemodel.load_model.cache_clear()


@pytest.mark.skipif(linemodel.load_model() is None, reason="no model file ships")
def test_shipped_model_strikes_a_tail_label_and_keeps_the_story():
    article = clean(PAGE)
    rules = rules_of(article)
    assert rules.get("Sign up to our newsletter") is not None  # a pattern's
    assert rules.get("Talk to us:") == linemodel.RULE
    for sentence in PAGE[3:7]:
        assert sentence in article.text
    assert article.title == PAGE[1]
