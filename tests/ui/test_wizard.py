"""The welcome screen and the first-run wizard: checks on the profile, the framework choice, the demo."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from kitemark_app.core.profile import IncomeBand, LegalForm
from kitemark_app.paths import default_framework_text
from kitemark_app.services.workspace import Workspace
from kitemark_app.ui.app import run_gui
from kitemark_app.ui.setup_wizard import SetupWizard


def test_welcome_offers_setup_demo_and_assessor_mode(open_app, data_dir: Path) -> None:
    controller = open_app(data_dir)
    welcome = controller.welcome
    buttons = [b.accessibleName() for b in welcome.findChildren(type(welcome.start_button))]
    assert buttons == ["Start our self-assessment", "Try the demo", "Open an assessor pack"]
    assert all(b.isVisible() for b in welcome.findChildren(type(welcome.start_button)))


def test_identity_page_checks_required_fields_and_number_formats(qtbot) -> None:
    wizard = SetupWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    fields = wizard.fields
    wizard.next()
    assert wizard.currentPage() is wizard.identity_page
    assert fields.errors["name"].text() == "Please give the organisation's name."
    fields.name.setText("Hope Street Trust")
    fields.legal_form.setCurrentIndex(fields.legal_form.findData(LegalForm.CHARITABLE_COMPANY.value))
    wizard.next()
    assert wizard.currentPage() is wizard.identity_page
    assert "Companies House number" in fields.errors["company_number"].text()
    fields.company_number.setText("1234")
    wizard.next()
    assert "8 digits" in fields.errors["company_number"].text()
    fields.company_number.setText("sc 123456")  # typed lower case with a space: normalised, and valid
    fields.charity_number.setText("SC01234")
    wizard.next()
    assert "SC and 6 digits" in fields.errors["charity_number"].text()
    fields.charity_number.setText("1234567-1")
    wizard.next()
    assert wizard.currentPage() is wizard.contact_page
    assert not fields.errors["name"].isVisibleTo(wizard)
    assert fields.details().company_number == "SC123456"


def test_contact_page_checks_the_email(qtbot) -> None:
    wizard = SetupWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.fields.name.setText("Hope Street Group")
    wizard.next()
    wizard.fields.address.setPlainText("1 Hope Street")
    wizard.fields.contact_name.setText("Jo")
    wizard.fields.contact_email.setText("jo at example")
    wizard.next()
    assert wizard.currentPage() is wizard.contact_page
    assert "name@example.org" in wizard.fields.errors["contact_email"].text()


def test_a_broken_council_framework_is_explained_and_blocks_finishing(qtbot, tmp_path: Path) -> None:
    wizard = SetupWizard()
    qtbot.addWidget(wizard)
    page = wizard.framework_page
    broken = tmp_path / "council.yaml"
    broken.write_text(default_framework_text().replace("level: Foundation", "level: Gold", 1), encoding="utf-8")
    page.load_file(broken)
    assert not page.file_problem.isHidden()
    assert "not a valid framework" in page.file_problem.text()
    assert "unknown level 'Gold'" in page.file_problem.text()
    assert "Traceback" not in page.file_problem.text()
    assert not page.isComplete()

    unreadable = tmp_path / "scan.yaml"
    unreadable.write_bytes(b"\xff\xfe\x00bad")
    page.load_file(unreadable)
    assert "cannot be read" in page.file_problem.text()
    assert not page.isComplete()

    good = tmp_path / "council-2027.yaml"
    good.write_text(
        default_framework_text().replace("title: Riverside Voluntary Sector Kitemark", "title: Council copy"),
        encoding="utf-8",
    )
    page.load_file(good)
    assert page.file_problem.isHidden()
    assert page.isComplete()
    assert [page.level.itemText(i) for i in range(page.level.count())] == ["Foundation", "Commissioning-ready"]
    assert "title: Council copy" in wizard.result_choices().framework_source

    page.use_default.setChecked(True)
    assert "Riverside" in wizard.result_choices().framework_source


def test_finishing_the_wizard_creates_the_organisation_and_cycle(qtbot, open_app, data_dir: Path) -> None:
    controller = open_app(data_dir)
    qtbot.mouseClick(controller.welcome.start_button, Qt.MouseButton.LeftButton)
    wizard = controller.wizard
    f = wizard.fields
    f.name.setText("Oak Tree Lunch Club")
    wizard.next()
    f.address.setPlainText("3 Oak Road")
    f.contact_name.setText("Lee")
    f.contact_email.setText("lee@example.org")
    wizard.next()
    f.income_band.setCurrentIndex(f.income_band.findData(IncomeBand.UNDER_10K.value))
    wizard.next()
    wizard.framework_page.level.setCurrentText("Commissioning-ready")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.main_window is not None)
    qtbot.addWidget(controller.main_window)
    details = controller.workspace.organisation_details()
    assert (details.name, details.legal_form, details.income_band) == (
        "Oak Tree Lunch Club",
        LegalForm.UNINCORPORATED_ASSOCIATION,
        IncomeBand.UNDER_10K,
    )
    with controller.workspace.session() as session:
        assert controller.workspace.current_cycle(session).target_level == "Commissioning-ready"


def test_cancelling_the_wizard_keeps_the_welcome_screen(qtbot, open_app, data_dir: Path) -> None:
    controller = open_app(data_dir)
    qtbot.mouseClick(controller.welcome.start_button, Qt.MouseButton.LeftButton)
    controller.wizard.reject()
    assert controller.main_window is None
    assert controller.welcome.isVisible()
    assert not controller.workspace.has_organisation()


def test_try_the_demo_builds_it_in_its_own_folder_and_says_demo(
    qtbot, open_app, data_dir: Path, demo_folder: Path
) -> None:
    controller = open_app(data_dir)
    qtbot.mouseClick(controller.welcome.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=30000)
    window = controller.main_window
    qtbot.addWidget(window)
    assert window.windowTitle().startswith("DEMO")
    assert window.data_dir == demo_folder
    assert controller.workspace.layout.root == demo_folder
    with Workspace.open(data_dir) as real:
        assert not real.has_organisation()  # the demo never mixes with real data


def _gui(folder: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """``kitemark gui --exit-after-show`` in its own process (QApplication.exec cannot run inside pytest-qt),
    listing its imports on stderr (``-X importtime``)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config")}
    env.pop("KITEMARK_DATA_DIR", None)
    command = [
        sys.executable,
        "-X",
        "importtime",
        "-m",
        "kitemark_app",
        "--data-dir",
        str(folder),
        "gui",
        "--exit-after-show",
    ]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, check=False)


