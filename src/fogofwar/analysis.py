"""Analysis of cleaned articles: annotate, resolve and extract, in this process or in others.

Analysing an article depends on nothing but the article (and the packs and gazetteer every
process loads alike), so it is the part of the pipeline that runs in parallel; cleaning (which
learns from the articles before) and writing (one writer, in input order) stay in the calling
process. The unit of work is one batch of articles, annotated by one `nlp.pipe` call, so an
article is parsed in exactly the batch it would be parsed in on one core, and `--workers N`
stores what `--workers 1` stores.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from itertools import chain, islice
from typing import TypeVar

from spacy.tokens import Doc

from .annotate import annotate, load_nlp
from .annotate.pipeline import doc_text, recased
from .clean.title import is_lower_case, is_slug_title, name_case, sentence_case
from .extract import extract_claims, extract_events, title_from_body
from .extract.claims.context import in_claimant
from .extract.events.confidence import filter_events
from .extract.events.headparse import verbs_read
from .extract.events.other_languages import other_language_places
from .extract.units import statement_units
from .records import Analysis, Article, Place
from .resolve import gazetteer, parse_figures, resolve_actors, resolve_dates, resolve_places
from .resolve.capitals import capital_places
from .resolve.conflict_land import in_land
from .resolve.figure_restated import restated
from .resolve.headline_places import headline_places
from .resolve.place_roles import LOCATION
from .resolve.places import locations, without_places
from .resolve.sites import with_sites

log = logging.getLogger(__name__)
T = TypeVar("T")
R = TypeVar("R")


def analyze(article: Article, doc: Doc, title_doc: Doc | None = None) -> Analysis:
    """Resolve and extract everything in one cleaned, parsed article; with `title_doc` (the
    parsed headline), the headline's claims and events come first, flagged `in_title`. The
    learned event filter then scores every event and drops the unlikely ones, before the
    store, so reconcile and the export read the same events."""
    return filter_events(_with_title(article, doc, title_doc))


def _with_title(article: Article, doc: Doc, title_doc: Doc | None) -> Analysis:
    found = _analyze_text(article, doc)
    if title_doc is None:
        return found
    head = _analyze_text(replace(article, id=f"{article.id}:t", text=doc_text(title_doc)),
                         title_doc, headline=True, body_places=found.places)
    for item in (*head.claims, *head.events):
        item.in_title = True
    title_from_body(head.events, found.events, doc_text(title_doc), doc_text(doc))
    found.claims[:0] = head.claims
    # the headline's places, often the only mention of the story's main place, after the
    # body's (reconcile reads the body's alone: unplaced.body_places)
    found.places += [replace(p, in_title=True) for p in head.places]
    if not _slug_only(article):  # a slug's words, no printed headline,
        found.events[:0] = head.events  # state no event the lede does not
    return found


def _slug_only(article: Article) -> bool:
    """Whether the title is words spelled from the URL's slug with no headline printed: the
    cleaner knows where it read the title, so a printed headline that happens to spell the
    slug's words is still a headline; without that knowledge, the spelling decides."""
    if article.title_printed is not None:
        return not article.title_printed
    return is_slug_title(article.title, article.url)


def scans_title(article: Article) -> bool:
    """Whether the headline is analysed as a sentence of its own: it states the story's main
    event and toll, often only there ("RSF attack kills 60 civilians in El-Fasher"), but not
    when the body repeats it word for word, which would count its claims and events twice."""
    title = " ".join((article.title or "").split()).casefold()
    return len(title.split()) >= 3 and title not in " ".join(article.text.split()).casefold()


