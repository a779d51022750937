"""``mypy --strict`` stays clean on the Qt-free packages, and the configuration keeps naming all of them."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "kitemark_app"
NOT_CHECKED = {"ui", "__init__", "__main__", "resources"}  # ui is the Qt layer; the others hold no logic (resources: data)


def _mypy_config() -> dict[str, Any]:
    with (ROOT / "pyproject.toml").open("rb") as file:
        config: dict[str, Any] = tomllib.load(file)["tool"]["mypy"]
    return config


def test_the_configuration_names_every_qt_free_package_and_module() -> None:
    config = _mypy_config()
    assert config["strict"] is True
    named = {*config.get("packages", []), *config.get("modules", [])}
    on_disk = {
        f"kitemark_app.{path.stem}"
        for path in PACKAGE.iterdir()
        if path.stem not in NOT_CHECKED
        and ((path.is_dir() and (path / "__init__.py").exists()) or path.suffix == ".py")
    }
    assert named == on_disk, "list every Qt-free package or module of kitemark_app in [tool.mypy] of pyproject.toml"


@pytest.mark.slow
def test_mypy_strict_passes(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--config-file",
            str(ROOT / "pyproject.toml"),
            "--cache-dir",
            str(tmp_path / "mypy_cache"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success: no issues found" in result.stdout
