"""The pack format's contract on /AFRelationship (docs/pack-format.md): manifest.json is the pack's /Data and every
evidence file a /Source. A pack signed correctly but with another relationship is rejected, each case on its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from kitemark_app.verify import verify_pack
from tests import packs


def _build_with_relationship(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, relationship: str) -> Path:
    real_embed = packs._embed

    def embed(writer, item_name, data, media_type, compress, rel, encoded=None):  # type: ignore[no-untyped-def]
        chosen = relationship if item_name == name else rel
        real_embed(writer, item_name, data, media_type, compress, chosen, encoded)

    monkeypatch.setattr(packs, "_embed", embed)
    return packs.build_pack(tmp_path / "pack.pdf")


def test_builder_pack_with_the_contract_relationships_is_valid(tmp_path: Path) -> None:
    # The control: the same builder, untouched, gives a valid pack, so a rejection below is the relationship's.
    verdict = verify_pack(packs.build_pack(tmp_path / "pack.pdf"), {packs.default_keys().fingerprint})
    assert verdict.verdict == "valid", verdict.reasons


@pytest.mark.parametrize("relationship", ["Alternative", "Source", "Supplement"])
def test_manifest_not_attached_as_data_is_rejected(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, relationship: str
) -> None:
    path = _build_with_relationship(tmp_path, monkeypatch, "manifest.json", relationship)
    verdict = verify_pack(path, {packs.default_keys().fingerprint})
    assert verdict.verdict == "rejected"
    assert any("manifest.json is not attached as the pack's data" in reason for reason in verdict.reasons), (
        verdict.reasons
    )


@pytest.mark.parametrize("relationship", ["Data", "Alternative", "Supplement"])
def test_evidence_not_attached_as_source_is_rejected(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, relationship: str
) -> None:
    path = _build_with_relationship(tmp_path, monkeypatch, "E002-accounts.bin", relationship)
    verdict = verify_pack(path, {packs.default_keys().fingerprint})
    assert verdict.verdict == "rejected"
    assert any(
        "attachment 'E002-accounts.bin' is not attached as evidence (/AFRelationship /Source)" in reason
        for reason in verdict.reasons
    ), verdict.reasons
