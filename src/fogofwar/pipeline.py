"""The pipeline end to end: ingest -> clean -> annotate -> resolve -> extract -> store -> reconcile.

This is the one place that knows the order of the stages; each stage only knows its own input.
Documents stream through in batches so that memory stays flat however large the corpus, and
each article is written in its own transaction, so a failure loses at most the article at hand.
"""

from __future__ import annotations

import gc
import logging
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from . import config
from .analysis import analyse_batches, analyze  # noqa: F401  (analyze: public here too)
from .clean import Cleaner
from .dask_run import dask_batches
from .ingest import iter_documents
from .ingest.fetch import FetchPolicy, is_url
from .reconcile import update_incidents
from .records import Analysis, Article, Document
from .store import Store

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass
class IngestSummary:
    """What one ingest run did, for the CLI's closing line and for tests."""

    read: int = 0
    stored: int = 0
    already_stored: int = 0
    linked_copies: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    words: int = 0
    seconds: float = 0.0
    article_ids: list[str] = field(default_factory=list)
    incidents_written: int = 0
    #: URLs given that were refused or could not be fetched (also listed in `skipped`)
    urls_failed: int = 0
    #: (source, problem) for metadata that could not be used; the document was still stored.
    warnings: list[tuple[str, str]] = field(default_factory=list)
    without_outlet: int = 0
    without_date: int = 0
    without_title: int = 0


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _note_metadata(docs: Sequence[Document], articles: Sequence[Article],
                   summary: IngestSummary,
                   on_warning: Callable[[str, str], None] | None) -> None:
    """Count what the batch lacks and pass each document's warnings on."""
    for doc, article in zip(docs, articles, strict=True):
        for problem in doc.warnings:
            summary.warnings.append((doc.source, problem))
            log.warning("%s: %s", doc.source, problem)
            if on_warning:
                on_warning(doc.source, problem)
        summary.without_outlet += article.outlet is None
        summary.without_date += article.published is None
        summary.without_title += article.title is None


def unfit(article: Article) -> str | None:
    """Why a cleaned article cannot be analysed (no text, or more than spaCy should parse)."""
    if not article.text.strip():
        return "no article text left after cleaning"
    if len(article.text) > config.MAX_TEXT_CHARS:
        return (f"text too long after cleaning ({len(article.text)} characters; "
                f"the limit is {config.MAX_TEXT_CHARS})")
    return None


def _log_skip(source: str, reason: str) -> None:
    log.warning("skipped %s: %s", source, reason)


def _fit(articles: list[Article], skip: Callable[[str, str], None] | None) -> list[Article]:
    """The articles fit to analyse; the others are reported (logged if no one listens)."""
    kept = []
    for article in articles:
        reason = unfit(article)
        if reason is None:
            kept.append(article)
        else:
            (skip or _log_skip)(article.source, reason)
    return kept


def process_documents(
    docs: Iterable[Document],
    store: Store,
    summary: IngestSummary,
    *,
    batch_size: int = 32,
    workers: int = 1,
    client: Any = None,
    on_document: Callable[[], None] | None = None,
    on_warning: Callable[[str, str], None] | None = None,
    on_skip: Callable[[str, str], None] | None = None,
) -> IngestSummary:
    """Clean, analyse and store documents batch by batch.

    Cleaning and writing happen here, in input order; analysis of each batch runs in
    `workers` processes (see analysis.py), or on the Dask cluster of `client` (dask_run.py),
    a few batches ahead of the writer at most. Unfit articles (no text left, or too long to
    parse) go to `on_skip`.
    """
    cleaner = Cleaner(stored=store.cleaner_view())
    started = time.perf_counter()

    def fresh_batches() -> Iterator[list[Article]]:
        for batch in batched(docs, batch_size):
            summary.read += len(batch)
            cleaned = cleaner.clean_batch(batch)
            _note_metadata(batch, cleaned, summary, on_warning)
            articles = _fit(cleaned, on_skip)
            fresh = [a for a in articles if not store.has_article(a.id)]
            summary.already_stored += len(articles) - len(fresh)
            if on_document:
                for _ in range(len(articles) - len(fresh)):
                    on_document()
            yield fresh

    if client is not None:
        results = dask_batches(fresh_batches(), client)
    else:
        results = analyse_batches(fresh_batches(), workers)
    for analyses in results:
        for analysis in analyses:
            _write(store, analysis, summary)
            if on_document:
                on_document()
    summary.seconds += time.perf_counter() - started
    return summary


def _write(store: Store, analysis: Analysis, summary: IngestSummary) -> None:
    """Write one analysis; one stored meanwhile (a copy earlier in the corpus) counts as such."""
    article = analysis.article
    if not store.write(analysis):
        summary.already_stored += 1
        return
    summary.stored += 1
    summary.words += len(article.text.split())
    summary.linked_copies += article.duplicate_of is not None
    summary.article_ids.append(article.id)


def ingest(
    paths: Sequence[str | Path],
    store: Store,
    *,
    outlet: str | None = None,
    published: str | None = None,
    batch_size: int = 32,
    workers: int = 1,
    client: Any = None,
    on_document: Callable[[], None] | None = None,
    on_skip: Callable[[str, str], None] | None = None,
    fetch_policy: FetchPolicy | None = None,
    on_warning: Callable[[str, str], None] | None = None,
) -> IngestSummary:
    """Ingest files, directories and URLs into the store.

    Bad files inside directories, and URLs refused or failing, are skipped and counted.
    """
    summary = IngestSummary()

    def skipped(source: str, reason: str) -> None:
        summary.skipped.append((source, reason))
        summary.urls_failed += is_url(source)
        # the caller shows it; logging it too printed every skip twice
        (on_skip or _log_skip)(source, reason)

    docs = iter_documents(paths, outlet=outlet, published=published, on_skip=skipped,
                          fetch_policy=fetch_policy)
    with fewer_collections():
        process_documents(docs, store, summary, batch_size=batch_size, workers=workers,
                          client=client, on_document=on_document, on_warning=on_warning,
                          on_skip=skipped)
        if summary.stored or store.has_unreconciled():
            # only the incidents the new articles touch are recomputed (reconcile/update.py);
            # articles stored by a run killed before this point are reconciled by the next run
            summary.incidents_written = update_incidents(store).written
    return summary


#: Allocations between young collections during an ingest (CPython's default is 700).
YOUNG_THRESHOLD = 10_000


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Run the cyclic collector about fourteen times less often while ingesting, then restore
    its thresholds. An ingest allocates millions of short-lived objects, so at the default
    threshold the collector ran 1,659 young and 13 full collections over 400 documents, 1.8 of
    about 52 CPU s, the full ones walking every cache the run had filled; at 10,000 it ran 44
    (0.5 s). Most of what an ingest allocates is freed by reference counting anyway, and the
    analysis drops its docs' cached spans (the cycle it made) once done, so a parsed doc no
    longer waits for a full collection: peak RSS on those 400 documents went from 817 MB to
    750. Results do not depend on when garbage is collected. Worker processes forked
    meanwhile inherit the setting."""
    before = gc.get_threshold()
    gc.set_threshold(max(before[0], YOUNG_THRESHOLD), *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)
