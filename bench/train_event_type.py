"""Train the learned event type (extract/events/learned.py) on the dev gold, in one command.

    python bench/train_event_type.py [--out src/fogofwar/data/models/event_type.json]

Without `--out` it only prints the cross-validation: round evtype26 found the model does not
beat the rules out of fold (and alone it takes PLOVER-GSR from 0.804 to 0.500), so no model
ships and `learned.retype` changes nothing until a file is written there.

1. Ingest the dev articles in this process, as `bench/conflict.py` does (text and URL only),
   with the learned type switched off, and record every event the rules coded: the features
   `learned.type_features` makes of it and its rules' type. The blind articles (c1391 and
   up: `conflict.BLIND_FROM`) are left out entirely.
2. Label each recorded event whose sentence holds a gold event (the scorer's own `contains`):
   the rule's type when one of the sentence's gold events has it, else the gold type when the
   sentence's gold events agree on one; events of sentences whose gold disagree are left out.
3. Grouped 5-fold cross-validation by outlet (a fold's outlets are unseen in its training):
   per held-out gold event whose sentence the system found, whether some event of that
   sentence has the gold type under the rules, the model alone, and the model only where its
   type beats the rule's by a margin (chosen inside each training fold by an inner grouped
   3-fold split, so the outer figure stays honest).
4. Fit on every labelled event, margin from the outer CV, and write the weights as JSON.

scikit-learn is a training-only extra (`pip install -e '.[train]'`); the pipeline reads the
JSON with numpy alone. Seeded: the same commit writes the same file.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

from common import parser

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "bench"))

from conflict import MATERIAL, contains, training_gold  # noqa: E402

SEED = 0
C = 1.0
MARGINS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)
MIN_COUNT = 2


def record_events(gold: list[dict], features=None) -> dict[str, list[dict]]:
    """Ingest the articles here with the learned type off; each article's rule-coded events
    (sentence, rules' type, features), by gold id. `features(tok, event, others)` makes an
    event's features (`others`: the rules' types of its sentence's other events); by default
    `learned.type_features`."""
    from fogofwar import analysis, pipeline
    from fogofwar.extract.events import extractor, learned
    from fogofwar.store import open_store

    seen: dict[str, list[dict]] = defaultdict(list)
    current: dict[str, str] = {}

    make = features or (lambda tok, ev, others: learned.type_features(tok, ev.type, ev))

    def recorder(events, starts, doc) -> None:
        others = learned.sentence_types(events)
        for ev, start, other in zip(events, starts, others, strict=True):
            tok = learned.trigger_token(doc, start)
            if tok is not None:
                seen[current["source"]].append({
                    "sentence": ev.sentence, "rule": ev.type,
                    "negated": ev.negated or ev.hypothetical,
                    "features": make(tok, ev, other)})

    real_analyze = analysis.analyze

    def analyze(article, doc, title_doc=None):
        current["source"] = article.source
        return real_analyze(article, doc, title_doc)

    extractor.retype = recorder  # the rules' types only, each event recorded
    analysis.analyze = analyze
    pipeline.update_incidents = lambda store: type("Done", (), {"written": 0})()
    with tempfile.TemporaryDirectory(prefix="fogofwar-train-") as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        with corpus.open("w", encoding="utf-8") as out:
            for g in gold:
                text = (Path(g["_dir"]) / g["file"]).read_text(encoding="utf-8")
                out.write(json.dumps({"text": text, "url": g.get("url")},
                                     ensure_ascii=False) + "\n")
        with open_store(f"sqlite:///{Path(tmp) / 'train.db'}") as store:
            pipeline.ingest([str(corpus)], store, workers=1)
    by_id: dict[str, list[dict]] = {}
    for source, events in seen.items():
        number = int(source.rsplit("#L", 1)[-1])
        by_id[gold[number - 1]["id"]] = events
    return by_id


def examples(gold: list[dict], events: dict[str, list[dict]]) -> tuple[list[dict], list[dict]]:
    """Labelled events (features, rule, label, outlet) and the gold events whose sentence the
    system found (gold type, outlet, indexes of its candidate events) for the recall metric."""
    rows: list[dict] = []
    targets: list[dict] = []
    for g in gold:
        evs = events.get(g["id"], [])
        golds = g.get("events", [])
        index: dict[int, int] = {}
        for k, ev in enumerate(evs):
            types = {ge["type"] for ge in golds if contains(ev["sentence"], ge["sentence"])}
            if not types:
                continue
            # a gold type another event of the sentence has already is that event's: this
            # one is an event the gold did not write down, kept as the rules typed it
            covered = {o["rule"] for j, o in enumerate(evs) if j != k
                       and o["sentence"] == ev["sentence"]}
            open_types = types - covered
            label = ev["rule"] if ev["rule"] in types or not open_types else (
                next(iter(open_types)) if len(open_types) == 1 else None)
            if label is None:
                continue
            index[k] = len(rows)
            rows.append({**ev, "label": label, "outlet": g.get("outlet") or "?",
                         "gold_types": sorted(types)})
        for ge in golds:
            cands = [index[k] for k, ev in enumerate(evs)
                     if k in index and contains(ev["sentence"], ge["sentence"])]
            if cands:
                targets.append({"type": ge["type"], "outlet": g.get("outlet") or "?",
                                "cands": cands})
    return rows, targets


def vocabulary(rows: list[dict]) -> list[str]:
    counts = Counter(f for r in rows for f in set(r["features"]))
    return sorted(f for f, n in counts.items() if n >= MIN_COUNT)


def matrix(rows: list[dict], vocab: list[str]):
    from scipy.sparse import csr_matrix
    index = {f: i for i, f in enumerate(vocab)}
    data, ind, ptr = [], [], [0]
    for r in rows:
        cols = sorted({index[f] for f in r["features"] if f in index})
        ind += cols
        data += [1.0] * len(cols)
        ptr.append(len(ind))
    return csr_matrix((data, ind, ptr), shape=(len(rows), len(vocab)))


def fit(rows: list[dict]):
    from sklearn.linear_model import LogisticRegression
    vocab = vocabulary(rows)
    model = LogisticRegression(C=C, max_iter=2000, random_state=SEED)
    model.fit(matrix(rows, vocab), [r["label"] for r in rows])
    return model, vocab


def choose(rule: str, classes: list[str], p: np.ndarray, margin: float | None) -> str:
    """The same decision as learned.decide; margin None: the model alone."""
    best = int(p.argmax())
    if margin is None:
        return classes[best]
    if rule not in classes or classes[best] == rule:
        return rule
    return classes[best] if p[best] - p[classes.index(rule)] > margin else rule


def predict(rows: list[dict], train: list[int], test: list[int]) -> np.ndarray:
    model, vocab = fit([rows[i] for i in train])
    probs = model.predict_proba(matrix([rows[i] for i in test], vocab))
    return list(model.classes_), probs


def recall(targets: list[dict], typed: dict[int, str]) -> tuple[int, int]:
    """Gold events (of those scored) whose sentence has an event of the gold type."""
    scored = [t for t in targets if all(c in typed for c in t["cands"])]
    return sum(any(typed[c] == t["type"] for c in t["cands"]) for t in scored), len(scored)


def grouped_folds(groups: list[str], k: int, seed: int) -> list[list[int]]:
    from sklearn.model_selection import GroupKFold
    idx = np.arange(len(groups))
    splitter = GroupKFold(n_splits=k, shuffle=True, random_state=seed) \
        if "shuffle" in GroupKFold.__init__.__code__.co_varnames else GroupKFold(n_splits=k)
    return [list(test) for _, test in splitter.split(idx, groups=groups)]


def fold_types(rows, idx_train, idx_test, margins) -> dict:
    """Per margin (and None, the model alone), the type each held-out event gets."""
    classes, probs = predict(rows, idx_train, idx_test)
    return {m: {i: choose(rows[i]["rule"], classes, p, m) for i, p in zip(idx_test, probs,
                                                                         strict=True)}
            for m in [None, *margins]}


def inner_margin(rows, targets, train: list[int]) -> float:
    """The margin that does best on an inner grouped 3-fold split of the training fold."""
    sub = set(train)
    groups = [rows[i]["outlet"] for i in train]
    got: dict[float, dict[int, str]] = {m: {} for m in MARGINS}
    for test_pos in grouped_folds(groups, 3, SEED + 1):
        test = [train[j] for j in test_pos]
        inner_train = sorted(sub - set(test))
        for m, typed in fold_types(rows, inner_train, test, MARGINS).items():
            if m is not None:
                got[m].update(typed)
    inner_targets = [t for t in targets if all(c in sub for c in t["cands"])]
    scores = {m: recall(inner_targets, got[m])[0] for m in MARGINS}
    return max(MARGINS, key=lambda m: (scores[m], m))


def cross_validate(rows: list[dict], targets: list[dict]) -> dict:
    groups = [r["outlet"] for r in rows]
    rule = {i: r["rule"] for i, r in enumerate(rows)}
    model_only: dict[int, str] = {}
    nested: dict[int, str] = {}
    by_margin: dict[float, dict[int, str]] = {m: {} for m in MARGINS}
    chosen = []
    folds = []
    for test in grouped_folds(groups, 5, SEED):
        train = sorted(set(range(len(rows))) - set(test))
        m_in = inner_margin(rows, targets, train)
        chosen.append(m_in)
        typed = fold_types(rows, train, test, MARGINS)
        model_only.update(typed[None])
        nested.update(typed[m_in])
        for m in MARGINS:
            by_margin[m].update(typed[m])
        held = set(test)
        ft = [t for t in targets if all(c in held for c in t["cands"])]
        folds.append({"events": len(test), "gold_scored": len(ft),
                      "outlets": len({groups[i] for i in test}), "margin": m_in,
                      "rules": recall(ft, rule)[0], "model": recall(ft, typed[None])[0],
                      "combined": recall(ft, typed[m_in])[0]})

    def acc(typed: dict[int, str]) -> dict:
        ok, n = recall(targets, typed)
        ev_ok = sum(typed[i] == rows[i]["label"] for i in typed)
        # the scorer's precision over these sentences: material, factual events whose type
        # is one of their sentence's gold types
        material = [i for i in typed if typed[i] in MATERIAL and not {
            "negated", "hypothetical"} & set(rows[i]["features"])]
        mat_ok = sum(typed[i] in rows[i]["gold_types"] for i in material)
        return {"gold_events_typed": round(ok / n, 4), "gold_events": n,
                "event_accuracy": round(ev_ok / len(typed), 4),
                "material_precision": round(mat_ok / len(material), 4),
                "material_events": len(material)}

    confusion = Counter((rows[i]["label"], rule[i]) for i in rule if rule[i] != rows[i]["label"])
    outlets_per = defaultdict(set)
    for i in rule:
        if rule[i] != rows[i]["label"]:
            outlets_per[(rows[i]["label"], rule[i])].add(rows[i]["outlet"])
    return {
        "rules": acc(rule), "model": acc(model_only),
        "combined_nested": acc(nested), "inner_margins": chosen,
        "by_margin": {str(m): acc(by_margin[m]) for m in MARGINS},
        "folds": folds,
        "rule_confusions": [{"gold": g, "rule": r, "events": n,
                             "outlets": len(outlets_per[(g, r)])}
                            for (g, r), n in confusion.most_common(20)],
    }


def export(rows: list[dict], margin: float, cv: dict, out: Path,
           about: str = "learned PLOVER event type over the rules' (extract/events/learned.py); "
                        "written by bench/train_event_type.py") -> dict:
    """Fit on every row and write the weights, `about` and `cv` as the pipeline reads them."""
    model, vocab = fit(rows)
    classes = [str(c) for c in model.classes_]
    coef = model.coef_ if len(classes) > 2 else np.vstack([-model.coef_[0], model.coef_[0]])
    weights = {}
    for j, f in enumerate(vocab):
        row = {c: round(float(coef[k, j]), 4) for k, c in enumerate(classes)
               if abs(coef[k, j]) >= 1e-3}
        if row:
            weights[f] = row
    intercept = model.intercept_ if len(classes) > 2 else [-model.intercept_[0],
                                                             model.intercept_[0]]
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO,
                            capture_output=True, text=True).stdout.strip()
    doc = {
        "about": about,
        "training_commit": commit, "seed": SEED, "C": C, "min_count": MIN_COUNT,
        "examples": len(rows), "margin": margin, "classes": classes,
        "features": sorted(weights), "bias": {c: round(float(b), 4)
                                              for c, b in zip(classes, intercept, strict=True)},
        "weights": weights,
        "cv": cv,
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(doc, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    return doc


def cached_events(path: Path | None, record) -> dict[str, list[dict]]:
    """The recorded events from the cache at `path` when it exists, else `record()`'s,
    written there."""
    if path and path.exists():
        return json.loads(path.read_text(encoding="utf-8"))
    events = record()
    if path:
        path.write_text(json.dumps(events), encoding="utf-8")
    return events


def main() -> None:
    ap = parser(__doc__.splitlines()[0])  # --eval-dir, --limit unused
    ap.add_argument("--out", type=Path, help="write the model here (the pipeline reads "
                    "src/fogofwar/data/models/event_type.json); without it, CV only")
    ap.add_argument("--events", type=Path, help="cache of the recorded events (JSON): read "
                    "it when present, else write it after the ingest")
    args = ap.parse_args()
    started = time.perf_counter()
    gold = training_gold()
    events = cached_events(args.events, lambda: record_events(gold))
    rows, targets = examples(gold, events)
    cv = cross_validate(rows, targets)
    margins = Counter(cv["inner_margins"]).most_common()
    margin = max(m for m, n in margins if n == margins[0][1])
    kept = {k: cv[k] for k in ("rules", "model", "combined_nested", "inner_margins")}
    features = len(export(rows, margin, kept, args.out)["features"]) if args.out else None
    print(json.dumps({"articles": len(gold), "labelled_events": len(rows),
                      "gold_events_found_any_type": len(targets), "margin": margin,
                      "features": features, **cv,
                      "seconds": round(time.perf_counter() - started, 1)}, indent=1))


if __name__ == "__main__":
    main()
