"""What a user installs is what the tests prove.

The wheel and the sdist are built from a clean copy of the tree (``scripts/_setup.sh``'s ``build_dist``, the same
step ``./scripts/test.sh`` and ``./scripts/run.sh`` use; ``KITEMARK_TEST_DIST`` hands over the ones test.sh built).
Each must hold every file of the package; each, installed alone into a new virtual environment, must do the main
job from a folder outside the source tree; and the README's two commands must work in a fresh ``git clone``.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

import pytest

import kitemark_app
from kitemark_app.paths import DATABASE_NAME
from tests.cli_journey import demo_status_export_verify

ROOT = Path(__file__).resolve().parents[2]
WELCOME = '"Welcome to Kitemark"'  # the first window's title on an empty data folder, as xwininfo quotes it
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="venv layout and Xvfb: Linux")


def _run(args: list[str | Path], *, cwd: Path, env: dict[str, str] | None = None, timeout: float = 300):
    return subprocess.run(
        [str(arg) for arg in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )


def _package_files() -> set[str]:
    """Every file of the package in the tree (as git sees it: tracked, or new and not ignored), by its own listing —
    not by the build's configuration, so a file the build leaves out is noticed."""
    listed = _run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard", "kitemark_app"], cwd=ROOT)
    assert listed.returncode == 0, listed.stderr
    files = {name for name in listed.stdout.split("\0") if name and (ROOT / name).is_file()}
    assert "kitemark_app/resources/frameworks/borough-vco-kitemark.yaml" in files
    return files


@pytest.fixture(scope="session")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    given = os.environ.get("KITEMARK_TEST_DIST")
    if given:
        return Path(given)
    out = tmp_path_factory.mktemp("dist")
    built = _run(["bash", "-c", 'source scripts/_setup.sh && build_dist "$1"', "build_dist", out], cwd=ROOT,
                 env={**os.environ, "PYTHON": sys.executable})  # fmt: skip
    assert built.returncode == 0, built.stdout + built.stderr
    return out


def _artefact(dist: Path, kind: str) -> Path:
    found = sorted(dist.glob(f"kitemark-{kitemark_app.__version__}{'-py3-none-any.whl' if kind == 'wheel' else '.tar.gz'}"))
    assert len(found) == 1, f"expected one {kind} in {dist}, found {found}"
    return found[0]


def test_the_wheel_holds_every_file_of_the_package(dist: Path) -> None:
    inside = set(zipfile.ZipFile(_artefact(dist, "wheel")).namelist())
    assert sorted(_package_files() - inside) == []


def test_the_sdist_holds_every_file_of_the_package_and_what_builds_it(dist: Path) -> None:
    prefix = f"kitemark-{kitemark_app.__version__}/"
    with tarfile.open(_artefact(dist, "sdist")) as sdist:
        inside = {name.removeprefix(prefix) for name in sdist.getnames()}
    assert sorted((_package_files() | {"pyproject.toml", "README.md"}) - inside) == []


def _user_env(home: Path) -> dict[str, str]:
    """A user's environment: a fresh home, none of the test run's Kitemark, Qt or Python settings."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(("KITEMARK_", "QT_", "PYTHON"))}
    env.pop("VIRTUAL_ENV", None)
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / ".local/share"), XDG_CONFIG_HOME=str(home / ".config"))
    return env


REVIEW_SCRIPT = """
import sys
from pathlib import Path
from kitemark_app.services import assessor
from kitemark_app.services.assessor import OutcomeEntry, VerdictEntry

pack, desk, out = (Path(arg) for arg in sys.argv[1:4])
opened = assessor.open_received_pack(desk, pack)
assessor.register_organisation(desk, opened.verdict.organisation or "", opened.verdict.signer_fingerprint or "")
opened = assessor.open_received_pack(desk, pack)
assert opened.verdict.verdict == "valid", opened.verdict
for item in opened.criteria:
    opened.draft.verdicts[item.criterion] = VerdictEntry("met", comment="Clear.")
