"""The council register on both back ends, for tests: ``register_url`` runs a test once on the data folder's SQLite
file (None: the default place) and once on a fresh PostgreSQL database set up with ``register upgrade``; ``login``
makes an officer's login with a Kitemark role on that server (a pytest plugin, loaded by tests/conftest.py)."""

from __future__ import annotations

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
