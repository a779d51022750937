"""response.reused_from: the answer of another framework an answer was taken from ("framework-id:CRITERION-ID")

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02 11:30:00

Only a column is added (SQLite's ALTER TABLE ADD COLUMN): no table is copied, so no row of another table that
points at it can be touched.
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("response", sa.Column("reused_from", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    # ALTER TABLE DROP COLUMN, not a batch copy: dropping a copied response table would cascade to its evidence links.
    op.drop_column("response", "reused_from")
