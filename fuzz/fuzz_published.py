"""Fuzz target: publication dates as manifests and records give them, with a precision."""

from harness import atheris, fuzz

with atheris.instrument_imports(include=["fogofwar"]):
    from fogofwar.ingest.dates import PRECISIONS, normalise_published, parse_published


def check(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    precision = fdp.PickValueInList([None, *PRECISIONS, "week", ""])
    value = fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes())
    parsed, found = parse_published(value)
    assert found in PRECISIONS
    text, kept = normalise_published(value, precision)
    assert parse_published(text) == (parsed, kept) or kept != found


if __name__ == "__main__":
    fuzz(check)
