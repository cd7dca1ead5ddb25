"""The dashboard's pages, rendered on the server with Jinja2 (autoescaped).

Each page takes the same filter parameters as the API and puts them in its links, so any view
is a URL. The map and the article tooltips are drawn by the static scripts from the API; the
timeline, incident and article pages are plain HTML and SVG.
"""

from __future__ import annotations

from collections import defaultdict
from importlib import resources
from pathlib import Path
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from ...reconcile.figures import row_label
from ...store import query as Q
from ...store.read import article_dicts
from .highlight import segments, spans
from .params import CORROBORATION, filters
from .timeline import TYPE_COLOURS, charts

HERE = Path(str(resources.files("fogofwar.present.web")))
templates = Jinja2Templates(directory=HERE / "templates")  # autoescape on for .html
# a figure row as the report reads it ("about 12", "<=40", ">=8"): since incident schema 1.11 a
# row's bounds are as said, so a ceiling has no low bound and a template cannot format it alone
templates.env.filters["row_label"] = row_label
templates.env.globals["colours"] = TYPE_COLOURS
router = APIRouter(include_in_schema=False)
Flt = Annotated[Q.Filters, Depends(filters)]
PAGE = 25


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    return templates.TemplateResponse(request, "error.html", {"status": status,
                                                              "message": message},
                                      status_code=status)


def _common(request: Request, conn, f: Q.Filters) -> dict:
    """What every page's header and filter bar need."""
    params = f.as_params()
    return {"f": f, "params": params, "query": urlencode(params),
            "outlets": Q.outlets(conn), "types": Q.event_types(conn), "sides": Q.sides(conn),
            "corroborations": CORROBORATION,
            "tile_url": request.app.state.settings.tile_url or ""}


@router.get("/", response_class=HTMLResponse)
def dashboard(request: Request, f: Flt, offset: Annotated[int, Query(ge=0)] = 0):
    with request.app.state.data.connect() as conn:
        ctx = _common(request, conn, f)
        incidents = Q.incident_page(conn, f, PAGE, offset)
        articles = Q.article_page(conn, f, PAGE, 0)
    events_chart, figures_chart = charts(request.app.state.data.timeline(f))
    return templates.TemplateResponse(request, "dashboard.html", {
        **ctx, "incidents": incidents, "articles": articles, "offset": offset, "page": PAGE,
        "events_chart": events_chart, "figures_chart": figures_chart})


def figure_grid(inc: dict) -> tuple[list[tuple[str, str | None]], list[str], dict]:
    """Claimants (with side) as columns, categories as rows: figures side by side."""
    claimants = sorted({(f["claimant"], f.get("side")) for f in inc["figures"]},
                       key=lambda c: (c[1] is None, c[1] or "", c[0]))
    categories = sorted({f["category"] for f in inc["figures"]})
    cells: dict[tuple, str] = defaultdict(str)
    for f in inc["figures"]:
        # read as the report reads it: "about 12", ">=about 93", whole numbers, never a margin
        # a voice's two rows of one category (the militants' and the others') share a cell
        key = (f["category"], f["claimant"], f.get("side"))
        cells[key] = f"{cells[key]}; {row_label(f)}" if cells[key] else row_label(f)
    return claimants, categories, cells


def _incident_events(inc: dict, arts: list[dict]) -> list[dict]:
    """The incident's events with their article and claim, in the incident's order."""
    found = {}
    for a in arts:
        claims = {c["id"]: c for c in a["claims"]}
        for e in a["events"]:
            found[e["id"]] = {"event": e, "article": a, "claim": claims.get(e.get("claim_id"))}
    return [found[eid] for eid in inc["events"] if eid in found]


@router.get("/incidents/{incident_id}", response_class=HTMLResponse)
def incident_page(request: Request, incident_id: str):
    with request.app.state.data.connect() as conn:
        inc = Q.incident(conn, incident_id)
        if inc is None:
            raise HTTPException(404, f"no incident {incident_id!r}")
        arts = article_dicts(conn, inc["articles"])
        # pages that only recall the incident beside their own news (incident schema 1.6)
        mentions = article_dicts(conn, inc.get("mentioned_in", []))
        ctx = _common(request, conn, Q.Filters())
    claimants, categories, cells = figure_grid(inc)
    return templates.TemplateResponse(request, "incident.html", {
        **ctx, "inc": inc, "articles": arts, "mentions": mentions, "claimants": claimants,
        "categories": categories, "cells": cells, "items": _incident_events(inc, arts)})


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str):
    with request.app.state.data.connect() as conn:
        art = Q.article(conn, article_id)
        if art is None:
            raise HTTPException(404, f"no article {article_id!r}")
        original = Q.article(conn, art["duplicate_of"]) if art.get("duplicate_of") else None
        copies = Q.copies_of(conn, article_id)
        ctx = _common(request, conn, Q.Filters())
    return templates.TemplateResponse(request, "article.html", {
        **ctx, "art": art, "segments": segments(art["text"], spans(art)),
        "original": original, "copies": copies})


@router.get("/outlets", response_class=HTMLResponse)
def outlets_page(request: Request):
    data = request.app.state.data
    framing = data.framing()
    with data.connect() as conn:
        ctx = _common(request, conn, Q.Filters())
    return templates.TemplateResponse(request, "outlets.html", {**ctx, "framing": framing})


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, f: Flt, q: Annotated[str, Query(max_length=500)] = "",
                offset: Annotated[int, Query(ge=0)] = 0):
    with request.app.state.data.connect() as conn:
        ctx = _common(request, conn, f)
        results = Q.search_page(conn, q, f, PAGE, offset) if q.strip() else None
    return templates.TemplateResponse(request, "search.html", {
        **ctx, "q": q, "results": results, "offset": offset, "page": PAGE})
