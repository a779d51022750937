"""The PostgreSQL fixtures (tests/postgres.py) give what the council register's tests need: a real server reached
through SQLAlchemy and psycopg, a fresh database per test that is gone afterwards, roles and logins that a test can
create (and that are dropped after it), and the pg_trgm extension."""

from __future__ import annotations

from typing import ClassVar

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import make_url


def _engine(url: str | sa.URL) -> sa.Engine:
    return sa.create_engine(url, poolclass=sa.pool.NullPool)


class TestPostgresFixtures:
    # What one test left for the next to check (the tests run in this order; alone, the second is skipped).
    previous: ClassVar[dict[str, str]] = {}
    held: ClassVar[list[sa.Connection]] = []

    def test_a_fresh_database_takes_a_table(self, postgres_database_url: str) -> None:
        url = make_url(postgres_database_url)
        assert url.drivername == "postgresql+psycopg"
        assert url.host == "127.0.0.1"
        engine = _engine(url)
        with engine.begin() as connection:
            assert connection.execute(sa.text("SELECT current_database()")).scalar_one() == url.database
            assert (
                connection.execute(sa.text("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).scalar_one()
                == 0
            )
            assert connection.execute(
                sa.text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
            ).scalar_one()
            assert connection.execute(sa.text("SHOW server_encoding")).scalar_one() == "UTF8"
            connection.execute(sa.text("CREATE TABLE organisation (id serial PRIMARY KEY, name text NOT NULL)"))
            connection.execute(sa.text("INSERT INTO organisation (name) VALUES ('Café Ünïon'), ('Food Bank')"))
        with engine.connect() as connection:
            assert connection.execute(sa.text("SELECT name FROM organisation ORDER BY id")).scalars().all() == [
                "Café Ünïon",
                "Food Bank",
            ]
            TestPostgresFixtures.previous["database"] = str(url.database)

        # A role and a login, as the register will make, with a password that the server really checks.
        with engine.begin() as connection:
            connection.execute(sa.text("CREATE ROLE kitemark_assessor NOLOGIN"))
            connection.execute(
                sa.text("CREATE ROLE assessor_one LOGIN PASSWORD 'test-only-1' IN ROLE kitemark_assessor")
            )
            connection.execute(sa.text("GRANT SELECT ON organisation TO kitemark_assessor"))
        login = url.set(username="assessor_one", password="test-only-1")
        with _engine(login).connect() as connection:
            assert connection.execute(sa.text("SELECT current_user")).scalar_one() == "assessor_one"
            assert connection.execute(sa.text("SELECT count(*) FROM organisation")).scalar_one() == 2
            with pytest.raises(sa.exc.ProgrammingError, match="permission denied"):
                connection.execute(sa.text("INSERT INTO organisation (name) VALUES ('x')"))
        with pytest.raises(sa.exc.OperationalError, match="password authentication failed"):
            _engine(url.set(username="assessor_one", password="wrong")).connect().close()
        TestPostgresFixtures.previous["roles"] = "kitemark_assessor,assessor_one"
        # Connections left open (the superuser's and the login's) do not keep the database from being dropped.
        TestPostgresFixtures.held = [engine.connect(), _engine(login).connect()]

    def test_the_previous_database_and_roles_are_gone(self, postgres_server_url: str) -> None:
        if not TestPostgresFixtures.previous:
            pytest.skip("the test before this one did not run")
        with _engine(postgres_server_url).connect() as connection:
            databases = connection.execute(sa.text("SELECT datname FROM pg_database")).scalars().all()
            roles = connection.execute(sa.text("SELECT rolname FROM pg_roles")).scalars().all()
        assert TestPostgresFixtures.previous["database"] not in databases
        assert not [name for name in databases if name.startswith("kitemark_test_")]
        assert not set(TestPostgresFixtures.previous["roles"].split(",")) & set(roles)
        for connection in TestPostgresFixtures.held:
            with pytest.raises(sa.exc.DBAPIError):
                connection.execute(sa.text("SELECT 1"))
            connection.close()

    def test_the_same_role_names_can_be_made_again(self, postgres_database_url: str) -> None:
        with _engine(postgres_database_url).begin() as connection:
            connection.execute(sa.text("CREATE ROLE kitemark_assessor NOLOGIN"))


def test_pg_trgm_can_be_created(postgres_database_url: str) -> None:
    with _engine(postgres_database_url).begin() as connection:
        connection.execute(sa.text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
        assert connection.execute(sa.text("SELECT similarity('Hope Foodbank', 'Hope Food Bank')")).scalar_one() > 0.5
        # Letters beyond ASCII count as letters (the cluster's C.UTF-8 locale), as organisation names need.
        assert connection.execute(sa.text("SELECT similarity('Café Ünïon', 'Café Union')")).scalar_one() > 0.3
        assert connection.execute(sa.text("SELECT lower('ÉCOLE')")).scalar_one() == "école"
        connection.execute(sa.text("CREATE TABLE name_index (name text)"))
        connection.execute(sa.text("CREATE INDEX name_trgm ON name_index USING gin (name gin_trgm_ops)"))


def test_the_server_is_on_loopback(postgres_server_url: str) -> None:
    with _engine(postgres_server_url).connect() as connection:
        assert int(connection.execute(sa.text("SHOW server_version_num")).scalar_one()) >= 150000
        if make_url(postgres_server_url).host == "127.0.0.1":
            assert connection.execute(sa.text("SELECT inet_server_addr()::text")).scalar_one() == "127.0.0.1/32"
