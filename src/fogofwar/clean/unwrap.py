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
#: Joints a page needs, and their share of its lines, to be taken as hard-wrapped.
MIN_JOINTS = 3
MIN_SHARE = 0.2


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


def _joins(before: str, after: str) -> bool:
    """Whether `after` is the rest of the sentence `before` ends mid-phrase on. A next line in
    capitals goes on a line that ends on a comma or a lower-case word ("… the troops on" /
    "Monday close to …"), but not on a quotation or bracket just closed. (The headline, which
    may end on a lower-case word, is no body line: the cleaner took it out.)"""
    open_end, closed = _open_end(before)
    if not open_end or not after:
        return False
    if _goes_on(after):
        return True
    if closed:  # '… the army said."' then 'Police …' is two statements
        return False
    if before.rstrip().endswith(","):
        return True
    last = _LAST_WORD.search(before)
    return bool(last) and last.group(1).islower()


def hard_wrapped(lines: list[str]) -> bool:
    """Whether the body lines read as one hard-wrapped text: several lines end mid-phrase and
    the next line goes on in lower case."""
    joints = sum(1 for a, b in zip(lines, lines[1:], strict=False)
                 if _open_end(a)[0] and _goes_on(b))
    return joints >= MIN_JOINTS and joints >= MIN_SHARE * len(lines)


def unwrap(lines: list[str]) -> list[str]:
    """The body lines with each sentence cut by a hard line break joined again (a space where
    the break was), on a page that reads as hard-wrapped; other pages as they are."""
    if not hard_wrapped(lines):
        return lines
    out: list[str] = []
    for line in lines:
        if out and _joins(out[-1], line):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out
