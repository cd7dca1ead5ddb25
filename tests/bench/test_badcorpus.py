"""A corpus with 5 % malformed files finishes, and the CLI names each bad file once (issue 17).

The corpus comes from bench/badcorpus.py (every kind of malformed file it writes: binary,
truncated HTML, invalid UTF-8, a huge line, empty, gzip and zip bombs, deeply nested HTML),
kept small here; the bench runs the full 10,000 documents.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
SRC = Path(__file__).resolve().parents[2] / "src"
DOCS = 240


@pytest.fixture(scope="module")
def badcorpus():
    sys.path.insert(0, str(BENCH))
    try:
        import badcorpus
        yield badcorpus
    finally:
        sys.path.remove(str(BENCH))


def test_every_malformed_file_is_one_line_and_counted(badcorpus, tmp_path):
    bad = badcorpus.write_corpus(tmp_path / "corpus", DOCS)
    assert set(bad.values()) == set(badcorpus.BAD_KINDS)  # every kind is in the corpus
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    run = subprocess.run(
        [sys.executable, "-m", "fogofwar.cli", "ingest", str(tmp_path / "corpus"),
         "--db", f"sqlite:///{tmp_path / 'bad.db'}"],
        capture_output=True, text=True, env=env, timeout=600)
    assert run.returncode == 0, run.stderr[-2000:]
    assert "Traceback" not in run.stderr
    lines = run.stderr.splitlines()
    reported = [line for line in lines if line.startswith("skipped ")]
    named = [line.split(" ", 2)[1].rstrip(":") for line in reported]
    # one line per skipped file, each with a reason after the name
    assert len(named) == len(set(named))
    assert all(re.match(r"skipped \S+: \S", line) for line in reported)
    # only malformed files are skipped; those not skipped were repaired and stored
    assert set(named) <= set(bad)
    kinds_reported = {bad[path] for path in named}
    assert kinds_reported >= {"binary", "empty", "gzip_bomb", "zip_bomb", "huge_line",
                              "nested_html", "invalid_utf8"}
    summary = " ".join(line for line in lines if not line.startswith("skipped "))
    assert re.search(rf"\b{len(named)} skipped\b", summary), summary
    stored = int(re.search(r"stored (\d+) new", summary).group(1))
    same = int(re.search(r"(\d+) already stored", summary).group(1))  # identical bytes
    assert stored + same + len(named) == DOCS  # nothing lost: stored, no-op or reported
