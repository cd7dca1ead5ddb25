"""Shared by the reconcile tests that read incidents as a user gets them: a corpus written as
JSONL, `fogofwar ingest` into a fresh SQLite store, then `export --what incidents` and
`--what articles`, all through the CLI."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from fogofwar.cli import app


def cli_exports(root: Path, articles: list[dict]) -> tuple[list[dict], list[dict]]:
    """(incidents, articles) exported after ingesting `articles` into a store under `root`."""
    corpus = root / "corpus.jsonl"
    corpus.write_text("\n".join(json.dumps(a) for a in articles), encoding="utf-8")
    db = f"sqlite:///{root}/s.db"
    runner = CliRunner()
    for args in (["ingest", str(corpus), "--db", db],
                 ["export", "--what", "incidents", "--format", "jsonl", "-o",
                  str(root / "inc.jsonl"), "--db", db],
                 ["export", "--what", "articles", "--format", "jsonl", "-o",
                  str(root / "arts.jsonl"), "--db", db]):
        done = runner.invoke(app, args, catch_exceptions=False)
        assert done.exit_code == 0, done.output

    def read(name: str) -> list[dict]:
        return [json.loads(x) for x in (root / name).read_text().splitlines() if x]

    return read("inc.jsonl"), read("arts.jsonl")
