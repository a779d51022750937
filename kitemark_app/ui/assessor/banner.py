"""The verdict banner: green valid, amber intact-but-unregistered, red rejected — in plain words, never colour alone."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStyle, QVBoxLayout, QWidget

from kitemark_app.verify import Verdict
from kitemark_app.verify.trust import display_fingerprint

STYLES = {
    "valid": ("#e6f4ea", "#1e7b34"),
    "unregistered": ("#fff4d6", "#8a5a00"),
    "rejected": ("#fde7e6", "#b42318"),
    "checking": ("palette(window)", "palette(mid)"),
}


class VerdictBanner(QFrame):
    """Shows one verdict; offers to register an unregistered organisation (after comparing the fingerprint)."""

    register_requested = Signal()
    replace_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = ""
        self.setObjectName("verdictBanner")
        self.icon = QLabel()
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.register_button = QPushButton(self.tr("I have compared it: &register this organisation…"))
        self.register_button.clicked.connect(self.register_requested)
        self.replace_button = QPushButton(self.tr("The organisation confirmed a new key: &replace its root…"))
        self.replace_button.clicked.connect(self.replace_requested)
        words = QVBoxLayout()
        words.addWidget(self.title)
        words.addWidget(self.text)
        buttons = QHBoxLayout()
        buttons.addWidget(self.register_button)
        buttons.addWidget(self.replace_button)
        buttons.addStretch()
        words.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(words, 1)
        self.show_checking("")

    def _paint(self, kind: str, pixmap: QStyle.StandardPixmap | None) -> None:
        self.kind = kind
        background, border = STYLES[kind]
        self.setStyleSheet(
            f"#verdictBanner {{ background: {background}; border: 2px solid {border}; border-radius: 6px; }}"
            f"#verdictBanner QLabel {{ color: {border if kind != 'checking' else 'palette(window-text)'}; }}"
        )
        if pixmap is None:
            self.icon.clear()
        else:
            self.icon.setPixmap(self.style().standardIcon(pixmap).pixmap(40, 40))
        self.register_button.setVisible(False)
        self.replace_button.setVisible(False)

    def show_checking(self, file_name: str) -> None:
        self._paint("checking", None)
        checking = self.tr("Checking the pack…")
        self.title.setText(f"<b>{checking}</b>" if file_name else "")
        self.text.setText(file_name)
        self.setAccessibleName(self.tr("Checking the pack"))

    def show_verdict(self, verdict: Verdict) -> None:
        organisation = verdict.organisation or self.tr("an unknown organisation")
        if verdict.verdict == "valid":
            self._paint("valid", QStyle.StandardPixmap.SP_DialogApplyButton)
            title = self.tr("Valid: this pack is exactly what %1 signed.").replace("%1", organisation)
            text = self.tr(
                "The signature covers the whole file, every evidence file matches the manifest, and the signing "
                "root is the one in your register."
            )
        elif verdict.verdict == "unregistered" and verdict.handed_over_by is not None:
            self._paint("unregistered", QStyle.StandardPixmap.SP_MessageBoxWarning)
            title = self.tr("Intact: %1 has moved to a new key, and its registered key vouches for it.").replace(
                "%1", verdict.handed_over_by.name
            )
            text = (
                self.tr(
                    "The key registered for %1 signed a statement handing over to the key that signed this pack. "
                    "Accept the new key to update your register (new root fingerprint:\n%2)."
                )
                .replace("%1", verdict.handed_over_by.name)
                .replace("%2", display_fingerprint(verdict.signer_fingerprint or ""))
            )
            self.replace_button.setText(self.tr("Accept the new &key for this organisation…"))
            self.replace_button.setVisible(True)
            self.kind = "key-change"
        elif verdict.verdict == "unregistered" and verdict.warning:
            self.replace_button.setText(self.tr("The organisation confirmed a new key: &replace its root…"))
            self._paint("rejected", QStyle.StandardPixmap.SP_MessageBoxCritical)
            title = self.tr("Warning: signed with a different key from the one registered for %1.").replace(
                "%1", organisation
            )
            text = verdict.warning
            self.replace_button.setVisible(True)
            self.kind = "mismatch"
        elif verdict.verdict == "unregistered":
            self._paint("unregistered", QStyle.StandardPixmap.SP_MessageBoxWarning)
            title = self.tr("Intact, but %1 is not in your register yet.").replace("%1", organisation)
            text = self.tr(
                "The pack has not been changed since it was signed. Before you trust it, compare this root "
                "fingerprint with the one the organisation gave you (by phone, letter or in person):\n%1"
            ).replace("%1", display_fingerprint(verdict.signer_fingerprint or ""))
            self.register_button.setVisible(True)
        else:
            self._paint("rejected", QStyle.StandardPixmap.SP_MessageBoxCritical)
            title = self.tr("Rejected: do not rely on this pack.")
            reason = verdict.reasons[0] if verdict.reasons else ""
            text = self.tr("Reason: %1. Ask the organisation to export and send the pack again.").replace(
                "%1", reason.rstrip(".")
            )
        self.title.setText(f"<span style='font-size:large'><b>{title.replace('<', '&lt;')}</b></span>")
        self.text.setText(text)
        self.setAccessibleName(title)
        self.setAccessibleDescription(text)
