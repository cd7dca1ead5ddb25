"""Run the app with uvicorn: loopback by default, Host header checked against what we bind.

Binding to 127.0.0.1 keeps the dashboard off the network; checking the Host header as well
stops a web page on another site from reaching it through DNS rebinding.
"""

from __future__ import annotations

import ipaddress
import logging
import threading
import webbrowser
from collections.abc import Callable

from ...errors import FogofwarError
from .app import Settings, create_app

log = logging.getLogger(__name__)
LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1", "[::1]")


def is_loopback(host: str) -> bool:
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def serve(db: str | None = None, host: str = "127.0.0.1", port: int = 8000,
          token: str | None = None, tile_url: str | None = None, open_browser: bool = False,
          announce: Callable[[str], None] | None = None) -> None:
    """Serve the dashboard until interrupted; `announce(url)` once the store is open."""
    import uvicorn

    if not 0 <= port <= 65535:
        raise FogofwarError(f"--port must be 0..65535, got {port}")
    hosts = (*LOOPBACK_NAMES, host) if is_loopback(host) else None
    app = create_app(Settings(db=db, token=token, tile_url=tile_url, allowed_hosts=hosts))
    shown = f"[{host}]" if ":" in host and not host.startswith("[") else host
    url = f"http://{shown}:{port}/"
    if announce:
        announce(url)
    if open_browser:
        threading.Timer(1.5, webbrowser.open, (url,)).start()
    log.info("serving %s on %s", app.state.data.store.url, url)
    uvicorn.run(app, host=host, port=port, log_level="warning")
