"""File → Signing key: the fingerprint to read to the council, and the key's life for volunteers — a new passphrase,
a copy for a new treasurer, using a key file, starting again after a forgotten passphrase (services/signing_key.py).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kitemark_app.errors import KitemarkError
from kitemark_app.pack.keys import MIN_PASSPHRASE_CHARS, grouped_fingerprint, passphrase_advice
from kitemark_app.services import signing_key
from kitemark_app.services.export import key_status
from kitemark_app.ui.core_sentences import error_text, sentence
from kitemark_app.ui.fingerprint_sheet import SheetFacts, print_sheet
from kitemark_app.ui.folders import documents_folder
from kitemark_app.ui.screen_fit import fit_dialog


def forgotten_passphrase_text() -> str:
    return QCoreApplication.translate(
        "KeyDialog",
        "Nobody can open the signing key without its passphrase — not Kitemark, not the council, not us. If it is "
        "forgotten:\n\n"
        "1. Choose File → Signing key → Start again with a new key. The old key is kept (put aside, not deleted), "
        "in case the passphrase comes back to someone.\n"
        "2. Your next export makes a new key with a new fingerprint.\n"
        "3. Ring the council and read them the new fingerprint. Until they have confirmed it with you, they see "
        "your new packs as from an unknown key — as they should, because anyone could make one.\n\n"
        "When the treasurer changes but the passphrase is known, there is no need to start again: change the "
        "passphrase, save a copy of the key for the new treasurer's computer, or make a new key vouched for by "
        "this one (the council then sees a key change, not an unknown key).",
    )


class SecretsDialog(QDialog):
    """Asks for the current passphrase and, when ``new`` is set, a new one twice (with the strength advice)."""

    def __init__(
        self, title: str, intro: str, *, current: bool = True, new: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.current = QLineEdit()
        self.new = QLineEdit()
        self.again = QLineEdit()
        form = QFormLayout()
        rows = [(self.current, self.tr("&Passphrase now"), current), (self.new, self.tr("&New passphrase"), new),
                (self.again, self.tr("New passphrase a&gain"), new)]  # fmt: skip
        for field, label, shown in rows:
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setAccessibleName(label.replace("&", ""))
            field.textChanged.connect(self._update)
            field.setVisible(shown)
            if shown:
                form.addRow(label, field)
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b42318")
        self.problem.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        intro_label = QLabel(intro)
        intro_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro_label)
        layout.addLayout(form)
        layout.addWidget(self.advice)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.wants_new = new
        self.wants_current = current
        self._update()

    def showEvent(self, event: QShowEvent) -> None:
        fit_dialog(self)  # the whole of it on the screen, from 1024×768 up (ui/screen_fit.py)
        super().showEvent(event)

    def _update(self) -> None:
        advice = ""
        ready = bool(self.current.text()) or not self.wants_current
        if self.wants_new:
            text = self.new.text()
            advice = sentence(passphrase_advice(text) or "") if text else ""
            if text and self.again.text() and self.again.text() != text:
                not_same = self.tr("The two new passphrases are not the same yet.")
                advice = f"{advice} {not_same}".strip()
            ready = ready and len(text) >= MIN_PASSPHRASE_CHARS and text == self.again.text()
        self.advice.setText(advice)
        self.advice.setVisible(bool(advice))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def show_problem(self, message: str) -> None:
        """Stay open with the one sentence, so the person can try again."""
        self.problem.setText(message)
        self.problem.setVisible(True)


class KeyDialog(QDialog):
    """The organisation's signing key: its fingerprint and what a volunteer can do with it."""

    def __init__(self, root: Path, parent: QWidget | None = None, *, organisation: str = "") -> None:
        super().__init__(parent)
        self.root = root
        self.organisation = organisation
        self.setWindowTitle(self.tr("Signing key"))
        self.fingerprint = QLabel()
        self.fingerprint.setWordWrap(True)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.copy_button = QPushButton(self.tr("&Copy fingerprint"))
        self.copy_button.clicked.connect(self.copy_fingerprint)
        self.print_button = QPushButton(self.tr("P&rint…"))
        self.print_button.setAccessibleName(self.tr("Print the fingerprint"))
        self.print_button.setToolTip(self.tr("A page to keep by the phone when you ring the council"))
        self.print_button.clicked.connect(self.print_fingerprint)
        self.change_button = QPushButton(self.tr("Change &passphrase…"))
        self.change_button.clicked.connect(self.change_passphrase)
        self.copy_key_button = QPushButton(self.tr("Save a copy for a new &treasurer…"))
        self.copy_key_button.clicked.connect(self.save_copy)
        self.use_file_button = QPushButton(self.tr("&Use a key file…"))
        self.use_file_button.clicked.connect(self.use_key_file)
        self.renew_button = QPushButton(self.tr("&New key, vouched for by this one…"))
        self.renew_button.clicked.connect(self.renew)
        self.start_again_button = QPushButton(self.tr("&Start again with a new key…"))
        self.start_again_button.clicked.connect(self.start_again)
        help_text = QLabel(forgotten_passphrase_text())
        help_text.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.fingerprint, 1)
        top.addWidget(self.copy_button)
        top.addWidget(self.print_button)
        actions = QHBoxLayout()
        for button in (self.change_button, self.copy_key_button, self.use_file_button):
            actions.addWidget(button)
        actions.addStretch(1)
        fresh = QHBoxLayout()
        for button in (self.renew_button, self.start_again_button):
            fresh.addWidget(button)
        fresh.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addLayout(fresh)
        layout.addWidget(self.note)
        heading = QLabel(self.tr("<b>If you forget the passphrase</b>"))
        layout.addWidget(heading)
        layout.addWidget(help_text)
        layout.addStretch(1)
        layout.addWidget(close)
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        fit_dialog(self)  # the whole of it on the screen, from 1024×768 up (ui/screen_fit.py)
        super().showEvent(event)

    def refresh(self) -> None:
        status = key_status(self.root)
        self.has_key = status.exists
        if status.exists:
            self.fingerprint.setText(
                self.tr("Root fingerprint (read it to the council): <b><tt>%1</tt></b>").replace(
                    "%1", grouped_fingerprint(status.root_fingerprint)
                )
            )
        else:
            self.fingerprint.setText(self.tr("No signing key yet: your first export creates one."))
        for button in (self.copy_button, self.print_button, self.change_button, self.copy_key_button,
                       self.renew_button, self.start_again_button):  # fmt: skip
            button.setEnabled(status.exists)
        self.root_fingerprint = status.root_fingerprint

    def copy_fingerprint(self) -> None:
        QGuiApplication.clipboard().setText(grouped_fingerprint(self.root_fingerprint))
        self.note.setText(self.tr("The fingerprint is copied."))

    def print_fingerprint(self) -> None:
        if print_sheet(self, SheetFacts(self.root_fingerprint, self.organisation)):
            self.note.setText(self.tr("The fingerprint is printed."))

    def _ask(self, dialog: SecretsDialog, work: Callable[[SecretsDialog], str]) -> None:
        """Run ``work`` when the person presses OK; a wrong passphrase keeps the dialog open to try again."""
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                self.note.setText(work(dialog))
            except KitemarkError as error:
                dialog.show_problem(error_text(error))
                continue
            self.refresh()
            return

    def change_passphrase(self) -> None:
        dialog = SecretsDialog(
            self.tr("Change passphrase"),
            self.tr("The key and its fingerprint stay the same, so nothing changes for the council."),
            parent=self,
        )

        def work(asked: SecretsDialog) -> str:
            signing_key.change_passphrase(self.root, asked.current.text(), asked.new.text())
            return self.tr("The passphrase is changed. Use the new one from now on.")

        self._ask(dialog, work)

    def save_copy(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save a copy of the signing key"),
            str(documents_folder() / "Kitemark signing key.p12"),
            self.tr("Key files (*.p12)"),
        )
        if not path:
            return
        target = Path(path if path.lower().endswith(".p12") else f"{path}.p12")
        dialog = SecretsDialog(
            self.tr("Copy for a new treasurer"),
            self.tr(
                "Type your passphrase, then the new treasurer's own passphrase for the copy. Give them the "
                "file and the passphrase separately (never in the same email)."
            ),
            parent=self,
        )

        def work(asked: SecretsDialog) -> str:
            signing_key.save_key_copy(self.root, asked.current.text(), target, asked.new.text())
            return self.tr("The copy is saved as %1. On their computer: File → Signing key → Use a key file.").replace(
                "%1", str(target)
            )

        self._ask(dialog, work)

    def use_key_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Use a key file"), str(documents_folder()), self.tr("Key files (*.p12 *.pfx)")
        )
        if not path:
            return
        dialog = SecretsDialog(
            self.tr("Use a key file"),
            self.tr("Type the passphrase the file is locked with. A key already here is put aside, not deleted."),
            new=False,
            parent=self,
        )

        def work(asked: SecretsDialog) -> str:
            fingerprint, _retired = signing_key.import_key_copy(self.root, Path(path), asked.current.text())
            return self.tr("This key signs from now on (root fingerprint %1).").replace(
                "%1", grouped_fingerprint(fingerprint)
            )

        self._ask(dialog, work)

    def renew(self) -> None:
        dialog = SecretsDialog(
            self.tr("New key, vouched for by this one"),
            self.tr(
                "For a new treasurer, or a key you think others have seen. Your present key signs a statement "
                "handing over to the new one, and your next packs carry it, so the council sees a key change, "
                "not an impostor. Type the present passphrase, then the new key's."
            ),
            parent=self,
        )

        def work(asked: SecretsDialog) -> str:
            fingerprint, retired = signing_key.renew_key(self.root, asked.current.text(), asked.new.text())
            return self.tr("A new key signs from now on (root fingerprint %1); the old one is kept in %2. Tell the "
                           "council the new fingerprint too.").replace("%1", grouped_fingerprint(fingerprint)).replace(
                "%2", str(retired.folder))  # fmt: skip

        self._ask(dialog, work)

    def start_again(self) -> None:
        answer = QMessageBox.warning(
            self,
            self.tr("Start again with a new key?"),
            self.tr(
                "Your next export will make a new key with a new fingerprint, and the council will not trust "
                "your packs until you have read it to them and they have confirmed it. The old key is kept. "
                "Do this only if nobody remembers the passphrase."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            retired = signing_key.start_new_key(self.root)
        except KitemarkError as error:
            self.note.setText(error_text(error))
            return
        self.note.setText(
            self.tr("The old key is kept in %1. Your next export makes the new key; then ring the council.").replace(
                "%1", str(retired.folder)
            )
        )
        self.refresh()
