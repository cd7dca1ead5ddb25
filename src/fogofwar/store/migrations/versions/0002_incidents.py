"""Incidents: stored so that their ids survive re-runs and updates are incremental.

Self-contained on purpose (no import of fogofwar.store.tables), like 0001.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "incidents",
        sa.Column("id", sa.Text, primary_key=True),
        sa.Column("type", sa.Text, nullable=False),
        sa.Column("date_start", sa.Text),
        sa.Column("date_end", sa.Text),
        sa.Column("n_articles", sa.Integer, nullable=False),
        sa.Column("payload", sa.JSON, nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_incidents_date_start", "incidents", ["date_start"])
    op.create_table(
        "incident_events",
        sa.Column("article_id", sa.Text, sa.ForeignKey("articles.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("event_id", sa.Text, primary_key=True),
        sa.Column("incident_id", sa.Text, sa.ForeignKey("incidents.id", ondelete="CASCADE"),
                  nullable=False),
    )
    op.create_index("ix_incident_events_incident", "incident_events", ["incident_id"])
    op.create_table(
        "reconciled_articles",
        sa.Column("article_id", sa.Text, sa.ForeignKey("articles.id", ondelete="CASCADE"),
                  primary_key=True),
    )


def downgrade() -> None:
    for table in ("reconciled_articles", "incident_events", "incidents"):
        op.drop_table(table)
