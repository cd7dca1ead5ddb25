"""Train the learned last-chance page linker (reconcile/page_linker.py, `MODEL`) on dev gold.

    python bench/train_page_linker.py [--rows CACHE.jsonl] \
        [--out src/fogofwar/data/models/page_linker.json]

Pages the rule passes leave alone (no report in an incident another page tells) are scored
against the incidents of two pages or more by a logistic regression over
`page_linker.features`; a page joins the best candidate when its probability reaches a
threshold and leads the runner-up's by a margin.

1. Ingest the open dev articles (dev split, c1391 and up left out: the blind batches) with
   FOGOFWAR_LINKER_DUMP set, so the pass joins nothing and writes each (page, candidate)
   pair's features, for every page (`candidates(every=True)`: a page the rules joined is
   read against its incident without it). Gold incidents are the dev ones of those articles.
2. Label a pair 1 when the page's gold incident is one of the candidate's pages' gold
   incidents, else 0 (a page of no gold incident has no right candidate). The rules leave
   few gold pages alone on dev (they were fitted there), so the rows come in three views
   (`labelled`): the pages left alone as the pass meets them, the gold pages the rules
   joined read as if left out, and those again with their dates taken away.
3. Cross-validate grouped by gold incident (5 folds; a page of no gold incident is its own
   group): per (threshold, margin) and view, the joins each held-out fold would make: true,
   wrong (into an incident holding another gold incident's page: a page added to the wrong
   incident, or two gold incidents merged) and unjudged (into an incident no gold page is
   in: gold says nothing of it; counted, not chosen on). The pair chosen is the one with
   the most true joins among those with no wrong join in any fold and view, there and at
   every higher threshold and margin (ties: the higher threshold, then margin); none when
   no pair is.
4. With `--out`, fit on every pair and write the weights with the chosen threshold and margin
   (an unreachable threshold when none was safe, so the pass joins nothing).

Seeded: the same rows give the same file. scikit-learn is needed here only; the pipeline
scores with pure Python.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

from common import parser

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "bench"))

from conflict import BLIND_FROM, BLIND_INCIDENT_FROM, DATA, load_gold, run_pipeline  # noqa: E402

SEED = 0
C = 1.0
FOLDS = 5
#: The blind batches (`conflict.BLIND_FROM` up, incidents `conflict.BLIND_INCIDENT_FROM` up)
#: and the test split stay out.
BLIND_ARTICLE, BLIND_INCIDENT = BLIND_FROM, BLIND_INCIDENT_FROM
THRESHOLDS = tuple(round(0.3 + 0.05 * k, 2) for k in range(14))  # 0.3 .. 0.95
MARGINS = (0.0, 0.1, 0.2, 0.3, 0.4)
VIEWS = ("alone", "left_out", "left_out_undated")
NEVER = 1.01  # the threshold written when no pair was safe
ABOUT = ("learned last-chance page linker (reconcile/page_linker.py, features); written by "
         "bench/train_page_linker.py")


def _number(ident: str) -> int:
    m = re.fullmatch(r"[ci](\d+)", ident)
    return int(m.group(1)) if m else 10 ** 6


def open_dev() -> tuple[list[dict], dict[str, str]]:
    """The open dev articles and each one's gold incident (article -> incident id)."""
    articles, incidents = load_gold([DATA])
    gold = [a for a in articles if a.get("split") == "dev" and _number(a["id"]) < BLIND_ARTICLE]
    ids = {a["id"] for a in gold}
    of = {}
    for inc in incidents:
        if inc.get("split") == "dev" and _number(inc["id"]) < BLIND_INCIDENT:
            of.update({a: inc["id"] for a in inc["articles"] if a in ids})
    return gold, of


