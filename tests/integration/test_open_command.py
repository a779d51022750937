"""``kitemark open PACK.pdf`` opens the assessor window on the pack, verified first: run as a user would (a new
process, offscreen Qt) with ``--exit-after-verify``, its exit code is the verdict shown; a path that is not a file
is a usage error before any window."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kitemark_app.services import assessor
from tests import packs
from tests.packs import DemoPack


@pytest.fixture(scope="module")
def genuine(tmp_path_factory: pytest.TempPathFactory) -> DemoPack:
    return packs.demo_pack(tmp_path_factory)


def kitemark_open(desk: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "kitemark_app.cli", "--data-dir", str(desk), "open", *args]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=300, check=False)


@pytest.mark.slow  # a new process with Qt per case
def test_an_unregistered_signer_exits_3(genuine: DemoPack, tmp_path: Path) -> None:
    done = kitemark_open(tmp_path / "desk", str(genuine.path), "--exit-after-verify")
    assert done.returncode == 3, done.stderr


@pytest.mark.slow  # a new process with Qt per case
def test_a_registered_signer_exits_0(genuine: DemoPack, tmp_path: Path) -> None:
    desk = tmp_path / "desk"
    assessor.register_organisation(desk, genuine.organisation, genuine.fingerprint)
    done = kitemark_open(desk, str(genuine.path), "--exit-after-verify")
    assert done.returncode == 0, done.stderr


@pytest.mark.slow  # a new process with Qt per case
def test_a_tampered_pack_exits_1(genuine: DemoPack, tmp_path: Path) -> None:
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(genuine.path.read_bytes() + b"\n% appended after signing\n")
    desk = tmp_path / "desk"
    assessor.register_organisation(desk, genuine.organisation, genuine.fingerprint)
    done = kitemark_open(desk, str(tampered), "--exit-after-verify")
    assert done.returncode == 1, done.stderr


def test_a_path_that_is_not_a_file_is_a_usage_error(tmp_path: Path) -> None:
    done = kitemark_open(tmp_path / "desk", str(tmp_path / "no-such-pack.pdf"), "--exit-after-verify")
    assert done.returncode == 2
    assert "is not a file; give the path of the pack to open." in done.stderr
