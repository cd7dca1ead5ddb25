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
from datetime import date, datetime, timezone
from functools import cache

from ..errors import PackError
from ..ingest.dateforms import has_date, read_date, without_date
from ..packs import load_pack, require
from ..words import alternation
from .sitenames import split_url

_URL_DAY = re.compile(r"(?<!\d)((?:19|20)\d{2})([/_-])(\d{1,2})\2(\d{1,2})(?!\d)"
                      r"|(?<!\d)((?:19|20)\d{2})()(\d{2})(\d{2})(?!\d)"
                      r"|(?<!\d)((?:19|20)\d{2})()(\d{2})(\d{2})\d{2,6}(?!\d)"
                      # a stamp to the second and a serial after it ("/20220122120649154759"):
                      # the time must read as one, or the digits are an id
                      r"|(?<!\d)((?:19|20)\d{2})()(\d{2})(\d{2})(?:[01]\d|2[0-3])[0-5]\d[0-5]\d"
                      r"\d{1,8}(?!\d)"
                      # "/2016-07/20/content_...": the year and month dashed, the day a folder
                      r"|(?<!\d)((?:19|20)\d{2})(-)(\d{2})/(\d{2})(?=/)")
#: After "/2013/01/" a number joined to words ("/2013/01/20-killed-in-blasts") opens the slug,
#: a count of its headline, not the day: the path gives the month only.
_SLUG_AFTER = re.compile(r"[-_][^\W_]")
#: "/10-Aug-2024/", "/03-Nov-2018/": a worded date as a path segment.
_URL_WORDED = re.compile(r"(?<![\w])(\d{1,2}-[A-Za-z]{3,9}-(?:19|20)\d{2})(?![\w])")
#: "/2022/jul/01/": year, month name, day as path segments (The Guardian's URLs).
_URL_YEAR_WORDED = re.compile(r"/((?:19|20)\d{2})/([A-Za-z]{3,9})/(\d{1,2})(?=/|$|[A-Za-z])")
_URL_MONTH = re.compile(r"/((?:19|20)\d{2})/(\d{1,2})/")
#: "/2004/Sep/106094.htm", "/news4/2015/May/99465/": a year, then a month's name as a folder
#: with no day after it; read as the month (`_worded_month`).
_URL_YEAR_MONTH_WORD = re.compile(r"/((?:19|20)\d{2})/([A-Za-z]{3,9})/")
#: "/news/13/11/01/slug": year (of this century, two digits), month and day as folders; read
#: last, and never as a day after today's.
_URL_SHORT_YEAR = re.compile(r"/(\d{2})/(0[1-9]|1[0-2])/(0[1-9]|[12]\d|3[01])/")
#: "/052024/": a folder that is a month and year run together.
_URL_MONTH_YEAR = re.compile(r"/(0[1-9]|1[0-2])((?:19|20)\d{2})/")
_WORD = re.compile(r"[^\W\d_]{2,}")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
#: "date 2022-12-04 Three policemen killed ..." - a date label glued to the first lines.
_DATE_PREFIX = re.compile(r"(?i)^\s*((?:date|published|posted|updated)\s*:?\s*\d{4}-\d{2}-\d{2}"
                          r"(?:[T ]\d{2}:\d{2}(?::\d{2})?)?)\s+(\S.*)$")
PREFIX_LINES = 3
#: A dateline may follow the first body sentence by this many lines (after a standfirst).
BODY_GRACE = 3
_LABEL = re.compile(r"(?i)\b(published|updated|posted|date|dated)\b")
#: A label with its colon after a site's section word ("world Updated: Mar 19, 2011"): page
#: furniture, not the rest of a sentence, though the line opens in lower case.
_COLON_LABEL = re.compile(r"(?i)\b(published|updated|posted)\s*:")
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


@cache
def _masthead() -> re.Pattern[str]:
    """A word of the pack's `masthead_date_words`: a line holding one dates the site, not the
    page ("Since 1st March, 1999")."""
    words = require(load_pack("boilerplate"), "boilerplate", "masthead_date_words", list)
    alternatives = "|".join(rf"\b{re.escape(str(w))}\b" if str(w)[:1].isalnum()
                            else re.escape(str(w)) for w in words)
    return re.compile(rf"(?i){alternatives}")


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


