"""A real PostgreSQL server for the tests (the council register runs on SQLite or PostgreSQL); a pytest plugin, loaded
by tests/conftest.py.

``postgres_server_url`` (session): the SQLAlchemy URL of a server whose user is a superuser,
``postgresql+psycopg://postgres:kitemark-test-only@127.0.0.1:PORT/postgres``. It is KITEMARK_TEST_POSTGRES_URL when
that is set (.ci/run starts a server with scripts/postgres.sh and sets it); otherwise, where PostgreSQL's server
programs are installed, a throw-away server that this session starts with scripts/postgres.sh and removes at its end;
otherwise the tests that use it are skipped -- unless KITEMARK_TEST_REQUIRE_POSTGRES=1 (as in CI), where they fail.

``postgres_database_url`` (each test): the URL of a new, empty database on that server, as that superuser. After the
test the database is dropped (its connections are ended) and so are the roles the test created: roles belong to the
whole server, so a test may create fixed names such as ``kitemark_assessor`` and the next test can create them again.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import uuid
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NoReturn

import pytest

URL_VARIABLE = "KITEMARK_TEST_POSTGRES_URL"
REQUIRE_VARIABLE = "KITEMARK_TEST_REQUIRE_POSTGRES"
# The tests run against an installed wheel, but they themselves are always the source tree's: the script is beside them.
SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "postgres.sh"
NOT_INSTALLED = 3  # scripts/postgres.sh bindir's exit code when no server programs are found


def _unavailable(reason: str) -> NoReturn:
    """Skips the test that needs PostgreSQL, or fails it where PostgreSQL is required (CI)."""
    if os.environ.get(REQUIRE_VARIABLE) == "1":
        pytest.fail(
            f"{reason} ({REQUIRE_VARIABLE}=1: the PostgreSQL tests must run here, not be skipped)", pytrace=False
        )
    pytest.skip(f"{reason} (set {URL_VARIABLE}, or install PostgreSQL: scripts/system-packages.txt)")


def _connect_kwargs(url: str, database: str | None = None) -> dict[str, Any]:
    """psycopg's connection keywords for a SQLAlchemy URL (optionally to another database on the same server)."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    kwargs: dict[str, Any] = {
        "host": parsed.host,
        "port": parsed.port,
        "user": parsed.username,
        "password": parsed.password,
        "dbname": database or parsed.database or "postgres",
        "connect_timeout": 10,
    }
    return {key: value for key, value in kwargs.items() if value is not None}


def _check_reachable(url: str, where: str) -> None:
    import psycopg

    failure = superuser = None
    try:
        with psycopg.connect(**_connect_kwargs(url)) as connection:
            superuser = connection.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").fetchone()
    except psycopg.Error as error:
        failure = str(error)
    if failure is not None:
        pytest.fail(f"cannot connect to the test PostgreSQL server ({where}): {failure}", pytrace=False)
    if not (superuser and superuser[0]):
        pytest.fail(f"the test PostgreSQL server's user ({where}) must be a superuser", pytrace=False)


def _run_script(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", str(SCRIPT), *args], capture_output=True, text=True, timeout=180, check=False, stdin=subprocess.DEVNULL
    )


@pytest.fixture(scope="session")
def postgres_server_url() -> Iterator[str]:
    """The SQLAlchemy URL of a PostgreSQL server for this session, as a superuser (see the module's docstring)."""
    given = os.environ.get(URL_VARIABLE)
    if given:
        from sqlalchemy.engine import make_url

        _check_reachable(given, f"{URL_VARIABLE}={make_url(given).render_as_string(hide_password=True)}")
        yield given
        return
    if not SCRIPT.is_file():
        _unavailable(f"no {URL_VARIABLE}, and no {SCRIPT} to start a server with")
    if shutil.which("bash") is None:
        _unavailable(f"no {URL_VARIABLE}, and no bash to run {SCRIPT.name} with")
    found = _run_script("bindir")
    if found.returncode == NOT_INSTALLED:
        _unavailable(f"no {URL_VARIABLE}, and PostgreSQL's server programs are not installed")
    if found.returncode != 0:
        pytest.fail(f"{SCRIPT} bindir failed: {found.stderr.strip()}", pytrace=False)
    # In the system's temporary folder, not pytest's: as root the server runs as the OS user `postgres`, who cannot
    # enter pytest's (mode 0700) basetemp.
    folder = tempfile.mkdtemp(prefix="kitemark-pytest-postgres-")
    try:
        started = _run_script("start", folder)
        if started.returncode != 0:
            pytest.fail(f"{SCRIPT} start could not start a PostgreSQL server:\n{started.stderr.strip()}", pytrace=False)
        url = (Path(folder) / "url").read_text().strip()
        _check_reachable(url, f"started by {SCRIPT.name} in {folder}")
        yield url
    finally:
        stopped = _run_script("stop", folder)
        if stopped.returncode != 0:
            warnings.warn(f"{SCRIPT} stop {folder} failed: {stopped.stderr.strip()}", stacklevel=1)


def _roles(connection: Any) -> set[str]:
    return {name for (name,) in connection.execute("SELECT rolname FROM pg_roles WHERE rolname !~ '^pg_'")}


@pytest.fixture
def postgres_database_url(postgres_server_url: str) -> Iterator[str]:
    """The SQLAlchemy URL of a new, empty database (unique name) on the session's server, as its superuser; the
    database and any roles the test created are dropped after it."""
    import psycopg
    from psycopg import sql
    from sqlalchemy.engine import make_url

    name = f"kitemark_test_{uuid.uuid4().hex[:16]}"
    admin = _connect_kwargs(postgres_server_url)
    with psycopg.connect(**admin, autocommit=True) as connection:
        roles_before = _roles(connection)
        connection.execute(
            sql.SQL("CREATE DATABASE {} TEMPLATE template0 ENCODING 'UTF8'").format(sql.Identifier(name))
        )
    try:
        yield make_url(postgres_server_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(**admin, autocommit=True) as connection:
            connection.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
            for role in sorted(_roles(connection) - roles_before):
                # Its rights and objects in the dropped database went with it; these are any in `postgres` itself.
                connection.execute(sql.SQL("DROP OWNED BY {} CASCADE").format(sql.Identifier(role)))
                connection.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(role)))
