"""Fuzz target: URLs from users and feeds (check_url), and the address guard on whatever a
resolver might answer (a fake resolver: no network). netguard's Refused and Unresolved are
verdicts the fetcher turns into FetchRefused/FetchError, so they count as such here."""

from harness import atheris, fuzz

with atheris.instrument_imports(include=["fogofwar"]):
    from fogofwar.clean.outlets import outlet_from_url
    from fogofwar.ingest.fetch import check_url, is_url
    from fogofwar.ingest.netguard import Guard, Refused, Unresolved


def check(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    answers = [fdp.ConsumeUnicodeNoSurrogates(fdp.ConsumeIntInRange(0, 45))
               for _ in range(fdp.ConsumeIntInRange(0, 3))]
    allow_private = fdp.ConsumeBool()
    text = fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes())
    is_url(text)
    outlet_from_url(text)
    url = check_url(text)
    guard = Guard(allow_private=allow_private, resolver=lambda host, port: answers)
    try:
        guard.addresses(url.host, url.port or 443)
    except (Refused, Unresolved):
        pass


if __name__ == "__main__":
    fuzz(check)