opened.draft.outcome = OutcomeEntry("awarded", "Foundation", assessor.default_valid_until(), None, "Well done.")
assessor.save_review(desk, opened.received_pack_id, opened.draft)
assessor.create_assessor_key(desk, "Jo Assessor", "Borough Council", "test assessor passphrase (not secret)")
assessor.export_review(desk, opened.received_pack_id, out, "test assessor passphrase (not secret)")
"""


@pytest.mark.slow
@linux_only
@pytest.mark.parametrize("kind", ["wheel", "sdist"])
def test_the_artefact_installed_alone_does_the_main_job_outside_the_tree(
    kind: str, dist: Path, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = _user_env(tmp_path / "home")
    venv = tmp_path / "venv"
    made = _run([sys.executable, "-m", "venv", venv], cwd=elsewhere, env=env)
    assert made.returncode == 0, made.stderr
    python, kitemark = venv / "bin" / "python", venv / "bin" / "kitemark"
    installed = _run([python, "-m", "pip", "install", "-q", _artefact(dist, kind)], cwd=elsewhere, env=env, timeout=900)
    assert installed.returncode == 0, installed.stdout[-3000:] + installed.stderr[-3000:]

    where = _run([python, "-c", "import kitemark_app; print(kitemark_app.__file__)"], cwd=elsewhere, env=env)
    assert Path(where.stdout.strip()).resolve().is_relative_to(venv.resolve()), where.stdout + where.stderr

    def run(*args: str | Path, env: dict[str, str], timeout: float = 120) -> subprocess.CompletedProcess[str]:
        return _run([kitemark, *args], cwd=elsewhere, env=env, timeout=timeout)

    version = run("--version", env=env)
    assert version.stdout.strip() == f"kitemark {kitemark_app.__version__}", version.stdout + version.stderr
    exported = demo_status_export_verify(run, tmp_path, env)

    review = tmp_path / "review.pdf"
    made = _run([python, "-c", REVIEW_SCRIPT, exported.pack, tmp_path / "desk", review], cwd=elsewhere, env=env)
    assert made.returncode == 0 and review.is_file(), made.stdout + made.stderr
    unconfirmed = run("--data-dir", exported.data, "review", "import", review, "--json", env=env)
    assert unconfirmed.returncode == 1 and "not confirmed" in unconfirmed.stderr, unconfirmed.stdout + unconfirmed.stderr
    imported = run("--data-dir", exported.data, "review", "import", review, "--accept-new-assessor-key", env=env)
    assert imported.returncode == 0, imported.stdout + imported.stderr
    again = run("--data-dir", exported.data, "review", "import", review, "--json", env=env)
    assert again.returncode == 0, again.stdout + again.stderr  # the key is confirmed now; nothing changes twice

    shown = _run(["xvfb-run", "-a", "-s", "-screen 0 1366x768x24", kitemark, "--data-dir", exported.data, "gui",
                  "--exit-after-show"], cwd=elsewhere, env={**env, "QT_QPA_PLATFORM": "xcb"}, timeout=180)  # fmt: skip
    assert shown.returncode == 0, shown.stdout + shown.stderr
    assert "qt.qpa.plugin" not in shown.stderr, shown.stderr


def _start_xvfb(log: Path) -> tuple[subprocess.Popen[bytes], str]:
    """An X server on a display no other is using, answering before it is handed over (as ``xvfb-run -a`` does:
    from :99 up, so a display a desktop or another test may have held is never reused)."""
    for number in range(99, 199):
        if Path(f"/tmp/.X{number}-lock").exists() or Path(f"/tmp/.X11-unix/X{number}").exists():
            continue
        display = f":{number}"
        with log.open("ab") as errors:
            server = subprocess.Popen(
                ["Xvfb", display, "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                stdout=subprocess.DEVNULL, stderr=errors,
            )  # fmt: skip
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and server.poll() is None:
            probe = subprocess.run(["xwininfo", "-root"], env={**os.environ, "DISPLAY": display},
                                   capture_output=True, timeout=30)  # fmt: skip
            if probe.returncode == 0:
                return server, display
            time.sleep(0.2)
        server.terminate()
        server.wait(timeout=30)
    raise AssertionError(f"no X server could be started: {log.read_text(errors='replace')[-2000:]}")


def _window_titles(env: dict[str, str], cwd: Path) -> str:
    return _run(["xwininfo", "-root", "-tree"], cwd=cwd, env=env, timeout=30).stdout


@pytest.mark.slow
@linux_only
def test_the_readme_commands_work_in_a_fresh_clone(tmp_path: Path) -> None:
    """`./scripts/run.sh --version`, `./scripts/run.sh --data-dir DIR demo` and `./scripts/run.sh` (the app opens),
    exactly as the README writes them, in a `git clone` of the committed tree: no build/, no .venv, no editable install.
    """
    clone = tmp_path / "clone"
    cloned = _run(["git", "clone", "-q", ROOT, clone], cwd=tmp_path)
    assert cloned.returncode == 0, cloned.stderr
    env = _user_env(tmp_path / "home")

    version = _run(["./scripts/run.sh", "--version"], cwd=clone, env=env, timeout=1200)
    assert version.returncode == 0, version.stdout[-3000:] + version.stderr[-3000:]
    assert version.stdout.strip().splitlines()[-1] == f"kitemark {kitemark_app.__version__}"

    data = tmp_path / "demo-data"
    demo = _run(["./scripts/run.sh", "--data-dir", data, "demo"], cwd=clone, env=env, timeout=600)
    assert demo.returncode == 0, demo.stdout + demo.stderr
    assert "Building" not in demo.stdout  # nothing changed: the install from the first command is reused
    assert (data / DATABASE_NAME).is_file(), sorted(data.iterdir())

    server, display = _start_xvfb(tmp_path / "xvfb.log")
    app = None
    try:
        gui_env = {**env, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "KITEMARK_DATA_DIR": str(tmp_path / "app")}
        app = subprocess.Popen(["./scripts/run.sh"], cwd=clone, env=gui_env, start_new_session=True,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)  # fmt: skip
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and app.poll() is None and WELCOME not in _window_titles(gui_env, clone):
            time.sleep(0.5)
        titles = _window_titles(gui_env, clone)
        assert app.poll() is None, (
            f"the app ended by itself: {app.communicate()[0].decode(errors='replace')}"
            f"(the X server {'still runs' if server.poll() is None else 'had ended'})"
        )
        assert WELCOME in titles, titles
    finally:
        if app is not None and app.poll() is None:
            os.killpg(app.pid, signal.SIGTERM)
            app.wait(timeout=30)
        server.terminate()
        server.wait(timeout=30)
