"""Publication dates from a page's own lines and from its URL.

A page saved as text has no metadata, but most carry a dateline ("Newsroom | 10.02.2020 -
16:02", "date 2022-08-14", "Updated Feb. 10, 2020") and many URLs carry the day
(".../2020/02/10/slug"). A dateline is a short line that is mostly a date: once the date,
the time and the dateline words (`boilerplate.yaml: dateline_words`) are taken out, at most
`dateline_max_other_words` words remain. A sentence that mentions a date is not a dateline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from ..errors import PackError
from ..ingest.dateforms import has_date, read_date, without_date
from ..packs import load_pack, require
from .sitenames import split_url

_URL_DAY = re.compile(r"(?<!\d)((?:19|20)\d{2})([/_-])(\d{1,2})\2(\d{1,2})(?!\d)"
                      r"|(?<!\d)((?:19|20)\d{2})()(\d{2})(\d{2})(?!\d)"
                      r"|(?<!\d)((?:19|20)\d{2})()(\d{2})(\d{2})\d{2,6}(?!\d)")
#: "/10-Aug-2024/", "/03-Nov-2018/": a worded date as a path segment.
_URL_WORDED = re.compile(r"(?<![\w])(\d{1,2}-[A-Za-z]{3,9}-(?:19|20)\d{2})(?![\w])")
#: "/2022/jul/01/": year, month name, day as path segments (The Guardian's URLs).
_URL_YEAR_WORDED = re.compile(r"/((?:19|20)\d{2})/([A-Za-z]{3,9})/(\d{1,2})(?=/|$)")
_URL_MONTH = re.compile(r"/((?:19|20)\d{2})/(\d{1,2})/")
_WORD = re.compile(r"[^\W\d_]{2,}")
#: "date 2022-12-04 Three policemen killed ..." - a date label glued to the first lines.
_DATE_PREFIX = re.compile(r"(?i)^\s*((?:date|published|posted|updated)\s*:?\s*\d{4}-\d{2}-\d{2}"
                          r"(?:[T ]\d{2}:\d{2}(?::\d{2})?)?)\s+(\S.*)$")
PREFIX_LINES = 3
#: A dateline may follow the first body sentence by this many lines (after a standfirst).
BODY_GRACE = 3
_LABEL = re.compile(r"(?i)\b(published|updated|posted|date|dated)\b")
#: Datelines live at the head or tail of a page; a date further in is the story's.
HEAD_LINES = 15
TAIL_LINES = 10


@dataclass(frozen=True)
class Dated:
    """A publication date, its precision and where it was read (a line, 'url')."""

    value: date
    precision: str
    source: str


@cache
def _words() -> tuple[frozenset[str], int]:
    pack = load_pack("boilerplate")
    words = require(pack, "boilerplate", "dateline_words", list)
    limit = require(pack, "boilerplate", "dateline_max_other_words", int)
    if not all(isinstance(w, str) for w in words):
        raise PackError("boilerplate.yaml: dateline_words must be strings (quote on/yes/no)")
    return frozenset(w.casefold() for w in words), limit


def split_date_prefixes(lines: list[str]) -> tuple[list[str], set[int]]:
    """Lines with a leading date label split off its own line ("date 2022-12-04" + the rest),
    and the indexes of the split-off labels."""
    out: list[str] = []
    split: set[int] = set()
    for index, line in enumerate(lines):
        match = _DATE_PREFIX.match(line) if index < PREFIX_LINES else None
        if match:
            split.add(len(out))
            out += [match.group(1), match.group(2)]
        else:
            out.append(line)
    return out, split


def is_dateline(line: str) -> bool:
    """A line that is mostly a date: page furniture saying when, not a sentence."""
    if len(line.split()) > 16 or not has_date(line):
        return False
    if line[:1].islower() and not _LABEL.match(line):
        return False  # the rest of a sentence broken over lines ("in court on April 7.")
    vocabulary, limit = _words()
    rest = [w for w in _WORD.findall(without_date(line)) if w.casefold() not in vocabulary]
    return len(rest) <= limit


def date_from_url(url: str | None) -> Dated | None:
    """The day (or month) a URL path states: /2020/02/10/, /2020-02-10-, /20200210/,
    /10-Aug-2024/, /2022/jul/01/."""
    if not url:
        return None
    parts = split_url(url)
    path = parts.path if parts else ""
    for match in _URL_DAY.finditer(path):
        year, _sep, month, day = [g for g in match.groups() if g is not None][:4]
        try:
            return Dated(date(int(year), int(month), int(day)), "day", "url")
        except ValueError:
            continue
    worded = _URL_WORDED.search(path)
    by_year = _URL_YEAR_WORDED.search(path)
    for text in (worded.group(1).replace("-", " ") if worded else None,
                 " ".join(by_year.group(3, 2, 1)) if by_year else None):
        reading = read_date(text) if text else None
        if reading is not None and reading.value is not None and reading.precision == "day":
            return Dated(reading.value, "day", "url")
    match = _URL_MONTH.search(path)
    if match and 1 <= int(match.group(2)) <= 12:
        return Dated(date(int(match.group(1)), int(match.group(2)), 1), "month", "url")
    return None


def date_from_lines(lines: list[str], reference: date | None = None,
                    title_index: int | None = None, body_start: int | None = None
                    ) -> Dated | None:
    """The date of the page's dateline: first one just under the headline (the story's own),
    then one above it (a site's "today" bar), both before the body starts; then a labelled
    one in the tail ("Published 10.02.2020"). An unlabelled date after the body belongs to a
    list of other stories."""
    limit = len(lines) if body_start is None else body_start + BODY_GRACE
    head = min(HEAD_LINES, len(lines), limit)
    start = title_index + 1 if title_index is not None else 0
    order = list(range(start, head))
    order += [i for i in range(head) if i not in order]
    tail = [i for i in range(max(0, len(lines) - TAIL_LINES), len(lines)) if i not in order]
    for index in order + tail:
        line = lines[index]
        if not is_dateline(line) or (index in tail and not _LABEL.search(line)):
            continue
        reading = read_date(line, reference)
        if reading.value is not None and reading.precision is not None:
            return Dated(reading.value, reading.precision, line)
    return None
