"""Initial schema: articles, their boilerplate lines, mentions, places, claims, events, figures.

Self-contained on purpose (no import of fogofwar.store.tables): a migration records the schema
as it was when written, so later edits to the live metadata cannot rewrite history.

Revision ID: 0001
Revises:
Create Date: 2024-06-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

MENTION = ("text", "start", "end", "actor_id", "name", "country", "sector", "side")
PLACE = ("text", "start", "end", "name", "geonames_id", "lat", "lon", "country", "admin1",
         "feature_code", "precision")
SPAN = ("text", "start", "end")
TYPES = {"start": sa.Integer, "end": sa.Integer, "geonames_id": sa.Integer, "lat": sa.Float,
         "lon": sa.Float}


def article_fk() -> sa.Column:
    return sa.Column("article_id", sa.Text, sa.ForeignKey("articles.id", ondelete="CASCADE"),
                     primary_key=True)


def fields(names: tuple[str, ...], prefix: str | None = None) -> list[sa.Column]:
    """Columns for a Mention or Place: own table (span not null) or inline (all nullable)."""
    if prefix:
        return [sa.Column(f"{prefix}_{n}", TYPES.get(n, sa.Text)) for n in names]
    return [sa.Column(n, TYPES.get(n, sa.Text), nullable=n not in SPAN) for n in names]


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.Text, primary_key=True),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("url", sa.Text),
        sa.Column("outlet", sa.Text),
        sa.Column("original_outlet", sa.Text),
        sa.Column("title", sa.Text),
        sa.Column("byline", sa.Text),
        sa.Column("published", sa.Date),
        sa.Column("published_precision", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("removed", sa.JSON, nullable=False),
        sa.Column("duplicate_of", sa.Text),
        sa.Column("fingerprint", sa.JSON, nullable=False),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_articles_published_id", "articles", ["published", "id"])
    op.create_index("ix_articles_outlet", "articles", ["outlet"])
    op.create_index("ix_articles_duplicate_of", "articles", ["duplicate_of"])

    op.create_table(
        "article_lines",
        article_fk(),
        sa.Column("line_key", sa.Text, primary_key=True),
        sa.Column("outlet", sa.Text, nullable=False),
    )
    op.create_index("ix_article_lines_outlet_key", "article_lines", ["outlet", "line_key"])

    op.create_table("mentions", article_fk(), sa.Column("seq", sa.Integer, primary_key=True),
                    *fields(MENTION))
    op.create_index("ix_mentions_actor_id", "mentions", ["actor_id"])

    op.create_table("places", article_fk(), sa.Column("seq", sa.Integer, primary_key=True),
                    *fields(PLACE))
    op.create_index("ix_places_geonames_id", "places", ["geonames_id"])

    op.create_table(
        "claims",
        article_fk(),
        sa.Column("id", sa.Text, primary_key=True),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("sentence", sa.Text, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("quote", sa.Boolean, nullable=False),
        sa.Column("cue", sa.Text),
        sa.Column("hedge", sa.Text),
        sa.Column("narrator", sa.Boolean, nullable=False),
        sa.Column("chain", sa.JSON, nullable=False),
        *fields(MENTION, "claimant"),
    )
    op.create_index("ix_claims_claimant_side", "claims", ["claimant_side"])

    op.create_table(
        "events",
        article_fk(),
        sa.Column("id", sa.Text, primary_key=True),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("type", sa.Text, nullable=False),
        sa.Column("mode", sa.Text),
        *fields(MENTION, "actor"),
        *fields(MENTION, "target"),
        *fields(PLACE, "place"),
        sa.Column("date", sa.Date),
        sa.Column("date_precision", sa.Text),
        sa.Column("claim_id", sa.Text),
        sa.Column("sentence", sa.Text, nullable=False),
        sa.Column("negated", sa.Boolean, nullable=False),
        sa.Column("hypothetical", sa.Boolean, nullable=False),
        sa.Column("trigger", sa.Text),
    )
    op.create_index("ix_events_type_date", "events", ["type", "date"])
    op.create_index("ix_events_date", "events", ["date"])

    op.create_table(
        "figures",
        article_fk(),
        sa.Column("owner_kind", sa.Text, primary_key=True),
        sa.Column("owner_id", sa.Text, primary_key=True),
        sa.Column("seq", sa.Integer, primary_key=True),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("value", sa.Float),
        sa.Column("low", sa.Float),
        sa.Column("high", sa.Float),
        sa.Column("approx", sa.Boolean, nullable=False),
        sa.Column("counts", sa.Text),
        sa.Column("category", sa.Text, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
    )
    op.create_index("ix_figures_category", "figures", ["category"])


def downgrade() -> None:
    for table in ("figures", "events", "claims", "places", "mentions", "article_lines",
                  "articles"):
        op.drop_table(table)
