"""The Linux installer end to end: build the .deb with installers/linux/build.sh, install it with dpkg, run the
installed app (CLI, and the GUI on the real xcb platform under Xvfb), export and verify the demo pack with it, then
remove the package. Needs root (dpkg) and the Debian packages in scripts/system-packages.txt; CI has both."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import kitemark_app
from kitemark_app.paths import DEFAULT_FRAMEWORK
from tests.cli_journey import demo_status_export_verify

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not sys.platform.startswith("linux") or os.geteuid() != 0, reason="installs a .deb: Linux, root"
    ),
]

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "org.kitemark.Kitemark"
OPT = Path("/opt/kitemark")
INTERNAL = OPT / "_internal"
LAUNCHER = Path("/usr/bin/kitemark")
BUNDLED_RESOURCES = INTERNAL / "kitemark_app" / "resources"


def _policy():  # installers/ is not a package: load the bundle policy from its file
    spec = importlib.util.spec_from_file_location("bundle_policy", ROOT / "installers" / "bundle_policy.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _run(args: list[str | Path], *, timeout: float = 120, env: dict[str, str] | None = None, cwd: Path | None = None):
    return subprocess.run(
        [str(arg) for arg in args], capture_output=True, text=True, timeout=timeout, env=env, cwd=cwd, check=False
    )


def _deb_field(deb: Path, field: str) -> str:
    return _run(["dpkg-deb", "--field", deb, field]).stdout.strip()


@pytest.fixture(scope="module")
def deb() -> Path:
    """Build the bundle and the .deb exactly as a developer would (gzip only to save a minute of xz)."""
    env = {**os.environ, "PYTHON": sys.executable, "DEB_COMPRESSION": "gzip"}
    result = _run([ROOT / "installers" / "linux" / "build.sh"], timeout=540, env=env, cwd=ROOT)
    assert result.returncode == 0, f"build.sh failed:\n{result.stdout[-3000:]}\n{result.stderr[-6000:]}"
    debs = sorted((ROOT / "dist").glob(f"kitemark_{kitemark_app.__version__}_*.deb"))
    assert len(debs) == 1, debs
    return debs[0]


@pytest.fixture(scope="module")
def installed(deb: Path) -> Iterator[Path]:
    if _run(["dpkg-query", "-W", "kitemark"]).returncode == 0:
        pytest.fail("a kitemark package is already installed on this machine; remove it before running this test")
    result = _run(["dpkg", "-i", deb], timeout=300)
    assert result.returncode == 0, f"dpkg -i failed (missing system packages?):\n{result.stdout}\n{result.stderr}"
    yield deb
    if _run(["dpkg-query", "-W", "kitemark"]).returncode == 0:  # a test failed before the removal test
        _run(["dpkg", "--purge", "kitemark"], timeout=300)


@pytest.fixture(scope="module")
def app_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The environment of a user starting the installed app: a fresh home, no test settings."""
    home = tmp_path_factory.mktemp("home")
    env = {key: value for key, value in os.environ.items() if not key.startswith(("KITEMARK_", "QT_", "PYTHON"))}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / ".local/share"), XDG_CONFIG_HOME=str(home / ".config"))
    env.pop("VIRTUAL_ENV", None)
    return env


def kitemark(env: dict[str, str], *args: str | Path, timeout: float = 120):
    return _run([LAUNCHER, *args], env=env, timeout=timeout)


def test_the_bundle_holds_no_forbidden_qt_module_and_every_resource(deb: Path) -> None:
    bundle = ROOT / "dist" / "kitemark"
    assert _policy().forbidden_files(bundle) == []
    inside = bundle / "_internal"
    wanted = [
        ("kitemark_app/resources", path.relative_to(ROOT / "kitemark_app/resources"))
        for path in (ROOT / "kitemark_app/resources").rglob("*")
        if path.is_file() and path.suffix not in {".py", ".pyc", ".ts"} and "__pycache__" not in path.parts
    ] + [
        ("kitemark_app/db/migrations", path.relative_to(ROOT / "kitemark_app/db/migrations"))
        for path in (ROOT / "kitemark_app/db/migrations").rglob("*")
        if path.suffix in {".py", ".mako"} and "__pycache__" not in path.parts
    ]
    assert any(str(name).startswith("versions/") for _, name in wanted)
    missing = [f"{prefix}/{name}" for prefix, name in wanted if not (inside / prefix / name).is_file()]
    assert missing == []


