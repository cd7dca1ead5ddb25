"""Fit the learned event filter on the dev gold and write its weights into the package data.

One command, end to end (sklearn is a training-only extra: pip install 'fogofwar[train]'):

    python bench/train_event_filter.py                    # runs the pipeline on dev, ~5 min
    python bench/train_event_filter.py --keep DIR         # keep that run's store and export
    python bench/train_event_filter.py --keep DIR --reuse # refit on DIR's export (~2 min)

1. Runs the pipeline on the dev split as bench/conflict.py does (`run_pipeline`), with the filter
   off (FOGOFWAR_EVENT_THRESHOLD=0), leaving out the blind batches
   (c1391 and up: `conflict.BLIND_FROM`; c907-c1390 are open dev) entirely.
2. Labels every exported event with the scorer's own matching (`conflict.event_matches`: a gold
   event of the article in the same sentence, of the same type).
3. Features: `fogofwar.extract.events.confidence.event_features`, the function the runtime calls.
4. Logistic regression (fixed seed), grouped 5-fold cross-validation by article, by outlet and
   by conflict (the blind batches' pages are new outlets and often new wars):
   for each threshold, events kept-true / dropped-true / dropped-false and the scorer's events
   precision and recall (`conflict.score_events` on the events each fold's model keeps).
5. The threshold (acting on material, asserted events with no place of their own:
   `confidence.acted_on`): the highest whose cross-validated (by article) loss of true events
   is at most `--max-loss` (1 %) and whose events recall falls by at most that much; the model
   is refitted on all training articles and written with its vocabulary, weights, threshold
   and figures.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

import numpy as np

from common import REPO, parser
from conflict import (
    MATERIAL,
    counted_event,
    event_matches,
    run_pipeline,
    score_events,
    training_gold,
)
from fogofwar.extract.events.confidence import MODEL_FILE, acted_on, event_features

OUT = REPO / "src" / "fogofwar" / "data" / "models" / MODEL_FILE
SEED = 26
FOLDS = 5
#: a feature enters the vocabulary when this many training articles have it
MIN_ARTICLES = 3
C = 0.1
#: Events the filter never drops (negated, hypothetical, statement types: never a gold event,
#: never in an incident) are in the fit at this weight, so that their confidence reads the same
#: scale, while the events the threshold acts on decide the fit.
OTHER_WEIGHT = 0.2
THRESHOLDS = (0.0, 0.04, 0.06, 0.08, 0.1, 0.11, 0.12, 0.13, 0.14, 0.15, 0.16, 0.17, 0.18, 0.2,
              0.25, 0.3, 0.4, 0.5)
TYPES = frozenset(MATERIAL)


def exported(gold: list[dict], keep: Path | None, reuse: bool = False) -> dict[str, dict]:
    """The dev run's exported articles by gold id (with `reuse`, those `keep` holds from a run
    of the same articles: stale once the pipeline changed)."""
    os.environ["FOGOFWAR_EVENT_THRESHOLD"] = "0"  # every event, scored or not
    if reuse and keep is not None and (keep / "articles.jsonl").exists() \
            and (keep / "ids.json").exists():
        ids = json.loads((keep / "ids.json").read_text())
        if ids == [g["id"] for g in gold]:
            lines = (keep / "articles.jsonl").read_text(encoding="utf-8").splitlines()
            arts = [json.loads(x) for x in lines if x.strip()]
            return {gold[int(a["source"].rsplit("#L", 1)[-1]) - 1]["id"]: a for a in arts}
    if keep is not None:
        keep.mkdir(parents=True, exist_ok=True)
        out, _ = run_pipeline(gold, keep)
        (keep / "ids.json").write_text(json.dumps([g["id"] for g in gold]))
        return out
    import tempfile

    with tempfile.TemporaryDirectory(prefix="fogofwar-evfilter-") as tmp:
        out, _ = run_pipeline(gold, Path(tmp))
    return out


def rows(gold: list[dict], out: dict[str, dict]) -> list[dict]:
    """One row per exported event: article, outlet, label, features."""
    found = []
    for g in gold:
        art = out.get(g["id"])
        if art is None:
            continue
        for ev in art.get("events", []):
            found.append({"article": g["id"], "outlet": g.get("outlet") or g["id"],
                          "conflict": g.get("conflict") or g["id"],
                          "event": ev, "counted": counted_event(ev),
                          "acted_on": acted_on(ev, TYPES),
                          "label": event_matches(ev, g.get("events", [])),
                          "features": event_features(ev, art)})
    return found


def vocabulary(train: list[dict]) -> list[str]:
    seen: dict[str, set[str]] = {}
    for r in train:
        for k in r["features"]:
            seen.setdefault(k, set()).add(r["article"])
    return sorted(k for k, arts in seen.items() if len(arts) >= MIN_ARTICLES)


def matrix(data: list[dict], vocab: list[str]) -> np.ndarray:
    index = {k: i for i, k in enumerate(vocab)}
    x = np.zeros((len(data), len(vocab)))
    for n, r in enumerate(data):
        for k, v in r["features"].items():
            if k in index:
                x[n, index[k]] = v
    return x


def fit(train: list[dict]):
    from sklearn.linear_model import LogisticRegression

    vocab = vocabulary(train)
    model = LogisticRegression(C=C, max_iter=5000, random_state=SEED)
    model.fit(matrix(train, vocab), np.array([r["label"] for r in train]),
              sample_weight=np.array([1.0 if r["counted"] else OTHER_WEIGHT for r in train]))
    return vocab, model


def out_of_fold(data: list[dict], key: str) -> np.ndarray:
    """Each event's score from the model fitted on the folds its group is not in."""
    from sklearn.model_selection import GroupKFold

    groups = np.array([r[key] for r in data])
    scores = np.zeros(len(data))
    splitter = GroupKFold(n_splits=FOLDS, shuffle=True, random_state=SEED)
    for tr, te in splitter.split(np.zeros(len(data)), groups=groups):
        vocab, model = fit([data[i] for i in tr])
        scores[te] = model.predict_proba(matrix([data[i] for i in te], vocab))[:, 1]
    return scores


