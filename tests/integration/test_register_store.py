"""The council register as its own store, the same on SQLite and PostgreSQL: opening, schema checks, the one-time
import of a 0.1 data folder, no lost updates, search, the pack archive."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from kitemark_app.register import store
from kitemark_app.register.archive import ArchiveProblem
from kitemark_app.register.store import ConcurrentEdit, RegisterError, open_register
from kitemark_app.services import assessor, council
from kitemark_app.services.assessor import OutcomeEntry, VerdictEntry
from tests import packs

FIXTURE_0001 = Path(__file__).parent.parent / "fixtures" / "db" / "0001.sqlite3"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> packs.DemoPack:
    return packs.demo_pack(tmp_path_factory)


def _received(desk: Path, demo: packs.DemoPack, url: str | None) -> assessor.OpenedPack:
    assessor.register_organisation(desk, demo.organisation, demo.fingerprint, register=url)
    opened = assessor.open_received_pack(desk, demo.path, register=url)
    assert opened.verdict.verdict == "valid"
    return opened


# --- where the register is -------------------------------------------------------------------------------------


def test_the_default_register_is_a_file_in_the_data_folder(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(store.REGISTER_URL_ENV, raising=False)
    assert store.register_url(data_dir) == f"sqlite:///{data_dir / 'register.sqlite3'}"
    monkeypatch.setenv(store.REGISTER_URL_ENV, "postgresql+psycopg://jo@db.example/kitemark")
    assert store.register_url(data_dir) == "postgresql+psycopg://jo@db.example/kitemark"
    assert store.register_url(data_dir, "sqlite:///x.sqlite3") == "sqlite:///x.sqlite3"  # --register wins


def test_a_saved_address_is_used_but_never_one_with_a_password(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(store.REGISTER_URL_ENV, raising=False)
    with pytest.raises(RegisterError, match="does not store passwords"):
        store.save_url(data_dir, "postgresql+psycopg://jo:secret@localhost/kitemark")
    assert not (data_dir / store.SAVED_URL_FILE).exists()
    store.save_url(data_dir, "postgresql://jo@localhost/kitemark")
    assert store.register_url(data_dir) == "postgresql+psycopg://jo@localhost/kitemark"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("postgresql+psycopg://jo@db.council.example/kitemark", "sslmode=verify-full"),
        ("postgresql+psycopg://jo@db.council.example/kitemark?sslmode=verify-full", "sslmode=verify-full"),
        ("postgresql+psycopg://jo@localhost/kitemark", None),
        ("postgresql+psycopg://jo@127.0.0.1:5433/kitemark", None),
    ],
)
def test_a_remote_server_is_reached_with_its_certificate_checked(url: str, expected: str | None) -> None:
    rendered = store.checked_url(url).render_as_string()
    assert (expected in rendered) if expected else ("sslmode" not in rendered)


@pytest.mark.parametrize("mode", ["disable", "allow", "prefer", "require", "verify-ca"])
def test_a_remote_server_without_full_certificate_checks_is_refused(mode: str) -> None:
    with pytest.raises(RegisterError, match="verify-full"):
        store.checked_url(f"postgresql+psycopg://jo@db.council.example/kitemark?sslmode={mode}")


def test_other_databases_are_refused_in_a_sentence() -> None:
    with pytest.raises(RegisterError, match="SQLite or PostgreSQL, not in mysql"):
        store.checked_url("mysql://jo@localhost/kitemark")
    with pytest.raises(RegisterError, match="not a register address"):
        store.checked_url("not a url at all")


# --- schema versions -----------------------------------------------------------------------------------------


def test_a_server_is_never_migrated_silently(postgres_database_url: str, tmp_path: Path) -> None:
    with pytest.raises(RegisterError, match=r"has not been set up yet.*register upgrade"):
        open_register(tmp_path, postgres_database_url)
    engine = create_engine(postgres_database_url)
    with engine.connect() as connection:  # still empty: opening created nothing
        assert connection.execute(text("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).scalar() == 0
    assert store.upgrade(tmp_path, postgres_database_url) == (None, store.head_revision())
    open_register(tmp_path, postgres_database_url).close()
    for stored, message in (("9999", "upgraded by a newer Kitemark"), ("0000", "from an older Kitemark")):
        with engine.begin() as connection:
            connection.execute(text("UPDATE register_alembic_version SET version_num = :v"), {"v": stored})
        with pytest.raises(RegisterError, match=message):
            open_register(tmp_path, postgres_database_url)
    engine.dispose()


def test_an_unreachable_server_is_one_sentence(tmp_path: Path) -> None:
    with pytest.raises(RegisterError, match=r"could not use the register kitemark on 127\.0\.0\.1.*server is running"):
        open_register(tmp_path, "postgresql+psycopg://nobody@127.0.0.1:1/kitemark")


def test_a_register_file_from_a_newer_kitemark_is_refused(data_dir: Path) -> None:
    open_register(data_dir).close()
    database = data_dir / store.REGISTER_FILE
    with sqlite3.connect(database) as connection:
        connection.execute("UPDATE register_alembic_version SET version_num = '9999'")
    with pytest.raises(RegisterError, match="saved by a newer Kitemark"):
        open_register(data_dir)


# --- the one-time import of a 0.1 data folder ------------------------------------------------------------------


def _table(database: Path, query: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(database) as connection:
        return connection.execute(query).fetchall()


def test_a_0_1_data_folder_keeps_its_register_and_its_own_file_unchanged(data_dir: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    old = data_dir / "kitemark.sqlite3"
    shutil.copyfile(FIXTURE_0001, old)
    before = hashlib.sha256(old.read_bytes()).hexdigest()
    expected = {
        table: _table(old, f"SELECT id FROM {table} ORDER BY id")
        for table in ("registered_organisation", "received_pack", "assessor_review", "criterion_verdict")
    }
    assert all(expected.values()), "the fixture has rows in every old register table"
    names = _table(old, "SELECT name, root_fingerprint FROM registered_organisation ORDER BY id")
    verdicts = _table(old, "SELECT criterion_id, verdict, condition FROM criterion_verdict ORDER BY id")

    open_register(data_dir).close()

    new = data_dir / store.REGISTER_FILE
    for table, ids in expected.items():
        assert _table(new, f"SELECT id FROM {table} ORDER BY id") == ids, table
    assert _table(new, "SELECT name, root_fingerprint FROM registered_organisation ORDER BY id") == names
    assert _table(new, "SELECT criterion_id, verdict, condition FROM criterion_verdict ORDER BY id") == verdicts
    assert hashlib.sha256(old.read_bytes()).hexdigest() == before  # only read
    open_register(data_dir).close()  # and only once: a second open copies nothing again
    assert _table(new, "SELECT count(*) FROM registered_organisation") == [(len(expected["registered_organisation"]),)]


# --- no lost updates --------------------------------------------------------------------------------------------


def test_two_officers_saving_the_same_review_one_is_refused_and_nothing_is_lost(
    register_url: str | None, demo: packs.DemoPack, tmp_path: Path
) -> None:
    desk = tmp_path / "desk"
    opened = _received(desk, demo, register_url)
    first = criterion = opened.criteria[0].criterion
    mine = assessor.load_review(desk, opened.received_pack_id, register=register_url)
    theirs = assessor.load_review(desk, opened.received_pack_id, register=register_url)
    theirs.verdicts[first] = VerdictEntry("not-met", comment="Their reading")
    assessor.save_review(desk, opened.received_pack_id, theirs, register=register_url)
    mine.verdicts[criterion] = VerdictEntry("met", comment="My reading")
    mine.outcome = OutcomeEntry("awarded", "Foundation", date(2029, 12, 1), None, "")
    with pytest.raises(
        ConcurrentEdit, match=r"saved this review.*after you opened it.*both versions are shown"
    ) as refused:
        assessor.save_review(desk, opened.received_pack_id, mine, register=register_url)
    assert refused.value.mine is mine and mine.verdicts[criterion].comment == "My reading"  # kept to apply again
    assert refused.value.theirs.verdicts[criterion].comment == "Their reading"  # type: ignore[attr-defined]
    stored = assessor.load_review(desk, opened.received_pack_id, register=register_url)
    assert stored.verdicts[criterion].comment == "Their reading" and stored.outcome.decision == ""
    # Read again, the same change saves: the refusal was about the stale read, not the content.
    stored.verdicts[criterion] = VerdictEntry("met", comment="My reading")
    assessor.save_review(desk, opened.received_pack_id, stored, register=register_url)
    assert (
        assessor.load_review(desk, opened.received_pack_id, register=register_url).verdicts[criterion].verdict == "met"
    )


def test_every_change_is_in_the_pack_history(register_url: str | None, demo: packs.DemoPack, tmp_path: Path) -> None:
    desk = tmp_path / "desk"
    opened = _received(desk, demo, register_url)
    draft = opened.draft
    draft.verdicts[opened.criteria[0].criterion] = VerdictEntry("met")
    assessor.save_review(desk, opened.received_pack_id, draft, register=register_url)
    lines = council.history(desk, opened.received_pack_id, register=register_url)
    assert [line.action for line in lines] == ["received", "review-saved"]
    assert '"met"' in lines[1].after and lines[1].before == ""
    assert all(line.officer for line in lines)


# --- search -----------------------------------------------------------------------------------------------------


def test_search_ignores_accents_and_case_and_finds_numbers_and_fingerprints(
    register_url: str | None, tmp_path: Path
) -> None:
    desk = tmp_path / "desk"
    register = lambda name, fp, numbers=("", ""): assessor.register_organisation(  # noqa: E731
        desk, name, fp, register=register_url, numbers=numbers
    )
    register("Café Ünited Bethnal Green", "ab" * 32, ("1234567", ""))
    register("Bangla Housing 100% Trust", "cd" * 32, ("", "sc 012345"))
    register("Shoreditch Youth", "ef" * 32)

    def names(text: str) -> list[str]:
        return [row.name for row in council.search_organisations(desk, text, register=register_url)]

    assert names("cafe united") == ["Café Ünited Bethnal Green"]
    assert names("CAFÉ") == ["Café Ünited Bethnal Green"]
    assert names("1234567") == ["Café Ünited Bethnal Green"]
    assert names("SC012345") == ["Bangla Housing 100% Trust"]
    assert names("cdcd") == ["Bangla Housing 100% Trust"]
    assert names("cd:cd:cd") == ["Bangla Housing 100% Trust"]
    assert names("100%") == ["Bangla Housing 100% Trust"]
    assert names("%") == ["Bangla Housing 100% Trust"]  # LIKE's wildcard is taken literally
    assert names("_") == []
    assert names("") == ["Bangla Housing 100% Trust", "Café Ünited Bethnal Green", "Shoreditch Youth"]


# --- the pack archive -------------------------------------------------------------------------------------------


def test_a_received_pack_is_archived_once_and_checked_when_read(demo: packs.DemoPack, tmp_path: Path) -> None:
    desk = tmp_path / "desk"
    opened = _received(desk, demo, None)
    archived = council.archived_pack(desk, opened.received_pack_id)
    assert archived.read_bytes() == demo.bytes()
    assert archived.name == f"{opened.sha256}.pdf" and archived.parent.name == opened.sha256[:2]
    assessor.open_received_pack(desk, demo.path)  # the same pack again: still one file
    assert len(list((desk / "packs").rglob("*.pdf"))) == 1
    assert council.pack_detail(desk, opened.received_pack_id).archive_problem == ""

    data = bytearray(archived.read_bytes())
    data[len(data) // 2] ^= 0x01  # one bit, same size
    archived.write_bytes(bytes(data))
    with pytest.raises(ArchiveProblem, match="not the file that was received"):
        council.archived_pack(desk, opened.received_pack_id)
    assert "not the file that was received" in council.pack_detail(desk, opened.received_pack_id).archive_problem
    archived.unlink()
    with pytest.raises(ArchiveProblem, match="missing"):
        council.archived_pack(desk, opened.received_pack_id)


def test_the_archive_folder_can_be_a_shared_one(
    demo: packs.DemoPack, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shared = tmp_path / "shared-drive" / "kitemark-packs"
    monkeypatch.setenv("KITEMARK_PACK_ARCHIVE", str(shared))
    opened = _received(tmp_path / "desk", demo, None)
    assert (shared / opened.sha256[:2] / f"{opened.sha256}.pdf").read_bytes() == demo.bytes()
