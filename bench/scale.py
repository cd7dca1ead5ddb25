"""Throughput and peak memory of `fogofwar ingest` at two corpus sizes, one and two workers,
against bare en_core_web_sm measured in the same run.

The corpus is synthetic but made of real news text: the TR-News, GeoWebNews and PolNeAR texts
of the gold-set folder, each copy with its paragraphs (or, for one-paragraph texts, its
sentences) shuffled with a fixed seed, so every document is new to the store and runs repeat.
Each measurement runs in a fresh process (`--one`) that loads the model first and then times
the ingest alone (incident update included), into a fresh SQLite store; its peak RSS is the
writer's and, with workers, the largest worker's. Bare spaCy is timed on each corpus's texts in
its own process just before, so each ratio compares runs taken minutes apart on one machine.

    python bench/scale.py                      # 1,000 and 10,000 documents (long: see README)
    python bench/scale.py --docs 100           # 100 and 1,000 documents
    python bench/scale.py --docs 100 --workers 1,2 --sizes 1   # only the smaller size
"""

from __future__ import annotations

import json
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from itertools import zip_longest
from pathlib import Path

from common import emit, eval_dir, parser

SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")
OUTLETS = 10


def eval_texts(folder: Path) -> list[str]:
    """The news texts of the three gold sets, taken in turn (one of each, then the next of
    each), so that even a small corpus mixes short wire stories and long transcripts: peak
    memory follows the longest document, and sizes must be compared on like corpora."""
    sets = [[a.findtext("text") or "" for a in ET.parse(folder / "tr-news" / "TR-News.xml")
             .getroot()],
            [a.findtext("text") or "" for a in ET.parse(folder / "geowebnews" / "GWN.xml")
             .getroot()],
            [p.read_text(encoding="utf-8")
             for p in sorted((folder / "polnear-dev" / "text").glob("*.txt"))]]
    mixed = [t for group in zip_longest(*sets) for t in group if t]
    return [t for t in mixed if len(t.split()) >= 30]


def shuffled(text: str, rng: random.Random) -> str:
    """The text with its paragraphs (else its sentences) after the first in a new order."""
    parts = [p for p in text.split("\n") if p.strip()]
    joiner = "\n\n"
    if len(parts) < 3:
        parts, joiner = SENTENCE.split(text.strip()), " "
    head, body = parts[:1], parts[1:]
    rng.shuffle(body)
    return joiner.join(head + body)


def synthetic(texts: list[str], n: int, seed: int = 16) -> Iterator[dict]:
    """n JSONL records: copies of the texts, reshuffled after the first round."""
    rng = random.Random(seed)
    for i in range(n):
        text = texts[i % len(texts)]
        yield {"text": text if i < len(texts) else shuffled(text, rng),
               "outlet": f"Outlet {i % OUTLETS}", "published": "2020-02-11"}


def write_corpus(texts: list[str], n: int, path: Path) -> int:
    """Write n documents as JSONL; returns the words written."""
    words = 0
    with path.open("w", encoding="utf-8") as fh:
        for rec in synthetic(texts, n):
            words += len(rec["text"].split())
            fh.write(json.dumps(rec) + "\n")
    return words


def peak_mb(who: int) -> float:
    return round(resource.getrusage(who).ru_maxrss / 1024, 1)


def cpu_seconds() -> float:
    """CPU time of this process and its finished children (worker processes): unlike wall time,
    hardly moved by other jobs on the machine, so ratios hold on a busy machine too."""
    return sum(r.ru_utime + r.ru_stime for r in (resource.getrusage(resource.RUSAGE_SELF),
                                                resource.getrusage(resource.RUSAGE_CHILDREN)))


def one_run(corpus: str, workers: int) -> dict:
    """In a fresh process: load the model, then time ingest of `corpus` into a new store."""
    from fogofwar.annotate import load_nlp
    from fogofwar.pipeline import ingest
    from fogofwar.store import Store

    load_nlp()
    with tempfile.TemporaryDirectory() as tmp:
        started, cpu = time.perf_counter(), cpu_seconds()
        with Store(f"sqlite:///{tmp}/scale.db") as store:
            s = ingest([corpus], store, workers=workers)
        seconds, cpu = time.perf_counter() - started, cpu_seconds() - cpu
    return {"workers": workers, "read": s.read, "stored": s.stored, "words": s.words,
            "seconds": round(seconds, 2), "analysis_seconds": round(s.seconds, 2),
            "cpu_seconds": round(cpu, 2), "words_per_cpu_second": round(s.words / cpu, 1),
            "words_per_second": round(s.words / seconds, 1),
            "peak_rss_mb": peak_mb(resource.RUSAGE_SELF),
            "worker_peak_rss_mb": peak_mb(resource.RUSAGE_CHILDREN) if workers > 1 else None}


