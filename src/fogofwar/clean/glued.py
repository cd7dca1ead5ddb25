"""Sentences run together: a page that lost the space (or the paragraph break) between two
sentences ("… told AFP by telephone.\"The governor's statement is false,\" he said, …", "… to
the rebels.Officials said …") makes the parser read the last word of one and the first of the
next as one token, and the two sentences as one, so a claim's sentence is cut wrong and its
speaker or relay lost. A space is put back where a sentence plainly ends: after a full stop,
question or exclamation mark that follows a word, before a capitalised word or an
opening quotation mark. A straight quotation mark there is a closing one (the space goes after
it) when an odd number of them comes before it on the line, else an opening one (the space goes
before it). Only spaces are added: no word is lost, none added, and the words keep their order.
"""

from __future__ import annotations

import re

#: A sentence end glued to the next sentence: a word (two letters at least, so
#: no initials or "U.S.") or a year, the mark, a quotation mark maybe, then a capitalised word
#: (two lower-case letters after the capital, so no "News.Az"-style names) or an opening quote.
GLUED = re.compile(r"(?:(?<=[A-Za-z]{2})|(?<=\d{4}))([.!?])([\"”]?)(?=[A-Z][a-z]{2}|[“\"][A-Z])")


def unglue(line: str) -> str:
    """The line with a space put back after each sentence end glued to the next sentence;
    lines with a web address are left alone (their dots are no sentence ends)."""
    if "://" in line or "www." in line:
        return line
    out, at = [], 0
    for match in GLUED.finditer(line):
        if match.group(2) == '"' and line.count('"', 0, match.start(2)) % 2 == 0:
            cut = match.start(2)  # an even count before it: it opens the next sentence
        else:
            cut = match.end()
        out.append(line[at:cut] + " ")
        at = cut
    out.append(line[at:])
    return "".join(out)


#: A small letter run into a capitalised word ("… deaths reportedAl Shabaab claimed …"): where
#: a teaser's last word met the story's first, the page having lost the line break between.
RUN_IN = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")


def split_run_in_teasers(lines: list[str], split: set[int]) -> tuple[list[str], set[int]]:
    """Lines where another story's teaser ("SEE ALSO :<headline>", a rule of the pack's
    `run_in_teaser_rules`) runs into a sentence of this story, split in two at the run-in
    point, so the teaser is struck out and the sentence kept; `split` (indexes of lines split
    off the next one, for `cleaner.rejoin`) is carried over to the new numbering and gains the
    teasers. The first run-in point after which a body sentence follows is taken."""
    from .boilerplate import boilerplate_name
    from .page import is_body, settings

    rules = settings().run_in_teaser_rules
    out: list[str] = []
    moved: set[int] = set()
    for index, line in enumerate(lines):
        if index in split:
            moved.add(len(out))
        cut = None
        if boilerplate_name(line) in rules:
            cut = next((m.start() for m in RUN_IN.finditer(line) if is_body(line[m.start():])),
                       None)
        if cut is None:
            out.append(line)
            continue
        moved.add(len(out))
        out += [line[:cut], line[cut:]]
    return out, moved


#: A writer's name glued to the story's first sentence by a bar ("Jane Roe|A coalition of
#: rights groups says ..."): two or three capitalised words, the bar, a capitalised word.
GLUED_BYLINE = re.compile(r"^((?:[A-Z][\w'’.-]+\s+){1,2}[A-Z][\w'’.-]+)\s*\|\s*(?=[A-Z\"“])")


def split_glued_bylines(lines: list[str], split: set[int]) -> tuple[list[str], set[int]]:
    """Lines where a byline runs into a sentence of the story across a bar (`GLUED_BYLINE`,
    the rest a body sentence), split in two, so the name is read as the page's byline
    (page.head_bylines) and not as the first words of the sentence: read with them, "Jane
    Roe|A" was the sentence's speaker and the body that gave the figure was lost. `split`
    (lines split off the next one, for `cleaner.rejoin`) is carried over to the new numbering
    and gains the bylines."""
    from .page import is_body

    out: list[str] = []
    moved: set[int] = set()
    for index, line in enumerate(lines):
        if index in split:
            moved.add(len(out))
        hit = GLUED_BYLINE.match(line)
        if hit is None or not is_body(line[hit.end():]):
            out.append(line)
            continue
        moved.add(len(out))
        out += [hit.group(1), line[hit.end():]]
    return out, moved
