"""Fuzz target: a directory manifest's text, as CSV or JSONL (the first byte chooses)."""

from pathlib import Path

from harness import atheris, fuzz, text_of

with atheris.instrument_imports(include=["fogofwar"]):
    from fogofwar.ingest.manifest import META_FIELDS, parse_manifest


def check(data: bytes) -> None:
    name = "manifest.csv" if data[:1] and data[0] % 2 else "manifest.jsonl"
    entries = parse_manifest(text_of(data[1:]), Path(name))
    for meta in entries.values():
        assert set(meta) <= set(META_FIELDS)


if __name__ == "__main__":
    fuzz(check)
