"""The Kitemark data model (SQLAlchemy 2 typed mappings).

The VCO side: organisation -> assessment cycles -> responses, evidence (shared by the organisation, linked to
responses), action items, declaration signatories, exported packs, imported reviews.
The assessor side: registered organisations (their root fingerprints), received packs and the reviews written.
Any change here needs an Alembic revision in ``db/migrations/versions``.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Organisation(Base):
    __tablename__ = "organisation"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    legal_form: Mapped[str] = mapped_column(String(40))
    charity_number: Mapped[str] = mapped_column(String(20), default="")
    company_number: Mapped[str] = mapped_column(String(20), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    contact_name: Mapped[str] = mapped_column(String(200), default="")
    contact_email: Mapped[str] = mapped_column(String(200), default="")
    contact_phone: Mapped[str] = mapped_column(String(40), default="")
    income_band: Mapped[str] = mapped_column(String(20))
    staff_count: Mapped[int] = mapped_column(Integer, default=0)
    volunteer_count: Mapped[int] = mapped_column(Integer, default=0)
    works_with_children: Mapped[bool] = mapped_column(Boolean, default=False)
    works_with_adults_at_risk: Mapped[bool] = mapped_column(Boolean, default=False)
    employs_staff: Mapped[bool] = mapped_column(Boolean, default=False)
    uses_volunteers: Mapped[bool] = mapped_column(Boolean, default=False)
    holds_personal_data: Mapped[bool] = mapped_column(Boolean, default=False)
    runs_premises: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)

    cycles: Mapped[list[AssessmentCycle]] = relationship(
        back_populates="organisation", order_by="AssessmentCycle.id", cascade="all, delete-orphan"
    )
    evidence: Mapped[list[Evidence]] = relationship(
        back_populates="organisation", order_by="Evidence.id", cascade="all, delete-orphan"
    )


class AssessmentCycle(Base):
    """One self-assessment against one framework version; a VCO keeps a history of them."""

    __tablename__ = "assessment_cycle"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id", ondelete="CASCADE"), index=True)
    framework_id: Mapped[str] = mapped_column(String(100))
    framework_version: Mapped[str] = mapped_column(String(50))
    # The framework file as it was when the cycle started, so the cycle still opens if the council replaces it.
    framework_source: Mapped[str] = mapped_column(Text)
    target_level: Mapped[str] = mapped_column(String(100))
    status: Mapped[str] = mapped_column(String(20), default="in-progress")  # a CycleStatus
    started_on: Mapped[date] = mapped_column(Date, default=date.today)
    submitted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    follows_cycle_id: Mapped[int | None] = mapped_column(ForeignKey("assessment_cycle.id", ondelete="SET NULL"))
    resolution_date: Mapped[date | None] = mapped_column(Date)
    resolution_minute_ref: Mapped[str] = mapped_column(String(100), default="")

    organisation: Mapped[Organisation] = relationship(back_populates="cycles")
    responses: Mapped[list[Response]] = relationship(
        back_populates="cycle", order_by="Response.id", cascade="all, delete-orphan"
    )
    actions: Mapped[list[ActionItem]] = relationship(
        back_populates="cycle", order_by="ActionItem.id", cascade="all, delete-orphan"
    )
    signatories: Mapped[list[Signatory]] = relationship(
        back_populates="cycle", order_by="Signatory.id", cascade="all, delete-orphan"
    )
    exported_packs: Mapped[list[ExportedPack]] = relationship(
        back_populates="cycle", order_by="ExportedPack.id", cascade="all, delete-orphan"
    )


response_evidence = Table(
    "response_evidence",
    Base.metadata,
    Column("response_id", ForeignKey("response.id", ondelete="CASCADE"), primary_key=True),
    Column("evidence_id", ForeignKey("evidence.id", ondelete="CASCADE"), primary_key=True),
)


class Response(Base):
    __tablename__ = "response"
    __table_args__ = (UniqueConstraint("cycle_id", "criterion_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int] = mapped_column(ForeignKey("assessment_cycle.id", ondelete="CASCADE"), index=True)
    criterion_id: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(20), default="not-started")
    na_reason: Mapped[str] = mapped_column(Text, default="")
    narrative: Mapped[str] = mapped_column(Text, default="")
    # Why an answer carried to a new framework version should be checked again ("" when it needs no check, or
    # once the organisation confirmed it still answers the criterion).
    needs_recheck: Mapped[str] = mapped_column(Text, default="", server_default="")
    #: The answer of another framework this one was taken from through a crosswalk, as "framework-id:CRITERION-ID"
    #: ("" when written here).
    reused_from: Mapped[str] = mapped_column(Text, default="", server_default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)

    cycle: Mapped[AssessmentCycle] = relationship(back_populates="responses")
    evidence: Mapped[list[Evidence]] = relationship(
        secondary=response_evidence, back_populates="responses", order_by="Evidence.id"
    )


class Evidence(Base):
    """A document the organisation keeps as evidence; the file itself lives in the content-addressed store."""

    __tablename__ = "evidence"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    original_name: Mapped[str] = mapped_column(String(500))
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    document_date: Mapped[date | None] = mapped_column(Date)
    review_by: Mapped[date | None] = mapped_column(Date)
    added_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    #: Why the parts hidden before sending should be checked again (the file was replaced); "" when they need no check.
    redactions_to_check: Mapped[str] = mapped_column(Text, default="", server_default="")
    #: Whether the organisation said it names people (volunteers, service users): True is flagged before a pack
    #: is sent unless parts are hidden; None (not said) is flagged when its criterion's evidence usually does.
    personal_data: Mapped[bool | None] = mapped_column(Boolean, default=None)

    organisation: Mapped[Organisation] = relationship(back_populates="evidence")
    responses: Mapped[list[Response]] = relationship(secondary=response_evidence, back_populates="evidence")
    history: Mapped[list[EvidenceVersion]] = relationship(
        back_populates="evidence", order_by="EvidenceVersion.id", cascade="all, delete-orphan"
    )
    redactions: Mapped[list[EvidenceRedaction]] = relationship(
        back_populates="evidence", order_by="EvidenceRedaction.id", cascade="all, delete-orphan"
    )


class EvidenceRedaction(Base):
    """A part of an evidence file the pack's copy hides (evidence/redaction.py): an area painted black, or a page
    left out. Areas are fractions of the page as shown, from the top left, so they fit any resolution."""

    __tablename__ = "evidence_redaction"

    id: Mapped[int] = mapped_column(primary_key=True)
    evidence_id: Mapped[int] = mapped_column(ForeignKey("evidence.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # "area" or "omit-page"
    page: Mapped[int] = mapped_column(Integer)  # from 1
    x0: Mapped[float] = mapped_column(Float, default=0.0)
    y0: Mapped[float] = mapped_column(Float, default=0.0)
    x1: Mapped[float] = mapped_column(Float, default=0.0)
    y1: Mapped[float] = mapped_column(Float, default=0.0)

    evidence: Mapped[Evidence] = relationship(back_populates="redactions")


class EvidenceVersion(Base):
    """A file that an evidence item used to point at before it was replaced with a newer version."""

    __tablename__ = "evidence_version"

    id: Mapped[int] = mapped_column(primary_key=True)
    evidence_id: Mapped[int] = mapped_column(ForeignKey("evidence.id", ondelete="CASCADE"), index=True)
    original_name: Mapped[str] = mapped_column(String(500))
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    document_date: Mapped[date | None] = mapped_column(Date)
    added_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    replaced_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    evidence: Mapped[Evidence] = relationship(back_populates="history")


class ActionItem(Base):
    __tablename__ = "action_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int] = mapped_column(ForeignKey("assessment_cycle.id", ondelete="CASCADE"), index=True)
    criterion_id: Mapped[str] = mapped_column(String(40), default="")
    description: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(200), default="")
    due_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="open")
    source: Mapped[str] = mapped_column(String(20), default="self")  # "self" or "assessor"
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    cycle: Mapped[AssessmentCycle] = relationship(back_populates="actions")


class Signatory(Base):
    """A person signing the declaration that goes into the pack."""

    __tablename__ = "signatory"

    id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int] = mapped_column(ForeignKey("assessment_cycle.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(200))
    signed_on: Mapped[date] = mapped_column(Date)

    cycle: Mapped[AssessmentCycle] = relationship(back_populates="signatories")


class ExportedPack(Base):
    """What the VCO sent: recorded at export so it can see exactly what left the building."""

    __tablename__ = "exported_pack"

    id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int] = mapped_column(ForeignKey("assessment_cycle.id", ondelete="CASCADE"), index=True)
    file_name: Mapped[str] = mapped_column(String(500))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    signer_fingerprint: Mapped[str] = mapped_column(String(64))
    manifest_json: Mapped[str] = mapped_column(Text)

    cycle: Mapped[AssessmentCycle] = relationship(back_populates="exported_packs")


class ImportedReview(Base):
    """A signed review the VCO imported from the council, answering one of its exported packs."""

    __tablename__ = "imported_review"

    id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int] = mapped_column(ForeignKey("assessment_cycle.id", ondelete="CASCADE"), index=True)
    pack_sha256: Mapped[str] = mapped_column(String(64))
    review_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    outcome: Mapped[str] = mapped_column(String(30))
    awarded_level: Mapped[str] = mapped_column(String(100), default="")
    valid_until: Mapped[date | None] = mapped_column(Date)
    resubmit_by: Mapped[date | None] = mapped_column(Date)
    summary: Mapped[str] = mapped_column(Text, default="")
    assessor_name: Mapped[str] = mapped_column(String(200), default="")
    signer_fingerprint: Mapped[str] = mapped_column(String(64), default="")
    review_json: Mapped[str] = mapped_column(Text)
    imported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Setting(Base):
    """Small app-wide values (e.g. the signing root's fingerprint); never secrets."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


# --- Assessor side -------------------------------------------------------------------------------------------


class RegisteredOrganisation(Base):
    """An organisation whose root fingerprint the assessor has checked and registered."""

    __tablename__ = "registered_organisation"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    root_fingerprint: Mapped[str] = mapped_column(String(64), unique=True)
    registered_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    notes: Mapped[str] = mapped_column(Text, default="")


class ReceivedPack(Base):
    __tablename__ = "received_pack"

    id: Mapped[int] = mapped_column(primary_key=True)
    registered_organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("registered_organisation.id", ondelete="SET NULL"), index=True
    )
    organisation_name: Mapped[str] = mapped_column(String(200))
    file_name: Mapped[str] = mapped_column(String(500))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    signer_fingerprint: Mapped[str] = mapped_column(String(64), default="")
    verdict: Mapped[str] = mapped_column(String(20))
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    manifest_json: Mapped[str] = mapped_column(Text, default="")

    review: Mapped[AssessorReview | None] = relationship(back_populates="pack", cascade="all, delete-orphan")


