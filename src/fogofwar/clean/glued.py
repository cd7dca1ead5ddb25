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
