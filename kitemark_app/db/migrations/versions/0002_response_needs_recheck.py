"""response.needs_recheck: an answer carried to a new framework version waits for the organisation's check

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02 06:00:00

Only a column is added (SQLite's ALTER TABLE ADD COLUMN): no table is copied, so no row of another table that
points at it can be touched.
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("response", sa.Column("needs_recheck", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    # ALTER TABLE DROP COLUMN, not a batch copy: dropping a copied response table would cascade to its evidence links.
    op.drop_column("response", "needs_recheck")
