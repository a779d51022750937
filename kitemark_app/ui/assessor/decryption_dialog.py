"""File → Council decryption key…: the council's key that opens packs encrypted for it (services/council_decryption.py).

The key file (PKCS#12 or PEM) stays where the council keeps it; the data folder remembers its path, never the
passphrase, which is asked for once per session. The same functions serve ``kitemark verify --decrypt-key``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kitemark_app.errors import KitemarkError
from kitemark_app.services import council_decryption
from kitemark_app.verify.encryption import DecryptionKey

MIN_WIDTH = 560  # room for a key file's path; fits a 1024×768 screen


class DecryptionKeyDialog(QDialog):
    def __init__(self, data_dir: Path, parent: QWidget | None = None, problem: str = "") -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.key: DecryptionKey | None = None
        self.setWindowTitle(self.tr("Council decryption key"))
        self.setMinimumWidth(MIN_WIDTH)
        intro = QLabel(
            self.tr(
                "Organisations can encrypt their packs so that only the council can open them. Choose the "
                "council's decryption key (a .p12 or .pem file) and type its passphrase. Kitemark remembers where "
                "the file is, never the passphrase."
            )
        )
        intro.setWordWrap(True)
        saved = council_decryption.saved_key_file(data_dir)
        self.path = QLineEdit(str(saved) if saved else "")
        self.path.setAccessibleName(self.tr("Key file"))
        browse = QPushButton(self.tr("C&hoose…"))
        browse.clicked.connect(self.choose_file)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        form = QFormLayout()
        form.addRow(self.tr("&Key file:"), where)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        self.problem = QLabel(problem)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b42318")
        self.problem.setVisible(bool(problem))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.use_key)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        (self.passphrase if saved else self.path).setFocus()

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("The council's decryption key"), self.path.text(), self.tr("Key files (*.p12 *.pfx *.pem)")
        )
        if path:
            self.path.setText(path)

    def use_key(self) -> None:
        """Open the key (it must open with the passphrase), remember its path, and close."""
        text = self.path.text().strip()
        if not text:
            self._say(self.tr("Choose the key file first."))
            return
        try:
            self.key = council_decryption.use_key_file(self.data_dir, Path(text), self.passphrase.text())
        except KitemarkError as error:
            self._say(str(error))
            return
        self.accept()

    def _say(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.setVisible(True)
