"""Bad corpus: ingest 10,000 short documents of which 5 % are malformed, and account for each.

The malformed files are the kinds a scraped corpus really holds: binary files, truncated HTML,
invalid UTF-8, huge single lines, empty files, archives renamed .html/.txt (zip and gzip
bombs), and deeply nested HTML. The run must finish; every bad file must be reported exactly
once with a reason, or stored if it was repairable; memory must stay flat (resident memory is
sampled every 5 % of the corpus). Prints one JSON object.

    python bench/badcorpus.py [--limit N]    # --limit N: N documents instead of 10,000
"""

from __future__ import annotations

import gzip
import io
import random
import resource
import tempfile
import zipfile
from collections import Counter
from pathlib import Path

from common import emit, parser

BAD_SHARE = 0.05
FOLDER_SIZE = 500
OUTLETS = ("Levant Wire", "Orontes Post", "Idlib Monitor", "Hama Daily")
TOWNS = ("Saraqib", "Ariha", "Taftanaz", "Idlib", "Aleppo", "Jisr al-Shughur", "Khan Shaykhun",
         "Maarat al-Numan", "Kafr Nabl", "Sarmin", "Binnish", "Atarib")
ACTORS = ("Russian warplanes", "Syrian government forces", "Turkish artillery",
          "rebel fighters", "Hayat Tahrir al-Sham militants")
VERBS = ("shelled", "struck", "attacked", "bombed")
SOURCES = ("the Syrian Observatory for Human Rights said", "local activists said",
           "the Turkish Defence Ministry said", "SANA reported")
SYLLABLES = ("ka", "lo", "mi", "ra", "su", "te", "vo", "zi", "ne", "ba")
BAD_KINDS = ("binary", "truncated_html", "invalid_utf8", "huge_line", "empty", "gzip_bomb",
             "zip_bomb", "nested_html")


def witness(i: int) -> str:
    """A made-up name unique to document i: lines differ in words, not only in digits
    (learned boilerplate masks digits, so 'report 17' and 'report 18' are one line)."""
    name = ""
    for _ in range(5):
        i, digit = divmod(i, len(SYLLABLES))
        name += SYLLABLES[digit]
    return name.capitalize()


def story(i: int, rng: random.Random) -> tuple[str, str]:
    """(body text, publication date) of good document i: one event, one claim."""
    day = rng.randint(1, 28)
    first = (f"{rng.choice(ACTORS)} {rng.choice(VERBS)} {rng.choice(TOWNS)} on February {day}, "
             f"killing {rng.randint(2, 40)} civilians, {rng.choice(SOURCES)}.")
    second = f"A resident named {witness(i)} described the damage to reporters."
    footer = "Follow our live coverage of the Idlib offensive."  # learned boilerplate
    return f"{first}\n\n{second}\n\n{footer}\n", f"2020-02-{min(day + 1, 28):02d}"


def bad_bytes(kind: str, rng: random.Random) -> tuple[str, bytes]:
    """(file suffix, content) of one malformed file of the given kind."""
    if kind == "binary":
        return ".txt", rng.randbytes(4096)
    if kind == "truncated_html":
        page = "<html><head><title>Strike</title></head><body><article><p>Warplanes struck"
        return ".html", page[: rng.randint(10, len(page))].encode()
    if kind == "invalid_utf8":
        return ".txt", bytes(rng.randrange(128, 256) for _ in range(2048))
    if kind == "huge_line":
        return ".txt", b"word " * 250_000  # 1.25 MB on one line, over the text limit
    if kind == "empty":
        return ".txt", b""
    if kind == "gzip_bomb":
        return ".html", gzip.compress(b"<p>" + b"A" * 20_000_000)
    if kind == "zip_bomb":
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("a.txt", b"A" * 20_000_000)
        return ".txt", buffer.getvalue()
    depth = 20_000
    return ".html", f"<html><body>{'<div>' * depth}<p>Deep.</p>{'</div>' * depth}".encode()


