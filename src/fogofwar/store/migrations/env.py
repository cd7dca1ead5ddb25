"""Alembic environment for fogofwar's store, run programmatically by `fogofwar.store.migrate`.

The caller hands over an open connection in `config.attributes["connection"]`, so migrations
run inside the store's own engine (and its SQLite pragmas) with no alembic.ini at run time.
"""

from __future__ import annotations

from alembic import context

from fogofwar.store.tables import metadata

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("fogofwar migrations run only through fogofwar.store.migrate")

context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