#: A section's name run into a machine date ("world2024-05-09 07:12:33"): a CMS stamp.
_GLUED_STAMP = re.compile(r"^([^\W\d_]{2,20})((?:19|20)\d{2}-[01]\d-[0-3]\d)(?!\d)")


@cache
def _glued_month() -> re.Pattern[str]:
    """A label in capitals run into a capitalised month name ("PUBLISHED ONNovember 02")."""
    names = sorted({n.rstrip(".") for n in _month_names() if len(n) > 2}, key=len, reverse=True)
    month = alternation(n.capitalize() for n in names)
    return re.compile(rf"\b([A-Z]{{2,}})((?:{month})\b)")


def spaced_stamp(line: str) -> str:
    """The line with a word run into its leading machine date set apart ("world 2024-05-09"),
    and a label in capitals run into a month name ("PUBLISHED ONNovember 02, 2023")."""
    return _glued_month().sub(r"\1 \2", _GLUED_STAMP.sub(r"\1 \2", line, count=1), count=1)


def is_dateline(line: str, max_other: int | None = None) -> bool:
    """A line that is mostly a date: page furniture saying when, not a sentence (at most
    `max_other`, else the pack's `dateline_max_other_words`, words other than the date and
    the dateline vocabulary)."""
    spaced = spaced_stamp(line)
    if len(spaced.split()) > 16 or not has_date(spaced):
        return False
    if line[:1].islower() and not _LABEL.match(line) and not _COLON_LABEL.search(line) \
            and spaced == line:
        return False  # the rest of a sentence broken over lines ("in court on April 7.")
    line = spaced
    vocabulary, limit = _words()
    rest = [w for w in _WORD.findall(without_date(line)) if w.casefold() not in vocabulary]
    return len(rest) <= (limit if max_other is None else max_other)


#: "/13-12-2007/": a day-first date with dashes, dots or underscores (the numeric convention of
#: `ingest.dateforms`); slashes are left alone, "/13/12/2007/" being either way round.
_URL_DMY = re.compile(r"(?<![\d])(\d{1,2})([-_.])(\d{1,2})\2((?:19|20)\d{2})(?![\d])")
#: "2008oct18", "18oct2008", "24-dec-2024" glued or dashed: a month name between day and year.
_URL_GLUED = re.compile(r"(?<![A-Za-z\d])((?:19|20)\d{2})-?([A-Za-z]{3,9})-?(\d{1,2})(?![\d])"
                        r"|(?<![A-Za-z\d])(\d{1,2})-?([A-Za-z]{3,9})-?((?:19|20)\d{2})(?![\d])")
#: "/071220214-amp": a path token of eight or nine digits that reads DDMMYYYY (and a serial).
#: "/issue_august_1_2008/", "/jan-5-2019-": a month name, the day and the year.
_URL_MDY = re.compile(r"(?<![A-Za-z\d])([A-Za-z]{3,9})[-_](\d{1,2})[-_]((?:19|20)\d{2})(?![\d])")
_URL_DDMMYYYY = re.compile(r"(?<![\d])([0-3]\d)([01]\d)((?:19|20)\d{2})\d?(?![\d])")
_URL_TOKEN = re.compile(r"[^/_.-]+")
#: A query value that is only a date ("?D=2010-01-27&ID=..."); other query values are ids.
_QUERY_DATE = re.compile(r"(?:19|20)\d{2}-\d{1,2}-\d{1,2}|(?:19|20)\d{6}")
#: The earliest year a URL date may give: older numbers in a path are ids or counts.
FIRST_YEAR = 1900


