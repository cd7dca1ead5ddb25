"""Boilerplate of a single page: what a reader strikes out without seeing the site's other pages.

A page saved as text keeps the site around the story: menus, the masthead, datelines, the
headline repeated, "Related" and "Latest" lists of other headlines. Each line taken is named
by the rule that took it. The rules are structural (shape and position) with their vocabulary
in `boilerplate.yaml`; one guard is above them all: a *body sentence* (a line of at least
`body_min_words` words ending like a sentence) is never taken by a structural rule, so a
sentence carrying a claim, a figure or a place stays whatever surrounds it. Only the named
patterns (copyright notices, disclaimers ...) may take a long sentence.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from functools import cache

from ..errors import PackError
from ..packs import load_pack, require
from .boilerplate import boilerplate_name
from .datelines import is_dateline
from .outlets import outlet_info
from .patterns import compile_pattern

PACK = "boilerplate"
_CLOSERS = "\"'”’»)]*"
_SENTENCE_END = re.compile(r"[.!?…;:]$")
_TOKENS = re.compile(r"\s*(?:[|•·/>»›]|\s[-–—]\s|\s{2,})\s*")
_NORM = re.compile(r"\W+")
#: A line shorter than this is a label ("More news from"), not a wrapped sentence.
_WRAP_MIN_WORDS = 4
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_MENU_WORD = re.compile(r"[^\W\d_][\w'’&-]*")
_PARENS = re.compile(r"\s*\([^)]{1,40}\)\s*$")
#: One to four capitalised words or initials, joined by spaces, slashes or hyphens.
#: (A name part may be a particle such as "al-Rahai".)
_NAME = r"(?:[A-Z][\w'’.-]*|[a-z]{1,3}-[A-Za-z][\w'’.-]*)"
_SIGNOFF = re.compile(rf"^{_NAME}(?:\s*[/&,]\s*|\s+)?(?:{_NAME}(?:\s*[/&,]\s*|\s+)?){{0,3}}$")
#: "Updated: ...", "Published on :": a date label opening a line, however the date is written.
_DATE_LABEL = re.compile(r"(?i)^(last )?(published|updated|posted|dated?)( on| at)?\s*:")
#: Four to thirty words with letters in capitals only.
_SHOUTED = re.compile(r"^(?=(?:\S+\s+){3,29}\S+$)[^a-z]*[A-Z]{2,}[^a-z]*$")
#: A list item's mark at the start of a line ("• ", "– ", "3) ").
BULLET = re.compile(r"^\s*(?:[•●▪◦‣∙·*–—-]|\d{1,2}[.)])\s")


@dataclass(frozen=True)
class PageSettings:
    """The single-page rules' vocabulary and limits (boilerplate.yaml)."""

    menu_words: frozenset[str]
    block_headers: tuple[re.Pattern[str], ...]
    min_run: int
    headline_max_words: int
    body_min_words: int
    signoff_not_first: frozenset[str]
    wrap_words: frozenset[str]
    run_in_teaser_rules: frozenset[str]
    caption_reporting: re.Pattern[str]
    comment_headers: re.Pattern[str]


@cache
def settings() -> PageSettings:
    pack = load_pack(PACK)
    headers = require(pack, PACK, "block_headers", list)
    menu = require(pack, PACK, "menu_words", list)
    if not all(isinstance(w, str) for w in menu):
        raise PackError(f"{PACK}.yaml: menu_words must be strings (quote on/yes/no)")
    return PageSettings(
        menu_words=frozenset(w.casefold() for w in menu),
        block_headers=tuple(compile_pattern(p, PACK, f"block_headers[{i}]")
                            for i, p in enumerate(headers)),
        min_run=require(pack, PACK, "headline_run_min", int),
        headline_max_words=require(pack, PACK, "headline_max_words", int),
        body_min_words=require(pack, PACK, "body_min_words", int),
        signoff_not_first=frozenset(
            str(w).casefold() for w in require(pack, PACK, "signoff_not_first", list)),
        wrap_words=frozenset(str(w).casefold() for w in require(pack, PACK, "wrap_words", list)),
        run_in_teaser_rules=frozenset(
            str(w) for w in require(pack, PACK, "run_in_teaser_rules", list)),
        caption_reporting=compile_pattern(require(pack, PACK, "caption_reporting", str), PACK,
                                          "caption_reporting"),
        comment_headers=compile_pattern(require(pack, PACK, "comment_headers", str), PACK,
                                        "comment_headers"))