def test_the_package_installs_bundle_launcher_menu_entry_icons_and_metainfo(installed: Path) -> None:
    assert LAUNCHER.resolve() == (OPT / "kitemark").resolve()
    assert os.access(OPT / "kitemark", os.X_OK)
    assert _policy().forbidden_files(OPT) == []
    desktop = Path(f"/usr/share/applications/{APP_ID}.desktop")
    metainfo = Path(f"/usr/share/metainfo/{APP_ID}.metainfo.xml")
    check = _run(["desktop-file-validate", desktop])
    assert check.returncode == 0 and not check.stdout.strip(), check.stdout + check.stderr
    check = _run(["appstreamcli", "validate", "--no-net", "--pedantic", metainfo])
    assert check.returncode == 0, check.stdout + check.stderr
    assert f'version="{kitemark_app.__version__}"' in metainfo.read_text(encoding="utf-8")
    for size in (16, 32, 48, 64, 128, 256, 512):
        assert Path(f"/usr/share/icons/hicolor/{size}x{size}/apps/{APP_ID}.png").is_file()
    assert Path(f"/usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg").is_file()


def test_every_library_the_bundle_links_to_is_bundled_or_a_declared_dependency(installed: Path) -> None:
    """No 'not found' at run time: what the bundle does not carry, the package's Depends must bring."""
    binaries = [path for path in OPT.rglob("*") if path.is_file() and (".so" in path.name or path.name == "kitemark")]
    env = {**os.environ, "LD_LIBRARY_PATH": str(INTERNAL)}  # as PyInstaller's boot loader sets it
    outside: set[str] = set()
    not_found: set[str] = set()
    for start in range(0, len(binaries), 50):
        listing = _run(["ldd", *binaries[start : start + 50]], env=env).stdout
        for line in listing.splitlines():
            if "=> not found" in line:
                not_found.add(line.split()[0])
            elif (
                "=>" in line
                and (target := line.split("=>")[1].split("(")[0].strip())
                and not target.startswith(str(OPT))
            ):
                outside.add(os.path.realpath(target))
    assert not_found == set()
    owners = {line.split(":")[0] for line in _run(["dpkg", "-S", *sorted(outside)]).stdout.splitlines()}
    declared = {item.split()[0] for item in _deb_field(installed, "Depends").replace("|", ",").split(",")}
    allowed = set(declared)
    for package in declared:  # and what those bring in themselves
        depends = _run(["dpkg-query", "-W", "-f=${Depends}", package]).stdout
        allowed |= {item.split()[0].split(":")[0] for item in depends.replace("|", ",").split(",") if item.strip()}
    assert {owner.split(":")[0] for owner in owners} - allowed == set()


def test_the_installed_app_prints_its_version(installed: Path, app_env: dict[str, str]) -> None:
    result = kitemark(app_env, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"kitemark {kitemark_app.__version__}"


def test_the_installed_gui_starts_on_the_real_xcb_platform(
    installed: Path, app_env: dict[str, str], tmp_path: Path
) -> None:
    env = {**app_env, "QT_QPA_PLATFORM": "xcb"}
    result = _run(
        ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", LAUNCHER, "--data-dir", tmp_path / "data", "gui",
         "--exit-after-show"],
        env=env, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "qt.qpa.plugin" not in result.stderr, result.stderr


def test_the_installed_app_finds_its_framework_and_migrations(
    installed: Path, app_env: dict[str, str], tmp_path: Path
) -> None:
    framework = BUNDLED_RESOURCES / "frameworks" / DEFAULT_FRAMEWORK
    result = kitemark(app_env, "--data-dir", tmp_path / "empty", "framework", "validate", framework, "--json")
    assert result.returncode == 0, result.stdout + result.stderr
    assert json.loads(result.stdout)["ok"] is True
    for icon in ("kitemark-16.png", "kitemark-256.png"):
        assert (BUNDLED_RESOURCES / "icons" / icon).is_file()

    data = tmp_path / "demo"
    result = kitemark(app_env, "--data-dir", data, "demo")  # creates the database: runs the Alembic migrations
    assert result.returncode == 0, result.stdout + result.stderr
    result = kitemark(app_env, "--data-dir", data, "status", "--json")
    assert result.returncode == 0, result.stdout + result.stderr
    status = json.loads(result.stdout)
    assert status["organisation"] and status["answered"] > 0 and status["evidence"] > 0


def test_the_installed_app_exports_and_verifies_the_demo_pack(
    installed: Path, app_env: dict[str, str], tmp_path: Path
) -> None:
    demo_status_export_verify(lambda *args, env, timeout=120: kitemark(env, *args, timeout=timeout), tmp_path, app_env)


def test_removing_the_package_leaves_the_users_data(installed: Path, app_env: dict[str, str], tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert kitemark(app_env, "--data-dir", data, "demo").returncode == 0
    before = sorted(path.relative_to(data) for path in data.rglob("*"))
    result = _run(["dpkg", "-r", "kitemark"], timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert not LAUNCHER.exists() and not OPT.exists()
    assert not Path(f"/usr/share/applications/{APP_ID}.desktop").exists()
    assert sorted(path.relative_to(data) for path in data.rglob("*")) == before
    assert shutil.which("kitemark") != str(LAUNCHER)
