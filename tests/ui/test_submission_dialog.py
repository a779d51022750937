"""The Prepare submission dialog: readiness, declaration, passphrase, export off the UI thread, the result."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kitemark_app.core.status import ResponseStatus
from kitemark_app.pack.keys import grouped_fingerprint
from kitemark_app.services.demo import DEMO_PASSPHRASE, create_demo
from kitemark_app.services.export import ensure_signing_key
from kitemark_app.services.workspace import Workspace
from kitemark_app.ui.submission_dialog import DECLARATION, DONE, READINESS, SIGNING, SubmissionDialog


@pytest.fixture
def workspace(data_dir: Path) -> Iterator[Workspace]:
    create_demo(data_dir)
    opened = Workspace.open(data_dir)
    yield opened
    opened.close()


def open_dialog(qtbot: QtBot, workspace: Workspace) -> SubmissionDialog:
    dialog = SubmissionDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def to_signing_page(dialog: SubmissionDialog, out: Path) -> None:
    dialog.acknowledge.setChecked(True)
    dialog.personal.send_as_they_are.setChecked(True)  # the demo's training record may name people
    dialog.go_next()
    dialog.go_next()
    assert dialog.pages.currentIndex() == SIGNING
    dialog.destination.setText(str(out))


def test_demo_exports_through_the_dialog(qtbot: QtBot, workspace: Workspace, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, workspace)
    assert dialog.pages.currentIndex() == READINESS
    assert not dialog.must_fix and dialog.others  # the demo has stale evidence on purpose
    assert not dialog.next_button.isEnabled()
    dialog.acknowledge.setChecked(True)
    assert not dialog.next_button.isEnabled()  # the files that may name people are said yes to on their own
    assert dialog.personal.isVisibleTo(dialog) and dialog.personal.count() == 2  # a policy, the training record
    dialog.personal.send_as_they_are.setChecked(True)
    assert dialog.next_button.isEnabled()
    dialog.next_button.click()
    assert dialog.pages.currentIndex() == DECLARATION
    assert dialog.signatories.rowCount() == 2
    assert dialog.minute_ref.text().startswith("TM-")
    dialog.next_button.click()
    assert dialog.pages.currentIndex() == SIGNING
    assert dialog.creating_key and dialog.passphrase_again.isVisibleTo(dialog)

    out = tmp_path / "pack.pdf"
    dialog.destination.setText(str(out))
    dialog.passphrase.setText("short")
    assert dialog.passphrase_advice.isVisibleTo(dialog) and "at least" in dialog.passphrase_advice.text()
    assert not dialog.next_button.isEnabled()
    dialog.passphrase.setText("correcthorse")
    assert "four or five unrelated words" in dialog.passphrase_advice.text()  # honest about a weak one
    dialog.passphrase.setText(DEMO_PASSPHRASE)
    dialog.passphrase_again.setText(DEMO_PASSPHRASE + "x")
    assert "not the same" in dialog.passphrase_advice.text() and not dialog.next_button.isEnabled()
    dialog.passphrase_again.setText(DEMO_PASSPHRASE)
    assert dialog.next_button.isEnabled() and dialog.next_button.text() == "&Export"

    with qtbot.waitSignal(dialog.pack_exported, timeout=60_000) as exported:
        dialog.next_button.click()
    result = exported.args[0]
    assert dialog.pages.currentIndex() == DONE
    assert out.is_file() and result.pack == out.absolute()
    assert hashlib.sha256(out.read_bytes()).hexdigest() == result.sha256
    shown = dialog.done_text.text()
    assert out.name in shown and result.sha256 in shown
    assert grouped_fingerprint(result.signer_root_fingerprint) in shown
    assert dialog.close_button.text() == "&Close" and not dialog.next_button.isVisible()


def test_must_fix_problems_block(qtbot: QtBot, workspace: Workspace) -> None:
    workspace.save_answer("GOV-01", status=ResponseStatus.NOT_STARTED)
    dialog = open_dialog(qtbot, workspace)
    assert any("GOV-01" in p.message for p in dialog.must_fix)
    assert dialog.must_fix_list.count() == len(dialog.must_fix)
    dialog.acknowledge.setChecked(True)
    assert not dialog.next_button.isEnabled()
    assert "must be fixed" in dialog.readiness_summary.text()


def test_declaration_problems_keep_the_page(qtbot: QtBot, workspace: Workspace) -> None:
    dialog = open_dialog(qtbot, workspace)
    dialog.acknowledge.setChecked(True)
    dialog.personal.send_as_they_are.setChecked(True)
    dialog.go_next()
    dialog.minute_ref.setText("")
    dialog.signatories.item(0, 1).setText("")
    dialog.go_next()
    assert dialog.pages.currentIndex() == DECLARATION
    assert dialog.declaration_problem.isVisibleTo(dialog)
    assert "needs both a name and a role" in dialog.declaration_problem.text()
    dialog.signatories.item(0, 1).setText("Chair")
    dialog.go_next()
    assert "minute reference" in dialog.declaration_problem.text()
    dialog.minute_ref.setText("TM-9 item 2")
    dialog.go_next()
    assert dialog.pages.currentIndex() == SIGNING


def test_wrong_passphrase_is_one_sentence_and_keeps_the_page(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> None:
    ensure_signing_key(workspace.layout.root, DEMO_PASSPHRASE)
    dialog = open_dialog(qtbot, workspace)
    to_signing_page(dialog, tmp_path / "pack.pdf")
    assert not dialog.creating_key and not dialog.passphrase_again.isVisibleTo(dialog)
    dialog.passphrase.setText("not the passphrase")
    dialog.next_button.click()
    qtbot.waitUntil(lambda: dialog.export_problem.isVisibleTo(dialog), timeout=30_000)
    assert "passphrase" in dialog.export_problem.text()
    assert dialog.pages.currentIndex() == SIGNING and dialog.next_button.isEnabled()
    assert list(tmp_path.glob("*.pdf")) == []


def test_cancel_leaves_no_file(qtbot: QtBot, workspace: Workspace, tmp_path: Path) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    dialog = open_dialog(qtbot, workspace)
    to_signing_page(dialog, out_dir / "pack.pdf")
    dialog.passphrase.setText(DEMO_PASSPHRASE)
    dialog.passphrase_again.setText(DEMO_PASSPHRASE)
    dialog.start_export()
    assert not dialog.close_button.isEnabled()
    dialog.reject()  # Escape while exporting cancels the export, not the dialog
    qtbot.waitUntil(lambda: dialog.task is None, timeout=30_000)
    assert "cancelled" in dialog.export_problem.text()
    assert list(out_dir.iterdir()) == []
    assert dialog.isVisible()


def test_file_menu_opens_the_dialog(
    qtbot: QtBot, data_dir: Path, open_app: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    create_demo(data_dir)
    shown: list[SubmissionDialog] = []
    monkeypatch.setattr(SubmissionDialog, "exec", lambda self: shown.append(self) or 0)
    controller = open_app(data_dir)  # type: ignore[operator]
    window = controller.main_window
    file_menu = window.menuBar().actions()[0].menu()
    assert window.prepare_submission_action in file_menu.actions()
    window.prepare_submission_action.trigger()
    assert len(shown) == 1 and shown[0].pages.currentIndex() == READINESS
    shown[0].deleteLater()


def test_a_problem_in_the_list_takes_you_where_it_is_fixed(qtbot: QtBot, workspace: Workspace) -> None:
    from kitemark_app.ui.dashboard import TARGET_ROLE
    from kitemark_app.ui.events import AppEvents

    events = AppEvents()
    dialog = SubmissionDialog(workspace, events)
    qtbot.addWidget(dialog)
    dialog.show()
    stale = next(p for p in dialog.others if p.evidence_id is not None)  # the demo's out-of-date evidence
    row = dialog.others.index(stale)
    item = dialog.other_list.item(row)
    assert item.text() == stale.message and item.data(TARGET_ROLE) == f"evidence:{stale.evidence_id}"
    with qtbot.waitSignal(events.navigation_requested, timeout=2000) as asked:
        dialog.other_list.itemActivated.emit(item)
    assert asked.args == [f"evidence:{stale.evidence_id}"]
    assert not dialog.isVisible()  # closed, so the place is in front


def test_the_done_page_copies_the_identifiers_and_says_how_to_send(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> None:
    from PySide6.QtGui import QGuiApplication

    ensure_signing_key(workspace.layout.root, DEMO_PASSPHRASE)
    dialog = open_dialog(qtbot, workspace)
    to_signing_page(dialog, tmp_path / "pack.pdf")
    dialog.passphrase.setText(DEMO_PASSPHRASE)
    with qtbot.waitSignal(dialog.pack_exported, timeout=60_000) as exported:
        dialog.next_button.click()
    result = exported.args[0]
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert copied.splitlines() == [
        "Kitemark submission pack: pack.pdf",
        f"Root fingerprint: {grouped_fingerprint(result.signer_root_fingerprint)}",
        f"SHA-256 of the file: {result.sha256}",
    ]
    assert "Copied" in dialog.copied_note.text()
    assert "small enough to attach to an email" in dialog.sending_text.text()


def test_sending_advice_turns_at_the_email_limit() -> None:
    from kitemark_app.ui.submission_dialog import sending_advice

    assert "is 20 MB, small enough to attach to an email" in sending_advice(20_000_000)
    over = sending_advice(20_000_001)
    assert "is 20 MB, too large for most email services" in over and "USB stick" in over
    assert "is 0.2 MB" in sending_advice(216_000)


def test_sending_advice_names_the_councils_route_when_the_framework_gives_it() -> None:
    from kitemark_app.ui.submission_dialog import sending_advice

    advice = sending_advice(216_000, "kitemark@riverside.gov.example or the upload page at riverside.example/kitemark.")
    assert (
        "Your framework says to send it to the council here: kitemark@riverside.gov.example or the upload page at "
        "riverside.example/kitemark." in advice
    )
    assert "send it to the council here" not in sending_advice(216_000, "  ")


def test_no_encryption_choice_when_the_framework_carries_no_certificate(qtbot: QtBot, workspace: Workspace) -> None:
    dialog = open_dialog(qtbot, workspace)
    to_signing_page(dialog, Path("unused.pdf"))
    assert not dialog.encryption.isVisibleTo(dialog)
    assert dialog.encryption.encrypt() is False


def test_the_pack_is_encrypted_for_the_council_unless_the_box_is_unticked(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    from kitemark_app.verify import verify_pack
    from kitemark_app.verify.encryption import NeedsDecryptionKey
    from tests.council_keys import council_key, give_council_certificate

    create_demo(data_dir)
    give_council_certificate(data_dir, council_key().certificate_pem())
    ensure_signing_key(data_dir, DEMO_PASSPHRASE)
    with Workspace.open(data_dir) as workspace:
        dialog = open_dialog(qtbot, workspace)
        to_signing_page(dialog, tmp_path / "pack.pdf")
        choice = dialog.encryption
        assert choice.isVisibleTo(dialog) and choice.box.isChecked() and choice.box.isEnabled()
        assert choice.box.text() == "Encr&ypt the pack so only the council can open it"
        assert "Only the council's decryption key" in choice.note.text()
        choice.box.setChecked(False)
        assert "anyone who gets the file" in choice.note.text() and choice.encrypt() is False
        choice.box.setChecked(True)
        dialog.passphrase.setText(DEMO_PASSPHRASE)
        with qtbot.waitSignal(dialog.pack_exported, timeout=60_000) as exported:
            dialog.next_button.click()
        result = exported.args[0]
        assert result.encrypted_for == council_key().fingerprint
        assert "only the council's decryption key opens it" in dialog.done_text.text()
        with pytest.raises(NeedsDecryptionKey):
            verify_pack(result.pack)


def test_an_expired_certificate_is_explained_and_the_pack_not_encrypted(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    from datetime import UTC, datetime, timedelta

    from tests.council_keys import give_council_certificate, make_council_key

    create_demo(data_dir)
    old = make_council_key(valid_from=datetime.now(UTC) - timedelta(days=400), valid_days=30)
    give_council_certificate(data_dir, old.certificate_pem())
    with Workspace.open(data_dir) as workspace:
        dialog = open_dialog(qtbot, workspace)
        to_signing_page(dialog, tmp_path / "pack.pdf")
        choice = dialog.encryption
        assert choice.isVisibleTo(dialog) and not choice.box.isChecked() and not choice.box.isEnabled()
        assert "expired on" in choice.note.text() and choice.encrypt() is False


def test_the_bilingual_box_exports_through_the_same_service(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil
    import subprocess

    from kitemark_app.services import export as export_service

    asked: list[str] = []
    real = export_service.export_pack

    def recording(*args, **kwargs):  # the dialog's call, passed on to the real export
        asked.append(kwargs.get("second_language", ""))
        return real(*args, **kwargs)

    monkeypatch.setattr("kitemark_app.ui.submission_dialog.export_pack", recording)
    dialog = open_dialog(qtbot, workspace)
    to_signing_page(dialog, tmp_path / "pack.pdf")
    assert dialog.bilingual.isEnabled() and not dialog.bilingual.isChecked()  # English unless the charity chooses
    assert "English for the council" in dialog.bilingual_note.text()
    dialog.bilingual.setChecked(True)
    dialog.passphrase.setText(DEMO_PASSPHRASE)
    dialog.passphrase_again.setText(DEMO_PASSPHRASE)
    with qtbot.waitSignal(dialog.pack_exported, timeout=60_000):
        dialog.next_button.click()
    assert asked == ["bn"]
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(tmp_path / "pack.pdf"), "-"], capture_output=True, text=True).stdout
        assert "একটি স্বাক্ষরিত, গৃহীত পরিচালনা নথি" in text
