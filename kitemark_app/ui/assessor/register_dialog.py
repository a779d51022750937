"""The assessor's register: organisations with their root fingerprints, and every pack received, with search."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kitemark_app.review.model import Decision
from kitemark_app.services.council import RegisterView, register_view
from kitemark_app.ui.core_words import core_word
from kitemark_app.ui.local_dates import clock, long_day
from kitemark_app.ui.screen_fit import fit_to_screen
from kitemark_app.verify.trust import display_fingerprint

VERDICT_WORDS = {
    "valid": QT_TRANSLATE_NOOP("RegisterDialog", "Valid"),
    "unregistered": QT_TRANSLATE_NOOP("RegisterDialog", "Intact, unregistered"),
    "rejected": QT_TRANSLATE_NOOP("RegisterDialog", "Rejected"),
}


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class RegisterDialog(QDialog):
    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.setWindowTitle(self.tr("Register of organisations and packs"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by organisation, file name, fingerprint or outcome"))
        self.search.setAccessibleName(self.tr("Search the register"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refresh)
        self.organisations = _table(
            [self.tr("Organisation"), self.tr("Root fingerprint (SHA-256)"), self.tr("Registered"), self.tr("Packs")],
            self.tr("Registered organisations"),
        )
        self.packs = _table(
            [
                self.tr("Received"),
                self.tr("Organisation"),
                self.tr("File"),
                self.tr("Verdict"),
                self.tr("Outcome"),
                self.tr("Level"),
                self.tr("Expires / resubmit by"),
                self.tr("Review sent"),
            ],
            self.tr("Packs received"),
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(QLabel(self.tr("Registered organisations")))
        layout.addWidget(self.organisations, 1)
        layout.addWidget(QLabel(self.tr("Packs received")))
        layout.addWidget(self.packs, 2)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(1100, 620))
        self.view: RegisterView | None = None
        self.refresh()

    def refresh(self) -> None:
        view = register_view(self.data_dir, self.search.text())
        self.view = view
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.organisations.setRowCount(len(view.organisations))
        for row, org in enumerate(view.organisations):
            fingerprint = QTableWidgetItem(display_fingerprint(org.root_fingerprint))
            fingerprint.setFont(mono)
            cells = [QTableWidgetItem(org.name), fingerprint, QTableWidgetItem(long_day(org.registered_at.date())),
                     QTableWidgetItem(str(org.packs))]  # fmt: skip
            for column, cell in enumerate(cells):
                self.organisations.setItem(row, column, cell)
        self.packs.setRowCount(len(view.packs))
        for row, pack in enumerate(view.packs):
            outcome = (
                core_word(Decision(pack.outcome).label) if pack.outcome in set(Decision) else self.tr("Not decided")
            )
            until = pack.valid_until or pack.resubmit_by
            values = [
                f"{long_day(pack.received_at.date())}, {clock(pack.received_at)}",
                pack.organisation or self.tr("(unknown)"),
                pack.file_name,
                self.tr(VERDICT_WORDS.get(pack.verdict, pack.verdict)),
                outcome,
                pack.level or "—",
                long_day(until) if until else "—",
                long_day(pack.reviewed_at.date()) if pack.reviewed_at else self.tr("not yet"),
            ]
            for column, value in enumerate(values):
                self.packs.setItem(row, column, QTableWidgetItem(value))