def _analyze_text(article: Article, doc: Doc, headline: bool = False,
                  body_places: Sequence[Place] = ()) -> Analysis:
    """Resolve and extract everything in one parsed text (a body, or a headline: with the
    places of its body, which name what the headline's own reading missed)."""
    mentions = resolve_actors(doc)
    places = with_sites(doc, resolve_places(doc, mentions))
    if headline:
        places = headline_places(doc, places, mentions, body_places)
    # events and incidents use locations only, and the capitals named by their country
    # (and, in a French or Spanish sentence, a place a preposition of place opens, whatever
    # role the English reader gave it or if it read none: "en 1944 au Sénégal")
    located = sorted([*locations(places), *capital_places(doc, places),
                      *other_language_places(doc, places, LOCATION)], key=lambda p: p.start)
    mentions = in_land(without_places(mentions, located), (*places, *body_places))
    # a toll named again by its value ("the 2,000 figure") takes the fate the page gave it,
    # in the body or the headline the body is read beside
    told = parse_figures(article.title) if article.title and not headline else []
    figures = restated(article.text, parse_figures(article.text), told)
    dates = resolve_dates(article.text, article.published, article.published_precision)
    units = statement_units(doc)  # claims and events read the same statement units
    claims = extract_claims(doc, article, mentions, figures, units)
    # a figure in a claimant's own words ("one resident recounting …") is no event's count
    figures = [f for f in figures if not any(
        in_claimant(f, c.claimant, c.start, c.end, article.text) for c in claims)]
    events = extract_events(doc, article, claims, mentions, located, dates, figures,
                            headline=headline, units=units)
    return Analysis(article=article, actors=mentions, places=places, claims=claims, events=events)


def analyse_batch(articles: list[Article]) -> list[Analysis]:
    """Annotate a batch with one `nlp.pipe` call and analyse each article, in order."""
    titled = [i for i, a in enumerate(articles) if scans_title(a)]
    cased = [_head_case(articles[i]) for i in titled]
    docs = list(annotate([a.text for a in articles] + cased))
    heads = {i: _head_doc(verbs_read(doc), articles[i].title or "")
             for i, doc in zip(titled, docs[len(articles):], strict=True)}
    found = [analyze(article, docs[i], heads.get(i)) for i, article in enumerate(articles)]
    for doc in (*docs, *heads.values()):
        # the spans cached there point back at their doc: without them a doc is freed as soon
        # as the batch is done, not at the cyclic collector's next full pass
        doc.user_data.clear()
    return found


def _head_case(article: Article) -> str:
    """The headline as it is parsed: a Title Case one in sentence case, a lower-case one (a
    slug's words) with the names its body spells capitalised."""
    title, body = article.title or "", article.text
    return name_case(title, body) if is_lower_case(title) else sentence_case(title, body)


def _head_doc(doc: Doc, title: str) -> Doc:
    """The parsed headline: a Title Case one's parse back on its own words; a lower-case one
    keeps the names' capitals the parse was given, which the packs' names and the claimants
    read ("according to Hamas", not "hamas"), at the headline's own offsets."""
    return doc if is_lower_case(title) else recased(doc, title)


def default_workers() -> int:
    """The machine's cores (those this process may run on, where the OS says)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - macOS, Windows
        return max(1, os.cpu_count() or 1)


def warm() -> None:
    """Load the model and the gazetteer's in-memory indexes once, before workers fork, so each
    worker starts with them (copy-on-write) instead of loading its own."""
    load_nlp()
    gazetteer.warm()


def _child_init() -> None:
    # an SQLite connection must not cross a fork: each worker opens its own
    gazetteer.forget_connections()


def _context() -> multiprocessing.context.BaseContext:
    """fork where the OS has it (workers inherit the loaded model), else spawn."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def ordered_map(fn: Callable[[T], R], items: Iterable[T], workers: int,
                prepare: Callable[[], None] | None = None) -> Iterator[R]:
    """`map(fn, items)` over `workers` processes, results in input order; `prepare` runs here
    first, before the workers fork from this process.

    At most two items per worker are in flight, so however long `items` is, only a few batches
    are ever held in memory (multiprocessing's own `imap` reads its input to the end at once).
    """
    items = iter(items)
    head = list(islice(items, 2))
    if workers <= 1 or len(head) < 2:  # one batch (the demo): no process to start
        yield from map(fn, chain(head, items))
        return
    if prepare is not None:
        prepare()
    with _context().Pool(workers, initializer=_child_init) as pool:
        pending: deque = deque()
        for item in chain(head, items):
            pending.append(pool.apply_async(fn, (item,)))
            if len(pending) >= 2 * workers:
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()


def analyse_batches(batches: Iterable[list[Article]], workers: int = 1) -> Iterator[list[Analysis]]:
    """Analyses per batch, in input order, over `workers` processes."""
    yield from ordered_map(analyse_batch, batches, workers, prepare=warm)
