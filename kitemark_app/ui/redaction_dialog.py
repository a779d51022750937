"""Hide parts before sending: mark areas to black out and pages to leave out of the pack's copy of a PDF or picture.

The pages are drawn by the Qt-free core (``evidence.redaction.preview_png``) on a worker thread, one page when it
is first shown; the marks are saved by ``services.redaction_ops`` (the same operation as ``kitemark evidence
redact``). Marks are kept as fractions of the page, so they fit the copy whatever resolution the page is drawn at.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPen, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kitemark_app.evidence.redaction import Area, Redactions
from kitemark_app.services import redaction_ops
from kitemark_app.services.workspace import Workspace
from kitemark_app.ui.core_sentences import sentence
from kitemark_app.ui.screen_fit import fit_dialog
from kitemark_app.ui.tasks import run_task

#: A press and release closer than this (pixels) is a click, which removes the box under it.
CLICK_DISTANCE = 5
#: The smallest box kept, as a fraction of the page's side (a slip of the mouse makes none).
SMALLEST = 0.004
PREVIEW_SIDE = 1600
REDACTABLE_TYPES = ("application/pdf", "image/jpeg", "image/png", "image/webp", "image/gif")


class PageCanvas(QWidget):
    """One page, scaled to fit, with its boxes: drag to add a box, click a box to remove it."""

    boxes_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("The page: drag across what to hide, click a box to remove it"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(240, 240)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self._image = QImage()
        self._boxes: list[QRectF] = []  # fractions of the page
        self._omitted = False
        self._pressed: QPointF | None = None
        self._now: QPointF | None = None

    def sizeHint(self) -> QSize:
        return QSize(520, 400)  # it grows into whatever room the dialog has

    def set_page(self, image: QImage, boxes: list[QRectF], omitted: bool) -> None:
        self._image, self._boxes, self._omitted = image, list(boxes), omitted
        self._pressed = self._now = None
        self.update()

    def set_omitted(self, omitted: bool) -> None:
        self._omitted = omitted
        self.update()

    def boxes(self) -> list[QRectF]:
        return list(self._boxes)

    def add_box(self, box: QRectF) -> bool:
        """Add a box given in fractions of the page (clipped to it); False when it is too small to keep."""
        box = box.normalized().intersected(QRectF(0, 0, 1, 1))
        if box.width() < SMALLEST or box.height() < SMALLEST:
            return False
        self._boxes.append(box)
        self.boxes_changed.emit()
        self.update()
        return True

    def remove_box_at(self, point: QPointF) -> bool:
        """Remove the box last drawn under ``point`` (fractions of the page)."""
        for index in range(len(self._boxes) - 1, -1, -1):
            if self._boxes[index].contains(point):
                del self._boxes[index]
                self.boxes_changed.emit()
                self.update()
                return True
        return False

    def page_rect(self) -> QRectF:
        """Where the page is drawn in the widget: as large as fits, its shape kept, centred."""
        if self._image.isNull():
            return QRectF(self.rect())
        scale = min(self.width() / self._image.width(), self.height() / self._image.height())
        width, height = self._image.width() * scale, self._image.height() * scale
        return QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)

    def to_page(self, position: QPointF) -> QPointF:
        page = self.page_rect()
        x = min(1.0, max(0.0, (position.x() - page.x()) / page.width()))
        y = min(1.0, max(0.0, (position.y() - page.y()) / page.height()))
        return QPointF(x, y)

    def _on_widget(self, box: QRectF) -> QRectF:
        page = self.page_rect()
        return QRectF(page.x() + box.x() * page.width(), page.y() + box.y() * page.height(),
                      box.width() * page.width(), box.height() * page.height())  # fmt: skip

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().window())
        if self._image.isNull():
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Drawing the page…"))
            return
        page = self.page_rect()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(page, self._image)
        painter.setPen(QPen(QColor(200, 30, 30), 2))
        for box in self._boxes:
            # Nearly opaque, so what is hidden can still be checked under it; the copy is solid black.
            painter.fillRect(self._on_widget(box), QColor(0, 0, 0, 215))
            painter.drawRect(self._on_widget(box))
        if self._pressed is not None and self._now is not None:
            painter.setPen(QPen(QColor(200, 30, 30), 2, Qt.PenStyle.DashLine))
            painter.drawRect(QRectF(self._pressed, self._now).normalized())
        if self._omitted:
            painter.fillRect(page, QColor(90, 90, 90, 190))
            painter.setPen(QColor(255, 255, 255))
            font = painter.font()
            font.setPointSizeF(font.pointSizeF() * 1.6)
            painter.setFont(font)
            painter.drawText(page, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.tr("This page is left out of the pack"))  # fmt: skip

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and not self._image.isNull() and not self._omitted:
            self._pressed = self._now = event.position()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pressed is not None:
            self._now = event.position()
            self.update()
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pressed is not None and event.button() == Qt.MouseButton.LeftButton:
            start, end = self._pressed, event.position()
            self._pressed = self._now = None
            if (end - start).manhattanLength() < CLICK_DISTANCE:
                self.remove_box_at(self.to_page(end))
            else:
                self.add_box(QRectF(self.to_page(start), self.to_page(end)))
            self.update()
        super().mouseReleaseEvent(event)


class RedactionDialog(QDialog):
    """Emits ``redactions_saved(evidence_id)`` once the marks are stored."""

    redactions_saved = Signal(int)
    #: A page was drawn and is shown (its number); for tests.
    page_shown = Signal(int)
    #: Drawing a page or saving failed (the one-sentence message, also shown in the dialog).
    task_failed = Signal(str)

    def __init__(self, workspace: Workspace, evidence_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.item = redaction_ops.load(workspace, evidence_id)
        self.setWindowTitle(self.tr("Hide parts before sending: %1").replace("%1", self.item.title))
        self.page = 1
        self.pages = 0
        self._images: dict[int, QImage] = {}
        self._boxes: dict[int, list[QRectF]] = {}
        for area in self.item.redactions.areas:
            self._boxes.setdefault(area.page, []).append(QRectF(QPointF(area.x0, area.y0), QPointF(area.x1, area.y1)))
        self._omitted = set(self.item.redactions.omitted_pages)

        intro = QLabel(
            self.tr(
                "Drag across a name, number, signature or face to hide it; click a box to remove it. The pack "
                "carries a copy made from pictures of the pages, black where you marked, with no hidden text; "
                "the file in your library stays as it is. Its title and file name go with the pack as they are: "
                "if they name someone, change the title, and replace the file with a copy under another name."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.to_check = QLabel(self)
        self.to_check.setWordWrap(True)
        self.to_check.setText(
            "<b>" + self.tr("Check these again: %1").replace("%1", sentence(self.item.to_check)) + "</b>"
            if self.item.to_check
            else ""
        )
        self.to_check.setVisible(bool(self.item.to_check))
        self.canvas = PageCanvas(self)
        self.canvas.boxes_changed.connect(self._store_boxes)
        self.previous_button = QPushButton(self.tr("◀ &Previous page"), self)
        self.next_button = QPushButton(self.tr("&Next page ▶"), self)
        self.page_label = QLabel(self)
        self.omit = QCheckBox(self.tr("&Leave this page out"), self)
        self.omit.setAccessibleName(self.tr("Leave this page out of the pack"))
        self.clear_button = QPushButton(self.tr("&Remove this page's boxes"), self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(False)

        navigation = QHBoxLayout()
        navigation.addWidget(self.previous_button)
        navigation.addWidget(self.page_label)
        navigation.addWidget(self.next_button)
        navigation.addStretch(1)
        navigation.addWidget(self.omit)
        navigation.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.to_check)
        layout.addLayout(navigation)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.previous_button.clicked.connect(lambda: self.show_page(self.page - 1))
        self.next_button.clicked.connect(lambda: self.show_page(self.page + 1))
        self.omit.toggled.connect(self._omit_toggled)
        self.clear_button.clicked.connect(self._clear_page)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._update_controls()
        self.show_page(1)

    def sizeHint(self) -> QSize:
        return QSize(900, 1000)  # as tall as the screen allows: pages are tall

    def showEvent(self, event: QShowEvent) -> None:
        fit_dialog(self)  # the whole of it on the screen, from 1024×768 up (ui/screen_fit.py)
        super().showEvent(event)

    # --- pages --------------------------------------------------------------------------------------

    def show_page(self, number: int) -> None:
        if self.pages and not 1 <= number <= self.pages:
            return
        self.page = number
        self._update_controls()
        if number in self._images:
            self._show_drawn(number)
            return
        self.canvas.set_page(QImage(), [], False)
        item = self.item
        run_task(
            self,
            lambda _report, _cancelled: redaction_ops.page_preview(item, number, PREVIEW_SIDE),
            title=self.tr("Drawing the page…"),
            on_done=lambda result: self._drawn(number, result),
            on_failed=self._failed,
        )

    def _drawn(self, number: int, result: tuple[int, bytes]) -> None:
        pages, png = result
        self.pages = pages
        self._images[number] = QImage.fromData(png)
        self.save_button.setEnabled(True)
        if number == self.page:
            self._show_drawn(number)
        self._update_controls()

    def _show_drawn(self, number: int) -> None:
        self.canvas.set_page(self._images[number], self._boxes.get(number, []), number in self._omitted)
        self.omit.blockSignals(True)
        self.omit.setChecked(number in self._omitted)
        self.omit.blockSignals(False)
        self._update_controls()
        self.page_shown.emit(number)

    def _update_controls(self) -> None:
        self.page_label.setText(
            self.tr("Page %1 of %2").replace("%1", str(self.page)).replace("%2", str(self.pages))
            if self.pages
            else self.tr("Page %1").replace("%1", str(self.page))
        )
        self.previous_button.setEnabled(self.page > 1)
        self.next_button.setEnabled(self.page < self.pages)
        drawn = self.page in self._images
        self.omit.setEnabled(drawn and self.pages > 1)  # a picture's only page cannot be left out
        self.clear_button.setEnabled(drawn and bool(self._boxes.get(self.page)))

    def _store_boxes(self) -> None:
        self._boxes[self.page] = self.canvas.boxes()
        self._update_controls()

    def _omit_toggled(self, checked: bool) -> None:
        if checked:
            self._omitted.add(self.page)
        else:
            self._omitted.discard(self.page)
        self.canvas.set_omitted(checked)

    def _clear_page(self) -> None:
        self._boxes[self.page] = []
        self.canvas.set_page(self._images[self.page], [], self.page in self._omitted)
        self._update_controls()

    def _failed(self, message: str) -> None:
        self.message.setText(message)
        self.message.setVisible(True)
        self.task_failed.emit(message)

    # --- saving -------------------------------------------------------------------------------------

    def redactions(self) -> Redactions:
        areas = tuple(
            Area(page, box.left(), box.top(), box.right(), box.bottom())
            for page in sorted(self._boxes)
            for box in self._boxes[page]
        )
        return Redactions(areas, frozenset(self._omitted))

    def save(self) -> None:
        workspace, evidence_id, hidden = self.workspace, self.item.evidence_id, self.redactions()
        self.save_button.setEnabled(False)

        def saved(_result: object) -> None:
            self.redactions_saved.emit(evidence_id)
            self.accept()

        def failed(message: str) -> None:
            self.save_button.setEnabled(True)
            self._failed(message)

        run_task(
            self,
            lambda _report, _cancelled: redaction_ops.save(workspace, evidence_id, hidden),
            title=self.tr("Saving the parts to hide…"),
            on_done=saved,
            on_failed=failed,
        )
