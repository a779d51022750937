"""council register: organisations, received packs and their workflow, reviews, moderation, audit log

Revision ID: 0001
Revises:
Create Date: 2026-12-02 05:29:11.542043
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("officer", sa.String(length=100), nullable=False),
        sa.Column("received_pack_id", sa.Integer(), nullable=True),
        sa.Column("record", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("before_json", sa.Text(), nullable=False),
        sa.Column("after_json", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entry")),
    )
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_entry_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_entry_received_pack_id"), ["received_pack_id"], unique=False)

    op.create_table(
        "register_setting",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_register_setting")),
    )
    op.create_table(
        "registered_organisation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_key", sa.String(length=200), nullable=False),
        sa.Column("charity_number", sa.String(length=20), nullable=False),
        sa.Column("company_number", sa.String(length=20), nullable=False),
        sa.Column("root_fingerprint", sa.String(length=64), nullable=False),
        sa.Column("registered_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("registered_by", sa.String(length=100), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_registered_organisation")),
        sa.UniqueConstraint("root_fingerprint", name=op.f("uq_registered_organisation_root_fingerprint")),
    )
    with op.batch_alter_table("registered_organisation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_registered_organisation_charity_number"), ["charity_number"], unique=False)
        batch_op.create_index(batch_op.f("ix_registered_organisation_company_number"), ["company_number"], unique=False)
        batch_op.create_index(batch_op.f("ix_registered_organisation_name_key"), ["name_key"], unique=False)

    op.create_table(
        "received_pack",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("registered_organisation_id", sa.Integer(), nullable=True),
        sa.Column("organisation_name", sa.String(length=200), nullable=False),
        sa.Column("name_key", sa.String(length=200), nullable=False),
        sa.Column("file_name", sa.String(length=500), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("archive_name", sa.String(length=200), nullable=False),
        sa.Column("signer_fingerprint", sa.String(length=64), nullable=False),
        sa.Column("verdict", sa.String(length=20), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("received_by", sa.String(length=100), nullable=False),
        sa.Column("manifest_json", sa.Text(), nullable=False),
        sa.Column("state", sa.String(length=30), nullable=False),
        sa.Column("assigned_to", sa.String(length=100), nullable=False),
        sa.Column("due_by", sa.Date(), nullable=True),
        sa.Column("return_note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["registered_organisation_id"],
            ["registered_organisation.id"],
            name=op.f("fk_received_pack_registered_organisation_id_registered_organisation"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_received_pack")),
    )
    with op.batch_alter_table("received_pack", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_received_pack_assigned_to"), ["assigned_to"], unique=False)
        batch_op.create_index(batch_op.f("ix_received_pack_due_by"), ["due_by"], unique=False)
        batch_op.create_index(batch_op.f("ix_received_pack_name_key"), ["name_key"], unique=False)
        batch_op.create_index(batch_op.f("ix_received_pack_received_at"), ["received_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_received_pack_registered_organisation_id"), ["registered_organisation_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_received_pack_sha256"), ["sha256"], unique=False)
        batch_op.create_index(batch_op.f("ix_received_pack_signer_fingerprint"), ["signer_fingerprint"], unique=False)
        batch_op.create_index(batch_op.f("ix_received_pack_state"), ["state"], unique=False)

    op.create_table(
        "assessor_review",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("received_pack_id", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.String(length=30), nullable=False),
        sa.Column("awarded_level", sa.String(length=100), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("resubmit_by", sa.Date(), nullable=True),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.Column("exported_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["received_pack_id"],
            ["received_pack.id"],
            name=op.f("fk_assessor_review_received_pack_id_received_pack"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessor_review")),
        sa.UniqueConstraint("received_pack_id", name=op.f("uq_assessor_review_received_pack_id")),
    )
    with op.batch_alter_table("assessor_review", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_assessor_review_awarded_level"), ["awarded_level"], unique=False)
        batch_op.create_index(batch_op.f("ix_assessor_review_valid_until"), ["valid_until"], unique=False)

    op.create_table(
        "moderation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("received_pack_id", sa.Integer(), nullable=False),
        sa.Column("decision", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("decided_by", sa.String(length=100), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["received_pack_id"],
            ["received_pack.id"],
            name=op.f("fk_moderation_received_pack_id_received_pack"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_moderation")),
    )
    with op.batch_alter_table("moderation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_moderation_received_pack_id"), ["received_pack_id"], unique=False)

    op.create_table(
        "criterion_verdict",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("review_id", sa.Integer(), nullable=False),
        sa.Column("criterion_id", sa.String(length=40), nullable=False),
        sa.Column("verdict", sa.String(length=30), nullable=False),
        sa.Column("condition", sa.Text(), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["review_id"],
            ["assessor_review.id"],
            name=op.f("fk_criterion_verdict_review_id_assessor_review"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_criterion_verdict")),
        sa.UniqueConstraint("review_id", "criterion_id", name=op.f("uq_criterion_verdict_review_id")),
    )
    with op.batch_alter_table("criterion_verdict", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_criterion_verdict_review_id"), ["review_id"], unique=False)
    if op.get_bind().dialect.name == "postgresql":
        # Substring search on folded names at 10,000 packs: trigram indexes (pg_trgm is a trusted extension).
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        for table in ("registered_organisation", "received_pack"):
            op.execute(f"CREATE INDEX ix_{table}_name_trgm ON {table} USING gin (name_key gin_trgm_ops)")


def downgrade() -> None:
    with op.batch_alter_table("criterion_verdict", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_criterion_verdict_review_id"))

    op.drop_table("criterion_verdict")
    with op.batch_alter_table("moderation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_moderation_received_pack_id"))

    op.drop_table("moderation")
    with op.batch_alter_table("assessor_review", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assessor_review_valid_until"))
        batch_op.drop_index(batch_op.f("ix_assessor_review_awarded_level"))

    op.drop_table("assessor_review")
    with op.batch_alter_table("received_pack", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_received_pack_state"))
        batch_op.drop_index(batch_op.f("ix_received_pack_signer_fingerprint"))
        batch_op.drop_index(batch_op.f("ix_received_pack_sha256"))
        batch_op.drop_index(batch_op.f("ix_received_pack_registered_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_received_pack_received_at"))
        batch_op.drop_index(batch_op.f("ix_received_pack_name_key"))
        batch_op.drop_index(batch_op.f("ix_received_pack_due_by"))
        batch_op.drop_index(batch_op.f("ix_received_pack_assigned_to"))

    op.drop_table("received_pack")
    with op.batch_alter_table("registered_organisation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_registered_organisation_name_key"))
        batch_op.drop_index(batch_op.f("ix_registered_organisation_company_number"))
        batch_op.drop_index(batch_op.f("ix_registered_organisation_charity_number"))

    op.drop_table("registered_organisation")
    op.drop_table("register_setting")
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_entry_received_pack_id"))
        batch_op.drop_index(batch_op.f("ix_audit_entry_at"))

    op.drop_table("audit_entry")