def dump_rows(gold: list[dict], cache: Path | None) -> list[dict]:
    """The (page, candidate) rows of a run, from `cache` when it exists."""
    if cache is not None and cache.exists():
        return [json.loads(x) for x in cache.read_text(encoding="utf-8").splitlines() if x]
    with tempfile.TemporaryDirectory(prefix="fogofwar-linker-") as tmp:
        dump = Path(tmp) / "rows.jsonl"
        os.environ["FOGOFWAR_LINKER_DUMP"] = str(dump)
        try:
            out, _ = run_pipeline(gold, Path(tmp))
        finally:
            del os.environ["FOGOFWAR_LINKER_DUMP"]
        gold_id = {art["id"]: gid for gid, art in out.items()}  # the store's id -> gold's
        seen, rows = set(), []
        for line in dump.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            row["page"] = gold_id[row["page"]]
            row["incident"] = sorted(gold_id[a] for a in row["incident"])
            key = (row["page"], tuple(row["incident"]))
            if key not in seen:  # a second reconcile (export) writes the same rows again
                seen.add(key)
                rows.append(row)
    if cache is not None:
        cache.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return rows


#: What an undated page's features read (`undated_view`): no day of its own to compare.
UNDATED = {"dated": 0.0, "windows": 0.0, "gap": 0.0, "gap_unknown": 1.0,
           "published_before": 0.0, "published_after": 0.0}


def labelled(rows: list[dict], of: dict[str, str]) -> list[dict]:
    """The rows labelled, in three views: pages the rules left alone (`alone`, as the pass
    meets them), pages of a gold incident the rules joined, read as if left out of it
    (`left_out`, each incident read without the page), and those again with their page's
    dates taken away (`left_out_undated`: most pages left alone have none)."""
    out = []
    for r in rows:
        mine = of.get(r["page"])
        r["label"] = int(mine is not None and mine in {of.get(a) for a in r["incident"]})
        r["group"] = mine or r["page"]
        # a join is judged when the incident holds a gold incident's page: a wrong one then
        # adds a page to another gold incident (or merges two); into an incident of no gold
        # page, gold says nothing either way
        r["judged"] = any(of.get(a) for a in r["incident"])
        if r["alone"]:
            out.append({**r, "view": "alone"})
        elif mine is not None:
            out.append({**r, "view": "left_out"})
            if r["features"]["dated"] or r["features"]["windows"]:
                out.append({**r, "view": "left_out_undated",
                            "features": {**r["features"], **UNDATED}})
    return out


def names(rows: list[dict]) -> list[str]:
    """The model's features: all but the contradiction flag, which scores 0 by itself."""
    return sorted({f for r in rows for f in r["features"]} - {"contradicted"})


def fit(rows: list[dict], feats: list[str]):
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    x = np.array([[r["features"].get(f, 0.0) for f in feats] for r in rows])
    y = np.array([r["label"] for r in rows])
    return LogisticRegression(C=C, max_iter=2000, random_state=SEED).fit(x, y)


def as_model(model, feats: list[str], threshold: float, margin: float) -> dict:
    return {"bias": float(model.intercept_[0]), "threshold": threshold, "margin": margin,
            "weights": {f: round(float(w), 4) for f, w in zip(feats, model.coef_[0],
                                                               strict=True)}}


def joins(rows: list[dict], probs: list[float], threshold: float, margin: float
          ) -> tuple[int, int, int]:
    """(true joins, wrong joins, unjudged joins: into an incident of no gold page) the pages
    of `rows` would make."""
    from fogofwar.reconcile.page_linker import pick
    by_page: dict[tuple[str, str], list[int]] = defaultdict(list)
    for k, r in enumerate(rows):
        by_page[(r["page"], r["view"])].append(k)
    true = wrong = unjudged = 0
    for ks in by_page.values():
        k = pick([probs[j] for j in ks], threshold, margin)
        if k is not None:
            row = rows[ks[k]]
            true += row["label"]
            wrong += not row["label"] and row["judged"]
            unjudged += not row["judged"]
    return true, wrong, unjudged


