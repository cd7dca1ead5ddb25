"""Line breaks as sentence boundaries, set before the parser runs.

A headline, subhead, caption, byline or list item carries no final full stop, so the model's
parser reads it and the paragraph after it as one sentence, and a cue or trigger in the
paragraph can take its subject from the headline ("ISIS commanders targeted and killed" /
"Deputy Police Chief X told Circa that ..."). The statement units already end at every line
break (extract.units); this makes the parse agree, so no dependency runs across one. A
hard-wrapped line (a page saved with lines cut at a fixed width) is the exception: the line
before stops mid-phrase, on a word or a comma, and the next goes on in lower case.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


def wrapped(before: str, after: str) -> bool:
    """Whether the line `after` goes on with the sentence the line `before` left unfinished:
    `before` ends on a word or comma and `after` opens in lower case."""
    last = before.rstrip()
    first = after.lstrip()
    return (bool(last) and bool(first) and (last[-1].isalnum() or last[-1] == ",")
            and first[0].islower())


#: What a finished line ends on: a full stop, a colon or semicolon, a closing quote or bracket.
#: The parser already ends a sentence there (or, after a colon, rightly runs on into a quote),
#: so no boundary is forced and its parse is left as it was.
ENDS = tuple(".!?…:;\"”’')]")


@Language.component("line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence at the first word after a line break when the line before is not
    finished (no final punctuation) and the next one does not go on with it (wrapped)."""
    text = doc.text
    broken = False
    for tok in doc:
        if tok.is_space:
            broken = broken or "\n" in tok.text or "\n" in tok.whitespace_
            continue
        if broken and tok.i > 0:
            line_start = text.rfind("\n", 0, tok.idx)
            before = text[text.rfind("\n", 0, line_start) + 1:line_start]
            line = before if before.strip() else _last_line(text, line_start)
            if not line.rstrip().endswith(ENDS) and not wrapped(line, text[tok.idx:tok.idx + 40]):
                tok.is_sent_start = True
                _no_start_after(doc, tok.i)
        elif _inside_name(doc, tok.i):
            tok.is_sent_start = False
        broken = "\n" in tok.whitespace_
    return doc


def _inside_name(doc: Doc, i: int) -> bool:
    """Whether a capitalised word goes on a name begun by the capitalised word right before it
    on the same line ("Inspector General of Police Sunder" / "Raj P told Reuters."): the
    parser may cut a sentence there, as before a name closed by an initial with no full stop,
    but no sentence of edited prose ends on a word with no punctuation mid-line. Words in
    capitals (a dateline's town) are left to the parser."""
    if i == 0:
        return False
    tok, prev = doc[i], doc[i - 1]
    return ("\n" not in prev.whitespace_ and bool(prev.whitespace_) and _title(prev.text)
            and _title(tok.text))


def _title(word: str) -> bool:
    """A word of letters in title case ("Sunder", not "KABUL" or "P")."""
    return len(word) > 1 and word.isalpha() and word[0].isupper() and not word.isupper()


def _no_start_after(doc: Doc, i: int) -> None:
    """Keep the parser from starting another sentence on the next words of the line: given
    a start it must keep, the model tends to cut a word or two off it at once ("Baghdad" /
    "Police Captain X told ..."), and no sentence is a word or two long mid-line."""
    for tok in doc[i + 1:i + 1 + AFTER]:
        if tok.is_space or "\n" in tok.whitespace_ or tok.text in ".!?":
            break
        tok.is_sent_start = False


#: How many words after a forced sentence start may not start one themselves.
AFTER = 3


def _last_line(text: str, end: int) -> str:
    """The last line before `end` holding more than whitespace."""
    lines = text[:end].rstrip().rsplit("\n", 1)
    return lines[-1]