def folded(line: str) -> str:
    """The line with case, punctuation and spacing folded away: what `same_text` compares."""
    return _NORM.sub(" ", line).strip().casefold()


def same_text(a: str, b: str) -> bool:
    """Equal ignoring case, punctuation and spacing."""
    return folded(a) == folded(b)


def is_body(line: str) -> bool:
    """A sentence of the story: long enough and ending like a sentence."""
    return (len(line.split()) >= settings().body_min_words
            and bool(_SENTENCE_END.search(line.rstrip(_CLOSERS).rstrip())))


def is_headline(line: str) -> bool:
    """Short and not ending like a sentence (a short question is allowed); a bulleted line
    is an item of a list in the story, and a body sentence is never a headline."""
    if BULLET.match(line) or is_body(line):
        return False
    words = len(line.split())
    end = line.rstrip(_CLOSERS).rstrip()
    return 1 <= words <= settings().headline_max_words and not re.search(r"[.!;:,…]$", end)


def _continues(line: str, following: str) -> bool:
    """The line breaks off mid-sentence and the next one carries on."""
    end = line.rstrip(_CLOSERS + "_|»>•·–—- ").rstrip()
    words = end.split()
    if len(words) < _WRAP_MIN_WORDS or re.search(r"[.!?…:;]$", end):
        return False
    if is_dateline(following) or _DATE_LABEL.match(following):
        return False  # a headline ending in "says" above the page's date line
    if end[-1] not in ",-–" and is_dateline(end, max_other=0):
        # the page's date line, a date and nothing else, over a lower-case caption or label
        # ("May 6, 2024, 3:34pm" / "burnt market stalls"); a wrapped sentence says more ("The
        # shelling began on May 6" / "and went on all night.")
        return False
    if len(following.split()) == 1 and is_menu(following):
        return False  # a section's name under a listed headline ("opinion"), no sentence's end
    unclosed = end.count("“") > end.count("”")
    return (words[-1].casefold() in settings().wrap_words or unclosed
            or following[:1].islower() or end[-1] in ",-–")


