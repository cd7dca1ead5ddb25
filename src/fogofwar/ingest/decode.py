"""Bytes to text for input files, refusing what is not text at all.

UTF-8 is tried first because nearly all web text is UTF-8 and detection on short inputs is
unreliable; charset detection is a fallback for legacy encodings (cp1252, cp1251 ...).
Data that is not text (a PDF, an image, a gzip or zip archive renamed to .html) is named by its
magic bytes (the `filetype` library) and refused: archives are never opened, so a zip bomb costs
nothing. A NUL byte means a binary file, which no decoding makes into an article.
"""

from __future__ import annotations

import logging
import re

import charset_normalizer
import filetype

from ..errors import InputError

log = logging.getLogger(__name__)

#: MIME types of compressed containers: refused unopened, however they are named.
ARCHIVES = frozenset({
    "application/gzip", "application/zip", "application/x-bzip2", "application/x-xz",
    "application/zstd", "application/x-7z-compressed", "application/x-rar-compressed",
    "application/x-tar", "application/x-lzip", "application/x-compress", "application/x-brotli",
    "application/x-lz4"})
#: A UTF-8 file with a few bad bytes (a truncated download, a bad copy) is still UTF-8: when
#: at most this share of its bytes are invalid and it holds valid multi-byte characters, the
#: bad bytes become U+FFFD rather than the whole file being re-read as a legacy encoding.
DAMAGED_UTF8_SHARE = 0.01
_MULTIBYTE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]+")


class DecodeProblem(InputError):
    """Why some bytes are not readable text; the caller adds the source and decides to
    raise or skip."""


def _refuse_binary(data: bytes) -> None:
    kind = filetype.guess(data[:8192])
    if kind is not None:
        unopened = "; archives are not opened" if kind.mime in ARCHIVES else ""
        raise DecodeProblem(f"binary file ({kind.extension}, {kind.mime}), not text{unopened}")
    if b"\x00" in data:
        raise DecodeProblem("binary file (contains NUL bytes), not text")


def _damaged_utf8(data: bytes) -> str | None:
    """The text of a UTF-8 file with a few invalid bytes, or None if it is not one."""
    if not _MULTIBYTE.search(data):
        return None
    text = data.decode("utf-8-sig", errors="replace")
    bad = text.count("\ufffd") - data.decode("utf-8-sig", errors="ignore").count("\ufffd")
    return text if bad <= DAMAGED_UTF8_SHARE * len(data) else None


def decode_bytes(data: bytes) -> str:
    """Decode file content to text or raise DecodeProblem with a one-line reason."""
    if not data.strip():
        raise DecodeProblem("empty file")
    text = _decode(data)
    if not text.strip():  # only characters str.strip() knows as space (\x1c-\x1f, U+3000 ...)
        raise DecodeProblem("empty file (whitespace only)")
    return text


def _decode(data: bytes) -> str:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = None
    if text is not None and "\x00" not in text:
        return text
    _refuse_binary(data)
    damaged = _damaged_utf8(data)
    if damaged is not None:
        log.info("invalid UTF-8 bytes replaced with U+FFFD")
        return damaged
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise DecodeProblem("cannot decode: not UTF-8 and no text encoding detected")
    return str(best)