@pytest.mark.slow
def test_exit_after_show_returns_zero_on_both_first_screens(started_folder: Path, tmp_path: Path) -> None:
    shown_main = _gui(started_folder, tmp_path)  # the main window
    assert shown_main.returncode == 0, shown_main.stderr
    shown_welcome = _gui(tmp_path / "empty", tmp_path)  # the welcome screen
    assert shown_welcome.returncode == 0, shown_welcome.stderr
    assert "Traceback" not in shown_main.stderr + shown_welcome.stderr
    # Start-up stays light: PDF writing and signature checking load only when used.
    assert "| kitemark_app.ui.main_window" in shown_main.stderr  # the import listing is there
    assert not re.findall(r"\|\s+(reportlab|pyhanko)\b", shown_main.stderr)


def test_a_data_folder_that_cannot_be_opened_gives_one_plain_message(
    qapp, tmp_path: Path, message_boxes, monkeypatch
) -> None:
    from kitemark_app.errors import KitemarkError

    def refuse(_root: Path) -> Workspace:
        raise KitemarkError("This data was saved by a newer version of Kitemark; please install it.")

    monkeypatch.setattr(Workspace, "open", staticmethod(refuse))
    assert run_gui(tmp_path / "data") == 1
    assert message_boxes.texts("critical") == ["This data was saved by a newer version of Kitemark; please install it."]

    def crash(_root: Path) -> Workspace:
        raise OSError(13, "Permission denied")

    message_boxes.shown.clear()
    monkeypatch.setattr(Workspace, "open", staticmethod(crash))
    assert run_gui(tmp_path / "data") == 1
    [text] = message_boxes.texts("critical")
    assert "could not open its data" in text and "Traceback" not in text


def test_a_name_with_hidden_characters_is_pointed_out_in_the_wizard(qtbot) -> None:
    wizard = SetupWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    fields = wizard.fields
    wizard.next()
    fields.name.setText("Hope\u200b Street Trust")  # a zero-width space pasted in with the name
    wizard.next()
    assert wizard.currentPage() is wizard.identity_page
    assert "U+200B ZERO WIDTH SPACE" in fields.errors["name"].text()
    fields.name.setText("Hope Street Trust")
    wizard.next()
    assert wizard.currentPage() is wizard.contact_page


def test_volunteers_counted_but_not_ticked_stop_the_size_page_until_fixed(qtbot) -> None:
    from kitemark_app.core.profile import Activity

    wizard = SetupWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    fields = wizard.fields
    fields.name.setText("Hope Street Group")
    wizard.next()
    fields.address.setPlainText("1 Hope Street")
    fields.contact_name.setText("Jo")
    fields.contact_email.setText("jo@example.org")
    wizard.next()
    size_page = wizard.currentPage()
    assert size_page is not wizard.contact_page
    fields.volunteer_count.setValue(12)
    fields.activities[Activity.USES_VOLUNTEERS].setChecked(False)
    wizard.next()
    assert wizard.currentPage() is size_page
    assert "counts 12 volunteers, but 'Uses volunteers' is not ticked" in fields.errors["activities"].text()
    fields.activities[Activity.USES_VOLUNTEERS].setChecked(True)
    wizard.next()
    assert wizard.currentPage() is not size_page


def test_a_problem_under_a_field_goes_as_soon_as_it_is_fixed_and_looks_like_every_other(qtbot) -> None:
    wizard = SetupWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()  # the identity page, empty: its problems are shown
    error = wizard.fields.errors["name"]
    assert wizard.currentPage() is wizard.identity_page and error.isVisible()
    assert "#b42318" in error.styleSheet()  # red and bold, as problems are everywhere in the app
    wizard.fields.name.setText("Hope Street Group")
    assert not error.isVisible()  # gone at once, before Next is pressed again
