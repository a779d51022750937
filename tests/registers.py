"""The council register on both back ends, for tests: ``register_url`` runs a test once on the data folder's SQLite
file (None: the default place) and once on a fresh PostgreSQL database set up with ``register upgrade``; ``login``
makes an officer's login with a Kitemark role on that server (a pytest plugin, loaded by tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

#: Test officers' password: a throw-away value for the test server only.
OFFICER_PASSWORD = "officer-test-only"


@pytest.fixture(params=["sqlite", "postgresql"])
def register_url(request: pytest.FixtureRequest, tmp_path: Path) -> str | None:
    if request.param == "sqlite":
        return None
    from kitemark_app.register.store import upgrade

    url: str = request.getfixturevalue("postgres_database_url")
    upgrade(tmp_path / "admin", url)
    return url


def login(url: str, name: str, role: str) -> str:
    """A new login ``name`` in Kitemark role ``role`` (lead / assessor / read_only) on ``url``'s server; its URL."""
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            connection.execute(text(f"CREATE ROLE {name} LOGIN PASSWORD '{OFFICER_PASSWORD}' IN ROLE kitemark_{role}"))
    finally:
        engine.dispose()
    return make_url(url).set(username=name, password=OFFICER_PASSWORD).render_as_string(hide_password=False)


#: Run the assessor's tests again with their register on PostgreSQL (one officer, as on SQLite): .ci/run sets it.
BACKEND_VARIABLE = "KITEMARK_TEST_REGISTER_BACKEND"


@pytest.fixture(scope="module", autouse=True)
def register_backend(request: pytest.FixtureRequest) -> Iterator[str | None]:
    """With KITEMARK_TEST_REGISTER_BACKEND=postgresql, every test module's register is a fresh PostgreSQL database
    (upgraded, set to one officer) named by KITEMARK_REGISTER_URL, as an officer's would be; else nothing."""
    import os
    import uuid

    if os.environ.get(BACKEND_VARIABLE, "sqlite") != "postgresql":
        yield None
        return
    import psycopg
    from psycopg import sql

    from kitemark_app.register.store import forget_servers, open_register, set_one_officer, upgrade

    server: str = request.getfixturevalue("postgres_server_url")
    parsed = make_url(server)
    admin = {"host": parsed.host, "port": parsed.port, "user": parsed.username, "password": parsed.password,
             "dbname": "postgres"}  # fmt: skip
    name = f"kitemark_module_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(**admin, autocommit=True) as connection:
        connection.execute(
            sql.SQL("CREATE DATABASE {} TEMPLATE template0 ENCODING 'UTF8'").format(sql.Identifier(name))
        )
    url = parsed.set(database=name).render_as_string(hide_password=False)
    scratch = request.getfixturevalue("tmp_path_factory").mktemp("register-admin")
    upgrade(scratch, url)
    with open_register(scratch, url) as opened:
        set_one_officer(opened, True)
    before = os.environ.get("KITEMARK_REGISTER_URL")
    os.environ["KITEMARK_REGISTER_URL"] = url
    try:
        yield url
    finally:
        if before is None:
            os.environ.pop("KITEMARK_REGISTER_URL", None)
        else:
            os.environ["KITEMARK_REGISTER_URL"] = before
        forget_servers()
        with psycopg.connect(**admin, autocommit=True) as connection:
            connection.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


@pytest.fixture(autouse=True)
def fresh_register(request: pytest.FixtureRequest, register_backend: str | None) -> None:
    """On the PostgreSQL run, each test starts from an empty register, as with a fresh data folder's file — except in
    modules marked ``register_shared``, whose module-scoped fixtures fill the register for all their tests."""
    if register_backend is None or request.node.get_closest_marker("register_shared"):
        return
    engine = create_engine(register_backend)
    try:
        with engine.begin() as connection:
            connection.execute(
                text(
                    "TRUNCATE audit_entry, moderation, criterion_verdict, assessor_review, received_pack, "
                    "registered_organisation RESTART IDENTITY CASCADE"
                )
            )
    finally:
        engine.dispose()
