"""API latency: p50/p95 per endpoint on a synthetic store of 10,000 articles.

The store is written straight from synthetic records (no spaCy): each article has a few actor
mentions and places, three claims with claimants on different sides, five events with figures
around western Syria, and a text made of common conflict words so full-text search has work to
do. Incidents are then reconciled as `serve` would. Requests go through FastAPI's TestClient
(in process: the app, SQL and JSON encoding are timed, the network is not), each endpoint
ROUNDS times with varied parameters; the first round warms caches and is not counted. The
timeline is cached per filter until the store changes, so its uncached cost is timed apart.

    python bench/api.py [--limit N] [--db URL]   # --limit N: N articles instead of 10,000;
                                                 # --db: keep the store (reused if not empty)
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from fastapi.testclient import TestClient

from common import emit, parser
from fogofwar.present.web import Settings, create_app
from fogofwar.present.web.timeline import timeline_data
from fogofwar.reconcile import update_incidents
from fogofwar.records import Analysis, Article, Claim, Event, Figure, Mention, Place
from fogofwar.store import Store
from fogofwar.store.query import Filters
from fogofwar.store.rows import analysis_rows
from fogofwar.store.tables import metadata

ROUNDS = 30
#: Articles spread over three years and a 6 x 7 degree box (western Syria and around), as in
#: bench/reconcile.py, so incidents are of realistic size; a few named towns recur.
DAYS = 3 * 365
TOWNS = [("Saraqib", 35.864, 36.806), ("Nayrab", 35.83, 36.75), ("Idlib", 35.93, 36.63),
         ("Aleppo", 36.20, 37.16), ("Maarat al-Numan", 35.64, 36.67), ("Hama", 35.13, 36.75),
         ("Ariha", 35.81, 36.61), ("Taftanaz", 35.99, 36.78)]
SIDES = [("Turkish Defense Ministry", "TUR_MOD", "turkey"), ("SANA", "SYR_SANA", "syria_gov"),
         ("Russian Defense Ministry", "RUS_MOD", "russia"), ("White Helmets", None, "opposition")]
TYPES = ["ASSAULT", "FIGHT", "SEIZE", "MOBILIZE", "THREATEN", "ACCUSE", "AID", "RETREAT"]
WORDS = ("shelling airstrike troops convoy ceasefire offensive militants rebels regime army "
         "village highway drone artillery casualties civilians hospital refugees border talks "
         "ministry statement reported sources killed injured captured").split()
#: Text follows Zipf's law over 5,000 word types; the conflict words sit at ranks 50-320, so
#: each is in roughly 5-40 % of articles, as "shelling" or "hospital" would be in a war corpus.
VOCABULARY = [f"w{i}" for i in range(5000)]
for _rank, _word in enumerate(WORDS):
    VOCABULARY[50 + 10 * _rank] = _word
ZIPF = [1 / (r + 1) for r in range(len(VOCABULARY))]
OUTLETS = ["Zero Hedge", "South Front", "Anadolu Agency", "SANA", "TASS", "Reuters", "Al Jazeera"]


def _town(rng: random.Random) -> tuple[str, float, float]:
    if rng.random() < 0.3:
        return rng.choice(TOWNS)
    lat, lon = rng.uniform(32, 38), rng.uniform(35, 42)
    return f"Place {lat:.2f} {lon:.2f}", lat, lon


def _analysis(i: int, rng: random.Random) -> Analysis:
    day = date(2018, 1, 1) + timedelta(days=rng.randrange(DAYS))
    sentences = [" ".join(rng.choices(VOCABULARY, ZIPF, k=18)).capitalize() + "."
                 for _ in range(12)]
    text = " ".join(sentences)
    town, lat, lon = _town(rng)
    text += f" The attack near {town} was reported."
    at = text.index(town)
    place = Place(town, at, at + len(town), town, 1000 + i % 5000, lat, lon, "SY", "Idlib",
                  "PPL", "town")
    aid = f"bench-{i:06d}"
    claims, events, actors = [], [], []
    for k in range(3):
        name, actor_id, side = rng.choice(SIDES)
        who = Mention(name, 0, 5, actor_id, name, None, "GOV", side)
        actors.append(who)
        fig = Figure(f"{k + 3} soldiers", k + 3, k + 3, k + 3, False, "soldiers", "killed")
        start = len(" ".join(sentences[:k]))
        claims.append(Claim(f"{aid}:c{k}", sentences[k], start, start + len(sentences[k]), False,
                            "said", None, who, [name, OUTLETS[i % len(OUTLETS)]], [fig]))
    for k in range(5):
        claim = claims[k % 3]
        events.append(Event(f"{aid}:e{k}", rng.choice(TYPES), None, claim.claimant, None, place,
                            day, "day", list(claim.figures), claim.id, claim.sentence))
    article = Article(id=aid, source=f"bench/{i}", text=text,
                      outlet=OUTLETS[i % len(OUTLETS)], title=" ".join(sentences[0].split()[:8]),
                      published=day + timedelta(days=1), published_precision="day")
    return Analysis(article, actors=actors, places=[place], claims=claims, events=events)


def build_store(url: str, n: int) -> float:
    """Write n synthetic articles in batches, then reconcile; seconds taken."""
    started = time.perf_counter()
    rng = random.Random(11)
    store = Store(url)
    try:
        if store.counts()["articles"]:  # a --db store from an earlier run: measure it as is
            return 0.0
        for lo in range(0, n, 500):
            rows: dict[str, list] = {}
            for i in range(lo, min(n, lo + 500)):
                for table, batch in analysis_rows(_analysis(i, rng)).items():
                    rows.setdefault(table, []).extend(batch)
            with store.engine.begin() as conn:
                for table in metadata.sorted_tables:
                    if rows.get(table.name):
                        conn.execute(table.insert(), rows[table.name])
        update_incidents(store)
    finally:
        store.close()
    return time.perf_counter() - started


def requests(rng: random.Random, ids: dict[str, list[str]]) -> dict[str, str]:
    """One URL per endpoint, with parameters varied per round."""
    town, lat, lon = rng.choice(TOWNS)
    name, _, side = rng.choice(SIDES)
    box = f"{lon - 0.2},{lat - 0.2},{lon + 0.2},{lat + 0.2}"
    start = date(2018, 1, 1) + timedelta(days=rng.randrange(DAYS - 30))
    return {
        "articles": f"/api/articles?offset={rng.randrange(5000)}",
        "articles?outlet&date": f"/api/articles?outlet={rng.choice(OUTLETS)}"
                                f"&date_from={start}&date_to={start + timedelta(days=30)}",
        "articles/{id}": f"/api/articles/{rng.choice(ids['articles'])}",
        "events?type&bbox": f"/api/events?type={rng.choice(TYPES)}&bbox={box}",
        "events?side": f"/api/events?side={side}&offset={rng.randrange(1000)}",
        "claims?claimant": f"/api/claims?claimant={name.split()[0]}",
        "incidents": "/api/incidents",
        "incidents?corroboration&type": f"/api/incidents?corroboration=cross-side"
                                        f"&type={rng.choice(TYPES)}",
        "incidents/{id}": f"/api/incidents/{rng.choice(ids['incidents'])}",
        "search": f"/api/search?q={rng.choice(WORDS)}%20{rng.choice(WORDS)}",
        "timeline?type": f"/api/timeline?type={rng.choice(TYPES)}",
    }


def measure(client: TestClient, rounds: int) -> dict:
    rng = random.Random(5)
    ids = {"articles": [a["id"] for a in client.get("/api/articles?limit=500").json()["items"]],
           "incidents": [i["id"] for i in client.get("/api/incidents?limit=500").json()["items"]]}
    times: dict[str, list[float]] = {}
    for r in range(rounds + 1):
        for name, url in requests(rng, ids).items():
            t = time.perf_counter()
            response = client.get(url)
            elapsed = (time.perf_counter() - t) * 1000
            if response.status_code != 200:
                raise SystemExit(f"error: {url} answered {response.status_code}")
            if r:  # round 0 warms up
                times.setdefault(name, []).append(elapsed)
    every = sorted(x for v in times.values() for x in v)
    return {"p95_ms": round(_p95(every), 1), "p50_ms": round(statistics.median(every), 1),
            "requests": len(every),
            "per_endpoint_ms": {k: {"p50": round(statistics.median(v), 1),
                                    "p95": round(_p95(sorted(v)), 1)}
                                for k, v in times.items()}}


def uncached_timeline(store: Store) -> dict:
    """The timeline is cached per filter until the store changes; this is what a miss costs."""
    out = {}
    for name, f in (("all", Filters()), ("type", Filters(type="ASSAULT"))):
        runs = []
        for _ in range(3):
            with store.engine.connect() as conn:
                t = time.perf_counter()
                timeline_data(conn, f)
                runs.append((time.perf_counter() - t) * 1000)
        out[name] = round(statistics.median(runs), 1)
    return out


def _p95(sorted_ms: list[float]) -> float:
    return sorted_ms[min(len(sorted_ms) - 1, int(round(0.95 * (len(sorted_ms) - 1))))]


def main() -> None:
    ap = parser(__doc__.splitlines()[0])
    ap.add_argument("--db", help="write the synthetic store here (default: a temporary file)")
    args = ap.parse_args()
    n = args.limit or 10_000

    def run() -> dict:
        with tempfile.TemporaryDirectory() as tmp:
            url = args.db or f"sqlite:///{Path(tmp) / 'api-bench.db'}"
            build = build_store(url, n)
            app = create_app(Settings(db=url))
            with TestClient(app) as client:
                figures = measure(client, ROUNDS)
                counts = app.state.data.store.counts()
                figures["timeline_uncached_ms"] = uncached_timeline(app.state.data.store)
            app.state.data.store.close()
        return {"articles": n, "events": counts["events"], "claims": counts["claims"],
                "build_seconds": round(build, 1), **figures}

    emit("api_latency", run)


if __name__ == "__main__":
    main()
