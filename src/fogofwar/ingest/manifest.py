"""Per-file metadata from a directory's `manifest.jsonl` or `manifest.csv`.

Corpora collected by hand rarely carry their outlet and date inside the text; a manifest next
to the files supplies them without touching the articles. Keys are file names relative to the
manifest's directory.
"""

from __future__ import annotations

import csv
import json
import logging
from pathlib import Path

from ..errors import InputError
from .dates import PRECISIONS, normalise_published

log = logging.getLogger(__name__)

MANIFEST_NAMES = ("manifest.jsonl", "manifest.csv")
META_FIELDS = ("outlet", "original_outlet", "title", "url", "published", "published_precision")

Meta = dict[str, str | None]


def _date_meta(meta: Meta, warnings: list[str]) -> None:
    """Normalise the date in place; a date that cannot be read yet stays as written.

    Cleaning reads it again with the URL and the page to go on ("December 9" needs a year)
    and warns if it still cannot, so no record is lost for its date.
    """
    precision = meta.get("published_precision")
    if precision is not None and precision not in PRECISIONS:
        warnings.append(f"field 'published_precision': {precision!r} is not day, month or "
                        "year; ignored")
        meta.pop("published_precision")
        precision = None
    if "published" not in meta:
        meta.pop("published_precision", None)
        return
    try:
        meta["published"], meta["published_precision"] = normalise_published(
            meta["published"], precision)
    except InputError:
        pass


def clean_meta(raw: dict, where: str, warnings: list[str] | None = None) -> Meta:
    """Keep the known metadata fields as non-empty strings and normalise the date.

    Nothing here rejects a record: a field of the wrong type is dropped and a problem is
    added to `warnings` (naming the field); `where` is kept for callers' messages.
    """
    notes = warnings if warnings is not None else []
    meta: Meta = {}
    for key in META_FIELDS:
        value = raw.get(key)
        if isinstance(value, (int, float)) and not isinstance(value, bool) and key == "published":
            value = str(value)
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        if not isinstance(value, str):
            notes.append(f"field '{key}' must be a string, got {value!r}; ignored")
            continue
        meta[key] = value.strip()
    _date_meta(meta, notes)
    return meta


def _rows(text: str, path: Path) -> list[tuple[str, dict]]:
    if path.suffix == ".csv":
        try:
            return [(f"{path}#L{n}", row)
                    for n, row in enumerate(csv.DictReader(text.splitlines()), 2)]
        except csv.Error as exc:
            raise InputError(f"{path}: cannot read manifest: {exc}") from None
    rows = []
    for n, line in enumerate(text.splitlines(), 1):
        if line.strip():
            try:
                rows.append((f"{path}#L{n}", json.loads(line)))
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}#L{n}: invalid JSON in manifest: {exc.msg}") from None
            except RecursionError:
                raise InputError(f"{path}#L{n}: JSON in manifest too deeply nested") from None
    return rows


def parse_manifest(text: str, path: Path) -> dict[str, Meta]:
    """Metadata by file name from a manifest's text (CSV if `path` ends .csv, else JSONL)."""
    entries: dict[str, Meta] = {}
    for where, row in _rows(text, path):
        if not isinstance(row, dict) or not isinstance(row.get("file"), str):
            raise InputError(f"{where}: manifest entry needs a 'file' name")
        notes: list[str] = []
        entries[row["file"].strip()] = clean_meta(row, where, notes)
        for note in notes:
            log.warning("%s: %s", where, note)
    return entries


def load_manifest(directory: Path) -> dict[str, Meta]:
    """Metadata by relative file name from the directory's manifest, or {} if it has none."""
    for name in MANIFEST_NAMES:
        path = directory / name
        if path.is_file():
            break
    else:
        return {}
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read manifest: {exc}") from None
    return parse_manifest(text, path)
