"""The event filter's confidence and the trigger's parse.

Each event keeps its trigger word's lemma, part of speech and dependency label (what the
learned event filter reads, extract/events/confidence.py) and the filter's `confidence`, the
estimated chance (0-1) that the page reports the event as real. Events stored before this
revision have none of them. Self-contained on purpose, like the earlier migrations.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

COLUMNS = (("trigger_lemma", sa.Text), ("trigger_pos", sa.Text), ("trigger_dep", sa.Text),
           ("confidence", sa.Float))


def upgrade() -> None:
    with op.batch_alter_table("events") as batch:
        for name, kind in COLUMNS:
            batch.add_column(sa.Column(name, kind))


def downgrade() -> None:
    with op.batch_alter_table("events") as batch:
        for name, _ in reversed(COLUMNS):
            batch.drop_column(name)
