"""The FastAPI application: JSON API, dashboard pages, static files, security headers.

Security defaults follow Datasette's: bind to loopback (see `serve`), read-only unless a token
is given, and a Content-Security-Policy that allows scripts only from this server's static
files, so an article that smuggles markup past escaping still cannot run anything. Jinja
autoescapes every value; the scripts build the DOM with textContent only.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from urllib.parse import urlsplit

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from ... import __version__
from ...errors import SearchSyntaxError
from ...store import Store, open_store
from . import api, pages
from .data import WebData

HERE = Path(str(resources.files("fogofwar.present.web")))
TILE_URL_ENV = "FOGOFWAR_TILE_URL"


@dataclass(frozen=True)
class Settings:
    """How the server was started. `tile_url` is a Leaflet URL template for an online basemap."""

    db: str | None = None
    token: str | None = None
    tile_url: str | None = None
    allowed_hosts: tuple[str, ...] | None = None


def csp(tile_url: str | None) -> str:
    """The policy: everything from this server only, images also from the tile host."""
    img = "'self' data:"
    if tile_url:
        parts = urlsplit(tile_url)
        img += f" {parts.scheme}://{parts.netloc.replace('{s}', '*')}"
    return ("default-src 'none'; script-src 'self'; style-src 'self'; "
            f"img-src {img}; connect-src 'self'; font-src 'self'; base-uri 'none'; "
            "form-action 'self'; frame-ancestors 'none'")


def _security_headers(policy: str):
    async def middleware(request: Request, call_next):
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = policy
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        return response

    return middleware


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith("/api") and "text/html" in request.headers.get(
        "accept", "")


def _errors(app: FastAPI) -> None:
    @app.exception_handler(SearchSyntaxError)
    async def bad_search(request: Request, exc: SearchSyntaxError):
        if _wants_html(request):
            return pages.error_page(request, 400, str(exc))
        return JSONResponse({"detail": str(exc)}, status_code=400)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        if _wants_html(request):
            return pages.error_page(request, exc.status_code, str(exc.detail))
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code,
                            headers=getattr(exc, "headers", None))


def create_app(settings: Settings | None = None, store: Store | None = None) -> FastAPI:
    """The app over `store` (or the store at settings.db), incidents reconciled on first read."""
    settings = settings or Settings()
    if settings.tile_url is None and os.environ.get(TILE_URL_ENV):
        settings = Settings(settings.db, settings.token, os.environ[TILE_URL_ENV],
                            settings.allowed_hosts)
    app = FastAPI(title="fogofwar", version=__version__, docs_url=None, redoc_url=None,
                  description="Claims, events and incidents found in war reporting.")
    app.state.settings = settings
    app.state.data = WebData(store or open_store(settings.db))
    app.middleware("http")(_security_headers(csp(settings.tile_url)))
    if settings.allowed_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(settings.allowed_hosts))
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    _errors(app)

    @app.get("/docs", include_in_schema=False, response_class=HTMLResponse)
    def docs(request: Request):
        return pages.templates.TemplateResponse(request, "docs.html", {})

    return app
