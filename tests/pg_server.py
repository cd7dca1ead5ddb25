"""Start a throwaway PostgreSQL server from Debian's `postgresql` package for the tests.

pytest-postgresql's own process fixture runs `pg_ctl` as the current user, and PostgreSQL
refuses to run as root, which is what CI runs as; so the server is started here (as the
`postgres` system user when we are root) and pytest-postgresql's no-process fixture, told to
depend on it, gives each test a fresh database on it.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path


@dataclass
class PgServer:
    host: str
    port: int
    user: str
    password: str | None = None
    dbname: str = "fogofwar_test"
    maintenance_dbname: str = "postgres"
    template_dbname: str | None = None
    options: str = ""


def pg_bindir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    return Path(found[-1]).parent if found else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_server_user(cmd: list[str]) -> list[str]:
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *cmd]
    return cmd


def start(bindir: Path) -> tuple[PgServer, Path]:
    """initdb + start on a free loopback port; returns the server and its data directory."""
    root = Path(tempfile.mkdtemp(prefix="fogofwar-pg-"))
    data = root / "data"
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
    user = "postgres" if os.geteuid() == 0 else os.environ.get("USER", "postgres")
    subprocess.run(_as_server_user([str(bindir / "initdb"), "-D", str(data), "-U", user,
                                    "--auth=trust", "-E", "UTF8"]),
                   check=True, capture_output=True)
    port = free_port()
    opts = f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off"
    subprocess.run(_as_server_user([str(bindir / "pg_ctl"), "-D", str(data), "-o", opts,
                                    "-l", str(root / "log"), "-w", "start"]),
                   check=True, capture_output=True)
    time.sleep(0.2)
    return PgServer(host="127.0.0.1", port=port, user=user), data


def stop(bindir: Path, data: Path) -> None:
    subprocess.run(_as_server_user([str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast",
                                    "stop"]), capture_output=True)
    shutil.rmtree(data.parent, ignore_errors=True)
