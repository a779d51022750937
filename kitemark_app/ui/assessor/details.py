"""What the verifier found: signer, root fingerprint, signing time, the file's SHA-256 and every check made."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QFormLayout, QLabel, QListWidget, QVBoxLayout, QWidget

from kitemark_app.ui.local_dates import clock, long_day
from kitemark_app.verify import Verdict
from kitemark_app.verify.trust import display_fingerprint


def _value() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class DetailsPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Verification details"))
        self.file = _value()
        self.organisation = _value()
        self.signer = _value()
        self.fingerprint = _value()
        self.fingerprint.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.registered = _value()
        self.signed_at = _value()
        self.sha256 = _value()
        self.sha256.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.checks = QListWidget()
        self.checks.setAccessibleName(self.tr("What was checked"))
        self.checks.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("File:"), self.file)
        form.addRow(self.tr("Organisation (from the manifest):"), self.organisation)
        form.addRow(self.tr("Signed by:"), self.signer)
        form.addRow(self.tr("Root fingerprint (SHA-256):"), self.fingerprint)
        form.addRow(self.tr("In your register:"), self.registered)
        form.addRow(self.tr("Signing time (as the signer's computer gave it):"), self.signed_at)
        form.addRow(self.tr("File SHA-256:"), self.sha256)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Checks made:")))
        layout.addWidget(self.checks, 1)

    def show_verdict(self, verdict: Verdict, sha256: str) -> None:
        none = self.tr("—")
        self.file.setText(str(verdict.path))
        self.organisation.setText(verdict.organisation or none)
        self.signer.setText(verdict.signer_subject or none)
        self.fingerprint.setText(
            display_fingerprint(verdict.signer_fingerprint) if verdict.signer_fingerprint else none
        )
        self.registered.setText(
            self.tr("Yes, as '%1'").replace("%1", verdict.registered.name) if verdict.registered else self.tr("No")
        )
        self.signed_at.setText(
            f"{long_day(verdict.signed_at)}, {clock(verdict.signed_at)} {verdict.signed_at:%Z}"
            if verdict.signed_at
            else none
        )
        self.sha256.setText(sha256)
        self.checks.clear()
        if verdict.intact:
            for check in verdict.checks:
                self.checks.addItem("✔ " + check)
        for reason in verdict.reasons:
            self.checks.addItem(("✘ " if not verdict.intact else "⚠ ") + reason)
