"""Hard-wrapped pages: body lines that are pieces of one sentence, joined again.

Some pages are saved with a line break every sixty or seventy characters, mid-sentence ("…
private TV channels" / "quoted Army spokesman …"), sometimes with a blank line between the
pieces. Cleaning makes every line a paragraph, so the parser would see a sentence cut in two
and a relay or a speaker on the next line would be lost to the claim. A page is taken as
hard-wrapped when several of its body lines end mid-phrase and the next line goes on in lower
case; on such a page, a line that ends mid-phrase is joined to the next with a space. Lines
are joined only after boilerplate was found, so boilerplate is matched on the lines as found.
"""

from __future__ import annotations

import re

#: What may close a line after its last word: closing quotes and brackets.
_CLOSERS = "\"'”’»)]"
#: A line that ends a sentence (after any closers): full stop, question, exclamation, colon,
#: ellipsis.
_FINAL = ".!?:…"
_LAST_WORD = re.compile(r"([^\W\d_][\w'’-]*)\W*$")
#: A quotation closed by a comma, then words with no full stop: its attribution has begun.
_ATTRIBUTION_OPEN = re.compile(r",[\"”]\s+[^\"“”.!?;:]+$")
#: Joints a page needs, and their share of its lines, to be taken as hard-wrapped.
MIN_JOINTS = 3
MIN_SHARE = 0.2
#: How much longer than the longest line that ends mid-phrase a wrapped piece may be.
WIDTH_SLACK = 1.15
#: A line at least this share of that width is a full line of the wrap, not a crosshead.
FULL = 0.8


def _open_end(line: str) -> tuple[bool, bool]:
    """(the line ends mid-phrase, it ends inside a quotation or bracket that it closes)."""
    core = line.rstrip(_CLOSERS)
    closed = len(core) < len(line)
    if not core or core[-1] in _FINAL or core[-1] == ";":
        return False, closed
    return core[-1].isalnum() or core[-1] in ",-–—(", closed


def _goes_on(line: str) -> bool:
    """The line starts as the rest of a sentence: lower case or a figure."""
    first = line.lstrip("\"'“‘(")[:1]
    return first.islower() or first.isdigit()


def _joins(before: str, after: str, full: bool) -> bool:
    """Whether `after` is the rest of the sentence `before` ends mid-phrase on. A next line in
    capitals goes on a line that ends on a comma or a lower-case word ("… the troops on" /
    "Monday close to …") or that fills the page's width ("… by Revolutionary Armed" /
    "Forces of Colombia …") or that opens a quotation's attribution, closed by a comma
    ("“…,” Amadou" / "Sow, a local official, told AFP": the name the wrap cut), but not on a
    quotation or bracket just closed, nor on a short line that may be a crosshead."""
    open_end, closed = _open_end(before)
    if not open_end or not after:
        return False
    if _goes_on(after):
        return True
    if closed:  # '… the army said."' then 'Police …' is two statements
        return False
    if before.rstrip().endswith(",") or full or _ATTRIBUTION_OPEN.search(before.rstrip()):
        return True  # '“…,” Amadou' / 'Sow, a local official, told AFP': one sentence
    last = _LAST_WORD.search(before)
    return bool(last) and last.group(1).islower()


def _joints(lines: list[str]) -> list[int]:
    """Lines that end mid-phrase with the next line going on in lower case."""
    return [i for i, (a, b) in enumerate(zip(lines, lines[1:], strict=False))
            if _open_end(a)[0] and _goes_on(b)]


def hard_wrapped(lines: list[str]) -> bool:
    """Whether the body lines read as one hard-wrapped text: several lines end mid-phrase and
    the next line goes on in lower case."""
    return _enough(_joints(lines), lines)


def _enough(joints: list[int], lines: list[str]) -> bool:
    return len(joints) >= MIN_JOINTS and len(joints) >= MIN_SHARE * len(lines)


def unwrap(lines: list[str]) -> list[str]:
    """The body lines with each sentence cut by a hard line break joined again (a space where
    the break was), on a page that reads as hard-wrapped; other pages as they are.

    Only pieces as long as the page's wrapped lines are joined: a longer line is a paragraph
    saved whole on the same page ("… 29th Brigade told" above "The rebels killed five …, the
    source said, …" is text lost between them, not one sentence). The first body line, which
    may be a headline the page kept, runs on into the next only when it fills the width of
    the wrap ("… no word on casualties" / "KATHMANDU (Reuters) - …" stay apart).
    """
    joints = _joints(lines)
    if not _enough(joints, lines):
        return lines
    # the width of the wrap, read past the first line (a long headline is no wrapped piece)
    widest = max(len(lines[i]) for i in ([i for i in joints if i] or joints))
    out: list[str] = []
    for k, line in enumerate(lines):
        before = lines[k - 1] if k else ""
        full = len(before) >= widest * FULL
        if (k and (k > 1 or full) and max(len(before), len(line)) <= widest * WIDTH_SLACK
                and _joins(before, line, full)):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out
