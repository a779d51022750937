"""Shared test set-up: headless Qt, no network, a fresh data folder per test."""

from __future__ import annotations

import os
import socket
import sysconfig
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest_plugins = ["tests.postgres", "tests.registers"]  # postgres_server_url, postgres_database_url: a real PostgreSQL server

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("KITEMARK_DATA_DIR", None)
os.environ.pop("KITEMARK_PASSPHRASE", None)


def installed_package_folder() -> Path:
    """Where a normal (not editable) install of kitemark_app lives in the running environment."""
    return Path(sysconfig.get_paths()["purelib"]).resolve() / "kitemark_app"


def pytest_configure(config: pytest.Config) -> None:
    """``./scripts/test.sh`` installs the wheel and sets KITEMARK_TEST_INSTALLED=1: then the suite must be testing
    that installed package, not the source tree (which would hide a file missing from the wheel)."""
    if os.environ.get("KITEMARK_TEST_INSTALLED") == "1":
        import kitemark_app

        imported = Path(kitemark_app.__file__).resolve().parent
        if imported != installed_package_folder():
            raise pytest.UsageError(
                f"the tests imported kitemark_app from {imported}, not the installed package in "
                f"{installed_package_folder().parent} (run them through ./scripts/test.sh)"
            )


class NetworkUsed(AssertionError):
    pass


_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


def _guard(sock: socket.socket, address: object) -> None:
    if sock.family == getattr(socket, "AF_UNIX", None):
        return  # local IPC (e.g. D-Bus from Qt) is not the network
    raise NetworkUsed(f"Kitemark must make no network connections (tried {address!r})")


def _guarded_connect(self: socket.socket, address: object) -> None:
    _guard(self, address)
    _real_connect(self, address)


def _guarded_connect_ex(self: socket.socket, address: object) -> int:
    _guard(self, address)
    return _real_connect_ex(self, address)


@pytest.fixture(autouse=True, scope="session")
def no_network() -> Iterator[None]:
    """For the whole suite, any attempt to open a network connection fails the test that made it."""
    socket.socket.connect = _guarded_connect  # type: ignore[method-assign]
    socket.socket.connect_ex = _guarded_connect_ex  # type: ignore[method-assign]
    yield
    socket.socket.connect = _real_connect  # type: ignore[method-assign]
    socket.socket.connect_ex = _real_connect_ex  # type: ignore[method-assign]


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A fresh, empty data folder for one test."""
    folder = tmp_path / "data"
    folder.mkdir()
    return folder
