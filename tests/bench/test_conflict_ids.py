"""`bench/conflict.py --ids` scores chosen dev articles alone; test articles are only ever
scored as a whole split, so naming one is refused before anything runs."""

import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "bench" / "conflict.py"


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True,
                          timeout=600)


def test_ids_refuses_a_test_article():
    done = _run("--split", "all", "--ids", "c001")
    assert done.returncode != 0
    assert "dev articles only" in done.stderr


def test_ids_refuses_an_unknown_article():
    done = _run("--ids", "c999x")
    assert done.returncode != 0
    assert "no such article: c999x" in done.stderr