def wrapped_lines(lines: list[str]) -> set[int]:
    """Lines of paragraphs hard-wrapped at a fixed width (text copied from a terminal, a PDF
    or an e-mail): fragments of sentences, never headlines, menus or datelines.

    A line that breaks off mid-sentence into a line that carries on is wrapped, and so is the
    line it carries on into. In a page with two or more such breaks, every line at least
    `0.8` of the usual wrapped width that does not end a sentence is a fragment too.
    """
    joins = [i for i in range(len(lines) - 1) if _continues(lines[i], lines[i + 1])]
    found = {i for j in joins for i in (j, j + 1)}
    if len(joins) >= 2:
        width = sorted(len(lines[j]) for j in joins)[len(joins) // 2]
        found |= {i for i, line in enumerate(lines)
                  if len(line) >= 0.8 * width and not is_body(line)
                  and not re.search(r"[.!?…]$", line.rstrip(_CLOSERS).rstrip())}
    return found


def _covered(words: list[str], vocabulary: frozenset[str]) -> bool:
    """The words are a sequence of vocabulary entries of one to three words each."""
    index = 0
    while index < len(words):
        for size in (3, 2, 1):
            if " ".join(words[index:index + size]) in vocabulary:
                index += size
                break
        else:
            return False
    return True


def is_menu(line: str) -> bool:
    """Every item of the line is navigation vocabulary: "Home | World | Politics", or items
    run together as copied from a page ("HomeAbout usAdvertisementContact us")."""
    vocabulary = settings().menu_words
    items = [t.strip(" :.") for t in _TOKENS.split(line.casefold()) if t.strip(" :.")]
    if items and all(item in vocabulary for item in items):
        return True
    words = _MENU_WORD.findall(_CAMEL.sub(" ", line).casefold())
    return bool(words) and len(words) <= 12 and _covered(words, vocabulary)


#: "From The Daily Bugle": a page closing on where the story is from, its own outlet.
_FROM = re.compile(r"^(?:from|via)\s+", re.IGNORECASE)


def is_masthead(line: str, names: Collection[str]) -> bool:
    """The outlet's own name as a line, alone, with a slogan after a separator, or after
    "From" closing the page."""
    head = _TOKENS.split(line)[0]
    bare = _FROM.sub("", line, count=1)
    return any(same_text(head, name) or same_text(line, name) or same_text(bare, name)
               for name in names)


def is_credit(line: str) -> bool:
    """A line that is only an outlet's name, with or without its abbreviation in brackets
    ("Reuters", "Mi'raj News Agency (MINA)"): a credit, not a sentence."""
    bare = _PARENS.sub("", line).strip(" -–—|:")
    return (len(bare.split()) <= 6 and not is_body(line)
            and any(outlet_info(part) is not None for part in {line, bare} if part))


#: One word with a small letter and neither initials nor a slash ("There", "Russian",
#: "Mali..."): a sentence cut off where a saved page stops, not a sign-off ("GNA", "H. Zain/X").
_CUT_WORD = re.compile(r"^(?=\S*[a-z])(?!\S*(?:/|\b[A-Z]\.[A-Z]?))\S+$")


def tail_signoffs(lines: list[str], taken: dict[int, str], keep: set[int]) -> None:
    """Initials and names signing off after the last body sentence ("H. Zain/Ghossoun"); a
    lone word in lower and upper case is a cut-off sentence's first word, and stays. A line no
    rule may take (`keep`: a wrapped paragraph's fragment, the story's sentence cut off where the
    saved page stops) is the story's too: a name above it is a subheading, no sign-off."""
    last_body = max((i for i, line in enumerate(lines)
                     if i in keep or (i not in taken and is_body(line))), default=None)
    if last_body is None:
        return
    for index in range(last_body + 1, len(lines)):
        line = lines[index]
        first = line.split()[0].casefold() if line.split() else ""
        if (index not in taken and index not in keep and _SIGNOFF.match(line)
                and first not in settings().signoff_not_first and not _CUT_WORD.match(line)):
            taken[index] = "signoff"


#: How many lines above a page's cut-off last line a body sentence shows it is the story's.
_CUT_REACH = 3


def cut_story_line(lines: list[str]) -> int | None:
    """The page's last line when it is the story's sentence cut off where the saved page stops
    ("Pama was 16 and was", "\"The two clans who fou", "Reuters verified three v"): three
    words or more, no sentence end, closing on a small word of a sentence's middle
    (`wrap_words`) or a letter or two, or opening a quotation; and a body sentence among the
    lines just above it. Such a line is no listed headline (a list's last item has headlines
    above it, not sentences) and the line before it no sign-off."""
    if not lines:
        return None
    index = len(lines) - 1
    line = lines[index].strip()
    words = line.split()
    if len(words) < 3 or re.search(r"[.!?…:;][\"'”’)]*$", line):
        return None
    cut = (words[-1].casefold() in settings().wrap_words or line[:1] in "\"“'‘"
           or bool(re.fullmatch(r"[a-z]{1,2}", words[-1])))
    if cut and any(is_body(lines[i]) for i in range(max(0, index - _CUT_REACH), index)):
        return index
    return None


#: How far below the headline a byline may stand (lines), when no body sentence comes first.
_BYLINE_REACH = 8
#: "MOSCOW", "KIGALI, Rwanda": the news dateline of the story's first sentence, on a line of
#: its own; it opens the body (a place in capitals, as datelines write it).
_PLACE_LINE = re.compile(r"^[A-Z][A-Z'’.\- ]{2,30}(?:,\s*[A-Z][\w'’.\- ]{1,30})?$")


def head_bylines(lines: list[str], taken: dict[int, str], keep: set[int],
                 title_index: int | None) -> None:
    """Names between the headline and the first body sentence: the writer ("Mariyam Ahmad"),
    their desk ("Ethiopia Correspondent", "DMG Newsroom"), the place they file from ("Pattani,
    Thailand") or a bare "By" whose name follows on the next line. Only lines of one to four
    capitalised words (the sign-off shape), so a deck or a cut sentence stays."""
    if title_index is None:
        return
    for index in range(title_index + 1, min(len(lines), title_index + 1 + _BYLINE_REACH)):
        line = lines[index]
        if is_body(line):
            return
        if index in taken or index in keep or not _SIGNOFF.match(line) or _PLACE_LINE.match(line):
            continue
        first = line.split()[0].casefold()
        if first == "by" or first not in settings().signoff_not_first:
            taken[index] = "byline"


def shouted_teasers(lines: list[str], taken: dict[int, str], keep: set[int]) -> None:
    """Headlines in capitals after the story has begun ("TROOPS PULL OUT OF BORDER TOWN AHEAD
    OF TALKS"): other stories' or videos' titles; the story's own headline stands above its
    first body sentence, and a sentence in capitals ends like one."""
    start = next((i for i, line in enumerate(lines) if i not in taken and is_body(line)), None)
    if start is None:
        return
    for index in range(start + 1, len(lines)):
        line = lines[index]
        if (index not in taken and index not in keep and _SHOUTED.match(line)
                and is_headline(line)):
            taken[index] = "shouted_teaser"


def is_doubled(line: str) -> bool:
    """The same text twice on one line, run together or across a bar ("Troops ...last
    week [Jane Roe/Reuters]Troops ...last week [Jane Roe/Reuters]", "X | X"): a picture's alt
    text and its caption, or a page's title and its headline, copied as one line. A story's
    sentence is never written twice over. Exactly twice: a text repeated four times or more
    over (a chant, a filler) is no alt text beside its caption."""
    half = _first_half(line.strip())
    return half is not None and _first_half(half) is None


def _first_half(text: str) -> str | None:
    """The text's first half when its second half repeats it (run together or across a gap)."""
    for gap in ("", " ", " | ", " - "):
        half, odd = divmod(len(text) - len(gap), 2)
        if (not odd and len(text[:half].split()) >= 2 and text[half:half + len(gap)] == gap
                and text[:half] == text[half + len(gap):]):
            return text[:half]
    return None


def line_rule(line: str, names: Collection[str], fragment: bool = False) -> str | None:
    """The rule that takes one line on its own, or None; body sentences and fragments of
    wrapped paragraphs only by pattern (or when the line is its own text twice over)."""
    named = boilerplate_name(line) or ("doubled_line" if is_doubled(line) else None)
    if named or fragment or is_body(line):
        return named
    if is_dateline(line):
        return "dateline"
    if is_menu(line):
        return "menu"
    if names and is_masthead(line, names):
        return "masthead"
    if is_credit(line):
        return "credit"
    return None


def comment_tails(lines: list[str], taken: dict[int, str], keep: set[int]) -> None:
    """Readers' comments under the story: the first comment section's header
    (`comment_headers`: "Leave a Reply", "Comments", "Please follow our commenting guidelines")
    below a body sentence, and every line after it but a body sentence (a comment written like
    one stays, as the guard over every structural rule has it). A header above the story's first
    sentence is a link in the head ("View Comments"), and takes nothing."""
    headers = settings().comment_headers
    story = False
    for index, line in enumerate(lines):
        if index in keep:
            continue
        if story and headers.search(line):
            for after in range(index, len(lines)):
                if after not in keep and (after == index or not is_body(lines[after])):
                    taken.setdefault(after, "comment_tail")
            return
        story = story or (index not in taken and is_body(line))


#: A bar or spaced dash after a headline, before the site's name or section a browser's title
#: adds ("Troops retake the port | World | The Daily Bugle").
_TITLE_SUFFIX = re.compile(r"\s+(?:\||[-–—])\s+")


def bare_copy(lines: list[str], index: int) -> int | None:
    """The line below the title line `index` that is its headline alone, when the title line
    is the browser's title, the headline and the site's name or section after a bar or dash
    ("Troops retake the port | World | The Daily Bugle", then "Troops retake the port"): the
    page's own headline, the line above it the page's furniture. Looked for among the head's
    next lines (`HEAD_REACH`) above the first body sentence; a deck after the dash ("... - the
    army said it had ...") is no site's name, and the line is left as it is."""
    head, *rest = _TITLE_SUFFIX.split(lines[index])
    if not rest or len(head.split()) < 3 or any(
            len(part.split()) > _SUFFIX_MAX_WORDS or _SENTENCE_END.search(part) for part in rest):
        return None
    for below in range(index + 1, min(len(lines), index + 1 + HEAD_REACH)):
        if same_text(lines[below], head):
            return below
        if is_body(lines[below]):
            return None
    return None


#: Most words of a site's name or section after a browser title's bar ("News Room Odisha").
_SUFFIX_MAX_WORDS = 5
#: How far below a browser's title its bare headline may stand (lines, all taken between).
HEAD_REACH = 8


#: A credit in brackets closing a line: "(Reuters/Jane Roe)", "[AFP]", "(AP Photo/Jane Roe)",
#: "(© -)", "[Photo/Xinhua] |".
_BRACKET_CLOSE = re.compile(r"[(\[]([^()\[\]]{1,60})[)\]][\s.|]*$")
_PICTURE_WORD = re.compile(r"(?i)\b(?:photos?|images?|pictures?|file|credits?|screen ?grab)\b|©")
#: A person's name as a picture credit gives it: two or more capitalised words.
_CREDIT_NAME = re.compile(r"^(?:[A-Z][\w'’.-]*\s+){1,4}[A-Z][\w'’.-]*$")


def closing_credit(line: str) -> str | None:
    """What the bracketed credit closing the line names: "maker" for a picture's maker (a
    picture word, "©", or parts joined by "/" of which one is an outlet or a person's name:
    "Reuters/Jane Roe", "Jane Roe/The Times"), "outlet" for an outlet's name alone ("(AFP)"),
    or None (no such credit; "(T/RE1/P2)", a desk's code, names no one)."""
    found = _BRACKET_CLOSE.search(line)
    if found is None:
        return None
    credit = found.group(1).strip()
    if _PICTURE_WORD.search(credit):
        return "maker"
    parts = [part.strip() for part in credit.split("/") if part.strip()]
    if len(parts) >= 2 and any(outlet_info(part) is not None or _CREDIT_NAME.match(part)
                               for part in parts):
        return "maker"
    return "outlet" if outlet_info(credit) is not None else None


def caption_credits(lines: list[str], taken: dict[int, str], keep: set[int]) -> None:
    """Photo captions closing on their credit ("Relatives mourn at the hospital in the capital,
    Friday. (Reuters/Jane Roe)") with the story going on below them; body-like as they are, a
    story's own paragraph ends on an outlet's credit only where the copy ends ("... officials
    said. (AFP)"), so a credit naming the outlet alone takes a line only when it reports no
    one (`caption_reporting`)."""
    reporting = settings().caption_reporting
    later_body = False
    for index in range(len(lines) - 1, -1, -1):
        line = lines[index]
        if index in taken or index in keep:
            continue
        kind = closing_credit(line)
        if later_body and (kind == "maker" or (kind == "outlet" and not reporting.search(line))):
            taken[index] = "caption_credit"
            continue
        later_body = later_body or is_body(line)


#: A headline closing on who says it after a colon or a spaced dash, in one to three words
#: ("... kill three: ministry", "... in Northern Iraq — Reports").
_ATTRIBUTED = re.compile(r"(?::\s+|\s[-–—]\s+)\w[\w'’.]*(?:\s\w[\w'’.]*){0,2}$")
_CONTENT_WORD = re.compile(r"[^\W\d_][\w'’-]*|\d+")
#: Share of a subheading's words the story around it uses: a subheading of the story sums up
#: what its paragraphs say, another story's headline brings words of its own.
_OWN_WORDS = 0.9
#: Fewest words of such a headline (a two-word subheading is no other story's title).
_TEASER_MIN_WORDS = 5


def _content_words(text: str) -> set[str]:
    return {w.casefold() for w in _CONTENT_WORD.findall(text)} - settings().wrap_words


def attributed_teasers(lines: list[str], taken: dict[int, str], keep: set[int]) -> None:
    """Other stories' headlines set between the story's paragraphs, each closing on its
    source ("Floods cut the road to Kaya: ministry", "... — Reports"): below the first body
    sentence, headline-shaped, and bringing words the rest of the page does not use. A
    subheading of the story itself ("Raid on the school kills 20: civil defence") is written
    in the story's own words, and stays."""
    start = next((i for i, line in enumerate(lines) if i not in taken and is_body(line)), None)
    if start is None:
        return
    for index in range(start + 1, len(lines)):
        line = lines[index]
        if (index in taken or index in keep or len(line.split()) < _TEASER_MIN_WORDS
                or not is_headline(line) or not _ATTRIBUTED.search(line)):
            continue
        words = _content_words(line)
        rest = _content_words(" ".join(other for i, other in enumerate(lines)
                                       if i != index and i not in taken))
        if words and len(words & rest) / len(words) < _OWN_WORDS:
            taken[index] = "attributed_teaser"


def related_blocks(lines: list[str], taken: dict[int, str], keep: set[int]) -> None:
    """A "Related" / "Latest" header and the headline lines under it."""
    headers = settings().block_headers
    index = 0
    while index < len(lines):
        line = lines[index]
        if index in keep or not any(p.search(line) for p in headers) or is_body(line):
            index += 1
            continue
        taken.setdefault(index, "related_block")
        index += 1
        while index < len(lines) and index not in keep and (
                index in taken or is_headline(BULLET.sub("", lines[index]))):
            taken.setdefault(index, "related_block")
            index += 1


def headline_runs(lines: list[str], taken: dict[int, str], keep: set[int]) -> None:
    """Runs of `headline_run_min` or more headline lines (lines already taken count as part
    of a run, so dates between listed headlines do not break it)."""
    run: list[int] = []
    for index in [*range(len(lines)), len(lines)]:
        open_run = (index < len(lines) and index not in keep
                    and (index in taken or is_headline(lines[index])))
        if open_run:
            run.append(index)
            continue
        fresh = [i for i in run if i not in taken]
        if len(fresh) >= settings().min_run:
            for i in fresh:
                taken[i] = "headline_run"
        run = []


def repeated_lines(lines: list[str], taken: dict[int, str], title: str | None,
                   title_index: int | None, keep: set[int]) -> None:
    """Later copies of the title or of any short line already seen on the page."""
    seen: list[str] = [title] if title else []
    for index, line in enumerate(lines):
        if index in taken or index in keep or is_body(line):
            continue
        if title and same_text(line, title):
            taken[index] = "repeated_title"
        elif any(same_text(line, s) for s in seen[1 if title else 0:]):
            taken[index] = "repeated_line"
        else:
            seen.append(line)
