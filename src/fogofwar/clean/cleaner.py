"""The clean stage: Documents in, Articles out, learning boilerplate and copies as it goes."""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from datasketch import MinHash

from .. import config
from ..errors import InputError
from ..ingest.dates import parse_published
from ..records import Article, Document
from .boilerplate import boilerplate_name
from .dedup import DuplicateIndex, as_ints, fingerprint
from .learned import LineCounts, learned_lines, line_keys
from .outlets import canonical_outlet, outlet_from_url, read_signatures
from .text import extract, normalise_lines

log = logging.getLogger(__name__)

#: A first line this short without final punctuation is a headline, not a paragraph.
HEADLINE_MAX_WORDS = 25
_SENTENCE_END = re.compile(r"[.!?;:,]$")
PARAGRAPH_BREAK = "\n\n"


@dataclass
class Draft:
    """One document between pattern cleaning and the decisions that need the whole batch."""

    doc: Document
    lines: list[str]                      # kept after patterns and signatures
    removed: list[tuple[int, str]]        # (original position, line)
    positions: list[int]                  # original position of each kept line
    outlet: str | None
    original_outlet: str | None
    byline: str | None
    title: str | None
    published: str | None
    url: str | None
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


def _draft(doc: Document) -> Draft:
    found = extract(doc)
    all_lines = normalise_lines(found.text)
    signed = read_signatures(all_lines)
    kept, positions, removed = [], [], []
    for index, line in enumerate(all_lines):
        if index in signed.lines or boilerplate_name(line):
            removed.append((index, line))
        else:
            kept.append(line)
            positions.append(index)
    url = doc.url or found.url
    outlet = (canonical_outlet(doc.outlet) or outlet_from_url(url) or signed.outlet
              or canonical_outlet(found.sitename))
    original = canonical_outlet(doc.original_outlet) or signed.original_outlet
    draft = Draft(doc=doc, lines=kept, removed=removed, positions=positions, outlet=outlet,
                  original_outlet=original if original != outlet else None,
                  byline=signed.byline or found.byline, title=doc.title or found.title,
                  published=doc.published or found.published, url=url)
    draft.id = _article_id(outlet, kept)
    # text over the limit is refused after cleaning (pipeline.unfit); its MinHash would cost
    # memory in proportion to its length, so it gets none and teaches nothing
    draft.oversize = sum(map(len, kept)) > config.MAX_TEXT_CHARS
    draft.minhash = None if draft.oversize else fingerprint("\n".join(kept))
    return draft


def _published(draft: Draft) -> tuple:
    """(date, precision) from the document, keeping a stated precision; (None, None) if bad."""
    if not draft.published:
        return None, None
    try:
        value, precision = parse_published(draft.published)
    except InputError as exc:
        log.warning("%s: ignoring publication date: %s", draft.doc.source, exc)
        return None, None
    return value, draft.doc.published_precision or precision


def _is_headline(line: str) -> bool:
    return len(line.split()) <= HEADLINE_MAX_WORDS and not _SENTENCE_END.search(line)


def _same_text(a: str, b: str) -> bool:
    return re.sub(r"\W+", " ", a).strip().casefold() == re.sub(r"\W+", " ", b).strip().casefold()


def _title_and_body(draft: Draft, lines: list[str]) -> tuple[str | None, list[str]]:
    """Move a leading headline into the title (it is not boilerplate, so not in `removed`)."""
    title = draft.title
    if lines and title and _same_text(lines[0], title):
        return title, lines[1:]
    if lines and not title and len(lines) > 1 and _is_headline(lines[0]):
        return lines[0], lines[1:]
    return title, lines


class Cleaner:
    """Holds what cleaning learns across documents: per-outlet line counts and a MinHash LSH index.

    One Cleaner lives for a whole ingest run, so a footer seen in batch 1 is removed in
    batch 9 and a copy is linked to an original stored in an earlier run.
    """

    def __init__(self, known_lines: Mapping[str, Mapping[str, int]] | None = None,
                 fingerprints: Iterable[tuple[str, list[int]]] = ()) -> None:
        self._counts = LineCounts(known_lines)
        self._index = DuplicateIndex(fingerprints)

    def clean_batch(self, docs: Sequence[Document]) -> list[Article]:
        """Clean a batch; the batch's own articles count towards learned boilerplate."""
        drafts = [_draft(doc) for doc in docs]
        for draft in drafts:
            seen = draft.id in self._index
            draft.duplicate_of = self._index.original_of(draft.id, draft.minhash)
            draft.learn = (not seen and draft.duplicate_of is None and draft.outlet is not None
                           and not draft.oversize)
            self._index.add(draft.id, draft.minhash)
        for draft in drafts:
            if draft.learn:
                self._counts.add(draft.outlet, line_keys(draft.lines))
        return [self._finish(draft) for draft in drafts]

    def _finish(self, draft: Draft) -> Article:
        learned = learned_lines(draft.lines, draft.outlet, self._counts)
        removed = list(draft.removed)
        body = []
        for index, line in enumerate(draft.lines):
            if index in learned:
                removed.append((draft.positions[index], line))
            else:
                body.append(line)
        title, body = _title_and_body(draft, body)
        published, precision = _published(draft)
        return Article(
            id=draft.id, source=draft.doc.source, text=PARAGRAPH_BREAK.join(body), url=draft.url,
            outlet=draft.outlet, original_outlet=draft.original_outlet, title=title,
            byline=draft.byline, published=published, published_precision=precision,
            removed=[line for _, line in sorted(removed)], duplicate_of=draft.duplicate_of,
            fingerprint=as_ints(draft.minhash), line_keys=line_keys(draft.lines))
