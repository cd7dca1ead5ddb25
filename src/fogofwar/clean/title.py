"""The headline of a page saved as text.

The title is the metadata's when there is one. Otherwise it is a headline-like line in the
page's head (before the first body sentence) that no boilerplate rule took: the one whose
words best match the URL's slug, else one the page repeats (headline and browser title), else
the first of at least `title_min_words` words, so that a one-word section name or the site's
slogan above it is passed over when something better is there. With no headline line, the
title is the slug's words as the page spells them anywhere (a headline glued to the first
paragraph), else the slug itself.
"""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import unquote

from ..packs import load_pack, require
from .datelines import HEAD_LINES
from .page import BULLET, is_body, is_headline, same_text
from .sitenames import split_url

_WORD = re.compile(r"[^\W_]+")


def _slug(url: str | None) -> list[str]:
    """The words of the URL's slug (its last path part with two or more hyphens), without
    leading or trailing ids ("102364-russian-belgorod-...": a number no headline opens with,
    which would read as a toll) and file extensions."""
    if not url:
        return []
    parts = split_url(url)
    path = unquote(parts.path) if parts else ""
    parts = [p for p in path.split("/") if p.count("-") + p.count("_") >= 2]
    if not parts:
        return []
    last = re.sub(r"\.\w{2,5}$", "", parts[-1])
    words = re.split(r"[-_]+", re.sub(r"\.(?=[^\W_]*\d)(?=[^\W_]*[^\W\d_])[^\W_]{6,}$", "", last))
    _drop_trailing_ids(words, frozenset(w.casefold() for w in require(
        load_pack("boilerplate"), "boilerplate", "title_figure_before", list)))
    while words and words[0].isdigit() and len(words[0]) >= 4:
        words.pop(0)
        if len(words) > 2 and all(w.isdigit() and len(w) <= 2 for w in words[:2]) \
                and int(words[0]) <= 12 and int(words[1]) <= 31:
            del words[:2]  # "2007-10-23-ethiopian-pm-…": the date, not "10 23 Ethiopian PM"
    return _possessives([w for w in words if w])


#: "1dXyLNy4CIw", "vjme4kcifffdf": a word of letters and digits this long closing a slug is a
#: page id, not a headline's word ("F16", "MH17" are shorter).
_MIXED_ID = re.compile(r"^(?=\w*\d)(?=\w*[^\W\d])\w{6,}$")
_LETTER = re.compile(r"[^\W\d]")


def _drop_trailing_ids(words: list[str], figure_before: frozenset[str]) -> None:
    """Drop the page ids and dates closing a slug ("...-militants-27818", "...-c-9033626",
    "...-news-10-06-23", "...-report-1dXyLNy4CIw"), but not the headline's last figure
    ("...toll-rises-to-270", "...kills-at-least-19-1.812944"): one number of one to three
    digits, no leading zero, after a word that announces a figure (`figure_before`: "least",
    "than", "injures") is the headline's own. A single letter left before a dropped id is the
    id's prefix."""
    dropped = False
    while words:
        last = words[-1]
        if not _MIXED_ID.match(last) and _LETTER.search(last):
            break
        if (last.isdigit() and len(last) <= 3 and not last.startswith("0") and len(words) > 1
                and words[-2].casefold() in figure_before):
            break
        words.pop()
        dropped = True
    if dropped and words and len(words[-1]) == 1 and words[-1].casefold() not in {"a", "i"}:
        words.pop()


def _possessives(words: list[str]) -> list[str]:
    """A possessive the address split apart, as written: "kashmir-s" and "israel-039-s"
    (the apostrophe's HTML code) -> "kashmir's"."""
    out: list[str] = []
    for index, word in enumerate(words):
        if word == "039" and 0 < index < len(words) - 1:
            continue
        if word.casefold() == "s" and out and len(out[-1]) > 1 and _LETTER.search(out[-1]):
            out[-1] += "'s"
        else:
            out.append(word)
    return out


_APOSTROPHE_WORD = re.compile(r"[^\W_]+['’][^\W_]+")


