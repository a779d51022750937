"""Prepare submission: readiness check → declaration → passphrase and destination → export → what was sent.

Problems that must be fixed are listed and stop the flow; the others must be acknowledged with a tick. The
export itself runs off the UI thread (``run_task``) with progress and cancel; the pack appears under its name only
when complete. The last page shows the file name, its SHA-256 and the root fingerprint to give the council.
"""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kitemark_app.core.readiness import Problem
from kitemark_app.core.safe_text import file_name_text
from kitemark_app.errors import KitemarkError
from kitemark_app.pack.keys import MIN_PASSPHRASE_CHARS, grouped_fingerprint, passphrase_advice
from kitemark_app.services.declaration import (
    Declaration,
    SignatoryEntry,
    declaration_problems,
    load_declaration,
    save_declaration,
)
from kitemark_app.services.export import (
    BILINGUAL,
    PERSONAL_DATA,
    ExportResult,
    can_be_bilingual,
    council_encryption,
    export_pack,
    key_status,
    redaction_problems,
)
from kitemark_app.services.report import status_report
from kitemark_app.services.workspace import Workspace
from kitemark_app.ui.core_sentences import error_text, sentence
from kitemark_app.ui.dashboard import TARGET_ROLE, problem_target
from kitemark_app.ui.encryption_choice import EncryptionChoice
from kitemark_app.ui.events import AppEvents
from kitemark_app.ui.evidence_model import with_unit
from kitemark_app.ui.fingerprint_sheet import SheetFacts, print_sheet
from kitemark_app.ui.folders import documents_folder
from kitemark_app.ui.problem_text import problem_text
from kitemark_app.ui.screen_fit import fit_dialog
from kitemark_app.ui.tasks import Task, run_task
from kitemark_app.ui.translations import shown_language
from kitemark_app.ui.widgets.personal_files import PersonalFilesBox

READINESS, DECLARATION, SIGNING, DONE = range(4)


EMAIL_LIMIT = 20 * 1000 * 1000  # most email services refuse attachments above 20-25 MB


