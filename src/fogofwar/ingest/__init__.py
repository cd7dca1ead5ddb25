"""Ingest: read txt, HTML and JSONL files (and directories of them) into Documents."""

from .dates import parse_published
from .documents import count_inputs, iter_documents

__all__ = ["count_inputs", "iter_documents", "parse_published"]
