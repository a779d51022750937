"""The signing key's life for volunteers (services/signing_key.py, ``kitemark key``): a new passphrase keeps the
key, a copy for a new treasurer opens only with theirs, starting again keeps the old files and makes a new key,
and every wrong passphrase is one sentence that changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from kitemark_app.cli import main
from kitemark_app.pack import keys
from kitemark_app.services import signing_key
from kitemark_app.services.demo import create_demo
from kitemark_app.services.export import ensure_signing_key, export_pack, key_status
from kitemark_app.verify import verify_pack

OLD = "old passphrase for tests only"
NEW = "new passphrase for tests only"


@pytest.fixture
def demo(tmp_path: Path) -> tuple[Path, str]:
    root = tmp_path / "data"
    create_demo(root)
    fingerprint, created = ensure_signing_key(root, OLD)
    assert created
    return root, fingerprint


def _key_files(root: Path) -> dict[str, bytes]:
    folder = root / "keys"
    return {name: (folder / name).read_bytes() for name in (keys.SIGNING_FILE, keys.ROOT_FILE)}


def test_a_new_passphrase_keeps_the_key_and_the_old_one_stops_working(demo: tuple[Path, str], tmp_path: Path) -> None:
    root, fingerprint = demo
    assert signing_key.change_passphrase(root, OLD, NEW) == fingerprint
    with pytest.raises(keys.WrongPassphraseError):
        keys.load_signing_key(root / "keys", OLD)
    assert keys.load_signing_key(root / "keys", NEW).root_fingerprint == fingerprint
    with pytest.raises(keys.WrongPassphraseError):  # the root key was re-locked too
        keys.change_passphrase(root / "keys", OLD, NEW)
    keys.change_passphrase(root / "keys", NEW, OLD)  # and opens with the new one: both files changed
    keys.change_passphrase(root / "keys", OLD, NEW)
    pack = export_pack(root, tmp_path / "pack.pdf", NEW).pack
    assert verify_pack(pack, {fingerprint}).verdict == "valid"  # same root: the council's register still holds


def test_a_wrong_passphrase_or_a_short_new_one_changes_nothing(demo: tuple[Path, str]) -> None:
    root, _fingerprint = demo
    before = _key_files(root)
    with pytest.raises(keys.WrongPassphraseError):
        signing_key.change_passphrase(root, "not the passphrase", NEW)
    too_short = "x" * (keys.MIN_PASSPHRASE_CHARS - 1)
    with pytest.raises(keys.SigningKeyError, match=f"at least {keys.MIN_PASSPHRASE_CHARS} characters"):
        signing_key.change_passphrase(root, OLD, too_short)
    assert _key_files(root) == before
    signing_key.change_passphrase(root, OLD, "y" * keys.MIN_PASSPHRASE_CHARS)  # exactly the minimum: allowed


def test_a_copy_for_a_new_treasurer_opens_with_their_passphrase_on_another_computer(
    demo: tuple[Path, str], tmp_path: Path
) -> None:
    root, fingerprint = demo
    copy = tmp_path / "key for Amina.p12"
    signing_key.save_key_copy(root, OLD, copy, NEW)
    assert keys.load_signing_key(root / "keys", OLD).root_fingerprint == fingerprint  # the original is unchanged
    elsewhere = tmp_path / "amina"
    create_demo(elsewhere)
    with pytest.raises(keys.SigningKeyError, match="use the one it was locked with"):
        signing_key.import_key_copy(elsewhere, copy, OLD)
    assert not key_status(elsewhere).exists  # nothing half-imported
    imported, retired = signing_key.import_key_copy(elsewhere, copy, NEW)
    assert imported == fingerprint and retired is None
    pack = export_pack(elsewhere, tmp_path / "pack.pdf", NEW).pack
    assert verify_pack(pack, {fingerprint}).verdict == "valid"


def test_importing_over_a_key_puts_it_aside_and_a_failed_import_puts_it_back(
    demo: tuple[Path, str], tmp_path: Path
) -> None:
    root, fingerprint = demo
    before = _key_files(root)
    other = tmp_path / "other"
    create_demo(other)
    other_fingerprint, _ = ensure_signing_key(other, NEW)
    copy = tmp_path / "other.p12"
    signing_key.save_key_copy(other, NEW, copy, NEW)
    with pytest.raises(keys.SigningKeyError):
        signing_key.import_key_copy(root, copy, "wrong passphrase here")
    assert _key_files(root) == before and key_status(root).root_fingerprint == fingerprint
    assert not list((root / "keys" / keys.RETIRED_DIR).iterdir())
    imported, retired = signing_key.import_key_copy(root, copy, NEW)
    assert imported == other_fingerprint and retired is not None and retired.old_fingerprint == fingerprint
    assert (retired.folder / keys.SIGNING_FILE).read_bytes() == before[keys.SIGNING_FILE]


def test_starting_again_keeps_the_old_key_and_the_next_export_makes_a_new_one(
    demo: tuple[Path, str], tmp_path: Path
) -> None:
    root, fingerprint = demo
    before = _key_files(root)
    retired = signing_key.start_new_key(root)
    assert retired.old_fingerprint == fingerprint
    assert {name: (retired.folder / name).read_bytes() for name in before} == before  # kept, byte for byte
    assert not key_status(root).exists and key_status(root).root_fingerprint == ""
    result = export_pack(root, tmp_path / "pack.pdf", NEW)
    assert result.signer_root_fingerprint != fingerprint
    assert key_status(root).root_fingerprint == result.signer_root_fingerprint
    without = tmp_path / "no-key"
    create_demo(without)
    with pytest.raises(keys.NoSigningKeyError):
        signing_key.start_new_key(without)


def test_the_cli_changes_the_passphrase_and_refuses_to_start_again_without_yes(
    demo: tuple[Path, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root, fingerprint = demo
    grouped = keys.grouped_fingerprint(fingerprint)
    assert main(["--data-dir", str(root), "key", "show"]) == 0
    assert capsys.readouterr().out.strip() == f"Root fingerprint: {grouped}"
    new_file = tmp_path / "new.txt"
    new_file.write_text(NEW + "\n", encoding="utf-8")
    monkeypatch.setenv("KITEMARK_PASSPHRASE", OLD)
    code = main(["--data-dir", str(root), "key", "change-passphrase", "--new-passphrase-file", str(new_file)])
    assert code == 0 and grouped in capsys.readouterr().out
    assert keys.load_signing_key(root / "keys", NEW).root_fingerprint == fingerprint
    again = ["--data-dir", str(root), "key", "change-passphrase", "--new-passphrase-file", str(new_file)]
    assert main(again) == 1  # the old passphrase no longer opens it
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "does not open the signing key" in err
    assert main(["--data-dir", str(root), "key", "new"]) == 2
    assert "add --yes" in capsys.readouterr().err
    assert key_status(root).exists
    assert main(["--data-dir", str(root), "key", "new", "--yes"]) == 0
    assert grouped in capsys.readouterr().out and not key_status(root).exists