def _url_days(path: str, query: str) -> list[date]:
    """Every day the path (then the query's date values) states, in the order read."""
    days: list[date] = []
    for match in _URL_DAY.finditer(path):
        year, sep, month, day = [g for g in match.groups() if g is not None][:4]
        if not (sep == "/" and _SLUG_AFTER.match(path, match.end())):
            days.append(_day(year, month, day))
    for match in _URL_DMY.finditer(path):
        days.append(_day(match.group(4), match.group(3), match.group(1)))
    for match in _URL_GLUED.finditer(path):
        year, name, day = match.group(1, 2, 3) if match.group(1) else match.group(6, 5, 4)
        month = _month_names().get(name.casefold())
        days.append(_day(year, str(month), day) if month else None)
    for match in _URL_MDY.finditer(path):
        month = _month_names().get(match.group(1).casefold())
        days.append(_day(match.group(3), str(month), match.group(2)) if month else None)
    for token in _URL_TOKEN.findall(path):
        match = _URL_DDMMYYYY.fullmatch(token)
        if match and len(token) in (8, 9) and not _URL_DAY.fullmatch(token):
            days.append(_day(match.group(3), match.group(2), match.group(1)))
    for _key, _eq, value in (part.partition("=") for part in query.split("&")):
        if _QUERY_DATE.fullmatch(value):
            digits = value.replace("-", "") if "-" not in value else None
            parts = value.split("-") if digits is None else [digits[:4], digits[4:6], digits[6:]]
            days.append(_day(*parts))
    return [d for d in days if d is not None]


def _day(year: str, month: str, day: str) -> date | None:
    try:
        value = date(int(year), int(month), int(day))
    except ValueError:
        return None
    return value if value.year >= FIRST_YEAR else None


@cache
def _month_names() -> dict[str, int]:
    """Month spellings of the dates pack (lower case) -> number; URL slugs write them short."""
    table = load_pack("dates")["months"]
    return {name.casefold().rstrip("."): int(num) for num, names in table.items()
            for name in names}


#: A run of digits that is a stamp to the second written without padding
#: ("/2009/05/2009516132116859535.html": 2009, 5, 16, 13:21:16 and a serial).
_URL_STAMP_RUN = re.compile(r"(?<!\d)((?:19|20)\d{2})(\d{8,})(?!\d)")
_TIME = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d[0-5]\d")


def _stamp_readings(year: str, rest: str) -> set[date]:
    """Every day a stamp's digits after its year can be read as: a month and a day of one or
    two digits each, then a time to the second (the serial after it is free)."""
    found: set[date] = set()
    for month_len in (1, 2):
        for day_len in (1, 2):
            cut = month_len + day_len
            if not _TIME.match(rest, cut):
                continue
            value = _day(year, rest[:month_len], rest[month_len:cut])
            if value is not None:
                found.add(value)
    return found


def _url_stamp(path: str, month: date, latest: date) -> date | None:
    """The day an unpadded stamp in the path gives, when it agrees with the path's year-month
    folder `month`, reads one way only and is no later than `latest`."""
    for match in _URL_STAMP_RUN.finditer(path):
        days = {d for d in _stamp_readings(match.group(1), match.group(2))
                if (d.year, d.month) == (month.year, month.month) and d <= latest}
        if len(days) == 1:
            return days.pop()
    return None


@dataclass(frozen=True)
class _UrlShape:
    """An outlet's own way of writing the day in its URLs (`outlets.yaml: url_dates`)."""

    domains: tuple[str, ...]
    pattern: re.Pattern[str]


@cache
def _url_shapes() -> tuple[_UrlShape, ...]:
    entries = load_pack("outlets").get("url_dates") or []
    if not isinstance(entries, list):
        raise PackError("outlets.yaml: url_dates must be a list")
    shapes = []
    for i, entry in enumerate(entries):
        where = f"outlets.yaml: url_dates[{i}]"
        domains = entry.get("domains") if isinstance(entry, dict) else None
        if not isinstance(domains, list) or not all(isinstance(d, str) for d in domains):
            raise PackError(f"{where}.domains must be a list of strings")
        try:
            pattern = re.compile(str(entry.get("pattern")))
        except re.error as exc:
            raise PackError(f"{where}.pattern: {exc}") from exc
        groups = set(pattern.groupindex)
        if groups != {"epoch"} and (not {"month", "day"} <= groups
                                    or not groups & {"year", "yy"}):
            raise PackError(f"{where}.pattern needs groups month, day and year or yy, "
                            "or epoch alone")
        shapes.append(_UrlShape(tuple(d.lower() for d in domains), pattern))
    return tuple(shapes)


