"""Count the false events of a kept dev run by general cause, blind batches left out.

    python bench/conflict.py --split dev --ids IDS --keep DIR   # any open dev articles
    python bench/false_events.py DIR

A false event is one the scorer counts (material, asserted: `conflict.counted_event`) that no
gold event of its article matches (`conflict.event_matches`: same sentence, same type). Each is
put under the first cause that fits: the article lists no gold event; a gold event stands in its
sentence under another type (type confusion, shown as gold<-system); the extractor flagged it
background; an event of its type came earlier on the page in another sentence (a restatement:
the gold codes a later mention only when it adds an argument), split by whether it adds an
actor, target, own place or figure to those earlier ones; else other. Per cause: events,
articles, outlets, and how many the learned filter may drop (`confidence.acted_on`: no place of
its own). Only counts are printed, never text, so blind articles cannot leak; they are skipped.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from common import parser
from conflict import (
    BLIND_FROM,
    DATA,
    MATERIAL,
    contains,
    counted_event,
    event_matches,
    load_gold,
)
from fogofwar.extract.events.confidence import acted_on


def _who(m: dict | None) -> str | None:
    m = m or {}
    return (m.get("actor_id") or m.get("name") or m.get("text") or "").lower() or None


def _own_place(ev: dict) -> str | None:
    p = ev.get("place")
    return None if not p or ev.get("place_inherited") else (p.get("name") or p.get("text"))


def _adds(ev: dict, prev: list[dict]) -> bool:
    """Whether the event names an argument none of the earlier events of its type had."""
    for role in ("actor", "target"):
        if _who(ev.get(role)) and all(_who(p.get(role)) != _who(ev.get(role)) for p in prev):
            return True
    if _own_place(ev) and all(_own_place(p) != _own_place(ev) for p in prev):
        return True
    figs = {(f.get("category"), f.get("value")) for f in ev.get("figures") or []}
    return bool(figs - {(f.get("category"), f.get("value"))
                        for p in prev for f in p.get("figures") or []})


def cause(ev: dict, earlier: list[dict], gold_events: list[dict]) -> str:
    if not gold_events:
        return "article_lists_no_event"
    there = sorted({g["type"] for g in gold_events if contains(ev.get("sentence"), g["sentence"])})
    if there:
        return f"gold_sentence_other_type:{'/'.join(there)}<-{ev.get('type')}"
    if ev.get("background"):
        return "background_flag"
    prev = [p for p in earlier if p.get("type") == ev.get("type")
            and p.get("sentence") != ev.get("sentence")]
    if prev:
        return "restated_adds_argument" if _adds(ev, prev) else "restated_adds_nothing"
    return "other"


def main() -> None:
    ap = parser(__doc__.splitlines()[0])  # (--eval-dir, --limit: unused; the set ships here)
    ap.add_argument("kept", help="a `bench/conflict.py --keep DIR` folder")
    kept = Path(ap.parse_args().kept)
    if not (kept / "corpus.jsonl").is_file() or not (kept / "articles.jsonl").is_file():
        sys.exit(f"error: not a kept run (no corpus.jsonl and articles.jsonl): {kept}")
    articles, _ = load_gold([DATA])
    gold = {a["id"]: a for a in articles}
    # the kept corpus is the picked gold articles in order: its line numbers name them
    by_text = {(Path(a["_dir"]) / a["file"]).read_text(encoding="utf-8"): a["id"]
               for a in articles if a.get("split") == "dev" and int(a["id"][1:]) < BLIND_FROM}
    order = [by_text.get(json.loads(x)["text"])
             for x in (kept / "corpus.jsonl").read_text(encoding="utf-8").splitlines() if x]
    counts: Counter = Counter()
    acted: Counter = Counter()
    arts: dict[str, set] = defaultdict(set)
    outlets: dict[str, set] = defaultdict(set)
    for line in (kept / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        art = json.loads(line)
        gid = order[int(art["source"].rsplit("#L", 1)[-1]) - 1]
        if gid is None or int(gid[1:]) >= BLIND_FROM:
            continue
        g = gold[gid]
        events = [e for e in art.get("events", []) if counted_event(e)]
        for k, ev in enumerate(events):
            if event_matches(ev, g.get("events", [])):
                continue
            why = cause(ev, events[:k], g.get("events", []))
            for key in {why, why.split(":")[0]}:
                counts[key] += 1
                acted[key] += acted_on(ev, frozenset(MATERIAL))
                arts[key].add(gid)
                outlets[key].add(g.get("outlet") or gid)
    for key, n in counts.most_common():
        print(f"{n:6d} {key}  articles {len(arts[key])}  outlets {len(outlets[key])}  "
              f"filter may drop {acted[key]}")


if __name__ == "__main__":
    main()
