"""LSH band keys of article fingerprints, so near-duplicates are found by an index query.

The Cleaner held a MinHash LSH index over every stored article in memory (~7 KB each); the
band keys now live in this table, indexed, and it asks for the articles sharing a key.
Articles stored before this revision get their keys on the next ingest
(store/cleaner_view.py), computed from their stored fingerprints. Self-contained on purpose,
like the earlier migrations.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "article_bands",
        sa.Column("article_id", sa.Text, sa.ForeignKey("articles.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("band", sa.Integer, primary_key=True),
        sa.Column("band_key", sa.BigInteger, nullable=False),
    )
    op.create_index("ix_article_bands_key", "article_bands", ["band_key"])


def downgrade() -> None:
    op.drop_index("ix_article_bands_key", table_name="article_bands")
    op.drop_table("article_bands")
