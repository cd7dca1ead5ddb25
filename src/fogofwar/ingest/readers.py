"""Turn one input file into Documents: plain text, HTML, or JSON Lines.

Each reader yields Documents so a large JSONL file streams line by line. Problems with the
file as a whole raise InputError; problems with one JSONL line are reported through `skip`
so the other lines still count.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from .. import config
from ..errors import InputError
from ..records import Document
from .decode import DecodeProblem, decode_bytes
from .manifest import META_FIELDS, Meta, clean_meta

TEXT_SUFFIXES = frozenset({".txt"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl"})
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES

#: Fields a JSONL record may carry; others are reported (and ignored), never a reason to skip.
KNOWN_FIELDS = frozenset({"text", "html", "file", "id", *META_FIELDS})

Skip = Callable[[str, str], None]


def make_document(source: str, meta: Meta, *, text: str | None = None,
                  html: str | None = None) -> Document:
    return Document(source=source, text=text, html=html, **meta)


def read_path(path: Path, meta: Meta, skip: Skip) -> Iterator[Document]:
    """Documents in one file; InputError if the file as a whole cannot be read."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(f"{path}: unknown file type '{suffix or '(none)'}' "
                         f"(expected {', '.join(sorted(SUFFIXES))})")
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl(path, meta, skip)
        return
    try:
        text = decode_bytes(_read_capped(path))
    except DecodeProblem as exc:
        raise InputError(f"{path}: {exc}") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None
    key = "html" if suffix in HTML_SUFFIXES else "text"
    yield make_document(str(path), meta, **{key: text})


def _megabytes(size: int) -> str:
    return f"{size / 2**20:.1f} MB"


def _read_capped(path: Path) -> bytes:
    """The file's bytes, refusing (without reading it) a file over config.MAX_FILE_BYTES."""
    cap = config.MAX_FILE_BYTES
    with path.open("rb") as handle:
        data = handle.read(cap + 1)
    if len(data) > cap:
        raise DecodeProblem(f"file too large ({_megabytes(path.stat().st_size)}; "
                            f"the limit is {_megabytes(cap)})")
    return data


def _capped_lines(handle: BinaryIO, cap: int) -> Iterator[bytes | None]:
    """The file's lines, each read in at most `cap` bytes; None for a longer line (skipped
    unread, so one huge line cannot fill memory)."""
    while True:
        line = handle.readline(cap + 1)
        if not line:
            return
        if len(line) <= cap or line.endswith(b"\n"):
            yield line
            continue
        while line and not line.endswith(b"\n"):
            line = handle.readline(cap)
        yield None


def _check_jsonl_file(path: Path) -> None:
    try:
        with path.open("rb") as handle:
            head = handle.read(65536)
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None
    if not head.strip():
        raise InputError(f"{path}: empty file")
    if b"\x00" in head:
        raise InputError(f"{path}: binary file (contains NUL bytes), not text")


def read_jsonl(path: Path, meta: Meta, skip: Skip) -> Iterator[Document]:
    """One Document per JSON line; bad lines go to `skip` with their `path#Ln` source."""
    _check_jsonl_file(path)
    with path.open("rb") as handle:
        for number, raw in enumerate(_capped_lines(handle, config.MAX_FILE_BYTES), 1):
            source = f"{path}#L{number}"
            if raw is None:
                skip(source, f"line too long (over {_megabytes(config.MAX_FILE_BYTES)})")
                continue
            if not raw.strip():
                continue
            try:
                yield record_document(source, raw, meta)
            except InputError as exc:
                skip(source, str(exc))


def record_document(source: str, raw: bytes, defaults: Meta) -> Document:
    """Parse one JSONL line into a Document; InputError (reason only) if it is not one."""
    try:
        record = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise InputError("line is not UTF-8") from None
    except (json.JSONDecodeError, RecursionError) as exc:
        reason = exc.msg if isinstance(exc, json.JSONDecodeError) else "too deeply nested"
        raise InputError(f"invalid JSON: {reason}") from None
    if not isinstance(record, dict):
        raise InputError("a JSONL line must be a JSON object")
    body = {key: record.get(key) for key in ("text", "html")}
    body = {k: v for k, v in body.items() if isinstance(v, str) and v.strip()}
    if not body:
        raise InputError("record has neither 'text' nor 'html'")
    # clean_meta sets published and its precision together, so a record's date replaces the
    # default pair as a whole.
    notes: list[str] = []
    meta = {**defaults, **clean_meta(record, "record", notes)}
    unknown = sorted(set(record) - KNOWN_FIELDS)
    if unknown:
        notes.append("unknown field" + "s" * (len(unknown) > 1) + " "
                     + ", ".join(f"'{k}'" for k in unknown) + " ignored")
    doc = make_document(source, meta, **body)
    doc.warnings.extend(notes)
    return doc
