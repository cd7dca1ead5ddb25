"""Fuzz target: HTML through the clean stage (trafilatura, line normalisation, signatures,
boilerplate patterns, MinHash), as `.html` files and JSONL `html` fields reach it."""

from harness import atheris, fuzz, text_of

with atheris.instrument_imports(include=["fogofwar"]):
    from fogofwar.clean import Cleaner
    from fogofwar.records import Document


def check(data: bytes) -> None:
    (article,) = Cleaner().clean_batch([Document(source="fuzz.html", html=text_of(data))])
    assert isinstance(article.text, str) and len(article.id) == 16


if __name__ == "__main__":
    fuzz(check)
