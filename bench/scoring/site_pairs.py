"""List, per gold incident of a kept dev run, the cross-article event pairs whose sites disagree.

`python -m scoring.site_pairs DIR` (PYTHONPATH holding bench/) after `bench/conflict.py
--split dev --keep DIR`: for every gold incident, every pair of events of one type group
from two of its articles where one is
at a named site and the other is not, or both are at sites that do not match
(scoring/site_outs.py names the category), whether or not the two articles joined through
another event. `--counts` prints the category counts only; without it each pair's places and
sentences are printed. Articles of the blind batches (c907 on) are always left out.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from conflict import DATA, load_gold

from .incident_explain import _group
from .site_outs import _is_site, _site_category

#: the first article number of the blind batches: never printed, never counted
BLIND_FROM = 907


def _blind(gid: str) -> bool:
    return gid.startswith("c") and gid[1:].isdigit() and int(gid[1:]) >= BLIND_FROM


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("keep", type=Path)
    ap.add_argument("--counts", action="store_true")
    ap.add_argument("--apart", action="store_true",
                    help="only pairs of one day whose events lie in two system incidents")
    args = ap.parse_args()
    articles, incidents = load_gold([DATA])
    gold = [a for a in articles if a.get("split") == "dev"]
    by_id: dict[str, dict] = {}
    for line in (args.keep / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        art = json.loads(line)
        by_id[gold[int(art["source"].rsplit("#L", 1)[-1]) - 1]["id"]] = art
    inc_of = {e: inc["id"] for line in (args.keep / "incidents.jsonl").read_text(
        encoding="utf-8").splitlines() if line.strip()
        for inc in [json.loads(line)] for e in inc["events"]}
    counts: dict[str, int] = {}
    for gi in incidents:
        if gi.get("split") != "dev" or any(_blind(a) for a in gi["articles"]):
            continue
        evs = [(gid, e) for gid in gi["articles"] if gid in by_id
               for e in by_id[gid].get("events", [])]
        for n, (ga, a) in enumerate(evs):
            for gb, b in evs[n + 1:]:
                if ga == gb or _group(a) is None or _group(a) != _group(b):
                    continue
                if args.apart and (inc_of.get(a["id"]) == inc_of.get(b["id"])
                                   or not a.get("date") or (a.get("date") or "")[:10]
                                   != (b.get("date") or "")[:10]):
                    continue
                pa, pb = a.get("place") or {}, b.get("place") or {}
                if _is_site(pa) and _is_site(pb):
                    cat = _site_category(pa, [pb])
                    if cat == "site:same":
                        continue
                elif _is_site(pa) or _is_site(pb):
                    cat = "site:one_only"
                else:
                    continue
                counts[cat] = counts.get(cat, 0) + 1
                if not args.counts:
                    print(f"{gi['id']} {cat} {ga}:{a['id'].split(':')[-1]} "
                          f"{pa.get('name')}/{pa.get('precision')}/{pa.get('within')} "
                          f"{a.get('date')} || {gb}:{b['id'].split(':')[-1]} "
                          f"{pb.get('name')}/{pb.get('precision')}/{pb.get('within')} "
                          f"{b.get('date')}\n    A {(a.get('sentence') or '')[:110]!r}"
                          f"\n    B {(b.get('sentence') or '')[:110]!r}")
    print(json.dumps(dict(sorted(counts.items()))))


if __name__ == "__main__":
    main()
