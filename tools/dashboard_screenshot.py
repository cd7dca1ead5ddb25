"""Take docs/dashboard.png: the dashboard on a store, in Debian's chromium through Playwright.

    fogofwar demo --db sqlite:////tmp/demo.db
    python tools/dashboard_screenshot.py sqlite:////tmp/demo.db [docs/dashboard.png]
"""

from __future__ import annotations

import socket
import sys
import threading
import time

import uvicorn
from playwright.sync_api import sync_playwright

from fogofwar.present.web import Settings, create_app

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def main(db: str, out: str = "docs/dashboard.png") -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(Settings(db=db)), host="127.0.0.1",
                                           port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 1180})
        page.goto(f"http://127.0.0.1:{port}/")
        page.wait_for_selector("#map[data-incidents]")
        page.wait_for_timeout(500)  # let the cluster animation settle
        page.screenshot(path=out)
        browser.close()
    server.should_exit = True


if __name__ == "__main__":
    main(*sys.argv[1:])
