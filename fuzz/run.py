"""Run every fuzz target for a fixed number of iterations and print the outcome as JSON.

Each `fuzz/fuzz_*.py` target runs in its own process under atheris (libFuzzer) with
`-runs=N`, seeded from `fuzz/corpus/<target>/` (read only: new inputs go to a temporary
folder). libFuzzer stops a target at its first crash and writes the input to
`--artifacts` (default `fuzz/crashes/`); the JSON names that file and the exception.
Exit status: 0 if no target crashed, 1 otherwise.

    python fuzz/run.py [--iterations N] [--only NAME ...] [--seed S]
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FUZZ = Path(__file__).resolve().parent
DONE = re.compile(r"Done (\d+) runs")
PROGRESS = re.compile(r"^#(\d+)\s", re.MULTILINE)
ARTIFACT = re.compile(r"Test unit written to (\S+)")
EXCEPTION = re.compile(r"Uncaught Python exception: ===\n(.+)")


def targets() -> list[str]:
    return sorted(p.stem.removeprefix("fuzz_") for p in FUZZ.glob("fuzz_*.py"))


def run_target(name: str, iterations: int, seed: int, artifacts: Path,
               max_len: int) -> dict:
    """One target's run: iterations done, crashes (0 or 1), and the crash's input file."""
    artifacts.mkdir(parents=True, exist_ok=True)
    seeds = FUZZ / "corpus" / name
    with tempfile.TemporaryDirectory(prefix=f"fuzz-{name}-") as work:
        cmd = [sys.executable, str(FUZZ / f"fuzz_{name}.py"), f"-runs={iterations}",
               f"-seed={seed}", f"-max_len={max_len}", "-print_final_stats=1",
               f"-artifact_prefix={artifacts}/{name}-", work]
        if seeds.is_dir():
            cmd.append(str(seeds))
        started = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, text=True, errors="replace")
    log = proc.stdout + proc.stderr
    done = DONE.search(log)
    progress = [int(n) for n in PROGRESS.findall(log)]
    result = {"iterations": int(done.group(1)) if done else max(progress, default=0),
              "crashes": 0 if proc.returncode == 0 else 1,
              "seconds": round(time.perf_counter() - started, 1)}
    if proc.returncode != 0:
        artifact = ARTIFACT.search(log)
        error = EXCEPTION.search(log)
        result["input"] = artifact.group(1) if artifact else None
        result["error"] = error.group(1) if error else log.strip().splitlines()[-1]
    return result


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--iterations", type=int, default=20_000, help="runs per target")
    ap.add_argument("--only", nargs="*", choices=targets(), help="run only these targets")
    ap.add_argument("--seed", type=int, default=1, help="libFuzzer seed (fixed: repeatable)")
    ap.add_argument("--max-len", type=int, default=4096, help="longest input in bytes")
    ap.add_argument("--artifacts", type=Path, default=FUZZ / "crashes",
                    help="where crashing inputs are written")
    args = ap.parse_args()
    results = {name: run_target(name, args.iterations, args.seed, args.artifacts, args.max_len)
               for name in (args.only or targets())}
    crashes = sum(r["crashes"] for r in results.values())
    print(json.dumps({"iterations_per_target": args.iterations, "targets": results,
                      "total_iterations": sum(r["iterations"] for r in results.values()),
                      "total_crashes": crashes}, indent=2))
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
