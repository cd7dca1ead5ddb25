"""Reads and writes of stored incidents: the state reconcile updates from, and its results.

Kept apart from `store.py` because incidents are derived data with their own life cycle: they
are rewritten in place (one transaction per update) whenever new articles touch them.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone

from sqlalchemy import Connection, delete, select

from .tables import incident_events, incidents, reconciled_articles


@dataclass
class IncidentState:
    """What the last reconcile run left: event memberships, ids in use, articles seen."""

    event_incident: dict[str, str] = field(default_factory=dict)
    incident_ids: set[str] = field(default_factory=set)
    reconciled: set[str] = field(default_factory=set)


def read_state(conn: Connection) -> IncidentState:
    state = IncidentState()
    q = select(incident_events.c.event_id, incident_events.c.incident_id)
    state.event_incident = {ev: inc for ev, inc in conn.execute(q)}
    state.incident_ids = set(conn.execute(select(incidents.c.id)).scalars())
    state.reconciled = set(conn.execute(select(reconciled_articles.c.article_id)).scalars())
    return state


def replace(conn: Connection, retired: set[str], records: Sequence[tuple[dict, list[tuple]]],
            reconciled: Sequence[str]) -> None:
    """Drop `retired` incidents, insert `records` (incident, [(article_id, event_id)])."""
    ids = list(retired | {rec["id"] for rec, _ in records})
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        conn.execute(delete(incident_events).where(incident_events.c.incident_id.in_(chunk)))
        conn.execute(delete(incidents).where(incidents.c.id.in_(chunk)))
    now = datetime.now(timezone.utc)
    if records:
        conn.execute(incidents.insert(), [
            {"id": rec["id"], "type": rec["type"], "date_start": rec["date_start"],
             "date_end": rec["date_end"], "n_articles": len(rec["articles"]), "payload": rec,
             "updated_at": now} for rec, _ in records])
        conn.execute(incident_events.insert(), [
            {"article_id": aid, "event_id": eid, "incident_id": rec["id"]}
            for rec, members in records for aid, eid in members])
    if reconciled:
        conn.execute(reconciled_articles.insert(), [{"article_id": a} for a in reconciled])


def iter_payloads(conn: Connection) -> Iterator[dict]:
    """Stored incidents, most-reported first, then by start date and id."""
    q = select(incidents.c.payload).order_by(incidents.c.n_articles.desc(),
                                             incidents.c.date_start, incidents.c.id)
    for (payload,) in conn.execute(q):
        payload.setdefault("mentioned_in", [])  # stored before incident schema 1.6
        yield payload
