"""The assessor's trust register (verify/register.py) on a fresh SQLite register, at unit level: what each call
stores, in the organisation, received-pack and audit rows, and the exact sentence of each refusal. The integration
tests (test_verify.py, test_name_binding.py) go through real packs; scripts/mutation.sh runs these ones. Expected
values are written out: fingerprints, dates (the clock is fixed), sentences and JSON."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

import kitemark_app.verify.register as register_module
from kitemark_app.errors import KitemarkError
from kitemark_app.register.models import AuditEntry, ReceivedPack, RegisteredOrganisation
from kitemark_app.register.store import open_register
from kitemark_app.verify.register import ReceivedPackInfo, RegisterConflict, TrustRegister, file_sha256
from kitemark_app.verify.trust import RegisteredOrg
from kitemark_app.verify.verifier import Verdict

FP_A = "0123456789abcdef" * 4
FP_B = "fedcba9876543210" * 4
FP_C = "00112233445566778899aabbccddeeff" * 2
FP_A_TYPED = "01:23:45:67:89:AB:CD:EF " * 4  # as people type it: colons, spaces, capitals


class _Clock(datetime):
    """2026-12-02 23:30 UTC, which is already 2026-12-03 13:30 on the local clock (UTC+14)."""

    @classmethod
    def now(cls, tz: tzinfo | None = None) -> datetime:  # type: ignore[override]
        moment = datetime(2026, 12, 2, 23, 30, tzinfo=UTC)
        if tz is None:
            return moment.astimezone(timezone(timedelta(hours=14))).replace(tzinfo=None)
        return moment.astimezone(tz)


@dataclass
class Opened:
    sessions: sessionmaker[Session]
    trust: TrustRegister

    def organisations(self) -> list[RegisteredOrganisation]:
        with self.sessions() as session:
            return list(session.scalars(select(RegisteredOrganisation).order_by(RegisteredOrganisation.id)))

    def packs(self) -> list[ReceivedPack]:
        with self.sessions() as session:
            return list(session.scalars(select(ReceivedPack).order_by(ReceivedPack.id)))

    def audit(self) -> list[tuple[str, str, str, int | None, int | None, str, str]]:
        with self.sessions() as session:
            return [
                (e.officer, e.action, e.record, e.record_id, e.received_pack_id, e.before_json, e.after_json)
                for e in session.scalars(select(AuditEntry).order_by(AuditEntry.id))
            ]


@pytest.fixture
def opened(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Opened]:
    monkeypatch.delenv("KITEMARK_REGISTER_URL", raising=False)  # the data folder's own SQLite file
    monkeypatch.setattr(register_module, "datetime", _Clock)
    with open_register(data_dir) as register:
        yield Opened(register.sessions, TrustRegister(register.sessions, "alice"))


# --- registering -----------------------------------------------------------------------------------------------


def test_a_new_organisation_is_stored_with_its_folded_name_numbers_and_officer_and_audited(opened: Opened) -> None:
    entry = opened.trust.register_organisation(
        "  Café   Ünited ", FP_A_TYPED, "Phoned 26 Nov", numbers=("sc 012345", "0123 4567")
    )
    (row,) = opened.organisations()
    assert (row.name, row.name_key, row.root_fingerprint, row.notes) == (
        "Café Ünited",
        "cafe united",
        FP_A,
        "Phoned 26 Nov",
    )
    assert (row.charity_number, row.company_number, row.registered_by) == ("SC012345", "01234567", "alice")
    assert entry == RegisteredOrg(row.id, "Café Ünited", FP_A, row.registered_at, "Phoned 26 Nov")
    assert entry.registered_at is not None
    assert opened.audit() == [
        ("alice", "registered", "organisation", row.id, None, "",
         '{"name": "Caf\\u00e9 \\u00dcnited", "root_fingerprint": "' + FP_A + '"}'),
    ]  # fmt: skip


def test_without_notes_numbers_or_officer_nothing_is_made_up(opened: Opened) -> None:
    TrustRegister(opened.sessions).register_organisation("Riverside Hub", FP_A)
    (row,) = opened.organisations()
    assert (row.notes, row.charity_number, row.company_number, row.registered_by) == ("", "", "", "")
    assert opened.audit()[0][0] == ""


def test_registering_the_same_pair_again_changes_nothing(opened: Opened) -> None:
    first = opened.trust.register_organisation("Riverside Hub", FP_A, "Phoned")
    again = opened.trust.register_organisation("RIVERSIDE  hub", FP_A)
    assert again == first
    assert again.name == "Riverside Hub" and again.root_fingerprint == FP_A and again.notes == "Phoned"
    assert len(opened.organisations()) == 1 and len(opened.audit()) == 1


def test_a_name_with_hidden_characters_is_refused_with_the_character_named(opened: Opened) -> None:
    with pytest.raises(KitemarkError) as raised:
        opened.trust.register_organisation("River\u200bside Hub", FP_A)
    assert str(raised.value) == (
        "The organisation's name contains characters that cannot be seen (U+200B ZERO WIDTH SPACE); "
        "type it again without them."
    )
    assert opened.organisations() == []


def test_an_empty_name_is_refused(opened: Opened) -> None:
    with pytest.raises(KitemarkError) as raised:
        opened.trust.register_organisation("   ", FP_A)
    assert str(raised.value) == "Give the organisation's name to register it."


def test_a_fingerprint_that_is_not_one_is_refused_with_what_to_do(opened: Opened) -> None:
    with pytest.raises(KitemarkError) as raised:
        opened.trust.register_organisation("Riverside Hub", "12ab")
    assert str(raised.value) == (
        "'12ab' is not a SHA-256 fingerprint (64 hexadecimal digits); copy it again from the pack's cover or the "
        "verification details."
    )


def test_a_root_already_registered_to_another_organisation_is_refused(opened: Opened) -> None:
    opened.trust.register_organisation("Riverside Hub", FP_A)
    opened.trust.register_organisation("Hillside Trust", FP_B)
    with pytest.raises(RegisterConflict) as raised:
        opened.trust.register_organisation("Someone Else", FP_B)
    assert str(raised.value) == (
        "This root fingerprint is already registered to 'Hillside Trust'; two organisations cannot share a root, "
        "so check which one the pack really comes from."
    )
    assert len(opened.organisations()) == 2


def test_a_lookalike_of_a_registered_name_is_refused_as_possible_impersonation(opened: Opened) -> None:
    opened.trust.register_organisation("Hillside Trust", FP_B)
    opened.trust.register_organisation("Riverside Hub", FP_A)
    with pytest.raises(RegisterConflict) as raised:
        opened.trust.register_organisation("R\u0456verside Hub", FP_C)  # a Cyrillic і
    assert str(raised.value) == (
        "'R\u0456verside Hub' looks like 'Riverside Hub', which is already registered with another root "
        "(0123 4567 89ab cdef 0123 4567 89ab cdef 0123 4567 89ab cdef 0123 4567 89ab cdef); someone may be "
        "impersonating it, so check with that organisation by a channel you already trust before registering this one."
    )
    assert len(opened.organisations()) == 2


def test_a_registered_name_with_a_new_root_is_refused_unless_replaced(opened: Opened) -> None:
    opened.trust.register_organisation("Hillside Trust", FP_B)
    opened.trust.register_organisation("Riverside Hub", FP_A)
    with pytest.raises(RegisterConflict) as raised:
        opened.trust.register_organisation("riverside hub", FP_C)
    assert str(raised.value) == (
        "'Riverside Hub' is already registered with a different root "
        "(0123 4567 89ab cdef 0123 4567 89ab cdef 0123 4567 89ab cdef 0123 4567 89ab cdef); confirm the change "
        "with the organisation by a channel you trust, then choose to replace its root."
    )
    assert [row.root_fingerprint for row in opened.organisations()] == [FP_B, FP_A]


def test_replacing_a_root_keeps_the_old_one_in_the_notes_dated_in_utc_and_audits_both(opened: Opened) -> None:
    opened.trust.register_organisation("Hillside Trust", FP_B)
    first = opened.trust.register_organisation("Riverside Hub", FP_A, "Phoned 26 Nov")
    replaced = opened.trust.register_organisation("Riverside Hub", FP_C, "Letter of 1 Dec", replace=True)
    notes = (
        "Phoned 26 Nov\nLetter of 1 Dec\n2026-12-02: root changed from " + FP_A + " after confirmation by the assessor."
    )
    assert replaced == RegisteredOrg(first.id, "Riverside Hub", FP_C, first.registered_at, notes)
    hillside, riverside = opened.organisations()
    assert (riverside.root_fingerprint, riverside.notes) == (FP_C, notes)
    assert hillside.root_fingerprint == FP_B
    assert opened.audit()[-1] == (
        "alice", "root-replaced", "organisation", first.id, None, '{"root_fingerprint": "' + FP_A + '"}',
        '{"name": "Riverside Hub", "root_fingerprint": "' + FP_C + '"}',
    )  # fmt: skip


def test_replacing_a_root_without_notes_adds_only_the_dated_line(opened: Opened) -> None:
    opened.trust.register_organisation("Riverside Hub", FP_A)
    replaced = opened.trust.register_organisation("Riverside Hub", FP_C, replace=True)
    assert replaced.notes == "2026-12-02: root changed from " + FP_A + " after confirmation by the assessor."


# --- looking up ------------------------------------------------------------------------------------------------


def test_lookups_by_fingerprint_name_and_search(opened: Opened) -> None:
    zeta = opened.trust.register_organisation("Zeta Café", FP_A, "first")
    alpha = opened.trust.register_organisation("Alpha Trust", FP_B, "second")
    assert opened.trust.by_fingerprint(FP_B) == alpha
    assert opened.trust.by_fingerprint(FP_A) == zeta
    assert opened.trust.by_fingerprint(FP_C) is None
    assert opened.trust.by_name("ALPHA  trust") == [alpha]
    assert opened.trust.by_name("Zet\u0430 Café") == [zeta]  # a Cyrillic а looks the same
    assert opened.trust.by_name("Beta Trust") == []
    assert opened.trust.organisations() == [alpha, zeta]  # by name
    assert opened.trust.organisations("  ZETA  CAFE ") == [zeta]  # folded: case, accents and spacing aside
    assert opened.trust.organisations("fedcba98") == [alpha]  # part of a fingerprint
    assert opened.trust.organisations("nobody") == []


# --- received packs --------------------------------------------------------------------------------------------


def _verdict(path: Path, **fields: object) -> Verdict:
    return Verdict(fields.pop("verdict", "valid"), (), path, **fields)  # type: ignore[arg-type]


def test_a_received_pack_is_stored_with_its_due_date_and_organisation_and_audited(
    opened: Opened, tmp_path: Path
) -> None:
    riverside = opened.trust.register_organisation("Riverside Café", FP_A)
    path = tmp_path / "riverside-2026.pdf"
    path.write_bytes(b"not read: the verdict has the digest")
    verdict = _verdict(
        path,
        organisation="Riverside  Café",
        signer_fingerprint=FP_A,
        manifest_bytes='{"name": "Café"}'.encode(),
        file_sha256="ab" * 32,
    )
    info = opened.trust.record_received(verdict)
    (row,) = opened.packs()
    assert (row.registered_organisation_id, row.organisation_name, row.name_key) == (
        riverside.id, "Riverside  Café", "riverside cafe",
    )  # fmt: skip
    assert (row.received_by, row.due_by, row.file_name, row.sha256) == (
        "alice", date(2026, 12, 30), "riverside-2026.pdf", "ab" * 32,
    )  # fmt: skip  # 28 days after 2 December, the UTC date (it is already 3 December locally)
    assert (row.signer_fingerprint, row.verdict, row.manifest_json) == (FP_A, "valid", '{"name": "Café"}')
    assert info == ReceivedPackInfo(
        row.id, "Riverside  Café", "riverside-2026.pdf", "ab" * 32, FP_A, "valid", row.received_at, riverside.id
    )
    assert info.received_at is not None
    assert opened.audit()[-1] == (
        "alice", "received", "pack", row.id, row.id, "",
        '{"file_name": "riverside-2026.pdf", "sha256": "' + "ab" * 32 + '", "verdict": "valid"}',
    )  # fmt: skip


def test_a_received_pack_without_details_stores_empty_values_and_its_own_digest(opened: Opened, tmp_path: Path) -> None:
    content = bytes(range(256)) * 20_000  # 5 MB: more than one 4 MiB chunk
    path = tmp_path / "unnamed.pdf"
    path.write_bytes(content)
    info = opened.trust.record_received(_verdict(path, verdict="rejected"), "sent as attachment.pdf")
    (row,) = opened.packs()
    expected = hashlib.sha256(content).hexdigest()
    assert (row.organisation_name, row.name_key, row.signer_fingerprint, row.manifest_json) == ("", "", "", "")
    assert (row.file_name, row.sha256, row.verdict, row.registered_organisation_id) == (
        "sent as attachment.pdf", expected, "rejected", None,
    )  # fmt: skip
    assert (info.organisation_name, info.sha256, info.signer_fingerprint) == ("", expected, "")


def test_long_names_are_cut_to_their_columns(opened: Opened, tmp_path: Path) -> None:
    path = tmp_path / "p.pdf"
    path.write_bytes(b"x")
    name = "Riverside Café " + "x" * 300
    opened.trust.record_received(_verdict(path, organisation=name, file_sha256="ab" * 32), "f" * 600)
    (row,) = opened.packs()
    assert row.organisation_name == "Riverside Café " + "x" * 185
    assert row.name_key == "riverside cafe " + "x" * 185
    assert row.file_name == "f" * 500


def test_only_an_intact_pack_is_matched_to_its_signer_and_a_known_match_is_kept(opened: Opened, tmp_path: Path) -> None:
    riverside = opened.trust.register_organisation("Riverside Hub", FP_A)
    hillside = opened.trust.register_organisation("Hillside Trust", FP_B)
    path = tmp_path / "p.pdf"
    path.write_bytes(b"x")
    digest = "ab" * 32
    opened.trust.record_received(_verdict(path, verdict="rejected", signer_fingerprint=FP_A, file_sha256=digest))
    opened.trust.record_received(_verdict(path, verdict="unregistered", signer_fingerprint=FP_A, file_sha256=digest))
    handed = _verdict(path, signer_fingerprint=FP_A, registered=hillside, file_sha256=digest)
    opened.trust.record_received(handed)  # the verifier's own match wins
    opened.trust.record_received(_verdict(path, signer_fingerprint=FP_C, file_sha256=digest))
    assert [row.registered_organisation_id for row in opened.packs()] == [None, riverside.id, hillside.id, None]


def test_received_packs_newest_first_and_searched_by_organisation_or_file_name(opened: Opened, tmp_path: Path) -> None:
    path = tmp_path / "p.pdf"
    path.write_bytes(b"x")
    for organisation, file_name in [("Riverside Hub", "pack-a.pdf"), ("Hillside Trust", "pack-b.pdf"),
                                    ("Lakeside Club", "river-notes.pdf")]:  # fmt: skip
        opened.trust.record_received(_verdict(path, organisation=organisation, file_sha256="ab" * 32), file_name)
    with opened.sessions.begin() as session:
        for row, day in zip(session.scalars(select(ReceivedPack).order_by(ReceivedPack.id)), (2, 3, 1), strict=True):
            row.received_at = datetime(2026, 11, day, 9, 0, tzinfo=UTC)
    assert [p.file_name for p in opened.trust.received_packs()] == ["pack-b.pdf", "pack-a.pdf", "river-notes.pdf"]
    assert [p.file_name for p in opened.trust.received_packs("  RIVER ")] == ["pack-a.pdf", "river-notes.pdf"]
    assert [p.file_name for p in opened.trust.received_packs("PACK-B")] == ["pack-b.pdf"]
    assert [p.organisation_name for p in opened.trust.received_packs("hillside")] == ["Hillside Trust"]
    assert opened.trust.received_packs("nobody") == []


def test_file_sha256_reads_the_whole_file(tmp_path: Path) -> None:
    path = tmp_path / "five.bin"
    path.write_bytes(b"hello")
    assert file_sha256(path) == "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824"
