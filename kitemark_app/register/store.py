"""Where the council register lives and how it is opened: SQLite in the data folder, or a team's PostgreSQL.

The place is, in order: ``--register URL``, ``KITEMARK_REGISTER_URL``, the URL saved in the data folder
(``kitemark register use URL``), else ``<data folder>/register.sqlite3``. A single officer's SQLite file is
migrated at open (after a copy of it is put in ``backups/``); a server never is: a client that finds the server's
schema older or newer than its own says so in a sentence, and ``kitemark register upgrade`` migrates it explicitly.
"""

from __future__ import annotations

import getpass
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from kitemark_app.errors import KitemarkError
from kitemark_app.register.workflow import Actor

REGISTER_URL_ENV = "KITEMARK_REGISTER_URL"
REGISTER_FILE = "register.sqlite3"
SAVED_URL_FILE = "register-url.txt"
VERSION_TABLE = "register_alembic_version"
MIGRATIONS = "kitemark_app.register:migrations"
LOCAL_HOSTS = frozenset({"", "localhost", "127.0.0.1", "::1"})
SQLITE_PRAGMAS = ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON", "busy_timeout=5000")

#: Roles the register knows, strongest first. On PostgreSQL they are database roles (``roles.py``).
LEAD, ASSESSOR, READ_ONLY = "lead", "assessor", "read-only"


class RegisterError(KitemarkError):
    """The register cannot be used as asked (unreachable, wrong schema, not allowed)."""


class ConcurrentEdit(RegisterError):
    """Another officer saved the same record after this one was read: nothing was overwritten."""

    def __init__(self, message: str, mine: object = None, theirs: object = None) -> None:
        super().__init__(message)
        self.mine = mine
        self.theirs = theirs


@lru_cache(maxsize=1)
def head_revision() -> str:
    versions = resources.files("kitemark_app.register.migrations").joinpath("versions")
    return max(item.name[:4] for item in versions.iterdir() if item.name[:4].isdigit())


def is_newer(revision: str | None) -> bool:
    """Revisions are zero-padded numbers, each after the one before: above our head is a newer Kitemark's."""
    return revision is not None and revision > head_revision()


# --- where ---------------------------------------------------------------------------------------------------


def register_url(data_root: Path, explicit: str | None = None) -> str:
    """The URL of the register in force for ``data_root`` (see the module's docstring for the order)."""
    chosen = explicit or os.environ.get(REGISTER_URL_ENV) or saved_url(data_root)
    if chosen:
        return chosen
    return f"sqlite:///{data_root / REGISTER_FILE}"


def saved_url(data_root: Path) -> str:
    try:
        return (data_root / SAVED_URL_FILE).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return ""


def save_url(data_root: Path, url: str) -> str:
    """Remember ``url`` for this data folder (checked first; a URL with a password in it is refused)."""
    parsed = checked_url(url)
    if parsed.password:
        raise RegisterError(
            "Kitemark does not store passwords: take the password out of the address and put it in your "
            "PostgreSQL password file (.pgpass, or pgpass.conf on Windows) instead."
        )
    data_root.mkdir(parents=True, exist_ok=True)
    target = data_root / SAVED_URL_FILE
    temporary = target.with_suffix(".tmp")
    temporary.write_text(parsed.render_as_string(hide_password=False) + "\n", encoding="utf-8")
    os.replace(temporary, target)
    return parsed.render_as_string()


def checked_url(url: str) -> URL:
    """``url`` parsed, as SQLite or PostgreSQL through psycopg, with certificate checks for any remote server."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise RegisterError(
            f"'{url}' is not a register address; use postgresql+psycopg://USER@HOST/DATABASE or a SQLite file."
        ) from None
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        return parsed
    if backend != "postgresql":
        raise RegisterError(f"Kitemark keeps its register in SQLite or PostgreSQL, not in {backend}.")
    if parsed.drivername != "postgresql+psycopg":  # explicit: the default driver differs between SQLAlchemy versions
        parsed = parsed.set(drivername="postgresql+psycopg")
    host = parsed.host or ""
    if host in LOCAL_HOSTS or host.startswith("/"):
        return parsed
    mode = parsed.query.get("sslmode", "")
    if mode == "":
        return parsed.update_query_dict({"sslmode": "verify-full"})
    if mode != "verify-full":
        raise RegisterError(
            f"The register on {host} must be reached with its certificate checked (sslmode=verify-full), "
            f"not sslmode={mode}: officers' logins and the charities' data cross the network."
        )
    return parsed


def describe(url: str) -> str:
    """The register's address for people: a file path, or the server and database, never a password."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return f"the register file {parsed.database}"
    return f"the register {parsed.database} on {parsed.host or 'this computer'}"


def _sentence_about(url: str) -> str:
    text = describe(url)
    return text[:1].upper() + text[1:]


# --- opening -------------------------------------------------------------------------------------------------