def write_corpus(root: Path, n: int, bad_share: float = BAD_SHARE,
                 seed: int = 17) -> dict[str, str]:
    """Write n documents in folders of 500, each with a manifest.csv; returns {path: kind}
    for the malformed ones (kinds in turn, scattered at random positions)."""
    rng = random.Random(seed)
    bad_at = set(rng.sample(range(n), round(n * bad_share)))
    bad: dict[str, str] = {}
    manifests: dict[Path, list[str]] = {}
    for i in range(n):
        folder = root / f"part{i // FOLDER_SIZE:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        rows = manifests.setdefault(folder, ["file,outlet,published"])
        if i in bad_at:
            kind = BAD_KINDS[len(bad) % len(BAD_KINDS)]
            suffix, content = bad_bytes(kind, rng)
            path = folder / f"doc{i:05d}{suffix}"
            path.write_bytes(content)
            bad[str(path)] = kind
            continue
        text, published = story(i, rng)
        as_html = i % 5 == 0
        path = folder / f"doc{i:05d}{'.html' if as_html else '.txt'}"
        if as_html:
            paragraphs = "".join(f"<p>{p}</p>" for p in text.split("\n\n") if p.strip())
            text = f"<html><body><article>{paragraphs}</article></body></html>"
        path.write_text(text, encoding="utf-8")
        rows.append(f"{path.name},{OUTLETS[i % len(OUTLETS)]},{published}")
    for folder, rows in manifests.items():
        (folder / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return bad


def rss_mb() -> float:
    """Resident memory now (Linux /proc), in MB."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return round(pages * resource.getpagesize() / 2**20, 1)


def article_id(path: str) -> str | None:
    """The id the pipeline gives the file's article (outlet and pattern-cleaned text)."""
    from fogofwar.clean import Cleaner
    from fogofwar.ingest import iter_documents

    docs = list(iter_documents([path], on_skip=lambda s, r: None))
    return Cleaner().clean_batch(docs)[0].id if docs else None


def account(bad: dict[str, str], skipped: list[tuple[str, str]],
            stored: dict[str, str]) -> dict:
    """Per kind of malformed file: how many were reported (once each), stored (repaired),
    already stored (its text is a stored article's: a no-op, as re-ingesting is), or lost.
    `stored` maps each stored article's source to its id."""
    reports = Counter(source for source, _ in skipped)
    ids = set(stored.values())
    kinds: dict[str, Counter] = {}
    for path, kind in bad.items():
        outcome = ("reported" if reports[path] == 1 else "reported_twice" if reports[path]
                   else "stored" if path in stored
                   else "already_stored" if article_id(path) in ids else "unaccounted")
        kinds.setdefault(kind, Counter())[outcome] += 1
    good_reported = sum(1 for source in reports if source not in bad)
    return {"by_kind": {k: dict(v) for k, v in sorted(kinds.items())},
            "good_files_reported": good_reported}


def run_once(n: int) -> dict:
    from fogofwar.pipeline import ingest
    from fogofwar.store import Store

    with tempfile.TemporaryDirectory(prefix="fogofwar-badcorpus-") as tmp:
        root = Path(tmp) / "corpus"
        bad = write_corpus(root, n)
        samples: list[float] = []
        seen = 0

        def tick() -> None:
            nonlocal seen
            seen += 1
            if seen % max(1, n // 20) == 0:
                samples.append(rss_mb())

        store = Store(f"sqlite:///{Path(tmp) / 'bad.db'}")
        try:
            summary = ingest([root], store, on_document=tick, on_skip=lambda s, r: None)
            stored = {a["source"]: a["id"] for a in store.iter_articles()}
            malformed = account(bad, summary.skipped, stored)
        finally:
            store.close()
    return {"documents": n, "malformed_files": len(bad), "read": summary.read,
            "stored": summary.stored, "already_stored": summary.already_stored,
            "skipped": len(summary.skipped), "malformed": malformed,
            "rss_mb_every_5_percent": samples,
            # growth between the first and last sample, per document in between (the
            # near-duplicate index and line counts are in the store: it should be near 0)
            "rss_growth_kb_per_document": round((samples[-1] - samples[0]) * 1024
                                                / ((len(samples) - 1) * max(1, n // 20)), 2)
            if len(samples) > 1 else None,
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}


def main() -> None:
    args = parser(__doc__.splitlines()[0]).parse_args()
    emit("bad_corpus", lambda: run_once(args.limit or 10_000))


if __name__ == "__main__":
    main()