def table(data: list[dict], scores: np.ndarray, gold: list[dict],
          out: dict[str, dict]) -> list[dict]:
    """Per threshold: kept-true (of the events the scorer counts: material, asserted),
    dropped-true, dropped-false (of those the filter acts on: the same, less those with a place
    of their own); and the scorer's events precision/recall on what is kept."""
    result = []
    for t in THRESHOLDS:
        drop = {id(r["event"]) for r, s in zip(data, scores, strict=True)
                if s < t and r["acted_on"]}
        kept_out = {gid: {**art, "events": [e for e in art.get("events", [])
                                            if id(e) not in drop]} for gid, art in out.items()}
        ev = score_events(gold, kept_out)["found"]
        dropped = [r for r in data if id(r["event"]) in drop]
        result.append({
            "threshold": t,
            "kept_true": sum(r["label"] and r["counted"] for r in data)
            - sum(r["label"] for r in dropped),
            "dropped_true": sum(r["label"] for r in dropped),
            "dropped_false": sum(not r["label"] for r in dropped),
            "precision": ev["precision"], "recall": ev["recall"], "tp": ev["tp"],
            "fp": ev["fp"], "fn": ev["fn"]})
    return result


def choose(rows_: list[dict], max_loss: float) -> float:
    """The highest threshold losing at most `max_loss` of the true events and of the recall."""
    base = rows_[0]
    true = base["kept_true"] + base["dropped_true"]
    ok = [r["threshold"] for r in rows_ if r["dropped_true"] <= max_loss * true
          and r["recall"] >= base["recall"] - max_loss]
    return max(ok)


def commit() -> str:
    done = subprocess.run(["git", "rev-parse", "HEAD"], cwd=REPO, capture_output=True, text=True)
    return done.stdout.strip()


def main() -> None:
    ap = parser(__doc__.splitlines()[0])  # (--eval-dir unused: the dev set ships in bench/data)
    ap.add_argument("--keep", type=Path, help="keep the dev run's store and export here")
    ap.add_argument("--reuse", action="store_true",
                    help="with --keep: refit on the export already there (same articles), "
                         "not a new run; only while the pipeline has not changed")
    ap.add_argument("--max-loss", type=float, default=0.01,
                    help="largest cross-validated share of true events the threshold may drop")
    ap.add_argument("-o", "--out", type=Path, default=OUT, help=f"model file (default {OUT})")
    args = ap.parse_args()
    started = time.perf_counter()
    gold = training_gold()[:args.limit] if args.limit else training_gold()
    out = exported(gold, args.keep, args.reuse)
    data = rows(gold, out)
    labels = Counter(r["label"] for r in data)
    print(f"{len(gold)} articles, {len(data)} events: {labels[True]} true, "
          f"{labels[False]} false", file=sys.stderr)
    cv = {}
    for key in ("article", "outlet", "conflict"):
        cv[key] = table(data, out_of_fold(data, key), gold, out)
        print(f"grouped by {key}:", file=sys.stderr)
        for r in cv[key]:
            print("  " + json.dumps(r), file=sys.stderr)
    threshold = choose(cv["article"], args.max_loss)
    vocab, model = fit(data)
    weights = model.coef_[0]
    record = {
        "kind": "logistic regression (scikit-learn), scored with numpy at runtime",
        "trained": datetime.now(timezone.utc).strftime("%Y-%m-%d"),
        "dev_commit": commit(),
        "articles": len(gold), "events": len(data), "true_events": labels[True],
        "seed": SEED, "C": C, "min_articles": MIN_ARTICLES, "other_weight": OTHER_WEIGHT,
        "threshold": threshold,
        "filtered_types": sorted(TYPES),
        "max_loss": args.max_loss,
        "cv": cv,
        "intercept": round(float(model.intercept_[0]), 5),
        "features": vocab,
        "weights": [round(float(w), 5) for w in weights],
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n",
                        encoding="utf-8")
    print(f"threshold {threshold}; {len(vocab)} features; wrote {args.out} "
          f"({args.out.stat().st_size:,} bytes) in {time.perf_counter() - started:.0f} s",
          file=sys.stderr)


if __name__ == "__main__":
    main()
