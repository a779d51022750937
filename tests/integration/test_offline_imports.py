"""The app is offline, so it imports no network client: not in ``export`` (pyHanko's signing), not in ``verify``
(pyHanko's validation, in the verifier's child process too), and pyHanko's own names are all still there
(``kitemark_app/pack/pyhanko_offline.py``)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests import packs

#: Network clients (and pyHanko's modules that are built on them), by module name; a name covers its submodules.
NETWORK_CLIENTS = (
    "aiohttp",
    "requests",
    "urllib3",
    "httpx",
    "http.client",
    "urllib.request",
    "ftplib",
    "smtplib",
    "xmlrpc.client",
    "pyhanko.sign.timestamps.aiohttp_client",
    "pyhanko_certvalidator.fetchers.aiohttp_fetchers",
    "pyhanko_certvalidator.fetchers.requests_fetchers",
)
IMPORT_LINE = re.compile(r"^import time:\s+\d+ \|\s+\d+ \|\s*(\S+)$")


def imported_network_clients(stderr: str) -> list[str]:
    """The network client modules a ``python -X importtime`` run imported, from what it printed on stderr."""
    modules = {match[1] for line in stderr.splitlines() if (match := IMPORT_LINE.match(line))}
    assert "kitemark_app" in modules, "the run printed no import times"
    return sorted(m for m in modules if any(m == c or m.startswith(c + ".") for c in NETWORK_CLIENTS))


def kitemark(*argv: str) -> subprocess.CompletedProcess[str]:
    """``kitemark ARGV`` as a new process with ``-X importtime`` (children forked from it report theirs too)."""
    env = {**os.environ, "PYTHONSAFEPATH": "1", "KITEMARK_PASSPHRASE": packs.DEMO_PASSPHRASE}
    command = [sys.executable, "-X", "importtime", "-m", "kitemark_app", *argv]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=120, check=False)


@pytest.fixture(scope="module")
def genuine(tmp_path_factory: pytest.TempPathFactory) -> packs.DemoPack:
    return packs.demo_pack(tmp_path_factory)


def test_export_imports_no_network_client(genuine: packs.DemoPack, tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(genuine.data_root, data)
    done = kitemark("--data-dir", str(data), "export", "--out", str(tmp_path / "pack.pdf"))
    assert done.returncode == 0, done.stderr[-2000:]
    assert imported_network_clients(done.stderr) == []


def test_verify_imports_no_network_client(genuine: packs.DemoPack, tmp_path: Path) -> None:
    done = kitemark("--data-dir", str(tmp_path / "desk"), "verify", str(genuine.path), "--trust", genuine.fingerprint)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "pyhanko.sign.validation.pdf_embedded" in done.stderr, "the run validated the signature with pyHanko"
    assert imported_network_clients(done.stderr) == []


def test_pyhankos_packages_still_offer_every_name() -> None:
    """Loaded lazily, the three packages still give every name they re-export (the HTTP client too, when asked);
    each was really taken as re-exports only (else the import tests above would see aiohttp)."""
    probe = textwrap.dedent(
        """
        import sys
        import kitemark_app.pack.pyhanko_offline as offline
        import pyhanko.sign, pyhanko.sign.signers, pyhanko.sign.timestamps
        from importlib.util import find_spec
        for name in sorted(offline.LAZY_PACKAGES):
            package = sys.modules[name]
            source = open(find_spec(name).origin, encoding="utf-8").read()
            exports = offline.reexports(source)
            assert exports is not None, name
            assert package.__all__ == exports.all, name
            for attribute in exports.names:
                assert getattr(package, attribute) is not None, (name, attribute)
        assert pyhanko.sign.timestamps.HTTPTimeStamper.__module__ == "pyhanko.sign.timestamps.aiohttp_client"
        print("ok")
        """
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=False)
    assert done.stdout.strip() == "ok", done.stderr[-2000:]


def test_encrypted_export_and_verify_import_no_network_client(
    tmp_path_factory: pytest.TempPathFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Encrypting for the council (pyHanko's public-key security handler) and decrypting stay offline too."""
    from tests.council_keys import PASSPHRASE, council_key

    encrypted = packs.demo_pack(tmp_path_factory, encrypted=True)
    data = tmp_path / "data"
    shutil.copytree(encrypted.data_root, data)
    out = tmp_path / "pack.pdf"
    done = kitemark("--data-dir", str(data), "export", "--out", str(out))
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Encrypted so only the council can open it" in done.stdout
    assert imported_network_clients(done.stderr) == []
    key = council_key().write_pkcs12(tmp_path / "council.p12")
    monkeypatch.setenv("KITEMARK_DECRYPT_PASSPHRASE", PASSPHRASE)
    done = kitemark("--data-dir", str(tmp_path / "desk"), "verify", str(out), "--trust", encrypted.fingerprint,
                    "--decrypt-key", str(key))  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    assert "pyhanko.pdf_utils.crypt.pubkey" in done.stderr, "the run decrypted with pyHanko's public-key handler"
    assert imported_network_clients(done.stderr) == []
