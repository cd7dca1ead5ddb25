"""Actor classes on mentions, and each claim's source as written in its own sentence.

An actor no pack names is kept with a generic class ("unidentified_armed_group", "police"),
stored beside every inline mention (article mentions, claimants, event actors and targets).
A claim keeps the source phrase of its own sentence ("he", "a spokesman") besides the actor it
resolves to, and its intermediaries as written, so the export carries what attribution
benchmarks score. Self-contained on
purpose, like 0001 to 0003.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

CLASS_COLUMNS = {
    "mentions": ["actor_class"],
    "claims": ["claimant_actor_class"],
    "events": ["actor_actor_class", "target_actor_class"],
}
SOURCE_COLUMNS = [("source_text", sa.Text), ("source_start", sa.Integer),
                  ("source_end", sa.Integer), ("relays", sa.JSON)]


def upgrade() -> None:
    for table, names in CLASS_COLUMNS.items():
        with op.batch_alter_table(table) as batch:
            for name in names:
                batch.add_column(sa.Column(name, sa.Text))
            if table == "claims":
                for name, kind in SOURCE_COLUMNS:
                    batch.add_column(sa.Column(name, kind))


def downgrade() -> None:
    for table, names in CLASS_COLUMNS.items():
        with op.batch_alter_table(table) as batch:
            if table == "claims":
                for name, _ in reversed(SOURCE_COLUMNS):
                    batch.drop_column(name)
            for name in reversed(names):
                batch.drop_column(name)
