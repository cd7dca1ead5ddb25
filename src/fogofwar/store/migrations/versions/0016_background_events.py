"""Events a page recalls rather than reports.

An event told as background to the page's news ("since the October 7 attack", "Earlier this
week, rockets hit ...") is flagged `background`; reconcile lists a page whose events in an
incident are all background under the incident's `mentioned_in`, not its `articles`.
Self-contained on purpose, like the earlier migrations.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("background", sa.Boolean, nullable=False,
                                   server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.drop_column("background")
