"""Claims and events stated in the headline.

A headline often states the event ("RSF attack kills 60 civilians in El-Fasher") that the body
only elaborates; the title is analysed as a sentence of its own, and its claims and events are
flagged `in_title` because their offsets are into the title, not the body text.
Self-contained on purpose, like the earlier migrations.

Revision ID: 0015
Revises: 0011
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table in ("claims", "events"):
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("in_title", sa.Boolean, nullable=False,
                                       server_default=sa.false()))


def downgrade() -> None:
    for table in ("events", "claims"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("in_title")