def cross_validate(rows: list[dict], feats: list[str], least: float = 0.0) -> dict:
    from fogofwar.reconcile.page_linker import probability
    from train_event_type import grouped_folds
    # (threshold, margin) -> view -> per fold (true, wrong)
    table: dict = defaultdict(lambda: defaultdict(list))
    folds = grouped_folds([r["group"] for r in rows], FOLDS, SEED)
    reachable: dict[str, list[int]] = defaultdict(list)  # pages with a right candidate
    for test in folds:
        train = sorted(set(range(len(rows))) - set(test))
        model = as_model(fit([rows[i] for i in train], feats), feats, 0, 0)
        for view in VIEWS:
            held = [rows[i] for i in test if rows[i]["view"] == view]
            probs = [probability(model, r["features"]) for r in held]
            reachable[view].append(len({r["page"] for r in held if r["label"]}))
            for t in THRESHOLDS:
                for m in MARGINS:
                    table[(t, m)][view].append(joins(held, probs, t, m))

    def total(views: dict, k: int) -> int:
        return sum(x[k] for v in views.values() for x in v)

    bare = {key for key, v in table.items() if total(v, 1) == 0}
    # safe: no wrong join there, nor at any higher threshold or margin (a pair that is safe
    # only between two unsafe neighbours is luck of the folds)
    safe = [(total(table[(t, m)], 0), (t, m)) for t, m in bare if t >= least
            and all((t2, m2) in bare for t2 in THRESHOLDS for m2 in MARGINS if t2 >= t and m2 >= m)]
    chosen = max(safe)[1] if safe and max(safe)[0] > 0 else None
    return {"folds": FOLDS, "pages_with_a_right_candidate": dict(reachable),
            "chosen": list(chosen) if chosen else None,
            "per_fold_at_chosen": {view: [{"true": a, "wrong": b, "unjudged": c}
                                          for a, b, c in per]
                                   for view, per in table[chosen].items()} if chosen else None,
            "table": [{"threshold": t, "margin": m, **{
                view: {"true": sum(x[0] for x in per), "wrong": sum(x[1] for x in per),
                       "unjudged": sum(x[2] for x in per)}
                for view, per in v.items()}} for (t, m), v in sorted(table.items())]}


def main() -> None:
    ap = parser(__doc__.splitlines()[0])  # --eval-dir, --limit unused
    ap.add_argument("--out", type=Path, help="write the model here (the pipeline reads "
                    "src/fogofwar/data/models/page_linker.json); without it, CV only")
    ap.add_argument("--rows", type=Path, help="cache of the dumped pairs (JSONL): read it when "
                    "present, else write it after the ingest")
    ap.add_argument("--min-threshold", type=float, default=0.0, help="choose no threshold "
                    "below this (0.8 ships: at 0.6 the date ablation `conflict.py --undate 1 "
                    "--no-clue` merged two gold incidents)")
    args = ap.parse_args()
    started = time.perf_counter()
    gold, of = open_dev()
    rows = labelled(dump_rows(gold, args.rows), of)
    feats = names(rows)
    cv = cross_validate(rows, feats, args.min_threshold)
    threshold, margin = cv["chosen"] or (NEVER, 0.0)
    if args.out:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO,
                                capture_output=True, text=True).stdout.strip()
        doc = {"about": ABOUT, "training_commit": commit, "seed": SEED, "C": C,
               "examples": len(rows), "positives": sum(r["label"] for r in rows),
               **as_model(fit(rows, feats), feats, threshold, margin),
               "cv": {k: v for k, v in cv.items() if k != "table"}}
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(doc, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(json.dumps({"articles": len(gold), "pairs": Counter(r["view"] for r in rows),
                      "pages": {v: len({r["page"] for r in rows if r["view"] == v})
                                for v in VIEWS},
                      "positives": Counter(r["view"] for r in rows if r["label"]), "cv": cv,
                      "seconds": round(time.perf_counter() - started, 1)}, indent=1))


if __name__ == "__main__":
    main()
