"""What every benchmark script shares: where the gold sets live, and how figures are printed.

Gold sets are read in place from ``../shared/eval`` (next to the checkout) and never copied into
the project. The path can be moved with ``--eval-dir`` or ``FOGOFWAR_EVAL_DIR`` so the same
scripts run on another machine's copy.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_EVAL = REPO.parent / "shared" / "eval"


def eval_dir(explicit: str | None = None) -> Path:
    """The folder holding the gold sets; fail in one line if it is missing."""
    path = Path(explicit or os.environ.get("FOGOFWAR_EVAL_DIR") or DEFAULT_EVAL)
    if not path.is_dir():
        sys.exit(f"error: gold-set folder not found: {path} (use --eval-dir or FOGOFWAR_EVAL_DIR)")
    return path


def parser(description: str) -> argparse.ArgumentParser:
    """An argument parser with the options every benchmark takes."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--eval-dir", help=f"gold-set folder (default {DEFAULT_EVAL})")
    ap.add_argument("--limit", type=int, default=None,
                    help="score only the first N documents (quick runs)")
    return ap


def machine() -> dict:
    """Enough about the machine to compare figures across runs."""
    cpu = platform.processor() or "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"cpu": cpu, "cores": os.cpu_count(), "python": platform.python_version()}


def prf(tp: int, fp: int, fn: int) -> dict:
    """Precision, recall and F1, rounded for printing; zero where undefined."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3),
            "tp": tp, "fp": fp, "fn": fn}


def emit(name: str, run: Callable[[], dict]) -> dict:
    """Run a benchmark, add timing and machine, print one JSON object on stdout."""
    start = time.perf_counter()
    figures = run()
    result = {"benchmark": name, **figures,
              "seconds": round(time.perf_counter() - start, 2), "machine": machine()}
    print(json.dumps(result, ensure_ascii=False))
    return result
