"""Every window besides the main one fits the laptops volunteers use, 1366×768 and 1024×768 (less a 40 px taskbar),
frame and title bar included, on every page it has: not larger than the screen, not smaller than its content needs
(Qt would push such a window off the screen instead), and tall enough for its wrapped text at the width it gets.
The main window's own fit is in test_screen_fit.py and test_room_for_text.py."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QWidget

from kitemark_app.evidence.date_guess import DateGuess
from kitemark_app.services import evidence_ops
from kitemark_app.services.demo import create_demo
from kitemark_app.services.export import ExportResult, ensure_signing_key
from kitemark_app.services.workspace import Workspace
from kitemark_app.ui import screen_fit
from kitemark_app.ui.screen_fit import BORDER, TITLE_BAR

SCREENS = {"1366x768": QRect(0, 0, 1366, 728), "1024x768": QRect(0, 0, 1024, 728)}


@pytest.fixture(params=sorted(SCREENS))
def screen(request, monkeypatch: pytest.MonkeyPatch) -> QRect:
    monkeypatch.setattr(screen_fit, "available_area", lambda _window: SCREENS[request.param])
    return SCREENS[request.param]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    folder = tmp_path_factory.mktemp("fit") / "demo"
    create_demo(folder)
    ensure_signing_key(folder, "a passphrase only for these tests")
    with Workspace.open(folder) as workspace:
        yield workspace


def fits(size: QSize, screen: QRect) -> bool:
    return size.width() + 2 * BORDER <= screen.width() and size.height() + TITLE_BAR + BORDER <= screen.height()


def assert_fits(window: QWidget, screen: QRect, where: str) -> None:
    size = window.size()
    assert fits(size, screen), f"{where}: {size.width()}×{size.height()} is larger than the screen"
    minimum = window.minimumSizeHint()
    assert fits(minimum, screen), f"{where}: needs at least {minimum.width()}×{minimum.height()}"
    assert size.width() >= minimum.width() and size.height() >= minimum.height(), f"{where}: squeezed"
    layout = window.layout()
    if layout is not None and layout.hasHeightForWidth():
        needed = layout.totalHeightForWidth(size.width())
        assert needed <= size.height(), f"{where}: its text needs {needed} px of height, it has {size.height()}"


def show(qtbot, window: QWidget) -> QWidget:
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def undated(count: int) -> list:
    from kitemark_app.ui.evidence_dating import Undated

    guesses = [DateGuess(date(2026, 6, 1), "file name"), DateGuess(date(2026, 7, 12), "date taken"), None]
    return [
        Undated(i, f"Minutes of the board meeting of the trustees, number {i}", guesses[i % 3]) for i in range(count)
    ]


def simple_windows(workspace: Workspace) -> dict[str, Callable[[], QWidget]]:
    from kitemark_app.ui.about import AboutDialog
    from kitemark_app.ui.action_dialog import ActionDialog
    from kitemark_app.ui.evidence_dating import DatingDialog
    from kitemark_app.ui.evidence_dialogs import EvidenceDetailsDialog
    from kitemark_app.ui.evidence_picker import EvidencePicker
    from kitemark_app.ui.frameworks_ui import StartFrameworkDialog
    from kitemark_app.ui.key_dialog import KeyDialog, SecretsDialog
    from kitemark_app.ui.report_export import ReportExportDialog
    from kitemark_app.ui.welcome import WelcomeScreen

    root = workspace.layout.root
    return {
        "welcome": WelcomeScreen,
        "about": lambda: AboutDialog(root),
        "action": ActionDialog,
        "evidence details": lambda: EvidenceDetailsDialog("Safeguarding policy", date(2026, 6, 1), None),
        "evidence picker": lambda: EvidencePicker(evidence_ops.list_evidence(workspace), "GOV-03"),
        "dating, 3 documents": lambda: DatingDialog(undated(3)),
        "dating, 25 documents": lambda: DatingDialog(undated(25)),
        "signing key": lambda: KeyDialog(root, organisation="Riverside Community Food Network"),
        "new passphrase": lambda: SecretsDialog("Change passphrase", "The key stays the same. " * 8),
        "start another framework": lambda: StartFrameworkDialog({"borough-vco-kitemark"}),
        "export an editable copy": lambda: ReportExportDialog(workspace),
    }


@pytest.mark.parametrize(
    "name",
    ["welcome", "about", "action", "evidence details", "evidence picker", "dating, 3 documents",
     "dating, 25 documents", "signing key", "new passphrase", "start another framework", "export an editable copy"],
)  # fmt: skip
def test_each_dialog_fits(qtbot, demo: Workspace, screen: QRect, name: str) -> None:
    window = show(qtbot, simple_windows(demo)[name]())
    assert_fits(window, screen, name)


def test_every_page_of_prepare_submission_fits_the_done_page_too(
    qtbot, demo: Workspace, screen: QRect, tmp_path: Path
) -> None:
    from kitemark_app.ui.submission_dialog import DONE, SubmissionDialog

    dialog = show(qtbot, SubmissionDialog(demo))
    for page in range(dialog.pages.count() - 1):
        dialog._show(page)
        assert_fits(dialog, screen, f"Prepare submission, page {page + 1}")
    pack = tmp_path / "Riverside Community Food Network Kitemark submission 2026-12-02.pdf"
    pack.write_bytes(b"%PDF-1.7 a stand-in for the signed pack")
    dialog._exported(ExportResult(pack, "bd0d" * 16, pack.stat().st_size, 19, "a7a1" * 16))
    assert dialog.pages.currentIndex() == DONE
    assert_fits(dialog, screen, "Prepare submission, done")
    assert dialog.print_button.isVisibleTo(dialog) and dialog.copy_button.isVisibleTo(dialog)


def test_every_page_of_the_setup_wizard_fits(qtbot, screen: QRect) -> None:
    from kitemark_app.ui.setup_wizard import SetupWizard

    wizard = show(qtbot, SetupWizard())
    for page in range(4):
        assert_fits(wizard, screen, f"setup wizard, page {page + 1}")
        wizard.currentPage().validatePage = lambda: True  # walk on without filling the form in
        wizard.next()
