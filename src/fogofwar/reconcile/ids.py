"""Incident ids that survive re-runs.

The rule:

- A new incident (none of its events was in a stored incident) is named after its member event
  with the smallest id: `inc-` + 12 hex digits of its SHA-1. Event ids are content hashes, so the
  same corpus reconciled from scratch always gives the same ids, in any order.
- An incident that already existed keeps its id when it grows, and when events join it from
  articles added later (even if they are earlier in time).
- When stored incidents merge, the merged incident keeps the id that covers most of its events
  (ties: the smallest id); the other ids are retired. When one splits, the part holding most of
  its events keeps the id and the rest get new ids by the first rule.

Adding an article that touches no event of an incident changes neither its members nor its id.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from .incidents import EventRef, event_key


def fresh_id(members: Sequence[EventRef], taken: set[str]) -> str:
    """The id named after the smallest member event id not already in use. The smallest
    one's id is almost always free, so the members are sorted only when it is taken."""
    if members and (first := event_key(min(r.event_id for r in members))) not in taken:
        return first
    for ev_id in sorted(r.event_id for r in members):
        candidate = event_key(ev_id)
        if candidate not in taken:
            return candidate
    return event_key("|".join(sorted(r.event_id for r in members)))


def assign_ids(clusters: Sequence[Sequence[EventRef]], previous: dict[str, str],
               taken: set[str] | None = None) -> list[str]:
    """One id per cluster; `previous` maps event id -> its incident id from the last run.

    `taken` holds ids of stored incidents outside these clusters, which must not be reused.
    """
    claims = []
    for ci, members in enumerate(clusters):
        overlap = Counter(previous[r.event_id] for r in members if r.event_id in previous)
        claims += [(-n, old, ci) for old, n in overlap.items()]
    used = set(taken or ())
    ids: list[str | None] = [None] * len(clusters)
    for _, old, ci in sorted(claims):
        if ids[ci] is None and old not in used:
            ids[ci] = old
            used.add(old)
    for ci, members in enumerate(clusters):
        if ids[ci] is None:
            ids[ci] = fresh_id(members, used)
            used.add(ids[ci])
    return [i for i in ids if i is not None]
