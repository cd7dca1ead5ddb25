"""The API's one write: a document posted as JSON goes through the same pipeline as a file.

Imported only when a write arrives, so a read-only server never loads spaCy. Writes are
serialised (one at a time) because the cleaner learns from what is already stored.
"""

from __future__ import annotations

import threading

import orjson
from fastapi import HTTPException

from ...errors import FogofwarError
from ...ingest.readers import record_document
from ...pipeline import IngestSummary, process_documents
from ...reconcile import update_incidents
from .data import WebData

_write_lock = threading.Lock()


def ingest_one(data: WebData, record: dict) -> dict:
    """Store one record (the JSONL line shape); its id, and whether it was new."""
    try:
        doc = record_document("api", orjson.dumps(record), {})
    except FogofwarError as exc:
        raise HTTPException(400, str(exc)) from None
    with _write_lock:
        summary = process_documents([doc], data.store, IngestSummary())
        if summary.stored:
            update_incidents(data.store)
    return {"stored": summary.stored, "already_stored": summary.already_stored,
            "ids": summary.article_ids}
