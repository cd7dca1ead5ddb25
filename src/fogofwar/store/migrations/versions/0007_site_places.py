"""Named sites as places: the town a site (hospital, station, prison ...) is in.

A place of precision "site" carries its town's coordinates; `within` keeps the town's name so
a reader sees "Al-Ahli Arab Hospital, within Gaza City". Stored for place mentions and for the
place an event happened at. Self-contained on purpose, like the earlier migrations.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("places") as batch:
        batch.add_column(sa.Column("within", sa.Text))
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("place_within", sa.Text))


def downgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.drop_column("place_within")
    with op.batch_alter_table("places") as batch:
        batch.drop_column("within")
