"""The JSON API under /api: lists with filters and totals, single records, search, writes.

Every list answers `{total, limit, offset, items}`. Records are the export shapes (DESIGN.md),
with list items carrying their article id and outlet. The one write, POST /api/articles, needs
the server to have been started with a token and the request to bear it.
"""

from __future__ import annotations

import secrets
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, HTTPException, Query, Request
from pydantic import BaseModel, Field

from ...store import query as Q
from .params import Limit, Offset, filters

router = APIRouter(prefix="/api", tags=["api"])
Flt = Annotated[Q.Filters, Depends(filters)]


def _data(request: Request):
    return request.app.state.data


def _listing(page: Q.Page, limit: int, offset: int) -> dict[str, Any]:
    return {"total": page.total, "limit": limit, "offset": offset, "items": page.items}


@router.get("/articles", summary="Articles (summaries, no text), filtered and paginated")
def list_articles(request: Request, f: Flt, limit: Limit = 50, offset: Offset = 0) -> dict:
    with _data(request).connect() as conn:
        return _listing(Q.article_page(conn, f, limit, offset), limit, offset)


@router.get("/articles/{article_id}", summary="One article in export shape, with its copies")
def get_article(request: Request, article_id: str) -> dict:
    with _data(request).connect() as conn:
        art = Q.article(conn, article_id)
        if art is None:
            raise HTTPException(404, f"no article {article_id!r}")
        return {**art, "copies": Q.copies_of(conn, article_id)}


@router.get("/incidents", summary="Incidents, most-reported first")
def list_incidents(request: Request, f: Flt, limit: Limit = 50, offset: Offset = 0) -> dict:
    with _data(request).connect() as conn:
        return _listing(Q.incident_page(conn, f, limit, offset), limit, offset)


@router.get("/incidents/{incident_id}", summary="One incident in export shape")
def get_incident(request: Request, incident_id: str) -> dict:
    with _data(request).connect() as conn:
        inc = Q.incident(conn, incident_id)
    if inc is None:
        raise HTTPException(404, f"no incident {incident_id!r}")
    return inc


@router.get("/events", summary="Events by date, with article id and outlet")
def list_events(request: Request, f: Flt, limit: Limit = 50, offset: Offset = 0,
                located: Annotated[bool, Query(description="Only events with coordinates")]
                = False) -> dict:
    with _data(request).connect() as conn:
        return _listing(Q.event_page(conn, f, limit, offset, located), limit, offset)


@router.get("/claims", summary="Claims with claimant, chain, hedge and figures")
def list_claims(request: Request, f: Flt, limit: Limit = 50, offset: Offset = 0) -> dict:
    with _data(request).connect() as conn:
        return _listing(Q.claim_page(conn, f, limit, offset), limit, offset)


@router.get("/outlets", summary="How each outlet names each party (export shape)")
def list_outlets(request: Request) -> dict:
    items = _data(request).outlets()
    return {"total": len(items), "limit": len(items), "offset": 0, "items": items}


@router.get("/search", summary="Full-text search of titles, outlets and text")
def search(request: Request, f: Flt,
           q: Annotated[str, Query(min_length=1, max_length=500, description="Search words")],
           limit: Limit = 20, offset: Offset = 0) -> dict:
    with _data(request).connect() as conn:
        return _listing(Q.search_page(conn, q, f, limit, offset), limit, offset)


@router.get("/timeline", summary="Events per day and type; figures per day and claimant side")
def timeline(request: Request, f: Flt) -> dict:
    return _data(request).timeline(f)


class NewArticle(BaseModel):
    """One document, as a line of a JSONL corpus."""

    text: str | None = Field(None, max_length=2_000_000)
    html: str | None = Field(None, max_length=5_000_000)
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: str | None = None


def require_token(request: Request,
                  authorization: Annotated[str | None, Header()] = None) -> None:
    """Writes need `--token`; the request must send `Authorization: Bearer <token>`."""
    token = request.app.state.settings.token
    if not token:
        raise HTTPException(403, "read-only server: start it with --token to allow writes")
    sent = (authorization or "").removeprefix("Bearer ").strip()
    if not secrets.compare_digest(sent.encode(), token.encode()):
        raise HTTPException(401, "missing or wrong token", {"WWW-Authenticate": "Bearer"})


@router.post("/articles", status_code=201, dependencies=[Depends(require_token)],
             summary="Ingest one document (needs the server's token)")
def add_article(request: Request, doc: NewArticle) -> dict:
    from .writes import ingest_one

    return ingest_one(_data(request), doc.model_dump(exclude_none=True))
