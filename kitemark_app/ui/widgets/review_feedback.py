"""The assessor's verdict and comment on one criterion, shown on the VCO's criterion page after a review import."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from kitemark_app.services.review_import import CriterionFeedback
from kitemark_app.ui.core_words import core_word
from kitemark_app.ui.local_dates import long_day

COLOURS = {"met": "#1e7b34", "met-with-conditions": "#9a6700", "not-met": "#b42318", "more-information": "#1f4e79"}


class ReviewFeedbackBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The assessor's verdict"))
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        self.setVisible(False)

    def set_feedback(self, feedback: CriterionFeedback | None) -> None:
        self.setVisible(feedback is not None)
        if feedback is None:
            self.text.clear()
            return
        parts = [
            f"<b style='color:{COLOURS.get(feedback.verdict, '#000')}'>{html.escape(core_word(feedback.verdict_label))}</b>"
            + html.escape(
                self.tr(" — %1, %2").replace("%1", feedback.assessor).replace("%2", long_day(feedback.reviewed_at))
            )
        ]
        if feedback.condition:
            parts.append(
                html.escape(
                    self.tr("Condition: %1 (by %2)")
                    .replace("%1", feedback.condition)
                    .replace("%2", long_day(feedback.deadline) if feedback.deadline else "—")
                )
            )
        elif feedback.deadline:
            parts.append(html.escape(self.tr("Deadline: %1").replace("%1", long_day(feedback.deadline))))
        if feedback.comment:
            parts.append(html.escape(feedback.comment).replace("\n", "<br/>"))
        self.text.setText("<br/>".join(parts))
        self.setAccessibleDescription(self.text.text())
