"""Places named in the headline.

The headline is analysed as a sentence of its own (0015); the places it names, often the only
mention of the story's main place ("RSF attack kills 60 civilians in El-Fasher"), are stored
with the article's places, flagged `in_title` because their offsets are into the title.
Self-contained on purpose, like the earlier migrations.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("places") as batch:
        batch.add_column(sa.Column("in_title", sa.Boolean, nullable=False,
                                   server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("places") as batch:
        batch.drop_column("in_title")
