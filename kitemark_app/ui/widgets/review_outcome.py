"""The latest assessor review on the dashboard: the outcome, the award's expiry, and starting the next cycle."""

from __future__ import annotations

import html
from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kitemark_app.core.award import RENEWAL_WINDOW_DAYS, renewal_due
from kitemark_app.services.overview import ReviewSummary
from kitemark_app.ui.core_words import core_word
from kitemark_app.ui.local_dates import long_day

STYLES = {"awarded": ("#e6f4ea", "#1e7b34"), "resubmit": ("#fff4d6", "#8a5a00"), "not-awarded": ("#fde7e6", "#b42318")}


class ReviewOutcomeBox(QFrame):
    #: True for a renewal, False for a resubmission.
    next_cycle_requested = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewOutcome")
        self.setAccessibleName(self.tr("Assessor's review"))
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.next_button = QPushButton(self.tr("Start the next self-assessment"))
        self.next_button.setAccessibleName(self.tr("Start the next self-assessment"))
        self.next_button.clicked.connect(lambda: self.next_cycle_requested.emit(self._renewal))
        self._renewal = False
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        row = QHBoxLayout()
        row.addWidget(self.next_button)
        row.addStretch()
        layout.addLayout(row)
        self.setVisible(False)

    def set_summary(self, summary: ReviewSummary | None, today: date | None = None) -> None:
        self.setVisible(summary is not None)
        if summary is None:
            return
        today = today or date.today()
        background, colour = STYLES.get(summary.outcome, ("palette(window)", "palette(window-text)"))
        self.setStyleSheet(
            f"#reviewOutcome {{ background: {background}; border: 1px solid {colour}; border-radius: 6px; }}"
            f"#reviewOutcome QLabel {{ color: {colour}; }}"
        )
        line = core_word(summary.outcome_label)
        if summary.outcome == "awarded" and summary.valid_until:
            days = (summary.valid_until - today).days
            expiry = (
                self.tr("expired on %1").replace("%1", long_day(summary.valid_until))
                if days < 0
                else self.tr("valid until %1 (%n day(s) left)", "", days).replace("%1", long_day(summary.valid_until))
            )
            line = self.tr("%1 at %2, %3").replace("%1", line).replace("%2", summary.level).replace("%3", expiry)
        elif summary.outcome == "resubmit" and summary.resubmit_by:
            line = self.tr("%1: resubmit by %2").replace("%1", line).replace("%2", long_day(summary.resubmit_by))
        verdicts = ", ".join(
            (
                self.tr("%n condition(s)", "", summary.conditions),
                self.tr("%n not met", "", summary.not_met),
                self.tr("%n asking for more information", "", summary.more_information),
            )
        )
        counts = self.tr("%1 (see the action plan)").replace("%1", verdicts)
        if summary.outcome == "awarded" and summary.valid_until and not renewal_due(summary.valid_until, today):
            opens = summary.valid_until - timedelta(days=RENEWAL_WINDOW_DAYS)
            counts += " " + self.tr("The renewal opens on %1.").replace("%1", long_day(opens))
        reviewed = (
            self.tr("Reviewed by %1 on %2").replace("%1", summary.assessor).replace("%2", long_day(summary.reviewed_at))
        )
        if not summary.for_this_cycle:
            reviewed += " — " + self.tr("this answers your previous submission")
        self.text.setText(
            f"<b style='font-size:large'>{html.escape(line)}</b><br/>{html.escape(counts)}<br/>"
            f"<i>{html.escape(reviewed)}</i>"
        )
        self.setAccessibleDescription(line)
        self._renewal = summary.outcome == "awarded"
        self.next_button.setText(self.tr("Start the &renewal") if self._renewal else self.tr("Start the &resubmission"))
        self.next_button.setAccessibleName(self.next_button.text().replace("&", ""))
        self.next_button.setVisible(
            summary.for_this_cycle and (summary.outcome != "awarded" or renewal_due(summary.valid_until, today))
        )