def _with_page_apostrophes(title: str, lines: list[str]) -> str:
    """The slug title with each word the page writes with an apostrophe spelt so ("irans" ->
    "Iran's", "countrys" -> "country's"): an address drops apostrophes, the headline has them."""
    spelt: dict[str, str] = {}
    for line in lines:
        for token in _APOSTROPHE_WORD.findall(line):
            spelt.setdefault(re.sub(r"['’]", "", token).casefold(), token)
    return " ".join(spelt.get(w.casefold(), w) for w in title.split())


def _slug_words(url: str | None) -> set[str]:
    return {w.casefold() for w in _slug(url)}


def slug_title(url: str | None, min_words: int) -> str | None:
    """A headline spelled out from the URL's slug, for a page whose text has none."""
    words = _slug(url)
    if len(words) < min_words or sum(w.isalpha() for w in words) < min_words:
        return None
    text = " ".join(words)
    return text if any(c.isupper() for c in text) else text[:1].upper() + text[1:]


#: Closing marks that end a headline spelled on the page after its last letter ("… 'FARC
#: dissidents'").
_CLOSERS = "'\"’”)»"


def _spelt_on_page(words: list[str], lines: list[str]) -> str | None:
    """The page's own spelling of the slug's words: a run of a line whose letters and digits
    are the slug's, from a word's start to a word's end ("Deadly Attacks Hit Syria’s Aleppo,
    Damascus" glued to the first paragraph, for deadly-attacks-hit-syrias-aleppo-damascus),
    with the case, apostrophes and commas the address dropped."""
    target = "".join(c for c in "".join(words).casefold() if c.isalnum())
    if not target:
        return None
    for line in lines:
        kept = [(i, c.casefold()) for i, c in enumerate(line) if c.isalnum()]
        squashed = "".join(c for _, c in kept)
        at = squashed.find(target)
        while at >= 0:
            start, end = kept[at][0], kept[at + len(target) - 1][0] + 1
            if (start == 0 or not line[start - 1].isalnum()) and (
                    end == len(line) or not line[end].isalnum()):
                while end < len(line) and line[end] in _CLOSERS:
                    end += 1
                return line[start:end]
            at = squashed.find(target, at + 1)
    return None


def _own_line(spelt: str | None, lines: list[str], taken: dict[int, str]) -> int | None:
    """The line that is the slug's headline whole, printed after the lede (an AMP page's
    first paragraph above its headline): the headline's own line, not a repeat of it to be
    struck out; a list mark before it ("• Troops retake ...") is the page's styling. A run
    glued into a paragraph has no line of its own, and a line far down the page is another
    list's copy."""
    if not spelt:
        return None
    return next((i for i, line in enumerate(lines[:HEAD_LINES])
                 if i not in taken and BULLET.sub("", line).strip() == spelt.strip()), None)


def _words(line: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(line)}


def _head(lines: list[str], taken: dict[int, str]) -> list[int]:
    """Indexes before the first body sentence that no rule took."""
    head = []
    for index, line in enumerate(lines):
        if index in taken:
            continue
        if is_body(line):
            break
        head.append(index)
    return head


#: A slug of fewer words than this is a section's path ("world-africa-50997769"), no headline.
_SLUG_MIN_WORDS = 3
#: The share of a slug's words a line must hold to be the headline the slug spells.
_WHOLE_SLUG = 0.9


def _score(index: int, lines: list[str], slug: set[str]) -> tuple[float, int]:
    """A line holding (nearly) all the slug's words is the headline the address spells, over
    a line the page repeats (a deck or lede repeated below); then the share of the slug held
    and being repeated count."""
    line = lines[index]
    if len(slug) < _SLUG_MIN_WORDS:
        slug = set()
    overlap = len(_words(line) & slug) / len(slug) if slug else 0.0
    repeated = any(same_text(line, other) for other in lines[index + 1:])
    return (overlap >= _WHOLE_SLUG) * 10 + overlap * 3 + repeated * 2, -index


