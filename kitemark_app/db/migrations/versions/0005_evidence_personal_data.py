"""evidence.personal_data: whether the organisation said an evidence file names people (NULL: not said yet)

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03 09:40:00

Only a column is added (SQLite's ALTER TABLE ADD COLUMN): no table is copied, so no row of another table that
points at evidence can be touched.
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("evidence", sa.Column("personal_data", sa.Boolean(), nullable=True))


def downgrade() -> None:
    # ALTER TABLE DROP COLUMN, not a batch copy: dropping a copied evidence table would cascade to its links.
    op.drop_column("evidence", "personal_data")
