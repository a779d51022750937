"""`kitemark status` reads the data the light way (sqlite3, as the app's first screen) and says exactly what the
ordinary way (SQLAlchemy) says; whatever the light way cannot handle goes the ordinary way."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from kitemark_app.cli import main
from kitemark_app.paths import DATABASE_NAME
from kitemark_app.services.demo import create_demo
from kitemark_app.services.frameworks_in_use import frameworks_in_use
from kitemark_app.services.report import status_report
from kitemark_app.services.workspace import Workspace


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("status") / "demo"
    create_demo(folder)
    return folder


def _ordinary(folder: Path) -> dict[str, object]:
    with Workspace.open(folder) as workspace:
        frameworks = [item.as_json() for item in frameworks_in_use(workspace)]
        return status_report(workspace).as_json() | {"frameworks": frameworks}


def _printed(capsys: pytest.CaptureFixture[str], folder: Path) -> dict[str, object]:
    assert main(["--data-dir", str(folder), "status", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_status_says_what_the_ordinary_way_says(capsys: pytest.CaptureFixture[str], demo: Path) -> None:
    printed = _printed(capsys, demo)
    assert printed == json.loads(json.dumps(_ordinary(demo), default=str))
    assert printed["problems"], "the demo has problems to report, so the comparison covers them"


def test_status_loads_no_sqlalchemy_pydantic_or_network_client(demo: Path) -> None:
    probe = textwrap.dedent(
        f"""
        import contextlib, io, sys
        from kitemark_app.cli import main
        with contextlib.redirect_stdout(io.StringIO()):
            assert main(["--data-dir", {str(demo)!r}, "status", "--json"]) == 0
        print(sorted({{m.split(".")[0] for m in sys.modules}} & {{"sqlalchemy", "pydantic", "aiohttp", "asyncio"}}))
        """
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60)
    assert result.stdout.strip() == "[]"


def test_a_schema_not_exactly_this_apps_goes_the_ordinary_way(
    capsys: pytest.CaptureFixture[str], demo: Path, tmp_path: Path
) -> None:
    """The light way reads only this app's exact schema; anything else is the ordinary way's to explain (here: a
    revision this app does not know is taken as a newer app's, opened read-only, and said so)."""
    folder = tmp_path / "newer"
    shutil.copytree(demo, folder)
    with sqlite3.connect(folder / DATABASE_NAME) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'not-a-known-revision'")
    connection.close()
    assert main(["--data-dir", str(folder), "status", "--json"]) == 0
    printed = capsys.readouterr()
    assert "newer version of Kitemark" in printed.err and "read-only" in printed.err
    assert json.loads(printed.out)["organisation"] == "Riverside Community Food Network"