def _epoch_day(seconds: str) -> date | None:
    """The UTC day of a Unix time in seconds ("1748084403": 2025-05-24), None past the
    calendar or before FIRST_YEAR."""
    try:
        value = datetime.fromtimestamp(int(seconds), tz=timezone.utc).date()
    except (ValueError, OverflowError, OSError):
        return None
    return value if value.year >= FIRST_YEAR else None


def _outlet_url_day(host: str, path: str, latest: date) -> date | None:
    """The day an outlet's own URL shape gives ("/1060731/" on telegraphindia.com), a real
    day no later than `latest`; a two-digit year is of this century."""
    for shape in _url_shapes():
        if not any(host == d or host.endswith("." + d) for d in shape.domains):
            continue
        match = shape.pattern.search(path)
        if match is None:
            continue
        parts = match.groupdict()
        if parts.get("epoch") is not None:
            value = _epoch_day(parts["epoch"])
        else:
            year = parts.get("year") or str(2000 + int(parts["yy"]))
            value = _day(year, parts["month"], parts["day"])
        if value is not None and value <= latest:
            return value
    return None


def date_from_url(url: str | None, latest: date | None = None) -> Dated | None:
    """The day (or month) a URL path states: /2020/02/10/, /2020-02-10-, /20200210/,
    /10-Aug-2024/, /2022/jul/01/, /2008oct18/, /13-12-2007/, a DDMMYYYY token, a query
    value that is a date ("?D=2010-01-27"), /13/11/01/; or the month, /2020/02/ or /022020/.
    Never a day before 1900 nor, when `latest` is given (the page's own date), one after it;
    a URL that cannot be read gives None."""
    if not url:
        return None
    parts = split_url(url)
    path = parts.path if parts else ""
    query = parts.query if parts else ""
    newest = min(latest or date.today(), date.today())
    host = ((parts.hostname if parts else None) or "").lower().rstrip(".")
    if (value := _outlet_url_day(host, path, newest)) is not None:
        return Dated(value, "day", "url")  # the site's own shape first: briefly.co's
        # MMDDYYYY "--03092024" read as the generic DDMMYYYY token would be 3 September
    for value in _url_days(path, query):
        if latest is None or value <= latest:
            return Dated(value, "day", "url")
    worded = _URL_WORDED.search(path)
    by_year = _URL_YEAR_WORDED.search(path)
    for text in (worded.group(1).replace("-", " ") if worded else None,
                 " ".join(by_year.group(3, 2, 1)) if by_year else None):
        reading = read_date(text) if text else None
        value = reading.value if reading is not None and reading.precision == "day" else None
        if value is not None and value.year >= FIRST_YEAR and (latest is None or value <= latest):
            return Dated(value, "day", "url")
    short = _URL_SHORT_YEAR.search(path)
    value = _day(str(2000 + int(short.group(1))), short.group(2), short.group(3)) \
        if short else None
    if value is not None and value <= min(latest or date.today(), date.today()):
        return Dated(value, "day", "url")
    match = _URL_MONTH.search(path)
    folded = _URL_MONTH_YEAR.search(path)
    year_month = match.group(1, 2) if match else folded.group(2, 1) if folded else None
    if year_month and 1 <= int(year_month[1]) <= 12 and int(year_month[0]) >= FIRST_YEAR:
        value = date(int(year_month[0]), int(year_month[1]), 1)
        if (day := _url_stamp(path, value, newest)) is not None:
            return Dated(day, "day", "url")
        if latest is None or value <= latest:
            return Dated(value, "month", "url")
    if (value := _worded_month(path)) is not None and (latest is None or value <= latest):
        return Dated(value, "month", "url")
    return None


def _worded_month(path: str) -> date | None:
    """The month of a "/2004/Sep/" folder pair (a year, then the month's name with no day
    after it): an outlet's archive by month, which dates its pages no closer than that. Before,
    such a URL gave no date at all, and a page with none in its text stayed undated."""
    match = _URL_YEAR_MONTH_WORD.search(path)
    if match is None:
        return None
    reading = read_date(f"{match.group(2)} {match.group(1)}")
    if reading.precision != "month" or reading.value is None or reading.value.year < FIRST_YEAR:
        return None
    return reading.value


