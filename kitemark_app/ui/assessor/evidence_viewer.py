"""Evidence shown inside the app: PDFs with QtPdf, images scaled to fit; any other type only saved out, after a
confirmation, under its (already safe) attachment name — the app never hands a received file to another program.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kitemark_app.ui.folders import in_documents
from kitemark_app.ui.tasks import run_task
from kitemark_app.verify import Verdict

IMAGE_TYPES = ("image/png", "image/jpeg", "image/gif", "image/bmp", "image/webp")
MAX_SHOWN_BYTES = 256 * 1024 * 1024


class EvidenceViewer(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Evidence viewer"))
        self.verdict: Verdict | None = None
        self.name = ""
        self.media_type = ""
        self._buffer: QBuffer | None = None
        self._image = QPixmap()
        self.caption = QLabel(self.tr("Select an evidence file to view it here."))
        self.caption.setWordWrap(True)
        self.stack = QStackedWidget()
        self.empty = QLabel()
        self.document, self.pdf_view = self._pdf_view()
        self.image_label = QLabel()
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.image_scroll = QScrollArea()
        self.image_scroll.setWidget(self.image_label)
        self.image_scroll.setWidgetResizable(True)
        self.other = QWidget()
        self.other_text = QLabel()
        self.other_text.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save a copy…"))
        self.save_button.clicked.connect(self.save_copy)
        other_layout = QVBoxLayout(self.other)
        other_layout.addWidget(self.other_text)
        other_layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        other_layout.addStretch()
        for page in (self.empty, self.pdf_view, self.image_scroll, self.other):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.stack, 1)

    def _pdf_view(self) -> tuple[QPdfDocument, QPdfView]:
        document = QPdfDocument(self)
        view = QPdfView()
        view.setDocument(document)
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        view.setAccessibleName(self.tr("PDF evidence"))
        return document, view

    def set_pack(self, verdict: Verdict | None) -> None:
        self.verdict = verdict
        self.clear()

    def clear(self) -> None:
        self.document.close()
        self._buffer = None
        self.name = ""
        self.caption.setText(self.tr("Select an evidence file to view it here."))
        self.stack.setCurrentWidget(self.empty)

    def show_attachment(self, name: str) -> None:
        if self.verdict is None or not self.verdict.intact:
            return
        try:
            item = self.verdict.attachment(name)
        except KeyError:
            return
        self.name, self.media_type = name, item.media_type
        caption = self.tr("%1 (%2, %3 bytes)").replace("%1", name).replace("%2", item.media_type)
        caption = caption.replace("%3", f"{item.size:,}")
        if item.redaction is not None:
            caption += "\n" + self.redaction_note(item.redaction.areas, item.redaction.pages_left_out)
        self.caption.setText(caption)
        if item.media_type == "application/pdf" or item.media_type in IMAGE_TYPES:
            verdict = self.verdict
            run_task(
                self,
                lambda _report, _cancelled: verdict.read_attachment(name, MAX_SHOWN_BYTES),
                title=self.tr("Opening the evidence…"),
                on_done=lambda data: self._show_bytes(name, data),
                on_failed=self._failed,
            )
        else:
            self.other_text.setText(
                self.tr(
                    "Files of this type (%1) are not shown inside Kitemark. You can save a copy and open it with "
                    "another program; only do so if you trust that program with files from outside."
                ).replace("%1", item.media_type)
            )
            self.stack.setCurrentWidget(self.other)

    def redaction_note(self, areas: int, pages_left_out: list[int]) -> str:
        """What the assessor is told about a copy the organisation redacted."""
        parts = [self.tr("Redacted by the organisation: this copy was made from pictures of the pages")]
        # ui/assessor/ has no plural forms yet (scripts/translations.py), so both are spelt out.
        if areas == 1:
            parts.append(self.tr("1 area blacked out"))
        elif areas:
            parts.append(self.tr("%1 areas blacked out").replace("%1", str(areas)))
        if pages_left_out:
            listed = ", ".join(str(page) for page in pages_left_out[:20]) + (", …" if len(pages_left_out) > 20 else "")
            left_out = self.tr("page %1 left out") if len(pages_left_out) == 1 else self.tr("pages %1 left out")
            parts.append(left_out.replace("%1", listed))
        return "; ".join(parts) + "."

    def _show_bytes(self, name: str, data: bytes) -> None:
        if name != self.name:
            return  # another file was chosen meanwhile
        if self.media_type == "application/pdf":
            # A new view and document for each file: a QPdfView given another file of the same number and size of
            # pages keeps showing the pages it drew of the previous one.
            old_document, old_view = self.document, self.pdf_view
            self.document, self.pdf_view = self._pdf_view()
            self.stack.insertWidget(self.stack.indexOf(old_view), self.pdf_view)
            self.stack.removeWidget(old_view)
            old_view.deleteLater()
            old_document.close()
            old_document.deleteLater()
            self._buffer = QBuffer(self)
            self._buffer.setData(QByteArray(data))
            self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.document.load(self._buffer)
            if self.document.status() == QPdfDocument.Status.Error:
                self._failed(self.tr("This PDF cannot be shown; save a copy to look at it."))
                return
            self.stack.setCurrentWidget(self.pdf_view)
        else:
            image = QImage.fromData(data)
            if image.isNull():
                self._failed(self.tr("This image cannot be shown; save a copy to look at it."))
                return
            self._image = QPixmap.fromImage(image)
            self._scale_image()
            self.stack.setCurrentWidget(self.image_scroll)

    def _scale_image(self) -> None:
        if self._image.isNull():
            return
        width = max(100, self.image_scroll.viewport().width() - 8)
        shown = (
            self._image
            if self._image.width() <= width
            else self._image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        )
        self.image_label.setPixmap(shown)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.stack.currentWidget() is self.image_scroll:
            self._scale_image()

    def _failed(self, message: str) -> None:
        self.other_text.setText(message)
        self.stack.setCurrentWidget(self.other)

    def save_copy(self) -> None:
        if self.verdict is None or not self.name:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Save a copy"),
            self.tr(
                "Save a copy of '%1' outside Kitemark? Files from outside can be harmful when opened; open it "
                "only with a program you trust."
            ).replace("%1", self.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy"), in_documents(self.name))
        if not target:
            return
        verdict, name = self.verdict, self.name
        run_task(
            self,
            lambda _report, _cancelled: verdict.save_attachment(name, Path(target)),
            title=self.tr("Saving a copy…"),
            on_failed=lambda message: QMessageBox.warning(self, self.tr("Not saved"), message),
        )
