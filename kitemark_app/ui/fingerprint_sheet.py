"""A printed page with the root fingerprint (and, after an export, the pack's name and SHA-256): to keep by the
phone when ringing the council, to hand to a new treasurer, or to file with the board papers.

The fingerprint is printed grouped as the screen shows it, four groups to a line, large and in a fixed-width
font, so that it is read out group by group.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from kitemark_app.pack.keys import grouped_fingerprint
from kitemark_app.ui.local_dates import long_day

GROUPS_PER_LINE = 4


@dataclass(frozen=True)
class SheetFacts:
    root_fingerprint: str
    organisation: str = ""
    pack_name: str = ""
    pack_sha256: str = ""


def sheet_html(facts: SheetFacts, today: date) -> str:
    groups = grouped_fingerprint(facts.root_fingerprint).split()
    lines = [" ".join(groups[i : i + GROUPS_PER_LINE]) for i in range(0, len(groups), GROUPS_PER_LINE)]
    fingerprint = "".join(
        f"<tr><td style='font-family: monospace; font-size: 18pt; font-weight: bold; padding: 4px'>"
        f"{escape(line)}</td></tr>"
        for line in lines
    )
    title = QCoreApplication.translate("FingerprintSheet", "Kitemark: root fingerprint")
    parts = [f"<h2>{escape(title)}</h2>"]
    if facts.organisation:
        parts.append(f"<p><b>{escape(facts.organisation)}</b></p>")
    parts.append(
        "<p>{}</p>".format(
            escape(
                QCoreApplication.translate(
                    "FingerprintSheet",
                    "Read these groups to the council, by phone or in person, so they can check that the packs "
                    "signed with this key are yours.",
                )
            )
        )
    )
    parts.append(f"<table cellspacing='0'>{fingerprint}</table>")
    if facts.pack_name:
        pack = QCoreApplication.translate("FingerprintSheet", "Submission pack:")
        parts.append(f"<p>{escape(pack)} <b>{escape(facts.pack_name)}</b></p>")
    if facts.pack_sha256:
        sha = QCoreApplication.translate(
            "FingerprintSheet", "SHA-256 of the file (it identifies exactly what you sent):"
        )
        parts.append(
            f"<p>{escape(sha)}<br/><span style='font-family: monospace'>{escape(facts.pack_sha256)}</span></p>"
        )
    printed = QCoreApplication.translate("FingerprintSheet", "Printed on %1.").replace("%1", long_day(today))
    parts.append(f"<p><i>{escape(printed)}</i></p>")
    return "".join(parts)


def sheet_document(facts: SheetFacts, today: date | None = None) -> QTextDocument:
    document = QTextDocument()
    font = QFont(document.defaultFont())
    font.setPointSizeF(11)  # for reading on paper, whatever the text size on screen
    document.setDefaultFont(font)
    document.setHtml(sheet_html(facts, today or date.today()))
    return document


def print_sheet_to(printer: QPrinter, facts: SheetFacts) -> None:
    sheet_document(facts).print_(printer)


def print_sheet(parent: QWidget, facts: SheetFacts) -> bool:
    """Ask which printer (or a PDF file) and print; False when the person cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(QCoreApplication.translate("FingerprintSheet", "Kitemark root fingerprint"))
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("FingerprintSheet", "Print the fingerprint"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    print_sheet_to(printer, facts)
    return True
