"""Packs encrypted for the council (docs/pack-format.md, "Encrypted for the council"): the council's key opens and
verifies them, any other key or none is one sentence, the bytes hold nothing readable, and the export encrypts by
default when the framework carries the council's certificate. The tamper suite (test_tamper.py) runs every case on
encrypted packs too; the checks of the encryption dictionary, one by one, are in tests/unit/test_encryption_guards.py.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kitemark_app.errors import KitemarkError
from kitemark_app.services.export import council_encryption, export_pack
from kitemark_app.verify import verify_pack
from kitemark_app.verify.encryption import (
    NEEDS_KEY,
    WRONG_KEY,
    NeedsDecryptionKey,
    WrongDecryptionKey,
    load_decryption_key,
)
from tests import packs
from tests.council_keys import (
    PASSPHRASE,
    council_key,
    give_council_certificate,
    make_council_key,
    other_council_key,
)
from tests.packs import DemoPack


@pytest.fixture(scope="module")
def encrypted(tmp_path_factory: pytest.TempPathFactory) -> DemoPack:
    return packs.demo_pack(tmp_path_factory, encrypted=True)


@pytest.fixture(scope="module")
def plain(tmp_path_factory: pytest.TempPathFactory) -> DemoPack:
    return packs.demo_pack(tmp_path_factory)


def run_cli(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    import os

    environment = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "kitemark_app", *map(str, args)],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
        check=False,
    )


def test_an_encrypted_pack_verifies_with_the_council_key(encrypted: DemoPack) -> None:
    verdict = verify_pack(encrypted.path, {encrypted.fingerprint}, decryption=council_key().decryption_key())
    assert verdict.verdict == "valid", verdict.reasons
    assert verdict.encrypted
    assert verdict.checks[0].startswith("Encrypted for the council (AES-256")
    assert verdict.manifest is not None and verdict.attachments_checked == len(verdict.manifest.evidence) > 5
    for item in verdict.attachments:  # the viewer reads each one back, decrypted and checked again
        assert len(verdict.read_attachment(item.name)) == item.size


def test_without_a_key_it_is_one_sentence(encrypted: DemoPack) -> None:
    with pytest.raises(NeedsDecryptionKey) as caught:
        verify_pack(encrypted.path, {encrypted.fingerprint})
    assert str(caught.value) == NEEDS_KEY
    assert NEEDS_KEY.startswith("This pack is encrypted for the council; open it with the council's decryption key (")


def test_another_key_is_refused_with_one_sentence(encrypted: DemoPack) -> None:
    with pytest.raises(WrongDecryptionKey) as caught:
        verify_pack(encrypted.path, {encrypted.fingerprint}, decryption=other_council_key().decryption_key())
    assert str(caught.value) == WRONG_KEY


def test_a_plain_pack_needs_no_key_and_ignores_one(plain: DemoPack) -> None:
    verdict = verify_pack(plain.path, {plain.fingerprint}, decryption=council_key().decryption_key())
    assert verdict.verdict == "valid" and not verdict.encrypted


def test_the_cli_verifies_with_the_key_file_and_refuses_without(encrypted: DemoPack, tmp_path: Path) -> None:
    p12 = council_key().write_pkcs12(tmp_path / "council.p12")
    env = {"KITEMARK_DECRYPT_PASSPHRASE": PASSPHRASE}
    data = ["--data-dir", tmp_path / "assessor"]
    done = run_cli(*data, "verify", encrypted.path, "--trust", encrypted.fingerprint, "--decrypt-key", p12,
                   "--json", env=env)  # fmt: skip
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["verdict"] == "valid" and result["encrypted"] is True

    refused = run_cli(*data, "verify", encrypted.path, "--trust", encrypted.fingerprint)
    assert refused.returncode == 2
    assert refused.stderr.strip() == f"kitemark: {NEEDS_KEY}"
    assert refused.stdout == ""

    other = other_council_key().write_pem(tmp_path / "other.pem")
    wrong = run_cli(*data, "verify", encrypted.path, "--trust", encrypted.fingerprint, "--decrypt-key", other, env=env)
    assert wrong.returncode == 2
    assert wrong.stderr.strip() == f"kitemark: {WRONG_KEY}"

    bad = run_cli(*data, "verify", encrypted.path, "--decrypt-key", p12, env={"KITEMARK_DECRYPT_PASSPHRASE": "nope"})
    assert bad.returncode == 2
    assert bad.stderr.strip() == f"kitemark: the council decryption key {p12} could not be opened: wrong passphrase?"


def test_the_key_file_chosen_for_the_data_folder_is_used(encrypted: DemoPack, tmp_path: Path) -> None:
    from kitemark_app.services import council_decryption

    root = tmp_path / "assessor"
    pem = council_key().write_pem(tmp_path / "council.pem")
    with pytest.raises(KitemarkError, match="wrong passphrase"):
        council_decryption.use_key_file(root, pem, "not it")
    assert council_decryption.saved_key_file(root) is None  # nothing remembered for a key that did not open
    council_decryption.use_key_file(root, pem, PASSPHRASE)
    assert council_decryption.saved_key_file(root) == pem
    assert PASSPHRASE not in (root / council_decryption.KEY_PATH_FILE).read_text(encoding="utf-8")
    done = run_cli("--data-dir", root, "verify", encrypted.path, "--trust", encrypted.fingerprint,
                   env={"KITEMARK_DECRYPT_PASSPHRASE": PASSPHRASE})  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Encrypted for the council (AES-256)" in done.stdout


def test_keys_load_from_pkcs12_and_pem(tmp_path: Path) -> None:
    key = council_key()
    expected = key.decryption_key()
    assert load_decryption_key(key.write_pkcs12(tmp_path / "k.p12"), PASSPHRASE) == expected
    assert load_decryption_key(key.write_pem(tmp_path / "k.pem"), PASSPHRASE) == expected
    assert load_decryption_key(key.write_pem(tmp_path / "open.pem", None), "") == expected
    assert load_decryption_key(tmp_path / "open.pem", "a passphrase it does not need") == expected
    with pytest.raises(KitemarkError, match="needs its passphrase"):
        load_decryption_key(tmp_path / "k.pem", "")
    (tmp_path / "cert-only.pem").write_text(key.certificate_pem(), encoding="ascii")
    with pytest.raises(KitemarkError):
        load_decryption_key(tmp_path / "cert-only.pem", "")
    with pytest.raises(KitemarkError, match="cannot read"):
        load_decryption_key(tmp_path / "missing.p12", PASSPHRASE)


def _sample(data: bytes) -> bytes:
    """A stretch of a file's bytes that is not boilerplate (a PDF's header would be in any PDF)."""
    middle = len(data) // 2
    return data[middle : middle + 48]


def test_the_encrypted_pack_holds_no_answer_or_evidence_in_plaintext(encrypted: DemoPack, plain: DemoPack) -> None:
    key = council_key().decryption_key()
    verdict = verify_pack(encrypted.path, {encrypted.fingerprint}, decryption=key)
    manifest = verdict.manifest_dict()
    assert manifest is not None
    narratives = [r["narrative"] for r in manifest["responses"] if len(r["narrative"]) > 40]
    answer = narratives[0][:40].encode("latin-1", "ignore")
    samples = [_sample(verdict.read_attachment(item.name)) for item in verdict.attachments]
    stored_as_is = [s for s in samples if s in plain.bytes()]
    secret_bytes = encrypted.bytes()
    # The control: the plain pack shows the evidence it stores as it is (PDFs, pictures), byte for byte.
    assert len(stored_as_is) >= 3
    assert answer not in secret_bytes
    for sample in samples:
        assert sample not in secret_bytes
    for word in (manifest["organisation"]["name"], manifest["organisation"]["contact_email"], "manifest.json"):
        assert word.encode() not in secret_bytes
        assert word.encode("utf-16-be") not in secret_bytes


def test_other_pdf_tools_cannot_read_it_without_the_key(encrypted: DemoPack) -> None:
    """qpdf and poppler do not implement PDF public-key encryption: they see an encrypted file they cannot open,
    so they cannot check its signature either (Kitemark's verifier does, with the council's key)."""
    if shutil.which("qpdf") is None or shutil.which("pdfsig") is None:
        pytest.fail("qpdf and pdfsig are needed (the CI installs qpdf and poppler-utils)")
    qpdf = subprocess.run(["qpdf", "--check", str(encrypted.path)], capture_output=True, text=True, check=False)
    assert qpdf.returncode != 0
    assert "unsupported encryption filter" in qpdf.stderr
    pdfsig = subprocess.run(["pdfsig", str(encrypted.path)], capture_output=True, text=True, check=False)
    assert pdfsig.returncode != 0
    assert "Adobe.PubSec" in pdfsig.stderr


# --- the export ---------------------------------------------------------------------------------------------


def _fresh(tmp_path: Path) -> Path:
    from kitemark_app.services.demo import create_demo

    root = tmp_path / "data"
    create_demo(root, funder_checks=False)
    return root


def test_encryption_is_the_default_when_the_framework_carries_the_certificate(tmp_path: Path) -> None:
    root = _fresh(tmp_path)
    assert not council_encryption(root).available
    key = council_key()
    give_council_certificate(root, key.certificate_pem())
    offer = council_encryption(root)
    assert offer.available and offer.fingerprint == key.fingerprint
    result = export_pack(root, tmp_path / "pack.pdf", packs.DEMO_PASSPHRASE)
    assert result.encrypted_for == offer.fingerprint
    assert result.as_json()["encrypted_for"] == offer.fingerprint
    with pytest.raises(NeedsDecryptionKey):
        verify_pack(result.pack)
    opted_out = export_pack(root, tmp_path / "plain.pdf", packs.DEMO_PASSPHRASE, encrypt=False)
    assert opted_out.encrypted_for == ""
    assert verify_pack(opted_out.pack, {opted_out.signer_root_fingerprint}).verdict == "valid"


def test_encrypting_without_a_certificate_is_refused_with_a_sentence(tmp_path: Path) -> None:
    root = _fresh(tmp_path)
    with pytest.raises(KitemarkError) as caught:
        export_pack(root, tmp_path / "pack.pdf", packs.DEMO_PASSPHRASE, encrypt=True)
    assert str(caught.value) == (
        "The framework in use carries no council encryption certificate, so the pack cannot be encrypted for the "
        "council; export it without --encrypt."
    )
    assert not (tmp_path / "pack.pdf").exists()


def test_an_expired_certificate_is_refused_unless_the_charity_opts_out(tmp_path: Path) -> None:
    root = _fresh(tmp_path)
    expired = make_council_key(valid_from=datetime.now(UTC) - timedelta(days=400), valid_days=30)
    give_council_certificate(root, expired.certificate_pem())
    offer = council_encryption(root)
    assert not offer.available and "expired on" in offer.problem
    with pytest.raises(KitemarkError) as caught:
        export_pack(root, tmp_path / "pack.pdf", packs.DEMO_PASSPHRASE)
    assert str(caught.value) == offer.problem
    assert str(caught.value).endswith("or export without encryption (--no-encrypt).")
    assert not (tmp_path / "pack.pdf").exists()
    result = export_pack(root, tmp_path / "pack.pdf", packs.DEMO_PASSPHRASE, encrypt=False)
    assert result.encrypted_for == ""


def test_the_cli_export_encrypts_by_default_and_says_so(tmp_path: Path) -> None:
    root = _fresh(tmp_path)
    give_council_certificate(root, council_key().certificate_pem())
    env = {"KITEMARK_PASSPHRASE": packs.DEMO_PASSPHRASE}
    done = run_cli("--data-dir", root, "export", "--out", tmp_path / "pack.pdf", env=env)
    assert done.returncode == 0, done.stderr
    assert "Encrypted so only the council can open it" in done.stdout
    opted_out = run_cli("--data-dir", root, "export", "--out", tmp_path / "plain.pdf", "--no-encrypt", env=env)
    assert opted_out.returncode == 0, opted_out.stderr
    assert "Not encrypted: anyone who has the file can read it" in opted_out.stdout
    both = run_cli("--data-dir", root, "export", "--out", tmp_path / "x.pdf", "--encrypt", "--no-encrypt", env=env)
    assert both.returncode == 2


def test_an_ec_council_key_works_too(tmp_path: Path) -> None:
    from cryptography.hazmat.primitives.asymmetric import ec

    root = _fresh(tmp_path)
    key = make_council_key("EC council DEMO key (tests only)", key=ec.generate_private_key(ec.SECP384R1()))
    give_council_certificate(root, key.certificate_pem())
    result = export_pack(root, tmp_path / "pack.pdf", packs.DEMO_PASSPHRASE)
    verdict = verify_pack(result.pack, {result.signer_root_fingerprint}, decryption=key.decryption_key())
    assert verdict.verdict == "valid" and verdict.encrypted, verdict.reasons


def test_register_add_opens_an_encrypted_pack_with_the_key(encrypted: DemoPack, tmp_path: Path) -> None:
    p12 = council_key().write_pkcs12(tmp_path / "council.p12")
    desk = ["--data-dir", tmp_path / "desk", "register", "add", encrypted.path, "--confirm-fingerprint",
            encrypted.fingerprint]  # fmt: skip
    refused = run_cli(*desk)
    assert refused.returncode == 2 and refused.stderr.strip() == f"kitemark: {NEEDS_KEY}"
    done = run_cli(*desk, "--decrypt-key", p12, env={"KITEMARK_DECRYPT_PASSPHRASE": PASSPHRASE})
    assert done.returncode == 0, done.stderr
    again = run_cli("--data-dir", tmp_path / "desk", "verify", encrypted.path, "--decrypt-key", p12, "--json",
                    env={"KITEMARK_DECRYPT_PASSPHRASE": PASSPHRASE})  # fmt: skip
    assert again.returncode == 0, again.stderr  # registered: valid from the register
    assert json.loads(again.stdout)["verdict"] == "valid"
