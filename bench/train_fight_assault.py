"""Train the FIGHT-or-ASSAULT re-typer (extract/events/learned.py, `PAIR_MODEL`) on dev gold.

    python bench/train_fight_assault.py [--events CACHE.json] \
        [--out src/fogofwar/data/models/fight_assault.json]

The rules type a clash between armed sides FIGHT and an attack on people who cannot fight
back ASSAULT; they confuse the two more than any other pair (issue 11). This is a binary
logistic regression over `learned.pair_features` for events the rules typed FIGHT or ASSAULT
whose sentence holds a gold FIGHT or ASSAULT; it switches the rules' type only when its
probability of the other type beats the rules' type's by a margin.

1. Ingest the training articles (`conflict.training_gold`: dev, blind batches out) with the
   learned types off and record each event (`train_event_type.record_events`).
2. Label the FIGHT/ASSAULT events of gold sentences as `train_event_type.examples` does,
   keeping those labelled FIGHT or ASSAULT.
3. Cross-validate grouped by article and grouped by outlet (5 folds): per margin, gold events
   of held-out articles found with their type (the scorer's sentence-and-type match over the
   recorded events) gained and lost, and false events (material, factual, of a type none of
   the sentence's gold events has) removed and added. The margin is chosen inside each
   training fold (inner grouped 3-fold split), so the outer figures stay honest.
4. With `--out`, fit on every labelled event with the margin the outer folds chose most.

Seeded: the same commit writes the same file.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from pathlib import Path

from common import parser

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "bench"))

from conflict import MATERIAL, contains, training_gold  # noqa: E402
from train_event_type import (  # noqa: E402
    SEED,
    cached_events,
    examples,
    export,
    fit,
    grouped_folds,
    matrix,
    record_events,
)

PAIR = ("ASSAULT", "FIGHT")
ABOUT = ("learned FIGHT-or-ASSAULT type over the rules' (extract/events/learned.py, "
         "pair_features); written by bench/train_fight_assault.py")
MARGINS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.1)  # 1.1: never switch


def pair_events(gold: list[dict]) -> dict[str, list[dict]]:
    from fogofwar.extract.events import learned
    return record_events(gold, lambda tok, ev, others: learned.pair_features(
        tok, ev.type, ev, others))


def labelled(gold, events) -> list[dict]:
    """The pair's labelled events, each with its article id and its index in the article."""
    for gid, evs in events.items():
        for k, ev in enumerate(evs):
            ev["article"], ev["k"] = gid, k
    rows, _ = examples(gold, events)
    return [r for r in rows if r["rule"] in PAIR and r["label"] in PAIR]


def score(gold: list[dict], events: dict[str, list[dict]], typed: dict[tuple[str, int], str],
          articles: set[str]) -> tuple[int, int]:
    """(gold events found with their type, false events) over `articles`, the recorded events
    taking the types in `typed` (by (article, index)) and the rules' types elsewhere."""
    found = false = 0
    for g in gold:
        if g["id"] not in articles:
            continue
        evs = [(typed.get((g["id"], k), ev["rule"]), ev) for k, ev in
               enumerate(events.get(g["id"], []))]
        golds = g.get("events", [])
        found += sum(any(t == ge["type"] and contains(ev["sentence"], ge["sentence"])
                         for t, ev in evs) for ge in golds)
        false += sum(t in MATERIAL and not ev.get("negated") and not any(
            t == ge["type"] and contains(ev["sentence"], ge["sentence"]) for ge in golds)
            for t, ev in evs)
    return found, false


def switch(rule: str, p_other: float, p_rule: float, margin: float,
           features: list[str] = ()) -> str:
    """The same decision as learned.decide_pair for two classes (a FIGHT whose victims fell in
    a fight its words name stays one: `learned.fell_in_a_fight`)."""
    from fogofwar.extract.events.learned import fell_in_a_fight
    if rule == "FIGHT" and fell_in_a_fight(features):
        return rule
    other = PAIR[1] if rule == PAIR[0] else PAIR[0]
    return other if p_other - p_rule > margin else rule


