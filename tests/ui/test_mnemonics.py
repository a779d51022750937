"""Every Alt+letter in every window and dialog is unique among what it shows at one time (tests/ui/mnemonics.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from kitemark_app.evidence.date_guess import DateGuess
from kitemark_app.services import assessor
from kitemark_app.services.demo import create_demo
from kitemark_app.ui.evidence_dating import DatingDialog, Undated
from kitemark_app.ui.key_dialog import KeyDialog, SecretsDialog
from kitemark_app.ui.setup_wizard import SetupWizard
from kitemark_app.ui.submission_dialog import SubmissionDialog
from tests.ui.mnemonics import clashes
from tests.ui.test_assessor import Packs, _open, _window, packs  # noqa: F401  (the module's fixture)
from tests.ui.test_criterion_page import window  # noqa: F401  (the main window on a criterion page)


def test_the_main_window_on_each_page(qtbot, window) -> None:  # noqa: F811
    for target in ("overview", "criterion:GOV-03", "evidence", "actions", "profile"):
        window.navigate(target)
        assert clashes(window) == {}, target


def test_the_assessor_window_on_each_tab(qtbot, message_boxes, packs: Packs, tmp_path: Path) -> None:  # noqa: F811
    desk = tmp_path / "assessor"
    opened = assessor.open_received_pack(desk, packs.pack)
    assessor.register_organisation(desk, opened.verdict.organisation or "", opened.verdict.signer_fingerprint or "")
    assessor_window = _window(qtbot, desk)
    _open(qtbot, assessor_window, packs.pack)
    for index in range(assessor_window.tabs.count()):
        assessor_window.tabs.setCurrentIndex(index)
        for decision in (assessor_window.outcome.award, assessor_window.outcome.resubmit):
            decision.setChecked(True)
            assert clashes(assessor_window) == {}, assessor_window.tabs.tabText(index)


def test_the_dialogs(qtbot, tmp_path: Path) -> None:
    root = tmp_path / "demo"
    create_demo(root)
    dialogs = [
        KeyDialog(root),
        SecretsDialog("Change passphrase", ""),
        DatingDialog([Undated(1, "Policy", DateGuess(date(2026, 6, 1), "file name")), Undated(2, "Minutes", None)]),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        assert clashes(dialog) == {}, type(dialog).__name__
    from kitemark_app.services.workspace import Workspace

    with Workspace.open(root) as workspace:
        submission = SubmissionDialog(workspace)
        qtbot.addWidget(submission)
        submission.show()
        for page in range(submission.pages.count()):
            submission._show(page)
            assert clashes(submission) == {}, f"submission page {page}"
        submission.close()
    wizard = SetupWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    for page_id in wizard.pageIds():
        wizard.setStartId(page_id)
        wizard.restart()
        assert clashes(wizard) == {}, f"wizard page {page_id}"


def test_the_signing_page_with_the_encryption_choice(qtbot, tmp_path: Path) -> None:
    """The council's certificate shows the encryption box on the signing page, beside "&Export" (Alt+E was both)."""
    from kitemark_app.services.workspace import Workspace
    from kitemark_app.ui.submission_dialog import SIGNING
    from tests.council_keys import council_key, give_council_certificate

    root = tmp_path / "demo"
    create_demo(root)
    give_council_certificate(root, council_key().certificate_pem())
    with Workspace.open(root) as workspace:
        submission = SubmissionDialog(workspace)
        qtbot.addWidget(submission)
        submission.show()
        submission._show(SIGNING)
        assert submission.encryption.isVisible()
        assert clashes(submission) == {}
        submission.close()
