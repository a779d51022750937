"""Export the demo workspace and check the pack with independent tools (poppler, qpdf) and with pyHanko."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from kitemark_app.cli import main
from kitemark_app.db.models import ExportedPack
from kitemark_app.errors import KitemarkError, NotReadyError
from kitemark_app.pack import attachments as pack_attachments
from kitemark_app.pack.attachments import ExportCancelled
from kitemark_app.pack.keys import WrongPassphraseError, fingerprint
from kitemark_app.services import evidence_ops
from kitemark_app.services import export as export_service
from kitemark_app.services.backup import list_snapshots
from kitemark_app.services.declaration import Declaration, load_declaration, save_declaration
from kitemark_app.services.demo import DEMO_PASSPHRASE, create_demo
from kitemark_app.services.export import ExportResult, export_pack
from kitemark_app.services.workspace import Workspace

HOSTILE_NAME = "Überblick café \u202egnp.exe"
#: Beyond Latin-1, so the bundled Unicode font must carry it into the PDF's text.
UNICODE_TITLE = "Café notes — Łódź, Ğüzel, Привет"


def run(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(args, capture_output=True, check=False)


def make_demo(root: Path, extra: Path | None = None) -> None:
    create_demo(root)
    if extra is not None:
        with Workspace.open(root) as workspace:
            evidence_ops.add_evidence(workspace, extra, title=UNICODE_TITLE, criteria=["GOV-01"])


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, ExportResult]:
    base = tmp_path_factory.mktemp("export")
    extra = base / HOSTILE_NAME
    extra.write_text("Menu for the community café.\n" * 2000, encoding="utf-8")
    root = base / "data"
    make_demo(root, extra)
    out = base / "out" / "Riverside pack.pdf"
    out.parent.mkdir()
    return root, export_pack(root, out, DEMO_PASSPHRASE)


@pytest.fixture
def demo_root(data_dir: Path) -> Path:
    make_demo(data_dir)
    return data_dir


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def manifest_of(pack: Path) -> dict:
    shown = run("qpdf", "--show-attachment=manifest.json", str(pack))
    assert shown.returncode == 0, shown.stderr
    return json.loads(shown.stdout)


def test_poppler_reports_one_valid_signature_over_the_whole_file(exported: tuple[Path, ExportResult]) -> None:
    _, result = exported
    report = run("pdfsig", str(result.pack)).stdout.decode()
    assert report.count("Signature #") == 1
    assert "Signature Field Name: KitemarkSubmission" in report
    assert "Signature Type: ETSI.CAdES.detached" in report
    assert "Total document signed" in report
    assert "Signature Validation: Signature is Valid." in report


def test_qpdf_finds_no_errors(exported: tuple[Path, ExportResult]) -> None:
    _, result = exported
    check = run("qpdf", "--check", str(result.pack))
    assert check.returncode == 0, check.stdout + check.stderr
    assert b"No syntax or stream encoding errors found" in check.stdout


@pytest.mark.slow
def test_every_attachment_matches_the_manifest(exported: tuple[Path, ExportResult]) -> None:
    root, result = exported
    manifest = manifest_of(result.pack)
    listed = run("qpdf", "--list-attachments", str(result.pack)).stdout.decode("utf-8")
    names = [line.split(" -> ")[0] for line in listed.splitlines() if " -> " in line]
    assert sorted(names) == sorted([e["attachment"] for e in manifest["evidence"]] + ["manifest.json"])
    assert len(names) == result.attachments
    for item in manifest["evidence"]:
        data = run("qpdf", f"--show-attachment={item['attachment']}", str(result.pack)).stdout
        assert len(data) == item["size"], item["attachment"]
        assert hashlib.sha256(data).hexdigest() == item["sha256"], item["attachment"]
    cafe = next(e for e in manifest["evidence"] if e["title"] == UNICODE_TITLE)
    assert cafe["original_name"].startswith("Überblick café")  # as the evidence store recorded it
    assert cafe["attachment"].endswith("-Uberblick-cafe-gnp.exe")
    assert "\u202e" not in cafe["attachment"] and cafe["attachment"].startswith("E0")
    with Workspace.open(root) as workspace, workspace.session() as session:
        assert {e.get("original_sha256") or e["sha256"] for e in manifest["evidence"]} <= {  # a copy: its original
            e.sha256 for e in workspace.organisation(session).evidence
        }


def test_text_has_the_organisation_and_every_applicable_criterion(exported: tuple[Path, ExportResult]) -> None:
    root, result = exported
    text = run("pdftotext", str(result.pack), "-").stdout.decode("utf-8")
    with Workspace.open(root) as workspace, workspace.session() as session:
        applicable = [item.id for item in workspace.applicable(session)]
        organisation = workspace.organisation(session).name
    assert organisation in text
    assert len(applicable) > 50
    missing = [cid for cid in applicable if not re.search(rf"\b{cid}\b", text)]
    assert not missing
    assert "Page 1 of" in text
    assert "Declaration" in text and "Margaret Adeyemi" in text and "Evidence index" in text
    assert UNICODE_TITLE in text
    manifest = manifest_of(result.pack)
    assert [r["criterion"] for r in manifest["responses"]] == applicable


@pytest.mark.slow
def test_pyhanko_validates_the_certification_and_fingerprint(exported: tuple[Path, ExportResult]) -> None:
    from cryptography import x509
    from pyhanko.keys import load_cert_from_pemder
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.fields import MDPPerm
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    root, result = exported
    root_pem = root / "keys" / "root-certificate.pem"
    assert fingerprint(x509.load_pem_x509_certificate(root_pem.read_bytes())) == result.signer_root_fingerprint
    assert re.fullmatch(r"[0-9a-f]{64}", result.signer_root_fingerprint)
    context = ValidationContext(trust_roots=[load_cert_from_pemder(str(root_pem))], allow_fetching=False)
    with open(result.pack, "rb") as handle:
        reader = PdfFileReader(handle)
        (signature,) = reader.embedded_signatures
        status = validate_pdf_signature(signature, context)
    assert status.intact and status.valid and status.trusted
    assert status.coverage is SignatureCoverageLevel.ENTIRE_FILE
    assert signature.docmdp_level is MDPPerm.NO_CHANGES
    assert manifest_of(result.pack)["signer"]["root_fingerprint"] == result.signer_root_fingerprint


@pytest.mark.slow
def test_the_export_is_recorded(exported: tuple[Path, ExportResult]) -> None:
    root, result = exported
    data = result.pack.read_bytes()
    assert hashlib.sha256(data).hexdigest() == result.sha256 and len(data) == result.size
    with Workspace.open(root) as workspace, workspace.session() as session:
        (row,) = session.query(ExportedPack).all()
        assert (row.file_name, row.sha256, row.size) == (result.pack.name, result.sha256, result.size)
        assert row.signer_fingerprint == result.signer_root_fingerprint
        assert json.loads(row.manifest_json) == manifest_of(result.pack)
        cycle = workspace.current_cycle(session)
        assert cycle.submitted_at is not None and cycle.status == "submitted"
    assert leftovers(result.pack.parent) == []
    assert [s.reason for s in list_snapshots(root)].count("before-export") == 1  # the data as it was sent


def test_cancel_leaves_nothing(demo_root: Path, out_dir: Path) -> None:
    out = out_dir / "pack.pdf"
    progress: list[int] = []
    with pytest.raises(ExportCancelled):
        export_pack(
            demo_root,
            out,
            DEMO_PASSPHRASE,
            report=lambda done, total: progress.append(done),
            cancelled=lambda: len(progress) >= 3,
        )
    assert not out.exists()
    assert leftovers(out_dir) == []


def test_damaged_evidence_is_named_and_leaves_nothing(demo_root: Path, out_dir: Path) -> None:
    with Workspace.open(demo_root) as workspace:
        item = evidence_ops.list_evidence(workspace)[2]
        stored = workspace.store.path_for(item.sha256)
    stored.chmod(0o644)
    data = bytearray(stored.read_bytes())
    data[len(data) // 2] ^= 0xFF
    stored.write_bytes(bytes(data))
    out = out_dir / "pack.pdf"
    with pytest.raises(KitemarkError, match=re.escape(item.title)) as caught:
        export_pack(demo_root, out, DEMO_PASSPHRASE)
    assert "damaged" in str(caught.value)
    assert not out.exists() and leftovers(out_dir) == []


def test_missing_evidence_is_named(demo_root: Path, out_dir: Path) -> None:
    with Workspace.open(demo_root) as workspace:
        item = evidence_ops.list_evidence(workspace)[0]
        workspace.store.path_for(item.sha256).unlink()
    with pytest.raises(KitemarkError, match="missing") as caught:
        export_pack(demo_root, out_dir / "pack.pdf", DEMO_PASSPHRASE)
    assert item.title in str(caught.value)
    assert list(out_dir.iterdir()) == []


def test_full_disk_gives_one_sentence_and_leaves_nothing(
    demo_root: Path, out_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_write = pack_attachments.CountingWriter.write
    written = {"bytes": 0}

    def write(self: pack_attachments.CountingWriter, data: bytes) -> int:
        written["bytes"] += len(data)
        if written["bytes"] > 20_000:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_write(self, data)

    monkeypatch.setattr(pack_attachments.CountingWriter, "write", write)
    out = out_dir / "pack.pdf"
    with pytest.raises(KitemarkError, match="ran out of space") as caught:
        export_pack(demo_root, out, DEMO_PASSPHRASE)
    assert str(caught.value).count(". ") <= 1 and "\n" not in str(caught.value)
    assert not out.exists() and leftovers(out_dir) == []


def test_unwritable_destination(demo_root: Path, out_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_: object, **__: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(export_service, "_temporary_file", refuse)
    with pytest.raises(KitemarkError, match="You cannot save files in"):
        export_pack(demo_root, out_dir / "pack.pdf", DEMO_PASSPHRASE)
    with pytest.raises(KitemarkError, match="does not exist"):
        export_pack(demo_root, out_dir / "no-such-folder" / "pack.pdf", DEMO_PASSPHRASE)
    assert list(out_dir.iterdir()) == []


def test_wrong_passphrase_and_not_ready(demo_root: Path, out_dir: Path) -> None:
    export_service.ensure_signing_key(demo_root, DEMO_PASSPHRASE)
    with pytest.raises(WrongPassphraseError):
        export_pack(demo_root, out_dir / "pack.pdf", "not the passphrase")
    with Workspace.open(demo_root) as workspace:
        save_declaration(workspace, Declaration((), None, ""))
        assert load_declaration(workspace).signatories == ()
    with pytest.raises(NotReadyError) as caught:
        export_pack(demo_root, out_dir / "pack.pdf", DEMO_PASSPHRASE)
    assert "no signatory" in str(caught.value) and "minute reference" in str(caught.value)
    assert list(out_dir.iterdir()) == []


def test_cli_exit_codes(
    demo_root: Path, out_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = out_dir / "pack.pdf"
    secret = out_dir / "passphrase.txt"
    secret.write_text(DEMO_PASSPHRASE + "\n", encoding="utf-8")
    base = ["--data-dir", str(demo_root), "export", "--out", str(out)]
    assert main([*base]) == 2  # no passphrase anywhere
    assert "KITEMARK_PASSPHRASE" in capsys.readouterr().err
    assert main([*base, "--passphrase-file", str(secret), "--json"]) == 0
    captured = capsys.readouterr()
    result = json.loads(captured.out)
    assert set(result) == {"pack", "sha256", "size", "attachments", "signer_root_fingerprint", "encrypted_for"}
    assert result["encrypted_for"] == ""  # the bundled framework carries no council encryption certificate
    assert result["sha256"] == hashlib.sha256(out.read_bytes()).hexdigest()
    assert "warning:" in captured.err  # the demo's stale evidence does not block, but is reported
    monkeypatch.setenv("KITEMARK_PASSPHRASE", "wrong passphrase")
    assert main([*base]) == 1
    assert "passphrase" in capsys.readouterr().err
    with Workspace.open(demo_root) as workspace:
        save_declaration(workspace, Declaration((), date(2026, 1, 1), "TM-1"))
    monkeypatch.setenv("KITEMARK_PASSPHRASE", DEMO_PASSPHRASE)
    assert main([*base]) == 1
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "no signatory" in error


@pytest.mark.slow
def test_benchmark_quick_run_meets_memory_target(tmp_path: Path) -> None:
    """A small run of benchmarks/export_pack.py: the script works end to end and memory stays bounded."""
    script = Path(__file__).parents[2] / "benchmarks" / "export_pack.py"
    completed = subprocess.run(
        [sys.executable, str(script), "--size-mib", "24", "--files", "12", "--repeat", "1", "--workdir", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert "peak RSS:" in completed.stdout, completed.stdout + completed.stderr
    peak = float(re.search(r"peak RSS:\s+(\d+)", completed.stdout).group(1))
    assert peak <= 200
    assert list(tmp_path.iterdir()) == []


def test_council_issued_key_can_be_imported_and_signs(demo_root: Path, out_dir: Path, tmp_path: Path) -> None:
    from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12

    from kitemark_app.pack import keys

    council, _root_key = keys.create_signing_key("Borough Council")  # stands in for the council's own CA
    issued = tmp_path / "issued.p12"
    issued.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"vco",
            council.private_key,
            council.certificate,
            list(council.chain),
            BestAvailableEncryption(b"council-issued-secret"),
        )
    )
    with pytest.raises(KitemarkError, match="could not be opened with that passphrase"):
        export_service.import_council_key(demo_root, issued, "wrong passphrase")
    bare = tmp_path / "bare.p12"
    bare.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"vco", council.private_key, council.certificate, None, BestAvailableEncryption(b"council-issued-secret")
        )
    )
    with pytest.raises(KitemarkError, match="does not include the council's issuing certificate"):
        export_service.import_council_key(demo_root, bare, "council-issued-secret")
    fingerprint_imported = export_service.import_council_key(demo_root, issued, "council-issued-secret")
    assert fingerprint_imported == fingerprint(council.root)
    assert export_service.key_status(demo_root).root_fingerprint == fingerprint_imported
    assert not (demo_root / "keys" / "root.p12").exists()  # the council keeps its root key
    result = export_pack(demo_root, out_dir / "pack.pdf", "council-issued-secret")
    assert result.signer_root_fingerprint == fingerprint_imported and not result.key_created
    report = run("pdfsig", str(result.pack)).stdout.decode()
    assert "Signature is Valid." in report and "Total document signed" in report
