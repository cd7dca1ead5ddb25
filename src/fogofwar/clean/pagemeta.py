"""One page's boilerplate, title and publication date, decided together.

The title decides which later lines are repeats of it and is itself exempt from the headline
rules; the rules decide which lines can be the title. Dates come from metadata first, then
the URL, then a dateline on the page; a date that cannot be read is a warning on the
document, never a reason to drop it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..errors import InputError
from ..ingest.dates import PRECISIONS, parse_published
from ..records import Document
from .datelines import (
    HEAD_LINES,
    URL_LAG_DAYS,
    Dated,
    date_from_lines,
    date_from_url,
    dated_opening,
    opening_day,
)
from .linemodel import model_lines
from .outlets import outlet_info
from .page import (
    attributed_teasers,
    bare_copy,
    caption_credits,
    comment_tails,
    cut_story_line,
    head_bylines,
    headline_runs,
    is_body,
    line_rule,
    related_blocks,
    repeated_lines,
    same_text,
    shouted_teasers,
    tail_signoffs,
    wrapped_lines,
)
from .title import pick_title


@dataclass(frozen=True)
class Title:
    text: str | None
    index: int | None


def _names(outlet: str | None, url: str | None) -> list[str]:
    """Spellings of the outlet a masthead line may use."""
    info = outlet_info(outlet)
    names = [outlet] if outlet else []
    if info is not None:
        names += [info.name, *info.aliases, *info.domains]
    return [n for n in names if n and len(n) > 2]


def page_rules(lines: list[str], signature_lines: set[int], outlet: str | None,
               meta_title: str | None, url: str | None) -> tuple[Title, dict[int, str]]:
    """(title, {line index: rule}) for one page: the rules, then the learned line model on
    what they left."""
    title, taken, keep = rule_pass(lines, signature_lines, outlet, meta_title, url)
    model_lines(lines, taken, keep, title.text, title.index)
    return title, taken


def rule_pass(lines: list[str], signature_lines: set[int], outlet: str | None,
              meta_title: str | None, url: str | None
              ) -> tuple[Title, dict[int, str], set[int]]:
    """(title, {line index: rule}, lines no rule may take) by the pack's rules alone: what the
    line model sees (`bench/train_boilerplate.py` trains on it)."""
    names = _names(outlet, url)
    taken: dict[int, str] = {i: "signature" for i in signature_lines}
    fragments = wrapped_lines(lines)
    for index, line in enumerate(lines):
        if index not in taken and (rule := line_rule(line, names, index in fragments)):
            taken[index] = rule
    comment_tails(lines, taken, fragments)
    text, index = pick_title(lines, {**dict.fromkeys(fragments, "fragment"), **taken},
                             meta_title, url)
    if index is not None and (bare := bare_copy(lines, index)) is not None:
        taken[index] = "browser_title"
        text, index = lines[bare], bare
    cut = cut_story_line(lines)
    keep = fragments | ({index} if index is not None else set()) | (
        {cut} if cut is not None and cut not in taken else set())
    if index is not None:
        for before in range(index):
            if before not in taken and before not in keep and not is_body(lines[before]):
                taken[before] = "above_title"
    repeated_lines(lines, taken, text, index, keep)
    caption_credits(lines, taken, keep)
    related_blocks(lines, taken, keep)
    headline_runs(lines, taken, keep)
    head_bylines(lines, taken, keep, index)
    shouted_teasers(lines, taken, keep)
    attributed_teasers(lines, taken, keep)
    tail_signoffs(lines, taken, keep)
    return Title(text, index), taken, keep


def _coarsen(precision: str, stated: str | None) -> str:
    if stated in PRECISIONS and PRECISIONS.index(stated) > PRECISIONS.index(precision):
        return stated
    return precision


#: A line stating the page's publication ("Published February 28,2020", "Updated: 28.02.2020"):
#: the day after its URL's day it is the day of the text as stored, the URL's the first version's
#: (a story posted late one evening and republished, revised, the next morning); the text's
#: "early on Friday" is then that Friday, not the one a week before the URL's Thursday.
_PUBLISHED = re.compile(r"(?i)^\W*(?:last\s+)?(?:published|updated)\b")


def first_body_line(lines: list[str], repeats: frozenset[int] = frozenset()) -> int | None:
    """The first line of the story's body. A headline printed again (`repeats`: lines that
    repeat the title) still belongs to the page's head, so a standfirst above it is not the
    body: the head, with its photo caption and dateline, runs on to the repeat."""
    after = max((i for i in repeats if i < HEAD_LINES), default=-1)
    first = next((i for i, line in enumerate(lines) if i > after and is_body(line)), None)
    if first is None:
        return None
    # a standfirst that is the lede printed twice: the head (byline, date) runs on to the copy
    return next((i for i in range(first + 1, min(len(lines), HEAD_LINES))
                 if _copies(lines[i], lines[first])), first)


#: A standfirst shorter than this is no copy of a lede to look for.
_STANDFIRST_MIN_CHARS = 40


def _copies(line: str, standfirst: str) -> bool:
    """The line is the standfirst printed again in full (the standfirst may be cut short with
    an ellipsis: "... a spokesman said..." over "... a spokesman said Thursday.")."""
    cut = standfirst.rstrip().rstrip(".…").rstrip()
    if len(cut) < _STANDFIRST_MIN_CHARS:
        return False
    return same_text(line, standfirst) or same_text(line[:len(cut)], cut)


def _above_title(lines: list[str], found: Dated | None, title_index: int | None) -> bool:
    """Whether the page's date was read on a line above its headline: a site's bar of today's
    date ("• Sunday, 07 July 2024") may stand there, printed on every page the day it was
    saved; a full date the story's own dateline opens on before it is the story's day."""
    if found is None or found.precision != "day" or title_index is None:
        return False
    return any(line == found.source for line in lines[:title_index])


#: What parts a page's <title> line into the headline and the site's section or name after it
#: ("Pak denounces US drone strike | world | Daily"): the headline printed on the page is its
#: first part.
_TITLE_SEGMENTS = " | "


def _headline_copy(line: str, lines: list[str], title_index: int | None) -> bool:
    """Whether the line prints the headline of the page's <title> line without the site's
    section and name that follow it there (the boilerplate rules keep such a copy when the
    line under it seems to go on from it; the date reading only needs to know where it is)."""
    if title_index is None or _TITLE_SEGMENTS not in lines[title_index]:
        return False
    return same_text(line, lines[title_index].split(_TITLE_SEGMENTS, 1)[0])


def publication_date(doc: Document, found: str | None, url: str | None, lines: list[str],
                     title_index: int | None = None, repeats: frozenset[int] = frozenset()
                     ) -> tuple[date | None, str | None, str | None]:
    """(date, precision, where it was read); warns on `doc` about a date it cannot read."""
    from_url = date_from_url(url)
    body_start = first_body_line(lines, repeats)
    # the headline printed again under a site's bar opens the story's own head: its dateline
    # is read first, before a "today" date standing between the page's <title> and it
    repeat = max((i for i in range((title_index or 0) + 1, min(len(lines), HEAD_LINES))
                  if i in repeats or _headline_copy(lines[i], lines, title_index)), default=None)
    from_text = date_from_lines(lines, from_url.value if from_url else None, title_index,
                                body_start, repeat)
    reference = from_url or from_text
    given = doc.published or found
    if given:
        try:
            value, precision = parse_published(given, reference.value if reference else None)
            return value, _coarsen(precision, doc.published_precision), "metadata"
        except InputError as exc:
            fallback = "; none found elsewhere" if reference is None else (
                f"; using {'the URL' if reference.source == 'url' else 'the page'}'s date")
            doc.warnings.append(f"field 'published': {exc}{fallback}")
    opened = dated_opening(lines, body_start, title_index)
    if from_url is None and opened is not None and _above_title(lines, from_text, title_index) \
            and opened < from_text.value:
        return opened, "day", "the body's dated opening"  # under a site's "today" bar
    if from_url and from_text and from_url.precision == from_text.precision == "day" and \
            0 < (from_url.value - from_text.value).days <= URL_LAG_DAYS:
        return from_text.value, from_text.precision, from_text.source  # posted after written
    if from_url and from_text and from_url.precision == from_text.precision == "day" and \
            (from_text.value - from_url.value).days == 1 and _PUBLISHED.match(from_text.source):
        return from_text.value, from_text.precision, from_text.source  # republished next day
    for found_date in (d for d in (from_url, from_text) if d and d.precision == "day"):
        return found_date.value, found_date.precision, found_date.source
    if opened is not None and (reference is None or reference.value.year == opened.year and (
            reference.precision == "year" or reference.value.month == opened.month)):
        return opened, "day", "the body's dated opening"
    if reference is not None:
        if reference.precision == "month" and (
                day := opening_day(lines, body_start, reference.value, title_index)) is not None:
            return day, "day", f"{reference.source} and the dateline"
        return reference.value, reference.precision, reference.source
    return None, None, None
