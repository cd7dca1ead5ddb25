"""Fuzz target: one JSONL line as bytes into a Document (JSON, fields, published dates)."""

from harness import atheris, fuzz

with atheris.instrument_imports(include=["fogofwar"]):
    from fogofwar.ingest.readers import record_document


def check(data: bytes) -> None:
    doc = record_document("fuzz.jsonl#L1", data, {})
    assert (doc.text or doc.html).strip()


if __name__ == "__main__":
    fuzz(check)