def sending_advice(size: int, council_contact: str = "") -> str:
    """Plain words on sending a pack of ``size`` bytes: by email when it fits, otherwise another way; and where the
    council asks for packs, when its framework file says so (``council.contact``)."""
    megabytes = max(size / 1_000_000, 0.1)
    shown = with_unit(f"{megabytes:.1f}" if megabytes < 10 else f"{megabytes:.0f}", "MB")
    steps = QCoreApplication.translate(
        "SubmissionDialog",
        "Send the pack file itself, unchanged (not a printout, and not a copy re-saved from a PDF reader), or the "
        "council cannot check its signature. The first time, ring the council (or tell them in person) and read "
        "out the root fingerprint, so they know the pack is really yours.",
    )
    if size <= EMAIL_LIMIT:
        how = QCoreApplication.translate(
            "SubmissionDialog", "The pack is %1, small enough to attach to an email to the council."
        ).replace("%1", shown)
    else:
        how = QCoreApplication.translate(
            "SubmissionDialog",
            "The pack is %1, too large for most email services (about 20 MB at most). Ask the council how "
            "to send it: an upload link, a shared folder or a USB stick handed over in person.",
        ).replace("%1", shown)
    where = ""
    if council_contact.strip():
        where = " " + QCoreApplication.translate(
            "SubmissionDialog", "Your framework says to send it to the council here: %1."
        ).replace("%1", council_contact.strip().rstrip("."))
    return f"{how}{where} {steps}"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date_edit(day: date, name: str) -> QDateEdit:
    edit = QDateEdit(_qdate(day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("d MMM yyyy")
    edit.setMaximumDate(QDate.currentDate())
    edit.setAccessibleName(name)
    return edit


def _heading(text: str) -> QLabel:
    label = QLabel(f"<h3>{text}</h3>")
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


def _wrapped(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


WANTED_SIZE = QSize(760, 560)


class SubmissionDialog(QDialog):
    pack_exported = Signal(object)  # ExportResult

    def __init__(self, workspace: Workspace, events: AppEvents | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.events = events
        self.task: Task | None = None
        self.result: ExportResult | None = None
        self.setWindowTitle(self.tr("Prepare submission"))
        self.setAccessibleName(self.windowTitle())
        self.resize(WANTED_SIZE)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._readiness_page())
        self.pages.addWidget(self._declaration_page())
        self.pages.addWidget(self._signing_page())
        self.pages.addWidget(self._done_page())

        self.back_button = QPushButton(self.tr("< &Back"))
        self.next_button = QPushButton(self.tr("&Next >"))
        self.close_button = QPushButton(self.tr("&Close"))
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.back_button, self.next_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self.refresh_readiness()
        self._show(READINESS)

    # --- page 1: readiness --------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        fit_dialog(self)  # the whole of it on the screen, from 1024×768 up (ui/screen_fit.py)
        super().showEvent(event)

    def _readiness_page(self) -> QWidget:
        page = QWidget()
        self.readiness_summary = _wrapped()
        self.must_fix_label = _wrapped(self.tr("<b>Fix these before you can submit:</b>"))
        self.must_fix_list = QListWidget()
        self.must_fix_list.setAccessibleName(self.tr("Problems that must be fixed"))
        self.other_label = _wrapped(self.tr("<b>These do not stop a submission, but the assessor will see them:</b>"))
        self.other_list = QListWidget()
        self.other_list.setAccessibleName(self.tr("Problems you may submit with"))
        self.acknowledge = QCheckBox(
            self.tr("I have read these problems and want to submit with them (they are listed in the pack)")
        )
        self.acknowledge.setAccessibleName(self.tr("Acknowledge the problems"))
        self.personal = PersonalFilesBox()
        self.personal.choice_changed.connect(self._update_buttons)
        self.personal.file_chosen.connect(self._go_to_target)
        self.go_hint = _wrapped(
            self.tr("Double-click a problem (or select it and press Enter) to go where you fix it.")
        )
        self.acknowledge.toggled.connect(self._update_buttons)
        for widget in (self.must_fix_list, self.other_list):
            widget.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            widget.setWordWrap(True)
            widget.itemActivated.connect(self._go_to)  # Enter or double-click: close and go where it is fixed
            widget.setSpacing(3)
        layout = QVBoxLayout(page)
        layout.addWidget(_heading(self.tr("1. Readiness check")))
        for widget in (
            self.readiness_summary,
            self.must_fix_label,
            self.must_fix_list,
            self.other_label,
            self.other_list,
            self.acknowledge,
            self.personal,
            self.go_hint,
        ):
            layout.addWidget(widget, 3 if isinstance(widget, QListWidget | PersonalFilesBox) else 0)  # lists: the room
        layout.addStretch(1)
        return page

    def refresh_readiness(self) -> None:
        problems: list[Problem] = status_report(
            self.workspace, language=shown_language()
        ).problems + redaction_problems(self.workspace)
        self.must_fix = [p for p in problems if p.must_fix]
        self.others = [p for p in problems if not p.must_fix and p.kind != PERSONAL_DATA]
        self.personal.set_problems([p for p in problems if p.kind == PERSONAL_DATA])
        for widget, listed in ((self.must_fix_list, self.must_fix), (self.other_list, self.others)):
            widget.clear()
            for problem in listed:
                item = QListWidgetItem(problem_text(problem))
                item.setData(TARGET_ROLE, problem_target(problem))
                item.setToolTip(self.tr("Double-click or press Enter to close this window and go where you fix it."))
                widget.addItem(item)
        for widgets, shown in (
            ((self.must_fix_label, self.must_fix_list), bool(self.must_fix)),
            ((self.other_label, self.other_list, self.acknowledge), bool(self.others)),
            ((self.go_hint,), bool(problems) and self.events is not None),
        ):
            for widget in widgets:
                widget.setVisible(shown)
        if self.must_fix:
            text = self.tr(
                "%n problem(s) must be fixed first. Close this window, fix them, then choose Prepare submission again.",
                "",
                len(self.must_fix),
            )
        elif self.others or self.personal.count():
            text = self.tr("Nothing blocks the submission. Please read the points below and tick the box.")
        else:
            text = self.tr("Everything is answered and current: nothing blocks the submission.")
        self.readiness_summary.setText(text)

    def _go_to(self, item: QListWidgetItem) -> None:
        self._go_to_target(str(item.data(TARGET_ROLE)))

    def _go_to_target(self, target: str) -> None:
        if self.events is None or self.task is not None:
            return
        self.reject()
        self.events.navigation_requested.emit(target)

    # --- page 2: declaration ------------------------------------------------------------------------

    def _declaration_page(self) -> QWidget:
        page = QWidget()
        declaration = load_declaration(self.workspace)
        self.signatories = QTableWidget(0, 3)
        self.signatories.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("Date signed")])
        self.signatories.setAccessibleName(self.tr("Signatories"))
        header = self.signatories.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        for person in declaration.signatories:
            self.add_signatory(person)
        if not declaration.signatories:
            self.add_signatory()
        add = QPushButton(self.tr("&Add signatory"))
        add.clicked.connect(lambda: self.add_signatory())
        remove = QPushButton(self.tr("&Remove signatory"))
        remove.clicked.connect(self.remove_signatory)
        row_buttons = QHBoxLayout()
        row_buttons.addWidget(add)
        row_buttons.addWidget(remove)
        row_buttons.addStretch(1)
        self.resolution_date = _date_edit(declaration.resolution_date or date.today(), self.tr("Resolution date"))
        self.minute_ref = QLineEdit(declaration.minute_ref)
        self.minute_ref.setPlaceholderText(self.tr("e.g. TM-2026-11 item 6"))
        self.minute_ref.setAccessibleName(self.tr("Minute reference"))
        form = QFormLayout()
        for text, widget in (
            (self.tr("Date of the trustees' resolu&tion to submit"), self.resolution_date),
            (self.tr("&Minute reference"), self.minute_ref),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.declaration_problem = _wrapped()
        self.declaration_problem.setStyleSheet("color: #b42318")
        self.declaration_problem.setVisible(False)
        layout = QVBoxLayout(page)
        layout.addWidget(_heading(self.tr("2. Declaration")))
        layout.addWidget(
            _wrapped(
                self.tr(
                    "The trustees declare that the self-assessment and its evidence are true and complete. "
                    "List everyone who signs, and the meeting at which the trustees resolved to submit."
                )
            )
        )
        layout.addWidget(self.signatories, 1)
        layout.addLayout(row_buttons)
        layout.addLayout(form)
        layout.addWidget(self.declaration_problem)
        return page

    def add_signatory(self, person: SignatoryEntry | None = None) -> None:
        row = self.signatories.rowCount()
        self.signatories.insertRow(row)
        self.signatories.setItem(row, 0, QTableWidgetItem(person.name if person else ""))
        self.signatories.setItem(row, 1, QTableWidgetItem(person.role if person else ""))
        signed = _date_edit(person.signed_on if person else date.today(), self.tr("Date signed"))
        self.signatories.setCellWidget(row, 2, signed)

    def remove_signatory(self) -> None:
        row = self.signatories.currentRow()
        if row >= 0:
            self.signatories.removeRow(row)

    def declaration(self) -> Declaration:
        people = []
        for row in range(self.signatories.rowCount()):
            name, role = self.signatories.item(row, 0), self.signatories.item(row, 1)
            signed: QDateEdit = self.signatories.cellWidget(row, 2)  # type: ignore[assignment]
            people.append(
                SignatoryEntry(name.text() if name else "", role.text() if role else "", signed.date().toPython())
            )
        return Declaration(tuple(people), self.resolution_date.date().toPython(), self.minute_ref.text())

    def _store_declaration(self) -> bool:
        try:
            save_declaration(self.workspace, self.declaration())
        except KitemarkError as error:
            return self._declaration_failed([error_text(error)])
        problems = declaration_problems(load_declaration(self.workspace))
        if problems:
            return self._declaration_failed([p.message for p in problems])
        self.declaration_problem.setVisible(False)
        return True

    def _declaration_failed(self, messages: list[str]) -> bool:
        self.declaration_problem.setText("\n".join(messages))
        self.declaration_problem.setVisible(True)
        return False

    # --- page 3: key and destination ----------------------------------------------------------------

    def _signing_page(self) -> QWidget:
        page = QWidget()
        status = key_status(self.workspace.layout.root)
        self.creating_key = not status.exists
        self.key_intro = _wrapped()
        if self.creating_key:
            self.key_intro.setText(
                self.tr(
                    "This is your first submission, so Kitemark will create your organisation's signing key and "
                    "keep it in the data folder, locked with a passphrase you choose now. You will need the "
                    "passphrase for every submission; nobody can recover it for you. Write it down and keep "
                    "it with your other important papers."
                )
            )
        else:
            self.key_intro.setText(
                self.tr("Your signing key (root fingerprint %1) is ready; type its passphrase.").replace(
                    "%1", grouped_fingerprint(status.root_fingerprint)
                )
            )
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase_again = QLineEdit()
        self.passphrase_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_again.setAccessibleName(self.tr("Passphrase again"))
        self.passphrase_advice = _wrapped()
        self.passphrase_advice.setVisible(False)
        for field in (self.passphrase, self.passphrase_again):
            field.textChanged.connect(self._on_passphrase_changed)
        self.destination = QLineEdit(str(self._default_destination()))
        self.destination.setAccessibleName(self.tr("Save the pack as"))
        self.destination.textChanged.connect(self._update_buttons)
        browse = QPushButton(self.tr("C&hoose…"))
        browse.clicked.connect(self.choose_destination)
        where = QHBoxLayout()
        where.addWidget(self.destination, 1)
        where.addWidget(browse)
        form = QFormLayout()
        passphrase_label = QLabel(self.tr("&Passphrase"))
        passphrase_label.setBuddy(self.passphrase)
        form.addRow(passphrase_label, self.passphrase)
        if self.creating_key:
            again_label = QLabel(self.tr("Passphrase a&gain"))
            again_label.setBuddy(self.passphrase_again)
            form.addRow(again_label, self.passphrase_again)
        else:
            self.passphrase_again.setVisible(False)
        save_label = QLabel(self.tr("&Save the pack as"))
        save_label.setBuddy(self.destination)
        form.addRow(save_label, where)
        self.encryption = EncryptionChoice(council_encryption(self.workspace.layout.root))
        # The council's pack is English; the charity may choose one with each criterion in Bengali too.
        self.bilingual = QCheckBox(self.tr("&In English and Bengali (বাংলা)"))
        self.bilingual_note = _wrapped()
        if can_be_bilingual(self.workspace, BILINGUAL):
            self.bilingual_note.setText(
                self.tr(
                    "The pack is in English for the council. Ticked, each criterion's title and guidance are "
                    "given in English and then in Bengali."
                )
            )
        else:
            self.bilingual.setEnabled(False)
            self.bilingual_note.setText(self.tr("Your framework has no Bengali words, so the pack is in English."))
        self.bilingual.setAccessibleDescription(self.bilingual_note.text())
        self.export_problem = _wrapped()
        self.export_problem.setStyleSheet("color: #b42318")
        self.export_problem.setVisible(False)
        layout = QVBoxLayout(page)
        layout.addWidget(_heading(self.tr("3. Sign and export")))
        layout.addWidget(self.key_intro)
        layout.addLayout(form)
        layout.addWidget(self.bilingual)
        layout.addWidget(self.bilingual_note)
        layout.addWidget(self.passphrase_advice)
        layout.addWidget(self.encryption)
        layout.addWidget(self.export_problem)
        layout.addStretch(1)
        return page

    def _default_destination(self) -> Path:
        name = self.workspace.organisation_details().name or "Kitemark"
        safe = file_name_text(name)
        return documents_folder() / f"{safe} Kitemark submission {date.today()}.pdf"

    def choose_destination(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the submission pack"), self.destination.text(), self.tr("PDF files (*.pdf)")
        )
        if path:
            self.destination.setText(path if path.lower().endswith(".pdf") else f"{path}.pdf")

    def _on_passphrase_changed(self) -> None:
        text = self.passphrase.text()
        advice = None
        if self.creating_key and text:
            said = passphrase_advice(text)
            advice = sentence(said) if said is not None else None
            if advice is None and self.passphrase_again.text() and self.passphrase_again.text() != text:
                advice = self.tr("The two passphrases are not the same yet.")
            elif advice and self.passphrase_again.text() and self.passphrase_again.text() != text:
                advice += " " + self.tr("The two passphrases are not the same yet.")
        self.passphrase_advice.setText(advice or "")
        self.passphrase_advice.setVisible(bool(advice))
        self._update_buttons()

    def _signing_ready(self) -> bool:
        text = self.passphrase.text()
        if not text or not self.destination.text().strip():
            return False
        if self.creating_key:
            return len(text) >= MIN_PASSPHRASE_CHARS and text == self.passphrase_again.text()
        return True

    # --- page 4: done -------------------------------------------------------------------------------

    def _done_page(self) -> QWidget:
        page = QWidget()
        self.done_text = _wrapped()
        self.done_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.done_text.setTextFormat(Qt.TextFormat.RichText)
        self.copy_button = QPushButton(self.tr("Cop&y fingerprint and SHA-256"))
        self.copy_button.clicked.connect(self.copy_identifiers)
        self.print_button = QPushButton(self.tr("P&rint…"))
        self.print_button.setAccessibleName(self.tr("Print the fingerprint and SHA-256"))
        self.print_button.setToolTip(self.tr("A page to keep by the phone when you ring the council"))
        self.print_button.clicked.connect(self.print_identifiers)
        self.open_folder_button = QPushButton(self.tr("&Open folder"))
        self.open_folder_button.clicked.connect(self.open_folder)
        self.copied_note = _wrapped()
        actions = QHBoxLayout()
        actions.addWidget(self.copy_button)
        actions.addWidget(self.print_button)
        actions.addWidget(self.open_folder_button)
        actions.addStretch(1)
        self.sending_text = _wrapped()
        layout = QVBoxLayout(page)
        layout.addWidget(_heading(self.tr("Submission pack ready")))
        layout.addWidget(self.done_text)
        layout.addLayout(actions)
        layout.addWidget(self.copied_note)
        layout.addWidget(_heading(self.tr("How to send it to the council")))
        layout.addWidget(self.sending_text)
        layout.addStretch(1)
        return page

    def _council_contact(self) -> str:
        """How the council of the framework in use asks for packs ("" when its file does not say)."""
        with self.workspace.session() as session:
            council = self.workspace.framework(self.workspace.current_cycle(session)).council
        return council.contact if council is not None else ""

    def identifiers_text(self) -> str:
        """What Copy puts on the clipboard: plain text to paste into an email or a note for the phone call."""
        assert self.result is not None
        return "\n".join(
            (
                self.tr("Kitemark submission pack: %1").replace("%1", self.result.pack.name),
                self.tr("Root fingerprint: %1").replace("%1", grouped_fingerprint(self.result.signer_root_fingerprint)),
                self.tr("SHA-256 of the file: %1").replace("%1", self.result.sha256),
            )
        )

    def copy_identifiers(self) -> None:
        QGuiApplication.clipboard().setText(self.identifiers_text())
        self.copied_note.setText(self.tr("Copied. Paste them into your email or keep them for the phone call."))

    def sheet_facts(self) -> SheetFacts:
        """What Print puts on paper: the fingerprint grouped, the pack's name and its SHA-256."""
        assert self.result is not None
        return SheetFacts(
            self.result.signer_root_fingerprint,
            self.workspace.organisation_details().name,
            self.result.pack.name,
            self.result.sha256,
        )

    def print_identifiers(self) -> None:
        if print_sheet(self, self.sheet_facts()):
            self.copied_note.setText(self.tr("Printed. Keep the page by the phone for the call to the council."))

    def open_folder(self) -> None:
        assert self.result is not None
        folder = self.result.pack.parent
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            self.copied_note.setText(
                self.tr("This computer has no program to show folders; the pack is in %1").replace("%1", str(folder))
            )

    # --- flow ---------------------------------------------------------------------------------------

    def _show(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.next_button.setText(self.tr("&Export") if index == SIGNING else self.tr("&Next >"))
        self.back_button.setVisible(index in (DECLARATION, SIGNING))
        self.next_button.setVisible(index != DONE)
        self.close_button.setText(self.tr("&Close") if index == DONE else self.tr("Cancel"))
        self._update_buttons()

    def _update_buttons(self) -> None:
        index = self.pages.currentIndex()
        busy = self.task is not None
        if index == READINESS:
            enabled = (
                not self.must_fix and (not self.others or self.acknowledge.isChecked()) and self.personal.confirmed()
            )
        elif index == SIGNING:
            enabled = self._signing_ready()
        else:
            enabled = True
        self.next_button.setEnabled(enabled and not busy)
        self.back_button.setEnabled(not busy)
        self.close_button.setEnabled(not busy)

    def reject(self) -> None:
        if self.task is not None:  # Escape or the window's close button while exporting: cancel instead
            self.task.cancel()
            return
        super().reject()

    def go_back(self) -> None:
        self._show(max(READINESS, self.pages.currentIndex() - 1))

    def go_next(self) -> None:
        index = self.pages.currentIndex()
        if index == READINESS:
            self._show(DECLARATION)
        elif index == DECLARATION and self._store_declaration():
            self._show(SIGNING)
        elif index == SIGNING:
            self.start_export()

    def start_export(self) -> None:
        root = self.workspace.layout.root
        out = Path(self.destination.text().strip()).expanduser()
        passphrase = self.passphrase.text()
        encrypt = self.encryption.encrypt()
        second_language = BILINGUAL if self.bilingual.isChecked() else ""
        self.export_problem.setVisible(False)
        self.task = run_task(
            self,
            lambda report, cancelled: export_pack(
                root,
                out,
                passphrase,
                report=report,
                cancelled=cancelled,
                encrypt=encrypt,
                second_language=second_language,
            ),
            title=self.tr("Signing and exporting the submission pack…"),
            on_done=self._exported,
            on_failed=self._export_failed,
            on_cancelled=self._export_cancelled,
        )
        self._update_buttons()

    def _exported(self, result: ExportResult) -> None:
        self.task = None
        self.result = result
        self.creating_key = False
        lines = [
            self.tr("The signed pack was saved as:"),
            f"<b>{escape(result.pack.name)}</b><br/><small>{escape(str(result.pack.parent))}</small>",
            self.tr("SHA-256 of the file (it identifies exactly what you sent):"),
            f"<tt>{result.sha256}</tt>",
            self.tr(
                "Your root fingerprint — give it to the council, by phone or in person, so they can check "
                "that the pack is yours:"
            ),
            f"<tt><b>{grouped_fingerprint(result.signer_root_fingerprint)}</b></tt>",
            self.tr("%n file(s) attached, evidence and manifest included.", "", result.attachments),
        ]
        if result.encrypted_for:
            lines.append(self.tr("Encrypted: only the council's decryption key opens it."))
        self.done_text.setText("<br/><br/>".join(lines))
        self.sending_text.setText(sending_advice(result.pack.stat().st_size, self._council_contact()))
        self.copied_note.setText("")
        self._show(DONE)
        self.pack_exported.emit(result)
        if self.events is not None:
            self.events.data_changed.emit("cycle")

    def _export_failed(self, message: str) -> None:
        self.task = None
        self.export_problem.setText(message)
        self.export_problem.setVisible(True)
        self._update_buttons()

    def _export_cancelled(self) -> None:
        self._export_failed(self.tr("The export was cancelled; no pack was written."))
