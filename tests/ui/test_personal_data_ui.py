"""Personal data in the GUI: the evidence library says whether a file names people; Prepare submission lists the
files that do (or may) and are not redacted, and asks for a tick of their own before sending them as they are."""

from __future__ import annotations

from pathlib import Path

import pytest

from kitemark_app.evidence.redaction import Area, Redactions
from kitemark_app.services import evidence_ops, redaction_ops
from kitemark_app.services.demo import create_demo
from kitemark_app.services.workspace import Workspace
from kitemark_app.ui.events import AppEvents
from kitemark_app.ui.evidence_library import EvidenceLibraryPage
from kitemark_app.ui.submission_dialog import SubmissionDialog
from tests.integration.test_redaction_export import make_certificate
from tests.ui.test_evidence_library import select_title


@pytest.fixture
def workspace(data_dir: Path):
    create_demo(data_dir)
    with Workspace.open(data_dir) as opened:
        yield opened


def item_of(workspace: Workspace, title: str) -> evidence_ops.EvidenceSummary:
    return next(i for i in evidence_ops.list_evidence(workspace) if i.title == title)


def test_the_library_says_whether_a_file_names_people(qtbot, workspace: Workspace) -> None:
    page = EvidenceLibraryPage(workspace, AppEvents())
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.waitExposed(page)
    assert not page.personal.isEnabled()  # nothing selected
    select_title(page, "Training and checks record")
    assert page.personal.isEnabled() and page.personal.currentText() == "Not said yet"
    page.personal.setCurrentIndex(page.personal.findData("yes"))
    page.personal.activated.emit(page.personal.currentIndex())
    assert item_of(workspace, "Training and checks record").personal_data is True
    qtbot.waitUntil(lambda: page.personal.currentText() == "Yes: it names people")  # kept after the reload
    select_title(page, "Risk register")
    assert page.personal.currentText() == "Not said yet"
    page.personal.setCurrentIndex(page.personal.findData("no"))
    page.personal.activated.emit(page.personal.currentIndex())
    assert item_of(workspace, "Risk register").personal_data is False


def test_prepare_submission_lists_the_files_and_wants_their_own_tick(qtbot, workspace: Workspace,
                                                                     tmp_path: Path) -> None:  # fmt: skip
    make_certificate(tmp_path / "dbs.pdf")
    certificate = evidence_ops.add_evidence(workspace, tmp_path / "dbs.pdf", title="DBS certificate",
                                            criteria=["SAF-03"])  # fmt: skip
    evidence_ops.update_details(workspace, certificate, personal_data=True)
    events = AppEvents()
    dialog = SubmissionDialog(workspace, events)
    qtbot.addWidget(dialog)
    dialog.show()
    lines = [dialog.personal.files.item(row).text() for row in range(dialog.personal.count())]
    assert lines[0].startswith("'Safeguarding adults policy and procedure' may name people (this criterion's")
    assert lines[1].startswith("'Training and checks record' may name people")  # once, though on 3 criteria
    assert lines[2].startswith("'DBS certificate' contains personal data")
    assert len(lines) == 3
    tip = dialog.personal.files.item(2).toolTip()  # the whole line, which the list may cut short
    assert tip.startswith(lines[2] + "\n") and tip.endswith("to go to the file in the evidence library.")
    assert not any(p.kind == "personal-data" for p in dialog.others)  # not also in the general list
    dialog.acknowledge.setChecked(True)
    assert not dialog.next_button.isEnabled()
    dialog.personal.send_as_they_are.setChecked(True)
    assert dialog.next_button.isEnabled()
    with qtbot.waitSignal(events.navigation_requested) as asked:
        dialog.personal.files.itemActivated.emit(dialog.personal.files.item(2))
    assert asked.args == [f"evidence:{certificate}"]


def test_nothing_to_say_when_every_such_file_is_redacted_or_said_to_name_no_one(qtbot, workspace: Workspace,
                                                                                 tmp_path: Path) -> None:  # fmt: skip
    for title in ("Training and checks record", "Safeguarding adults policy and procedure"):
        evidence_ops.update_details(workspace, item_of(workspace, title).id, personal_data=False)
    make_certificate(tmp_path / "dbs.pdf")
    certificate = evidence_ops.add_evidence(workspace, tmp_path / "dbs.pdf", criteria=["SAF-03"])
    evidence_ops.update_details(workspace, certificate, personal_data=True)
    redaction_ops.save(workspace, certificate, Redactions((Area(1, 0, 0.1, 1, 0.3),)))
    dialog = SubmissionDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.personal.count() == 0 and not dialog.personal.isVisibleTo(dialog)
    dialog.acknowledge.setChecked(True)
    assert dialog.next_button.isEnabled()