#: A word with two letters or more: "+ ↺ − 16 px" or "0.52 %Gram Gold" is widget text, not
#: a headline's words.
_LETTERED = re.compile(r"[^\W\d_]{2,}")
#: What a page's <title> adds after the headline: " | News Room Odisha", " | News", " - Site".
_SITE_SUFFIX = re.compile(r"\s+\|\s+[^|]{1,40}$")
#: A date in brackets closing the headline: "... Sanaa [05/11/2017]".
_BRACKETED_DATE = re.compile(r"\s*\[[^\]]*\d{4}[^\]]*\]$")


def _lettered_words(line: str) -> int:
    return sum(1 for w in line.split() if _LETTERED.search(w))


def _trimmed(title: str, url: str | None) -> str:
    """The headline without what the page's title bar adds: the site or section after " | ",
    a bracketed date, and a section name run in before it ("Burma Myanmar Junta ..." when the
    address spells "myanmar-junta-..."): one or two leading words the slug lacks, when the
    rest of the line is the slug's words exactly."""
    cut = _BRACKETED_DATE.sub("", _SITE_SUFFIX.sub("", title))
    if _lettered_words(cut) >= _SLUG_MIN_WORDS:
        title = cut
    slug = "".join(_slug(url)).casefold()
    words = title.split()
    for lead in (1, 2):
        rest = words[lead:]
        if slug and len(rest) >= _SLUG_MIN_WORDS and re.sub(
                r"[\W_]+", "", "".join(rest)).casefold() == re.sub(r"[\W_']+", "", slug):
            return " ".join(rest)
    return title


def _ends_with_other(index: int, candidates: list[int], lines: list[str]) -> bool:
    """The line is another head line with words run in before it: the masthead glued to the
    headline ("Metro Plus News 2 terrorists killed in SE Iran" above "2 terrorists killed in
    SE Iran"), so the other line is the headline."""
    words = lines[index].split()
    return any(other != index and 0 < len(lines[other].split()) < len(words)
               and same_text(" ".join(words[-len(lines[other].split()):]), lines[other])
               for other in candidates)


def pick_title(lines: list[str], taken: dict[int, str], meta_title: str | None,
               url: str | None) -> tuple[str | None, int | None]:
    """(title, index of its line or None) for the page."""
    if meta_title:
        found = next((i for i, line in enumerate(lines) if same_text(line, meta_title)), None)
        return meta_title, found
    pack = load_pack("boilerplate")
    min_words = require(pack, "boilerplate", "title_min_words", int)
    floor = require(pack, "boilerplate", "title_floor_words", int)
    candidates = [i for i in _head(lines, taken)
                  if is_headline(lines[i]) and _lettered_words(lines[i]) >= floor]
    if not candidates or len(lines) == 1:
        return _from_slug(slug_title(url, min_words), url, lines, taken)
    candidates = [i for i in candidates if not _ends_with_other(i, candidates, lines)]
    long_enough = [i for i in candidates if _lettered_words(lines[i]) >= min_words] or candidates
    slug = _slug_words(url)
    best = max(long_enough, key=lambda i: _score(i, lines, slug))
    return _trimmed(_unglued(lines[best], pack), url), best


def _from_slug(slugged: str | None, url: str | None, lines: list[str],
               taken: dict[int, str]) -> tuple[str | None, int | None]:
    """The slug's headline as the page spells it (and its line, if it has one of its own)."""
    spelt = slugged and _spelt_on_page(_slug(url), lines)
    return spelt or (slugged and _with_page_apostrophes(slugged, lines)), _own_line(
        spelt, lines, taken)


def _unglued(title: str, pack: dict) -> str:
    """The headline without an image's alt text run into it when the page was copied
    ("article imageColombian police die ..." -> "Colombian police die ...") and without an
    aggregator's age of the story run into its end ("... rebels27 min ago")."""
    title = _GLUED_AGO.sub("", title)
    for prefix in require(pack, "boilerplate", "title_glued_prefixes", list):
        if title.casefold().startswith(prefix.casefold()) and title[len(prefix):][:1].isupper():
            return title[len(prefix):]
    return title


