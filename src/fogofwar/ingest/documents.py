"""Walk the paths a user gives and stream Documents, one at a time.

A path given directly is something the user asked for by name, so any problem with it is an
InputError. Inside a directory, one bad file must not stop a corpus of thousands: it is
reported through `on_skip` and the walk goes on.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from pathlib import Path

from ..errors import FetchError, InputError
from ..records import Document
from .dates import normalise_published
from .fetch import Fetcher, FetchPolicy, is_url
from .manifest import MANIFEST_NAMES, Meta, load_manifest
from .readers import SUFFIXES, Skip, make_document, read_path

log = logging.getLogger(__name__)


def _log_skip(source: str, reason: str) -> None:
    log.warning("skipped %s: %s", source, reason)


def _overrides(outlet: str | None, published: str | None) -> Meta:
    """Metadata from the command line, which wins over manifests and records."""
    meta: Meta = {}
    if outlet:
        meta["outlet"] = outlet
    if published:
        meta["published"], meta["published_precision"] = normalise_published(published)
    return meta


def _walk_files(root: Path, skip: Skip) -> Iterator[tuple[Path, Meta]]:
    """Files under `root` in sorted order with their manifest metadata (nearest manifest)."""
    manifests: dict[Path, dict[str, Meta]] = {}
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        here = Path(dirpath)
        try:
            manifests[here] = load_manifest(here)
        except InputError as exc:
            skip(str(here), f"manifest ignored: {exc}")
            manifests[here] = {}
        for name in sorted(filenames):
            if name.startswith(".") or name in MANIFEST_NAMES:
                continue
            path = here / name
            yield path, _manifest_meta(path, root, manifests)


def _manifest_meta(path: Path, root: Path, manifests: dict[Path, dict[str, Meta]]) -> Meta:
    """The entry for `path` in the nearest manifest above it that names it."""
    folder = path.parent
    while True:
        entry = manifests.get(folder, {}).get(path.relative_to(folder).as_posix())
        if entry is not None or folder == root:
            return dict(entry or {})
        folder = folder.parent


def _from_directory(root: Path, override: Meta, skip: Skip) -> Iterator[Document]:
    for path, meta in _walk_files(root, skip):
        if path.suffix.lower() not in SUFFIXES:
            skip(str(path), f"unknown file type '{path.suffix or '(none)'}'")
            continue
        try:
            yield from read_path(path, {**meta, **override}, skip)
        except InputError as exc:
            skip(str(path), str(exc).removeprefix(f"{path}: "))


def url_document(url: str, fetcher: Fetcher, meta: Meta) -> Document:
    """Fetch a page and wrap it as a Document (HTML for clean's trafilatura, or plain text).

    `url` on the document is where the page ended up after redirects; `source` is as given.
    """
    page = fetcher.get(url)
    key = "text" if page.content_type == "text/plain" else "html"
    return make_document(url, {"url": page.url, **meta}, **{key: page.text()})


def _from_url(url: str, fetcher: Fetcher, override: Meta, skip: Skip) -> Iterator[Document]:
    """The URL's Document; a refused or failed URL is one `skip` line and the run goes on."""
    try:
        yield url_document(url, fetcher, override)
    except FetchError as exc:
        skip(url.strip(), str(exc).removeprefix(f"{url.strip()}: "))


def _from_path(path: Path, override: Meta, skip: Skip) -> Iterator[Document]:
    if path.is_dir():
        yield from _from_directory(path, override, skip)
    elif path.is_file():
        yield from read_path(path, override, skip)
    elif path.exists():
        raise InputError(f"{path}: not a regular file or directory")
    else:
        raise InputError(f"{path}: no such file or directory")


def iter_documents(paths: Iterable[str | Path], *, outlet: str | None = None,
                   published: str | None = None,
                   on_skip: Callable[[str, str], None] | None = None,
                   fetch_policy: FetchPolicy | None = None) -> Iterator[Document]:
    """Stream Documents from files, directories (walked sorted and recursively) and URLs.

    `outlet` and `published` override whatever manifests and records say. Bad files inside a
    directory, bad JSONL lines and URLs that cannot be fetched are reported to
    `on_skip(source, reason)` (or logged). `fetch_policy` sets the limits for URLs; one HTTP
    client serves them all.
    """
    skip = on_skip or _log_skip
    override = _overrides(outlet, published)
    with ExitStack() as stack:
        fetcher: Fetcher | None = None
        for given in paths:
            if isinstance(given, str) and is_url(given):
                fetcher = fetcher or stack.enter_context(Fetcher(fetch_policy))
                yield from _from_url(given, fetcher, override, skip)
            else:
                yield from _from_path(Path(given), override, skip)


def count_inputs(paths: Iterable[str | Path]) -> int:
    """How many files `iter_documents` will open, for a progress bar; reads no content.

    A JSONL file counts once however many records it holds; missing paths count zero (the
    error comes when reading).
    """
    total = 0
    for given in paths:
        path = Path(given)
        if isinstance(given, str) and is_url(given):
            total += 1
        elif path.is_file():
            total += 1
        elif path.is_dir():
            total += sum(1 for file, _ in _walk_files(path, lambda *_: None)
                         if file.suffix.lower() in SUFFIXES)
    return total
