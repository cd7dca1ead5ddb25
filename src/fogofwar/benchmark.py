"""`fogofwar bench`: pipeline throughput and memory, measured beside bare en_core_web_sm.

The corpus is synthesised from the bundled demo articles by shuffling their paragraphs with a
fixed seed, so runs are repeatable and any size can be asked for. The bare spaCy figure is taken
in the same process on the same cleaned texts, so the ratio says what fogofwar's own stages cost
on top of the parser, independent of the machine.
"""

from __future__ import annotations

import os
import platform
import random
import resource
import tempfile
import time
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

from .records import Document


def demo_texts() -> list[str]:
    folder = resources.files("fogofwar") / "data" / "demo"
    return [f.read_text(encoding="utf-8") for f in sorted(folder.iterdir(), key=lambda f: f.name)
            if f.name.endswith(".txt")]


def synthetic_documents(n: int, seed: int = 13) -> Iterator[Document]:
    """n documents: demo articles with paragraphs shuffled (first line kept in place)."""
    rng = random.Random(seed)
    texts = demo_texts()
    for i in range(n):
        paras = [p for p in texts[i % len(texts)].split("\n\n") if p.strip()]
        head, body = paras[:1], paras[1:]
        if i >= len(texts):
            rng.shuffle(body)
        yield Document(source=f"synthetic#{i}", text="\n\n".join(head + body),
                       published="2020-02-11", published_precision="day")


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def peak_rss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def bare_spacy_wps(texts: list[str]) -> float:
    """Words per second of plain en_core_web_sm (no fogofwar components) on the same texts."""
    from .annotate import load_base_model

    nlp = load_base_model()
    list(nlp.pipe(texts[:2]))
    words = sum(len(t.split()) for t in texts)
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=32):
        pass
    return words / (time.perf_counter() - started)


def run_bench(n_docs: int) -> dict:
    """Run the whole pipeline on n_docs synthetic documents into a temporary SQLite store."""
    from .annotate import load_nlp
    from .pipeline import IngestSummary, process_documents
    from .store import Store

    started = time.perf_counter()
    load_nlp()
    load_seconds = time.perf_counter() - started
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(f"sqlite:///{tmp}/bench.db")
        try:
            summary = process_documents(synthetic_documents(n_docs), store, IngestSummary())
            texts = [a["text"] for a in store.iter_articles()]
        finally:
            store.close()
    ours = summary.words / summary.seconds if summary.seconds else 0.0
    bare = bare_spacy_wps(texts)
    return {
        "documents": summary.read,
        "stored": summary.stored,
        "words": summary.words,
        "seconds": round(summary.seconds, 2),
        "model_load_seconds": round(load_seconds, 2),
        "words_per_second": round(ours, 1),
        "docs_per_second": round(summary.read / summary.seconds, 2) if summary.seconds else 0.0,
        "peak_rss_mb": peak_rss_mb(),
        "bare_spacy_words_per_second": round(bare, 1),
        "ratio_to_bare_spacy": round(ours / bare, 3) if bare else None,
        "machine": {"cpu": cpu_model(), "cores": os.cpu_count(),
                    "python": platform.python_version(), "system": platform.system()},
    }
