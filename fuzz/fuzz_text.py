"""Fuzz target: plain-text files as bytes: decoding (UTF-8, damaged UTF-8, charset detection,
binary refusal), then the clean stage on text with an outlet and URL from the same input
(outlet names, signature lines, boilerplate patterns, learned lines)."""

from harness import atheris, fuzz

with atheris.instrument_imports(include=["fogofwar"]):
    from fogofwar.clean import Cleaner
    from fogofwar.clean.outlets import canonical_outlet, outlet_from_url
    from fogofwar.ingest.decode import decode_bytes
    from fogofwar.records import Document


def check(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    outlet = fdp.ConsumeUnicodeNoSurrogates(fdp.ConsumeIntInRange(0, 40))
    url = fdp.ConsumeUnicodeNoSurrogates(fdp.ConsumeIntInRange(0, 80))
    canonical_outlet(outlet)
    outlet_from_url(url)
    text = decode_bytes(fdp.ConsumeBytes(fdp.remaining_bytes()))
    # two documents of one outlet so that learned boilerplate has something to learn from
    docs = [Document(source=f"fuzz{i}.txt", text=text, outlet=outlet or None, url=url or None)
            for i in range(2)]
    for article in Cleaner().clean_batch(docs):
        assert isinstance(article.text, str)


if __name__ == "__main__":
    fuzz(check)
