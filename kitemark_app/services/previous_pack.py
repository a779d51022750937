"""For the assessor: what changed since the organisation's previous pack, criterion by criterion.

The link is the one the organisation signed: the new pack's ``cycle.follows_pack`` names the SHA-256 of the pack
before it. That pack is used only if the register received it from the same organisation (the same root, or the
same registered organisation after a key change); a guess by name or date is never made. The comparison is
``core.pack_changes``; the previous review's verdict and condition come with each criterion.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select

from kitemark_app.core.pack_changes import CriterionChange, answers_from_manifest, compare
from kitemark_app.register.models import ReceivedPack
from kitemark_app.register.store import Register


@dataclass(frozen=True)
class PreviousVerdict:
    verdict: str
    condition: str
    comment: str


@dataclass(frozen=True)
class PreviousPack:
    received_pack_id: int
    file_name: str
    received_at: datetime
    outcome: str
    changes: dict[str, CriterionChange]
    verdicts: dict[str, PreviousVerdict] = field(default_factory=dict)


def previous_pack(
    register: Register, pack_id: int, manifest: dict[str, Any], signer: str, registered_id: int | None
) -> PreviousPack | None:
    """The pack ``manifest`` says it follows, as received by this register from the same organisation, compared."""
    follows = manifest.get("cycle", {}).get("follows_pack", "")
    if not follows:
        return None
    with register.session() as session:
        candidates = session.scalars(
            select(ReceivedPack)
            .where(ReceivedPack.sha256 == follows, ReceivedPack.id != pack_id, ReceivedPack.verdict != "rejected")
            .order_by(ReceivedPack.id.desc())
        ).all()
        earlier = next(
            (
                row
                for row in candidates
                if row.signer_fingerprint == signer
                or (registered_id is not None and row.registered_organisation_id == registered_id)
            ),
            None,
        )
        if earlier is None or not earlier.manifest_json:
            return None
        before = answers_from_manifest(json.loads(earlier.manifest_json))
        changes = {change.criterion: change for change in compare(before, answers_from_manifest(manifest))}
        review = earlier.review
        verdicts = (
            {v.criterion_id: PreviousVerdict(v.verdict, v.condition, v.comment) for v in review.verdicts}
            if review is not None
            else {}
        )
        return PreviousPack(
            earlier.id, earlier.file_name, earlier.received_at, review.outcome if review else "", changes, verdicts
        )
