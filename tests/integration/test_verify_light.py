"""`kitemark verify --trust ROOT` reads no register, so it loads no database layer (SQLAlchemy)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from tests import packs


@pytest.fixture(scope="module")
def genuine(tmp_path_factory: pytest.TempPathFactory) -> packs.DemoPack:
    return packs.demo_pack(tmp_path_factory)


def test_verify_with_trust_loads_no_database_layer(
    genuine: packs.DemoPack, tmp_path_factory: pytest.TempPathFactory
) -> None:
    desk = tmp_path_factory.mktemp("desk")
    probe = textwrap.dedent(
        f"""
        import contextlib, io, sys
        from kitemark_app.cli import main
        with contextlib.redirect_stdout(io.StringIO()):
            code = main(["--data-dir", {str(desk)!r}, "verify", {str(genuine.path)!r}, "--trust", {genuine.fingerprint!r}])
        print(code, sorted({{m.split(".")[0] for m in sys.modules}} & {{"sqlalchemy", "alembic"}}))
        """
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120)
    assert result.stdout.strip() == "0 []"
