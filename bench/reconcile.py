"""Reconcile scaling on synthetic events: time 10k and 100k events and print the ratio.

Blocking (type group x date bucket x grid cell, or x admin area) should make clustering grow
near-linearly, so 10x the events should take about 10x the time (goal: ratio <= 12). The
synthetic corpus keeps a realistic *density*: a fixed number of events per day over a fixed
region (western Syria's box), with the period growing with the corpus, as a real archive grows.
Events come in incidents of 1-5 reports jittered a few km and up to a day apart; 70 % are placed
at a town, 20 % only at an admin area (one of a 6 x 7 grid) and 10 % are undated. Each size is
timed several times and the best run counts (all runs are printed). The ratio is taken on CPU
time (`time.process_time`: reconciling runs on one thread), which other jobs on a shared machine
hardly move, where wall time varied by a factor of two between runs; the wall-clock ratio is
printed beside it.

    python bench/reconcile.py [--limit N]    # --limit N: time N and 10N events instead
"""

from __future__ import annotations

import random
import time
from datetime import date, timedelta

from common import emit, parser
from fogofwar.reconcile import build_incidents

EVENTS_PER_DAY = 100
START = date(2020, 1, 1)


def place(lat: float, lon: float, precision: str) -> dict:
    admin1 = f"A{int(lat)}-{int(lon)}"
    return {"text": admin1, "start": 0, "end": 1, "name": admin1, "geonames_id": None,
            "lat": lat, "lon": lon, "country": "SY", "admin1": admin1, "feature_code": None,
            "precision": precision}


def synthetic_articles(n: int, seed: int = 7) -> list[dict]:
    """About n events in articles of 5 events each, at constant density per day."""
    rng = random.Random(seed)
    days = max(1, n // EVENTS_PER_DAY)
    events: list[dict] = []
    while len(events) < n:
        day = START + timedelta(days=rng.randrange(days))
        lat, lon = rng.uniform(32, 38), rng.uniform(35, 42)
        kind = rng.choice(["ASSAULT", "FIGHT", "SEIZE", "MOBILIZE"])
        for _ in range(rng.randint(1, 5)):
            roll = rng.random()
            when = day + timedelta(days=rng.choice((0, 0, 1)))
            ev = {"id": f"e{len(events)}", "type": kind, "mode": None, "actor": None,
                  "target": None, "date": when.isoformat(), "date_precision": "day",
                  "place": place(lat + rng.gauss(0, 0.03), lon + rng.gauss(0, 0.03), "town"),
                  "figures": [], "claim_id": None, "sentence": "", "negated": False,
                  "hypothetical": False}
            if roll < 0.2:
                ev["place"] = place(lat, lon, "admin1")
            elif roll < 0.3:
                ev["date"] = ev["date_precision"] = None
            events.append(ev)
    arts = []
    for i in range(0, n, 5):
        chunk = events[i:i + 5]
        published = max((e["date"] for e in chunk if e["date"]), default=START.isoformat())
        arts.append({"id": f"a{i // 5}", "outlet": f"outlet{i % 7}", "original_outlet": None,
                     "published": published, "duplicate_of": None, "text": "", "claims": [],
                     "places": [], "actors": [], "events": chunk})
    return arts


def timed(n: int, repeats: int) -> dict:
    """Best of `repeats` runs: the least disturbed by whatever else the machine is doing."""
    arts = synthetic_articles(n)
    runs, cpu = [], []
    for _ in range(repeats):
        start, start_cpu = time.perf_counter(), time.process_time()
        incidents = build_incidents(arts)
        runs.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return {"events": n, "incidents": len(incidents), "seconds": round(min(runs), 3),
            "runs": [round(r, 3) for r in runs], "cpu_seconds": round(min(cpu), 3),
            "cpu_runs": [round(r, 3) for r in cpu],
            "multi_report": sum(len(i["events"]) > 1 for i in incidents)}


def main() -> None:
    args = parser(__doc__.splitlines()[0]).parse_args()
    small = args.limit or 10_000

    def run() -> dict:
        a, b = timed(small, repeats=5), timed(small * 10, repeats=3)
        return {"small": a, "large": b,
                "ratio": round(b["cpu_seconds"] / a["cpu_seconds"], 2),
                "wall_ratio": round(b["seconds"] / a["seconds"], 2), "goal_ratio": 12}

    emit("reconcile_scaling", run)


if __name__ == "__main__":
    main()
