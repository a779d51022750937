"""The main job through the command line of an installed Kitemark — whatever runs it (the .deb's launcher, the
``kitemark`` script of a venv that holds only the wheel or the sdist): demo → status → export → verify, and a
one-byte change rejected. Used by the installer and the installed-artefact tests, which differ only in what they run.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

Run = Callable[..., subprocess.CompletedProcess[str]]  # run(*args, env=None, timeout=...) → the finished command


@dataclass(frozen=True)
class Exported:
    data: Path
    pack: Path
    root: str  # the organisation's root fingerprint, as `export --json` printed it
    passphrase: str


def demo_status_export_verify(kitemark: Run, tmp_path: Path, env: dict[str, str]) -> Exported:
    data = tmp_path / "data"
    result = kitemark("--data-dir", data, "demo", env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    passphrase = result.stdout.rsplit(":", 1)[1].strip()  # "Its signing passphrase (demo only) is: ..."

    result = kitemark("--data-dir", data, "status", "--json", env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    status = json.loads(result.stdout)
    assert status["organisation"] == "Riverside Community Food Network"
    assert status["answered"] > 0 and status["evidence"] > 0

    pack = tmp_path / "pack.pdf"
    result = kitemark("--data-dir", data, "export", "--out", pack, "--json",
                      env={**env, "KITEMARK_PASSPHRASE": passphrase}, timeout=300)  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    exported = json.loads(result.stdout)
    assert pack.is_file() and exported["attachments"] > 0
    root = exported["signer_root_fingerprint"]

    result = kitemark("--data-dir", tmp_path / "assessor", "verify", pack, "--trust", root, "--json", env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert json.loads(result.stdout)["verdict"] == "valid"

    tampered = tmp_path / "tampered.pdf"
    content = bytearray(pack.read_bytes())
    content[len(content) // 2] ^= 0x01
    tampered.write_bytes(bytes(content))
    result = kitemark("--data-dir", tmp_path / "assessor", "verify", tampered, "--trust", root, "--json", env=env)
    assert result.returncode == 1, result.stdout + result.stderr
    assert json.loads(result.stdout)["verdict"] == "rejected"
    return Exported(data, pack, root, passphrase)
