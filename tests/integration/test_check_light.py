"""`kitemark check` reads the database with sqlite3 alone (db/checks.py), so it loads no SQLAlchemy, pydantic,
reportlab or pyHanko, and no network client."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from kitemark_app.services.demo import create_demo


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("check") / "demo"
    create_demo(folder)
    return folder


def test_check_loads_no_database_layer_or_network_client(demo: Path) -> None:
    probe = textwrap.dedent(
        f"""
        import contextlib, io, sys
        from kitemark_app.cli import main
        with contextlib.redirect_stdout(io.StringIO()):
            code = main(["--data-dir", {str(demo)!r}, "check", "--json"])
        heavy = {{"sqlalchemy", "alembic", "pydantic", "reportlab", "pyhanko", "aiohttp", "requests", "urllib3"}}
        print(code, sorted({{m.split(".")[0] for m in sys.modules}} & heavy))
        """
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60)
    assert result.stdout.strip() == "0 []"