@dataclass
class Register:
    """An open register: its engine, sessions, and who is using it with which role."""

    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    officer: str
    role: str
    read_only: bool = False
    #: A kept server engine (``_SERVERS``): closing the register leaves its pool open for the next operation.
    shared: bool = False
    #: A server register set to "one officer holds every duty" (``kitemark register mode one-officer``).
    one_officer: bool = False

    @property
    def backend(self) -> str:
        return self.engine.dialect.name

    @property
    def single_officer(self) -> bool:
        """One officer does every duty (there is no second person to moderate): SQLite, or a server so set."""
        return self.backend == "sqlite" or self.one_officer

    @property
    def actor(self) -> Actor:
        """Who is using the register, for the workflow's rules."""
        return Actor(self.officer, self.role, self.single_officer)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work, committed on success. A stale version becomes ``ConcurrentEdit``."""
        try:
            with self.sessions.begin() as session:
                yield session
        except StaleDataError:
            raise ConcurrentEdit(
                "Another officer saved this record after you opened it, so your change was not saved; "
                "open it again to see their version."
            ) from None
        except OperationalError as error:
            raise RegisterError(_unreachable(self.url, error)) from None
        except DBAPIError as error:
            if (refused := refused_by_server(error)) is not None:
                raise RegisterError(refused) from None
            raise

    def close(self) -> None:
        if not self.shared:
            self.engine.dispose()

    def __enter__(self) -> Register:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


def refused_by_server(error: DBAPIError) -> str | None:
    """The sentence for PostgreSQL's "insufficient privilege" (a role's limit, checked by the server), else None."""
    if getattr(error.orig, "sqlstate", None) != "42501":
        return None
    reason = str(error.orig).strip().splitlines()[0].rstrip(".")
    return f"The register did not allow this for your login ({reason}); ask your lead if it should."


def _unreachable(url: str, error: Exception) -> str:
    first = str(getattr(error, "orig", error)).strip().splitlines()[0] if str(error).strip() else ""
    return f"Kitemark could not use {describe(url)} ({first}); check the address and that the server is running."


def _sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    for pragma in SQLITE_PRAGMAS:
        cursor.execute(f"PRAGMA {pragma}")
    cursor.close()


def _query_only(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    dbapi_connection.execute("PRAGMA query_only=ON")


def make_engine(url: URL, *, read_only: bool = False) -> Engine:
    if url.get_backend_name() == "sqlite":
        engine = create_engine(url)
        event.listen(engine, "connect", _sqlite_pragmas)
        if read_only:
            event.listen(engine, "connect", _query_only)
        return engine
    options = {"connect_timeout": 10, "application_name": "kitemark"}
    if read_only:
        options["options"] = "-c default_transaction_read_only=on"
    return create_engine(url, connect_args=options, pool_pre_ping=True)


def stored_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if not inspect(connection).has_table(VERSION_TABLE):
            return None
        return connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()


def open_register(
    data_root: Path,
    url: str | None = None,
    *,
    read_only: bool = False,
) -> Register:
    """Open the register in force for ``data_root`` (a SQLite file is created or migrated; a server is checked)."""
    chosen = register_url(data_root, url)
    parsed = checked_url(chosen)
    if parsed.get_backend_name() == "sqlite":
        return _open_sqlite(data_root, parsed, read_only=read_only)
    key = (parsed.render_as_string(hide_password=False), read_only)
    known = _SERVERS.get(key)
    engine = known[0] if known else make_engine(parsed, read_only=read_only)
    try:
        _check_server_schema(engine, chosen)  # every time: another client may have upgraded the server meanwhile
        officer, role = known[1:] if known else _server_identity(engine)
    except OperationalError as error:
        _forget(key, engine)
        raise RegisterError(_unreachable(chosen, error)) from None
    except RegisterError:
        _forget(key, engine)
        raise
    if not role:
        raise RegisterError(
            f"Your login '{officer}' has no Kitemark role on {describe(chosen)}; ask your lead to grant you one."
        )
    _SERVERS[key] = (engine, officer, role)
    sessions = sessionmaker(engine, expire_on_commit=False)
    return Register(chosen, engine, sessions, officer, role, read_only, shared=True, one_officer=_one_officer(engine))


ONE_OFFICER_SETTING = "one_officer"


def _one_officer(engine: Engine) -> bool:
    with engine.connect() as connection:
        value = connection.execute(
            text("SELECT value FROM register_setting WHERE key = :key"), {"key": ONE_OFFICER_SETTING}
        ).scalar()
    return value == "yes"


def set_one_officer(register: Register, one: bool) -> None:
    """``kitemark register mode``: a lead sets whether one officer holds every duty on this server."""
    from kitemark_app.register.models import RegisterSetting

    if register.backend == "sqlite":
        raise RegisterError("A register file is always one officer's; share a PostgreSQL register to work as a team.")
    if register.role != LEAD:
        raise RegisterError("Only a lead changes how the register works; ask your lead.")
    with register.session() as session:
        session.merge(RegisterSetting(key=ONE_OFFICER_SETTING, value="yes" if one else "no"))


#: A server's engine (its connection pool) and who the login is, kept for the life of the process: each
#: operation opens the register, and a new connection to a server (TLS, password check) costs tens of ms.
_SERVERS: dict[tuple[str, bool], tuple[Engine, str, str]] = {}


def _forget(key: tuple[str, bool], engine: Engine) -> None:
    _SERVERS.pop(key, None)
    engine.dispose()


def forget_servers() -> None:
    """Close every kept server connection (tests; the end of the app)."""
    for engine, _officer, _role in _SERVERS.values():
        engine.dispose()
    _SERVERS.clear()


def _check_server_schema(engine: Engine, url: str) -> None:
    revision = stored_revision(engine)
    head = head_revision()
    if revision == head:
        return
    if revision is None:
        raise RegisterError(
            f"{_sentence_about(url)} has not been set up yet; whoever manages it runs "
            "'kitemark --register URL register upgrade' once."
        )
    if is_newer(revision):
        raise RegisterError(f"{_sentence_about(url)} was upgraded by a newer Kitemark; install that version to use it.")
    raise RegisterError(
        f"{_sentence_about(url)} is from an older Kitemark (schema {revision}, this version needs {head}); "
        "whoever manages it runs 'kitemark --register URL register upgrade' first."
    )


def _server_identity(engine: Engine) -> tuple[str, str]:
    from kitemark_app.register.roles import role_of

    with engine.connect() as connection:
        officer = str(connection.execute(text("SELECT current_user")).scalar())
        return officer, role_of(connection, officer)


def local_officer() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name (some service accounts)
        return "officer"


def _open_sqlite(data_root: Path, url: URL, *, read_only: bool) -> Register:
    database = Path(url.database or "")
    if read_only and database.is_file():
        probe = make_engine(url, read_only=True)
        try:
            current = stored_revision(probe) == head_revision()
        finally:
            probe.dispose()
        if not current:  # a register to create, migrate or import first; then it is read as asked
            _open_sqlite(data_root, url, read_only=False).close()
    elif read_only:
        _open_sqlite(data_root, url, read_only=False).close()
    if read_only:
        engine = make_engine(url, read_only=True)
        return Register(str(url), engine, sessionmaker(engine, expire_on_commit=False), local_officer(), LEAD, True)
    database.parent.mkdir(parents=True, exist_ok=True)
    is_new = not database.exists() or database.stat().st_size == 0
    engine = make_engine(url)
    try:
        revision = stored_revision(engine)
        if is_newer(revision):
            raise RegisterError(
                f"{_sentence_about(str(url))} was saved by a newer Kitemark; install that version to use it."
            )
        if revision != head_revision():
            if not is_new and revision is not None:
                backup_sqlite(database, data_root / "backups", f"before-{head_revision()}")
            migrate(engine)
        if is_new:
            from kitemark_app.register.legacy import import_workspace_tables

            import_workspace_tables(data_root, engine)
    except OperationalError as error:
        engine.dispose()
        raise RegisterError(_unreachable(str(url), error)) from None
    except BaseException:
        engine.dispose()
        raise
    return Register(str(url), engine, sessionmaker(engine, expire_on_commit=False), local_officer(), LEAD)


def backup_sqlite(database: Path, folder: Path, reason: str) -> Path:
    """A consistent copy of the register file (SQLite's backup API), before it is migrated."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target = folder / f"register-{reason}-{stamp}.sqlite3"
    source = sqlite3.connect(database)
    copy = sqlite3.connect(target)
    try:
        source.backup(copy)
    finally:
        copy.close()
        source.close()
    return target


def migrate(engine: Engine) -> None:
    """Bring the register's schema to head (the same revisions on SQLite and PostgreSQL)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", MIGRATIONS)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def upgrade(data_root: Path, url: str | None = None) -> tuple[str | None, str]:
    """``kitemark register upgrade``: migrate the register to head (and, on PostgreSQL, set the roles' grants)."""
    chosen = register_url(data_root, url)
    parsed = checked_url(chosen)
    if parsed.get_backend_name() == "sqlite":
        register = _open_sqlite(data_root, parsed, read_only=False)
        register.close()
        return None, head_revision()
    engine = make_engine(parsed)
    try:
        before = stored_revision(engine)
        if is_newer(before):
            raise RegisterError(
                f"{_sentence_about(chosen)} was upgraded by a newer Kitemark; install that version to use it."
            )
        migrate(engine)
        from kitemark_app.register.roles import grant_roles

        with engine.begin() as connection:
            grant_roles(connection)
        return before, head_revision()
    except OperationalError as error:
        raise RegisterError(_unreachable(chosen, error)) from None
    except DBAPIError as error:
        if refused_by_server(error) is None:
            raise
        raise RegisterError(
            f"Your login may not upgrade {describe(chosen)}; the database's owner (e.g. kitemark_admin) runs "
            "'kitemark register upgrade'."
        ) from None
    finally:
        engine.dispose()
