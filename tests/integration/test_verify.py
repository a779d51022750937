"""``kitemark verify`` and the verifier's API: exit codes, JSON, trust by --trust or by the register, attachments."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from kitemark_app.cli import main
from kitemark_app.errors import KitemarkError
from kitemark_app.register.store import REGISTER_FILE, open_register
from kitemark_app.services.workspace import Workspace
from kitemark_app.verify import UnreadablePackError, verify_pack
from kitemark_app.verify.digest import PackChanged, VerifyCancelled
from kitemark_app.verify.register import EmptyRegister, RegisterConflict, TrustRegister, register_for_reading
from tests import packs
from tests.packs import DemoPack, PackOptions

JSON_KEYS = {
    "verdict",
    "reasons",
    "organisation",
    "signer_fingerprint",
    "signed_at",
    "attachments_checked",
    "encrypted",
}


@pytest.fixture(scope="module")
def genuine(tmp_path_factory: pytest.TempPathFactory) -> DemoPack:
    return packs.demo_pack(tmp_path_factory)


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict]:
    code = main(list(argv))
    out = capsys.readouterr().out
    return code, json.loads(out)


def colons(fingerprint: str) -> str:
    return ":".join(fingerprint[i : i + 2] for i in range(0, 64, 2)).upper()


# --- exit codes and JSON -----------------------------------------------------------------------------------


def test_trusted_by_fingerprint_or_certificate_exits_0(
    genuine: DemoPack, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for root in (
        genuine.fingerprint,
        colons(genuine.fingerprint),
        str(genuine.data_root / "keys" / "root-certificate.pem"),
    ):
        code, result = run_json(
            capsys, "--data-dir", str(tmp_path / "none"), "verify", str(genuine.path), "--json", "--trust", root
        )
        assert code == 0, result
        assert set(result) == JSON_KEYS
        assert result["verdict"] == "valid"
        assert result["reasons"] == []
        assert result["organisation"] == genuine.organisation
        assert result["signer_fingerprint"] == genuine.fingerprint
        assert result["signed_at"] and result["attachments_checked"] > 5
    assert not (tmp_path / "none").exists(), "verifying must not create a data folder"


def test_spaced_fingerprint_is_accepted(genuine: DemoPack, capsys: pytest.CaptureFixture[str]) -> None:
    spaced = " ".join(genuine.fingerprint[i : i + 4] for i in range(0, 64, 4))
    assert main(["verify", str(genuine.path), "--trust", spaced]) == 0
    assert capsys.readouterr().out.startswith("VALID")


def test_unregistered_exits_3_with_the_fingerprint(
    genuine: DemoPack, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, result = run_json(capsys, "--data-dir", str(tmp_path / "absent"), "verify", str(genuine.path), "--json")
    assert code == 3
    assert result["verdict"] == "unregistered"
    assert result["signer_fingerprint"] == genuine.fingerprint
    assert "compare the root fingerprint" in result["reasons"][0]
    code, result = run_json(capsys, "verify", str(genuine.path), "--json", "--trust", "ab" * 32)
    assert code == 3 and result["verdict"] == "unregistered"


def test_rejected_exits_1(genuine: DemoPack, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(genuine.bytes() + b"\n")
    code, result = run_json(capsys, "verify", str(tampered), "--json", "--trust", genuine.fingerprint)
    assert code == 1
    assert result["verdict"] == "rejected" and result["reasons"]
    assert result["attachments_checked"] == 0
    not_pdf = tmp_path / "notes.pdf"
    not_pdf.write_text("hello")
    assert main(["verify", str(not_pdf), "--trust", genuine.fingerprint]) == 1
    assert capsys.readouterr().out.startswith("REJECTED")


@pytest.mark.parametrize(
    "argv",
    [
        ["verify"],
        ["verify", "MISSING.pdf"],
        ["verify", "."],
        ["verify", "PACK", "--trust", "not-a-fingerprint"],
        ["verify", "PACK", "--trust", "abcd"],
        ["verify", "PACK", "--trust", "missing/root.pem"],
        ["verify", "PACK", "--trust", "NOTCERT"],
    ],
)
def test_usage_and_unreadable_files_exit_2(
    genuine: DemoPack, tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    not_a_cert = tmp_path / "root.pem"
    not_a_cert.write_text("not a certificate")
    argv = [str(genuine.path) if a == "PACK" else str(not_a_cert) if a == "NOTCERT" else a for a in argv]
    argv = [str(tmp_path / a) if a == "MISSING.pdf" else a for a in argv]
    assert main(argv) == 2
    error = capsys.readouterr().err
    assert error.startswith("kitemark: ") and error.count("\n") == 1


def test_the_installed_command_runs_in_a_fresh_process(genuine: DemoPack) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "kitemark_app", "verify", str(genuine.path), "--json", "--trust", genuine.fingerprint],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["verdict"] == "valid"


# --- the register -------------------------------------------------------------------------------------------


def test_register_makes_a_pack_valid_and_a_new_root_a_loud_warning(
    genuine: DemoPack, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_register(data_dir) as opened:
        register = TrustRegister(opened.sessions)
        entry = register.register_organisation(genuine.organisation, colons(genuine.fingerprint), "Phoned 26 Nov")
        assert entry.root_fingerprint == genuine.fingerprint
        assert register.register_organisation(genuine.organisation.upper(), genuine.fingerprint) == entry
    code, result = run_json(capsys, "--data-dir", str(data_dir), "verify", str(genuine.path), "--json")
    assert (code, result["verdict"]) == (0, "valid")

    impostor = _impostor(tmp_path, genuine)
    code = main(["--data-dir", str(data_dir), "verify", str(impostor), "--json"])
    captured = capsys.readouterr()
    assert code == 3
    assert json.loads(captured.out)["verdict"] == "unregistered"
    assert "WARNING" in captured.err and "different root" in captured.err

    with open_register(data_dir) as opened:
        register = TrustRegister(opened.sessions)
        with pytest.raises(RegisterConflict, match="already registered with a different root"):
            register.register_organisation(genuine.organisation, packs.other_keys().fingerprint)
        with pytest.raises(RegisterConflict, match="already registered to"):
            register.register_organisation("Someone Else", genuine.fingerprint)
        assert register.by_fingerprint(packs.other_keys().fingerprint) is None  # nothing changed silently
        replaced = register.register_organisation(genuine.organisation, packs.other_keys().fingerprint, replace=True)
        assert replaced.id == entry.id and genuine.fingerprint in replaced.notes
        assert [o.name for o in register.organisations("food")] == [genuine.organisation]


def _impostor(tmp_path: Path, genuine: DemoPack) -> Path:
    keys = packs.other_keys()
    files = packs.default_files()
    manifest = packs.manifest_for(files, keys.fingerprint, organisation=genuine.organisation)
    return packs.build_pack(tmp_path / "impostor.pdf", PackOptions(keys=keys, files=files, manifest=manifest))


def test_received_packs_are_recorded(genuine: DemoPack, data_dir: Path, tmp_path: Path) -> None:
    with open_register(data_dir) as opened:
        register = TrustRegister(opened.sessions)
        register.register_organisation(genuine.organisation, genuine.fingerprint)
        verdict = verify_pack(genuine.path, register=register, file_sha256=True)
        assert verdict.verdict == "valid" and verdict.registered is not None
        assert verdict.file_sha256 == hashlib.sha256(genuine.bytes()).hexdigest()
        tampered = tmp_path / "tampered.pdf"
        tampered.write_bytes(genuine.bytes()[:-10])
        register.record_received(verdict)
        register.record_received(verify_pack(tampered, register=register))
        received = register.received_packs()
    assert [r.verdict for r in sorted(received, key=lambda r: r.id)] == ["valid", "rejected"]
    first = min(received, key=lambda r: r.id)
    assert first.sha256 == verdict.file_sha256
    assert first.registered_organisation_id is not None
    assert first.signer_fingerprint == genuine.fingerprint


def test_register_for_reading_never_creates_or_writes(
    tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("KITEMARK_REGISTER_URL", raising=False)  # the data folder's own register file, as by default
    with register_for_reading(tmp_path / "nothing") as register:
        assert isinstance(register, EmptyRegister)
    assert not (tmp_path / "nothing").exists()
    Workspace.open(data_dir).close()  # a VCO's data folder has no register: still nothing to read
    with register_for_reading(data_dir) as register:
        assert isinstance(register, EmptyRegister)
    assert not (data_dir / REGISTER_FILE).exists()
    open_register(data_dir).close()
    with register_for_reading(data_dir) as register:
        assert isinstance(register, TrustRegister)
        with pytest.raises(OperationalError, match=r"readonly|attempt to write"):
            register.register_organisation("X", "ab" * 32)


# --- the API the assessor's GUI uses --------------------------------------------------------------------------


def test_attachments_stream_and_save(genuine: DemoPack, tmp_path: Path) -> None:
    verdict = verify_pack(genuine.path, {genuine.fingerprint})
    item = max(verdict.attachments, key=lambda a: a.size)
    target = tmp_path / "saved.bin"
    verdict.save_attachment(item.name, target)
    assert hashlib.sha256(target.read_bytes()).hexdigest() == item.sha256
    with pytest.raises(KitemarkError, match="too large to show"):
        verdict.read_attachment(item.name, max_bytes=item.size - 1)
    with pytest.raises(KeyError):
        verdict.attachment("not-there.pdf")


def test_reading_an_attachment_after_the_file_changed_fails(genuine: DemoPack, tmp_path: Path) -> None:
    copy = tmp_path / "copy.pdf"
    copy.write_bytes(genuine.bytes())
    verdict = verify_pack(copy, {genuine.fingerprint})
    copy.write_bytes(genuine.bytes()[:-1] + b"\n")
    with pytest.raises(PackChanged):
        verdict.read_attachment(verdict.attachments[0].name)


def test_rejected_pack_attachments_cannot_be_read(genuine: DemoPack, tmp_path: Path) -> None:
    tampered = tmp_path / "t.pdf"
    tampered.write_bytes(genuine.bytes() + b" ")
    verdict = verify_pack(tampered, {genuine.fingerprint})
    with pytest.raises(KitemarkError):
        next(verdict.iter_attachment("manifest.json"))


def test_progress_and_cancel(genuine: DemoPack) -> None:
    seen: list[tuple[int, int]] = []
    verdict = verify_pack(genuine.path, {genuine.fingerprint}, progress=lambda done, total: seen.append((done, total)))
    assert verdict.verdict == "valid"
    assert seen and seen[-1][1] == genuine.path.stat().st_size
    assert seen[-1][0] >= seen[-1][1] - 65536  # all but the signature's /Contents
    with pytest.raises(VerifyCancelled):
        verify_pack(genuine.path, {genuine.fingerprint}, cancelled=lambda: True)


def test_unreadable_file_raises_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UnreadablePackError) as raised:
        verify_pack(tmp_path / "missing.pdf")
    assert raised.value.exit_code == 2


def test_verdict_json_matches_the_contract(genuine: DemoPack) -> None:
    verdict = verify_pack(genuine.path)
    data = verdict.as_json()
    assert set(data) == JSON_KEYS
    assert json.loads(json.dumps(data)) == data
    assert verdict.manifest_dict()["organisation"]["name"] == genuine.organisation  # type: ignore[index]


@pytest.mark.slow
def test_benchmark_quick_run_stays_within_the_memory_target(tmp_path: Path) -> None:
    """A 96 MiB run of benchmarks/verify_pack.py: the verifier's peak RSS stays under 200 MiB.

    (At this size fixed costs dominate the time ratio; the 1 GiB figures are measured by running the script.)
    """
    script = Path(__file__).resolve().parents[2] / "benchmarks" / "verify_pack.py"
    done = subprocess.run(
        [sys.executable, str(script), "--size-mib", "96", "--files", "12", "--repeat", "1", "--workdir", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    lines = {line.split(":", 1)[0].strip(): line.split(":", 1)[1] for line in done.stdout.splitlines() if ":" in line}
    assert "verdict unregistered" in lines["pack"], done.stdout + done.stderr
    peak = float(lines["peak RSS"].split("MiB")[0])
    assert peak <= 200, done.stdout
