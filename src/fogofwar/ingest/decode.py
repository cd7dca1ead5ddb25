"""Bytes to text for input files, refusing what is not text at all.

UTF-8 is tried first because nearly all web text is UTF-8 and detection on short inputs is
unreliable; charset detection is a fallback for legacy encodings (cp1252, cp1251 ...).
A NUL byte means a binary file (PDF, image, archive), which no decoding makes into an article.
"""

from __future__ import annotations

import charset_normalizer


class DecodeProblem(Exception):
    """Why some bytes are not readable text; the caller adds the source and decides to
    raise or skip."""


def decode_bytes(data: bytes) -> str:
    """Decode file content to text or raise DecodeProblem with a one-line reason."""
    if not data.strip():
        raise DecodeProblem("empty file")
    if b"\x00" in data:
        raise DecodeProblem("binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise DecodeProblem("cannot decode: not UTF-8 and no text encoding detected")
    return str(best)
