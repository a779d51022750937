"""The export's "Encrypt the pack so only the council can open it" choice (services/export_options.py, ``council_encryption``).

Shown only when the framework in use carries the council's encryption certificate, and then ticked: a charity
should not send a readable pack by accident when the council asked for encryption. A certificate that cannot be
used (expired) leaves the box unticked and unavailable, and says why and what to do.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from kitemark_app.services.export import CouncilEncryption


class EncryptionChoice(QWidget):
    def __init__(self, offer: CouncilEncryption, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.offer = offer
        self.box = QCheckBox(self.tr("Encr&ypt the pack so only the council can open it"))
        self.box.setChecked(offer.available)
        self.box.setEnabled(offer.available)
        self.note = QLabel()
        self.note.setWordWrap(True)
        if not offer.available:
            self.note.setStyleSheet("color: #9a6700")
        self.box.toggled.connect(self._explain)
        self._explain()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        layout.addWidget(self.note)
        self.setVisible(bool(offer.certificate_pem))

    def _explain(self) -> None:
        if not self.offer.available:
            self.note.setText(self.offer.problem)
        elif self.box.isChecked():
            self.note.setText(
                self.tr(
                    "Only the council's decryption key will open the file: anyone else who gets it sees nothing. "
                    "Kitemark keeps what you sent here, so you do not need to open the pack yourself."
                )
            )
        else:
            self.note.setText(
                self.tr(
                    "The pack will not be encrypted: anyone who gets the file, on the way or later, can read "
                    "your answers and evidence."
                )
            )

    def encrypt(self) -> bool:
        """What the export is asked to do: encrypt only when offered and ticked."""
        return self.offer.available and self.box.isChecked()
