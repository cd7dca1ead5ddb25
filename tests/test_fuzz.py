"""fuzz/run.py runs every atheris target and reports iterations and crashes as JSON (issue 17).

A short run here keeps the targets working; the README records a long run.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("atheris", reason="atheris not installed (pip install atheris)")

FUZZ = Path(__file__).resolve().parents[1] / "fuzz"
#: every parser of untrusted input on this branch has a target
PARSERS = {"html", "text", "jsonl", "manifest", "published", "figures", "reldates", "feeds",
           "urls"}


def test_every_target_runs_its_iterations_without_a_crash(tmp_path):
    run = subprocess.run([sys.executable, str(FUZZ / "run.py"), "--iterations", "60",
                          "--artifacts", str(tmp_path)], capture_output=True, text=True,
                         timeout=900)
    report = json.loads(run.stdout)
    assert set(report["targets"]) >= PARSERS
    for name, result in report["targets"].items():
        assert result == {**result, "iterations": 60, "crashes": 0}, name
    assert run.returncode == 0 and report["total_crashes"] == 0


def test_a_crash_is_reported_with_its_input_and_exit_status(tmp_path):
    # a target whose parser raises something other than a FogofwarError is a crash
    target = FUZZ / "fuzz_zz_selftest.py"
    target.write_text("from harness import fuzz\n\n\ndef check(data):\n"
                      "    if len(data) > 2:\n        raise KeyError('boom')\n\n\n"
                      "if __name__ == '__main__':\n    fuzz(check)\n", encoding="utf-8")
    try:
        run = subprocess.run([sys.executable, str(FUZZ / "run.py"), "--iterations", "5000",
                              "--only", "zz_selftest", "--artifacts", str(tmp_path)],
                             capture_output=True, text=True, timeout=300)
    finally:
        target.unlink()
    result = json.loads(run.stdout)["targets"]["zz_selftest"]
    assert run.returncode == 1 and result["crashes"] == 1
    assert result["error"] == "KeyError: 'boom'" and Path(result["input"]).is_file()
