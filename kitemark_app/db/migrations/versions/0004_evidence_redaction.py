"""evidence_redaction: the parts of an evidence file the pack's copy hides; evidence.redactions_to_check

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03 09:30:00

A new table, and a column added to evidence (SQLite's ALTER TABLE ADD COLUMN): no table is copied, so no row of
another table that points at evidence can be touched.
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "evidence_redaction",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("evidence_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("page", sa.Integer(), nullable=False),
        sa.Column("x0", sa.Float(), nullable=False),
        sa.Column("y0", sa.Float(), nullable=False),
        sa.Column("x1", sa.Float(), nullable=False),
        sa.Column("y1", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(
            ["evidence_id"],
            ["evidence.id"],
            name=op.f("fk_evidence_redaction_evidence_id_evidence"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evidence_redaction")),
    )
    op.create_index(op.f("ix_evidence_redaction_evidence_id"), "evidence_redaction", ["evidence_id"], unique=False)
    op.add_column("evidence", sa.Column("redactions_to_check", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    # ALTER TABLE DROP COLUMN, not a batch copy: dropping a copied evidence table would cascade to its links.
    op.drop_column("evidence", "redactions_to_check")
    op.drop_index(op.f("ix_evidence_redaction_evidence_id"), table_name="evidence_redaction")
    op.drop_table("evidence_redaction")
