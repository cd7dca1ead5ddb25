"""The clean stage: Documents in, Articles out, learning boilerplate and copies as it goes."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from datasketch import MinHash

from .. import config
from ..records import Article, Document
from .datelines import split_date_prefixes
from .dedup import DuplicateIndex, MemoryCopies, StoredCopies, as_ints, fingerprint
from .glued import split_glued_bylines, split_run_in_teasers, unglue
from .learned import LineCounts, StoredLines, learned_lines, line_keys
from .outlets import (
    Signed,
    canonical_outlet,
    outlet_from_footer,
    outlet_from_masthead,
    outlet_from_url,
    read_signatures,
)
from .pagemeta import page_rules, publication_date
from .sitenames import site_name
from .text import Extracted, extract, normalise_lines
from .unwrap import unwrap

log = logging.getLogger(__name__)

PARAGRAPH_BREAK = "\n\n"


@dataclass
class Draft:
    """One document between single-page cleaning and the decisions that need the whole batch."""

    doc: Document
    lines: list[str]                      # kept after the single-page rules
    removed: list[tuple[int, str, str]]   # (original position, line, rule)
    positions: list[int]                  # original position of each kept line
    outlet: str | None
    original_outlet: str | None
    byline: str | None
    title: str | None
    published: tuple[date | None, str | None, str | None]  # value, precision, where read
    url: str | None
    title_printed: bool = False           # the page (or its metadata) gave the title
    id: str = ""
    minhash: MinHash | None = field(default=None, repr=False)
    duplicate_of: str | None = None
    learn: bool = False
    oversize: bool = False


def _article_id(outlet: str | None, lines: list[str]) -> str:
    """Stable id from the outlet and the pattern-cleaned text.

    Learned boilerplate is left out of the hash on purpose: what has been learned depends on
    what is in the store, and the same content must get the same id on every run.
    """
    payload = (outlet or "") + "\n" + "\n".join(lines)
    return hashlib.sha1(payload.encode("utf-8")).hexdigest()[:16]


def _outlet(doc: Document, url: str | None, signed_outlet: str | None, found: Extracted,
            lines: list[str]) -> str | None:
    """The publisher: as given; the pack's outlet for the URL; an outlet a signature line
    names; a readable name for an unknown site; then the masthead, the HTML's site name or
    a copyright line for a page without a URL."""
    return (canonical_outlet(doc.outlet) or outlet_from_url(url) or signed_outlet
            or site_name(url, lines) or outlet_from_masthead(lines)
            or canonical_outlet(found.sitename) or outlet_from_footer(lines))


def rejoin(removed: list[tuple[int, str, str]], split: set[int]) -> list[tuple[int, str, str]]:
    """A line whose date label was split off and which is removed whole is one line again."""
    out: list[tuple[int, str, str]] = []
    for item in removed:
        if out and out[-1][0] in split and item[0] == out[-1][0] + 1:
            out[-1] = (out[-1][0], f"{out[-1][1]} {item[1]}", item[2])
        else:
            out.append(item)
    return out


def _title_repeats(taken: dict[int, str]) -> frozenset[int]:
    """Lines removed as copies of the title: where the page's head ends (pagemeta)."""
    return frozenset(index for index, rule in taken.items() if rule == "repeated_title")


@dataclass
class Page:
    """One document's lines as the single-page rules see them, and what it says of itself."""

    found: Extracted
    lines: list[str]
    split: set[int]                       # date labels split off the line after them
    signed: Signed
    url: str | None
    outlet: str | None


def read_page(doc: Document) -> Page:
    """The document's lines (date labels and run-in teasers split off), signatures, URL and
    outlet: the input of `page_rules`."""
    found = extract(doc)
    lines, split = split_glued_bylines(
        *split_run_in_teasers(*split_date_prefixes(normalise_lines(found.text))))
    signed = read_signatures(lines)
    url = doc.url or found.url
    return Page(found, lines, split, signed, url, _outlet(doc, url, signed.outlet, found, lines))


