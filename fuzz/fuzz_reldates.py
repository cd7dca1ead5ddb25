"""Fuzz target: relative and partial dates ("on Monday", "a week ago", "Feb. 3") against any
publication date and precision, including the ends of the calendar."""

from datetime import date

from harness import atheris, fuzz

with atheris.instrument_imports(include=["fogofwar"]):
    from fogofwar.resolve.dates import resolve_dates


def check(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    published = None
    if fdp.ConsumeBool():
        published = date.fromordinal(fdp.ConsumeIntInRange(1, date.max.toordinal()))
    precision = fdp.PickValueInList(["day", "month", "year", None])
    offset = fdp.ConsumeIntInRange(0, 1000)
    text = fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes())
    for ref in resolve_dates(text, published, precision, offset):
        assert text[ref.start - offset:ref.end - offset] == ref.text
        assert (ref.value is None) == (ref.precision is None)


if __name__ == "__main__":
    fuzz(check)
