"""The assessor's signing key: create it the first time (passphrase asked twice), then the passphrase to sign."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from kitemark_app.pack.keys import MIN_PASSPHRASE_CHARS, passphrase_advice


def _secret() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class CreateKeyDialog(QDialog):
    """Name, organisation and a new passphrase typed twice; OK only when they are usable."""

    def __init__(self, name: str = "", organisation: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Create your signing key"))
        intro = QLabel(
            self.tr(
                "Your reviews are signed with your own key, kept in your data folder and protected by a "
                "passphrase. Nobody can recover the passphrase for you: write it down somewhere safe."
            )
        )
        intro.setWordWrap(True)
        self.name = QLineEdit(name)
        self.name.setAccessibleName(self.tr("Your name"))
        self.organisation = QLineEdit(organisation)
        self.organisation.setAccessibleName(self.tr("Your council or organisation"))
        self.passphrase = _secret()
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.repeat = _secret()
        self.repeat.setAccessibleName(self.tr("Passphrase again"))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Your &name:"), self.name)
        form.addRow(self.tr("Council or &organisation:"), self.organisation)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        form.addRow(self.tr("Passphrase &again:"), self.repeat)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        for field in (self.name, self.passphrase, self.repeat):
            field.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        text = self.passphrase.text()
        problem = ""
        if not self.name.text().strip():
            problem = self.tr("Give your name: it is shown on every review you sign.")
        elif len(text) < MIN_PASSPHRASE_CHARS:
            problem = self.tr("The passphrase must be at least %1 characters long.").replace(
                "%1", str(MIN_PASSPHRASE_CHARS)
            )
        elif text != self.repeat.text():
            problem = self.tr("The two passphrases are not the same.")
        advice = passphrase_advice(text) if not problem else None
        self.problem.setText(problem or advice or "")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problem)


class PassphraseDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, problem: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign the review"))
        self.problem = QLabel(problem)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b42318")
        self.problem.setVisible(bool(problem))
        self.passphrase = _secret()
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        form = QFormLayout()
        form.addRow(self.tr("Your signing key's &passphrase:"), self.passphrase)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
