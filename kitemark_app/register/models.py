"""The council register's tables (SQLAlchemy 2 typed mappings). Any change needs a revision in ``migrations/``.

Records that several officers edit carry a ``version`` column (SQLAlchemy's ``version_id_col``): an UPDATE names
the version it read, so a save based on an older read changes no row and is refused (``store.ConcurrentEdit``).
Portable types only: the same revisions run on SQLite and PostgreSQL.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    Date,
    DateTime,
    Dialect,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
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


class UTCDateTime(TypeDecorator[datetime]):
    """A moment stored with its zone, and always read back in UTC: SQLite keeps no zone, PostgreSQL does."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        moment: datetime | None = value
        return moment.replace(tzinfo=UTC) if moment is not None and moment.tzinfo is None else moment


class RegisterBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class RegisteredOrganisation(RegisterBase):
    """An organisation whose root fingerprint an officer compared out of band and registered."""

    __tablename__ = "registered_organisation"
    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - read by SQLAlchemy from the class
    name: Mapped[str] = mapped_column(String(200))
    #: The name folded for search (accents, case and spacing removed: ``search.fold``), indexed.
    name_key: Mapped[str] = mapped_column(String(200), index=True, default="")
    charity_number: Mapped[str] = mapped_column(String(20), index=True, default="")
    company_number: Mapped[str] = mapped_column(String(20), index=True, default="")
    root_fingerprint: Mapped[str] = mapped_column(String(64), unique=True)
    registered_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    registered_by: Mapped[str] = mapped_column(String(100), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class ReceivedPack(RegisterBase):
    """One pack received, stored once in the archive (by SHA-256), and where it is in the team's workflow."""

    __tablename__ = "received_pack"
    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - read by SQLAlchemy from the class
    registered_organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("registered_organisation.id", ondelete="SET NULL"), index=True
    )
    organisation_name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200), index=True, default="")
    file_name: Mapped[str] = mapped_column(String(500))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(Integer, default=0)
    #: The file in the pack archive, relative to the archive folder ("" when it was not archived).
    archive_name: Mapped[str] = mapped_column(String(200), default="")
    signer_fingerprint: Mapped[str] = mapped_column(String(64), index=True, default="")
    verdict: Mapped[str] = mapped_column(String(20))
    received_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)
    received_by: Mapped[str] = mapped_column(String(100), default="")
    manifest_json: Mapped[str] = mapped_column(Text, default="")
    #: workflow.State: received, assigned, in-review, ready-for-moderation, approved, review-sent.
    state: Mapped[str] = mapped_column(String(30), index=True, default="received")
    assigned_to: Mapped[str] = mapped_column(String(100), index=True, default="")
    due_by: Mapped[date | None] = mapped_column(Date, index=True)
    return_note: Mapped[str] = mapped_column(Text, default="")

    review: Mapped[AssessorReview | None] = relationship(back_populates="pack", cascade="all, delete-orphan")


class AssessorReview(RegisterBase):
    __tablename__ = "assessor_review"
    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - read by SQLAlchemy from the class
    received_pack_id: Mapped[int] = mapped_column(ForeignKey("received_pack.id", ondelete="CASCADE"), unique=True)
    outcome: Mapped[str] = mapped_column(String(30), default="")  # awarded / resubmit / not-awarded
    awarded_level: Mapped[str] = mapped_column(String(100), index=True, default="")
    valid_until: Mapped[date | None] = mapped_column(Date, index=True)
    resubmit_by: Mapped[date | None] = mapped_column(Date)
    summary: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(100), default="")
    exported_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    pack: Mapped[ReceivedPack] = relationship(back_populates="review")
    verdicts: Mapped[list[CriterionVerdict]] = relationship(
        back_populates="review", order_by="CriterionVerdict.id", cascade="all, delete-orphan"
    )


class CriterionVerdict(RegisterBase):
    """A verdict is edited only through its review, whose version covers it."""

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


class Moderation(RegisterBase):
    """A second officer's decision on a review: approved, or returned to the assessor with a note. Never edited."""

    __tablename__ = "moderation"

    id: Mapped[int] = mapped_column(primary_key=True)
    received_pack_id: Mapped[int] = mapped_column(ForeignKey("received_pack.id", ondelete="CASCADE"), index=True)
    decision: Mapped[str] = mapped_column(String(20))  # approved / returned
    note: Mapped[str] = mapped_column(Text, default="")
    decided_by: Mapped[str] = mapped_column(String(100))
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class AuditEntry(RegisterBase):
    """Append-only: who changed what, when, before and after (JSON). On PostgreSQL no role may UPDATE or DELETE."""

    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)
    officer: Mapped[str] = mapped_column(String(100))
    received_pack_id: Mapped[int | None] = mapped_column(Integer, index=True)
    record: Mapped[str] = mapped_column(String(40))  # e.g. "review", "pack", "organisation"
    record_id: Mapped[int | None] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(40))
    before_json: Mapped[str] = mapped_column(Text, default="")
    after_json: Mapped[str] = mapped_column(Text, default="")


class RegisterSetting(RegisterBase):
    """The team's settings kept with the register (e.g. the pack archive folder, the review target in days)."""

    __tablename__ = "register_setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
