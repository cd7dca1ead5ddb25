"""What every fuzz target shares: the crash rule and the atheris entry point.

A crash is any exception other than fogofwar's own error types (`fogofwar.errors`): those are
how a parser says "this input is bad" in one line, and anything else escaping is a bug.
Each target is run by `fuzz/run.py` for a fixed number of iterations.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

with atheris.instrument_imports(include=["fogofwar"]):
    from fogofwar.errors import FogofwarError


def fuzz(check: Callable[[bytes], None]) -> None:
    """Run `check` under libFuzzer; FogofwarError is a verdict on the input, not a crash."""

    def one_input(data: bytes) -> None:
        try:
            check(data)
        except FogofwarError:
            pass

    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


def text_of(data: bytes) -> str:
    """The input as text the way a reader would see it: UTF-8 with bad bytes replaced."""
    return data.decode("utf-8", errors="replace")
