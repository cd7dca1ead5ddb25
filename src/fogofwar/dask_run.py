"""Analysis on a Dask cluster (`fogofwar ingest --dask local|tcp://SCHEDULER`).

The calling process stays the one cleaner and the one writer, exactly as with `--workers`:
it cleans batches in input order, submits each batch's analysis to the cluster, and writes
the results back in input order, a bounded number of batches ahead. Only analysis (the parse
and everything after it, the bulk of the work) moves to the cluster, so the store gets what a
local run stores; with many writers elsewhere, use PostgreSQL (`--db postgresql://…`).

Each Dask worker needs fogofwar installed; it loads the model and the gazetteer once, on its
first batch. Needs the `dask` extra: `pip install 'fogofwar[dask]'`.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from .analysis import analyse_batch, default_workers
from .errors import FogofwarError
from .records import Analysis, Article

#: One batch at a time per process: threads of an in-process cluster share one spaCy pipeline.
_LOCK = threading.Lock()


def analyse_locked(articles: list[Article]) -> list[Analysis]:
    """`analyse_batch` as a Dask task."""
    with _LOCK:
        return analyse_batch(articles)


def connect(address: str, workers: int | None = None) -> Any:
    """A `distributed.Client`: "local" starts a LocalCluster of `workers` processes (default:
    the machine's cores), anything else is a scheduler address (tcp://host:8786)."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise FogofwarError("--dask needs the dask extra: pip install 'fogofwar[dask]'") from None
    try:
        if address == "local":
            cluster = LocalCluster(n_workers=workers or default_workers(), threads_per_worker=1,
                                   processes=True, dashboard_address=None)
            return Client(cluster)
        return Client(address, timeout=30)
    except OSError as exc:
        raise FogofwarError(f"cannot reach Dask scheduler {address}: {exc}") from None


def close(client: Any) -> None:
    """Close the client, and the LocalCluster if `connect` started one."""
    cluster = getattr(client, "cluster", None)
    client.close()
    if cluster is not None:
        cluster.close()


def dask_batches(batches: Iterable[list[Article]], client: Any) -> Iterator[list[Analysis]]:
    """Analyses per batch, in input order, computed on the cluster behind `client`.

    At most two batches per worker thread are in flight, so the corpus streams through."""
    threads = sum(client.nthreads().values()) or 1
    pending: deque = deque()
    for batch in batches:
        pending.append(client.submit(analyse_locked, batch, pure=False))
        if len(pending) >= 2 * threads:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()
