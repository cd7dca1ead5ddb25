"""Which rule removed each boilerplate line, and where the publication date was read.

Single-page cleaning (issue 13) takes lines by many rules; keeping the rule beside each
removed line lets a reader audit a removal. `published_from` says whether the date came from
metadata, the URL or a line of the page (the line itself). Self-contained, like 0001-0003.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.add_column(sa.Column("removed_rules", sa.JSON))
        batch.add_column(sa.Column("published_from", sa.Text))


def downgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("published_from")
        batch.drop_column("removed_rules")
