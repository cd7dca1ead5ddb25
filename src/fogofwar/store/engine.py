"""Open a database from a URL: normalise it, check it, connect, and bring the schema to head.

Every way a URL can be wrong (unparseable, unknown dialect, missing driver, a directory that
does not exist, a server that refuses) becomes one StoreError line naming the URL, because the
CLI shows that line to the user and a traceback would hide what to fix.
"""

from __future__ import annotations

import hashlib
import logging
from importlib import resources
from pathlib import Path

import orjson
from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError

from ..errors import StoreError

log = logging.getLogger(__name__)

SUPPORTED = ("sqlite", "postgresql")


def normalise_url(url: str) -> str:
    """`postgresql://` and `postgres://` use psycopg 3, the driver fogofwar depends on."""
    for plain in ("postgresql://", "postgres://"):
        if url.startswith(plain):
            return "postgresql+psycopg://" + url[len(plain):]
    return url


def display_url(url: str) -> str:
    """The URL as safe to show: any password masked."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def _json_dumps(value: object) -> str:
    return orjson.dumps(value).decode()


def _check_sqlite_path(url: str, database: str | None) -> None:
    """SQLite would report a missing directory only as 'unable to open database file'."""
    if not database or database == ":memory:" or database.startswith("file:"):
        return
    parent = Path(database).expanduser().resolve().parent
    if not parent.is_dir():
        raise StoreError(f"cannot open database {url}: directory {parent} does not exist")


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    """WAL lets readers run while an ingest writes; foreign keys are off by default in SQLite.

    With WAL, synchronous=NORMAL skips the fsync on every commit (one per article) yet a
    killed process loses nothing committed (tests/test_crash_safe.py); only a power cut can
    roll back the last few articles, which the next ingest then stores again.
    """
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def make_engine(url: str) -> Engine:
    """An engine for a supported URL, or StoreError saying what is wrong with it."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise StoreError(f"bad database URL {url!r}: expected e.g. sqlite:///fogofwar.db") from exc
    if parsed.get_backend_name() not in SUPPORTED:
        raise StoreError(f"unsupported database {parsed.get_backend_name()!r} in "
                         f"{display_url(url)!r}: "
                         "use sqlite:///FILE or postgresql://USER@HOST/DB")
    if parsed.get_backend_name() == "sqlite":
        _check_sqlite_path(url, parsed.database)
    try:
        engine = create_engine(parsed, json_serializer=_json_dumps, json_deserializer=orjson.loads)
    except (NoSuchModuleError, ImportError) as exc:
        raise StoreError(f"no driver for {display_url(url)!r}: {exc}") from exc
    if parsed.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def advisory_key(name: str) -> int:
    """A stable signed 64-bit key for a PostgreSQL advisory lock named `name`."""
    digest = hashlib.sha1(f"fogofwar:{name}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


def migrate(engine: Engine, url: str) -> None:
    """Run the packaged Alembic migrations up to head on this engine.

    On PostgreSQL a transaction advisory lock makes processes opening a new database at the
    same moment migrate it one after the other (the second finds it at head)."""
    with resources.as_file(resources.files("fogofwar.store") / "migrations") as path:
        cfg = Config()
        cfg.set_main_option("script_location", str(path))
        try:
            with engine.begin() as conn:
                if engine.dialect.name == "postgresql":
                    conn.execute(text("SELECT pg_advisory_xact_lock(:k)"),
                                 {"k": advisory_key("migrate")})
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
        except SQLAlchemyError as exc:
            reason = str(getattr(exc, "orig", exc)).splitlines()[0]
            raise StoreError(f"cannot open database {display_url(url)}: {reason}") from exc
    log.debug("schema at head for %s", url)