#: An aggregator's "27 min ago" run into the end of the headline ("... M23 rebels27 min ago").
_GLUED_AGO = re.compile(r"(?<=[^\W\d])\d{1,2}\s*(?:min|mins|minutes?|hours?|hrs?|days?)\s+ago$")


def is_slug_title(title: str | None, url: str | None) -> bool:
    """Whether a title is the one `slug_title` spelled from the URL: words a page's address
    gives, without the case, punctuation and small words the printed headline had."""
    if not title:
        return False
    min_words = require(load_pack("boilerplate"), "boilerplate", "title_min_words", int)
    return title == slug_title(url, min_words)


_CAPITAL_WORD = re.compile(r"[^\W\d_]+")
_SUFFIXES = ("ing", "ies", "ied", "es", "ed", "s", "d")


def _stem(word: str) -> str:
    """A crude stem, the same on both sides of a comparison ("Kills", "killed" -> "kill")."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def is_title_case(title: str) -> bool:
    """Whether a headline capitalises its words (a newspaper's Title Case, which a small
    tagger reads as a run of proper names): three or more words of four letters or more,
    nearly all capitalised, and not written in capitals throughout."""
    long = [w for w in _CAPITAL_WORD.findall(title) if len(w) >= 4 and not w.isupper()]
    return len(long) >= 3 and sum(w[0].isupper() for w in long) >= 0.8 * len(long)


def sentence_case(title: str, body: str) -> str:
    """A Title Case headline in sentence case, the same length as the headline, so that a
    parse of it gives offsets into the headline itself.

    Every word but the first is lower-cased unless the article's own body writes it (or a
    form of it: "Kills", "killed") only capitalised, as it does names ("Zamfara",
    "Al-Shabaab"); acronyms keep their case. The body is the evidence, not a word list, so it
    holds in any conflict; a word the body never uses is most often a headline's verb or
    noun ("Wipes Out", "Strongholds"). Other headlines come back as they were.
    """
    if not is_title_case(title):
        return title
    words = _CAPITAL_WORD.findall(body)
    lower = {_stem(w) for w in words if w.islower()}
    names = {_stem(w.lower()) for w in words if not w.islower()} - lower
    out, first = [], True
    for part in re.split(r"([^\W\d_]+)", title):
        if _CAPITAL_WORD.fullmatch(part):
            folded = part.lower()
            if (not first and not part.isupper() and len(folded) == len(part)
                    and _stem(folded) not in names):
                part = folded
            first = False
        out.append(part)
    return "".join(out)


def is_lower_case(title: str) -> bool:
    """Whether a headline is written in lower case after its first letter, as a title spelled
    from a URL's slug is ("Dr congo says rebels massacred 50 people"): its names lost their
    capitals, so neither the tagger nor a pack's names know them."""
    letters = [c for c in title[1:] if c.isalpha()]
    return len(letters) >= 2 and not any(c.isupper() for c in letters)


def name_case(title: str, body: str) -> str:
    """A lower-case headline with its names spelled as the article's body spells them, the
    same length as the headline, so that a parse of it gives offsets into the headline.

    A word the body writes, and only ever writes, with capitals ("Hamas", "UN", "DR") is a
    name and takes the body's commonest spelling of it ("hamas" -> "Hamas", "dr congo" -> "DR
    Congo"); a word the body also writes in lower case ("army", "us"), or never writes, stays
    as it is. The body is the evidence, as in `sentence_case`, so it holds in any conflict.
    Other headlines come back as they were."""
    if not is_lower_case(title):
        return title
    spellings: dict[str, Counter[str]] = {}
    lower: set[str] = set()
    for word in _CAPITAL_WORD.findall(body):
        if word.islower():
            lower.add(word)
        else:
            spellings.setdefault(word.casefold(), Counter())[word] += 1
    out = []
    for part in re.split(r"([^\W\d_]+)", title):
        folded = part.casefold()
        if _CAPITAL_WORD.fullmatch(part) and folded not in lower and folded in spellings:
            spelt = spellings[folded].most_common(1)[0][0]
            if len(spelt) == len(part):
                part = spelt
        out.append(part)
    return "".join(out)