class AssessorReview(Base):
    __tablename__ = "assessor_review"

    id: Mapped[int] = mapped_column(primary_key=True)
    received_pack_id: Mapped[int] = mapped_column(ForeignKey("received_pack.id", ondelete="CASCADE"), unique=True)
    outcome: Mapped[str] = mapped_column(String(30), default="")  # awarded / resubmit / not-awarded
    awarded_level: Mapped[str] = mapped_column(String(100), default="")
    valid_until: Mapped[date | None] = mapped_column(Date)
    resubmit_by: Mapped[date | None] = mapped_column(Date)
    summary: Mapped[str] = mapped_column(Text, default="")
    exported_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    pack: Mapped[ReceivedPack] = relationship(back_populates="review")
    verdicts: Mapped[list[CriterionVerdict]] = relationship(
        back_populates="review", order_by="CriterionVerdict.id", cascade="all, delete-orphan"
    )


class CriterionVerdict(Base):
    __tablename__ = "criterion_verdict"
    __table_args__ = (UniqueConstraint("review_id", "criterion_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("assessor_review.id", ondelete="CASCADE"), index=True)
    criterion_id: Mapped[str] = mapped_column(String(40))
    verdict: Mapped[str] = mapped_column(String(30))  # met / met-with-conditions / not-met / more-information
    condition: Mapped[str] = mapped_column(Text, default="")
    deadline: Mapped[date | None] = mapped_column(Date)
    comment: Mapped[str] = mapped_column(Text, default="")

    review: Mapped[AssessorReview] = relationship(back_populates="verdicts")
