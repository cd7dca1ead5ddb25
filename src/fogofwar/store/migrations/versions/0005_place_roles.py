"""Every toponym is a place mention with a role: location, actor, demonym or associated.

Place names standing for a government ("Moscow said") and nationality words ("Russian troops")
are stored as places too, so a place row says which it is. Existing rows were all locations.
Event places stay inline without a role: events use locations only.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("places") as batch:
        batch.add_column(sa.Column("role", sa.Text, nullable=False,
                                   server_default="location"))


def downgrade() -> None:
    with op.batch_alter_table("places") as batch:
        batch.drop_column("role")