#: A line opening with a dateline label or a byline ("Posted by Adriaan Alsema on Feb 9, 2009
#: Leave a comment", "by Staff Writers Arbil, Iraq (AFP) July 17, 2011") is the page's date line
#: with a few more words than a bare dateline: the label says what the date is.
_OPENING_LABEL = re.compile(r"(?i)^\W*(published|updated|posted|dated?|by)\b")
#: A machine timestamp ("2024-09-03 19:15:11", "World 2020-10-04 13:06:00"): a CMS stamping
#: the page, read in the tail without a label.
_TIMESTAMP = re.compile(r"(?<!\d)(?:19|20)\d{2}-[01]\d-[0-3]\d[T ][0-2]\d:[0-5]\d"
                        r"(?::[0-5]\d)?(?!\d)")
#: A time to the second ("09 march 2006 18:02:00"): a machine stamping the page, read in the
#: tail without a label.
_SECONDS = re.compile(r"(?<![\d:])[0-2]?\d:[0-5]\d:[0-5]\d(?![\d:])")
#: A date in brackets closing a head line ("Air strikes hit Sanaa [05/نوفمبر/2017]"): some sites
#: print the day after the headline, in any language's month names.
_BRACKETED = re.compile(r"[\[(]([^\[\]()]{6,40})[\])]\s*$")
#: A page's dateline may give the day before its URL's by this many days (a URL states when the
#: page was posted, the page when it was written); then the page's day is the date.
URL_LAG_DAYS = 2


def _labelled_date_line(line: str) -> bool:
    """A labelled or byline line that holds a date and few other words (see _OPENING_LABEL)."""
    if not _OPENING_LABEL.match(line) or len(line.split()) > 16 or not has_date(line):
        return False
    vocabulary, limit = _words()
    rest = [w for w in _WORD.findall(without_date(line)) if w.casefold() not in vocabulary]
    return len(rest) <= limit + _extra_words()


#: A dateline in another language is a short line: the date, a weekday and a few particles.
FOREIGN_DATELINE_WORDS = 7


def _foreign_dateline(line: str) -> bool:
    """A short line that is a whole date in another language ("lunes, 20 de enero de 2014"):
    `has_date` knows only the pack's month names, dateparser the rest, and it reads a line
    only when every word of it is part of the date."""
    if len(line.split()) > FOREIGN_DATELINE_WORDS or not _YEAR.search(line) or has_date(line):
        return False
    return read_date(line).precision == "day"


@cache
def _extra_words() -> int:
    return require(load_pack("boilerplate"), "boilerplate", "dateline_labelled_extra_words", int)


def _bracketed_day(line: str) -> date | None:
    """The day a bracketed date closing the line gives, in any language (four-digit year)."""
    match = _BRACKETED.search(line)
    if not match or not re.search(r"(?:19|20)\d{2}", match.group(1)):
        return None
    reading = read_date(match.group(1))
    return reading.value if reading.precision == "day" else None


@cache
def _breadcrumb() -> re.Pattern[str]:
    """A navigation trail's opening: a pack opener, then a separator or, glued, the next
    item's capital ("Home > News", "HomeBreaking News")."""
    names = require(load_pack("boilerplate"), "boilerplate", "breadcrumb_openers", list)
    alternatives = alternation(names)
    return re.compile(rf"(?i:^\W*(?:{alternatives}))(?:\s*[>»›/|\\•]|(?-i:[A-Z]))")


#: The page store's own label ("date 2023-08-13"), split off the first line by
#: `split_date_prefixes`: the day the store gives the page, never a site's "today" bar.
_STORE_LABEL = re.compile(r"(?i)\s*date\s*:?\s*(?:19|20)\d{2}-[01]\d-[0-3]\d\s*")


def _above_breadcrumb(lines: list[str], index: int) -> bool:
    """Whether the next non-empty line after `index` is a navigation trail: a date printed
    above the trail is the site's "today" bar, the same on every page and the day it was
    saved (months after the story, c534's 2016 bar over a 2014 story), not the story's own.
    The store's label is no bar, whatever line follows it."""
    if _STORE_LABEL.fullmatch(lines[index]):
        return False
    following = next((line for line in lines[index + 1:] if line.strip()), "")
    return bool(_breadcrumb().match(following))


