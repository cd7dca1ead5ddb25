"""Raw document to normalised lines: HTML main-text extraction, mojibake repair, whitespace.

Every later stage counts offsets into the cleaned text, so cleaning settles once what a
paragraph is: one line, no leading or trailing blanks, single spaces inside.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

import ftfy
import trafilatura

from ..records import Document

log = logging.getLogger(__name__)

_SPACES = re.compile(r"[^\S\n]+")  # any whitespace except newline, incl. NBSP and thin spaces
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
#: Whitespace `_SPACES` would rewrite: a run of two or more, or one character that is not a
#: plain space. A line with none is left as it is (most lines), without a rewrite per space.
_ODD_SPACE = re.compile(r"[^\S\n ]|[^\S\n]{2}")
#: What ftfy may change in ASCII text: an HTML entity's "&", a carriage return, a control
#: character (terminal escapes included); all its other repairs need a non-ASCII character.
_FTFY_ASCII = re.compile(r"[^\t\n\x20-\x25\x27-\x7e]")


@dataclass
class Extracted:
    """Text of a document plus metadata that its HTML carried."""

    text: str
    title: str | None = None
    byline: str | None = None
    published: str | None = None
    sitename: str | None = None
    url: str | None = None


def _from_html(html: str, url: str | None) -> Extracted:
    """Main text and metadata via trafilatura; tag-stripped text if it finds no main text."""
    try:
        found = trafilatura.bare_extraction(html, url=url, with_metadata=True,
                                            include_comments=False, include_tables=True)
    except Exception:  # trafilatura raises many exception types on odd markup
        log.warning("trafilatura failed on a document; falling back to plain text", exc_info=True)
        found = None
    if found is None or not (found.text or "").strip():
        return Extracted(text=trafilatura.html2txt(html) or "")
    return Extracted(text=found.text, title=found.title, byline=found.author,
                     published=found.date, sitename=found.sitename, url=found.url)


def extract(doc: Document) -> Extracted:
    """The document's text (from HTML when it has no plain text) and HTML metadata."""
    if doc.text is not None and doc.text.strip():
        return Extracted(text=doc.text)
    if doc.html:
        return _from_html(doc.html, doc.url)
    # Text Python calls blank may still hold a character the repair makes visible ("\x85" is
    # a Windows-1252 ellipsis to ftfy): with no HTML to prefer, it goes on as it came.
    return Extracted(text=doc.text or "")


def normalise_lines(text: str) -> list[str]:
    """Repair mojibake, normalise whitespace, and split into non-empty paragraph lines.

    ftfy keeps curly quotes (uncurl_quotes=False) because quotation marks are evidence for
    claim extraction.
    """
    if not text.isascii() or _FTFY_ASCII.search(text):  # else ftfy returns it unchanged
        text = ftfy.fix_text(text, uncurl_quotes=False)
    text = _INVISIBLE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = ((_SPACES.sub(" ", line) if _ODD_SPACE.search(line) else line).strip()
             for line in text.split("\n"))
    return [line for line in lines if line]