def fold_typed(rows, train, test) -> dict[float, dict[tuple[str, int], str]]:
    model, vocab = fit([rows[i] for i in train])
    classes = list(model.classes_)
    probs = model.predict_proba(matrix([rows[i] for i in test], vocab))
    out: dict[float, dict] = {m: {} for m in MARGINS}
    for i, p in zip(test, probs, strict=True):
        r = rows[i]
        p_rule = p[classes.index(r["rule"])]
        for m in MARGINS:
            out[m][(r["article"], r["k"])] = switch(r["rule"], 1 - p_rule, p_rule, m,
                                                    r["features"])
    return out


def net(gold, events, typed, articles, base) -> int:
    found, false = score(gold, events, typed, articles)
    return (found - base[0]) - (false - base[1])


def inner_margin(gold, events, rows, train, key) -> float:
    groups = [rows[i][key] for i in train]
    got: dict[float, dict] = {m: {} for m in MARGINS}
    for pos in grouped_folds(groups, 3, SEED + 1):
        test = [train[j] for j in pos]
        for m, typed in fold_typed(rows, sorted(set(train) - set(test)), test).items():
            got[m].update(typed)
    articles = {rows[i]["article"] for i in train}
    base = score(gold, events, {}, articles)
    nets = {m: net(gold, events, got[m], articles, base) for m in MARGINS}
    return max(MARGINS, key=lambda m: (nets[m], m))


def delta(gold, events, typed, articles) -> dict:
    """True events gained/lost and false events removed/added against the rules' types."""
    gained = lost = removed = added = 0
    for gid in sorted(articles):
        f0, x0 = score(gold, events, {}, {gid})
        f1, x1 = score(gold, events, typed, {gid})
        gained += max(f1 - f0, 0)
        lost += max(f0 - f1, 0)
        removed += max(x0 - x1, 0)
        added += max(x1 - x0, 0)
    return {"true_gained": gained, "true_lost": lost, "false_removed": removed,
            "false_added": added, "switched": sum(
                typed[k] != events[k[0]][k[1]]["rule"] for k in typed)}


def cross_validate(gold, events, rows, key: str) -> dict:
    groups = [r[key] for r in rows]
    nested: dict = {}
    by_margin: dict[float, dict] = {m: {} for m in MARGINS}
    chosen = []
    for test in grouped_folds(groups, 5, SEED):
        train = sorted(set(range(len(rows))) - set(test))
        m_in = inner_margin(gold, events, rows, train, key)
        chosen.append(m_in)
        typed = fold_typed(rows, train, test)
        nested.update(typed[m_in])
        for m in MARGINS:
            by_margin[m].update(typed[m])
    articles = {r["article"] for r in rows}
    return {"grouped_by": key, "inner_margins": chosen,
            "nested": delta(gold, events, nested, articles),
            "by_margin": {str(m): delta(gold, events, by_margin[m], articles)
                          for m in MARGINS}}


def main() -> None:
    ap = parser(__doc__.splitlines()[0])  # --eval-dir, --limit unused
    ap.add_argument("--out", type=Path, help="write the model here (the pipeline reads "
                    "src/fogofwar/data/models/fight_assault.json); without it, CV only")
    ap.add_argument("--events", type=Path, help="cache of the recorded events (JSON): read "
                    "it when present, else write it after the ingest")
    args = ap.parse_args()
    started = time.perf_counter()
    gold = training_gold()
    events = cached_events(args.events, lambda: pair_events(gold))
    rows = labelled(gold, events)
    cv = [cross_validate(gold, events, rows, key) for key in ("article", "outlet")]
    margins = Counter(cv[0]["inner_margins"] + cv[1]["inner_margins"]).most_common()
    margin = max(m for m, n in margins if n == margins[0][1])
    kept = [{k: c[k] for k in ("grouped_by", "inner_margins", "nested")} for c in cv]
    features = len(export(rows, margin, kept, args.out, ABOUT)["features"]) if args.out else None
    print(json.dumps({"articles": len(gold), "labelled_events": len(rows),
                      "labels": Counter((r["rule"], r["label"]) for r in rows).most_common(),
                      "margin": margin, "features": features, "cv": cv,
                      "seconds": round(time.perf_counter() - started, 1)}, indent=1,
                     default=str))


if __name__ == "__main__":
    main()
