"""Query parameters shared by the API and the pages: filters and pagination.

The same names (`date_from`, `type`, `bbox`, ...) are used in the API and in the dashboard's
URLs, so a dashboard view can be shared as a link and reproduced with one API call. Values are
checked here; a bad one is a 400 with one line saying which parameter and why.
"""

from __future__ import annotations

import math
from datetime import date
from typing import Annotated

from fastapi import HTTPException, Query

from ...store.query import Filters

MAX_LIMIT = 5000
CORROBORATION = ("single-source", "same-side", "cross-side", "multi-source")


def _date(name: str, value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise HTTPException(400, f"{name}: expected a date YYYY-MM-DD, got {value!r}") from None


def parse_bbox(value: str | None) -> tuple[float, float, float, float] | None:
    """`west,south,east,north` in degrees, as Leaflet's `toBBoxString()` writes it."""
    if not value:
        return None
    try:
        parts = tuple(float(p) for p in value.split(","))
    except ValueError:
        parts = ()
    ok = len(parts) == 4 and all(math.isfinite(p) for p in parts)
    if not ok or not (parts[0] <= parts[2] and parts[1] <= parts[3]):
        raise HTTPException(400, "bbox: expected west,south,east,north in degrees "
                                 f"(west <= east, south <= north), got {value!r}")
    return parts  # type: ignore[return-value]


def _text(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def filters(
    date_from: Annotated[str | None, Query(description="Earliest date, YYYY-MM-DD")] = None,
    date_to: Annotated[str | None, Query(description="Latest date, YYYY-MM-DD")] = None,
    type: Annotated[str | None, Query(description="PLOVER event type, e.g. ASSAULT")] = None,
    actor: Annotated[str | None, Query(description="Actor or target name or id")] = None,
    side: Annotated[str | None, Query(description="Side of actor, target or claimant")] = None,
    outlet: Annotated[str | None, Query(description="Outlet (or the outlet reposted)")] = None,
    claimant: Annotated[str | None, Query(description="Claimant name (part of it)")] = None,
    corroboration: Annotated[str | None, Query(description=" | ".join(CORROBORATION))] = None,
    bbox: Annotated[str | None, Query(description="west,south,east,north")] = None,
) -> Filters:
    """Filters from the query string; empty values mean no constraint (as HTML forms send)."""
    corroboration = _text(corroboration)
    if corroboration and corroboration not in CORROBORATION:
        raise HTTPException(400, f"corroboration: one of {', '.join(CORROBORATION)}")
    return Filters(date_from=_date("date_from", date_from), date_to=_date("date_to", date_to),
                   type=_text(type), actor=_text(actor), side=_text(side), outlet=_text(outlet),
                   claimant=_text(claimant), corroboration=corroboration, bbox=parse_bbox(bbox))


Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Page size")]
Offset = Annotated[int, Query(ge=0, description="Rows to skip")]