def date_from_lines(lines: list[str], reference: date | None = None,
                    title_index: int | None = None, body_start: int | None = None,
                    repeat: int | None = None) -> Dated | None:
    """The date of the page's dateline: first one just under the headline (the story's own:
    under its copy `repeat`, when the page prints it again below the title, where the story's
    head opens under a site's bar), then one above it (a site's "today" bar), both before the
    body starts; then a labelled
    one in the tail ("Published 10.02.2020") or a machine timestamp there ("2024-09-03
    19:15:11"). An unlabelled date after the body belongs to a list of other stories. A head
    line closing on a bracketed date ("... [05/نوفمبر/2017]") gives that date."""
    limit = len(lines) if body_start is None else body_start + BODY_GRACE
    head = min(HEAD_LINES, len(lines), limit)
    start = title_index + 1 if title_index is not None else 0
    order = list(range(start, head))
    if repeat is not None and start <= repeat < head:
        order = list(range(repeat + 1, head)) + list(range(start, repeat + 1))
    order += [i for i in range(head) if i not in order]
    tail = [i for i in range(max(0, len(lines) - TAIL_LINES), len(lines)) if i not in order]
    for index in order + tail:
        line = lines[index]
        if index in tail and not (_LABEL.search(line) or _TIMESTAMP.search(line)
                                  or _SECONDS.search(line)):
            continue
        if _above_breadcrumb(lines, index) or _masthead().search(line):
            continue
        if not (is_dateline(line) or _labelled_date_line(line) or _foreign_dateline(line)):
            continue
        reading = read_date(spaced_stamp(line), reference)
        if reading.value is not None and reading.precision is not None:
            return Dated(reading.value, reading.precision, line)
    for index in range(head):
        if (value := _bracketed_day(lines[index])) is not None:
            return Dated(value, "day", lines[index])
    return _under_label(lines)


#: A label standing alone on its line ("Date", "Published:", "Posted on"): the page's date is
#: the line under it, wherever on the page the pair stands.
_LONE_LABEL = re.compile(r"(?i)^\W*(?:date|dated|published|posted|updated)(?:\s+on)?\W*$")


def _under_label(lines: list[str]) -> Dated | None:
    """The date on the line under a lone label ("Date" / "2017.01.05 / 19:44")."""
    for index, line in enumerate(lines[:-1]):
        if not _LONE_LABEL.match(line):
            continue
        following = next((x for x in lines[index + 1:] if x.strip()), "")
        if not is_dateline(following) or _masthead().search(following):
            continue
        reading = read_date(spaced_stamp(following))
        if reading.value is not None and reading.precision is not None:
            return Dated(reading.value, reading.precision, following)
    return None


#: A news dateline opening the body: "SANAA, June 19:", "MAIDUGURI, Nigeria, Sept 3 (Reuters) -",
#: "TRIPOLI, July 5 (NNN-AGENCIES) —": a place in capitals, then a month and day.
_OPENING = r"^\W*[A-Z][A-Z'’.\- ]{1,30}(?:,\s*[A-Z][\w'’.\- ]{1,30})?\s*[,–—-]\s*"


@cache
def _opening_pattern() -> re.Pattern[str]:
    month = "(" + alternation(_month_names(), longest_first=True) + r")\.?"
    return re.compile(_OPENING + month + r"\s+(\d{1,2})(?!\d)", re.IGNORECASE)


