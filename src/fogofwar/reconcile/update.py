"""Bring stored incidents up to date with newly stored articles, touching only what they touch.

Clustering only ever joins events that share a block (type group x date bucket, see
cluster.py) or that one article tells as one occurrence (pass 0, within the article), so an
incident that has no event in a block where a new event lands cannot change.
An update therefore re-clusters just the new events plus every member of each stored incident
with an event in one of those blocks, and rewrites only those incidents. Ids follow ids.py: an
incident keeps its id as it grows, and an incident the new articles do not touch is not
rewritten at all.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ..config import INCIDENT_MAX_DAYS
from .cluster import buckets, cluster
from .ids import assign_ids
from .incidents import EventRef, event_refs
from .summary import summarise

log = logging.getLogger(__name__)


@dataclass
class UpdateSummary:
    """What one update did, for logs and tests."""

    new_articles: int = 0
    reclustered_events: int = 0
    retired: int = 0
    written: int = 0


def block_keys(ref: EventRef) -> set[tuple[str, int]]:
    """Every (group, date bucket) block the event can be compared in."""
    if ref.window is None:
        return set()
    return {(ref.group, b) for b in buckets(ref.window, INCIDENT_MAX_DAYS)}


def affected(refs: list[EventRef], new: set[str], previous: dict[str, str]) -> set[str]:
    """Ids of stored incidents with an event in a block that a new event lands in."""
    blocks: set[tuple[str, int]] = set()
    for r in refs:
        if r.article_id in new:
            blocks |= block_keys(r)
    return {previous[r.event_id] for r in refs
            if r.article_id not in new and r.event_id in previous and block_keys(r) & blocks}


def recompute(refs: list[EventRef], new: set[str], previous: dict[str, str],
              taken: set[str]) -> tuple[set[str], list[tuple[dict, list[tuple]]]]:
    """(retired ids, new records) for the part of the corpus the new articles affect."""
    touched = affected(refs, new, previous)
    subset = [r for r in refs if r.article_id in new or previous.get(r.event_id) in touched]
    clusters = cluster(subset)
    ids = assign_ids(clusters, previous, taken - touched)
    records = [(summarise(i, members), [(r.article_id, r.event_id) for r in members])
               for i, members in zip(ids, clusters, strict=True)]
    return touched, records


def _noting_ids(articles: Iterable[dict], seen: set[str]) -> Iterator[dict]:
    for art in articles:
        seen.add(art["id"])
        yield art


def update_incidents(store, articles: Iterable[dict] | None = None) -> UpdateSummary:
    """Reconcile articles stored since the last update into the store's incidents.

    Read, recompute and replace run under the store's "incidents" lock, so concurrent ingests
    into one PostgreSQL database update incidents one at a time, each on the other's result."""
    with store.exclusive("incidents"):
        return _update(store, articles)


def _update(store, articles: Iterable[dict] | None) -> UpdateSummary:
    state = store.incident_state()
    seen: set[str] = set()
    # articles stream through once: only their events are kept, never the corpus's texts
    refs = list(event_refs(_noting_ids(store.iter_articles() if articles is None else articles,
                                       seen)))
    new = seen - state.reconciled
    summary = UpdateSummary(new_articles=len(new))
    if not new:
        return summary
    retired, records = recompute(refs, new, state.event_incident, state.incident_ids)
    store.replace_incidents(retired, records, sorted(new))
    summary.reclustered_events = sum(len(m) for _, m in records)
    summary.retired = len(retired - {rec["id"] for rec, _ in records})
    summary.written = len(records)
    log.info("reconciled %d new articles: %d incidents rewritten", len(new), len(records))
    return summary
