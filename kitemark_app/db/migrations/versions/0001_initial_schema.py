"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-26 03:47:25.835267
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "organisation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("legal_form", sa.String(length=40), nullable=False),
        sa.Column("charity_number", sa.String(length=20), nullable=False),
        sa.Column("company_number", sa.String(length=20), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("contact_name", sa.String(length=200), nullable=False),
        sa.Column("contact_email", sa.String(length=200), nullable=False),
        sa.Column("contact_phone", sa.String(length=40), nullable=False),
        sa.Column("income_band", sa.String(length=20), nullable=False),
        sa.Column("staff_count", sa.Integer(), nullable=False),
        sa.Column("volunteer_count", sa.Integer(), nullable=False),
        sa.Column("works_with_children", sa.Boolean(), nullable=False),
        sa.Column("works_with_adults_at_risk", sa.Boolean(), nullable=False),
        sa.Column("employs_staff", sa.Boolean(), nullable=False),
        sa.Column("uses_volunteers", sa.Boolean(), nullable=False),
        sa.Column("holds_personal_data", sa.Boolean(), nullable=False),
        sa.Column("runs_premises", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation")),
    )
    op.create_table(
        "registered_organisation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("root_fingerprint", sa.String(length=64), nullable=False),
        sa.Column("registered_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_registered_organisation")),
        sa.UniqueConstraint("root_fingerprint", name=op.f("uq_registered_organisation_root_fingerprint")),
    )
    with op.batch_alter_table("registered_organisation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_registered_organisation_name"), ["name"], unique=False)

    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    op.create_table(
        "assessment_cycle",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("framework_id", sa.String(length=100), nullable=False),
        sa.Column("framework_version", sa.String(length=50), nullable=False),
        sa.Column("framework_source", sa.Text(), nullable=False),
        sa.Column("target_level", sa.String(length=100), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=False),
        sa.Column("submitted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("follows_cycle_id", sa.Integer(), nullable=True),
        sa.Column("resolution_date", sa.Date(), nullable=True),
        sa.Column("resolution_minute_ref", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["follows_cycle_id"],
            ["assessment_cycle.id"],
            name=op.f("fk_assessment_cycle_follows_cycle_id_assessment_cycle"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_assessment_cycle_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment_cycle")),
    )
    with op.batch_alter_table("assessment_cycle", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_assessment_cycle_organisation_id"), ["organisation_id"], unique=False
        )

    op.create_table(
        "evidence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("original_name", sa.String(length=500), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("document_date", sa.Date(), nullable=True),
        sa.Column("review_by", sa.Date(), nullable=True),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_evidence_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evidence")),
    )
    with op.batch_alter_table("evidence", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_evidence_organisation_id"), ["organisation_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_evidence_sha256"), ["sha256"], unique=False)

    op.create_table(
        "received_pack",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("registered_organisation_id", sa.Integer(), nullable=True),
        sa.Column("organisation_name", sa.String(length=200), nullable=False),
        sa.Column("file_name", sa.String(length=500), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("signer_fingerprint", sa.String(length=64), nullable=False),
        sa.Column("verdict", sa.String(length=20), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("manifest_json", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["registered_organisation_id"],
            ["registered_organisation.id"],
            name=op.f("fk_received_pack_registered_organisation_id_registered_organisation"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_received_pack")),
    )
    with op.batch_alter_table("received_pack", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_received_pack_registered_organisation_id"),
            ["registered_organisation_id"],
            unique=False,
        )
        batch_op.create_index(batch_op.f("ix_received_pack_sha256"), ["sha256"], unique=False)

    op.create_table(
        "action_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cycle_id", sa.Integer(), nullable=False),
        sa.Column("criterion_id", sa.String(length=40), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("owner", sa.String(length=200), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["cycle_id"],
            ["assessment_cycle.id"],
            name=op.f("fk_action_item_cycle_id_assessment_cycle"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_item")),
    )
    with op.batch_alter_table("action_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_action_item_cycle_id"), ["cycle_id"], unique=False)

    op.create_table(
        "assessor_review",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("received_pack_id", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.String(length=30), nullable=False),
        sa.Column("awarded_level", sa.String(length=100), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("resubmit_by", sa.Date(), nullable=True),
        sa.Column("summary", sa.Text(), nullable=False),
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
    op.create_table(
        "evidence_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("evidence_id", sa.Integer(), nullable=False),
        sa.Column("original_name", sa.String(length=500), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("document_date", sa.Date(), nullable=True),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("replaced_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["evidence_id"],
            ["evidence.id"],
            name=op.f("fk_evidence_version_evidence_id_evidence"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evidence_version")),
    )
    with op.batch_alter_table("evidence_version", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_evidence_version_evidence_id"), ["evidence_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_evidence_version_sha256"), ["sha256"], unique=False)

    op.create_table(
        "exported_pack",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cycle_id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=500), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("signer_fingerprint", sa.String(length=64), nullable=False),
        sa.Column("manifest_json", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["cycle_id"],
            ["assessment_cycle.id"],
            name=op.f("fk_exported_pack_cycle_id_assessment_cycle"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exported_pack")),
    )
    with op.batch_alter_table("exported_pack", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_exported_pack_cycle_id"), ["cycle_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_exported_pack_sha256"), ["sha256"], unique=False)

    op.create_table(
        "imported_review",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cycle_id", sa.Integer(), nullable=False),
        sa.Column("pack_sha256", sa.String(length=64), nullable=False),
        sa.Column("review_sha256", sa.String(length=64), nullable=False),
        sa.Column("outcome", sa.String(length=30), nullable=False),
        sa.Column("awarded_level", sa.String(length=100), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("resubmit_by", sa.Date(), nullable=True),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("assessor_name", sa.String(length=200), nullable=False),
        sa.Column("signer_fingerprint", sa.String(length=64), nullable=False),
        sa.Column("review_json", sa.Text(), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["cycle_id"],
            ["assessment_cycle.id"],
            name=op.f("fk_imported_review_cycle_id_assessment_cycle"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_imported_review")),
        sa.UniqueConstraint("review_sha256", name=op.f("uq_imported_review_review_sha256")),
    )
    with op.batch_alter_table("imported_review", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_imported_review_cycle_id"), ["cycle_id"], unique=False)

    op.create_table(
        "response",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cycle_id", sa.Integer(), nullable=False),
        sa.Column("criterion_id", sa.String(length=40), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("na_reason", sa.Text(), nullable=False),
        sa.Column("narrative", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["cycle_id"],
            ["assessment_cycle.id"],
            name=op.f("fk_response_cycle_id_assessment_cycle"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_response")),
        sa.UniqueConstraint("cycle_id", "criterion_id", name=op.f("uq_response_cycle_id")),
    )
    with op.batch_alter_table("response", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_response_cycle_id"), ["cycle_id"], unique=False)

    op.create_table(
        "signatory",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cycle_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=200), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["cycle_id"],
            ["assessment_cycle.id"],
            name=op.f("fk_signatory_cycle_id_assessment_cycle"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signatory")),
    )
    with op.batch_alter_table("signatory", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_signatory_cycle_id"), ["cycle_id"], unique=False)

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

    op.create_table(
        "response_evidence",
        sa.Column("response_id", sa.Integer(), nullable=False),
        sa.Column("evidence_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["evidence_id"],
            ["evidence.id"],
            name=op.f("fk_response_evidence_evidence_id_evidence"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["response_id"],
            ["response.id"],
            name=op.f("fk_response_evidence_response_id_response"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("response_id", "evidence_id", name=op.f("pk_response_evidence")),
    )


def downgrade() -> None:
    op.drop_table("response_evidence")
    with op.batch_alter_table("criterion_verdict", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_criterion_verdict_review_id"))

    op.drop_table("criterion_verdict")
    with op.batch_alter_table("signatory", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_signatory_cycle_id"))

    op.drop_table("signatory")
    with op.batch_alter_table("response", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_response_cycle_id"))

    op.drop_table("response")
    with op.batch_alter_table("imported_review", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_imported_review_cycle_id"))

    op.drop_table("imported_review")
    with op.batch_alter_table("exported_pack", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exported_pack_sha256"))
        batch_op.drop_index(batch_op.f("ix_exported_pack_cycle_id"))

    op.drop_table("exported_pack")
    with op.batch_alter_table("evidence_version", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_evidence_version_sha256"))
        batch_op.drop_index(batch_op.f("ix_evidence_version_evidence_id"))

    op.drop_table("evidence_version")
    op.drop_table("assessor_review")
    with op.batch_alter_table("action_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_item_cycle_id"))

    op.drop_table("action_item")
    with op.batch_alter_table("received_pack", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_received_pack_sha256"))
        batch_op.drop_index(batch_op.f("ix_received_pack_registered_organisation_id"))

    op.drop_table("received_pack")
    with op.batch_alter_table("evidence", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_evidence_sha256"))
        batch_op.drop_index(batch_op.f("ix_evidence_organisation_id"))

    op.drop_table("evidence")
    with op.batch_alter_table("assessment_cycle", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assessment_cycle_organisation_id"))

    op.drop_table("assessment_cycle")
    op.drop_table("setting")
    with op.batch_alter_table("registered_organisation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_registered_organisation_name"))

    op.drop_table("registered_organisation")
    op.drop_table("organisation")