def _draft(doc: Document) -> Draft:
    page = read_page(doc)
    found, all_lines, split, signed = page.found, page.lines, page.split, page.signed
    url, outlet = page.url, page.outlet
    original = canonical_outlet(doc.original_outlet) or signed.original_outlet
    title, taken = page_rules(all_lines, signed.lines, outlet, doc.title or found.title, url)
    kept, positions, removed = [], [], []
    for index, line in enumerate(all_lines):
        if index in taken:
            removed.append((index, line, taken[index]))
        elif title.index != index:
            kept.append(line)
            positions.append(index)
    draft = Draft(doc=doc, lines=kept, removed=rejoin(removed, split), positions=positions,
                  outlet=outlet,
                  original_outlet=original if original != outlet else None,
                  byline=signed.byline or found.byline, title=title.text,
                  published=publication_date(doc, found.published, url, all_lines,
                                             title.index, _title_repeats(taken)), url=url,
                  title_printed=title.text is not None
                  and (title.index is not None or bool(doc.title or found.title)))
    draft.id = _article_id(outlet, kept)
    # text over the limit is refused after cleaning (pipeline.unfit); its MinHash would cost
    # memory in proportion to its length, so it gets none and teaches nothing
    draft.oversize = sum(map(len, kept)) > config.MAX_TEXT_CHARS
    draft.minhash = None if draft.oversize else fingerprint("\n".join(kept))
    return draft


class StoredState(StoredCopies, StoredLines):
    """What the Cleaner asks of the store: stored copies' band keys and line counts."""


class Cleaner:
    """Holds what cleaning learns across documents: per-outlet line counts and a MinHash LSH index.

    One Cleaner lives for a whole ingest run, so a footer seen in batch 1 is removed in
    batch 9 and a copy is linked to an original stored in an earlier run. Given the store
    (`stored`), it asks it for what stored articles taught and holds only this run's articles
    not yet stored, so its memory does not grow with the corpus; without one, it starts from
    `known_lines` and `fingerprints` and holds everything it sees.
    """

    def __init__(self, known_lines: Mapping[str, Mapping[str, int]] | None = None,
                 fingerprints: Iterable[tuple[str, list[int]]] = (),
                 stored: StoredState | None = None) -> None:
        self._counts = LineCounts(known_lines, stored)
        self._index = DuplicateIndex(stored if stored is not None else MemoryCopies(fingerprints))

    def clean_batch(self, docs: Sequence[Document]) -> list[Article]:
        """Clean a batch; the batch's own articles count towards learned boilerplate."""
        self._index.settle()
        self._counts.settle()
        drafts = [_draft(doc) for doc in docs]
        for draft in drafts:
            seen = draft.id in self._index
            draft.duplicate_of = self._index.original_of(draft.id, draft.minhash)
            draft.learn = (not seen and draft.duplicate_of is None and draft.outlet is not None
                           and not draft.oversize)
            self._index.add(draft.id, draft.minhash)
        for draft in drafts:
            if draft.learn:
                self._counts.add(draft.outlet, line_keys(draft.lines), draft.id)
        return [self._finish(draft) for draft in drafts]

    def _finish(self, draft: Draft) -> Article:
        learned = learned_lines(draft.lines, draft.outlet, self._counts)
        removed = list(draft.removed)
        body = []
        for index, line in enumerate(draft.lines):
            if index in learned:
                removed.append((draft.positions[index], line, "learned"))
            else:
                body.append(line)
        removed.sort()
        body = [unglue(line) for line in unwrap(body)]  # after boilerplate, which is matched
        # on the lines as found
        published, precision, published_from = draft.published
        return Article(
            id=draft.id, source=draft.doc.source, text=PARAGRAPH_BREAK.join(body), url=draft.url,
            outlet=draft.outlet, original_outlet=draft.original_outlet, title=draft.title,
            title_printed=draft.title_printed if draft.title else None,
            byline=draft.byline, published=published, published_precision=precision,
            published_from=published_from,
            removed=[line for _, line, _ in removed], removed_rules=[r for _, _, r in removed],
            duplicate_of=draft.duplicate_of,
            fingerprint=as_ints(draft.minhash), line_keys=line_keys(draft.lines))