def bare_run(corpus: str) -> dict:
    """In a fresh process: bare en_core_web_sm over the corpus's texts with nlp.pipe."""
    from fogofwar.annotate import load_base_model

    nlp = load_base_model()
    with open(corpus, encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in fh]
    list(nlp.pipe(texts[:2]))
    started, cpu = time.perf_counter(), cpu_seconds()
    for _ in nlp.pipe(texts, batch_size=32):
        pass
    seconds, cpu = time.perf_counter() - started, cpu_seconds() - cpu
    words = sum(len(t.split()) for t in texts)
    return {"words": words, "seconds": round(seconds, 2), "cpu_seconds": round(cpu, 2),
            "words_per_cpu_second": round(words / cpu, 1),
            "words_per_second": round(words / seconds, 1),
            "peak_rss_mb": peak_mb(resource.RUSAGE_SELF)}


def in_child(*args: str) -> dict:
    """Run this script with `args` in a new interpreter and read its one JSON line."""
    run = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"error: measurement {args} failed: {run.stderr.strip().splitlines()[-1:]}")
    return json.loads(run.stdout.strip().splitlines()[-1])


def measure(folder: Path, docs: int, workers: list[int], sizes: int) -> dict:
    texts = eval_texts(folder)
    runs, bare = [], {}
    with tempfile.TemporaryDirectory() as tmp:
        for n in [docs * 10 ** k for k in range(sizes)]:
            corpus = Path(tmp) / f"corpus-{n}.jsonl"
            write_corpus(texts, n, corpus)
            bare[n] = in_child("--bare", str(corpus))
            for w in workers:
                runs.append({"documents": n, **in_child("--one", str(corpus), str(w))})
            corpus.unlink()
    return summarise(runs, bare, len(texts))


def summarise(runs: list[dict], bare: dict[int, dict], distinct: int) -> dict:
    """Ratios within this run: against bare spaCy on the same corpus, two workers against one,
    peak memory at 10x against 1x."""
    def wps(n: int, w: int) -> float | None:
        return next((r["words_per_second"] for r in runs
                     if r["documents"] == n and r["workers"] == w), None)

    sizes = sorted({r["documents"] for r in runs})
    out: dict = {"source_texts": distinct, "runs": runs,
                 "bare_spacy": {str(n): b for n, b in bare.items()}, "ratios": {}}
    for n in sizes:
        one, two, plain = wps(n, 1), wps(n, 2), bare[n]["words_per_second"]
        cpu_one = next((r["words_per_cpu_second"] for r in runs
                        if r["documents"] == n and r["workers"] == 1), None)
        out["ratios"][str(n)] = {
            "workers1_vs_bare_spacy_cpu": round(cpu_one / bare[n]["words_per_cpu_second"], 3)
            if cpu_one else None,
            "workers1_vs_bare_spacy": round(one / plain, 3) if one else None,
            "workers2_vs_bare_spacy": round(two / plain, 3) if two else None,
            "workers2_vs_workers1": round(two / one, 3) if one and two else None}
    if len(sizes) > 1:
        small, large = sizes[0], sizes[-1]
        peaks = {n: next((r["peak_rss_mb"] for r in runs
                          if r["documents"] == n and r["workers"] == 1), None) for n in sizes}
        if peaks[small] and peaks[large]:
            out["ratios"][f"peak_rss_{large}_vs_{small}"] = round(peaks[large] / peaks[small], 3)
    return out


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] in ("--one", "--bare"):
        result = one_run(sys.argv[2], int(sys.argv[3])) if sys.argv[1] == "--one" \
            else bare_run(sys.argv[2])
        print(json.dumps(result))
        return
    ap = parser(__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=1000,
                    help="documents in the smaller corpus; the larger has ten times as many")
    ap.add_argument("--workers", default="1,2", help="worker counts to time, comma-separated")
    ap.add_argument("--sizes", type=int, choices=(1, 2), default=2,
                    help="1: the smaller corpus only; 2: also the one ten times larger")
    args = ap.parse_args()
    folder = eval_dir(args.eval_dir)
    docs = args.limit or args.docs
    workers = [int(w) for w in args.workers.split(",")]
    emit("scale", lambda: measure(folder, docs, workers, args.sizes))


if __name__ == "__main__":
    main()
