"""What goes into a pack, as plain data, and its ``manifest.json`` (see docs/pack-format.md)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

SCHEMA = "kitemark-pack/1"


@dataclass(frozen=True)
class OrganisationInfo:
    name: str
    legal_form: str
    legal_form_label: str
    charity_number: str
    company_number: str
    address: str
    contact_name: str
    contact_email: str
    income_band: str
    income_band_label: str
    staff_count: int
    volunteer_count: int
    activities: tuple[str, ...]
    activity_labels: tuple[str, ...]


@dataclass(frozen=True)
class ResponseInfo:
    criterion: str
    area: str
    title: str
    mandatory: bool
    status: str
    status_label: str
    na_reason: str
    narrative: str
    evidence: tuple[str, ...]  # attachment names
    #: In a bilingual pack (``PackContent.second_language``): the criterion's guidance, and its title and guidance
    #: in the second language ("" where the framework has none). Shown in the document only, not in the manifest.
    guidance: str = ""
    title_translated: str = ""
    guidance_translated: str = ""


@dataclass(frozen=True)
class RedactionInfo:
    """A copy made anew from the pages' pixels with parts hidden by the organisation (evidence/redaction.py)."""

    areas: int  # areas painted black
    pages_left_out: tuple[int, ...]  # page numbers of the original, from 1
    pages: int  # pages of the copy


@dataclass(frozen=True)
class EvidenceInfo:
    attachment: str
    title: str
    original_name: str
    media_type: str
    size: int
    sha256: str
    document_date: date | None
    review_by: date | None
    criteria: tuple[str, ...]
    #: For a copy without personal details (services/export_copies.py): ``size`` and ``sha256`` are the copy's, this
    #: is the original's in the library, and ``metadata_removed`` names what was left out. "" and () otherwise.
    original_sha256: str = ""
    metadata_removed: tuple[str, ...] = ()
    #: For a redacted copy (which is also a copy without personal details: ``original_sha256`` is set).
    redaction: RedactionInfo | None = None


@dataclass(frozen=True)
class ActionInfo:
    criterion: str
    description: str
    owner: str
    due_date: date | None
    status: str


@dataclass(frozen=True)
class SignatoryInfo:
    name: str
    role: str
    date: date


@dataclass(frozen=True)
class DeclarationInfo:
    signatories: tuple[SignatoryInfo, ...]
    resolution_date: date
    minute_ref: str


@dataclass(frozen=True)
class AreaInfo:
    id: str
    title: str
    title_translated: str = ""  # in a bilingual pack, in the second language ("" where there is none)


@dataclass(frozen=True)
class PackContent:
    """Everything the readable document and the manifest show; built by the export service."""

    app_version: str
    created_at: datetime
    framework_id: str
    framework_version: str
    framework_title: str
    organisation: OrganisationInfo
    cycle_id: int
    target_level: str
    started_on: date
    follows_cycle: int | None
    areas: tuple[AreaInfo, ...]
    responses: tuple[ResponseInfo, ...]
    evidence: tuple[EvidenceInfo, ...]
    actions: tuple[ActionInfo, ...]
    declaration: DeclarationInfo
    root_fingerprint: str
    notes: tuple[str, ...] = field(default_factory=tuple)  # acknowledged problems, shown in the document
    key_change: dict[str, Any] | None = None  # the old key's statement handing over to this one (pack/key_change.py)
    #: The council root that signed the framework when the charity installed it; "" for an unsigned draft.
    framework_council: str = ""
    #: The SHA-256 of the last pack this organisation exported before this one ("" for its first): the signed link
    #: an assessor follows to show what changed since then.
    follows_pack: str = ""
    #: A bilingual pack: each criterion in English, then in this language (e.g. "bn"); "" for the council's
    #: usual English pack. The manifest is the same either way.
    second_language: str = ""


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def manifest_dict(content: PackContent) -> dict[str, Any]:
    org = content.organisation
    return {
        "schema": SCHEMA,
        "app_version": content.app_version,
        "created_at": content.created_at.isoformat(timespec="seconds"),
        "framework": {
            "id": content.framework_id,
            "version": content.framework_version,
            "title": content.framework_title,
            "council_fingerprint": content.framework_council,
        },
        "organisation": {
            "name": org.name,
            "legal_form": org.legal_form,
            "charity_number": org.charity_number,
            "company_number": org.company_number,
            "address": org.address,
            "contact_name": org.contact_name,
            "contact_email": org.contact_email,
            "income_band": org.income_band,
            "staff_count": org.staff_count,
            "volunteer_count": org.volunteer_count,
            "activities": list(org.activities),
        },
        "cycle": {
            "id": content.cycle_id,
            "target_level": content.target_level,
            "started_on": _day(content.started_on),
            "follows": content.follows_cycle,
            "follows_pack": content.follows_pack,
        },
        "responses": [
            {
                "criterion": r.criterion,
                "area": r.area,
                "mandatory": r.mandatory,
                "status": r.status,
                "na_reason": r.na_reason,
                "narrative": r.narrative,
                "evidence": list(r.evidence),
            }
            for r in content.responses
        ],
        "evidence": [
            {
                "attachment": e.attachment,
                "title": e.title,
                "original_name": e.original_name,
                "media_type": e.media_type,
                "size": e.size,
                "sha256": e.sha256,
                "document_date": _day(e.document_date),
                "review_by": _day(e.review_by),
                "criteria": list(e.criteria),
            }
            | (
                {"original_sha256": e.original_sha256, "metadata_removed": list(e.metadata_removed)}
                if e.original_sha256
                else {}
            )
            | (
                {
                    "redaction": {
                        "areas": e.redaction.areas,
                        "pages_left_out": list(e.redaction.pages_left_out),
                        "pages": e.redaction.pages,
                    }
                }
                if e.redaction
                else {}
            )
            for e in content.evidence
        ],
        "actions": [
            {
                "criterion": a.criterion,
                "description": a.description,
                "owner": a.owner,
                "due_date": _day(a.due_date),
                "status": a.status,
            }
            for a in content.actions
        ],
        "declaration": {
            "signatories": [
                {"name": s.name, "role": s.role, "date": s.date.isoformat()} for s in content.declaration.signatories
            ],
            "resolution_date": content.declaration.resolution_date.isoformat(),
            "minute_ref": content.declaration.minute_ref,
        },
        "signer": {"root_fingerprint": content.root_fingerprint}
        | ({"key_change": content.key_change} if content.key_change else {}),
    }


def manifest_bytes(content: PackContent) -> bytes:
    return json.dumps(manifest_dict(content), ensure_ascii=False, indent=2).encode("utf-8")
