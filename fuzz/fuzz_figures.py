"""Fuzz target: figures in text ("at least 12 killed", "hundreds of troops", ranges)."""

from harness import atheris, fuzz

with atheris.instrument_imports(include=["fogofwar"]):
    from fogofwar.resolve.figures import parse_figures


def check(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    offset = fdp.ConsumeIntInRange(0, 1000)
    text = fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes())
    for f in parse_figures(text, offset):
        assert text[f.start - offset:f.end - offset] == f.text
        assert f.low is None or f.high is None or f.low <= f.high


if __name__ == "__main__":
    fuzz(check)
