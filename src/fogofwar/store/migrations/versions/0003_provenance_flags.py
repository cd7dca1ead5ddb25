"""Where an event's place and date came from, and where a claim's cue stands.

Events may take a place or date from earlier in their paragraph; the flags keep that visible
so an analyst can tell "said in the sentence" from "inferred from context". Cue offsets let a
reader highlight the reporting verb. Self-contained on purpose, like 0001 and 0002.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("place_inherited", sa.Boolean, nullable=False,
                                   server_default=sa.false()))
        batch.add_column(sa.Column("date_inherited", sa.Boolean, nullable=False,
                                   server_default=sa.false()))
    with op.batch_alter_table("claims") as batch:
        batch.add_column(sa.Column("cue_start", sa.Integer))
        batch.add_column(sa.Column("cue_end", sa.Integer))


def downgrade() -> None:
    with op.batch_alter_table("claims") as batch:
        batch.drop_column("cue_end")
        batch.drop_column("cue_start")
    with op.batch_alter_table("events") as batch:
        batch.drop_column("date_inherited")
        batch.drop_column("place_inherited")
