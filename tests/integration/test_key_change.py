"""A key change the old key vouches for (pack/key_change.py, ``kitemark key renew``): the council's register sees
a key change, not an impersonation; a forged or broken statement never passes, and a forgotten passphrase (no
statement) stays an impersonation warning until the council confirms the new key by phone or letter."""

from __future__ import annotations

from pathlib import Path

import pytest

from kitemark_app.pack.key_change import KeyChangeProblem, check_key_change, make_key_change
from kitemark_app.services import assessor, signing_key
from kitemark_app.services.demo import create_demo
from kitemark_app.services.export import ensure_signing_key, export_pack
from kitemark_app.verify import verify_pack
from kitemark_app.verify.register import register_for_reading
from tests import packs

OLD = "old passphrase for tests only"
NEW = "new passphrase for tests only"
HUB = "Riverside Community Hub"  # the test packs' organisation


def _verify(desk: Path, pack: Path):  # type: ignore[no-untyped-def]
    with register_for_reading(desk) as register:
        return verify_pack(pack, register=register)


def test_a_renewed_key_is_recognised_as_a_key_change_of_the_registered_organisation(tmp_path: Path) -> None:
    root = tmp_path / "vco"
    create_demo(root)
    old_fingerprint, _ = ensure_signing_key(root, OLD)
    first = export_pack(root, tmp_path / "first.pdf", OLD)
    desk = tmp_path / "council"
    name = _verify(desk, first.pack).organisation or ""  # unregistered yet: the manifest's name
    assessor.register_organisation(desk, name, old_fingerprint)
    assert _verify(desk, first.pack).verdict == "valid"

    new_fingerprint, retired = signing_key.renew_key(root, OLD, NEW)
    assert new_fingerprint != old_fingerprint and (retired.folder / "signing.p12").is_file()
    second = export_pack(root, tmp_path / "second.pdf", NEW)
    assert second.signer_root_fingerprint == new_fingerprint
    verdict = _verify(desk, second.pack)
    assert verdict.verdict == "unregistered" and verdict.warning is None  # not the impersonation warning
    assert verdict.handed_over_by is not None and verdict.handed_over_by.root_fingerprint == old_fingerprint
    assert "a key change, not an impersonation" in verdict.reasons[0]
    assessor.register_organisation(desk, verdict.handed_over_by.name, new_fingerprint, replace=True)
    assert _verify(desk, second.pack).verdict == "valid"


def test_a_wrong_passphrase_renews_nothing(tmp_path: Path) -> None:
    root = tmp_path / "vco"
    create_demo(root)
    fingerprint, _ = ensure_signing_key(root, OLD)
    from kitemark_app.pack.keys import WrongPassphraseError
    from kitemark_app.services.export import key_status

    with pytest.raises(WrongPassphraseError):
        signing_key.renew_key(root, "not the passphrase", NEW)
    assert key_status(root).root_fingerprint == fingerprint and not (root / "keys" / "retired").exists()


def test_without_a_statement_a_new_key_stays_an_impersonation_warning(tmp_path: Path) -> None:
    root = tmp_path / "vco"
    create_demo(root)
    old_fingerprint, _ = ensure_signing_key(root, OLD)
    name = _verify(tmp_path / "empty", export_pack(root, tmp_path / "a.pdf", OLD).pack).organisation or ""
    desk = tmp_path / "council"
    assessor.register_organisation(desk, name, old_fingerprint)
    signing_key.start_new_key(root)  # the forgotten passphrase: nothing can vouch for the new key
    verdict = _verify(desk, export_pack(root, tmp_path / "b.pdf", NEW).pack)
    assert verdict.verdict == "unregistered" and verdict.warning and "impersonating" in verdict.warning
    assert verdict.handed_over_by is None


def _pack_with_statement(tmp_path: Path, statement: dict, signer: packs.OrgKeys) -> Path:  # type: ignore[type-arg]
    def edit(manifest: dict) -> None:  # type: ignore[type-arg]
        manifest["signer"]["key_change"] = statement

    return packs.build_pack(tmp_path / "changed.pdf", packs.PackOptions(keys=signer, edit_manifest=edit))


def test_a_statement_signed_by_an_unregistered_key_vouches_for_nothing(tmp_path: Path) -> None:
    registered, forger, new = packs.default_keys(), packs.make_org_keys("Forger"), packs.other_keys()
    desk = tmp_path / "council"
    assessor.register_organisation(desk, HUB, registered.fingerprint)
    statement = make_key_change(forger.signing_key, forger.signing_cert, forger.root_cert, HUB, new.fingerprint)
    verdict = _verify(desk, _pack_with_statement(tmp_path, statement, new))
    assert verdict.verdict == "unregistered" and verdict.handed_over_by is None
    assert verdict.warning and "impersonating" in verdict.warning


def test_a_statement_for_the_registered_key_made_by_another_is_rejected(tmp_path: Path) -> None:
    registered, forger, new = packs.default_keys(), packs.make_org_keys("Forger"), packs.other_keys()
    desk = tmp_path / "council"
    assessor.register_organisation(desk, HUB, registered.fingerprint)
    genuine = make_key_change(registered.signing_key, registered.signing_cert, registered.root_cert, HUB,
                              new.fingerprint)  # fmt: skip
    forged = make_key_change(forger.signing_key, forger.signing_cert, forger.root_cert, HUB, new.fingerprint)
    mixed = {**genuine, "signature": forged["signature"]}  # the registered root's certificates, another's signature
    verdict = _verify(desk, _pack_with_statement(tmp_path, mixed, new))
    assert verdict.verdict == "rejected"
    assert "the key change in the manifest does not check out: the old key's signature on it is not valid" in (
        verdict.reasons
    )


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda s, k: {**s, "certificates": s["certificates"][:1]}, "exactly the old signing certificate and"),
        (lambda s, k: {**s, "statement": "not base64!"}, "its statement is not valid base64"),
        (lambda s, k: {**s, "certificates": s["certificates"][::-1]}, "not issued by its root"),
        (lambda s, k: make_key_change(k.signing_key, k.signing_cert, k.root_cert, HUB, "ab" * 32), "a root other than the one"),
    ],
)
def test_each_check_of_the_statement(change, reason: str) -> None:  # type: ignore[no-untyped-def]
    old, new = packs.default_keys(), packs.other_keys()
    statement = make_key_change(old.signing_key, old.signing_cert, old.root_cert, HUB, new.fingerprint)
    assert check_key_change(statement, new.fingerprint).old_root == old.fingerprint  # the control
    with pytest.raises(KeyChangeProblem, match=reason.replace("(", r"\(")):
        check_key_change(change(statement, old), new.fingerprint)


def test_a_statement_for_another_organisation_is_rejected(tmp_path: Path) -> None:
    old, new = packs.default_keys(), packs.other_keys()
    statement = make_key_change(old.signing_key, old.signing_cert, old.root_cert, "Another Group", new.fingerprint)
    verdict = verify_pack(_pack_with_statement(tmp_path, statement, new))
    assert verdict.verdict == "rejected" and "the key change in the manifest is for another organisation" in (
        verdict.reasons
    )
