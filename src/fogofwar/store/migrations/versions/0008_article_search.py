"""Full-text search over articles: an FTS5 table on SQLite, a GIN expression index on PostgreSQL.

The dashboard and `/api/search` match words in titles, outlets and cleaned text. On SQLite
the FTS5 table keeps its own copy of those columns with the article id (not an external-content
table: those key on rowid, which VACUUM may renumber for a table with a text primary key), and
triggers keep it in step with `articles`. On PostgreSQL an index on the same `to_tsvector`
expression that `store/search.py` queries is enough. Neither is in `tables.py`: they are not
portable Core objects, and the schema comparison test leaves them out by name.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01
"""

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_SQLITE_UP = (
    "CREATE VIRTUAL TABLE articles_fts USING fts5("
    "id UNINDEXED, title, outlet, text, tokenize='unicode61 remove_diacritics 2')",
    "INSERT INTO articles_fts (id, title, outlet, text) "
    "SELECT id, coalesce(title, ''), coalesce(outlet, ''), text FROM articles",
    "CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN "
    "INSERT INTO articles_fts (id, title, outlet, text) "
    "VALUES (new.id, coalesce(new.title, ''), coalesce(new.outlet, ''), new.text); END",
    "CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN "
    "DELETE FROM articles_fts WHERE id = old.id; END",
    "CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, outlet, text ON articles BEGIN "
    "UPDATE articles_fts SET title = coalesce(new.title, ''), outlet = coalesce(new.outlet, ''), "
    "text = new.text WHERE id = old.id; END",
)
_SQLITE_DOWN = (
    "DROP TRIGGER IF EXISTS articles_fts_update",
    "DROP TRIGGER IF EXISTS articles_fts_delete",
    "DROP TRIGGER IF EXISTS articles_fts_insert",
    "DROP TABLE IF EXISTS articles_fts",
)
_PG_UP = (
    "CREATE INDEX ix_articles_fts ON articles USING gin (to_tsvector('english', "
    "coalesce(title, '') || ' ' || coalesce(outlet, '') || ' ' || text))",
)
_PG_DOWN = ("DROP INDEX IF EXISTS ix_articles_fts",)


def _run(statements: tuple[str, ...]) -> None:
    for sql in statements:
        op.execute(sql)


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    _run(_SQLITE_UP if sqlite else _PG_UP)


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    _run(_SQLITE_DOWN if sqlite else _PG_DOWN)