#: A body opening on a full date and a dash: "August 10, 2018 - Dozens of children were killed",
#: "10 August 2018 — ...": a wire dateline, the day the story was filed; its place may lead
#: ("GULU, Uganda, Feb 09, 2004 (AP) —") and a credit or the place follow the date ("July 3,
#: 2006 (ABECHE) —", "KHOROG, May 2, 2012, Some Agency –"). A press release opens the same way
#: with its sender, its acronym in brackets and a semicolon, and a colon after the date
#: ("Some Rights Group (SRG); March 4, 2021: Security forces ...").
_DATED_OPENING = (r"^\W*(?:[A-Z][\w'’.\- ]{{1,30}}(?:,\s*[A-Z][\w'’.\- ]{{1,30}})?,\s*"
                  r"|[A-Z][\w'’.\- ]{{1,40}}\([A-Z][\w-]{{1,15}}\)\s*;\s*)?"
                  r"((?:{month}\s+\d{{1,2}},?|\d{{1,2}}\s+{month},?)\s+(?:19|20)\d{{2}})"
                  r"(?:\s*\([^)]{{1,30}}\)|,\s*[\w-]{{2,20}})?\s*(?:[–—-]+|:)\s+\S")


#: A body opening on its place and a credit in brackets with the full date inside the brackets
#: or right after them, no dash needed: "Niamey (AFP) March 31, 2008 Ten rebels were ...",
#: "CAIRO (Some News / Agency - 09th August, 2019) A brother of ...".
_CREDITED_OPENING = (r"^\W*[A-Z][\w'’.\- ]{{1,30}}(?:,\s*[A-Z][\w'’.\- ]{{1,30}})?\s*"
                     r"\((?:[^()]{{1,40}}?\s[–—-]\s*({date})|[^()]{{1,40}})\)\s*({date})?"
                     r"\s*[–—-]*\s*[A-Z\"“‘']")
_FULL_DATE = (r"(?:{month}\s+\d{{1,2}}(?:st|nd|rd|th)?,?|\d{{1,2}}(?:st|nd|rd|th)?\s+{month},?)"
              r"\s+(?:19|20)\d{{2}}")


@cache
def _dated_opening_pattern() -> re.Pattern[str]:
    month = "(?:" + alternation(_month_names(), longest_first=True) + r")\.?"
    return re.compile(_DATED_OPENING.format(month=month), re.IGNORECASE)


@cache
def _credited_opening_pattern() -> re.Pattern[str]:
    month = "(?:" + alternation(_month_names(), longest_first=True) + r")\.?"
    full = _FULL_DATE.format(month=month)
    return re.compile(_CREDITED_OPENING.format(date=full), re.IGNORECASE)


def opening_lines(lines: list[str], body_start: int | None,
                  title_index: int | None = None) -> list[str]:
    """The lines a story's opening dateline may stand on: the first `BODY_GRACE` from the body's
    start, and the first `BODY_GRACE` lines with a word after the headline (or the page's top):
    a story whose lines are hard-wrapped short, or printed under a row of image placeholders
    ("![]() |"), has its body found late or not at all, but opens there all the same."""
    start = body_start or 0
    after = [i for i in range(0 if title_index is None else title_index + 1, len(lines))
             if _WORD.search(lines[i])][:BODY_GRACE]
    order = list(range(start, min(start + BODY_GRACE, len(lines))))
    return [lines[i] for i in order + [i for i in after if i not in order]]


def dated_opening(lines: list[str], body_start: int | None,
                  title_index: int | None = None) -> date | None:
    """The day a body's first lines open on ("August 10, 2018 - Dozens of children ..."): the
    story's own dateline written as a full date; a date later in a sentence is the story's."""
    for line in opening_lines(lines, body_start, title_index):
        match = _dated_opening_pattern().match(line)
        credited = _credited_opening_pattern().match(line)
        found = match.group(1) if match is not None else \
            credited.group(1) or credited.group(2) if credited is not None else None
        if found:
            reading = read_date(found)
            if reading.precision == "day":
                return reading.value
    return None


def opening_day(lines: list[str], body_start: int | None, month: date,
                title_index: int | None = None) -> date | None:
    """The day of `month` (a publication date known to the month, from the URL) that the
    body's opening news dateline gives ("SANAA, June 19: ..." under /2010/06/); None when the
    dateline names another month or there is none."""
    for line in opening_lines(lines, body_start, title_index):
        match = _opening_pattern().match(line)
        if match is None:
            continue
        if _month_names().get(match.group(1).casefold()) != month.month:
            return None
        try:
            return month.replace(day=int(match.group(2)))
        except ValueError:
            return None
    return None
