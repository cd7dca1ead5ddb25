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
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ..config import INCIDENT_MAX_DAYS
from .cluster import cluster
from .grid import buckets, grid_cell, near_cells
from .ids import assign_ids
from .incidents import EventRef, admin_key, event_refs, is_fine
from .sites import village_key
from .summary import summarise
from .town_sites import town_of
from .unplaced import stream_places

log = logging.getLogger(__name__)


@dataclass
class UpdateSummary:
    """What one update did, for logs and tests."""

    new_articles: int = 0
    reclustered_events: int = 0
    retired: int = 0
    written: int = 0


def block_keys(ref: EventRef) -> set[tuple]:
    """Every block the event can be compared in: (group, date bucket), the words of its
    site's name, or of its village's, and its unknown places' keys (the site, village and
    unknown-place passes compare across buckets)."""
    keys: set[tuple] = set()
    if ref.window is not None:
        keys |= {(ref.group, b) for b in buckets(ref.window, INCIDENT_MAX_DAYS)}
    if ref.site is not None:
        keys |= {("site", ref.group, ref.site[0], w) for w in ref.site[1]}
    if (village := village_key(ref.place)) is not None:
        keys |= {("site", ref.group, village[0], w) for w in village[1]}
    # the unknown-places pass (village_sites.join_unknown_places) compares across buckets too
    keys |= {("unknown", ref.group, *k) for k in ref.unknown}
    # and so do the sites of one kind in one town, or in a province an unlocated one's page
    # names (town_sites.py)
    if ref.site is not None and (town := town_of(ref)) is not None:
        keys.add(("town site", ref.group, ref.site[0], town))
    if ref.site is not None:
        areas = ref.areas if (ref.place or {}).get("lat") is None else {admin_key(ref.place)}
        keys |= {("area site", ref.group, ref.site[0], a) for a in areas if a}
    return keys


def _cells(ref: EventRef, near: bool) -> set[tuple]:
    """Grid cells of a located event: its own, or with its neighbours (for an undated event,
    which may join a dated incident in any neighbouring cell)."""
    if not is_fine(ref.place):
        return set()
    cells = near_cells(ref.place) if near else [grid_cell(ref.place)]
    return {("cell", ref.group, *c) for c in cells}


def affected(refs: list[EventRef], new: set[str], previous: dict[str, str]) -> set[str]:
    """Ids of stored incidents with an event in a block that a new event lands in."""
    blocks: set[tuple] = set()
    for r in refs:
        if r.article_id in new:
            blocks |= block_keys(r) | (_cells(r, True) if r.window is None else set())
    return {previous[r.event_id] for r in refs
            if r.article_id not in new and r.event_id in previous
            and (block_keys(r) | _cells(r, False)) & blocks}


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


def update_incidents(store, articles: Iterable[dict] | None = None) -> UpdateSummary:
    """Reconcile articles stored since the last update into the store's incidents.

    Read, recompute and replace run under the store's "incidents" lock, so concurrent ingests
    into one PostgreSQL database update incidents one at a time, each on the other's result."""
    with store.exclusive("incidents"):
        return _update(store, articles)


def _sources(store, articles: Iterable[dict] | None) -> tuple[Callable, Callable]:
    """(articles, place lists) as functions that read the corpus afresh on each call: from
    the store page by page, or from the articles given (held by the caller anyway)."""
    if articles is None:
        return store.iter_articles, store.iter_article_places
    arts = list(articles)
    return (lambda: iter(arts)), (lambda: (a.get("places", []) for a in arts))


def _update(store, articles: Iterable[dict] | None) -> UpdateSummary:
    if articles is None and not store.has_unreconciled():
        return UpdateSummary()
    state = store.incident_state()
    read, place_lists = _sources(store, articles)
    # the corpus coherence pass (one toponym, one place across the corpus) reads every
    # article's places first; the articles then stream past once and only their events stay
    new: set[str] = set()
    refs: list[EventRef] = []
    for art in stream_places(read, place_lists):
        if art["id"] not in state.reconciled:
            new.add(art["id"])
        refs.extend(event_refs([art]))
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
